"""List lines under a caption naming no period take the part of a year the prose above reports on; a
year named after its part ("H1 FY26 ... financial year ends on 31 March 2026") leaves them the part's; a
"first quarterly" profit names no quarter."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from tests.unit.metric_rows import named_facts

_PUBLISHED = date(2026, 11, 12)


def _periods(text: str) -> dict[float, str | None]:
    return {round(f.value, 3): f.period_label for f in named_facts(text, ["Velorix"], _PUBLISHED)}


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        ("Velorix said on Wednesday its net profit rose 58% in the third quarter.", "Q3 2026"),
        ("Velorix said on Wednesday that its second-half profit rose 58%.", "H2 2025"),
        ("Velorix said on Wednesday that its July-September profit rose 58%.", "Q3 2026"),
    ],
)
def test_list_lines_take_the_part_the_prose_above_reports_on(lead: str, label: str) -> None:
    caption = "The company published the following headline figures:"
    text = f"{lead}\n\n{caption}\n\n- Revenue: 3.94 billion lira (+52%)\n"
    periods = _periods(text)
    assert periods[3.94e9] == label
    assert periods[52] == label


def test_the_lead_part_wins_over_a_later_comparison_base() -> None:
    text = (
        "Velorix said its operating profit rose 36% in the third quarter.\n\n"
        "Revenue also rose 11% from the second quarter, when it booked 927 billion won.\n\n"
        "Quarterly highlights:\n- Revenue: 1.03 trillion won (+18.9% y/y)\n"
    )
    assert _periods(text)[1.03e12] == "Q3 2026"


def test_a_line_naming_its_own_span_takes_no_part_from_the_prose() -> None:
    text = (
        "Velorix said its operating profit rose 36% in the third quarter.\n\n"
        "Highlights:\n- Nine-month revenue: 2.88 trillion won (+22.4% y/y)\n"
    )
    assert _periods(text)[2.88e12] is None


def test_a_year_named_after_its_part_leaves_the_lines_the_parts() -> None:
    text = (
        'Velorix announces its interim results for the six months ended 30 September 2025 ("H1 FY26"). '
        "The Group's financial year ends on 31 March 2026.\n\n"
        "Financial highlights\n\n- Revenue: GBP 71.8 million (H1 FY25: GBP 76.4 million, down 6.0%)\n"
    )
    assert _periods(text)[71.8e6] == "FY2026 H1"


@pytest.mark.parametrize(
    "text", ["Velorix posted its first quarterly operating profit since 2022", "the third quarterly dividend"]
)
def test_a_quarterly_adjective_names_no_quarter(text: str) -> None:
    assert [m for m in P.find_period_mentions(text) if m.grain == "quarter"] == []


@pytest.mark.parametrize(
    ("text", "grain", "year", "index"),
    [
        ("The first quarter of the 2026/27 financial year covers July to September 2026", "quarter", 2027, 1),
        ("SECOND QUARTER OF THE 2025/26 FINANCIAL YEAR (1 AUGUST - 31 OCTOBER 2025)", "quarter", 2026, 2),
        ("Velorix's sales in the first half of the 2025-26 fiscal year", "half", 2026, 1),
    ],
)
def test_a_part_of_the_split_year_named_after_it_is_that_years(
    text: str, grain: str, year: int, index: int
) -> None:
    first = P.find_period_mentions(text)[0]
    assert (first.grain, first.fiscal, first.year, first.index) == (grain, True, year, index)


def test_a_last_part_then_its_full_year_leaves_the_lines_the_years() -> None:
    text = (
        "Velorix said its net profit for the January-March quarter (Q4 FY25) fell 19%.\n\n"
        "For the full financial year ended March 31, 2025, the company reported:\n\n"
        "- Revenue from operations: Rs 52,041 crore (up 8.4%)\n"
    )
    label = _periods(text)[52041e7]
    assert label is not None and label.startswith("FY") and "Q" not in label


def test_the_change_of_a_counted_level_takes_no_part_from_the_prose() -> None:
    text = (
        "Velorix said its net profit rose 58% in the third quarter.\n\n"
        "Highlights:\nMobile subscribers: 13.1 million (+2.3%)\n"
    )
    assert _periods(text)[2.3] is None
