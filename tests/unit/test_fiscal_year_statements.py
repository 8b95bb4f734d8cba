"""A company's fiscal calendar learned once from the document (GOLD_SCHEMA Conventions: periods follow the
company's fiscal calendar): the months a year runs between, the verb that closes it, a relative clause on
its close, a calendar year said the other way round, and a fiscal quarter's closing month credited to the
company whose calendar it is."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics.article_calendar import (
    YEAR_STATEMENT_CUES,
    fiscal_year_end_stated,
    read_calendar,
)
from pipelines.extraction.sentences import split_sentences
from tests.unit.org_mentions import mentions_of as _mentions


@pytest.mark.parametrize("example", [example for _, example in YEAR_STATEMENT_CUES])
def test_each_year_statement_cue_states_its_closing_month(example: str) -> None:
    closing = re.findall(r"\b(?:June|May)\b", example)[-1]
    assert fiscal_year_end_stated(example) == P.MONTHS[closing.lower()]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Velorix's financial year runs from 1 May to 30 April.", 4),  # closing days before the months
        ("Its financial year runs from July to September.", None),  # three months are no year
        ("Velorix Systems, whose year ends on June 30, said profit rose.", 6),
        ("Quandra Bank, which follows the calendar year as its financial year, grew.", 12),
        ("Velorix ended its fiscal year on Nov. 2 with more cash.", 10),  # a year of whole weeks
    ],
)
def test_a_year_stated_in_other_words(sentence: str, month: int | None) -> None:
    assert fiscal_year_end_stated(sentence) == month


def test_a_quarter_closing_month_stays_with_the_company_stating_that_calendar() -> None:
    text = (
        "Velorix Systems reported third-quarter revenue of EUR 1.2 billion, down 2% from a year earlier. "
        "Velorix Systems said orders rose.\n\n"
        "Quandra Bank, whose financial year ends on 31 January, said revenue for fiscal 2025 rose 14%. "
        "Its third quarter of fiscal 2026, the three months to 31 October 2025, brought revenue of EUR 79 "
        "million."
    )
    mentions = _mentions(text, "Velorix Systems", "Quandra Bank")
    calendar = read_calendar(text, split_sentences(text), mentions, date(2025, 11, 6))
    assert "velorix systems" not in calendar.fiscal_year_ends
    assert P.year_end_month(calendar.fiscal_year_ends["quandra bank"]) == 1


def test_a_quarter_closing_month_still_dates_the_main_company_stating_that_calendar() -> None:
    text = (
        "Velorix Systems, the owner of the Zenbox and Quandra brands, reported higher profit on Thursday. "
        "Velorix Systems said demand steadied.\n\n"
        "The Zenbox brand led with revenue up 4.1%, while Quandra rose 6.4%. "
        "For fiscal 2024, which ended on February 2, revenue was flat at $7.7 billion.\n\n"
        "Its fiscal 2024 fourth quarter, the 14 weeks ended February 2, 2025, brought $2.46 billion."
    )
    mentions = _mentions(text, "Velorix Systems", "Zenbox", "Quandra")
    calendar = read_calendar(text, split_sentences(text), mentions, date(2025, 3, 13))
    stated = calendar.fiscal_year_ends["velorix systems"]
    # January, and named by the year the fiscal year starts in (fiscal 2024 closed in February 2025)
    assert (P.year_end_month(stated), stated % P.STATED > P.START_NAMED) == (1, True)
