"""A calendar year named as the object of a closing verb ("ended 2024 with a net profit of ...") or as the
year closing a line's label ("Revenue 2025: ...") is the period of the figures it governs; a day's year
before a label's colon ("Employees at 30 September 2025: ...") is not. A year the lead names for the base of
a comparison with its figure ("than the $12.8 million loss in Q3 2024") dates an undated
article a year later."""

from __future__ import annotations

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics.article_calendar import read_calendar
from pipelines.extraction.sentences import Sentence


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Velorix closed 2025 with net profit of TRY 4.1 billion.", 2025),
        ("The group ended 2024 with a net profit of EUR 1.03 billion.", 2024),
        ("Velorix finished 2023 with revenue of $2 billion.", 2023),
        ("Revenue 2025: RM 8.4 billion (+21%)", 2025),
        ("Singapore revenue 2024: RM 6.2 billion", 2024),
    ],
)
def test_year_is_the_period(text: str, year: int) -> None:
    years = [m.year for m in P.find_period_mentions(text) if m.grain == "year" and m.role == "period"]
    assert years == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Employees at 30 September 2025: 2,913",
        "Order backlog at December 31, 2025: EUR 356 million",
        "The deal closed 2025 deliveries early.",
        "Key figures (as of June 2026): total assets",
    ],
)
def test_no_year_period(text: str) -> None:
    assert not [m for m in P.find_period_mentions(text) if m.grain == "year"]


@pytest.mark.parametrize(
    "lead",
    [
        "Velorix reported third-quarter revenue of $37 million, and a net loss narrower than the "
        "$12.8 million loss in Q3 2024.",
        "Velorix grew third-quarter revenue to $90 million, up from $80 million in the "
        "third quarter of 2024.",
    ],
)
def test_a_comparison_base_with_its_figure_dates_the_article_a_year_later(lead: str) -> None:
    # no publish date: the year the lead names for the base of a comparison is the year before the report's
    sentences = [Sentence(lead, 0, len(lead))]
    assert read_calendar(lead, sentences, [], None).reference_year == 2025


def test_a_fiscal_base_does_not_move_the_article_year() -> None:
    # "fiscal 2025" names a fiscal year, not the calendar year before the article's
    lead = (
        "Velorix grew first-quarter revenue to $356 million, up from $335 million in the first quarter "
        "of fiscal 2025."
    )
    sentences = [Sentence(lead, 0, len(lead))]
    assert read_calendar(lead, sentences, [], None).reference_year != 2026
