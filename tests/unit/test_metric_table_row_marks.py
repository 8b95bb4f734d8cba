"""A table row's own currency mark shared by several countries ("(Rs bn)", "EPS (Rs)") is the article's."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import find_quantities

_TABLE = (
    "{lead}\n\n"
    "                                Q3 2025   Q2 2025   Q3 2024\n"
    "Net interest income (Rs bn)        71.4      69.8      68.2\n"
    "EPS (Rs)                          12.61     11.66     10.92\n"
)


@pytest.mark.parametrize(
    ("lead", "currency"),
    [
        ("Karachi-based Velorix Bank reported its results on Tuesday.", "PKR"),
        ("Mumbai-based Velorix Bank reported its results on Tuesday.", "INR"),
        ("Velorix Bank reported its results on Tuesday.", "INR"),
    ],
)
def test_row_mark_is_the_articles_rupee(lead: str, currency: str) -> None:
    text = _TABLE.format(lead=lead)
    figures = L.read_lines(text, find_quantities(text))
    assert {(f.value, f.unit) for f in figures} >= {(71.4e9, currency), (12.61, currency)}
