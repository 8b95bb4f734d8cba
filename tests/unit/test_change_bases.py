"""The period a change is measured from ("rose 2.4% from the second quarter") is not the change's period."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.dating import _BASE_BEFORE, BASE_CUES
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities


@pytest.mark.parametrize("example", [example for _, example in BASE_CUES])
def test_base_cues(example: str) -> None:
    mention = P.find_period_mentions(example)[0]
    assert _BASE_BEFORE.search(example, 0, mention.start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sequentially, Velorix revenue rose 2.4% from the second quarter.",
        "Compared with Q2/2025, Velorix net profit increased by 8.0%.",
    ],
)
def test_a_sequential_change_is_of_the_period_reported_on(sentence: str) -> None:
    text = f"Velorix reported revenue of $800 million for the third quarter of 2025. {sentence}"
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    facts = find_metrics(text, mentions, date(2025, 11, 4), find_quantities(text))
    changes = [f for f in facts if f.unit == "percent"]
    assert changes and all(f.period_label == "Q3 2025" for f in changes), changes
