"""A figure for one place of the gazetteer is `other`: a sentence opening with the place, or the place
written on the revenue noun; a year or a company opening the sentence is no place."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.places import (
    CURRENCY_NOT_PLACE_EXAMPLE,
    PLACE_ON_NOUN_EXAMPLES,
    PLACE_OPENING_EXAMPLES,
)
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", PLACE_OPENING_EXAMPLES + PLACE_ON_NOUN_EXAMPLES)
def test_a_places_figure_is_other(text: str) -> None:
    names = [f.metric_name for f in _facts(text)]
    assert names[0] == "revenue" and set(names[1:]) == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's revenue was $9 billion in 2025. In 2024, revenue was $8 billion.",
        "Velorix's revenue was $9 billion in 2025. In the third quarter, revenue was $2 billion.",
    ],
)
def test_a_period_opening_is_no_place(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} == {"revenue"}


def test_a_currency_adjective_after_the_noun_is_no_place() -> None:
    assert {f.metric_name for f in _facts(CURRENCY_NOT_PLACE_EXAMPLE)} == {"revenue", "revenue_growth"}
