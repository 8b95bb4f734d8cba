"""A comparison's base that names no measure of its own ("..., compared with $194 million in 2024") is the
earlier figure of the measure written last before it, not of the sentence's first measure."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.sentence import COMPARISON_BASE_OF_THE_LAST_FIGURE_EXAMPLES
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", COMPARISON_BASE_OF_THE_LAST_FIGURE_EXAMPLES)
def test_a_comparison_base_is_the_last_measure_before_it(text: str) -> None:
    rows = {(f.metric_name, f.value, f.period_label) for f in _facts(text)}
    base = next(r for r in rows if r[2] == "2024")
    assert base[0] == "profit"
    assert ("revenue", 1.4e9, "2025") in rows


def test_a_loss_compared_with_an_earlier_loss_stays_negative() -> None:
    rows = {(f.metric_name, f.value) for f in _facts(COMPARISON_BASE_OF_THE_LAST_FIGURE_EXAMPLES[1])}
    assert ("profit", -30e6) in rows


def test_a_restated_figure_is_not_the_compared_measure() -> None:
    from pipelines.extraction.metrics.sentence import RESTATED_FIGURE_EXAMPLE

    rows = {(f.metric_name, f.value) for f in _facts(RESTATED_FIGURE_EXAMPLE)}
    assert ("profit", 22.3e9) in rows
