"""A loose multiple ("more than doubled", "tripled") is revenue growth only when revenue (or the company)
is what it multiplied: a possessive object that is another measure ("doubled its net profit") or an
earlier count ("more than double the 560 it delivered") makes it that measure's change, `other`
(cues.LOOSE_MULTIPLE_OF_ANOTHER). Companies and figures are invented."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _loose_rates(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    facts = find_metrics(text, mentions, None, find_quantities(text))
    return [f for f in facts if f.unit == "percent" and f.value == 100.0]


@pytest.mark.parametrize("cue", C.LOOSE_MULTIPLE_OF_ANOTHER, ids=lambda c: c.example[:40])
def test_a_loose_multiple_of_another_measure_is_other(cue: C.NameCue) -> None:
    rates = _loose_rates(cue.example)
    assert rates and {f.metric_name for f in rates} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix more than doubled its revenue in 2024.",
        "Velorix said revenue more than doubled in 2024.",
    ],
)
def test_a_loose_multiple_of_revenue_stays_revenue_growth(text: str) -> None:
    rates = _loose_rates(text)
    assert rates and {f.metric_name for f in rates} == {"revenue_growth"}
