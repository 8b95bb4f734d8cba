"""Metric recall on unseen news: currency marks read by the country the text names ("P82.0 billion"
in Philippine news, "N32.84" and "R10.00" as prices at home, "QR", bare "pounds" in Egyptian news, the
first-named country's peso), hundredths ("sen", "US cents"), Indian digit grouping, and label lines joined
by leader dots, led by a percentage, or followed by a bare bracketed earlier figure."""

from __future__ import annotations

import pytest

from pipelines.extraction.quantities import (
    GLUED_CURRENCIES,
    GLUED_PRICE_EXAMPLES,
    MARK_HOME_EXAMPLES,
    SUBUNIT_EXAMPLES,
    TABLE_CAPTION_EXAMPLES,
    GluedCurrency,
    find_quantities,
    is_amount,
    mark_currencies,
    table_scale,
)
from tests.unit.metric_rows import velorix_facts


def _money(text: str) -> list[tuple[float, str]]:
    return [(round(q.value, 6), q.unit) for q in find_quantities(text) if q.kind == "money"]


def _dated_rows(text: str) -> set[tuple[str, float, str, str | None]]:
    return {(f.metric_name, round(f.value, 6), f.unit, f.period_label) for f in velorix_facts(text)}


# ---------------------------------------------------------------------------------------------
# Currency marks


@pytest.mark.parametrize(("text", "value", "currency"), GLUED_PRICE_EXAMPLES, ids=lambda x: str(x)[:30])
def test_a_letter_mark_reads_a_price_in_its_home_country(text: str, value: float, currency: str) -> None:
    assert _money(text) == [(value, currency)]


@pytest.mark.parametrize("glued", [g for g in GLUED_CURRENCIES if g.home], ids=lambda g: g.currency)
def test_a_letter_mark_reads_no_price_in_other_news(glued: GluedCurrency) -> None:
    mark = glued.mark.strip("\\s?")
    assert _money(f"Velorix sold the {mark}12.50 model.") == []


def test_a_mark_read_only_at_home_is_not_money_elsewhere() -> None:
    assert _money("The P82.0 billion figure.") == []
    assert _money(next(g.example for g in GLUED_CURRENCIES if g.only_at_home)) == [(82.0e9, "PHP")]


def test_qr_before_an_amount_is_the_qatari_riyal() -> None:
    assert _money("Velorix reported a net profit of QR 3.62 billion.") == [(3.62e9, "QAR")]
    assert _money("Velorix reported 5 billion Qatari riyals of deposits.") == [(5e9, "QAR")]


@pytest.mark.parametrize(("text", "currency"), MARK_HOME_EXAMPLES[-2:], ids=lambda x: str(x)[:40])
def test_a_shared_mark_of_a_text_naming_its_country(text: str, currency: str) -> None:
    assert {unit for _, unit in _money(text)} == {currency}


def test_a_bare_pound_stays_sterling_unless_the_lead_names_a_pound_country() -> None:
    assert _money("Velorix paid 300 million pounds for the stake.") == [(300e6, "GBP")]
    far = "Velorix paid 300 million pounds for the stake." + " Filler sentence." * 100 + " It sells in Egypt."
    assert mark_currencies(far)["POUND"] == "GBP"


def test_a_peso_of_a_text_naming_several_countries_is_the_first_ones() -> None:
    assert mark_currencies("Manila-based Velorix, which also sells in Mexico, sold 5 billion pesos.")[
        "PESO"
    ] == "PHP"


_NAMED_HUNDREDTHS = list(zip(SUBUNIT_EXAMPLES[2:], [(0.0123, "USD"), (0.589, "MYR")], strict=True))


@pytest.mark.parametrize(("text", "expected"), _NAMED_HUNDREDTHS, ids=lambda x: str(x)[:30])
def test_a_named_hundredth_is_money_in_its_own_currency(text: str, expected: tuple[float, str]) -> None:
    assert _money(text) == [expected]


@pytest.mark.parametrize(
    ("written", "value"), [("Rs 1,02,956 crore", 1_029_560_000_000.0), ("Rs 12,34,567", 1_234_567.0)]
)
def test_indian_digit_grouping_is_one_number(written: str, value: float) -> None:
    assert _money(written) == [(value, "INR")]


def test_a_list_of_numbers_is_not_read_as_indian_grouping() -> None:
    assert [q.value for q in find_quantities("scores of 5, 10, 15 and 2,000")] == [5, 10, 15, 2000]


