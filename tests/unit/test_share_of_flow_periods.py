"""A share of a flow after "now" ("now accounts for about a third of group revenue") is the share in the
period the paragraph reports on, not a level today: it keeps the paragraph's period."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.dating import SHARE_OF_FLOW_CUES, share_of_flow
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str):
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, date(2025, 11, 4), find_quantities(text))


@pytest.mark.parametrize(("cue", "example"), SHARE_OF_FLOW_CUES)
def test_each_share_of_flow_cue_reads_its_example(cue: str, example: str) -> None:
    assert re.search(cue, example, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("about a third of group revenue", len("about a third"), True),
        ("40% of the total", len("40%"), True),
        ("40% of the company", len("40%"), False),
        ("1.6 million users", len("1.6 million"), False),
    ],
)
def test_share_of_flow(text: str, end: int, expected: bool) -> None:
    assert share_of_flow(text, end) is expected


@pytest.mark.parametrize("share", [example for _, example in SHARE_OF_FLOW_CUES])
def test_a_share_after_now_keeps_the_paragraphs_period(share: str) -> None:
    text = f"Velorix reported revenue of $800 million for the third quarter of 2025. {share}."
    periods = {round(f.value, 1): f.period_label for f in _facts(text)}
    assert periods.get(800_000_000) == "Q3 2025"
    share_value = 33.3 if "third" in share else 40
    assert periods.get(share_value, "absent") == "Q3 2025"
