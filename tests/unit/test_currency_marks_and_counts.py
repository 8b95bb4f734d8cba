"""Metric recall on unseen news: currency marks several countries share (rupee, shilling), codes
that are English words (TRY, COP, PHP), dividend idioms that place a bare "$", "pc" and "¢", captions
naming a currency by a word ("Rupees in million"), and figures named from their own phrase (counts of
staff and outlets, basis points, multiples)."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import (
    DOLLAR_IDIOMS,
    GLUED_CURRENCIES,
    MARK_HOME_EXAMPLES,
    TABLE_CAPTION_EXAMPLES,
    GluedCurrency,
    bare_dollar_currency,
    find_quantities,
    is_amount,
    is_currency_mark,
    table_scale,
)
from tests.unit.metric_rows import velorix_facts, velorix_rows

_facts = velorix_facts
_rows = velorix_rows


def _money(text: str) -> list[tuple[float, str]]:
    return [(round(q.value, 6), q.unit) for q in find_quantities(text) if q.kind == "money"]


# ---------------------------------------------------------------------------------------------
# Currencies


@pytest.mark.parametrize(("text", "currency"), MARK_HOME_EXAMPLES, ids=lambda x: str(x)[:40])
def test_a_shared_mark_is_the_currency_of_the_one_country_the_text_names(text: str, currency: str) -> None:
    assert {unit for _, unit in _money(text)} == {currency}


def test_a_rupee_of_a_text_naming_two_countries_is_the_indian_one() -> None:
    text = "Karachi-based Velorix, which also sells in India, said revenue rose to Rs402.6 billion."
    assert _money(text) == [(402.6e9, "INR")]


@pytest.mark.parametrize("glued", [g for g in GLUED_CURRENCIES if g.currency in ("SHILLING", "BDT")],
                         ids=lambda g: g.example)  # fmt: skip
def test_a_glued_shilling_or_taka_is_money(glued: GluedCurrency) -> None:
    found = _money(glued.example)
    assert len(found) == 1 and found[0][1] == ("KES" if glued.currency == "SHILLING" else glued.currency)


@pytest.mark.parametrize("code", ["TRY", "PHP", "COP", "ARS", "CLP", "CZK", "UGX", "TZS", "BDT", "LKR"])
def test_a_code_that_is_also_a_word_is_money_in_capitals_only(code: str) -> None:
    assert _money(f"Velorix made a net profit of {code} 20.1 billion in 2024.") == [(20.1e9, code)]
    assert _money(f"Velorix will {code.lower()} 5 times.") == []
    assert is_currency_mark(code) and not is_currency_mark(code.capitalize())


@pytest.mark.parametrize(("currency", "example"), [(c, e) for c, _, e in DOLLAR_IDIOMS], ids=lambda x: x[:30])
def test_a_dividend_idiom_tells_what_a_bare_dollar_is(currency: str, example: str) -> None:
    assert bare_dollar_currency(example) == currency
    assert ("profit", 115.2e6 if currency == "AUD" else 42.4e6, currency) in _rows(example)


def test_a_text_without_the_idiom_keeps_the_us_dollar() -> None:
    assert bare_dollar_currency("Velorix lifted net profit to $115.2 million and paid a dividend.") == "USD"


def test_pc_glued_to_a_number_is_a_percent_and_pc_apart_is_not() -> None:
    assert [(q.kind, q.value) for q in find_quantities("Revenue rose 5pc to $2.26bn")][0] == ("percent", 5.0)
    assert all(q.kind != "percent" for q in find_quantities("It sold 5 PC models and 3 pcs."))


def test_a_cent_sign_is_a_hundredth_of_the_articles_currency() -> None:
    text = "Velorix reported revenue of $212.9 million in 2024. Earnings per share: 110.3¢ (FY23: 79.3¢)."
    assert (1.103, "USD") in _money(text) and (0.793, "USD") in _money(text)


@pytest.mark.parametrize(("caption", "stated"), TABLE_CAPTION_EXAMPLES, ids=lambda x: str(x)[:40])
def test_a_caption_naming_its_currency_by_a_word_states_the_tables_unit(
    caption: str, stated: tuple[str, float]
) -> None:
    assert table_scale(caption) == stated


def test_a_caption_rupee_is_the_one_of_the_articles_country() -> None:
    assert table_scale("(Rupees in million)", marks={"RUPEE": "PKR"}) == ("PKR", 1e6)


# ---------------------------------------------------------------------------------------------
# Counts a company reports about itself


@pytest.mark.parametrize("cue", C.COUNT_CUES, ids=lambda c: c.example)
def test_a_count_of_staff_jobs_or_outlets_is_other(cue: C.CountCue) -> None:
    assert [(f.metric_name, f.unit) for f in _facts(cue.example)] == [("other", "count")]


@pytest.mark.parametrize(
    "text",
    [
        "About 100 Zenbox employees will move to Velorix in 2024.",  # another company's staff
        "Velorix said 5 of its staff were hurt in 2024.",
        "Velorix said 56 hotels in the city were full in 2024.",  # no verb of operating
        "Velorix said 20 people attended in 2024.",
    ],
)
def test_a_count_without_its_cue_is_no_figure(text: str) -> None:
    assert _facts(text) == []


# ---------------------------------------------------------------------------------------------
# Basis points and multiples


@pytest.mark.parametrize(("text", "change"), C.BASIS_POINTS_EXAMPLES, ids=lambda x: str(x)[:40])
def test_basis_points_are_a_change_in_percent_signed_by_their_words(text: str, change: float) -> None:
    assert ("other", change, "percent") in _rows(text)
    assert ("other", -change, "percent") not in _rows(text)


def test_basis_points_in_a_forecast_are_no_figure() -> None:
    assert _rows("Velorix expects its margin to improve by 50 basis points in 2025.") == set()


@pytest.mark.parametrize("text", C.MULTIPLE_EXAMPLES)
def test_a_multiple_is_other_in_unit_ratio(text: str) -> None:
    assert {(name, unit) for name, _, unit in _rows(text)} == {("other", "ratio")}


@pytest.mark.parametrize("text", C.NOT_A_MULTIPLE_EXAMPLES)
def test_times_an_amount_or_a_growth_in_times_is_no_multiple(text: str) -> None:
    assert all(unit != "ratio" for _, _, unit in _rows(text))


def test_a_multiple_glued_to_its_x_is_one_count() -> None:
    found = find_quantities("Leverage (net debt/EBITDA): 4.3x, and a 3x3 grid")
    assert [(q.kind, q.value, q.text) for q in found] == [("count", 4.3, "4.3x")]


# ---------------------------------------------------------------------------------------------
# Sequential changes (GOLD_SCHEMA Conventions: `other`)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (C.SEQUENTIAL_NAMED_AFTER.example, 27.0),
        (C.SEQUENTIAL_SAME_YEAR_EXAMPLE, 9.0),
        ("Velorix's revenue was $2 billion in the first quarter of 2025, 10.1% above the October-December "
         "quarter.", 10.1),
        ("Velorix's revenue was $3.45 billion in the second half of 2024, 22.9% more than in the first "
         "half.", 22.9),
        ("Velorix's revenue was $3.4 billion in the fourth quarter of 2024, 3% below the third "
         "quarter.", -3.0),
    ],
)
def test_a_rate_against_the_part_of_the_year_before_is_sequential(text: str, rate: float) -> None:
    assert ("other", rate, "percent") in _rows(text)
    assert not any(name == "revenue_growth" for name, _, _ in _rows(text))


def test_a_rate_against_the_same_quarter_a_year_before_is_growth() -> None:
    text = (
        "Velorix's revenue was $3 billion in the fourth quarter of 2024, 17% above the fourth quarter of "
        "2023 and 9% above the third quarter of 2024."
    )
    assert {("revenue_growth", 17.0, "percent"), ("other", 9.0, "percent")} <= _rows(text)


# ---------------------------------------------------------------------------------------------
# Names from the figure's own phrase


def test_a_banks_total_operating_income_is_its_revenue_not_an_operating_profit() -> None:
    text = "Velorix Bank said total operating income rose 7.1% to $74.4 billion in 2024."
    assert _rows(text) == {("revenue", 74.4e9, "USD"), ("revenue_growth", 7.1, "percent")}


def test_of_cues_ending_together_the_longer_one_names_the_figure() -> None:
    assert _rows("Velorix reported gross profit of $1 billion in 2023.") == {("other", 1e9, "USD")}
    assert _rows("Velorix reported operating income of $400 million in 2023.") == {("profit", 4e8, "USD")}


@pytest.mark.parametrize("noun", ["total ARR", "RPO", "backlog"])
def test_the_growth_of_recurring_revenue_or_backlog_is_other(noun: str) -> None:
    rows = _rows(f"Velorix said {noun} grew 22% year over year to $930 million in 2024.")
    assert rows == {("other", 22.0, "percent"), ("other", 930e6, "USD")}


def test_a_rate_beside_another_rates_constant_currency_phrase_is_as_reported() -> None:
    rows = _rows(C.RATE_BESIDE_QUALIFIED_EXAMPLE)
    expected = {("revenue_growth", 16.0, "percent"), ("other", 17.0, "percent"), ("revenue", 388.4e6, "USD")}
    assert rows == expected


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Velorix reported profit before tax of $716 million for 2023.", "profit"),
        ("Velorix reported a pre-tax loss of $394 million for 2023.", "profit"),
        ("Velorix reported adjusted profit before tax of $716 million for 2023.", "other"),
        ("Velorix reported an underlying loss before tax of $394 million for 2023.", "other"),
    ],
)
def test_profit_before_tax_as_reported_is_profit_and_adjusted_is_other(label: str, name: str) -> None:
    assert {row[0] for row in _rows(label)} == {name}


@pytest.mark.parametrize("cue", C.MONEY_NOUN_AFTER + [C.RETURNED_TO_OWNERS], ids=lambda c: c.example)
def test_a_balance_or_a_return_to_owners_named_after_its_amount_is_other(cue: C.NameCue) -> None:
    assert {name for name, _, _ in _rows(cue.example)} == {"other"}


def test_money_paid_to_another_companys_shareholders_is_no_return_to_owners() -> None:
    assert _rows("Velorix paid $3 billion to shareholders of Zenbox to buy it in 2024.") == set()


def test_a_lower_case_m_glued_to_a_number_is_a_million_and_nothing_else_is() -> None:
    found = find_quantities("Total revenue   514.1m   443.3m, 2.5m subscribers, a 5 m wall, 3M and 3 M")
    assert [(q.value, q.scale) for q in found] == [
        (514.1e6, "million"), (443.3e6, "million"), (2.5e6, "million"), (5.0, None), (3.0, None)
    ]


def test_cells_written_in_m_under_a_currency_only_caption_are_money() -> None:
    text = (
        "Velorix reported its results.\n\nKEY FIGURES (A$, year ended 30 September)\n\n"
        "                          FY24        FY23     Change\n"
        "  Total revenue        514.1m      443.3m       +16%\n"
    )
    assert {("revenue", 514.1e6, "AUD"), ("revenue", 443.3e6, "AUD")} <= _rows(text)


@pytest.mark.parametrize("line", C.COUNT_LABEL_EXAMPLES)
def test_a_line_labelled_by_a_count_cues_noun_is_other(line: str) -> None:
    assert {(name, unit) for name, _, unit in _rows(f"Velorix reported its 2024 results.\n\n- {line}\n")} == {
        ("other", "count")
    }


@pytest.mark.parametrize("line", ["Status: 3", "Revenue: 5,000"])  # a plural head counts (blind12 gold)
def test_a_line_labelled_by_another_noun_gives_no_count(line: str) -> None:
    assert _rows(f"Velorix reported its 2024 results.\n\n- {line}\n") == set()


@pytest.mark.parametrize(
    "text",
    [
        C.EXPORTS_AFTER.example,
        "Velorix grew digital revenue by 15% to £490 million in 2024.",
        "Velorix said export sales were $31.4 billion in 2024.",
        "Velorix said royalty revenue rose to $620 million in 2024.",
        "Velorix said streaming revenue rose to $620 million in 2024.",
    ],
)
def test_the_revenue_of_one_line_of_business_is_other(text: str) -> None:
    amounts = [row for row in _rows(text) if row[2] != "percent"]
    assert [name for name, _, _ in amounts] == ["other"]


def test_retail_sales_of_a_retailer_are_its_revenue() -> None:
    rows = _rows("Velorix said global retail sales for 2024 were $1.64 billion.")
    assert rows == {("revenue", 1.64e9, "USD")}


def test_a_rate_beside_an_organic_growth_is_as_reported() -> None:
    rows = _rows(C.RATE_BESIDE_ORGANIC_EXAMPLE)
    assert rows == {("revenue_growth", 6.7, "percent"), ("other", 4.4, "percent")}


@pytest.mark.parametrize(
    ("name", "amount"),
    [("Tk 7,718", True), ("Sh25.0 billion", True), ("Velorix", False), ("3M", False), ("PKR", False)],
)
def test_an_amount_taken_for_an_organization_is_known_as_an_amount(name: str, amount: bool) -> None:
    assert is_amount(name) is amount


def test_an_amount_taken_for_an_organization_owns_no_figure() -> None:
    text = "Velorix is based in Dhaka. Tk 7,718 crore was its revenue in 2023 and Tk 8,352 crore in 2024."
    mentions = [OrgMention("velorix", "Velorix", "Velorix", 0, 7)]
    start = text.index("Tk 7,718")
    mentions.append(OrgMention("tk 7,718", "Tk 7,718", "Tk 7,718", start, start + 8))
    owners = {f.organization_name for f in find_metrics(text, mentions, None, find_quantities(text))}
    assert owners == {"Velorix"}


@pytest.mark.parametrize("acronym", ["ARR", "NPAT", "EBIT", "EPS"])
def test_a_measure_written_as_an_acronym_owns_no_figure(acronym: str) -> None:
    text = f"Velorix reported its 2024 results. {acronym} grew 22% to $930 million in 2024."
    start = text.index(acronym)
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", 0, 7),
        OrgMention(acronym.lower(), acronym, acronym, start, start + len(acronym)),
    ]
    owners = {f.organization_name for f in find_metrics(text, mentions, None, find_quantities(text))}
    assert owners == {"Velorix"}


def test_a_rate_after_a_per_share_amount_is_no_market_share() -> None:
    rows = _rows("Velorix said its total dividend was 24.67 cents per share for 2024, up 10%.")
    assert all(name != "market_share" for name, _, _ in rows) and rows
    assert _rows("Velorix held a 23% share in 2024.") == {("market_share", 23.0, "percent")}
