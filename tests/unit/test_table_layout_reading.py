"""Tables the line reader reads by their layout: thousands written as "'000" in the corner, headers naming a
span and its closing day without "ended", per-share rows in a currency's hundredth, a bare "$" row under
no caption, nil rows, tables of the company's parts (by division, by segment) and narrowed change columns."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import find_quantities, table_scale


def read(text: str) -> list[L.LineFigure]:
    return L.read_lines(text, find_quantities(text))


@pytest.mark.parametrize(
    ("caption", "stated"),
    [
        ("(RM'000) | Current quarter | Preceding quarter", ("MYR", 1e3)),
        ("RMB'000 | 2025 | 2024", ("CNY", 1e3)),
        ("HK$’000 | 2025 | 2024", ("HKD", 1e3)),
    ],
)
def test_thousands_written_as_zeros_after_an_apostrophe(caption: str, stated: tuple[str, float]) -> None:
    assert table_scale(caption) == stated


@pytest.mark.parametrize(("cell", "phrase"), L.SPAN_DAY_EXAMPLES)
def test_a_header_cell_naming_a_span_and_its_day_without_ended(cell: str, phrase: str) -> None:
    found = L._span_day_period(cell, 7)
    expected = L._own_period(phrase, 0)
    assert found is not None and expected is not None
    assert (found.grain, found.end_day, found.start) == (expected.grain, expected.end_day, 7)


MALAYSIAN_TABLE = (
    "(RM'000) | Current Year Quarter 30 Jun 2025 | Preceding Year Corresponding Quarter 30 Jun 2024\n"
    "Revenue | 612,884 | 571,306\n"
    "Basic earnings per share (Subunit) | 12.30 | 11.17\n"
    "Proposed dividend per share (Subunit) | 0.00 | 0.00\n"
)


def test_a_table_dated_by_span_and_day_in_thousands_with_subunit_and_nil_rows() -> None:
    figures = {
        (f.name, round(f.value, 4), f.unit, f.period.end_day.isoformat()) for f in read(MALAYSIAN_TABLE)
    }
    assert ("revenue", 612884000.0, "MYR", "2025-06-30") in figures
    assert ("revenue", 571306000.0, "MYR", "2024-06-30") in figures
    assert ("other", 0.123, "MYR", "2025-06-30") in figures  # 12.30 sen
    assert not any(value == 0 for _, value, _, _ in figures)  # nothing declared is no figure


@pytest.mark.parametrize(
    ("label", "table", "dollar", "unit"),
    [
        ("Revenue ($m)", None, "AUD", ("AUD", 1e6)),  # a bare "$" under no caption: the article's dollar
        ("Underlying EPS (cents)", None, "AUD", ("AUD", 0.01)),
        ("Basic EPS (sen)", ("MYR", 1e3), "USD", ("MYR", 0.01)),  # the table currency's hundredth
        ("EPS ($)", ("AUD", 1e6), "USD", ("AUD", 1.0)),
    ],
)
def test_a_row_label_unit_reads_the_article_and_table_currency(label, table, dollar, unit) -> None:
    assert L._row_unit(label, table, None, dollar) == unit


PARTS_TABLE = (
    "Revenue by division\n\n"
    "Division (EUR million) | Q3 2025 | Q3 2024 | FX-adjusted growth\n"
    "E-Mobility | 1,041 | 1,038 | +3.1%\n"
    "Vehicle Lifetime Solutions | 684 | 656 | +7.6%\n"
    "Total | 1,725 | 1,694 | +4.2%\n"
)


def test_rows_of_a_table_of_parts_are_the_parts_figures_of_the_caption_measure() -> None:
    figures = read(PARTS_TABLE)
    by_label = {}
    for figure in figures:
        by_label.setdefault(figure.label or "Total", []).append(figure)
    mobility = by_label["E-Mobility"]
    assert {(f.name, f.value) for f in mobility} >= {("revenue", 1041e6), ("revenue", 1038e6)}
    assert all(f.unit_row and not f.needs_owner for f in mobility)
    # A label that reads like a count ("... Solutions") is kept only if it names an organization.
    assert all(f.needs_owner for f in by_label["Vehicle Lifetime Solutions"])
    # The total row is the whole company's measure, no part.
    total = [f for f in figures if f.value == 1725e6]
    assert total and not total[0].unit_row and total[0].name == "revenue"


def test_a_change_column_with_currency_effects_taken_out_is_narrower() -> None:
    changes = [f for f in read(PARTS_TABLE) if f.unit == "percent"]
    assert changes and all(f.name == "other" for f in changes)
    plain = read(PARTS_TABLE.replace("FX-adjusted growth", "Change"))
    assert any(f.name == "revenue_growth" for f in plain if f.unit == "percent")


@pytest.mark.parametrize("corner", ["Division (EUR million)", "Segment", "Business units"])
def test_a_corner_naming_parts_makes_the_rows_parts(corner: str) -> None:
    assert L._rows_are_parts("Results\n", 8, corner)


def test_a_plain_corner_under_a_plain_caption_is_no_table_of_parts() -> None:
    assert not L._rows_are_parts("Key figures\n", 12, "EUR million")


SEGMENT_TABLE = (
    "(in millions)\n"
    "                                  Three Months Ended September 30,\n"
    "                                   2026        2025      % change\n"
    "{heading}\n"
    "  Revenue                         $447.9      $449.6       (0.4)%\n"
    "Total revenue                     $652.4      $671.2       (2.8)%\n"
)


@pytest.mark.parametrize("heading", L.PART_HEADING_EXAMPLES)
def test_rows_indented_under_a_parts_heading_are_that_parts(heading: str) -> None:
    figures = read(SEGMENT_TABLE.format(heading=heading))
    part = [f for f in figures if f.label == heading]
    assert {(f.name, f.value) for f in part} >= {("revenue", 447.9e6), ("revenue", 449.6e6)}
    assert all(f.unit_row for f in part)
    # The row back at the heading's indent is the whole company's again; the table read on.
    total = [f for f in figures if f.value == 652.4e6]
    assert total and not total[0].unit_row and total[0].label != heading


def test_a_row_read_by_its_table_is_scaled_by_the_header_not_read_as_a_label_line() -> None:
    values = {f.value for f in read(SEGMENT_TABLE.format(heading="Public Cloud")) if f.unit == "USD"}
    assert 447.9e6 in values and 447.9 not in values


def test_a_figure_and_its_change_column_share_no_unit() -> None:
    from pipelines.extraction.metrics.brackets import shared_scale

    text = "  Revenue                          204.5       221.6       (7.7)%"
    quantities = shared_scale(text, find_quantities(text))
    assert [q.kind for q in quantities if q.value == 221.6] == ["count"]
    prose = "Net sales rose to SEK 2,057 (1,804) million."
    read = shared_scale(prose, find_quantities(prose))
    assert [q.value for q in read if q.kind == "money"] == [2057e6, 1804e6]
