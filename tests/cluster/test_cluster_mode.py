"""The refresh job in cluster mode (DEALWIRE_MODE=cluster: ingest tables in a DuckLake whose catalog is a
throwaway PostgreSQL) builds the same marts as local mode on the same input, and publishes a file that
is self-contained like local mode's: its staging views and `ingest` tables read without the lake."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.conftest import run_pipeline

# Run times differ between two runs; everything else must be equal.
_RUN_TIMES = ("first_seen_at", "last_seen_at", "first_ingested_at", "extracted_at")


def _marts(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' ORDER BY 1").fetchall()]
        marts = {}
        for table in tables:
            columns = [row[0] for row in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'marts' AND table_name = ? ORDER BY ordinal_position",
                [table]).fetchall()]
            kept = ", ".join(column for column in columns if column not in _RUN_TIMES)
            marts[table] = con.execute(f"SELECT {kept} FROM marts.{table} ORDER BY ALL").fetchall()
        return marts


@pytest.mark.e2e
def test_cluster_mode_builds_the_same_marts_as_local_mode(
    pipeline_env: dict[str, str], tmp_path: Path, postgres_dsn: str
) -> None:
    local = run_pipeline(pipeline_env)
    assert local.returncode == 0, local.stderr[-3000:]
    cluster_env = {
        **pipeline_env,
        "DEALWIRE_WAREHOUSE": str(tmp_path / "cluster" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(tmp_path / "cluster" / ".build" / "dealwire.duckdb"),
        "DEALWIRE_REPORT_DIR": str(tmp_path / "cluster" / "report"),
        "DEALWIRE_MODE": "cluster",
        "DEALWIRE_LAKE_CATALOG": f"postgres:{postgres_dsn}",
        "DEALWIRE_LAKE_DATA": str(tmp_path / "lake"),
    }
    cluster = run_pipeline(cluster_env)
    assert cluster.returncode == 0, cluster.stderr[-3000:]

    local_marts = _marts(Path(pipeline_env["DEALWIRE_WAREHOUSE"]))
    assert local_marts["fct_deals"] and local_marts["fct_mentions"]
    assert _marts(Path(cluster_env["DEALWIRE_WAREHOUSE"])) == local_marts
    # The published file reads alone: no lake attached here.
    with duckdb.connect(cluster_env["DEALWIRE_WAREHOUSE"], read_only=True) as con:
        assert con.execute("SELECT count(*) FROM staging.stg_ingest__articles").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM ingest.ingest_errors").fetchone() is not None