# ---------------------------------------------------------------------------------------------
# Label lines

_RESULTS = "Velorix reported results for fiscal 2025.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Net interest income .......... Rs 11,482 crore", ("other", 114.82e9, "INR", "2025")),
        ("Net earnings ………… C$2.27 billion", ("profit", 2.27e9, "CAD", "2025")),
        ("Loan assets under management . Rs 1,02,956 crore", ("other", 1029.56e9, "INR", "2025")),
    ],
    ids=["dots", "ellipsis", "single dot"],
)
def test_a_label_joined_to_its_figure_by_leader_dots_is_a_label_line(line: str, expected: tuple) -> None:
    assert expected in _dated_rows(_RESULTS + "  " + line + "\n")


@pytest.mark.parametrize(
    ("line", "earlier"),
    [
        ("Net interest income ...... Rs 11,482 crore (Rs 8,983 crore)", ("other", 89.83e9, "INR", "2024")),
        ("Gross stage 3 assets ......... 3.37 per cent (3.29 per cent)", ("other", 3.29, "percent", "2024")),
        ("Earnings per share: Rs 129.55 (Rs 100.87)", ("other", 100.87, "INR", "2024")),
    ],
    ids=["money", "percent", "per share"],
)
def test_a_bare_bracketed_figure_after_a_rows_figure_is_the_year_before(line: str, earlier: tuple) -> None:
    assert earlier in _dated_rows(_RESULTS + "  " + line + "\n")


def test_a_bracket_of_another_unit_is_no_earlier_figure() -> None:
    rows = _dated_rows(_RESULTS + "- Customer deposits: Rs 200 crore (+55%)\n")
    assert ("other", 55.0, "percent", "2025") in rows and len(rows) == 2


@pytest.mark.parametrize(
    ("line", "earlier"),
    [
        ("- Cost-to-income ratio: 32.3% (2023: 33.7%)", ("other", 33.7, "percent", "2023")),
        ("- Net earnings: C$2.27 billion (Q3 2023: C$2.34 billion)", ("profit", 2.34e9, "CAD", "Q3 2023")),
        ("- Underlying EBITDA: $1.49 billion (FY24: $1.60 billion)", ("other", 1.6e9, "USD", "2024")),
    ],
    ids=["ratio", "quarter label", "fiscal label"],
)
def test_a_bracket_naming_its_period_dates_the_earlier_figure(line: str, earlier: tuple) -> None:
    assert earlier in _dated_rows(_RESULTS + line + "\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Organic net sales: -2.2%", ("other", -2.2, "percent")),
        ("- Revenue: +12%", ("revenue_growth", 12.0, "percent")),
        ("- 5G penetration of postpaid base: 41%", ("other", 41.0, "percent")),
    ],
    ids=["narrower scope", "revenue", "share of a base"],
)
def test_a_label_line_led_by_a_percentage_is_read(line: str, expected: tuple) -> None:
    assert expected in {row[:3] for row in _dated_rows(_RESULTS + line + "\n")}


# ---------------------------------------------------------------------------------------------
# Table captions, headings and the periods of brackets


@pytest.mark.parametrize(("caption", "expected"), TABLE_CAPTION_EXAMPLES[1:5], ids=lambda x: str(x)[:30])
def test_a_caption_naming_its_currency_by_a_mark_or_a_word(caption: str, expected: tuple[str, float]) -> None:
    assert table_scale(caption) == expected


def test_a_caption_in_bare_pesos_is_the_articles_peso() -> None:
    assert table_scale("(figures in millions of pesos)", marks={"PESO": "MXN"}) == ("MXN", 1e6)


def test_a_caption_in_dollars_is_the_articles_dollar() -> None:
    assert table_scale("(in millions of dollars)", dollar="AUD") == ("AUD", 1e6)


def test_a_heading_narrowing_its_rows_names_them_other() -> None:
    heading = "Revenue growth at constant exchange rates by quarter:\n"
    text = _RESULTS + heading + "Q1 2025: +2.0%\nQ2 2025: +14.5%\n"
    assert {row[:2] for row in _dated_rows(text)} == {("other", 2.0), ("other", 14.5)}


def test_a_bracketed_earlier_figures_period_does_not_date_the_prose_below() -> None:
    text = (
        "Velorix reported results for the 2024 financial year.\n\n"
        "  Net profit after tax: $139 million (FY23: $34 million)\n\n"
        "The corporate segment's margin was 11.8%.\n"
    )
    assert ("other", 11.8, "percent", "2024") in _dated_rows(text)


