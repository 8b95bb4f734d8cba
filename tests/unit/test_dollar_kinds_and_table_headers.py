"""Metric recall and naming: the dollar of a text that tells dollars apart, table headers of
month ranges and of spans over days, and several labelled figures on one line."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import lines as L
from pipelines.extraction.metrics.naming import GROWTH_OF_ANOTHER_MEASURE_EXAMPLES
from pipelines.extraction.quantities import (
    LOCAL_DOLLAR_COUNTER_EXAMPLES,
    LOCAL_DOLLAR_EXAMPLES,
    bare_dollar_currency,
    find_quantities,
)
from pipelines.ingest.chrome import is_chrome_line
from pipelines.ingest.html import parse_html
from tests.unit.metric_rows import velorix_facts


@pytest.mark.parametrize(("example", "currency"), LOCAL_DOLLAR_EXAMPLES, ids=lambda x: str(x)[:40])
def test_a_text_that_tells_dollars_apart_writes_a_bare_dollar_for_its_local_one(
    example: str, currency: str
) -> None:
    assert bare_dollar_currency(example) == currency
    bare = [q for q in find_quantities(example) if q.kind == "money" and q.text.lstrip().startswith("$")]
    assert bare and {q.unit for q in bare} == {currency}


@pytest.mark.parametrize("example", LOCAL_DOLLAR_COUNTER_EXAMPLES, ids=lambda x: x[:40])
def test_a_listing_alone_or_a_named_us_keeps_the_bare_dollar_american(example: str) -> None:
    assert bare_dollar_currency(example) == "USD"


# ---------------------------------------------------------------------------------------------
# Table headers


@pytest.mark.parametrize(("cell", "span", "read_as"), L.HEADER_PERIOD_EXAMPLES, ids=lambda x: str(x))
def test_a_header_cell_of_months_or_of_a_day_under_a_span_dates_its_column(
    cell: str, span: str | None, read_as: str
) -> None:
    cells = [(cell, 10), (cell, 30)]
    periods = L._header_periods(cells, [span] if span else None)
    expected = P.find_period_mentions(read_as)[0]
    for period in periods:
        assert period is not None
        assert (period.grain, period.end_day) == (expected.grain, expected.end_day)


_TWO_ROW_HEADER = """Velorix reports its results.

(in millions of U.S. dollars)
                         Three months ended         Six months ended
                       Sep 30, 2025  Sep 30, 2024  Sep 30, 2025  Sep 30, 2024
Revenue:
  Product revenue            620           514         1,200         1,121
Total revenue              1,135           844         2,188         1,783
"""

_MONTH_RANGE_HEADER = """Velorix reports its results.

KEY FIGURES, SEK MILLION

                     Apr-Jun 2025   Apr-Jun 2024   Jul 2024-Jun 2025   Jul 2023-Jun 2024
Net sales                   4,912          4,603              18,742              17,512
"""


def test_a_row_of_spans_over_a_row_of_days_dates_each_column_by_its_span() -> None:
    rows = {(f.metric_name, f.value, f.period_start, f.period_end) for f in velorix_facts(_TWO_ROW_HEADER)}
    assert ("revenue", 1135e6, date(2025, 7, 1), date(2025, 9, 30)) in rows
    assert ("revenue", 2188e6, date(2025, 4, 1), date(2025, 9, 30)) in rows
    assert ("revenue", 1783e6, date(2024, 4, 1), date(2024, 9, 30)) in rows


def test_a_group_heading_ending_in_a_colon_keeps_the_table_going() -> None:
    rows = {(f.metric_name, f.value) for f in velorix_facts(_TWO_ROW_HEADER)}
    assert ("other", 620e6) in rows and ("other", 1121e6) in rows  # "Product revenue" under "Revenue:"


def test_a_header_of_month_ranges_dates_quarter_and_year_columns() -> None:
    rows = {(f.metric_name, f.value, f.unit, f.period_end) for f in velorix_facts(_MONTH_RANGE_HEADER)}
    assert ("revenue", 4912e6, "SEK", date(2025, 6, 30)) in rows
    assert ("revenue", 17512e6, "SEK", date(2024, 6, 30)) in rows


@pytest.mark.parametrize(
    "header",
    [
        "                     Apr-Jun 2025   Apr-Jun 2024   Jul 2024-Jun 2025",
        "                       Sep 30, 2025  Sep 30, 2024  Sep 30, 2025",
        "                         Three Months Ended         Year Ended December 31",
    ],
)
def test_ingest_keeps_a_table_header_of_month_ranges_days_or_spans(header: str) -> None:
    assert not is_chrome_line(header)


_REGION_TABLE = """Velorix reports its results.

Revenue by region (EUR m):

                       FY2025     FY2024     Change
  Northern Europe       299.6      305.9      -2.1%
  Americas              193.1      177.8      +8.6%
  Total                 492.7      483.7      +1.9%

Key figures (EUR m):

                           FY2025     FY2024
