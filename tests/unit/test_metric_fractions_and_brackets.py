"""Figures the readers used to miss: bare bracketed earlier figures on label lines, fractions in words."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import fractions as F
from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import find_quantities
from pipelines.ingest.chrome import is_menu_line
from tests.unit.metric_rows import velorix_facts


@pytest.mark.parametrize(("line", "value", "unit"), L.PLAIN_BRACKET_EXAMPLES)
def test_plain_bracket_is_the_year_earlier_figure_in_the_rows_unit(
    line: str, value: float, unit: str
) -> None:
    earlier = [f for f in L.read_lines(line, find_quantities(line)) if f.year_earlier]
    assert [(f.value, f.unit) for f in earlier] == [pytest.approx((value, unit))]


@pytest.mark.parametrize(
    "line", ["Revenue: NOK 10,123 million (2024)", "Revenue: NOK 10,123 million (9,347 shares)"]
)
def test_plain_bracket_not_a_year_nor_a_bracket_with_words(line: str) -> None:
    assert not [f for f in L.read_lines(line, find_quantities(line)) if f.year_earlier]


@pytest.mark.parametrize("cue", F.FRACTION_CUES, ids=lambda cue: cue.example)
def test_fraction_cue_reads_its_example(cue: F.FractionCue) -> None:
    found = F.fraction_figures(cue.example)
    assert [(f.kind, f.value) for f in found] == [(cue.kind, cue.value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Velorix's operating loss narrowed by roughly half.", -50.0),
        ("Velorix's cash burn is down by a third.", -33.3),
        ("Velorix's price was roughly a tenth lower than a year earlier.", -10.0),
        ("Velorix lifted its net profit by almost a third.", 33.3),
        ("Velorix grew its trips by about a half this quarter.", 50.0),
        ("Velorix's online sales made up about two thirds of its revenue.", 66.7),
        ("Velorix's orders rose almost a fifth to 4,000.", 20.0),
        ("Velorix posted a decline of about a quarter in orders.", -25.0),
        ("Velorix's cloud offerings now account for about a sixth of its sales.", 16.7),
        ("Exports now make up roughly three-fifths of Velorix's revenue.", 60.0),
        # a share of the company's own whole, whatever verb governs it
        ("Velorix's Asian unit took out roughly half of group turnover.", 50.0),
        ("Velorix's app now handles about a third of its new motor policies.", 33.3),
    ],
)
def test_fraction_value_and_direction(text: str, value: float) -> None:
    assert [f.value for f in F.fraction_figures(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Velorix hired a third party to audit it.",
        "Velorix posted a record for a third consecutive year.",
        "Velorix sales rose in the first half of 2025.",
        "Revenue was flat from a quarter earlier.",
        "The fourth quarter was a quarter of stabilisation.",
        # a span of the company's year, not a share of a measure
        "Velorix reported its results for the first half of its 2025/26 financial year.",
        "Velorix's profit doubled in the second half of its fiscal year.",
    ],
)
def test_fraction_words_that_state_no_figure(text: str) -> None:
    assert F.fraction_figures(text) == []


@pytest.mark.parametrize(("line", "values"), L.COUNT_ROW_EXAMPLES)
def test_count_row_named_by_a_participle_or_its_unit_noun(line: str, values: list[float]) -> None:
    figures = L.read_lines(line, find_quantities(line))
    assert [f.value for f in figures] == pytest.approx(values)
    assert {f.name for f in figures} == {"other"}


@pytest.mark.parametrize(
    "line", ["Power generation: 14.2 TWh (13.1 TWh)", "Total production: 1,363,086 boe/d"]
)
def test_count_row_not_read_for_units_with_a_scale_or_a_rate(line: str) -> None:
    assert [f for f in L.read_lines(line, find_quantities(line)) if f.unit == "count"] == []


@pytest.mark.parametrize("cue", C.COUNT_CUES[-2:], ids=lambda c: c.example)
def test_count_of_own_outlets_staff_or_fleet_is_other(cue: C.CountCue) -> None:
    assert [(f.metric_name, f.unit) for f in velorix_facts(cue.example)] == [("other", "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said Zenbox's 600 branches would close in 2024.",  # another's, by name
        "Velorix bought 20 aircraft from Zenbox in 2024.",  # bought, not operated
    ],
)
def test_count_without_own_possessive_or_fleet_verb_is_no_figure(text: str) -> None:
    assert velorix_facts(text) == []


@pytest.mark.parametrize(("text", "values"), C.POINTS_LEVEL_EXAMPLES)
def test_level_after_a_change_in_points_is_the_ratio(text: str, values: set[float]) -> None:
    facts = velorix_facts(text)
    assert {round(f.value, 2) for f in facts} == values
    assert {(f.metric_name, f.unit) for f in facts} == {("other", "percent")}


@pytest.mark.parametrize(
    "line",
    ["        Fiscal 2024    Fiscal 2023    Change", "Financial year 2024/25   Financial year 2023/24"],
)
def test_header_of_fiscal_years_is_no_menu_line(line: str) -> None:
    assert not is_menu_line(line)


@pytest.mark.parametrize(("caption", "stated"), L.SCALE_OF_CAPTION_EXAMPLES)
def test_caption_scale_written_before_its_currency(caption: str, stated: tuple[str, float]) -> None:
    assert L._caption_scale(caption, "USD", "JPY", {}) == stated


_TABLE = """(Millions of yen)

                   Fiscal 2024    Fiscal 2023    Change
