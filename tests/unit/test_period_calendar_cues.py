"""Periods by the article's calendar (GOLD_SCHEMA Conventions: periods follow the company's fiscal
calendar; a comparison figure is a metric of the earlier period): split years name fiscal years; the
organization whose results a calendar sentence names owns that calendar; a fiscal quarter and the
closing month of the quarter reported, stated apart, fix the year end; "the same quarter of 2024"
dates the article a year later whatever verb leads to it; a half-year to a day is a half."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.article_calendar import (
    _named_by_starting_year,
    fiscal_year_end_stated,
    read_calendar,
)
from pipelines.extraction.quantities import find_quantities
from pipelines.extraction.sentences import split_sentences
from tests.unit.org_mentions import mentions_of as _mentions


def _periods(text: str, published: date | None = None) -> dict[float, str | None]:
    facts = find_metrics(text, _mentions(text, "Velorix"), published, find_quantities(text))
    return {f.value: f.period_label for f in facts}


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("profit of $5 million in 2023-24", 2024),
        ("results for the 2024-25 financial year", 2025),
        ("revenue for 2024\u201325 rose", 2025),
        ("FY2024-25 revenue", 2025),
    ],
)
def test_a_split_year_is_a_fiscal_year_named_by_its_closing_year(phrase: str, year: int) -> None:
    years = [(m.grain, m.fiscal, m.year) for m in P.find_period_mentions(phrase)]
    assert years == [("year", True, year)]


@pytest.mark.parametrize("phrase", ["between 2020-2025", "in 2023-25"])
def test_a_span_of_several_years_names_no_fiscal_year(phrase: str) -> None:
    assert P.find_period_mentions(phrase) == []


def test_the_organization_whose_results_are_named_owns_the_calendar() -> None:
    text = (
        "The chairman of Zenbox Holdings reviewed the annual results of Velorix for the 2024-25 financial "
        "year, which ended on 31 March 2025."
    )
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Zenbox Holdings", "Velorix"), None)
    assert set(calendar.fiscal_year_ends) == {"velorix"}
    assert P.year_end_month(calendar.fiscal_year_ends["velorix"] % P.STATED) == 3


def test_a_split_year_in_a_march_year_article_is_labelled_fy() -> None:
    text = (
        "Velorix reported results for the 2024-25 financial year, which ended on 31 March 2025.\n\n"
        "Velorix posted a profit of AED 19.1 billion for the year, up from AED 17.2 billion in 2023-24."
    )
    periods = _periods(text)
    assert periods[19.1e9] == "FY2025"
    assert periods[17.2e9] == "FY2024"


@pytest.mark.parametrize(
    "comparison",
    [
        "compared with $60 million in the same quarter of 2024",
        "against $60 million in the corresponding period of 2024",
        "from $60 million in the same three months of 2024",
    ],
)
def test_the_same_span_of_a_year_dates_an_undated_article_a_year_later(comparison: str) -> None:
    assert _reference_year_after_a_third_quarter_comparison(comparison) == 2025


@pytest.mark.parametrize(
    "comparison",
    [
        "compared with a net loss of $1.3 million in the third quarter of 2024",  # words name the figure
        "from SEK 7.4 billion in the third quarter of 2024",  # a currency code before the figure
        "up from $60 million in the third quarter of 2024",
    ],
)
def test_a_base_figure_of_a_named_quarter_dates_an_undated_article_a_year_later(comparison: str) -> None:
    assert _reference_year_after_a_third_quarter_comparison(comparison) == 2025


def test_a_figure_of_a_named_quarter_after_a_from_path_dates_the_article_by_that_quarter() -> None:
    # the words before the figure hold no digit: "from 5% in 2024 to 8% in the third quarter of 2025"
    # names 2025's quarter, not the base of a comparison
    text = "Velorix lifted its margin from 5% in 2024 to 8% in the third quarter of 2025.\n\nIt said so."
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Velorix"), None)
    assert calendar.reference_year == 2025


@pytest.mark.parametrize(
    ("sentence", "month", "start_named"),
    [
        ("Velorix posted a profit for the first half of fiscal 2025 (April-September 2025).", 3, True),
        ("Velorix posted a profit for the first half of fiscal 2026 (April-September 2025).", 3, False),
        ("Quandra Bank's second half (October to March) was stronger.", 3, False),
        ("Sales in the first half of its financial year (July-December) rose.", 6, False),
    ],
)
def test_a_half_written_with_its_months_states_the_year_end_and_how_years_are_named(
    sentence: str, month: int, start_named: bool
) -> None:
    assert fiscal_year_end_stated(sentence) == month
    assert _named_by_starting_year(sentence, month) is start_named


def test_a_calendar_half_written_with_its_months_states_no_fiscal_calendar() -> None:
    assert fiscal_year_end_stated("Velorix sales in the first half (January-June) rose 4%.") is None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the half-year to 30 June 2025", date(2025, 6, 30)),
        ("the half year ended 31 December 2024", date(2024, 12, 31)),
    ],
)
def test_a_half_year_to_a_day_is_a_half_not_the_year_inside_it(phrase: str, day: date) -> None:
    found = P.find_period_mentions(f"profit for {phrase} fell")
    assert [(m.grain, m.index, m.end_day) for m in found] == [("half", 6, day)]


def test_a_half_year_of_a_december_company_is_labelled_h1() -> None:
    text = "Velorix reported profit of $2 billion for the half-year to 30 June 2025, down 31%."
    assert _periods(text)[2e9] == "H1 2025"


@pytest.mark.parametrize(
    ("fiscal_quarter", "closing", "label"),
    [
        ("its fiscal 2026 second quarter", "the three months ended September 30, 2025", "FY2026 Q2"),
        ("its fiscal fourth quarter", "the three months ended June 30, 2025", "FY2025 Q4"),
        ("Q2 fiscal 2026", "the quarter ended September 30, 2025", "FY2026 Q2"),
    ],
)
def test_a_fiscal_quarter_and_the_quarters_closing_month_fix_the_year_end(
    fiscal_quarter: str, closing: str, label: str
) -> None:
    text = (
        f"Velorix reported results for {fiscal_quarter} on Thursday.\n\n"
        f"For {closing}, Velorix revenue was $230 million."
    )
    assert _periods(text)[230e6] == label


def test_a_december_quarter_and_its_close_leave_the_calendar_alone() -> None:
    text = (
        "Velorix reported results for its fiscal third quarter on Thursday.\n\n"
        "For the three months ended September 30, 2025, Velorix revenue was $230 million."
    )
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Velorix"), None)
    assert calendar.fiscal_year_ends == {}
    assert _periods(text)[230e6] == "Q3 2025"


def test_the_quarter_of_a_later_paragraph_is_the_one_reported_on() -> None:
    text = (
        "Velorix posted third-quarter revenue of AED 5 billion, a 28% increase on the same three months "
        "of 2024.\n\n"
        "Its logistics arm booked revenue of AED 2 billion in the quarter, up 41% year on year."
    )
    periods = _periods(text)
    assert periods[5e9] == "Q3 2025"
    assert periods[2e9] == "Q3 2025"


def test_the_year_a_same_span_moves_into_is_not_the_paragraphs_year() -> None:
    text = (
        "Velorix posted third-quarter revenue of AED 5 billion, a 28% increase on the same three months "
        "of 2024. Net profit for the quarter ended 30 September rose 19% to AED 512 million."
    )
    assert _periods(text)[512e6] == "Q3 2025"


@pytest.mark.parametrize(
    "streak", ["grew for the third quarter in a row", "grew for the second year running"]
)
def test_a_streak_counts_periods_and_dates_none(streak: str) -> None:
    assert P.find_period_mentions(f"North America {streak}.") == []


def test_a_comparison_wrapped_onto_the_next_line_is_still_a_comparison() -> None:
    text = (
        "Velorix closed its fiscal year with record revenue on Wednesday, its chief executive said.\n"
        "For the fiscal year ended March 31, 2025, Velorix reported total revenue of $158.7 million, "
        "up 9% from\n$144.9 million in fiscal 2024. Net income rose to $8.3 million.\n"
    )
    periods = _periods(text, date(2025, 5, 29))
    assert periods[158.7e6] == "FY2025"
    assert periods[144.9e6] == "FY2024"


@pytest.mark.parametrize(
    "sentence",
    [
        "Velorix announced results for the second quarter of fiscal year 2026 ended July 31, 2025.",
        "Velorix reported sales for the first half of fiscal year 2025 ended January 31, 2025.",
    ],
)
def test_the_day_closing_a_part_of_the_fiscal_year_is_not_the_year_end(sentence: str) -> None:
    assert P.detect_fiscal_year_end(sentence) is None


def test_the_day_closing_a_fiscal_quarter_fixes_the_year_end_from_the_quarter() -> None:
    text = "Velorix announced results for the second quarter of fiscal year 2026 ended July 31, 2025."
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Velorix"), None)
    assert P.year_end_month(calendar.fiscal_year_ends["velorix"] % P.STATED) == 1


def test_years_under_a_span_with_its_day_are_that_span() -> None:
    text = (
        "Velorix announced results for the second quarter of fiscal year 2026 ended July 31, 2025.\n\n"
        "Condensed Statements of Operations (in thousands)\n\n"
        "                                   Three Months Ended July 31,\n"
        "                                       2025          2024\n"
        "Gross profit                         181,634       149,196\n"
    )
    periods = _periods(text, date(2025, 8, 26))
    assert periods[181634e3] == "FY2026 Q2"
    assert periods[149196e3] == "FY2025 Q2"


def test_the_day_closing_a_quarter_of_a_named_fiscal_year_is_the_quarters() -> None:
    text = "Revenue for the second quarter of fiscal 2026, which ended July 31, rose 17% at Velorix."
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Velorix"), None)
    assert P.year_end_month(calendar.fiscal_year_ends["velorix"] % P.STATED) == 1


def test_another_companys_fiscal_quarter_fixes_no_calendar() -> None:
    text = (
        "Velorix kept its lead in the cloud market in the second quarter, according to analysts.\n\n"
        "Velorix sales grew 17.5% in the quarter, while Zenbox said its revenue rose 39% in its fiscal "
        "fourth quarter.\n\n"
        "Spending in the three months ended June 30, 2025 rose 25%."
    )
    calendar = read_calendar(text, split_sentences(text), _mentions(text, "Velorix", "Zenbox"), None)
    assert calendar.fiscal_year_ends == {}


def _reference_year_after_a_third_quarter_comparison(comparison: str) -> int | None:
    """The year an undated article is read to report in when its third-quarter figure is compared so."""
    text = (
        "Velorix posted a net profit of $5 million for the third quarter, up 11% year on year.\n\n"
        f"Net revenue reached $70 million, {comparison}."
    )
    return read_calendar(text, split_sentences(text), _mentions(text, "Velorix"), None).reference_year
