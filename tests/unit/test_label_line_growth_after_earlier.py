"""A label line's growth written after the earlier figure bracketed after its value ("Revenue: EUR 63.9
million (EUR 62.8 million), +1.8%") is the growth of the line's measure."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.lines import GROWTH_AFTER_EARLIER_EXAMPLES
from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize(("line", "growth"), GROWTH_AFTER_EARLIER_EXAMPLES)
def test_a_growth_after_the_bracketed_earlier_figure_is_the_lines_growth(line: str, growth: float) -> None:
    text = f"Velorix reported its results for the third quarter of 2025.\n\n{line}\n"
    assert ("revenue_growth", growth, "percent") in velorix_rows(text)


def test_a_margin_after_the_bracketed_earlier_figure_is_no_growth() -> None:
    text = "Velorix reported its results for 2025.\n\nRevenue: $5.2 million ($4.8 million), margin 12.0%\n"
    assert not any(name == "revenue_growth" for name, _, _ in velorix_rows(text))
