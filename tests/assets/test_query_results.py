"""Each analyst query in queries/ answers its question on the fixture warehouse: the exact rows.

The fixture (tests/fixtures/ingest_fixture.sql, built by dbt once per session) holds four articles
about five deals' parties, conflicting cloud revenue reports, a USD figure stated beside a CNY one, a
unit rolled up to its group and two rejected files. Every row of every query is compared, so a doubled
edge, a unit off by a thousand or a lost conflict fails here, not just an empty result. A query whose
output changes on purpose changes its rows here in the same commit.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.assets.test_queries import QUERIES, warehouse  # noqa: F401  (the session fixture)

EXPECTED_ROWS: dict[str, tuple[tuple[str, ...], list[tuple]]] = {
    "cloud_revenue_by_company": (
        (
            "company",
            "period_label",
            "fiscal_year",
            "fiscal_quarter",
            "period_start",
            "period_end",
            "cloud_revenue_usd_bn",
            "reported_for",
            "reported_currency",
            "yoy_growth_pct",
            "has_conflicting_reports",
            "figures",
        ),
        [
            (
                "Alibaba Group",
                "FY2021 Q2",
                2021,
                2,
                date(2020, 7, 1),
                date(2020, 9, 30),
                2.159,
                "Alibaba Cloud",
                "CNY",
                60.0,
                False,
                "Alibaba Cloud CNY",
            ),
            (
                "Deutsche Telekom",
                "2009",
                2009,
                None,
                date(2009, 1, 1),
                date(2009, 12, 31),
                0.053,
                "Deutsche Telekom",
                "EUR",
                None,
                False,
                "Deutsche Telekom EUR",
            ),
            (
                "Tencent Holdings",
                "2018",
                2018,
                None,
                date(2018, 1, 1),
                date(2018, 12, 31),
                1.35,
                "Tencent Cloud",
                "USD",
                100.0,
                True,
                "Tencent Cloud CNY, Tencent Cloud USD",
            ),
        ],
    ),
    "conflicting_reports": (
        (
            "fact_kind",
            "subject",
            "fact",
            "unit",
            "chosen_value",
            "value_min",
            "value_max",
            "spread_pct",
            "value_reported",
            "article_title",
            "published_date",
            "evidence_text",
        ),
        [
            (
                "metric",
                "Tencent Cloud",
                "cloud_revenue 2018",
                "CNY",
                9400000000.0,
                9100000000.0,
                9400000000.0,
                3.2,
                9400000000.0,
                "Bank of Gansu picks Tencent Cloud for online loans",
                date(2019, 4, 10),
                "Tencent Cloud booked RMB 9.4 billion of revenue in 2018",
            ),
            (
                "metric",
                "Tencent Cloud",
                "cloud_revenue 2018",
                "CNY",
                9400000000.0,
                9100000000.0,
                9400000000.0,
                3.2,
                9100000000.0,
                "Tencent Cloud wins a lending platform deal with Bank of Gansu",
                date(2019, 4, 4),
                "RMB 9.1 billion",
            ),
        ],
    ),
    "deal_network_edges": (
        (
            "organization_a",
            "organization_b",
            "deal_type",
            "deal_count",
            "first_deal_date",
            "reporting_articles",
        ),
        [
            ("Hong Kong Hospital Authority", "Alibaba Cloud", "contract", 1, date(2020, 11, 5), 1),
            ("Huawei Cloud", "Deutsche Telekom", "joint_venture", 1, date(2021, 3, 2), 1),
            ("Tencent Cloud", "Bank of Gansu", "partnership", 1, date(2019, 4, 8), 2),
        ],
    ),
    # The report's cloud revenue chart: each figure in its reported currency beside USD; Tencent Cloud's
    # two conflicting CNY reports are one row marked has_conflict, its own USD figure another row.
    "cloud_revenue_reported_and_usd": (
        (
            "organization_name", "period_label", "period_end", "reported_currency", "revenue_reported",
            "revenue_reported_bn", "revenue_usd_bn", "has_conflict", "source_count",
        ),
        [
            ("Alibaba Cloud", "FY2021 Q2", date(2020, 9, 30), "CNY", 14900000000.0, 14.9, 2.159, False, 1),
            ("Deutsche Telekom", "2009", date(2009, 12, 31), "EUR", 40000000.0, 0.04, 0.053, False, 1),
            ("Tencent Cloud", "2018", date(2018, 12, 31), "CNY", 9400000000.0, 9.4, 1.421, True, 2),
            ("Tencent Cloud", "2018", date(2018, 12, 31), "USD", 1350000000.0, 1.35, 1.35, False, 1),
        ],
    ),
    # The report's run panel: the fixture's latest scan (2026-11-20 02:00 UTC) saw four readable files
    # and two open errors; five articles were extracted at or after it.
    "latest_run_counts": (
        ("step", "measure", "n", "latest_run_at"),
        [
            (step, measure, n, datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
            for step, measure, n in [
                ("ingest", "readable files in raw/", 4),
                ("ingest", "files rejected (open ingest errors)", 2),
                ("extraction", "articles extracted", 5),
                ("extraction", "organizations found", 13),
                ("extraction", "people found", 4),
                ("extraction", "deal reports found", 5),
                ("extraction", "metric reports found", 10),
            ]
        ],
    ),
    "deals_by_type_per_year": (
        (
            "deal_year",
            "deal_type",
            "deal_count",
            "deals_with_disclosed_value",
            "disclosed_value_usd_mn",
            "reporting_articles",
        ),
        [
            (2019, "partnership", 1, 0, None, 2),
            (2020, "contract", 1, 1, 38.7, 1),
            (2021, "joint_venture", 1, 1, 236.6, 1),
        ],
    ),
    "ingest_errors_to_fix": (
        (
            "source_path",
            "reason",
            "first_seen_at",
            "last_seen_at",
            "days_failing",
            "has_last_good_version",
            "last_good_title",
        ),
        [
            (
                "2020/alibaba-cloud-q3.md",
                "could not decode file as utf-8 or cp1252",
                datetime(2026, 11, 18, 2, 0, tzinfo=UTC),
                datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                2,
                True,
                "Alibaba cloud sales rise in the September quarter",
            ),
            (
                "2021/empty\\page.html",
                "no article text left after removing page chrome",
                datetime(2026, 11, 19, 2, 0, tzinfo=UTC),
                datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                1,
                False,
                None,
            ),
        ],
    ),
    "metric_evidence": (
        (
            "organization_name",
            "metric_name",
            "period_label",
            "chosen_value",
            "unit",
            "value_reported",
            "is_chosen",
            "article_title",
            "published_date",
            "source_path",
            "evidence_text",
            "start_char",
            "end_char",
        ),
        [
            (
                "Alibaba Cloud",
                "cloud_revenue",
                "FY2021 Q2",
                14900000000.0,
                "CNY",
                14900000000.0,
                True,
                "Alibaba cloud sales rise in the September quarter",
                date(2020, 11, 5),
                "2020/alibaba-cloud-q3.md",
                "revenue at Alibaba Cloud grew 60% to RMB 14.9 billion",
                72,
                125,
            ),
            (
                "Alibaba Cloud",
                "cloud_revenue_growth",
                "FY2021 Q2",
                60.0,
                "percent",
                60.0,
                True,
                "Alibaba cloud sales rise in the September quarter",
                date(2020, 11, 5),
                "2020/alibaba-cloud-q3.md",
                "revenue at Alibaba Cloud grew 60%",
                72,
                105,
            ),
            (
                "Deutsche Telekom",
                "cloud_revenue",
                "2009",
                40000000.0,
                "EUR",
                40000000.0,
                True,
                "Huawei Cloud and Deutsche Telekom form a joint venture",
                date(2021, 3, 2),
                "2021/huawei-dt-venture.txt",
                "its cloud revenue was EUR 40 million",
                348,
                384,
            ),
            (
                "Huawei Cloud",
                "customers",
                "2021",
                1200.0,
                "count",
                1200.0,
                True,
                "Huawei Cloud and Deutsche Telekom form a joint venture",
                date(2021, 3, 2),
                "2021/huawei-dt-venture.txt",
                "1,200 business customers by the end of 2021",
                247,
                290,
            ),
            (
                "Huawei Cloud",
                "market_share",
                "2020",
                6.5,
                "percent",
                6.5,
                True,
                "Huawei Cloud and Deutsche Telekom form a joint venture",
                date(2021, 3, 2),
                "2021/huawei-dt-venture.txt",
                "Huawei Cloud held a 6.5% share of the global infrastructure market in 2020",
                151,
                225,
            ),
            (
                "Tencent Cloud",
                "cloud_revenue",
                "2018",
                9400000000.0,
                "CNY",
                9400000000.0,
                True,
                "Bank of Gansu picks Tencent Cloud for online loans",
                date(2019, 4, 10),
                "2019/gansu-picks-tencent.html",
                "Tencent Cloud booked RMB 9.4 billion of revenue in 2018",
                179,
                234,
            ),
            (
                "Tencent Cloud",
                "cloud_revenue",
                "2018",
                9400000000.0,
                "CNY",
                9100000000.0,
                False,
                "Tencent Cloud wins a lending platform deal with Bank of Gansu",
                date(2019, 4, 4),
                "2019/tencent-cloud-gansu.txt",
                "RMB 9.1 billion",
                169,
                184,
            ),
            (
                "Tencent Cloud",
                "cloud_revenue",
                "2018",
                1350000000.0,
                "USD",
                1350000000.0,
                True,
                "Tencent Cloud wins a lending platform deal with Bank of Gansu",
                date(2019, 4, 4),
                "2019/tencent-cloud-gansu.txt",
                "$1.35 billion",
                194,
                207,
            ),
            (
                "Tencent Cloud",
                "cloud_revenue_growth",
                "2018",
                100.0,
                "percent",
                100.0,
                True,
                "Tencent Cloud wins a lending platform deal with Bank of Gansu",
                date(2019, 4, 4),
                "2019/tencent-cloud-gansu.txt",
                "more than double the year before",
                218,
                250,
            ),
        ],
    ),
    "numbers_without_a_fact": (
        (
            "title",
            "published_date",
            "quantity_kind",
            "quantity_text",
            "value",
            "unit",
            "start_char",
            "end_char",
        ),
        [
            (
                "Huawei Cloud and Deutsche Telekom form a joint venture",
                date(2021, 3, 2),
                "percent",
                "2%",
                2.0,
                "percent",
                402,
                404,
            )
        ],
    ),
}


def test_every_query_has_expected_rows() -> None:
    assert sorted(EXPECTED_ROWS) == sorted(q.stem for q in QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_returns_the_expected_rows(warehouse: Path, query: Path) -> None:  # noqa: F811
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(query.read_text())
        columns = tuple(d[0] for d in cursor.description)
        found = [tuple(row) for row in cursor.fetchall()]
    expected_columns, expected_rows = EXPECTED_ROWS[query.stem]
    assert columns == expected_columns
    assert found == expected_rows
