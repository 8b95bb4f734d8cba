"""Where the ingest tables live and how they are written, without Dagster: the DuckLake ATTACH statement,
the writer lock per mode, commit-conflict retries, column descriptions. Fast, so the mutants of
`store.py`, `transactions.py` and `schema.column_descriptions` can run (docs/testing.md)."""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path

import duckdb
import pytest

from pipelines.settings import load_settings
from pipelines.warehouse import extensions, transactions
from pipelines.warehouse.arrow_io import insert_rows
from pipelines.warehouse.extensions import load_extensions
from pipelines.warehouse.publish import publish_warehouse
from pipelines.warehouse.schema import column_descriptions, column_names, columns_ddl, ensure_ingest_schema
from pipelines.warehouse.store import (
    ingest_connection,
    ingest_writer_lock,
    is_lake,
    lake_attach_sql,
)
from pipelines.warehouse.transactions import in_transaction, is_commit_conflict


def test_the_lake_attach_names_catalog_alias_and_data_path_quoted() -> None:
    assert lake_attach_sql("postgres:dbname=d", "/data/it's") == (
        "ATTACH IF NOT EXISTS 'ducklake:postgres:dbname=d' AS lake (DATA_PATH '/data/it''s')")
    assert lake_attach_sql("c.ducklake", "d", alias="other", read_only=True) == (
        "ATTACH IF NOT EXISTS 'ducklake:c.ducklake' AS other (DATA_PATH 'd', READ_ONLY)")


def test_a_lake_attached_by_that_statement_is_a_lake_and_a_plain_database_is_not(tmp_path: Path) -> None:
    con = duckdb.connect()
    assert is_lake(con) is False
    load_extensions(con, ("ducklake",))
    data = tmp_path / "it's data"
    con.execute(lake_attach_sql(str(tmp_path / "catalog.ducklake"), str(data)))
    con.execute("USE lake")
    assert is_lake(con) is True


def test_local_mode_writes_the_build_database_under_the_file_lock(tmp_path: Path) -> None:
    settings = load_settings({"DEALWIRE_WAREHOUSE": str(tmp_path / "w" / "dealwire.duckdb")})
    assert not isinstance(ingest_writer_lock(settings), nullcontext)
    with ingest_writer_lock(settings):
        assert settings.lock_path.exists()  # the build database's own lock file
    with ingest_connection(settings) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS n")
    assert settings.build_database.exists()
    cluster = load_settings({"DEALWIRE_WAREHOUSE": str(tmp_path / "w" / "dealwire.duckdb"),
                             "DEALWIRE_MODE": "cluster", "DEALWIRE_LAKE_CATALOG": "postgres:dbname=x"})
    assert isinstance(ingest_writer_lock(cluster), nullcontext)


def test_only_a_transaction_conflict_is_a_commit_conflict() -> None:
    assert is_commit_conflict(duckdb.TransactionException("Transaction CONFLICT on table t"))
    assert not is_commit_conflict(duckdb.TransactionException("cannot start a transaction"))
    assert not is_commit_conflict(duckdb.IOException("conflict"))