# ---------------------------------------------------------------------------------------------
# Tables and list lines, round 2

_TREND = (
    "Quarterly trend (Rs crore, unless stated otherwise)\n\n"
    "Particulars                    Q4 FY24     Q3 FY25     Q4 FY25\n"
    "Net interest income              1,257       2,023       2,094\n"
    "Gross NPA (%)                     1.67        2.31        2.28\n"
)
_BY_REGION = (
    "Sales by quarter (in millions of Mexican pesos):\n\n"
    "                     Q1 2024   Q2 2024\n"
    "Net sales             18,950    19,880\n"
    "  Northern region      9,870    10,360\n"
)


def test_a_table_row_labelled_in_percent_is_a_ratio_even_unnamed() -> None:
    assert {row[:3] for row in _dated_rows(_RESULTS + _TREND)} >= {
        ("other", 1.67, "percent"), ("other", 2.28, "percent")
    }


def test_an_indented_row_under_a_measures_row_is_a_segments_figure() -> None:
    rows = _dated_rows(_RESULTS + _BY_REGION)
    assert ("revenue", 18.95e9, "MXN", "Q1 2024") in rows and ("other", 9.87e9, "MXN", "Q1 2024") in rows


def test_an_unindented_unnamed_row_is_never_the_measure_above() -> None:
    # (recall6: a row the cue tables do not name is an `other` amount, a part of the caption's measure)
    rows = _dated_rows(_RESULTS + _BY_REGION.replace("  Northern", "Northern"))
    assert all(value != 9.87e9 or name == "other" for name, value, _, _ in rows)


@pytest.mark.parametrize("word", ["about", "more than", "approximately"])
def test_a_rounding_word_before_a_label_lines_figure(word: str) -> None:
    assert ("customers", 31400.0, "count") in {
        row[:3] for row in _dated_rows(_RESULTS + f"- Customers: {word} 31,400\n")
    }


def test_a_sign_between_currency_and_number_is_the_amounts() -> None:
    assert _money("Free cash flow: DKK -7.2 billion") == [(-7.2e9, "DKK")]


@pytest.mark.parametrize(
    ("line", "change"),
    [
        ("- Gross profit rate: 29.5% of net sales (-46 basis points)", -0.46),
        ("- 5G penetration of postpaid base: 41% (+9 points)", 9.0),
        ("- Gross margin: 26.4% (+0.6pp)", 0.6),
    ],
    ids=["basis points", "points", "pp"],
)
def test_a_ratios_change_in_points_after_it_is_other_in_percent(line: str, change: float) -> None:
    rows = {row[:3] for row in _dated_rows(_RESULTS + line + "\n")}
    assert ("other", change, "percent") in rows and not any(unit == "count" for _, _, unit in rows)


def test_a_label_lines_negative_amount_keeps_its_sign() -> None:
    text = "Velorix key figures for 2024:\n\n  Net income   EUR -183 million   (2023: EUR -847 million)\n"
    assert {row[:2] for row in _dated_rows(text)} == {("profit", -183e6), ("profit", -847e6)}


# ---------------------------------------------------------------------------------------------
# Names from the phrase


@pytest.mark.parametrize("dateline", ["KUALA LUMPUR", "DOHA"])
def test_a_dateline_in_capitals_over_prose_is_no_regions_label(dateline: str) -> None:
    text = (
        f"{dateline}: Velorix Holdings Bhd (the group) posted a net profit of RM1.95 billion for the "
        "financial "
        "year ended March 31, 2025, on higher fee income and lower impairments."
    )
    assert ("profit", 1.95e9, "MYR") in {row[:3] for row in _dated_rows(text)}


def test_a_region_in_capitals_labelling_a_line_of_figures_narrows_it() -> None:
    text = "Velorix reported its 2024 results.\n\nEMEA: net sales $204.5 billion (-4.6%)\n"
    assert ("other", 204.5e9, "USD") in {row[:3] for row in _dated_rows(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said revenue grew 9% from the first quarter.",
        "Velorix sold more.\n\nCompared with the first quarter, net sales rose 3.5%.",
        "In the January-March quarter alone, Velorix sales were ¥13.2 billion, 3.9 percent more than in the "
        "October-December period.",
    ],
    ids=["from the quarter", "compared with, before", "than in the period, own clause"],
)
def test_a_rate_against_an_earlier_quarter_named_without_its_year_is_sequential(text: str) -> None:
    assert {row[0] for row in _dated_rows(text) if row[2] == "percent"} == {"other"}


