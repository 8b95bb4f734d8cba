"""Levels on a day (backlog, net debt, cash, leverage, headcount, ...) take a period only from their own
clause, never from the paragraph's or the article's."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.dating import LEVEL_AFTER_CUES, LEVEL_CUES, level_measured
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities

_FIGURE = re.compile(r"\$?\d[\d,.]*(?:\s?(?:billion|million|%|x|per\s+cent))?")


def _figure(text: str) -> tuple[int, int]:
    found = _FIGURE.search(text)
    assert found is not None
    return found.start(), found.end()


@pytest.mark.parametrize("example", [example for _, example in LEVEL_CUES + LEVEL_AFTER_CUES])
def test_level_cues(example: str) -> None:
    start, end = _figure(example)
    assert level_measured(example, 0, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "free cash flow of $21.8 million",
        "revenue rose 8% to $3 billion",
        "opened 20 new outlets",
        "an interim dividend of $0.60 per share",
    ],
)
def test_flows_are_no_levels(text: str) -> None:
    start, end = _figure(text)
    assert not level_measured(text, 0, start, end)


def test_a_level_in_a_dated_paragraph_has_no_period() -> None:
    text = (
        "Velorix reported revenue of $800 million for the third quarter of 2025. "
        "Its order backlog stood at a record $2.4 billion."
    )
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    facts = find_metrics(text, mentions, date(2025, 11, 4), find_quantities(text))
    periods = {round(f.value): f.period_label for f in facts}
    assert periods.get(800_000_000) == "Q3 2025"
    assert periods.get(2_400_000_000, "absent") is None
