"""Periods of figures by the structure of their clause, line and document (GOLD_SCHEMA Conventions):
a level stated on a day takes no period, nor a holding; a comparison's segment ends where its period
phrase does; the article's calendar is read from the halves it reports."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities

_LEAD = "Velorix reported revenue of $10 billion for 2024.\n\n"


def _facts(text: str, published: date | None = None) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, published, find_quantities(text))


def _periods(text: str, published: date | None = None) -> dict[float, str | None]:
    return {f.value: f.period_label for f in _facts(text, published)}


@pytest.mark.parametrize("cue", C.POINT_IN_TIME_CUES, ids=lambda c: c.example)
def test_a_level_stated_on_a_day_takes_no_period(cue: C.DayCue) -> None:
    periods = _periods(_LEAD + cue.example.replace("Velorix", "Velorix"))
    assert periods.pop(10e9) == "2024"  # the flow keeps the period the lead names
    assert periods and set(periods.values()) == {None}


def test_the_level_a_dated_level_is_compared_with_takes_no_period() -> None:
    periods = _periods(_LEAD + "Velorix ended the year with 312 customers, up from 271 a year ago.")
    assert periods[312] is None and periods[271] is None


def test_the_day_belongs_to_its_own_verb_not_the_clause_before_and() -> None:
    text = _LEAD + "Velorix added 11 new clients in 2024 and had 4,951 employees at the end of December."
    periods = _periods(text)
    assert periods[4951] is None
    assert periods[11] == "2024"


@pytest.mark.parametrize("example", C.STAKE_EXAMPLES[:1] + ("Velorix holds 60 percent of Zenbox.",))
def test_a_holding_takes_no_period(example: str) -> None:
    periods = _periods(_LEAD + example)
    assert periods.pop(10e9) == "2024"
    assert set(periods.values()) == {None}


def test_a_line_stating_its_day_takes_no_period() -> None:
    text = (
        "Velorix key figures for 2024:\n\n- Revenue: $5 billion\n\n"
        "- Net cash: $1 billion at 31 December 2024\n"
    )
    periods = _periods(text)
    assert periods[5e9] == "2024"
    assert periods[1e9] is None


def test_a_run_rate_line_takes_only_its_own_period() -> None:
    text = _LEAD + "- Cloud ARR: $3.56 billion (+20.2%)\n\n- Cloud revenue: $2 billion (+15%)\n"
    periods = _periods(text)
    assert periods[3.56e9] is None and periods[20.2] is None
    assert periods[2e9] == "2024"


def test_a_market_share_held_over_a_period_keeps_it() -> None:
    facts = _facts("Velorix held 30% of the market in the April-June period of 2025.")
    assert [(f.metric_name, f.period_label) for f in facts] == [("market_share", "Q2 2025")]


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said second-quarter profit reached $4.26 billion, 28% above the first quarter of 2025, "
        "on revenue of $36.9 billion.",
        "Velorix said second-quarter revenue was $36.9 billion. It was 17% above the first quarter of 2024 "
        "and 10% higher than in the first quarter of 2025.",
    ],
)
def test_a_compared_period_ends_where_the_next_figure_begins(text: str) -> None:
    periods = _periods(text, date(2025, 8, 1))
    assert periods[36.9e9] == "Q2 2025"
    assert {periods[v] for v in (28, 17, 10) if v in periods} == {"Q2 2025"}


def test_a_compared_period_goes_on_through_its_when_clause() -> None:
    text = "Velorix said third-quarter revenue rose 6% on the third quarter of 2024, "
    text += "when it was $458 million."

    assert _periods(text, date(2025, 11, 1))[458e6] == "Q3 2024"


@pytest.mark.parametrize(
    ("sentence", "year_end"),
    [
        ("Velorix said revenue rose 4% to $226m in the six months to 30 September.", 3),
        ("Velorix said revenue rose 4% to $226m in the half-year ended March 31.", 9),
        ("Velorix said revenue rose 4% to $226m in the six months to June 30.", None),
    ],
)
def test_an_off_calendar_half_states_the_year_end(sentence: str, year_end: int | None) -> None:
    from pipelines.extraction.metrics.article_calendar import fiscal_year_end_stated

    assert fiscal_year_end_stated(sentence) == year_end


def test_a_march_year_half_is_labelled_in_its_fiscal_year() -> None:
    text = "Velorix said revenue rose 4.1% to $226.4 million in the six months to 30 September."
    assert _periods(text, date(2025, 11, 13))[226.4e6] == "FY2026 H1"


def test_an_undated_page_reports_on_the_year_after_the_same_span_it_compares_with() -> None:
    text = (
        "Velorix posts higher profit\n\n"
        "Velorix on Thursday reported a rise in second-quarter net income.\n\n"
        "Net income reached $878 million in the April-June quarter. "
        "Volumes fell 13% from the same quarter of 2024, the company said.\n"
    )
    assert _periods(text)[878e6] == "Q2 2025"
