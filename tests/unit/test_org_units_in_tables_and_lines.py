"""Business units named by a results table's rows or by list lines giving their own figures
(org_segment_tables.py, cues in org_cues.py): found with their layout, and never a total, a measure, a
place, a header or a product line."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities.products import product_names
from pipelines.extraction.extract import rule_stages
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import (
    SEGMENT_TABLE_CAPTIONS,
    UNIT_BEFORE_NOUN_EXAMPLES,
    UNIT_BULLET_EXAMPLES,
)
from pipelines.extraction.org_segment_tables import (
    unit_bullet_spans,
    unit_label,
    unit_prose_spans,
    unit_row_spans,
)

_LEAD = "Velorix Systems reported its results on Tuesday.\n\n"
_PIPE_ROWS = "Lattice Systems | 1,041 | 1,038\nQuill Care | 1,922 | 2,010\nTotal | 2,963 | 3,048\n"
_SPACED_ROWS = (
    "Unit                  2025/26    2024/25\n"
    "Lattice Systems        11,020     10,540\n"
    "Quill Care              9,150      8,700\n"
    "Total                  20,170     19,240\n"
)


def _labels(text: str) -> list[str]:
    return [text[s:e] for s, e in unit_row_spans(text)]


@pytest.mark.parametrize("caption", [example for _pattern, example in SEGMENT_TABLE_CAPTIONS])
def test_rows_under_a_unit_caption_are_units(caption: str) -> None:
    text = f"{_LEAD}{caption}\n\n{_PIPE_ROWS}"
    assert _labels(text) == ["Lattice Systems", "Quill Care"]


@pytest.mark.parametrize("caption", [example for _pattern, example in SEGMENT_TABLE_CAPTIONS])
def test_rows_aligned_by_spaces_skip_the_header_row(caption: str) -> None:
    assert _labels(f"{_LEAD}{caption}\n\n{_SPACED_ROWS}") == ["Lattice Systems", "Quill Care"]


@pytest.mark.parametrize("caption", ["Revenue by region", "Sales by product", "Key figures (EUR million)"])
def test_rows_under_another_caption_are_not_units(caption: str) -> None:
    assert _labels(f"{_LEAD}{caption}\n\n{_PIPE_ROWS}") == []


def test_a_paragraph_above_the_caption_does_not_decide() -> None:
    prose = "Velorix Systems sells its products in many markets and to many customers across the world.\n\n"
    assert _labels(f"{prose}Sales by division\n\n{_PIPE_ROWS}") == ["Lattice Systems", "Quill Care"]


@pytest.mark.parametrize("label", [
    "Total", "Group total", "Corporate costs", "Net sales", "Operating Income", "Hosting and cloud",
    "Europe", "Division (EUR million)", "Other Businesses",
])
def test_labels_that_are_no_unit(label: str) -> None:
    assert not unit_label(label, frozenset())


@pytest.mark.parametrize("label", ["Lattice Systems", "Quill Care and Cure", "E-Lattice", "Tellvo Group"])
def test_labels_that_are_units(label: str) -> None:
    assert unit_label(label, frozenset())


def test_a_place_is_no_unit() -> None:
    assert not unit_label("Velmont", frozenset({"Velmont"}))


def test_places_joined_are_no_unit() -> None:
    assert not unit_label("Velmont and Europe", frozenset({"Velmont"}))


def test_a_generic_unit_name_in_a_unit_table_stays() -> None:
    # "Mobile", "Asset Management": generic words elsewhere withdrawn, a unit's name in a unit table
    rows = "Mobile | 1,020 | 1,118\nAsset Management | 1,025 | 1,050\n"
    text = f"{_LEAD}Revenue by operating segment:\n\n{rows}\nVelorix Systems said demand held.\n"
    names = {o.name for o in rule_stages(text, None, []).organizations}
    assert {"Mobile", "Asset Management"} <= names


@pytest.mark.parametrize(("line", "unit"), UNIT_BULLET_EXAMPLES)
def test_list_lines_with_a_units_own_figures(line: str, unit: str) -> None:
    text = f"{_LEAD}{line}\n"
    assert [text[s:e] for s, e in unit_bullet_spans(text)] == [unit]


def test_a_caption_line_is_no_unit() -> None:
    text = f"{_LEAD}Table: Sales by division (EUR million)\n"
    assert unit_bullet_spans(text) == []


def test_a_list_line_of_a_place_is_no_unit() -> None:
    text = f"{_LEAD}- North America: revenue $3.7 billion\n"
    assert unit_bullet_spans(text) == []


def test_a_unit_row_in_a_pipe_table_reaches_the_organizations() -> None:
    # a line with two pipes is page chrome (a navigation bar) everywhere else: a unit's row is content
    text = f"{_LEAD}Revenue by division\n\n{_PIPE_ROWS}\nVelorix Systems said demand held up.\n"
    names = {o.name for o in rule_stages(text, None, []).organizations}
    assert {"Lattice Systems", "Quill Care"} <= names


@pytest.mark.parametrize(("sentence", "unit"), UNIT_BEFORE_NOUN_EXAMPLES)
def test_a_name_before_a_units_noun(sentence: str, unit: str) -> None:
    text = f"{_LEAD}{sentence}\n"
    assert [text[s:e] for s, e in unit_prose_spans(text)] == [unit]


@pytest.mark.parametrize("sentence", ["The Americas segment grew 4%.", "The Other segment shrank."])
def test_a_region_or_a_remainder_before_a_units_noun_is_no_unit(sentence: str) -> None:
    assert unit_prose_spans(f"{_LEAD}{sentence}\n") == []


@pytest.mark.parametrize(("sentence", "unit"), UNIT_BEFORE_NOUN_EXAMPLES)
def test_a_unit_before_segment_is_no_product(sentence: str, unit: str) -> None:
    assert unit not in product_names(f"{_LEAD}{sentence}\n", default_gazetteer())


def test_a_name_before_market_stays_withdrawn() -> None:
    assert "Lattice Cloud" in product_names("Velorix leads the Lattice Cloud market.", default_gazetteer())


def test_a_table_of_mostly_sentence_case_product_lines_names_no_unit() -> None:
    rows = "Lattice handsets | 6,100 | 5,900\nLattice automotive | 900 | 800\nLattice IoT | 1,600 | 1,500\n"
    assert _labels(f"{_LEAD}Revenue by segment\n\n{rows}") == []