Net sales              402,118        352,460    +14.1%
Net income per share (yen)  78.12          61.38
"""


def test_row_without_its_change_cell_fills_the_period_columns() -> None:
    figures = L.read_lines(_TABLE, find_quantities(_TABLE))
    dated = {(f.value, f.period.text if f.period else None) for f in figures}
    assert {(78.12, "Fiscal 2024"), (61.38, "Fiscal 2023"), (402118e6, "Fiscal 2024")} <= dated


@pytest.mark.parametrize(
    ("text", "per_share"),
    [
        (C.EARNINGS_OR_PER_SHARE_EXAMPLE, 1.71),
        ("Velorix's profit for the year to March 2025 was ¥12.3 billion, or ¥163.40 per share.", 163.4),
    ],
)
def test_per_share_figure_restating_an_earnings_amount(text: str, per_share: float) -> None:
    assert ("other", per_share) in {(f.metric_name, round(f.value, 2)) for f in velorix_facts(text)}


def test_declared_dividend_written_as_will_pay_is_no_forecast() -> None:
    assert [(f.metric_name, f.value) for f in velorix_facts(C.DECLARED_PAYOUT_EXAMPLE)] == [("other", 0.4)]


@pytest.mark.parametrize(
    "text",
    ["Velorix expects to pay a dividend of $0.50 a share in 2026.", "Velorix will pay $2bn for Zenbox."],
)
def test_expected_payout_or_deal_money_stays_out(text: str) -> None:
    assert velorix_facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Velorix, an insurer, reported gross written premiums of $4.1 billion for 2023.",
        "Velorix reported premium income of $4.1 billion for 2023.",
        "Velorix's GWP came to $4.1 billion in 2023.",
    ],
)
def test_insurers_premiums_written_are_its_revenue(text: str) -> None:
    assert ("revenue", 4.1e9) in {(f.metric_name, round(f.value, -6)) for f in velorix_facts(text)}


@pytest.mark.parametrize(
    ("words", "percent"),
    [("half", 50.0), ("a third", 33.3), ("two thirds", 66.7), ("three-quarters", 75.0), ("a sixth", 16.7),
     ("a ninth", 11.1), ("four-fifths", 80.0), ("seven-tenths", 70.0), ("nine-tenths", 90.0)],
)  # fmt: skip
def test_fraction_value_counts_its_parts(words: str, percent: float) -> None:
    assert F.fraction_value(words) == percent


@pytest.mark.parametrize(("cue", "example"), F.UNCHANGED_CUES, ids=lambda value: str(value)[:40])
def test_unchanged_cue_reads_its_example_as_no_change(cue: re.Pattern[str], example: str) -> None:
    assert [f.value for f in F.unchanged_figures(example)] == [0.0]


@pytest.mark.parametrize("text", F.NOT_AN_UNCHANGED_FIGURE)
def test_unchanged_stock_plan_or_stated_rate_is_no_figure(text: str) -> None:
    assert F.unchanged_figures(text) == []


def test_unchanged_measure_is_an_other_change_of_none() -> None:
    facts = velorix_facts(F.UNCHANGED_CUES[0][1])
    assert ("other", 0.0, "percent") in {(f.metric_name, f.value, f.unit) for f in facts}


@pytest.mark.parametrize("text", F.NOT_A_FRACTION_FIGURE)
def test_fraction_of_a_stock_move_or_a_markets_total_is_no_figure(text: str) -> None:
    assert F.fraction_figures(text) == []


def test_level_of_a_policy_rate_after_points_is_no_ratio() -> None:
    text = "The Velorix central bank cut its benchmark rate by 50 basis points to 10.75% in 2024."
    assert 10.75 not in {f.value for f in velorix_facts(text)}


def test_fraction_change_is_named_other() -> None:
    facts = velorix_facts("Velorix said its card revenue fell by about a fifth in 2024.")
    assert [(f.metric_name, f.value, f.unit) for f in facts] == [("other", -20.0, "percent")]
