"""Periods named by their months alone ("July-September 2026"), headings that close with such a bracket
over a list, an interim report's bracketed year-to-date span, tables whose caption dates their columns
by a day (levels on that day, not flows over the column's year), months in brackets restating a quarter,
and the article's naming of fiscal years for every organization."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.lines import read_lines
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import named_facts


def _run(text: str, names: list[str], published: date | None = None) -> set[tuple]:
    return {(round(f.value, 3), f.period_label) for f in named_facts(text, names, published)}


@pytest.mark.parametrize(
    ("text", "grain", "closing"),
    [
        ("revenue in July-September 2026 rose", "quarter", date(2026, 9, 30)),
        ("Apr\u2013Jun 2025 revenue", "quarter", date(2025, 6, 30)),
        ("sales for October - December 2025 were", "quarter", date(2025, 12, 31)),
        ("April-September 2025 revenue", "half", date(2025, 9, 30)),
        ("between July and September 2026", "quarter", date(2026, 9, 30)),  # with its "between"
    ],
)
def test_a_span_named_by_its_first_and_last_month_is_a_quarter_or_half(
    text: str, grain: str, closing: date
) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.grain, mention.end_day) == (grain, closing)


@pytest.mark.parametrize("text", ["sales in July and September 2026 fell", "shipped in May - June"])
def test_two_months_listed_or_without_a_year_are_no_span(text: str) -> None:
    assert all(m.end_day is None for m in P.find_period_mentions(text))


def test_a_span_of_months_that_is_no_quarter_stays_the_year_to_date() -> None:
    (mention,) = P.find_period_mentions("sales in January-September 2025")
    assert mention.relative == "rolling"


def test_an_interim_period_with_its_span_in_brackets_is_no_half() -> None:
    mentions = P.find_period_mentions("Interim period (January-September 2026)")
    assert [m.grain for m in mentions] == ["range"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Third quarter (July-September 2026)", True),
        ("Key figures (Q3 FY26)", True),
        ("Interim period (January-September 2026)", True),
        ("Velorix Ltd (ASX: VLX)", False),
        ("Velorix posts record profit (Reuters)", False),
    ],
)
def test_a_line_closing_with_a_bracketed_span(line: str, expected: bool) -> None:
    assert P.closes_with_bracketed_span(line) is expected


def test_a_heading_closing_with_its_months_dates_the_list_under_it() -> None:
    text = (
        "Velorix AB - Interim report January-September 2026\n\n"
        "Third quarter (July-September 2026)\n"
        "- Net sales amounted to SEK 152.3 million (140.1).\n\n"
        "Interim period (January-September 2026)\n"
        "- Net sales amounted to SEK 448.9 million (421.7).\n"
    )
    found = _run(text, ["Velorix AB"], date(2026, 10, 22))
    assert (152300000.0, "Q3 2026") in found
    assert (140100000.0, "Q3 2025") in found
    assert (448900000.0, None) in found  # the year to date: no reporting period


@pytest.mark.parametrize("caption", [example for cue in C.CAPTION_DAY_CUES for example in [cue.example]])
def test_a_caption_naming_a_day_dates_levels(caption: str) -> None:
    assert any(cue.pattern.search(caption) for cue in C.CAPTION_DAY_CUES)
    assert C.caption_on_a_day(caption)


@pytest.mark.parametrize(
    "caption", ["Three months ended 30 September", "Revenue by region (SEK m)", "Half year to 31 December"]
)
def test_a_caption_naming_a_span_or_no_day_dates_no_level(caption: str) -> None:
    assert not C.caption_on_a_day(caption)


def test_a_table_under_a_caption_naming_a_day_holds_levels() -> None:
    text = (
        "Annual recurring revenue (ARR), SEK million, 30 September\n\n"
        "Region | 2026 | 2025 | Change\n"
        "Total SaaS ARR | 318.4 | 276.9 | +15%\n"
    )
    figures = read_lines(text, find_quantities(text))
    assert figures and all(f.on_a_day for f in figures)


def test_a_table_of_years_under_a_day_caption_gets_no_period() -> None:
    text = (
        "Velorix AB reported its third quarter on 22 October 2026.\n\n"
        "Annual recurring revenue (ARR), SEK million, 30 September\n\n"
        "Region | 2026 | 2025 | Change\n"
        "Total SaaS ARR | 318.4 | 276.9 | +15%\n"
    )
    found = _run(text, ["Velorix AB"], date(2026, 10, 22))
    assert (318400000.0, None) in found
    assert (276900000.0, None) in found


START_NAMED_MARCH = 3 + P.START_NAMED + P.STATED  # "fiscal 2024, the year ended March 31, 2025"


@pytest.mark.parametrize(
    ("fy_end", "expected"),
    [
        (3, 3 + P.START_NAMED),  # a partner's March year, known from the data file
        (1003, 1003 + P.START_NAMED),  # stated without its naming elsewhere in the article
        (6, 6),  # another closing month keeps its own naming
        (12, 12),
    ],
)
def test_a_year_is_named_as_the_article_names_years_of_its_closing_month(fy_end: int, expected: int) -> None:
    assert P.named_as_the_article_does(fy_end, [START_NAMED_MARCH]) == expected


def test_an_off_december_year_of_a_company_of_no_known_calendar_takes_the_articles() -> None:
    year = P.Period(date(2024, 4, 1), date(2025, 3, 31), "year")
    fy_end = P.calendar_of_year(year, 12, [START_NAMED_MARCH])
    assert P.label(year, fy_end).label == "FY2024"
    calendar_year = P.Period(date(2024, 1, 1), date(2024, 12, 31), "year")
    assert P.calendar_of_year(calendar_year, 12, [START_NAMED_MARCH]) == 12
    quarter = P.Period(date(2025, 1, 1), date(2025, 3, 31), "quarter")
    assert P.calendar_of_year(quarter, 12, [START_NAMED_MARCH]) == 12


def test_a_unit_and_a_partner_count_in_the_years_the_article_names() -> None:
    text = (
        "Velorix Holdings said its net profit hit a record in fiscal 2024, the year ended March 31, 2025.\n\n"
        "Operating revenue rose 4.9% to 126.4 billion yen. The Space Business lifted revenue by 9.2% to "
        "80.3 billion yen.\n"
    )
    found = _run(text, ["Velorix Holdings", "Space Business"], date(2025, 5, 1))
    assert (126400000000.0, "FY2024") in found
    assert (80300000000.0, "FY2024") in found



def test_months_in_brackets_restating_a_quarter_are_dropped_for_the_lists_below() -> None:
    text = "In the fourth quarter (April-June 2025), revenue was Rs. 118 million."
    mentions = P.find_period_mentions(text)
    assert [m.text for m in mentions] == ["the fourth quarter", "April-June 2025"]
    kept = P.without_restated_months(text, mentions)
    assert [m.text for m in kept] == ["the fourth quarter"]
    alone = "revenue in July-September 2026 rose"
    assert len(P.without_restated_months(alone, P.find_period_mentions(alone))) == 1


def test_a_list_under_a_paragraph_about_the_last_quarter_keeps_the_year() -> None:
    text = (
        "Velorix Cement Ltd reported revenue of Rs. 131,905 million for the year ended June 30, 2025.\n\n"
        "In the fourth quarter (April-June 2025), revenue was Rs. 34,204 million.\n\n"
        "HIGHLIGHTS\n"
        "- Local sales: Rs. 104,390 million\n"
    )
    found = _run(text, ["Velorix Cement Ltd"], date(2025, 8, 20))
    assert (104390000000.0, "FY2025") in found
