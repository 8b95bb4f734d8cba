"""A quarter's sales change compared with a quarter of another number, named with its year or its own
amount, is a sequential change, `other` (pipelines/extraction/metrics/sequential_rates.py); the same
quarter a year before keeps the growth. Companies and figures are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.sequential_rates import COMPARED_QUARTER_EXAMPLES, sequential_quarter_rates
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities


def _rate_names(text: str) -> tuple[list[str], list[str]]:
    """The percent facts' names as the sentence reader leaves them, and after the sequential rule."""
    mentions = [
        OrgMention("quill", "Quill Systems", "Quill Systems", m.start(), m.end())
        for m in re.finditer("Quill Systems", text)
    ]
    quantities = find_quantities(text)
    facts = find_metrics(text, mentions, date(2026, 11, 20), quantities)
    renamed = sequential_quarter_rates(text, facts, quantities)
    return (
        [f.metric_name for f in facts if f.unit == "percent"],
        [f.metric_name for f in renamed if f.unit == "percent"],
    )


@pytest.mark.parametrize("text", COMPARED_QUARTER_EXAMPLES, ids=lambda t: t[-50:])
def test_a_rate_against_another_numbered_quarter_is_other(text: str) -> None:
    _before, after = _rate_names(text)
    assert after == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Quill Systems reported revenue of EUR 128 million in the fourth quarter of 2025, "
        "6% more than the EUR 121 million of the fourth quarter of 2024.",
        "Quill Systems reported revenue of $90 million in the first quarter of fiscal 2027. "
        "Compared with the fiscal first quarter of 2026, total revenue rose 22%.",
        "Quill Systems reported revenue of A$203.1 million in the second half of FY2026, "
        "10.8% higher than the A$183.3 million recorded in the second half of FY2025.",
    ],
    ids=["same quarter amount", "same quarter opening", "same half amount"],
)
def test_a_rate_against_the_same_quarter_a_year_before_keeps_its_name(text: str) -> None:
    before, after = _rate_names(text)
    assert after == before
    assert after == ["revenue_growth"]
