"""An adjusted profit ("adjusted net income", "Adjusted net profit:" on a label line) is the company's own
measure, `other`; an adjusted loss is a negative `other`; the reported profit beside it stays `profit`."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Velorix reported adjusted net income of $612 million in 2023.",
        "Velorix said adjusted operating profit rose to $46.8 million in 2023.",
        "Velorix reported 2025 results.\n\n- Adjusted net profit: EUR 9.9 million\n",
    ],
)
def test_an_adjusted_profit_is_other(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} == {"other"}


def test_an_adjusted_loss_is_a_negative_other() -> None:
    text = "Velorix reported an adjusted net loss of $20 million in 2023."
    rows = [(f.metric_name, f.value) for f in _facts(text)]
    assert rows == [("other", -20e6)]


def test_the_reported_profit_stays_profit() -> None:
    text = (
        "Velorix reported 2025 results.\n\n"
        "- Adjusted net profit: EUR 9.9 million\n- Net profit: EUR 7.2 million\n"
    )
    assert {(f.metric_name, f.value) for f in _facts(text)} == {("other", 9.9e6), ("profit", 7.2e6)}
