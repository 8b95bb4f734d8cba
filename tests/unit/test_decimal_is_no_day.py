"""A decimal's digits after the point are no day of a date: "10.6" ending a table row before the next
row's "September 30, 2025" stays a figure, while a wrapped "31\\nMarch 2025" stays a date."""

from __future__ import annotations

from pipelines.extraction.quantities import find_quantities


def test_a_decimal_before_a_month_on_the_next_line_is_a_figure() -> None:
    text = "September 30, 2026   3,322     10.6\nSeptember 30, 2025   3,004      5.2"
    assert [q.text for q in find_quantities(text)] == ["3,322", "10.6", "3,004", "5.2"]


def test_a_day_wrapped_before_its_month_is_still_a_date() -> None:
    text = "revenue of 5 million for the year to 31\nMarch 2025, up 3% on the year"
    assert [q.text for q in find_quantities(text)] == ["5 million", "3%"]
