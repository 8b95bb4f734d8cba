"""The document-level period model: the article's fiscal calendar and reference year are read before
any figure is dated; comparison and forecast periods never become the reporting context."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.article_calendar import fiscal_year_end_stated
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import named_facts


def _run(text: str, names: list[str], published: date | None = None) -> set[tuple]:
    facts = named_facts(text, names, published)
    return {(f.organization_name, f.metric_name, round(f.value, 3), f.period_label) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The company's fiscal year ends June 30.", 6),
        ("Revenue for its fiscal 2020 third quarter, which ended March 31, rose.", 6),
        ("The fiscal 2024 second quarter ended July 31 was strong.", 1),
        ("Revenue rose in the third quarter of 2020.", None),
        ("Revenue for the third quarter ended October 31 rose.", 1),
        ("Revenue for the second quarter ended September 30 rose.", 3),
        ("Revenue for the third quarter ended September 30 rose.", None),
        ("It raised its forecast for the year ending March 2025.", 3),
        ("Prices rose 3% in the year to June.", None),  # a rolling year, not a fiscal calendar
        ("Revenue in fiscal 2024, which ended Sept. 30, rose.", 9),
        # the year named by a relative clause on its closing day
        ("The call covered fiscal 2024, the year that ended March 31, 2025.", 3),
        # twelve months from one date to the next
        ("Velorix closed the fiscal year 2023/2024 (1 July 2023 to 30 June 2024) with higher sales.", 6),
        ("Revenue for the period from April 1, 2024 to March 31, 2025 rose.", 3),
        ("Between March 2023 and June 2024 it hired 300 people.", None),  # fifteen months, no year
        # a fiscal quarter with its months in brackets
        ("Its net loss for the fourth quarter of its fiscal year 2024/25 (January to March) widened.", 3),
        ("In the second quarter (April to June) sales rose.", None),  # a calendar quarter says nothing
        ("Velorix, whose fiscal year follows the calendar, reported revenue.", 12),
        # the year's label between "fiscal year" and its close, the day before the month
        ("Velorix closed its fiscal year 2025, which ended on 31 August, with higher revenue.", 8),
        ("Velorix closed its fiscal year 2024/25, which ended 31 March, with higher revenue.", 3),
        ("Revenue for the fourth quarter of its 2024 financial year, which ended June 30, fell.", 6),
        ("The results for the quarter and year ended March 31, 2025 were filed today.", 3),
        # the closing day written before its month, in a caption's brackets
        ("Results for announcement to the market (year ended 30 June 2025)", 6),
        ("Velorix grew in the year ended 31 March 2024.", 3),
        ("The chain, whose fiscal year ends in late January or early February, grew.", 1),
        ("Profit rose in the fiscal year 2024-25 (FY25), which ended on June 30, it said.", 6),
    ],
)
def test_fiscal_year_end_stated_or_read_from_a_quarter_closing_month(
    sentence: str, month: int | None
) -> None:
    assert fiscal_year_end_stated(sentence) == month


def test_a_calendar_stated_late_dates_the_first_figures_without_a_publish_date() -> None:
    text = (
        "Velorix reported revenue of $2.1 billion for the third quarter of fiscal 2020. "
        "The company's fiscal year ends June 30."
    )
    assert _run(text, ["Velorix"]) == {("Velorix", "revenue", 2.1e9, "FY2020 Q3")}


def test_a_comparison_period_is_not_the_context_of_the_next_paragraph() -> None:
    text = (
        "Velorix said revenue in the second quarter of 2019 was $5.4 billion, 17% above the first "
        "quarter of 2018.\n\nNet income was $1.1 billion."
    )
    rows = _run(text, ["Velorix"])
    assert ("Velorix", "revenue", 5.4e9, "Q2 2019") in rows
    assert ("Velorix", "profit", 1.1e9, "Q2 2019") in rows


def test_a_forecast_year_is_not_the_context_of_the_next_paragraph() -> None:
    text = (
        "Velorix said revenue rose 12% to $2.1 billion in the third quarter of 2020.\n\n"
        "The company expects revenue of $9 billion in fiscal 2026.\n\nNet income was $300 million."
    )
    rows = _run(text, ["Velorix"])
    assert ("Velorix", "profit", 3e8, "Q3 2020") in rows
    assert not any(row[3] and "2026" in row[3] for row in rows)


def test_an_undated_page_resolves_a_year_less_lead_period_in_its_own_year() -> None:
    text = (
        "Velorix results for 2020\n\nVelorix said revenue for the three months to June 30 rose 12% "
        "to $2.1 billion."
    )
    assert ("Velorix", "revenue", 2.1e9, "Q2 2020") in _run(text, ["Velorix"])


def test_a_lead_that_names_the_period_before_any_figure_dates_the_list_below() -> None:
    text = (
        "Velorix reported results for the second quarter of 2020.\n\n"
        "* Revenue of $2.1 billion, up 12%\n* Net income of $300 million"
    )
    rows = _run(text, ["Velorix"], date(2020, 7, 28))
    assert ("Velorix", "revenue", 2.1e9, "Q2 2020") in rows
    assert ("Velorix", "profit", 3e8, "Q2 2020") in rows


def test_a_forecast_year_named_before_its_verb_is_not_the_context_either() -> None:
    text = (
        "Velorix said revenue rose 12% to $2.1 billion in the third quarter of 2020.\n\n"
        "For fiscal 2026, the company forecast revenue of $9 billion.\n\nNet income was $300 million."
    )
    assert ("Velorix", "profit", 3e8, "Q3 2020") in _run(text, ["Velorix"])


def test_an_undated_page_without_a_year_in_the_lead_takes_the_first_the_body_names() -> None:
    text = (
        "Velorix results\n\nVelorix said revenue for the three months to June 30 rose 12% to $2.1 billion."
        "\n\nThe company said it had 400 customers. Velorix was founded in Oslo.\n\nIts 2020 plan was met."
        "\n\nIt was a good year. Nothing else changed. Its staff grew. Its rivals fell. In 2020 it moved."
    )
    assert ("Velorix", "revenue", 2.1e9, "Q2 2020") in _run(text, ["Velorix"])


def test_a_rupee_story_keeps_indias_march_year_without_fy_codes() -> None:
    text = "Minfotech reported a 9% rise in net profit to Rs 3,200 crore for the July-September quarter."
    assert ("Minfotech", "profit", 32e9, "FY2025 Q2") in _run(text, ["Minfotech"], date(2024, 10, 17))


@pytest.mark.parametrize(
    "second",
    ["A year earlier it was $4.1 billion.", "In the same quarter last year, revenue was $4.1 billion."],
)
def test_a_sentence_opening_with_a_comparison_states_the_earlier_period(second: str) -> None:
    first = "Velorix's revenue was $5 billion in the third quarter of 2023."
    text = f"{first} {second}\n\nNet income was $1 billion."
    rows = _run(text, ["Velorix"], date(2024, 8, 1))
    assert ("Velorix", "revenue", 4.1e9, "Q3 2022") in rows
    assert ("Velorix", "profit", 1e9, "Q3 2023") in rows  # the comparison does not move the context


def test_an_undated_articles_year_is_not_taken_from_a_comparison_or_an_event() -> None:
    from pipelines.extraction.metrics.article_calendar import read_calendar
    from pipelines.extraction.sentences import split_sentences

    text = (
        "Velorix said fourth-quarter sales fell 17%. Gross margin was 39.1%, compared with 41.5% in the "
        "fourth quarter of 2022. Velorix, founded in 1999, bought Norvane in 2021. "
        "For the full year 2023, net sales came to SEK 263.4 billion."
    )
    assert read_calendar(text, split_sentences(text), [], None).reference_year == 2023


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Velorix results\n\nLisbon, 29 November 2023 - Velorix said", date(2023, 11, 29)),
        ("Velorix results\n\nOSLO and BERGEN, July 29, 2021 -- Velorix said", date(2021, 7, 29)),
        ("Velorix results\n\nRoubaix, France - November 3, 2021. Velorix said", date(2021, 11, 3)),
        ("WIRE BRIEFS - Friday, May 31, 2024\n\n-- Velorix closes a deal --", date(2024, 5, 31)),
        # A period's closing date in the lead is no dateline.
        ("Velorix results\n\nFor the quarter ended December 31, 2023, Velorix said", None),
        ("Velorix results\n\nRevenue for the year to June 30, 2021, Velorix said", None),
        # The day the lead says the company spoke is the day the article speaks from.
        ("Velorix results\n\nVelorix said on Wednesday, September 22, 2021, that", date(2021, 9, 22)),
        # A date alone on a line under the masthead is the page's.
        ("THE TOKYO BUSINESS POST\nBUSINESS\nMay 14, 2025 (JST)\n\nVelorix said", date(2025, 5, 14)),
        # A masthead's fields between pipes, each read as a line of its own.
        (
            "VELORIX WEEKLY\nIssue 212 | Thursday, 13 November 2025 | sent 07:00 CET\n\nVelorix said",
            date(2025, 11, 13),
        ),
        # A weekday without its comma before a day-first date.
        ("QUANDRA MONITOR | Riyadh, Tuesday 4 November 2025, 16:05 AST\n\nVelorix said", date(2025, 11, 4)),
    ],
)
def test_an_undated_page_is_dated_by_the_dateline_of_its_lead(top: str, expected: date | None) -> None:
    from pipelines.extraction.metrics.article_calendar import dateline_date

    assert dateline_date(top + " revenue rose.") == expected


def test_a_yearless_quarter_of_an_undated_page_is_the_one_before_its_dateline() -> None:
    text = (
        "Velorix sells its chain\n\n"
        "Lisbon, 29 November 2023 - Velorix agreed to sell its chain, it said in a filing.\n\n"
        "Velorix's revenue was EUR 6.6 billion in the three months to September. It posted a net loss of "
        "EUR 343 million, compared with a loss of EUR 610 million in the third quarter of 2022."
    )
    rows = _run(text, ["Velorix"], None)
    assert ("Velorix", "revenue", 6.6e9, "Q3 2023") in rows
    assert ("Velorix", "profit", -610e6, "Q3 2022") in rows


def test_a_figure_written_only_as_the_earlier_one_does_not_set_the_period_of_what_follows() -> None:
    # "rose from $X in <earlier period>" (no "to" amount): the figure is the earlier period's, and
    # the next paragraph still reports on the headline's fiscal quarter, in the company's calendar.
    text = (
        "Velorix Reports Results for the Third Quarter of Fiscal 2022\n\n"
        "Velorix, whose fiscal year ends January 31, said product revenue rose from $148.2 million in the "
        "third quarter of fiscal 2021.\n\n"
        "GAAP operating loss was $163.9 million, compared with an operating loss of $176.5 million in the "
        "third quarter of fiscal 2021."
    )
    rows = _run(text, ["Velorix"], date(2021, 12, 1))
    assert ("Velorix", "other", 148.2e6, "FY2021 Q3") in rows
    assert ("Velorix", "profit", -163.9e6, "FY2022 Q3") in rows
    assert ("Velorix", "profit", -176.5e6, "FY2021 Q3") in rows


def test_the_base_of_a_year_earlier_comparison_is_the_period_carried_from_the_paragraph_before() -> None:
    text = (
        "Velorix said revenue rose 16% to $65.6 billion in the first quarter of 2024.\n\n"
        "Net income increased to $24.7 billion, from $22.3 billion a year earlier."
    )
    rows = _run(text, ["Velorix"], date(2024, 5, 1))
    assert ("Velorix", "profit", 24.7e9, "Q1 2024") in rows
    assert ("Velorix", "profit", 22.3e9, "Q1 2023") in rows


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("the 52 weeks to March 30", "2024 03-31"), ("the 53 weeks ended January 28, 2024", "2024 01-31")],
)
def test_a_retail_year_of_whole_weeks_is_a_year(phrase: str, label: str) -> None:
    from pipelines.extraction import periods as P

    (mention,) = P.find_period_mentions(f"Profit rose for {phrase}.")
    period = P.resolve(mention, 12, reference=date(2024, 5, 31))
    assert mention.grain == "year" and f"{period.end.year} {period.end:%m-%d}" == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("in fiscal 2023/2024", "FY2024"),
        ("in fiscal year 2024/25", "FY2025"),
        ("in FY2023/24", "FY2024"),
        ("in the fiscal year 2024-25", "FY2025"),  # a hyphen, as South Asian papers write it
        ("in FY2023-24", "FY2024"),
    ],
)
def test_a_split_fiscal_year_is_named_by_the_year_it_closes_in(phrase: str, label: str) -> None:
    text = f"Velorix, whose fiscal year ends June 30, reported revenue of EUR 1.2 billion {phrase}."
    assert ("Velorix", "revenue", 1.2e9, label) in _run(text, ["Velorix"])


def test_a_year_closing_after_its_name_keeps_the_label_the_text_gives_it() -> None:
    text = (
        "Velorix held its call for fiscal 2024, the year that ended March 31, 2025.\n\n"
        "Revenue for the year was 1,886.2 billion yen."
    )
    assert ("Velorix", "revenue", 1886.2e9, "FY2024") in _run(text, ["Velorix"])


def test_a_comparison_in_the_same_quarter_of_a_named_year_is_that_years_quarter() -> None:
    text = (
        "Velorix said revenue for the third quarter of 2021 reached EUR 4,525 million, up 15.8% from "
        "EUR 3,908 million in the same quarter of 2020."
    )
    rows = _run(text, ["Velorix"], date(2021, 10, 28))
    assert ("Velorix", "revenue", 3908e6, "Q3 2020") in rows
    assert not any(row[2] == 3908e6 and row[3] != "Q3 2020" for row in rows)


def test_a_comparison_year_on_a_list_line_does_not_date_the_lines_below() -> None:
    text = (
        "Velorix results for the year ended 31 December 2024\n\n"
        "- Group revenue: R188.0 billion, down 15.9% from R223.5 billion in 2023\n"
        "- Service revenue: R172.5 billion\n"
        "- Headline loss per share: 285 cents (2023: headline earnings per share of 564 cents)\n"
        "- Capital expenditure: R32.8 billion\n"
    )
    rows = _run(text, ["Velorix"], date(2025, 3, 12))
    assert ("Velorix", "revenue", 223.5e9, "2023") in rows  # the comparison figure, in its own year
    assert ("Velorix", "other", 172.5e9, "2024") in rows
    assert ("Velorix", "other", 32.8e9, "2024") in rows


@pytest.mark.parametrize(
    ("statement", "month"),
    [
        ("Velorix held its call for fiscal 2024, the year that ended March 31, 2025.", 3),
        ("Net income for the fiscal year ended 31 January 2024, which Velorix calls fiscal 2023, rose.", 1),
        # the year in brackets after the label it explains
        ("Velorix - Fiscal 2024 results briefing (year to March 31, 2025)", 3),
    ],
)
def test_a_year_named_after_the_year_it_starts_in_is_read_as_such(statement: str, month: int) -> None:
    from pipelines.extraction import periods as P
    from pipelines.extraction.metrics.article_calendar import read_calendar
    from pipelines.extraction.sentences import split_sentences

    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end())
        for m in re.finditer("Velorix", statement)
    ]
    calendar = read_calendar(statement, split_sentences(statement), mentions, date(2025, 4, 25))
    assert calendar.fiscal_year_ends == {"velorix": month + P.START_NAMED + P.STATED}


def test_a_start_named_calendar_labels_its_years_and_quarters_by_the_starting_year() -> None:
    text = (
        "Velorix held its call for fiscal 2024, the year that ended March 31, 2025.\n\n"
        "Velorix said revenue for the year was 1,886.2 billion yen. In the fourth quarter alone, revenue "
        "was 482.0 billion yen."
    )
    rows = _run(text, ["Velorix"], date(2025, 4, 25))
    assert ("Velorix", "revenue", 1886.2e9, "FY2024") in rows
    assert ("Velorix", "revenue", 482e9, "FY2024 Q4") in rows


def test_an_end_named_calendar_is_not_start_named() -> None:
    from pipelines.extraction.metrics.article_calendar import _named_by_starting_year

    assert not _named_by_starting_year("Revenue for fiscal 2025, which ended March 31, 2025, rose.", 3)


def test_a_period_past_a_comma_does_not_date_a_figure_whose_clause_named_one() -> None:
    text = (
        "Velorix results for the fourth quarter of 2023\n\n"
        "Velorix said Networks sales in the quarter dropped 24% to SEK 47.9 billion, hit by lower "
        "investment after a fast rollout in 2022."
    )
    rows = _run(text, ["Velorix"], date(2024, 1, 20))
    assert {row[3] for row in rows} == {"Q4 2023"}


def test_an_article_stating_a_june_calendar_counts_its_unqualified_quarters_in_it() -> None:
    text = (
        "Velorix Announces Fourth Quarter and Fiscal Year 2021 Results\n\n"
        "Velorix today announced results for its fourth quarter and fiscal year ended June 30, 2021.\n\n"
        "Fourth quarter revenue grew 30% year over year to $560.0 million."
    )
    rows = _run(text, ["Velorix"], date(2021, 7, 29))
    assert ("Velorix", "revenue", 560e6, "FY2021 Q4") in rows


def test_a_company_with_a_june_calendar_from_data_keeps_calendar_quarters_when_unstated() -> None:
    from pipelines.extraction import periods as P

    mention = next(m for m in P.find_period_mentions("in the fourth quarter") if m.index == 4)
    assert P.label(P.resolve(mention, 6, reference=date(2021, 7, 29)), 6).label == "FY2021 Q2"
    stated = 6 + P.STATED
    assert P.label(P.resolve(mention, stated, reference=date(2021, 7, 29)), stated).label == "FY2021 Q4"


def test_a_quarter_named_by_its_months_after_from_is_the_one_compared_with() -> None:
    text = (
        "Velorix said its net profit fell 4.2% in the three months to June 30.\n\n"
        "In dollar terms, Velorix revenue came in at $1,242 million, up 5.1% from a year earlier but down "
        "3.0% from the January-March quarter."
    )
    rows = _run(text, ["Velorix"], date(2019, 7, 29))
    assert ("Velorix", "revenue", 1242e6, "Q2 2019") in rows


def test_a_calendar_stated_for_the_full_name_holds_for_the_short_form_the_article_counts_most() -> None:
    from pipelines.extraction.metrics.article_calendar import read_calendar
    from pipelines.extraction.sentences import split_sentences

    text = (
        "KWS grows in fiscal 2023/2024. KWS sells seeds. KWS SAAT SE closed the fiscal year 2023/2024 "
        "(1 July 2023 to 30 June 2024) with higher sales. KWS said more."
    )
    mentions = [
        OrgMention("kws saat se", "KWS SAAT SE", "KWS SAAT SE", m.start(), m.end())
        for m in re.finditer("KWS SAAT SE", text)
    ] + [
        OrgMention("kws", "KWS", "KWS", m.start(), m.end())
        for m in re.finditer(r"KWS(?! SAAT)", text)
    ]
    mentions.sort(key=lambda m: m.start)
    calendar = read_calendar(text, split_sentences(text), mentions, date(2024, 9, 26))
    assert calendar.fiscal_year_ends["kws"] == calendar.fiscal_year_ends["kws saat se"]


@pytest.mark.parametrize("bracket", ["(previous year: EUR 184.1 million)", "(2023: EUR 184.1 million)"])
def test_a_bracketed_earlier_figure_is_the_earlier_years_and_ends_at_its_bracket(bracket: str) -> None:
    text = (
        f"Velorix said net income for 2024 amounted to EUR 139.9 million {bracket}, a margin of 13.5%."
    )
    rows = _run(text, ["Velorix"], date(2025, 3, 26))
    assert ("Velorix", "profit", 139.9e6, "2024") in rows
    assert ("Velorix", "profit", 184.1e6, "2023") in rows
    assert ("Velorix", "other", 13.5, "2024") in rows


def test_a_figure_followed_by_an_earlier_amount_keeps_its_own_period_and_gives_none_to_the_next() -> None:
    text = (
        "Velorix reported its results for 2024 on Friday.\n\n"
        "Net profit came to $7.68 billion, after $11.29 billion in 2023. Its operating margin was 6.3%."
    )
    rows = _run(text, ["Velorix"], date(2025, 3, 14))
    assert ("Velorix", "profit", 11.29e9, "2023") in rows  # the amount it followed, in its year
    assert ("Velorix", "profit", 7.68e9, "2024") in rows
    assert ("Velorix", "other", 6.3, "2024") in rows  # 2023 was the comparison's, not the context


@pytest.mark.parametrize("intro", ["For the fourth quarter, Velorix reported:", "Fourth-quarter figures:"])
def test_a_year_less_quarter_in_a_caption_dates_the_lines_below_in_the_year_named_before(intro: str) -> None:
    text = (
        "Velorix, whose fiscal year ends March 31, reported revenue of $1,409.1 million for FY25, compared "
        f"with $1,186.1 million in FY24.\n\n{intro}\n\n- Revenue: $375.2 million\n- EBIT margin: 15.6%\n"
    )
    rows = _run(text, ["Velorix"])
    assert ("Velorix", "revenue", 375.2e6, "FY2025 Q4") in rows  # not FY24's quarter: a comparison
    assert ("Velorix", "other", 15.6, "FY2025 Q4") in rows


def test_a_year_less_quarter_of_a_prose_sentence_does_not_date_the_list_below() -> None:
    text = (
        "Velorix reported revenue of $6.31 billion for 2024. In the fourth quarter alone, revenue was "
        "$1.79 billion.\n\nThe headline numbers:\n\n- Banking revenue: $1.12 billion (+71%)\n"
    )
    rows = _run(text, ["Velorix"], date(2025, 3, 5))
    assert ("Velorix", "other", 1.12e9, "2024") in rows


def test_the_year_of_an_earlier_event_dates_neither_the_lines_below_nor_the_next_sentences() -> None:
    text = (
        "Velorix reported revenue of $6.21 billion for 2024. Zenbox, acquired by Velorix in 2019 for "
        "$5.8 billion, slowed.\n\nFor the fourth quarter alone, the figures were:\n\n"
        "- Revenue: $1.83 billion\n\nQuill, taken over by Velorix in 2015, grew. Its revenue rose 18.5%."
    )
    rows = _run(text, ["Velorix", "Quill"], date(2025, 2, 6))
    assert ("Velorix", "revenue", 1.83e9, "Q4 2024") in rows
    assert not {row for row in rows if row[3] in ("2015", "2019", "Q4 2019")}


def test_the_history_cue_example_dates_the_caption_lines_by_the_report_not_the_event() -> None:
    from pipelines.extraction.metrics import cues as C

    lead = "Velorix reported revenue of $6.21 billion for 2024."
    text = f"{lead} {C.HISTORY_EVENT_EXAMPLE}\n\n- Revenue: $1.83 billion\n"
    assert ("Velorix", "revenue", 1.83e9, "Q4 2024") in _run(text, ["Velorix", "Zenbox"], date(2025, 2, 6))


@pytest.mark.parametrize(
    "sentence",
    [
        "Velorix reported results for the 2025 financial year (the twelve months to 30 June 2025).",
        "Velorix - Fiscal 2025 results (year to 30 June 2025)",
    ],
)
def test_a_year_explained_in_brackets_by_its_closing_day_states_the_calendar(sentence: str) -> None:
    assert fiscal_year_end_stated(sentence) == 6


def test_a_compared_years_label_does_not_make_the_calendar_start_named() -> None:
    from pipelines.extraction import periods as P
    from pipelines.extraction.metrics.article_calendar import read_calendar
    from pipelines.extraction.sentences import split_sentences

    text = (
        "Velorix made a loss of R44.3 billion for the year to 30 June 2024, compared with a profit of "
        "R8.8 billion in its 2023 financial year."
    )
    mentions = [OrgMention("velorix", "Velorix", "Velorix", 0, 7)]
    calendar = read_calendar(text, split_sentences(text), mentions, date(2024, 8, 19))
    assert calendar.fiscal_year_ends == {"velorix": 6 + P.STATED}
    assert ("Velorix", "profit", -44.3e9, "FY2024") in _run(text, ["Velorix"], date(2024, 8, 19))


def test_a_figure_measured_against_an_earlier_figure_leaves_the_reporting_year_alone() -> None:
    # "well below the 7.9% posted in fiscal 2024": fiscal 2024 dates the 7.9%, not the 3.3% before it
    # nor the figures of the next paragraph.
    text = (
        "Velorix closed its fiscal year 2025, which ended on 31 August, with revenue of EUR 24.1 billion. "
        "Organic growth came to 3.3%, well below the 7.9% posted in fiscal 2024.\n\n"
        "Net income fell to EUR 705 million."
    )
    facts = _run(text, ["Velorix"], date(2025, 10, 23))
    assert ("Velorix", "other", 3.3, "FY2025") in facts
    assert ("Velorix", "profit", 705000000.0, "FY2025") in facts
    assert not any(f[2] in (3.3, 705000000.0) and f[3] == "FY2024" for f in facts)


def test_a_sentence_opening_with_the_period_compared_with_reports_on_the_current_one() -> None:
    text = (
        "Velorix said revenue for the April-to-June period rose 6% to $150 million. "
        "Compared with the first quarter, revenue increased 3.6%. "
        "Net profit was $7.4 million."
    )
    facts = _run(text, ["Velorix"], date(2025, 7, 31))
    assert {f[3] for f in facts if f[2] in (3.6, 7400000.0)} == {"Q2 2025"}


def test_a_calendar_stated_for_one_writing_of_the_name_holds_for_the_other() -> None:
    # "Open Text Corp." and "OpenText" read as two keys: the June year stated through a descriptor
    # resolved to the first holds for the most mentioned one too.
    text = (
        "Open Text Corp. said its revenue fell.\n\n"
        "The software company said revenue for the fourth quarter of its 2024 financial year, which ended "
        "June 30, totalled $1.36 billion.\n\n"
        "OpenText said net income for fiscal 2024 was $465.1 million. OpenText will cut jobs. OpenText "
        "raised its dividend."
    )
    start = text.index("The software company")
    mentions = [
        OrgMention("open text", "Open Text Corp.", "Open Text Corp.", 0, 15),
        OrgMention("open text", "Open Text Corp.", "The software company", start, start + 20),
        *[
            OrgMention("opentext", "OpenText", "OpenText", m.start(), m.end())
            for m in re.finditer("OpenText", text)
        ],
    ]
    facts = find_metrics(text, mentions, date(2024, 8, 1), find_quantities(text))
    labels = {(f.organization_name, f.value, f.period_label) for f in facts}
    assert ("OpenText", 465100000.0, "FY2024") in labels


def test_a_heading_naming_a_period_without_its_year_dates_the_lines_under_it() -> None:
    # A June-year company's report: the quarter and the full year are headings in capitals, the
    # figures bullets under them; the day the article speaks from is its dateline's.
    text = (
        "Velorix AB\n"
        "Stockholm, 28 August 2025\n\n"
        "Velorix year-end report 1 July 2024 - 30 June 2025: higher enrolment\n\n"
        "FOURTH QUARTER (APRIL - JUNE 2025)\n"
        "- Velorix net sales increased by 6.7%\n"
        "- Earnings per share were SEK 3.05\n\n"
        "FULL YEAR (JULY 2024 - JUNE 2025)\n"
        "- Net sales increased by 7.0%\n"
    )
    facts = _run(text, ["Velorix"])
    assert ("Velorix", "revenue_growth", 6.7, "FY2025 Q4") in facts
    assert ("Velorix", "other", 3.05, "FY2025 Q4") in facts
    assert ("Velorix", "revenue_growth", 7.0, "FY2025") in facts


def test_a_table_header_dates_what_follows_by_its_latest_period() -> None:
    text = (
        "Velorix reported results for the year ended December 2024.\n\n"
        "KEY FIGURES (Sh bn)     FY2024     FY2023\n"
        "Net interest income        52.6       47.9\n\n"
        "Velorix said net profit rose 8.0%."
    )
    facts = _run(text, ["Velorix"], date(2025, 3, 20))
    assert {f[3] for f in facts if f[2] == 8.0} == {"2024"}


def test_the_year_of_a_deal_stated_with_its_money_is_no_reporting_period() -> None:
    text = (
        "Velorix posted higher profit for the year ended December 2024.\n\n"
        "Velorix paid $1 billion for the 90 per cent stake in Zentra in 2020 after regulatory approval.\n"
        "Velorix said its core capital ratio was 20.1 per cent."
    )
    facts = _run(text, ["Velorix", "Zentra"], date(2025, 3, 20))
    assert not any(f[3] == "2020" for f in facts)


def test_a_count_in_a_caption_leaves_its_year_to_the_lines_below() -> None:
    text = (
        "Velorix and Zentra agreed to merge.\n\n"
        "For 2024 the two insurers reported the following figures:\n\n"
        "- Velorix: net profit CHF 477 million\n"
    )
    facts = _run(text, ["Velorix", "Zentra"], date(2025, 4, 22))
    assert ("Velorix", "profit", 477000000.0, "2024") in facts


def test_a_quarter_named_without_a_figure_dates_the_next_sentence() -> None:
    # A March-year company: "the January-March quarter" is its fourth; the comparison quarter named by
    # its months, the same period a year earlier and the end of the fiscal year date none of the figures.
    text = (
        "Velorix said revenue for the fiscal year that ended March 31 rose 9.5% to $319.5 million, from "
        "$291.8 million in the previous fiscal year.\n\n"
        "The January-March quarter was the strongest of the year. Quarterly revenue reached $93.1 million, "
        "10.1% above the October-December quarter and up 11.0% from the same period a year earlier, as "
        "projects were delivered before the end of the fiscal year."
    )
    facts = _run(text, ["Velorix"], date(2025, 5, 13))
    assert ("Velorix", "revenue", 291800000.0, "FY2024") in facts
    assert ("Velorix", "revenue", 93100000.0, "FY2025 Q4") in facts
    assert {f[3] for f in facts if f[2] == 11.0} == {"FY2025 Q4"}


def test_a_quarter_named_again_without_its_year_keeps_the_quarter_reported_on() -> None:
    # A January-year company reporting its third quarter of fiscal 2022 (August to October 2021).
    text = (
        "Velorix announced results for its third quarter of fiscal 2022, ended October 31, 2021. Product "
        "revenue was $312.5 million.\n\n"
        '"Our third quarter was marked by broad strength," said the chief executive.\n\n'
        "GAAP operating loss was $163.9 million."
    )
    facts = _run(text, ["Velorix"], date(2021, 12, 1))
    assert {f[3] for f in facts if f[2] in (312500000.0, -163900000.0)} == {"FY2022 Q3"}


def test_a_run_rate_is_a_level_that_the_paragraphs_period_does_not_date() -> None:
    text = (
        "Velorix said revenue for the fourth quarter of 2024 rose 25% to $1.06 billion. Annual recurring "
        "revenue (ARR) rose 23% to $4.24 billion."
    )
    facts = _run(text, ["Velorix"], date(2025, 3, 4))
    assert {f[3] for f in facts if f[2] == 4240000000.0} == {None}
    assert {f[3] for f in facts if f[2] == 1060000000.0} == {"Q4 2024"}


def test_a_compared_figure_without_a_measure_of_its_own_has_the_scope_of_the_first() -> None:
    text = (
        "Velorix said organic growth came to 3.3% in fiscal 2025, well below the 7.9% posted in fiscal 2024."
    )
    facts = _run(text, ["Velorix"], date(2025, 10, 23))
    assert {(f[1], f[2]) for f in facts} == {("other", 3.3), ("other", 7.9)}


def test_a_calendar_stated_about_a_preposition_object_is_the_reporting_organization_s() -> None:
    # Neither the regulator nor the bank "of" the board is the sentence's subject: the year end the sentence
    # states is the calendar of the article's main organization, so "FY25" is its fiscal year (ending in
    # March), not the calendar year 2025.
    text = (
        "Pursuant to Regulation 33 of Kestrel Regulators, the Board of Directors of Velorix Bank approved "
        "the results for the financial year ended March 31, 2025 (FY25).\n\n"
        "Velorix Bank reported a net profit of $2.106 billion for FY25. Velorix Bank grew."
    )
    rows = _run(text, ["Kestrel Regulators", "Velorix Bank"], date(2025, 4, 22))
    assert ("Velorix Bank", "profit", 2106000000.0, "FY2025") in rows


@pytest.mark.parametrize("earlier", ["RM1.84 billion", "P1.84 billion", "N1.84 billion"])
def test_a_base_amount_with_a_short_currency_mark_is_the_comparison_not_the_growth(earlier: str) -> None:
    # "up 6.0% from RM1.84 billion in FY24": the growth is the reported year's; only the base is FY24's,
    # and the next sentence goes on about the reported year.
    text = (
        f"Velorix posted a net profit of $1.95 billion for fiscal 2025, up 6.0% from {earlier} in fiscal "
        "2024. "
        "Velorix said total income rose 3.4% to $4.52 billion."
    )
    rows = _run(text, ["Velorix"], date(2025, 5, 29))
    assert ("Velorix", "other", 6.0, "2025") in rows or ("Velorix", "revenue_growth", 6.0, "2025") in rows
    assert ("Velorix", "revenue", 4520000000.0, "2025") in rows


def test_the_latest_period_a_sentence_names_is_the_one_the_next_paragraph_goes_on_about() -> None:
    text = (
        "Velorix said revenue fell 0.9% in the second quarter of 2025, after growth of 0.1% in the first "
        "quarter.\n\nNet profit was $118.6 million."
    )
    rows = _run(text, ["Velorix"], date(2025, 7, 30))
    assert ("Velorix", "profit", 118600000.0, "Q2 2025") in rows


@pytest.mark.parametrize("label", ["FY24", "Q3 2024", "3Q24", "H1 2024", "FY 2024"])
def test_a_bracketed_earlier_figure_labelled_by_its_period_is_that_periods(label: str) -> None:
    # "Basic earnings per share of Rs 28.3 (FY24: Rs 23.0)": the figure before the bracket keeps the
    # reported period; only the bracket's figure is the earlier one.
    text = (
        "Velorix reported results for the third quarter of 2025. Velorix had a net loss of $12 million "
        f"({label}: a net loss of $10 million)."
    )
    rows = _run(text, ["Velorix"], date(2025, 11, 5))
    assert ("Velorix", "profit", -12000000.0, "Q3 2025") in rows


def test_twelve_months_to_a_closing_day_are_the_fiscal_year_where_years_are_named_by_codes() -> None:
    text = (
        "Velorix said net profit for FY25 rose 39.1 per cent.\n\n"
        "Revenue for the 12 months to June 30 increased 31.8 per cent to $212.9 million."
    )
    rows = _run(text, ["Velorix"], date(2025, 8, 14))
    assert ("Velorix", "revenue", 212900000.0, "FY2025") in rows
    # without year codes the same twelve months may be a trailing window: no calendar is read from them
    plain = text.replace("for FY25 ", "")
    assert ("Velorix", "revenue", 212900000.0, "FY2025") not in _run(plain, ["Velorix"], date(2025, 8, 14))


@pytest.mark.parametrize("mark", ["Tk ", "KSh ", "QR "])
def test_a_base_amount_with_a_mark_written_apart_is_the_comparison_too(mark: str) -> None:
    # "Revenue rose 8.2 per cent to Tk 8,352 crore, from Tk 7,718 crore in FY24": the growth is the
    # reported year's (named in the sentence before), only the base is FY24's.
    text = (
        "Velorix said net profit rose in fiscal 2025.\n\n"
        f"Revenue rose 8.2 per cent to {mark}8,352 crore, from {mark}7,718 crore in fiscal 2024."
    )
    rows = {row[1:] for row in _run(text, ["Velorix"], date(2025, 8, 14)) if row[2] == 8.2}
    assert rows == {("revenue_growth", 8.2, "2025")}


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("Q2 2025    Q2 2024    H1 2025    H1 2024", "Q2 2025"),  # the quarter first, then the half
        ("FY2025    FY2024", "2025"),  # descending columns
        ("Q1 2025    Q2 2025    Q3 2025", "Q3 2025"),  # ascending columns
    ],
)
def test_a_line_below_a_header_row_of_periods_takes_the_rows_current_period(header: str, label: str) -> None:
    text = (
        "Velorix reported results on Thursday.\n\n"
        f"Velorix key figures (SEK million)\n         {header}\nNet sales    443.1    481.6    871.2\n\n"
        "The group said Velorix had 450 million users.\n\n"
        "- Velorix for Business sales: SEK 58.8 million (+21%)\n"
    )
    rows = _run(text, ["Velorix"], date(2025, 7, 17))
    assert ("Velorix", "other", 58800000.0, label) in rows


def test_a_label_line_naming_its_own_quarter_is_dated_by_it() -> None:
    text = (
        "Velorix said revenue rose 5pc in the three months to the end of June.\n\n"
        "  Velorix in numbers\n"
        "  Q2 revenue, Americas:          $1.08bn (+4pc)\n"
        "  Q2 revenue, EMEA:              $0.73bn (+6pc)\n"
    )
    rows = _run(text, ["Velorix"], date(2025, 8, 2))
    assert ("Velorix", "other", 1080000000.0, "Q2 2025") in rows
    assert ("Velorix", "other", 730000000.0, "Q2 2025") in rows


def test_a_paragraph_about_a_part_of_the_reporting_period_does_not_carry_that_part_on() -> None:
    text = (
        "Velorix booked a record net income of $82.0 billion in 2024.\n\n"
        "Velorix said earnings in the fourth quarter alone reached $20.2 billion.\n\n"
        "Gross customer loans rose 13 percent to $3.3 trillion."
    )
    rows = _run(text, ["Velorix"], date(2025, 2, 19))
    assert ("Velorix", "profit", 20200000000.0, "Q4 2024") in rows
    assert {row[3] for row in rows if row[2] in (13.0, 3.3e12)} == {"2024"}


def test_a_paragraph_about_another_period_than_the_reporting_one_carries_its_own() -> None:
    text = (
        "Velorix booked a net income of $8.0 billion in the second quarter of 2024.\n\n"
        "Velorix said net income in the first quarter of 2025 reached $9.2 billion.\n\n"
        "Gross customer loans rose 13 percent to $3.3 trillion."
    )
    rows = _run(text, ["Velorix"], date(2025, 5, 19))
    assert {row[3] for row in rows if row[2] in (13.0, 3.3e12)} == {"Q1 2025"}
