"""Figures the extractor used to miss entirely (benchmarks/metric_trace.py's causes): amounts whose
currency or scale the quantity reader did not read, and counts and amounts no cue named."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import vocabulary as V
from pipelines.extraction.metrics.lines import YEAR_LED_LABEL_EXAMPLES
from pipelines.extraction.quantities import GLUED_CURRENCIES, MARK_HOME_EXAMPLES, find_quantities
from tests.unit.metric_rows import velorix_facts, velorix_rows


def _money(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text) if q.kind == "money"]


# --- never a quantity: a scale word hyphenated to the amount ("US$3.38-billion") ---------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Revenue grew 15% to US$3.38-billion.", 3.38e9, "USD"),
        ("Revenue rose 13 per cent to €398-million in the quarter.", 398e6, "EUR"),
        ("It signed a $5-billion deal.", 5e9, "USD"),
    ],
)
def test_hyphenated_scale_word_scales_the_amount(text: str, value: float, unit: str) -> None:
    assert [(v, u) for v, u, _ in _money(text)] == [(pytest.approx(value), unit)]


def test_hyphen_before_an_abbreviated_scale_is_no_scale() -> None:
    # "$5-bn" is not written; "$3-4 million"-like ranges must not read "-m" as a scale either
    assert [v for v, _, _ in _money("It paid $5-m.")] == [5.0]


# --- never a quantity: the dong's own letter, the Saudi "SR" ----------------------------------------------


def test_dong_written_with_its_own_letter() -> None:
    assert _money("Net profit was VNĐ1.17 trillion.") == [(pytest.approx(1.17e12), "VND", "VNĐ1.17 trillion")]


def test_saudi_riyal_glued_mark() -> None:
    example = next(g.example for g in GLUED_CURRENCIES if g.currency == "SAR")
    assert [(v, u) for v, u, _ in _money(example)] == [(pytest.approx(45.1e6), "SAR")]


def test_saudi_mark_needs_a_scale() -> None:
    assert _money("The SR2 model sold well.") == []


# --- wrong unit: bare francs and riyals ---------------------------------------------------------------


def test_bare_francs_are_swiss() -> None:
    assert [(v, u) for v, u, _ in _money("Sales rose to 1.64 billion francs.")] == [
        (pytest.approx(1.64e9), "CHF")
    ]


def test_cfa_francs_are_no_swiss_francs() -> None:
    assert all(u != "CHF" for _, u, _ in _money("Revenue was 1.5 billion CFA francs."))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        *[(text, unit) for text, unit in MARK_HOME_EXAMPLES if "riyal" in text],
        ("Velorix reported revenue of 1.41 billion riyals for 2025.", "SAR"),
    ],
)
def test_bare_riyals_are_the_named_gulf_country_s(text: str, unit: str) -> None:
    assert [u for _, u, _ in _money(text)] == [unit]


# --- not a metric: a clientele counted after "serves", "supplies", "is used by" -------------------------


@pytest.mark.parametrize(("text", "name"), V.CLIENTELE_COUNT_EXAMPLES)
def test_clientele_a_company_serves_is_its_customers(text: str, name: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "count"} == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix serves 40 countries.",
        "Velorix supplies about 5,000 chargers a year.",
        "Velorix serves 2 million meals a day.",
    ],
)
def test_places_and_goods_served_are_no_customers(text: str) -> None:
    assert "customers" not in {r[0] for r in velorix_rows(text)}


# --- not a metric: a label line opened by its year ("2025 revenue: $9.4 million") ----------------------


@pytest.mark.parametrize(("text", "value", "growth", "period"), YEAR_LED_LABEL_EXAMPLES)
def test_label_opened_by_its_year_names_and_dates_its_figure(
    text: str, value: float, growth: float | None, period: str
) -> None:
    facts = velorix_facts(text)
    money = [f for f in facts if f.unit not in ("percent", "count")]
    assert [(round(f.value), f.period_label) for f in money] == [(round(value), period)]
    assert money[0].metric_name in ("revenue", "profit")
    rates = [f.value for f in facts if f.unit == "percent"]
    assert rates == ([] if growth is None else [growth])


# --- not a metric: an insurer's net premiums written ------------------------------------------------


def test_net_premiums_written_are_an_insurer_s_revenue() -> None:
    text = "Velorix, an insurer, wrote net premiums of 1.98 trillion yen in fiscal 2025."
    assert {r[0] for r in velorix_rows(text)} == {"revenue"}


def test_net_premiums_earned_are_no_revenue() -> None:
    text = "Velorix, an insurer, said net premiums earned were 1.2 trillion yen in fiscal 2025."
    assert "revenue" not in {r[0] for r in velorix_rows(text)}
