"""Analysts' period codes written glued or with a slash, and spans from a year's start (no period)."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P


def _only(text: str) -> P.PeriodMention:
    found = P.find_period_mentions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "grain", "fiscal", "year", "index"),
    [
        ("1H25 revenue rose", "half", False, 2025, 1),
        ("2H24 margin", "half", False, 2024, 2),
        ("1HFY26 profit fell", "half", True, 2026, 1),
        ("H1FY26 profit fell", "half", True, 2026, 1),
        ("H1/2025 sales", "half", False, 2025, 1),
        ("Q4FY25 revenue", "quarter", True, 2025, 4),
        ("net profit in Q3/2025 rose", "quarter", False, 2025, 3),
        ("compared with Q2/26", "quarter", False, 2026, 2),
        ("1QCY25 sales", "quarter", False, 2025, 1),
    ],
)
def test_period_codes_keep_their_year(text: str, grain: str, fiscal: bool, year: int, index: int) -> None:
    mention = _only(text)
    assert (mention.grain, mention.fiscal, mention.year, mention.index) == (grain, fiscal, year, index)


def test_a_model_name_is_no_half() -> None:
    assert P.find_period_mentions("orders for H100 chips") == []


def test_slashed_quarter_resolves_in_its_year() -> None:
    mention = _only("revenue in Q3/2025 rose")
    period = P.resolve(mention, 12, reference=date(2026, 11, 13))
    assert P.label(period, 12).label == "Q3 2025"


@pytest.mark.parametrize(
    "example", [example for _, examples in P.YEAR_TO_DATE_CUES for example in examples]
)
def test_spans_from_the_start_of_a_year_have_no_period(example: str) -> None:
    mention = _only(example)
    assert mention.relative == "rolling"
    assert P.resolve(mention, 12, reference=date(2025, 11, 1)) is None


@pytest.mark.parametrize(
    "text",
    [
        "revenue of $9M in the quarter",  # nine million, no code
        "three quarters of revenue came from cloud",  # a share
        "January-March 2025 sales",  # a quarter
    ],
)
def test_no_span_from_the_start_of_a_year(text: str) -> None:
    assert all(m.relative != "rolling" for m in P.find_period_mentions(text))


def test_dated_nine_months_stay_with_their_own_pattern() -> None:
    mention = _only("the nine months ended September 30, 2025")
    assert mention.end_day == date(2025, 9, 30) and mention.relative is None


@pytest.mark.parametrize(
    "text",
    [
        "The 2024 accounts of the group were published last week",
        "a look at the 2024 numbers",
        "a dividend from 2024 profit",
        "2024 revenues rose",
        "its 2024 annual report",
    ],
)
def test_a_year_before_what_a_company_reports_for_it_is_a_period(text: str) -> None:
    mention = _only(text)
    assert (mention.grain, mention.year) == ("year", 2024)


def test_a_year_before_another_word_is_no_period() -> None:
    assert P.find_period_mentions("the 2024 netbook range") == []