Free cash flow              -35.4      -61.0
Employees                   4,100      3,900
"""


def test_a_total_row_under_a_caption_naming_a_measure_is_that_measure() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(_REGION_TABLE)}
    assert ("revenue", 492.7e6, "EUR") in rows and ("revenue", 483.7e6, "EUR") in rows
    assert ("revenue_growth", 1.9, "percent") in rows


def test_a_row_the_cue_tables_do_not_name_is_an_other_amount_but_a_count_is_not_money() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(_REGION_TABLE)}
    assert ("other", 299.6e6, "EUR") in rows  # a region under "Revenue by region"
    assert ("other", -35.4e6, "EUR") in rows or ("other", 35.4e6, "EUR") in rows
    assert not any(value in (4100e6, 3900e6) for _, value, _ in rows)  # "Employees" never money


def test_a_table_figure_the_prose_states_for_the_same_period_is_stated_once() -> None:
    text = (
        "Velorix posted revenue of 2.85 billion euros for the first half of 2025.\n\n"
        "In millions of euros | H1 2025 | H1 2024\nRevenue | 2,850.3 | 2,884.9\n"
    )
    revenues = [f for f in velorix_facts(text) if f.metric_name == "revenue" and f.period_label == "H1 2025"]
    assert len(revenues) == 1


def test_an_html_table_right_after_a_list_is_kept_in_the_body() -> None:
    page = (
        "<html><body><article><h1>Velorix results</h1>"
        "<p>Velorix, the services group, reported its first-half results on Tuesday, with revenue down"
        " slightly as clients in its home markets postponed projects.</p>"
        "<ul><li>North: 1.33 billion euros</li><li>South: 537 million euros</li></ul>"
        "<table><tr><th>In millions of euros</th><th>H1 2025</th><th>H1 2024</th></tr>"
        "<tr><td>Revenue</td><td>2,850.3</td><td>2,884.9</td></tr>"
        "<tr><td>Net profit</td><td>118.6</td><td>112.3</td></tr></table>"
        "<p>The chief executive said the market had not improved but the margin held.</p>"
        "</article></body></html>"
    )
    body = parse_html(page).body
    assert "2,850.3" in body and "118.6" in body


_UNDATED_SPANS = """Karachi-based Velorix reported its results for the year ended June 30, 2025.

STATEMENT OF PROFIT OR LOSS (Rupees in million)

                                              Year ended      Year ended
Revenue                                         472,318         455,642
Profit after taxation                            80,126          72,384
Earnings per share (Rs.)                         240.62          211.92
"""


def test_the_same_span_twice_without_days_is_this_year_then_the_year_before() -> None:
    rows = {(f.metric_name, f.value, f.period_label) for f in velorix_facts(_UNDATED_SPANS)}
    assert ("revenue", 472318e6, "FY2025") in rows and ("revenue", 455642e6, "FY2024") in rows


def test_profit_after_taxation_is_the_whole_profit() -> None:
    assert L.name_from_label("Profit after taxation") == "profit"


def test_a_row_mark_several_countries_share_is_the_tables_currency() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(_UNDATED_SPANS)}
    assert ("other", 240.62, "PKR") in rows


_ANALYST_TABLE = """Velorix reported its quarter.

Quarterly snapshot ($ in millions; A = actual, E = estimate)

                          2Q FY25A   1Q FY26A   2Q FY26E   Consensus
Revenue                     63.7       85.9       95.0        94.6
Gross margin                62.7%      60.0%      60.5%       60.3%
"""


def test_ingest_keeps_a_header_of_analysts_quarters() -> None:
    assert not is_chrome_line("                          2Q FY25A   1Q FY26A   2Q FY26E   Consensus")


@pytest.mark.parametrize("cell", ["2Q FY26E", "2026E", "Consensus", "FY26 (est.)", "Guidance"])
def test_a_column_of_estimates_is_never_dated(cell: str) -> None:
    assert L._header_periods([("Revenue", 0), (cell, 20)])[1] is None


def test_an_analysts_table_reads_actual_columns_and_skips_estimates() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(_ANALYST_TABLE)}
    assert ("revenue", 63.7e6, "USD") in rows and ("revenue", 85.9e6, "USD") in rows
    assert not any(value in (95.0e6, 94.6e6) for _, value, _ in rows)


def test_percent_cells_of_a_table_row_are_ratios_of_their_columns() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(_ANALYST_TABLE)}
    assert ("other", 62.7, "percent") in rows and ("other", 60.0, "percent") in rows


_SPLIT_YEAR_TABLE = """Lagos-based Velorix reported results for the financial year ended 30 June 2025.

                              H1 2024/25    H2 2024/25    FY 2024/25
  Revenue (N bn)                 238.4         193.2         431.6
  Average daily active users (m)   8.4           6.9           7.2