def test_a_rate_against_the_same_quarter_of_last_year_stays_growth() -> None:
    text = (
        "Velorix revenue rose 12% from the first quarter of 2024 "
        "to $5 billion in the first quarter of 2025."
    )
    assert ("revenue_growth", 12.0, "percent") in {row[:3] for row in _dated_rows(text)}


@pytest.mark.parametrize("scope", ["Same-store sales", "System-wide sales", "Comparable sales"])
def test_same_store_and_system_wide_sales_are_other(scope: str) -> None:
    assert {row[0] for row in _dated_rows(f"{scope} rose 1.8% at Velorix in 2024.")} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix FY25 performance\n- Deposits of Rs 1,24,269 crore as on March 31, 2025, growth of 42% YoY\n",
        "Velorix's total loans contracted 1.5% year-on-year to 2.58 trillion baht in 2024.",
        "Average revenue per user (ARPU) for Velorix's mobile business dropped 2.8 percent to 24,740 won.",
    ],
    ids=["growth of after a measure", "contracted", "ARPU"],
)
def test_the_growth_of_a_measure_other_than_revenue_is_other(text: str) -> None:
    assert {row[0] for row in _dated_rows(text)} == {"other"}


def test_a_growth_after_revenue_stays_revenue_growth() -> None:
    rows = _dated_rows("Velorix said revenue of $5 billion, growth of 12%, beat forecasts.")
    assert {row[0] for row in rows} == {"revenue", "revenue_growth"}


def test_a_comparisons_bare_amount_takes_its_sentences_currency() -> None:
    text = "Velorix's net profit rose 20.2% to 43.9 billion baht in 2024, up from 36.6 billion in 2023."
    assert ("profit", 36.6e9, "THB", "2023") in _dated_rows(text)


def test_a_scaled_count_with_its_own_noun_stays_a_count() -> None:
    text = "Velorix's revenue rose 12% to $2 billion in 2024, its customers grew from 12.1 million customers."
    assert all(unit != "USD" or value != 12.1e6 for _, value, unit, _ in _dated_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's financing assets rose 3.8% year on year to QR 121.5 billion in 2024.",
        "Velorix's gross customer loans rose 13 percent to P3.3 trillion in 2024 in Manila.",
    ],
    ids=["financing assets", "customer loans"],
)
def test_a_banks_balance_after_its_growth_is_other(text: str) -> None:
    assert {row[0] for row in _dated_rows(text) if row[2] != "percent"} == {"other"}


def test_money_received_as_financing_is_no_balance() -> None:
    assert _dated_rows("Velorix received financing of $5 million from investors.") == set()


def test_a_rows_dollar_under_a_rupee_caption_is_the_us_dollar() -> None:
    text = (
        "Velorix reported results for FY25.\n\nKEY NUMBERS (consolidated, Rs crore unless stated)\n\n"
        "                          Q4 FY25     Q3 FY25\n"
        "Net profit                  123.4       142.5\n"
        "Revenue ($ million)         155.6       157.5\n"
    )
    rows = {row[:3] for row in _dated_rows(text)}
    assert ("revenue", 155.6e6, "USD") in rows and ("profit", 1.234e9, "INR") in rows


_STATEMENT = (
    "Velorix results for 2025\n\nA$ million | 2025 | 2024 | Change\n"
    "Revenue from ordinary activities | 769 | 1,254 | (39%)\n"
    "Statutory net profit/(loss) after tax | (196) | 257 | n.m.\n"
)


@pytest.mark.parametrize(
    "expected",
    [("revenue", 769e6, "AUD", "2025"), ("revenue_growth", -39.0, "percent", "2025"),
     ("profit", -196e6, "AUD", "2025"), ("profit", 257e6, "AUD", "2024")],
    ids=["ordinary activities", "bracketed change", "bracketed loss", "profit of a profit/(loss) row"],
)  # fmt: skip
def test_a_statements_rows_read_with_their_accounting_signs(expected: tuple) -> None:
    assert expected in _dated_rows(_STATEMENT)


def test_a_captions_lone_year_dates_the_list_below_it() -> None:
    text = (
        "Velorix reported a net profit of $6 billion for 2024, up from $5.9 billion in 2023.\n\n"
        "Key figures (consolidated, 2024):\n* Net interest margin: 7.74% (2023: 7.98%)\n"
        "* Non-performing loans: 2.78%\n"
    )
    rows = _dated_rows(text)
    assert {("other", 7.74, "percent", "2024"), ("other", 2.78, "percent", "2024")} <= rows