def test_a_commit_conflict_is_retried_and_other_errors_are_not(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(transactions.time, "sleep", sleeps.append)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (n INTEGER)")
    tries: list[int] = []

    def conflicting_twice() -> None:
        tries.append(1)
        con.execute("INSERT INTO t VALUES (?)", [len(tries)])
        if len(tries) < 3:
            raise duckdb.TransactionException("Transaction conflict")

    in_transaction(con, conflicting_twice)
    assert len(tries) == 3 and con.execute("SELECT n FROM t").fetchall() == [(3,)]  # rolled back twice
    # Jittered exponential backoff: 0.1 s then 0.2 s, each times 0.5-1.5.
    assert len(sleeps) == 2 and 0.05 <= sleeps[0] <= 0.15 and 0.1 <= sleeps[1] <= 0.3
    sleeps.clear()
    in_transaction(con, lambda: None, wait_s=100.0)
    tries.clear()
    in_transaction(con, conflicting_twice, wait_s=100.0)
    assert all(1.0 <= s <= 3.0 for s in sleeps) and len(sleeps) == 2  # capped at 2 s before the jitter
    con.execute("DELETE FROM t")

    def failing() -> None:
        tries.append(1)
        con.execute("INSERT INTO t VALUES (99)")
        raise ValueError("not a conflict")

    tries.clear()
    with pytest.raises(ValueError):
        in_transaction(con, failing)
    assert len(tries) == 1 and con.execute("SELECT count(*) FROM t").fetchone() == (0,)

    def always_conflicting() -> None:
        tries.append(1)
        con.execute("INSERT INTO t VALUES (99)")
        raise duckdb.TransactionException("Transaction conflict")

    tries.clear()
    with pytest.raises(duckdb.TransactionException):
        in_transaction(con, always_conflicting, attempts=2)
    assert len(tries) == 2 and con.execute("SELECT count(*) FROM t").fetchone() == (0,)
    # After any of these the connection is usable: no transaction left open.
    con.execute("BEGIN TRANSACTION")
    con.execute("COMMIT")


def test_insert_rows_appends_by_column_name_and_counts_them() -> None:
    con = duckdb.connect()
    ensure_ingest_schema(con)
    assert insert_rows(con, "quantities", []) == 0
    rows = [{"quantity_id": "q1", "article_id": "a1", "unit": "USD", "value": 5.0},
            {"quantity_id": "q2", "article_id": "a1"}]
    assert insert_rows(con, "quantities", rows) == 2
    assert con.execute("SELECT quantity_id, unit, value FROM ingest.quantities ORDER BY 1").fetchall() == [
        ("q1", "USD", 5.0), ("q2", None, None)]


def test_a_leftover_copy_is_checked_with_signal_0_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live publisher's copy is kept, and checking it sends no signal that could stop that process."""
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS n")
    alive = os.getppid()  # another live process (this test's parent)
    its_copy = tmp_path / f".dealwire.duckdb.publishing-{alive}"
    its_copy.write_bytes(b"half a copy")
    signals: list[tuple[int, int]] = []
    real_kill = os.kill
    monkeypatch.setattr(os, "kill", lambda pid, sig: signals.append((pid, sig)) or real_kill(pid, 0))
    publish_warehouse(build, tmp_path / "dealwire.duckdb")
    assert signals == [(alive, 0)] and its_copy.exists()


def test_a_lake_table_declares_its_keys_not_null_instead_of_primary_key() -> None:
    enforced, lake = columns_ddl("articles"), columns_ddl("articles", keys_enforced=False)
    assert "PRIMARY KEY" in enforced and "PRIMARY KEY" not in lake and "UNIQUE" not in lake
    assert lake == enforced.replace("PRIMARY KEY", "NOT NULL")


def test_retries_back_off_exponentially_and_are_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(transactions.time, "sleep", sleeps.append)
    jitter: list[tuple[float, float]] = []
    monkeypatch.setattr(transactions.random, "uniform", lambda low, high: jitter.append((low, high)) or 1.0)
    con = duckdb.connect()
    tries: list[int] = []

    def conflicting_three_times() -> None:
        tries.append(1)
        if len(tries) < 4:
            raise duckdb.TransactionException("Transaction conflict")

    with caplog.at_level("INFO", logger=transactions.__name__):
        in_transaction(con, conflicting_three_times, wait_s=0.05)
    assert sleeps == pytest.approx([0.1, 0.2, 0.4]) and jitter == [(0.5, 1.5)] * 3
    assert [r.getMessage() for r in caplog.records if r.name == transactions.__name__] == [
        f"commit conflict with a concurrent writer (attempt {n}); retrying" for n in (1, 2, 3)]


def test_a_missing_extension_wheel_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(extensions.EXTENSION_PACKAGES, "ducklake", "duckdb-extension-not-installed")
    with pytest.raises(extensions.ExtensionMissing) as missing:
        extensions.extension_file("ducklake")
    assert str(missing.value) == (
        "duckdb-extension-not-installed is not installed (it is in requirements.lock)")


def test_column_descriptions_come_from_the_sources_file() -> None:
    described = column_descriptions("articles")
    assert list(described) == column_names("articles")
    assert described["article_id"] and all(isinstance(text, str) for text in described.values())
    assert column_descriptions("extraction_attempts") == {}


def test_a_lake_stores_each_articles_unread_count_with_its_facts(tmp_path: Path) -> None:
    """The batched UPDATE ... FROM of replace_facts works where the ingest tables are a DuckLake."""
    from datetime import UTC, datetime

    from pipelines.warehouse.fact_store import replace_facts

    con = duckdb.connect()
    load_extensions(con, ("ducklake",))
    con.execute(lake_attach_sql(str(tmp_path / "catalog.ducklake"), str(tmp_path / "data")))
    con.execute("USE lake")
    ensure_ingest_schema(con)
    insert_rows(con, "articles", [{"article_id": a, "content_hash": a, "clean_text": "text"} for a in "xyz"])
    replace_facts(con, ["x", "y"], {}, "v", datetime(2026, 12, 5, tzinfo=UTC), unread_chars={"x": 40})
    assert con.execute("SELECT article_id, unread_chars, extractor_version FROM ingest.articles ORDER BY 1"
                       ).fetchall() == [("x", 40, "v"), ("y", 0, "v"), ("z", None, None)]
