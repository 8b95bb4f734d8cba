"""The article's own date read from header lines written day first or as a labelled field."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deal_dates import header_date
from pipelines.ingest.dates import DAY_FIRST_DATES


def _page(line: str) -> str:
    return f"Orion Group buys Lumen Data\n{line}\nOrion Group said it bought Lumen Data."


EXPECTED = {
    "Online: 02.07.2025, 10:30": date(2025, 7, 2),
    "Published 23/10/2025 - 17:45": date(2025, 10, 23),
    "Announcement received: 28-Aug-2025 15:42": date(2025, 8, 28),
}


@pytest.mark.parametrize("cue, example", DAY_FIRST_DATES)
def test_a_day_first_header_date_is_the_pages_date(cue, example):
    assert cue.search(example)
    assert header_date(_page(example)) == EXPECTED[example]


@pytest.mark.parametrize("line, expected", [
    ("Company update - 20 August 2025, 8:10am", date(2025, 8, 20)),
    ("Trade fair edition - 4 February 2026, 14:20", date(2026, 2, 4)),
    ("Fintech weekly - Issue #118 - Friday 14 November 2025", date(2025, 11, 14)),
])
def test_a_labelled_header_field_dates_the_page(line, expected):
    assert header_date(_page(line)) == expected


@pytest.mark.parametrize("line", [
    "Results for the period ending 30-09-2025 and a share purchase agreement",
    "The deal was signed on 20 August 2025 in Lyon.",
    "Prices as of 05/10/2025 close",  # month and day cannot be told apart
])
def test_a_period_end_a_story_sentence_or_an_ambiguous_date_is_no_pages_date(line):
    assert header_date(_page(line)) is None
