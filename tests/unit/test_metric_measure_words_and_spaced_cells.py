"""Figures read with the wrong value or as `other` (values19), one section per cause:

- a label's bracketed acronym that spells its measure ("Net profit after tax (NPAT)") is no modifier;
- measures the cue tables did not name: NPAT, the European "result after tax" / "operating result",
  a Japanese bank's "ordinary income" and an insurer's "insurance revenue" (top lines), a Japanese
  "ordinary profit" (a measure of its own, `other`);
- a table cell with thousands set apart by spaces and a decimal part ("15 462.3") is one number;
- a bracketed scale line under a table's header ("($ millions, except per share)") scales its rows.

Company names are invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.lines import (
    OWN_ACRONYM_EXAMPLES,
    OWNERS_SHARE_EXAMPLES,
    SCALE_ROW_UNDER_HEADER_EXAMPLE,
    name_from_label,
)
from tests.unit.metric_rows import velorix_rows

# ---------------------------------------------------------------------------------------------
# A bracketed acronym spelling the measure's initials names the measure again


@pytest.mark.parametrize(("label", "name"), OWN_ACRONYM_EXAMPLES)
def test_a_measure_s_own_acronym_is_no_modifier(label: str, name: str) -> None:
    assert name_from_label(label) == name


@pytest.mark.parametrize(("label", "name"), OWNERS_SHARE_EXAMPLES)
def test_the_owners_share_of_a_profit_is_the_company_s_profit(label: str, name: str) -> None:
    assert name_from_label(label) == name


def test_an_acronym_that_spells_another_thing_still_narrows_the_measure() -> None:
    assert name_from_label("Revenue (EMEA)") == "other"  # a region, not the revenue's initials


def test_a_label_line_with_the_measure_s_acronym_names_its_figure_and_growth() -> None:
    text = (
        "Velorix, an insurer, reported its 2024 results.\n\nGross written premium (GWP): A$15.1bn (+7.3%)\n"
    )
    assert velorix_rows(text) == {("revenue", 15.1e9, "AUD"), ("revenue_growth", 7.3, "percent")}


# ---------------------------------------------------------------------------------------------
# Measures the cue tables name


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Velorix said statutory NPAT was $128.7 million in 2024.", ("profit", 128.7e6, "USD")),
        ("Velorix said its result after tax was SEK 391 (301) million in 2024.", ("profit", 391e6, "SEK")),
        ("Velorix said its operating result was EUR 31 million in 2024.", ("profit", 31e6, "EUR")),
        (
            "Velorix Bank said ordinary income was 402.1 billion yen in fiscal 2024.",
            ("revenue", 402.1e9, "JPY"),
        ),
        ("Velorix said ordinary profit was 9.6 billion yen in fiscal 2024.", ("other", 9.6e9, "JPY")),
    ],
)
def test_a_measure_word_names_its_figure(text: str, row: tuple[str, float, str]) -> None:
    assert row in velorix_rows(text)


def test_an_insurer_s_insurance_revenue_line_is_its_revenue() -> None:
    text = "Velorix reported its 2024 results.\n\nInsurance revenue: NOK 10,123 million\n"
    assert velorix_rows(text) == {("revenue", 10123e6, "NOK")}


# ---------------------------------------------------------------------------------------------
# A table cell grouped by spaces, with decimals, is one number


def test_a_table_cell_with_spaced_thousands_and_decimals_is_one_number() -> None:
    text = (
        "Velorix reported its results for the year ended 30 June 2025.\n\n"
        "R million | Year ended 30 June 2025 | Year ended 30 June 2024\n"
        "Revenue | 15 462.3 | 14 896.1\n"
    )
    rows = velorix_rows(text)
    assert ("revenue", 15462.3e6, "ZAR") in rows and ("revenue", 14896.1e6, "ZAR") in rows


# ---------------------------------------------------------------------------------------------
# A bracketed scale line under a table's header gives the rows their scale, the table goes on


def test_a_scale_line_under_the_header_scales_the_rows() -> None:
    rows = velorix_rows(SCALE_ROW_UNDER_HEADER_EXAMPLE)
    assert ("revenue", 1676.4e6, "USD") in rows and ("revenue", 1614.1e6, "USD") in rows
