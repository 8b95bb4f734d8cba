"""A percentage a subject makes up of a whole is a share (`other`) in every inflection of its verb; a
clause opening with a two-word kind of revenue ("End-user service revenue", "Data business revenue")
is a narrower scope (`other`)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.vocabulary import SHARE_VERB_EXAMPLES
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", SHARE_VERB_EXAMPLES)
def test_a_share_made_up_of_a_whole_is_other(text: str) -> None:
    rates = {f.value: f.metric_name for f in _facts(text) if f.unit == "percent"}
    assert rates[3.0] == "revenue_growth" and {v for k, v in rates.items() if k != 3.0} == {"other"}


@pytest.mark.parametrize("text", C.KIND_OF_GOODS_TWO_WORDS_EXAMPLES)
def test_a_two_word_kind_of_revenue_is_other(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's revenue was $9 billion in 2025. Total net revenue rose 5% in 2025.",
        "Velorix's revenue was $9 billion in 2025. Quarterly revenue was $2 billion.",
    ],
)
def test_words_that_size_the_whole_figure_do_not_narrow_it(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} <= {"revenue", "revenue_growth"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said fourth-quarter revenue was $177.6 million in 2025.",
        "Velorix's revenue rose in 2025. Second-half revenue was $2.97 billion.",
        "Velorix said Friday its revenue rose 19% to $1.9 billion in 2024.",
        "Velorix, the software maker, said first-quarter revenue grew 31% to $9.3 billion in 2025.",
    ],
)
def test_a_period_a_verb_or_a_day_before_revenue_names_no_kind(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} <= {"revenue", "revenue_growth"}


@pytest.mark.parametrize("text", C.SCOPE_WORDING_EXAMPLES)
def test_a_comparable_or_currency_adjusted_figure_is_other(text: str) -> None:
    rates = {f.value: f.metric_name for f in _facts(text)}
    assert rates.pop(8.0, rates.pop(6.0, None)) == "revenue_growth"
    assert set(rates.values()) == {"other"}

