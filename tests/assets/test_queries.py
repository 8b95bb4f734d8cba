"""Every analyst query in queries/*.sql runs in plain DuckDB against the warehouse built from the fixture."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from tests.assets.test_dbt_models import REPO_ROOT, build_fixture_warehouse

QUERIES = sorted((REPO_ROOT / "queries").glob("*.sql"))


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build_fixture_warehouse(tmp_path_factory)   # shared with test_dbt_models.py: dbt runs once
    assert built.result.returncode == 0, f"dbt build failed:\n{built.result.stdout[-6000:]}"
    return built.database


def test_there_are_analyst_queries() -> None:
    names = {q.stem for q in QUERIES}
    assert {"cloud_revenue_by_company", "deal_network_edges", "deals_by_type_per_year", "metric_evidence",
            "conflicting_reports", "ingest_errors_to_fix"} <= names


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_starts_with_a_header_comment_and_reads_marts(query: Path) -> None:
    sql = query.read_text()
    assert sql.lstrip().startswith("--"), "each query opens with a comment saying what it answers"
    assert re.search(r"\bmarts\.\w+", sql), "queries read the curated marts by name"
    assert not re.search(r"\b(ingest|staging|intermediate)\.\w+", sql), "queries read marts only"


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_returns_rows(warehouse: Path, query: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        result = con.execute(query.read_text()).fetchall()
    assert result, f"{query.name} returned no rows on the fixture warehouse"


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_query_columns_are_plain_types_not_int128(warehouse: Path, query: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        types = con.sql(query.read_text()).types
    assert "HUGEINT" not in [str(t) for t in types], f"{query.name}: a sum of counts comes out as int128"


def test_cloud_revenue_rolls_units_up_to_their_group(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute((REPO_ROOT / "queries" / "cloud_revenue_by_company.sql").read_text())
        columns = [d[0] for d in cursor.description]
        found = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    tencent_2018 = [r for r in found if r["company"] == "Tencent Holdings" and r["period_label"] == "2018"]
    # The stated USD figure is used, not added to the converted CNY one.
    assert [r["cloud_revenue_usd_bn"] for r in tencent_2018] == [1.35]


def test_conflicting_reports_lists_each_disagreeing_report(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = con.execute((REPO_ROOT / "queries" / "conflicting_reports.sql").read_text()).fetchall()
    reported = sorted(row[8] for row in found if row[0] == "metric")
    assert reported == [9.1e9, 9.4e9]
