"""Label lines of an amount the cue tables do not name ("Gross invoiced income: GBP 3.62 billion") and
figures after a "c." qualifier are read; other unknown labels stay to the prose reader."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import find_quantities


def line_figures(line: str) -> list[tuple[str, float]]:
    text = "Results\n\n" + line + "\n"
    return [(f.name, f.value) for f in L.read_lines(text, find_quantities(text)) if f.unit != "percent"]


@pytest.mark.parametrize("line", L.AMOUNT_LABEL_EXAMPLES)
def test_a_label_line_of_an_amount_is_read(line: str) -> None:
    figures = line_figures(line)
    assert len(figures) == 1 and figures[0][0] in ("other", "revenue")


@pytest.mark.parametrize(
    "line", ["Yield: Rs 4.60 per km (+1.8% YoY)", "International: P29.1 billion (+11.7%)"]
)
def test_a_label_naming_no_amount_is_left_to_the_prose_reader(line: str) -> None:
    assert line_figures(line) == []