"""


def test_ingest_keeps_a_header_of_split_years() -> None:
    assert not is_chrome_line("                   H1 2024/25    H2 2024/25    FY 2024/25    FY 2023/24")


def test_a_half_of_a_split_year_is_the_fiscal_years_half() -> None:
    rows = {(f.metric_name, f.value, f.period_label) for f in velorix_facts(_SPLIT_YEAR_TABLE)}
    assert ("revenue", 238.4e9, "FY2025 H1") in rows and ("revenue", 193.2e9, "FY2025 H2") in rows


@pytest.mark.parametrize(
    ("label", "name"),
    [("Average daily active users (m)", "users"), ("Paying customers (thousand)", "customers"),
     ("Employees", "other"), ("Net sales (SEK m)", None)],
)  # fmt: skip
def test_a_table_row_counting_users_customers_or_staff_is_a_count(label: str, name: str | None) -> None:
    assert L._count_row_name(label) == name


def test_a_count_row_of_a_dated_table_is_scaled_by_its_label() -> None:
    rows = {(f.metric_name, f.value, f.unit, f.period_label) for f in velorix_facts(_SPLIT_YEAR_TABLE)}
    assert ("users", 8.4e6, "count", "FY2025 H1") in rows


# an adjusted profit is the company's own measure, `other` (every such gold figure since blind14)
@pytest.mark.parametrize(
    "label", ["Non-GAAP income from operations", "Non-GAAP net income", "Adjusted net profit"]
)
def test_a_label_of_a_non_gaap_profit_names_an_other_figure(label: str) -> None:
    assert L.name_from_label(label) == "other"


@pytest.mark.parametrize(
    "label",
    ["Income from operations", "Net income", "Profit after tax", "Operating profit"],
)
def test_a_label_of_the_reported_profit_names_the_profit(label: str) -> None:
    assert L.name_from_label(label) == "profit"


@pytest.mark.parametrize("example", GROWTH_OF_ANOTHER_MEASURE_EXAMPLES, ids=lambda x: x[:40])
def test_a_growth_rate_of_a_measure_other_than_revenue_is_other(example: str) -> None:
    rates = [f for f in velorix_facts(example) if f.unit == "percent"]
    assert rates and all(f.metric_name == "other" for f in rates)


def test_a_growth_rate_after_revenue_stays_revenue_growth() -> None:
    rates = [
        f
        for f in velorix_facts("Velorix said revenue rose 12% to $5 billion in 2024.")
        if f.unit == "percent"
    ]
    assert [f.metric_name for f in rates] == ["revenue_growth"]


_BY_MARKET = """Velorix reported its full-year results.

Revenue by market (FY2025, with FY2024 in brackets):

  Northland                 S$1.12 billion  (S$1.31 billion)
  Southland                 S$742 million   (S$1.06 billion)
  Eastland                  S$611 million   (S$598 million)
  Westland                  S$506 million   (S$487 million)
  Hotels                    S$441 million   (S$455 million)
"""


def test_a_legend_naming_both_periods_dates_the_list_by_the_one_not_in_brackets() -> None:
    rows = {(f.value, f.fiscal_year) for f in velorix_facts(_BY_MARKET)}
    assert (1.12e9, 2025) in rows and (1.31e9, 2024) in rows


def test_rows_under_a_measure_by_market_are_parts_of_it_down_the_whole_list() -> None:
    rows = {(f.metric_name, f.value) for f in velorix_facts(_BY_MARKET)}
    assert ("other", 1.12e9) in rows and ("other", 441e6) in rows  # the fifth row too
    assert not any(name == "revenue" for name, _ in rows)


def test_a_second_label_after_a_semicolon_is_read_as_its_own_line() -> None:
    text = (
        "Velorix reported results for fiscal 2025.\n\n"
        "- Revenue: Rs. 104,390 million; net income: Rs. 27,515 million\n"
    )
    rows = {(f.metric_name, f.value) for f in velorix_facts(text)}
    assert ("revenue", 104390e6) in rows and ("profit", 27515e6) in rows


def test_a_count_lines_earlier_count_after_from_is_the_same_count() -> None:
    text = (
        "Velorix reported results for fiscal 2025.\n\n"
        "- Employees: approximately 8,300 at the end of the quarter, up from 7,700 a year earlier.\n"
    )
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(text)}
    assert ("other", 8300.0, "count") in rows and ("other", 7700.0, "count") in rows


@pytest.mark.parametrize(
    ("example", "value"),
    [
        ("Velorix said SME is now 22% of its book.", 22.0),
        ("Velorix said gold is now more than 85 per cent of the consolidated book.", 85.0),
        ("Velorix said 90 per cent of its transactions now run through mobile channels.", 90.0),
        ("Velorix said cloud is now almost 29% of our sales.", 29.0),
    ],
)
def test_a_percentage_of_a_whole_the_company_counts_is_other(example: str, value: float) -> None:
    assert ("other", value, "percent") in {(f.metric_name, f.value, f.unit) for f in velorix_facts(example)}


def test_a_count_cell_with_thousands_set_apart_by_a_space_is_one_number() -> None:
    text = (
        "Velorix reported results for fiscal 2024.\n\n"
        "                        FY2024    FY2023\n"
        "  Hospitals (beds)       8 840     8 720\n"
    )
    rows = {(f.metric_name, f.value, f.unit) for f in velorix_facts(text)}
    assert ("other", 8840.0, "count") in rows and ("other", 8720.0, "count") in rows