def test_a_ratio_moving_to_a_level_and_its_base_are_other_not_market_share() -> None:
    text = (
        "Velorix, which holds roughly 15% of the domestic financing market, said its non-performing "
        "financing ratio eased to 1.6% from 1.8% a year earlier."
    )
    rows = {row[:2] for row in _dated_rows(text)}
    assert {("other", 1.6), ("other", 1.8), ("market_share", 15.0)} <= rows


def test_a_share_of_its_own_total_is_other() -> None:
    assert _dated_rows("Velorix's share of CASA in total deposits stood at 29% in 2024.") == {
        ("other", 29.0, "percent", "2024")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velorix paid interest on equity of R$ 0.07 per share for the quarter.", ("other", 0.07, "BRL")),
        ("In Lagos, Velorix declared a final dividend of N4.00, after the interim payout of N1.00.",
         ("other", 1.0, "NGN")),
    ],
    ids=["interest on equity", "payout"],
)  # fmt: skip
def test_what_a_company_pays_per_share_is_other(text: str, expected: tuple) -> None:
    assert expected in {row[:3] for row in _dated_rows(text)}


def test_a_share_price_is_no_payout() -> None:
    assert _dated_rows("Velorix shares traded at $20 per share.") == set()


def test_a_captions_legend_of_bracketed_figures_does_not_date_the_list() -> None:
    text = (
        "Velorix reported a profit of Rs 5,201 crore for FY25.\n\n"
        "Key figures for FY25 (FY24 in brackets), standalone:\n"
        "  Net interest income .......... Rs 11,482 crore (Rs 8,983 crore)\n"
        "  Loan assets under management . Rs 1,02,956 crore, up 42 per cent\n"
        "  Earnings per share ........... Rs 129.55 (Rs 100.87)\n"
    )
    rows = _dated_rows(text)
    assert {("other", 114.82e9, "INR", "FY2025"), ("other", 89.83e9, "INR", "FY2024")} <= rows
    assert {("other", 129.55, "INR", "FY2025"), ("other", 100.87, "INR", "FY2024")} <= rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Velorix said profit after tax for 2024 rose 52% to N1.03 trillion, from N677 billion in 2023.",
        "Velorix reported a net profit of Rp60.64 trillion for 2024, up 0.4% from Rp60.43 trillion in 2023.",
    ],
    ids=["N", "Rp"],
)
def test_a_base_written_with_a_letter_mark_is_a_comparison_that_dates_no_list(sentence: str) -> None:
    text = sentence + "\n\nThe headline numbers:\n\n- Cost-to-income ratio: 32.3%\n"
    assert ("other", 32.3, "percent", "2024") in _dated_rows(text)


@pytest.mark.parametrize(("name", "amount"), [("N4.00", True), ("P82.0 billion", True), ("N95", False)])
def test_a_glued_marks_amount_taken_for_a_name_is_an_amount(name: str, amount: bool) -> None:
    assert is_amount(name) is amount


def test_a_bracketed_base_in_prose_is_the_figure_right_before_it() -> None:
    text = (
        "Velorix reported results for fiscal 2025. Velorix said revenue was $13.4 billion and underlying "
        "EBITDA $1.49 billion (FY24: $1.60 billion)."
    )
    assert ("other", 1.6e9, "USD") in {row[:3] for row in _dated_rows(text)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Mobile subscribers in Argentina: 20.7 million (+2.0%)", ("users", 20.7e6, "count")),
        ("- Fixed broadband accesses: 4.1 million (-1.5%)", ("other", 4.1e6, "count")),
        ("- Cloud deals signed in the quarter: 21", ("other", 21.0, "count")),
    ],
    ids=["qualified users", "plural head", "plural head, qualified"],
)
def test_a_label_line_counting_things_the_company_reports(line: str, expected: tuple) -> None:
    assert expected in {(n, round(v, 1), u) for n, v, u, _ in _dated_rows(_RESULTS + line + "\n")}


@pytest.mark.parametrize("label", ["Status", "Business", "Rank"])
def test_a_label_line_whose_head_is_no_plural_counts_nothing(label: str) -> None:
    assert _dated_rows(_RESULTS + f"- {label}: 3\n") == set()
