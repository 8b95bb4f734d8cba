"""End to end: the real job in a fresh process, into a temporary warehouse.

The first run over raw/ is the session's (`seeded_env`, tests/e2e/conftest.py): the tests that start
from it get its folder restored in place instead of running it again."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEVSET_DIR, REPO_ROOT, require_shared, run_pipeline

pytestmark = pytest.mark.e2e

CONTRACT = {
    "dim_articles": ["article_id", "source_path", "title", "published_date", "content_hash"],
    "dim_organizations": [
        "organization_id",
        "organization_name",
        "organization_type",
        "parent_organization_id",
    ],
    "dim_people": ["person_id", "person_name", "title", "organization_id"],
    "dim_dates": ["date_day", "year", "quarter", "month"],
    "fct_mentions": ["article_id", "entity_type", "entity_id", "mention_text", "start_char", "end_char"],
    "fct_deals": ["deal_id", "deal_type", "announced_date", "amount", "currency", "amount_usd", "summary"],
    "bridge_deal_participants": ["deal_id", "organization_id", "participant_role"],
    "bridge_deal_sources": ["deal_id", "article_id", "evidence_text", "start_char", "end_char"],
    "fct_company_metrics": [
        "metric_id",
        "organization_id",
        "metric_name",
        "period_label",
        "value",
        "unit",
        "value_usd",
    ],
    "bridge_metric_sources": [
        "metric_id",
        "article_id",
        "value_reported",
        "evidence_text",
        "start_char",
        "end_char",
    ],
    "fct_cloud_revenue": [
        "organization_id",
        "period_label",
        "revenue",
        "currency",
        "revenue_usd",
        "yoy_growth_pct",
    ],
}


def _snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: sorted(map(repr, con.execute(f"SELECT * FROM marts.{table}").fetchall()))
            for table in CONTRACT
        }


def _assert_ok(result) -> None:
    assert result.returncode == 0, f"run failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"


def test_seed_run_fills_every_contract_table(seeded_env: dict[str, str]) -> None:
    warehouse = Path(seeded_env["DEALWIRE_WAREHOUSE"])
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table, columns in CONTRACT.items():
            present = {
                row[0]
                for row in con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = 'marts' AND table_name = ?",
                    [table],
                ).fetchall()
            }
            assert set(columns) <= present, f"marts.{table} lacks {set(columns) - present}"
            rows = con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0]
            assert rows > 0, f"marts.{table} is empty"
        paths = {r[0] for r in con.execute("SELECT source_path FROM marts.dim_articles").fetchall()}
        assert paths == {p.name for p in (REPO_ROOT / "raw").glob("*.txt")}
        deal_types = {r[0] for r in con.execute("SELECT deal_type FROM marts.fct_deals").fetchall()}
        assert {"partnership", "mou"} <= deal_types
        cloud = con.execute(
            "SELECT revenue, currency FROM marts.fct_cloud_revenue r JOIN marts.dim_organizations o "
            "USING (organization_id) WHERE o.organization_name ILIKE 'tencent%' AND period_label = '2018'"
        ).fetchall()
        assert (9.1e9, "CNY") in {(round(v, -6), c) for v, c in cloud}
        # Every evidence text is the article's clean text at its offsets.
        mismatches = con.execute(
            "SELECT count(*) FROM marts.bridge_metric_sources s JOIN ingest.articles a USING (article_id) "
            "WHERE substring(a.clean_text, s.start_char + 1, s.end_char - s.start_char) <> s.evidence_text"
        ).fetchone()[0]
        assert mismatches == 0
    # The run wrote its private build copy, the published file and the report beside it, nothing else.
    assert sorted(p.name for p in warehouse.parent.iterdir()) == [".build", "dealwire.duckdb", "report"]
    assert sorted(p.name for p in (warehouse.parent / "report").iterdir()) == [
        "dealwire_report.html",
        "dealwire_report_preview.png",
    ]


def test_rerun_is_a_no_op_and_deterministic(seeded_env: dict[str, str]) -> None:
    first = _snapshot(Path(seeded_env["DEALWIRE_WAREHOUSE"]))
    second_run = run_pipeline(seeded_env)
    _assert_ok(second_run)
    assert _snapshot(Path(seeded_env["DEALWIRE_WAREHOUSE"])) == first


def test_run_succeeds_while_an_analyst_holds_the_warehouse_open(seeded_env: dict[str, str]) -> None:
    require_shared()
    warehouse = Path(seeded_env["DEALWIRE_WAREHOUSE"])
    analyst = duckdb.connect(str(warehouse), read_only=True)
    try:
        before = analyst.execute("SELECT count(*) FROM marts.dim_articles").fetchone()[0]
        shutil.copy(next(DEVSET_DIR.glob("104_*.txt")), Path(seeded_env["DEALWIRE_RAW_DIR"]) / "new.txt")
        _assert_ok(run_pipeline(seeded_env))
        # The open session keeps its consistent snapshot; a new session sees the new warehouse.
        assert analyst.execute("SELECT count(*) FROM marts.dim_articles").fetchone()[0] == before
    finally:
        analyst.close()
    with duckdb.connect(str(warehouse), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM marts.dim_articles").fetchone()[0] == before + 1


def test_seeds_and_devset_together_build_and_pass_every_dbt_test(pipeline_env: dict[str, str]) -> None:
    """The dbt build (all its tests are blocking) passes on the seeds and the devset in one raw folder."""
    require_shared()
    raw = Path(pipeline_env["DEALWIRE_RAW_DIR"])
    for path in sorted(DEVSET_DIR.glob("*")):
        if path.suffix in (".txt", ".html"):
            shutil.copy(path, raw / path.name)
    result = run_pipeline(pipeline_env)
    _assert_ok(result)
    assert "ERROR=0" in result.stdout + result.stderr
    with duckdb.connect(pipeline_env["DEALWIRE_WAREHOUSE"], read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM marts.dim_articles WHERE is_live").fetchone()[0]
        assert articles == len(list(raw.iterdir()))
        # Every amount in a currency the fx_rates seed knows has its USD value.
        unconverted = con.execute(
            """
            SELECT count(*) FROM marts.fct_deals
            WHERE amount IS NOT NULL AND amount_usd IS NULL
              AND currency IN (SELECT currency FROM reference.fx_rates)
            """
        ).fetchone()[0]
        unconverted += con.execute(
            """
            SELECT count(*) FROM marts.fct_company_metrics
            WHERE value_usd IS NULL AND unit IN (SELECT currency FROM reference.fx_rates)
            """
        ).fetchone()[0]
        assert unconverted == 0
        # One row per distinct deal: no two deals with the same type and the same set of parties.
        duplicated = con.execute(
            """
            SELECT count(*) FROM (
                SELECT d.deal_type, list_sort(list(p.organization_id)) AS parties
                FROM marts.fct_deals d JOIN marts.bridge_deal_participants p USING (deal_id)
                GROUP BY d.deal_id, d.deal_type
            ) GROUP BY deal_type, parties HAVING count(*) > 1
            """
        ).fetchall()
        assert duplicated == []
