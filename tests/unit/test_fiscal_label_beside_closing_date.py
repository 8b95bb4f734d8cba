"""A fiscal year named by the year it starts in, stated beside its closing date: the closing date's own
year is the date, never a second label. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.article_calendar import _named_by_starting_year


@pytest.mark.parametrize(
    ("text", "start_named"),
    [
        ("Quarvo opened with the fiscal year that ended on March 31, 2026, which the company calls "
         "fiscal 2025.", True),
        ("Quarvo reported fiscal 2024, the year that ended March 31, 2025.", True),
        ("Quarvo closed the fiscal year that ended on March 31, 2026.", False),
        ("Quarvo said fiscal 2025 ended on March 31, 2025.", False),
    ],
)
def test_a_closing_dates_year_is_no_fiscal_label_of_its_own(text, start_named):
    assert _named_by_starting_year(text, 3) is start_named
