"""Metric recall on unseen news: balances, dividends, returns and subunit amounts are named from their own
phrase (GOLD_SCHEMA Conventions: they are `other`), and amounts written in cents, pence or bare pesos are
read as money in the right currency."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.quantities import (
    PESO_EXAMPLE,
    SUBUNIT_EXAMPLES,
    bare_peso_currency,
    find_quantities,
    table_scale,
)
from tests.unit.metric_rows import velorix_facts, velorix_rows

_facts = velorix_facts
_rows = velorix_rows


@pytest.mark.parametrize("cue", C.MONEY_NOUN_AFTER, ids=lambda c: c.example)
def test_a_balance_named_after_its_amount_is_other(cue: C.NameCue) -> None:
    assert {name for name, _, _ in _rows(cue.example)} == {cue.name}


def test_cash_paid_for_a_company_is_a_price_not_a_balance() -> None:
    text = "Velorix agreed to buy Zenbox, a maker of pumps based in Oxford, for about $1.5 billion in cash."
    assert _rows(text) == set()


def test_cents_are_hundredths_of_the_articles_currency() -> None:
    assert ("other", 0.7, "USD") in _rows(SUBUNIT_EXAMPLES[0])


def test_pence_are_hundredths_of_sterling() -> None:
    assert _rows(SUBUNIT_EXAMPLES[1]) == {("other", 0.1315, "GBP")}


def test_cents_without_any_currency_in_the_text_stay_unread() -> None:
    assert all(q.kind != "money" for q in find_quantities("Velorix paid 70 cents."))


def test_a_bare_peso_is_the_named_countrys_peso() -> None:
    assert _rows(PESO_EXAMPLE) == {("revenue", 398.6e9, "MXN")}


def test_a_bare_peso_with_no_country_is_not_money() -> None:
    text = "Velorix reported net sales of 398.6 billion pesos."
    assert bare_peso_currency(text) is None
    assert all(q.kind != "money" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Earnings per share (cents)", ("AUD", 0.01)),
        ("Total dividend (cents per share)", ("AUD", 0.01)),
        ("Underlying basic EPS (pence)", ("GBP", 0.01)),
        ("KEY FIGURES (A$, year ended 30 September)", ("AUD", 1.0)),
        ("Revenue (A$m)", ("AUD", 1e6)),
        ("Revenue", None),
    ],
)
def test_table_scale_reads_subunits_and_a_currency_only_caption(
    label: str, expected: tuple[str, float] | None
) -> None:
    assert table_scale(label, "AUD") == expected


def test_a_table_of_cents_per_share_rows_gives_hundredths() -> None:
    text = (
        "Velorix reported its results for 2024.\n\n"
        "KEY FIGURES (A$, year ended 30 September)\n\n"
        "                                   FY24        FY23     Change\n"
        "  Total revenue                  514.1m      443.3m       +16%\n"
        "  Earnings per share (cents)       36.4        31.5       +16%\n"
    )
    rows = _rows(text)
    assert ("other", 0.364, "AUD") in rows and ("other", 0.315, "AUD") in rows


@pytest.mark.parametrize(("text", "name", "value"), C.BRACKETED_RATE_EXAMPLES, ids=lambda x: str(x))
def test_a_signed_rate_in_brackets_is_the_change_of_the_amount_before_it(
    text: str, name: str, value: float
) -> None:
    assert (name, value, "percent") in _rows(text)


def test_an_unsigned_share_in_brackets_is_no_growth() -> None:
    rows = _rows("Velorix said revenue was $5.4 billion (49%) in 2024.")
    assert not any(name.endswith("growth") for name, _, _ in rows)


@pytest.mark.parametrize("text", C.SCOPE_LABEL_EXAMPLES)
def test_a_line_labelled_by_a_region_or_segment_gives_other(text: str) -> None:
    rows = _rows(text)
    assert rows and {name for name, _, _ in rows} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix reported its 2024 results.\n\nRevenue: $539 million (+6.5%)\n",
        "Velorix reported its 2024 results.\n\nFull year 2024: revenue $539 million (+6.5%)\n",
    ],
)
def test_a_label_naming_a_measure_or_a_period_keeps_the_figures_name(text: str) -> None:
    assert ("revenue", 539e6, "USD") in _rows(text)


@pytest.mark.parametrize("text", C.STAKE_EXAMPLES)
def test_a_holding_in_another_company_is_other(text: str) -> None:
    assert {(name, unit) for name, _, unit in _rows(text)} == {("other", "percent")}


@pytest.mark.parametrize("text", C.NOT_A_STAKE_EXAMPLES)
def test_a_stake_sold_as_a_deal_term_or_a_bare_held_share_is_no_holding(text: str) -> None:
    assert not any(name == "other" and unit == "percent" for name, _, unit in _rows(text))


def test_a_rate_above_the_same_period_of_an_earlier_year_is_a_growth() -> None:
    assert ("revenue_growth", 6.3, "percent") in _rows(C.GROWTH_AGAINST_SAME_PERIOD_EXAMPLE)
