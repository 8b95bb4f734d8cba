"""A list's heading that states the day its figures are taken on ("Key figures (as of 30 June 2026):")
dates the levels listed under it by that day: no period, unless a line names its own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.dating import heading_states_a_day
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities

_DAY_HEADED = (
    "Velorix Bank reported net profit of $90 million for the first half of 2026.\n\n"
    "Key figures of Velorix Bank (as of 30 June 2026):\n"
    "- Total deposits: $3.4 billion (+6.1% yoy)\n"
    "- Net profit, first half 2026: $21.6 million\n"
    "- Customers: 232,000\n"
)


@pytest.mark.parametrize(
    ("figure", "dated_by_heading"),
    [("$3.4 billion", True), ("232,000", True), ("$21.6 million", False), ("$90 million", False)],
)
def test_heading_states_a_day(figure: str, dated_by_heading: bool) -> None:
    assert heading_states_a_day(_DAY_HEADED, _DAY_HEADED.index(figure)) is dated_by_heading


@pytest.mark.parametrize(
    "heading",
    ["Key figures (first half 2026):", "Highlights for the quarter ended 30 June 2026:", "Key figures"],
)
def test_a_heading_naming_a_period_or_no_colon_dates_nothing(heading: str) -> None:
    text = f"{heading}\n- Total deposits: $3.4 billion\n"
    assert not heading_states_a_day(text, text.index("$3.4"))


def test_a_prose_line_under_a_day_heading_is_not_dated_by_it() -> None:
    text = "Balance sheet (as at 31 March 2026):\n\nThe bank grew deposits to $3.4 billion this year.\n"
    assert not heading_states_a_day(text, text.index("$3.4"))


def test_levels_under_a_day_heading_take_no_period() -> None:
    mentions = [
        OrgMention("velorix bank", "Velorix Bank", "Velorix Bank", m.start(), m.end())
        for m in re.finditer("Velorix Bank", _DAY_HEADED)
    ]
    facts = find_metrics(_DAY_HEADED, mentions, date(2026, 7, 30), find_quantities(_DAY_HEADED))
    periods = {round(f.value): f.period_label for f in facts}
    assert periods.get(3_400_000_000, "absent") is None
    assert periods.get(21_600_000) == "H1 2026"
