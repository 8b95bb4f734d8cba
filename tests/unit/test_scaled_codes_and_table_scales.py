"""Figures no quantity span held (recall27), one section per cause:

- a scale letter glued to an ISO code ("MSEK 41,062", "850 TSEK", a table's "(MSEK)") is the amount's
  scale and currency;
- a table row whose label states its own currency ("Gross rents (EUR million)") is an amount whatever
  its head noun;
- a row of per-column scales under a period header ("(Rs mn)   (Rs mn)") scales the rows below it.

Company names are invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import (
    SCALED_CODE_EXAMPLES,
    TABLE_CAPTION_EXAMPLES,
    find_quantities,
    table_scale,
)
from tests.unit.metric_rows import velorix_rows

# ---------------------------------------------------------------------------------------------
# A scale letter glued to an ISO code


@pytest.mark.parametrize(("text", "value", "currency"), SCALED_CODE_EXAMPLES)
def test_a_scale_letter_glued_to_a_currency_code_scales_the_amount(
    text: str, value: float, currency: str
) -> None:
    money = [(q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]
    assert money == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("text", ["Meur and Msek are no units.", "The MSEK index rose.", "MSEKS 12"])
def test_a_scaled_code_without_an_amount_or_in_another_case_is_no_money(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == "money"] == []


@pytest.mark.parametrize(("caption", "scale"), TABLE_CAPTION_EXAMPLES)
def test_a_table_caption_states_its_scale(caption: str, scale: tuple[str, float]) -> None:
    assert table_scale(caption) == scale


def test_a_table_in_a_scaled_code_reads_its_rows_as_money() -> None:
    text = (
        "Velorix reported its third quarter.\n\n"
        "Group figures              Q3 2026    Q3 2025\n"
        "Revenues (MSEK)             40,318     41,147\n"
    )
    assert ("revenue", 40_318e6, "SEK") in velorix_rows(text)


# ---------------------------------------------------------------------------------------------
# A row label that states its own currency is an amount


@pytest.mark.parametrize("label", L.OWN_CURRENCY_ROW_EXAMPLES)
def test_a_row_stating_its_own_currency_is_an_amount(label: str) -> None:
    assert L._other_measure(label)


@pytest.mark.parametrize("label", ["Passengers (million)", "Stores (number)", "Employees (thousands)"])
def test_a_row_of_things_counted_with_its_scale_stays_no_amount(label: str) -> None:
    assert not L._other_measure(label)


# ---------------------------------------------------------------------------------------------
# A row of per-column scales under the header


def test_a_row_of_column_scales_under_the_header_scales_the_rows() -> None:
    rows = velorix_rows(L.SCALE_CELLS_UNDER_HEADER_EXAMPLE)
    assert ("revenue", 9482e6, "EUR") in rows and ("revenue", 9964e6, "EUR") in rows


def test_a_row_of_different_scales_is_no_scale_row() -> None:
    text = L.SCALE_CELLS_UNDER_HEADER_EXAMPLE.replace("(EUR m)     (EUR m)", "(EUR m)     (%)")
    assert ("revenue", 9482e6, "EUR") not in velorix_rows(text)
