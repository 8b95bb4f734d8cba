"""A count is named by its own head noun (schema's `customers` / `users`): label lines "Customer base",
"Active borrowers", "Monthly transacting users (MTUs)", and prose "338,000 home connections",
"46 million account holders", "50.1 million subscriptions"."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.lines import COUNT_HEAD_EXAMPLES
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize(("line", "name"), COUNT_HEAD_EXAMPLES)
def test_label_line_count_named_by_head_noun(line: str, name: str) -> None:
    text = f"Velorix reported its 2025 results.\n\n- {line}\n"
    counts = {f.metric_name for f in _facts(text) if f.unit == "count"}
    assert counts == {name}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Velorix added fibre lines in 2025 to reach 338,000 home connections.", "customers"),
        ("Velorix counted 46 million account holders at 30 June 2025.", "customers"),
        ("Velorix had about 9 million policyholders at the end of 2025.", "customers"),
        ("Velorix had 574,000 active borrowers at the end of 2025.", "customers"),
        ("Velorix ended 2025 with 50.1 million subscriptions.", "users"),
    ],
)
def test_prose_count_named_by_noun_after_it(sentence: str, name: str) -> None:
    counts = {f.metric_name for f in _facts(sentence) if f.unit == "count"}
    assert counts == {name}
