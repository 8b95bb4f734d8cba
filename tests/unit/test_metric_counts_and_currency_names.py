"""Counts named by their noun before the number, percentages of a measure (shares), currencies named
by their word (shekel, real, baht) and cents named by their dollar (HK, Singapore)."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import vocabulary as V
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize(("text", "name"), V.COUNT_NOUN_BEFORE_EXAMPLES)
def test_count_named_by_its_noun_before_the_number(text: str, name: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "count"} == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said headcount at the end of December was 12,430.",
        "Velorix said total employee strength stood at 4,812 as on 30 September 2025.",
    ],
)
def test_headcount_several_words_before_its_verb(text: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "count"} == {"other"}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ILS 876 million", 876e6, "ILS"),
        ("NIS 2.26 billion", 2.26e9, "ILS"),
        ("40 million shekels", 40e6, "ILS"),
        ("612.4 million reais", 612.4e6, "BRL"),
        ("Baht 31,250 million", 31.25e9, "THB"),
    ],
)
def test_currency_named_by_its_word(text: str, value: float, unit: str) -> None:
    found = [(q.kind, q.value, q.unit) for q in find_quantities(text)]
    assert found == [("money", pytest.approx(value), unit)]


@pytest.mark.parametrize("text", ["nis 5 of them", "ils 5 m", "the real 5 million"])
def test_currency_words_in_lower_case_or_singular_are_no_currency(text: str) -> None:
    assert all(q.kind != "money" for q in find_quantities(text))


@pytest.mark.parametrize("text", V.SHARE_OF_MEASURE_EXAMPLES)
def test_percentage_of_a_measure_is_a_share(text: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "percent"} == {"other"}


@pytest.mark.parametrize(
    "text", ["Velorix's sales rose 5% in the quarter.", "Velorix's revenue rose 12% of which cloud grew."]
)
def test_growth_is_no_share(text: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "percent"} == {"revenue_growth"}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Basic earnings per share: HK13.9 cents", 0.139, "HKD"),
        ("a final dividend of 2.5 Singapore cents per share", 0.025, "SGD"),
        ("an interim dividend of 4 Australian cents", 0.04, "AUD"),
    ],
)
def test_cents_of_a_dollar_named_by_its_country(text: str, value: float, unit: str) -> None:
    found = [(q.kind, q.value, q.unit) for q in find_quantities(text)]
    assert found == [("money", pytest.approx(value), unit)]
