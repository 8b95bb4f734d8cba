"""A rate measured against the quarter before its own is a sequential change, `other` (GOLD_SCHEMA
Conventions), whatever wording names that quarter: a month ("the June quarter"), a quarter code of the
year the article reports ("2Q25", "Q1 FY27"), a sentence opening with the basis ("Quarter on quarter,"),
or a comparison the clause splitter put in a clause of its own ("up 5% | on the previous quarter")."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


def _rates(text: str) -> dict[float, str]:
    return {f.value: f.metric_name for f in _facts(text) if f.unit == "percent"}


SEQUENTIAL_EXAMPLES = [
    C.SEQUENTIAL_MONTH_QUARTER_EXAMPLE,
    C.SEQUENTIAL_COMPARED_MONTH_EXAMPLE,
    C.SEQUENTIAL_OPENS.example,
    *C.SEQUENTIAL_QUARTER_CODE_EXAMPLES,
    "Velorix's revenue was $3 billion in the third quarter of 2026. "
    "Compared with the second quarter of 2026, Velorix's revenue rose 3.1%.",
    "Velorix's revenue was $3 billion in the third quarter of 2026, up 5.0% on the previous quarter.",
    *C.SEQUENTIAL_OPENS_WORDING_EXAMPLES,
    C.SEQUENTIAL_OF_THE_YEAR_EXAMPLE,
    C.SEQUENTIAL_FROM_AMOUNT_AFTER.example,
]


@pytest.mark.parametrize("text", SEQUENTIAL_EXAMPLES)
def test_a_rate_against_the_quarter_before_is_other(text: str) -> None:
    rates = _rates(text)
    smallest = min(rates)
    assert rates[smallest] == "other"


def test_the_year_on_year_rate_beside_a_quarter_code_stays_revenue_growth() -> None:
    rates = _rates(C.SEQUENTIAL_QUARTER_CODE_EXAMPLES[1])
    assert rates == {16.0: "revenue_growth", 4.0: "other"}


def test_a_sequential_opening_leaves_a_year_on_year_rate_as_growth() -> None:
    rates = _rates(C.SEQUENTIAL_OPENS_BESIDE_YEARLY_EXAMPLE)
    assert rates.get(4.0) == "other" and rates.get(12.0) == "revenue_growth"


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's revenue was $3 billion in the third quarter of 2026. "
        "Compared with the third quarter of 2025, Velorix's revenue rose 3.1%.",
        "Velorix's revenue was $3 billion in the third quarter of 2026, up 4% from $2.9 billion in the third "
        "quarter of 2025.",
        "Velorix's revenue was $3 billion in the third quarter of 2026, up 4% from $2.9 billion in the third "
        "quarter last year.",
        "Velorix's revenue was $3 billion in the third quarter of 2026, down 5% from $3.2 billion in the "
        "year-earlier quarter.",
        "Velorix's revenue was $3 billion in the September quarter, "
        "up 12% on the September quarter last year.",
        "Velorix's revenue was $3 billion in Q2 FY27, up 16% over Q2 FY26.",
    ],
)
def test_a_rate_against_the_same_quarter_a_year_before_is_revenue_growth(text: str) -> None:
    assert set(_rates(text).values()) == {"revenue_growth"}


def test_the_earlier_quarters_amount_after_a_sequential_opening_keeps_its_name() -> None:
    text = (
        "Velorix's net profit was $412 million in the third quarter of 2025. Compared with the previous "
        "quarter, net profit decreased by 6.8%, from $442.8 million in the second quarter of 2025."
    )
    rows = {(f.metric_name, f.value) for f in _facts(text)}
    assert ("profit", 442.8e6) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's revenue was $5 billion in the third quarter of 2025. Sequentially, second-quarter revenue "
        "of $3.62 billion was 1.7% higher than in the first quarter.",
        "Velorix's revenue was $5 billion in the third quarter of 2025. Quarter on quarter, revenue rose 2% "
        "to $3.62 billion.",
    ],
)
def test_an_amount_beside_a_sequential_rate_is_its_own_quarters_figure(text: str) -> None:
    rows = {f.value: f.metric_name for f in _facts(text)}
    assert rows[3.62e9] == "revenue" and "revenue_growth" not in rows.values()
