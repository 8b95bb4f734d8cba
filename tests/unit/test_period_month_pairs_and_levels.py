"""A quarter or half named by two months alone ("July-September"), a caption so named dating the lines
below it, and a level staying undated after a paragraph that reported on a period."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from tests.unit.metric_rows import named_facts

_PUBLISHED = date(2025, 10, 27)


def _periods(text: str) -> dict[float, str | None]:
    return {round(f.value, 3): f.period_label for f in named_facts(text, ["Velorix"], _PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "grain", "closing_month"),
    [
        ("the group's headline numbers for July-September:", "quarter", 9),
        ("Revenue for Apr\u2013Jun rose 4%", "quarter", 6),
        ("sales for April-September were", "half", 9),
    ],
)
def test_two_months_joined_by_a_dash_name_a_quarter_or_half(
    text: str, grain: str, closing_month: int
) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.grain, mention.end_month, mention.explicit) == (grain, closing_month, False)


@pytest.mark.parametrize(
    "text",
    [
        "shipped in May-June",
        "sales in July and September fell",
        "Velorix's revenue rose from EUR 551 million in July-September last year",  # a comparison's
    ],
)
def test_two_months_that_span_no_quarter_or_half_name_no_period(text: str) -> None:
    assert [m for m in P.find_period_mentions(text) if m.end_month is not None] == []


def test_months_in_a_bracket_restate_the_part_just_named() -> None:
    (mention,) = P.find_period_mentions("In the first quarter of FY26 (April-June), revenue was Rs 52 crore")
    assert mention.fiscal and mention.index == 1


def test_a_caption_named_by_its_months_dates_the_lines_below_it() -> None:
    text = (
        "Velorix reported on Friday that profit fell as prices dropped. Its headline numbers for "
        "July-September:\n\n  * Revenue: NOK 49.4 billion (+3%)\n  * Free cash flow: NOK 2.2 billion\n"
    )
    periods = _periods(text)
    assert periods[49.4e9] == "Q3 2025"
    assert periods[2.2e9] == "Q3 2025"


def test_a_level_after_a_dated_paragraph_takes_no_period() -> None:
    text = (
        "Velorix reported revenue of $800 million for the third quarter of 2025.\n\n"
        "Velorix's CET1 ratio stood at 21.7%."
    )
    periods = _periods(text)
    assert periods[800e6] == "Q3 2025"
    assert periods[21.7] is None
