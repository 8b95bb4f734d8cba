"""A comparison period opening a sentence dates its figures a year before the period reported on
(GOLD_SCHEMA Conventions: a comparison figure is a metric of the earlier period), after the measure it
dates too, and when it opens a paragraph of its own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities

_LEAD = "Velorix reported third-quarter revenue of $610 million, up 8%, and net income of $40 million."


def _periods(text: str) -> dict[float, str | None]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    facts = find_metrics(text, mentions, date(2025, 11, 6), find_quantities(text))
    return {f.value: f.period_label for f in facts}


@pytest.mark.parametrize(
    "follower",
    [
        "Revenue a year earlier was $563 million and net income $31.9 million.",
        "A year earlier the company had booked revenue of $563 million and net income of $31.9 million.",
    ],
)
def test_a_comparison_period_opening_a_paragraph_dates_its_figures_a_year_earlier(follower: str) -> None:
    periods = _periods(f"{_LEAD}\n\n{follower}")
    assert periods[610e6] == "Q3 2025"
    assert (periods[563e6], periods[31.9e6]) == ("Q3 2024", "Q3 2024")


def test_a_period_named_after_the_comparison_dates_the_figure() -> None:
    # the period the sentence names wins over the year-earlier copy of the one reported on (Q3 2024)
    follower = "Revenue in the year-earlier quarter, the second quarter of 2024, was $563 million."
    periods = _periods(f"{_LEAD}\n\n{follower}")
    assert periods[563e6] == "Q2 2024"


def test_a_change_from_a_year_earlier_keeps_the_period_reported_on() -> None:
    periods = _periods(
        f"{_LEAD}\n\nUp 8% from a year earlier, revenue was helped by cloud sales of $50 million."
    )
    assert periods[50e6] == "Q3 2025"
