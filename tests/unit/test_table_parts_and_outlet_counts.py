"""Figures the readers used to leave: a table caption's scale written before its currency's word, a
parts table's rows naming the part before the measure, and counts of the outlets a company runs.
Companies and figures are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import lines as L
from pipelines.extraction.metrics.units import split_unit_label
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import named_facts, velorix_facts


@pytest.mark.parametrize(
    ("caption", "stated"),
    [
        ("(billion won) | Q3 2026 | Q2 2026", ("KRW", 1e9)),
        ("Results (million euros) | 2025 | 2024", ("EUR", 1e6)),
        ("Amounts in millions of euro unless otherwise stated.", ("EUR", 1e6)),
    ],
)
def test_a_scale_before_the_currency_word_scales_the_table(caption: str, stated: tuple[str, float]) -> None:
    assert L._caption_scale(caption, "USD", "JPY", {}) == stated


def test_a_figures_own_scale_in_the_prose_above_is_no_caption() -> None:
    assert L._caption_scale("Revenue reached 5.74 trillion won | Q3", "USD", "JPY", {}) is None


_PARTS_TABLE = (
    "Velorix reported results for the third quarter of 2026.\n\n"
    "Results by division\n\n"
    "(billion won) | Q3 2026 | Q3 2025\n"
    "Optical Solution revenue | 4,812.0 | 4,081.3\n"
    "Optical Solution operating profit | 158.3 | 97.5\n"
    "Net sales | 5,740.0 | 4,940.0\n"
    "EBITDA margin | 9.1% | 8.2%\n\n"
    "The rest of the text.\n"
)


def _rows(text: str) -> set[tuple]:
    facts = named_facts(text, ("Velorix",), date(2026, 10, 28))
    return {(f.organization_name, f.metric_name, round(f.value), f.unit, f.period_label) for f in facts}


def test_a_parts_table_row_naming_its_part_is_the_parts_figure() -> None:
    rows = _rows(_PARTS_TABLE)
    assert ("Optical Solution", "revenue", 4_812_000_000_000, "KRW", "Q3 2026") in rows
    assert ("Optical Solution", "profit", 97_500_000_000, "KRW", "Q3 2025") in rows
    assert ("Velorix", "revenue", 5_740_000_000_000, "KRW", "Q3 2026") in rows  # the whole's measure


@pytest.mark.parametrize(
    "label", ["Net sales", "Gross profit", "EBITDA margin", "Group revenue", "Germany revenue"]
)
def test_a_measures_own_words_are_no_part(label: str) -> None:
    split = split_unit_label(label, frozenset(), parts_table=True)
    assert split is None or not L._part_and_measure(*split)


def test_without_a_parts_caption_an_unknown_name_is_no_part() -> None:
    text = _PARTS_TABLE.replace("Results by division", "Key figures")
    assert not any(row[0] == "Optical Solution" for row in _rows(text))


@pytest.mark.parametrize("example", C.OUTLET_COUNT_EXAMPLES)
def test_a_count_of_the_outlets_a_company_runs_is_other(example: str) -> None:
    facts = velorix_facts(example)
    value = float(re.search(r"\d[\d,]*", example).group().replace(",", ""))
    assert [(f.metric_name, f.value, f.unit) for f in facts] == [("other", value, "count")]
    assert find_quantities(example)


@pytest.mark.parametrize("example", C.SPEND_TIER_EXAMPLES)
def test_a_count_of_customers_in_a_spend_tier_is_other(example: str) -> None:
    counts = [f.metric_name for f in velorix_facts(example) if f.unit == "count"]
    assert counts
    assert set(counts) == {"other"}


@pytest.mark.parametrize(
    "example",
    ["Velorix had 6,420 customers at the end of 2024.", "Velorix said 2,874 customers paid on time."],
)
def test_a_count_of_all_customers_stays_customers(example: str) -> None:
    assert [f.metric_name for f in velorix_facts(example)] == ["customers"]


@pytest.mark.parametrize("example", C.COORDINATED_COUNT_EXAMPLES)
def test_a_count_coordinated_after_a_cues_count_is_read_too(example: str) -> None:
    written = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", example)]
    assert sorted(f.value for f in velorix_facts(example)) == sorted(written)


def test_a_count_after_a_count_no_cue_reads_stays_unread() -> None:
    assert velorix_facts("Velorix reported 330 complaints and 800 branches in 2024.") == []
