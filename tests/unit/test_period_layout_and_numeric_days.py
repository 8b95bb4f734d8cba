"""Periods read from a document's layout and from how days are written: numeric days, a half-year report
named by its closing day, calendar parts of a year that is not the company's, a colon line introducing a
list, a year-to-date heading over its list, bracketed year-ago figures, flow counts in a list, and the
"to" of another clause that makes no path of "from $X"."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics.article_calendar import fiscal_year_end_stated
from pipelines.extraction.metrics.clauses import _clauses
from pipelines.extraction.metrics.dating import in_bracketed_earlier_figure
from pipelines.extraction.sentences import Sentence
from tests.unit.metric_rows import named_facts


def _run(text: str, names: list[str], published: date | None = None) -> set[tuple]:
    facts = named_facts(text, names, published)
    return {(round(f.value, 3), f.period_label) for f in facts}


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("results for the six months ended 31/03/2025 showed", date(2025, 3, 31)),
        ("for the year ended 30.06.2026, revenue rose", date(2026, 6, 30)),
        ("the half-year ended 30.06.2026.", date(2026, 6, 30)),  # a full stop after it
        ("in the three months ended 30-09-2025 sales", date(2025, 9, 30)),
        ("for the quarter ended 09/30/2025 the company", date(2025, 9, 30)),  # month first
    ],
)
def test_a_month_end_written_in_digits_closes_a_period(text: str, closing: date) -> None:
    mentions = P.find_period_mentions(text)
    assert [m.end_day for m in mentions] == [closing]
    assert mentions[0].text == text[mentions[0].start : mentions[0].end]  # the text as written


@pytest.mark.parametrize("text", ["the agreement was signed on 26-10-2025.", "version 1.2.2025 shipped"])
def test_a_day_in_digits_that_ends_no_month_is_left_alone(text: str) -> None:
    assert P._spell_numeric_days(text) == text


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Velorix Systems reported results for the year ended 31st March 2025 today", date(2025, 3, 31)),
        ("for the six months ended 30th September 2025, sales rose", date(2025, 9, 30)),
        ("in the quarter ended June 30th, 2025 the bank", date(2025, 6, 30)),  # the ordinal after its month
    ],
)
def test_a_closing_day_written_as_an_ordinal_closes_a_period(text: str, closing: date) -> None:
    mentions = P.find_period_mentions(text)
    assert [m.end_day for m in mentions] == [closing]
    assert mentions[0].text == text[mentions[0].start : mentions[0].end]  # the text as written


@pytest.mark.parametrize("text", ["the 2nd quarter of 2025", "the 21st century", "its 4th store in 2024"])
def test_an_ordinal_beside_no_month_is_left_alone(text: str) -> None:
    assert P.without_day_ordinals(text) == text


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Quandra Bank published results for the year ended 31st March 2025.", 3),
        ("Table: Year to June 30 (US$m)", 6),  # a caption opening with the year it dates
        ("Financial year ended 31 August 2025", 8),
    ],
)
def test_a_year_closing_in_a_caption_or_with_an_ordinal_day_states_the_calendar(
    sentence: str, month: int
) -> None:
    assert fiscal_year_end_stated(sentence) == month


def test_a_year_to_a_month_in_running_prose_states_no_calendar() -> None:
    # "in the year to June" of prices and markets is a rolling window, not a reporting year
    assert fiscal_year_end_stated("House prices rose 4% in the year to June, Velorix Systems said.") is None


@pytest.mark.parametrize(
    ("text", "grain", "closing"),
    [
        ("the Board approved the half-year report at 30 June 2026", "half", date(2026, 6, 30)),
        ("its consolidated half-year financial report at 30 June 2026", "half", date(2026, 6, 30)),
        ("the half-yearly financial statements as of 30 June 2025", "half", date(2025, 6, 30)),
    ],
)
def test_a_half_year_report_at_its_closing_day_names_the_half(text: str, grain: str, closing: date) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.grain, mention.end_day) == (grain, closing)


@pytest.mark.parametrize(
    ("period", "fy_end", "expected"),
    [
        (P.Period(date(2026, 1, 1), date(2026, 6, 30), "half"), 3, "H1 2026"),
        (P.Period(date(2026, 4, 1), date(2026, 6, 30), "quarter"), 2, "Q2 2026"),
        (P.Period(date(2026, 4, 1), date(2026, 9, 30), "half"), 3, "FY2027 H1"),  # the fiscal half
        (P.Period(date(2026, 2, 1), date(2026, 7, 31), "half"), 3, None),  # no calendar half either
    ],
)
def test_a_calendar_part_outside_the_fiscal_calendar_keeps_its_calendar_label(
    period: P.Period, fy_end: int, expected: str | None
) -> None:
    assert P.label(period, fy_end).label == expected


def test_a_colon_line_introduces_its_list_as_a_heading_does() -> None:
    text = (
        "Velorix Ltd reported revenue of $480 million for 2025, up 9%.\n\n"
        "Figures for the fourth quarter (Q4 2025):\n"
        "- Revenue rose 8% to $120 million.\n"
        "- Net profit was $14 million.\n"
    )
    found = _run(text, ["Velorix Ltd"], date(2026, 2, 10))
    assert (480000000.0, "2025") in found
    assert (120000000.0, "Q4 2025") in found
    assert (14000000.0, "Q4 2025") in found  # not the year the story reports on


@pytest.mark.parametrize("label", ["Total vehicle sales", "Exports", "Gold production"])
def test_a_count_row_named_for_a_flow_is_dated_by_the_list(label: str) -> None:
    text = (
        "Velorix Ltd reported a 12 per cent rise in net profit to $898 million for the third quarter.\n\n"
        "Key numbers for the quarter (Q3 2025):\n"
        f"- {label}: 51,236 units (up 7%)\n"
        "- Employees: 6,597\n"
    )
    found = _run(text, ["Velorix Ltd"], date(2025, 11, 10))
    assert (51236.0, "Q3 2025") in found


def test_a_year_to_date_heading_dates_its_list_by_no_quarter() -> None:
    text = (
        "Velorix AB - Interim Report January-September 2025\n\n"
        "Third quarter 2025\n"
        "- Revenue amounted to SEK 7,213 million (7,089).\n\n"
        "January-September 2025\n"
        "- Revenue amounted to SEK 21,402 million (21,060).\n\n"
        "Comments by the CEO\n"
        "In Sweden, Velorix AB grew end-user service revenue 1.9%.\n"
    )
    found = _run(text, ["Velorix AB"], date(2025, 10, 21))
    assert (7213000000.0, "Q3 2025") in found
    assert (21402000000.0, None) in found
    assert (1.9, "Q3 2025") in found  # past the list, the prose reports on the quarter again


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("- Recurring revenue: 91% of the total (90% in the first half of 2025)", "the first half", True),
        ("- EBITDA: EUR 36.8 million (EUR 33.9 million in H1 2025)", "H1 2025", True),
        ("Main results for the first half of 2026", "the first half", False),
    ],
)
def test_a_bracket_opening_with_a_figure_dates_that_figure(text: str, phrase: str, expected: bool) -> None:
    assert in_bracketed_earlier_figure(text, text.index(phrase)) is expected


def test_a_list_is_dated_by_its_heading_not_by_a_bracketed_year_ago_figure() -> None:
    text = (
        "Velorix S.p.A. approved the consolidated half-year financial report at 30 June 2026.\n\n"
        "Main consolidated results for the first half of 2026\n\n"
        "- Recurring revenue: 91% of the total (90% in the first half of 2025)\n\n"
        "- Adjusted net profit: EUR 9.9 million (EUR 8.8 million)\n"
    )
    found = _run(text, ["Velorix S.p.A."], None)
    assert (9900000.0, "H1 2026") in found
    assert (8800000.0, "H1 2025") in found


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        (
            "Revenue came to $612 million, up 18% from $519 million in the second quarter of 2025, while "
            "net income rose to $88 million.",
            "$519 million in the second quarter of 2025",
        ),
        ("Sales rose from $1,519 million to $1,612 million.", None),  # a path: no comparison
        ("Margin fell from 47.3% in 2022 to 46.4%.", None),
    ],
)
def test_from_an_amount_is_a_comparison_unless_its_own_clause_goes_on_to_one(
    text: str, compared: str | None
) -> None:
    clauses = _clauses(Sentence(text, 0, len(text)))
    found = [text[c.start : c.end] for c in clauses if c.comparison]
    assert found == ([compared] if compared else [])


@pytest.mark.parametrize(
    ("text", "grain", "year"),
    [
        ("Key figures H1 2025/26", "half", 2026),
        ("compared with CHF 310.4 million in the first half of 2024/25", "half", 2025),
        ("sales in the third quarter of 2025/26 rose", "quarter", 2026),
    ],
)
def test_a_part_of_a_split_year_is_a_fiscal_part(text: str, grain: str, year: int) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.grain, mention.year, mention.fiscal) == (grain, year, True)
    # a company on a March year: the half or quarter of its own year, not the calendar's
    period = P.resolve(mention, 3)
    assert P.label(period, 3).label == (f"FY{year} H1" if grain == "half" else f"FY{year} Q3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue was up 4% on the ", True),
        ("Sales rose 6 per cent on the ", True),
        ("Revenue rose 4% in the ", False),
    ],
)
def test_a_change_measured_on_a_period_names_its_base(text: str, expected: bool) -> None:
    from pipelines.extraction.metrics.dating import _BASE_BEFORE

    assert bool(_BASE_BEFORE.search(text)) is expected


def test_a_change_on_the_previous_quarter_is_the_current_quarters() -> None:
    text = (
        "Velorix Limited reported on the first quarter of fiscal 2027, the three months ended 30 September "
        "2026.\n\nRevenue was up 4% on the June quarter.\n"
    )
    found = _run(text, ["Velorix Limited"], date(2026, 10, 20))
    assert (4.0, "FY2027 Q1") in found


@pytest.mark.parametrize(
    ("text", "grains"),
    [
        ("announces its interim financial results for the period ending 30 September 2025", []),
        ("interim results showed revenue up", ["half"]),
    ],
)
def test_interim_names_a_half_unless_the_span_follows(text: str, grains: list[str]) -> None:
    assert [m.grain for m in P.find_period_mentions(text)] == grains


@pytest.mark.parametrize(
    ("text", "year", "written"),
    [
        ("reports 2QFY25/26 distributable income", 2026, "2QFY25/26"),
        ("Highlights versus 2QFY24/25:", 2025, "2QFY24/25"),
        ("Q3 FY2025/26 revenue rose", 2026, "Q3 FY2025/26"),
    ],
)
def test_a_quarter_code_of_a_split_year_is_the_closing_years(text: str, year: int, written: str) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.year, mention.fiscal, mention.text) == (year, True, written)


def test_a_span_to_date_does_not_carry_into_the_next_paragraph() -> None:
    text = (
        "Velorix Holdings reported an 11% rise in third-quarter revenue on Wednesday.\n\n"
        "Revenue for the three months ended September 30 reached AED 1,420 million. For the first nine "
        "months of 2026 revenue totalled AED 4,310 million.\n\n"
        "Velorix Holdings grew hospital revenue by 22% to AED 402 million.\n"
    )
    found = _run(text, ["Velorix Holdings"], date(2026, 11, 11))
    assert (4310000000.0, None) in found
    assert (402000000.0, "Q3 2026") in found


def test_the_year_of_a_base_is_the_bases_too() -> None:
    text = (
        "Velorix SA reported third-quarter net revenue of EUR 661.3 million on Thursday, an organic increase "
        "of 2.9% on the same period of 2024.\n"
    )
    found = _run(text, ["Velorix SA"], date(2025, 10, 20))
    assert (2.9, "Q3 2025") in found


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (
            "EBITDA rose to KES 1.52 billion from KES 1.18 billion, lifting the EBITDA margin by 340 basis "
            "points to 22.2%.",
            "22.2%",
        ),
        ("Revenue rose to $5 billion from $4.1 billion, up 22%.", "22%"),
    ],
)
def test_an_earlier_figure_ends_at_its_comma_when_a_figure_of_its_own_follows(text: str, after: str) -> None:
    clauses = _clauses(Sentence(text, 0, len(text)))
    position = text.index(after)
    (clause,) = [c for c in clauses if c.start <= position < c.end]
    assert not clause.comparison
    assert any(c.comparison for c in clauses)  # the earlier figure still is one


def test_the_period_a_change_from_a_year_earlier_is_measured_in_stays_the_figures() -> None:
    text = (
        "Velorix Holdings reported revenue of $9 billion for 2019.\n\n"
        "That segment's revenue grew 39% from a year earlier in the fourth quarter.\n"
    )
    found = _run(text, ["Velorix Holdings"], date(2020, 3, 18))
    assert (39.0, "Q4 2019") in found
