"""Figures of tables and label lines the readers used to pass over: rows of bare negatives, a day after
a label, a bulleted long label, a bracket saying whose year its figure is."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import find_quantities


def _rows(text: str) -> list[tuple[str, float, str | None]]:
    found = L.read_lines(text, find_quantities(text))
    return [(f.name, round(f.value), f.period.text if f.period else None) for f in found]


@pytest.mark.parametrize("not_meaningful", L.NOT_MEANINGFUL_EXAMPLES)
def test_a_row_of_negatives_with_its_change_not_meaningful_is_read_under_the_period_header(
    not_meaningful: str,
) -> None:
    table = (
        "In EUR million | H1 2025 | H1 2024 | Change\n"
        "Sales | 17.1 | 15.6 | +9.6%\n"
        f"EBITDA | -1.2 | -2.8 | {not_meaningful}\n"
        "Free cash flow | 3.0 | 2.0 | +50%\n"
    )
    rows = _rows(table)
    assert ("other", -1_200_000, "H1 2025") in rows
    assert ("other", -2_800_000, "H1 2024") in rows
    # the table goes on under its period header after the row
    assert ("other", 3_000_000, "H1 2025") in rows


def test_a_row_of_negatives_alone_does_not_become_a_header_of_measures() -> None:
    table = (
        "In EUR million | FY2025 | FY2024\nSales | 40.1 | 38.0\nEBITDA | -1.5 | -0.7\nNet debt | 5.0 | 6.0\n"
    )
    rows = _rows(table)
    assert ("other", -1_500_000, "FY2025") in rows
    assert ("other", 5_000_000, "FY2025") in rows


# ---------------------------------------------------------------------------------------------
# Label lines: a day after the label, a bulleted long label, a bracket saying whose year it is
# ---------------------------------------------------------------------------------------------


def _line_figures(text: str) -> list[tuple[str, float, bool]]:
    return [(f.name, round(f.value, 1), f.year_earlier) for f in L.read_lines(text, find_quantities(text))]


@pytest.mark.parametrize(("label", "bare"), L.DAY_TAIL_EXAMPLES)
def test_the_day_a_label_stands_on_does_not_count_as_label_words(label: str, bare: str) -> None:
    assert L._DAY_TAIL.sub("", label) == bare
    figures = _line_figures(f"{label}: EUR 26.9 million\n")
    assert [(value, earlier) for _, value, earlier in figures] == [(26_900_000.0, False)]


def test_an_unmarked_long_label_with_a_colon_stays_a_sentence() -> None:
    assert _line_figures("The company said in a statement to investors on Monday: EUR 3 million\n") == []


@pytest.mark.parametrize(("line", "value", "earlier"), L.BULLET_LABEL_EXAMPLES)
def test_a_bulleted_label_may_be_longer_than_an_unmarked_one(line: str, value: float, earlier: float) -> None:
    figures = _line_figures(line + "\n")
    assert (value, False) in [(v, e) for _, v, e in figures]
    assert (earlier, True) in [(v, e) for _, v, e in figures]
    # the same label unmarked is too long to be a label
    assert _line_figures(line[2:] + "\n") == []


@pytest.mark.parametrize(("line", "earlier"), L.YEAR_EARLIER_BRACKET_EXAMPLES)
def test_a_bracket_saying_whose_year_its_figure_is_holds_the_year_earlier_figure(
    line: str, earlier: float
) -> None:
    assert (round(earlier, 1), True) in [(v, e) for _, v, e in _line_figures(f"- {line}\n")]


def test_a_net_result_row_is_the_net_profit() -> None:
    table = (
        "In EUR million | H1 2025 | H1 2024 | Change\nRevenue | 17.1 | 15.6 | +9.6%\n"
        "Net result | -2.6 | -4.1 | n.m.\n"
    )
    assert ("profit", -2_600_000, "H1 2025") in _rows(table)


# ---------------------------------------------------------------------------------------------
# Tables: a cumulative column beside dated ones, rows whose plural names money
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cumulative", L.CUMULATIVE_COLUMN_EXAMPLES)
def test_a_cumulative_column_beside_dated_ones_is_read_undated(cumulative: str) -> None:
    table = (
        "Key figures (EUR in billion)\n"
        f"                    Q3 2025    Q3 2024    {cumulative}\n"
        "Gross premium          38.9       35.6      104.2\n"
    )
    rows = _rows(table)
    assert ("other", 38_900_000_000, "Q3 2025") in rows or ("revenue", 38_900_000_000, "Q3 2025") in rows
    assert 104_200_000_000 in [value for _, value, _ in rows]


@pytest.mark.parametrize("label", L.AMOUNT_PLURAL_ROW_EXAMPLES)
def test_a_row_whose_plural_names_money_is_an_amount(label: str) -> None:
    table = (
        f"(in thousands of USD) | FY2025 | FY2024\nRevenue | 1,061,200 | 861,600\n{label} | 51,955 | 44,961\n"
    )
    assert ("other", 51_955_000, "FY2025") in _rows(table)


def test_a_row_of_things_counted_stays_no_amount() -> None:
    table = "(in thousands of USD) | FY2025 | FY2024\nRevenue | 1,061,200 | 861,600\nBranches | 120 | 110\n"
    assert 120_000 not in [value for _, value, _ in _rows(table)]


def test_a_change_in_points_written_p_p_is_the_ratio_change() -> None:
    assert ("other", 0.8, False) in _line_figures("- Gross margin: 61.0% (+0.8 p.p.)\n")


def test_a_money_cell_of_thousands_set_apart_by_a_space_is_one_number() -> None:
    table = "(ZAR million) | FY2025 | FY2024 | Change\nPresent value of new premiums | 66 480 | 61 950 | 7%\n"
    assert ("other", 66_480_000_000, "FY2025") in _rows(table)


# ---------------------------------------------------------------------------------------------
# Count lines: a threshold's amount inside the label, the earlier count in a bracket
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "count", "earlier"),
    [
        ("- Customers with ARR above $1 million: 87 (72 a year earlier)", 87.0, 72.0),
        ("- Clients with ARR of €250,000 or more: 872 (a year earlier: 731)", 872.0, 731.0),
        ("- Employees: 548 (532)", 548.0, 532.0),
    ],
)
def test_a_count_line_keeps_its_threshold_label_and_its_earlier_count(
    line: str, count: float, earlier: float
) -> None:
    values = [value for _, value, _ in _line_figures(line + "\n")]
    assert count in values
    assert earlier in values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Customers with ARR above $1 million: 87", "other"),
        ("- Clients with annual spend of €100k or more: 240", "other"),
        ("- Active customers: 3.4 million", "customers"),
    ],
)
def test_a_count_of_customers_above_a_threshold_is_a_narrower_count(line: str, name: str) -> None:
    assert [n for n, _, _ in _line_figures(line + "\n")] == [name]


@pytest.mark.parametrize(("label", "name"), L.DATED_LABEL_EXAMPLES)
def test_the_period_a_label_names_does_not_narrow_its_measure(label: str, name: str) -> None:
    assert L.name_from_label(label) == name


@pytest.mark.parametrize("label", ["Revenue in China", "Net sales in Europe in 2025"])
def test_a_place_in_a_dated_label_still_narrows_its_measure(label: str) -> None:
    assert L.name_from_label(label) == "other"
