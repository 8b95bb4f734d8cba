"""Metric recall and naming, round 6: the dollar of a text that tells dollars apart, table headers of
month ranges and of spans over days, and several labelled figures on one line."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import lines as L
from pipelines.extraction.quantities import (
    LOCAL_DOLLAR_COUNTER_EXAMPLES,
    LOCAL_DOLLAR_EXAMPLES,
    bare_dollar_currency,
    find_quantities,
)
from pipelines.ingest.chrome import is_chrome_line
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
