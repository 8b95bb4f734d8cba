"""The ingest asset on a temporary DuckDB: incremental add / change / delete / unchanged."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs.ingest import ingest_articles
from pipelines.defs.resources import build_resources

BODY = (
    "Northwind Analytics said on Monday that it had signed a partnership agreement with Contoso Bank "
    "to build a cloud platform for small business lending. The two companies did not disclose terms.\n"
)


def _materialize(env: dict[str, str]) -> dict[str, int]:
    result = dg.materialize(
        [ingest_articles],
        resources=build_resources(),
    )
    assert result.success
    metadata = result.asset_materializations_for_node("ingest_articles")[0].metadata
    return {
        key.removeprefix("files_"): value.value
        for key, value in metadata.items()
        if key.startswith("files_")
    }


def _sources(env: dict[str, str]) -> dict[str, tuple[str, str]]:
    with duckdb.connect(env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        return {path: (status, article_id) for path, status, article_id in con.execute(
            "SELECT source_path, status, article_id FROM ingest.article_sources").fetchall()}


def test_incremental_add_change_delete_unchanged(pipeline_env: dict[str, str], raw_dir: Path) -> None:
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    seeds = sorted(p.name for p in raw_dir.iterdir())
    first = _materialize(pipeline_env)
    assert first == {"new": len(seeds), "changed": 0, "unchanged": 0, "removed": 0, "failed": 0}

    assert _materialize(pipeline_env)["unchanged"] == len(seeds)

    (raw_dir / "added.txt").write_text("Contoso Bank and Northwind sign deal\n\n" + BODY)
    before = _sources(pipeline_env)
    changed_path = raw_dir / seeds[0]
    closing = "\nA closing paragraph was added by the editor today.\n"
    changed_path.write_text(changed_path.read_text() + closing)
    os.utime(changed_path, ns=(1, 1))
    (raw_dir / seeds[1]).unlink()
    counts = _materialize(pipeline_env)
    assert counts == {"new": 1, "changed": 1, "unchanged": len(seeds) - 2, "removed": 1, "failed": 0}

    after = _sources(pipeline_env)
    assert after[seeds[0]][0] == "active" and after[seeds[0]][1] != before[seeds[0]][1]
    assert after[seeds[1]][0] == "removed"
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        # The removed file's article row stays (marked through its source), nothing is lost.
        assert con.execute("SELECT count(*) FROM ingest.articles WHERE article_id = ?",
                           [before[seeds[1]][1]]).fetchone()[0] == 1


def test_bad_file_is_recorded_and_last_good_article_kept(pipeline_env: dict[str, str], raw_dir: Path) -> None:
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    (raw_dir / "story.txt").write_text("Contoso Bank teams up with Northwind\n\n" + BODY)
    _materialize(pipeline_env)
    (raw_dir / "story.txt").write_bytes(b"")
    (raw_dir / "broken.html").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    counts = _materialize(pipeline_env)
    assert counts["failed"] == 2
    sources = _sources(pipeline_env)
    assert sources["story.txt"][0] == "failing"
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        errors = dict(
            con.execute("SELECT source_path, reason FROM ingest.ingest_errors WHERE is_open").fetchall()
        )
    assert set(errors) == {"story.txt", "broken.html"}
    assert all(reason for reason in errors.values())
    # Fixing the file closes its error and restores it.
    (raw_dir / "story.txt").write_text("Contoso Bank teams up with Northwind\n\n" + BODY)
    _materialize(pipeline_env)
    assert _sources(pipeline_env)["story.txt"][0] == "active"


def _error_row(env: dict[str, str], path: str) -> tuple:
    with duckdb.connect(env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        return con.execute(
            "SELECT is_open, first_seen_at, last_seen_at FROM ingest.ingest_errors WHERE source_path = ?",
            [path],
        ).fetchone()


def test_a_file_that_breaks_again_after_a_fix_reopens_its_error(
    pipeline_env: dict[str, str], raw_dir: Path
) -> None:
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    story = raw_dir / "story.txt"
    story.write_bytes(b"")
    _materialize(pipeline_env)
    first_open, first_seen, _ = _error_row(pipeline_env, "story.txt")
    assert first_open

    story.write_text("Contoso Bank teams up with Northwind\n\n" + BODY)
    assert _materialize(pipeline_env)["failed"] == 0
    assert _error_row(pipeline_env, "story.txt")[0] is False, "fixed: the error is closed"

    story.write_bytes(b"")
    assert _materialize(pipeline_env)["failed"] == 1
    is_open, seen_again, last_seen = _error_row(pipeline_env, "story.txt")
    assert is_open, "broken again: the error is open again"
    assert seen_again > first_seen and seen_again == last_seen, "a new episode starts at the new break"
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        assert _sources(pipeline_env)["story.txt"][0] == "failing"
        listed = con.execute("SELECT count(*) FROM ingest.ingest_errors WHERE is_open").fetchone()[0]
    assert listed == 1


def test_a_new_reader_version_rereads_unchanged_files(
    pipeline_env: dict[str, str], raw_dir: Path, monkeypatch
) -> None:
    import dataclasses
    from datetime import date

    from pipelines.warehouse import article_sync, parallel_read

    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    files = len(list(raw_dir.iterdir()))
    _materialize(pipeline_env)
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"]) as con:
        con.execute("UPDATE ingest.articles SET extractor_version = 'current'")

    # A newer reader finds a publish date the old one missed, in files whose bytes did not change.
    read = parallel_read.read_article_file  # small runs read in this process

    def newer_reader(*args, **kwargs):
        return dataclasses.replace(read(*args, **kwargs), published_date=date(2024, 5, 6))

    monkeypatch.setattr(article_sync, "READER_VERSION", "newer")
    monkeypatch.setattr(parallel_read, "read_article_file", newer_reader)
    counts = _materialize(pipeline_env)
    assert counts["unchanged"] == files and counts["changed"] == counts["new"] == 0
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        versions = con.execute("SELECT DISTINCT reader_version FROM ingest.article_sources").fetchall()
        rows = con.execute(
            "SELECT DISTINCT published_date, extractor_version FROM ingest.articles"
        ).fetchall()
    assert versions == [("newer",)]
    # The better date reaches the article, which is queued for extraction again.
    assert rows == [(date(2024, 5, 6), None)]

    # Same reader again: nothing is read.
    monkeypatch.setattr(parallel_read, "read_article_file", lambda *a, **k: pytest.fail("file re-read"))
    assert _materialize(pipeline_env)["unchanged"] == files


def test_a_warehouse_built_before_reader_versions_gains_the_column(tmp_path: Path) -> None:
    from pipelines.warehouse.schema import ensure_ingest_schema

    with duckdb.connect(str(tmp_path / "old.duckdb")) as con:
        con.execute("CREATE SCHEMA ingest")
        con.execute("CREATE TABLE ingest.article_sources (source_path VARCHAR PRIMARY KEY, "
                    "article_id VARCHAR, status VARCHAR NOT NULL)")
        con.execute("INSERT INTO ingest.article_sources VALUES ('a.txt', 'x', 'active')")
        ensure_ingest_schema(con)
        ensure_ingest_schema(con)  # idempotent
        row = con.execute("SELECT source_path, reader_version FROM ingest.article_sources").fetchall()
    assert row == [("a.txt", None)]


def test_an_emptied_raw_folder_is_refused_unless_confirmed(
    pipeline_env: dict[str, str], raw_dir: Path, monkeypatch
) -> None:
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    files = sorted(raw_dir.iterdir())
    _materialize(pipeline_env)
    for path in files:
        path.unlink()  # what an unmounted share looks like
    result = dg.materialize(
        [ingest_articles],
        resources=build_resources(),
        raise_on_error=False,
    )
    assert not result.success
    failure = result.get_step_failure_events()[0].event_specific_data.error.message
    assert "lists no article file" in failure and "DEALWIRE_ALLOW_EMPTY_RAW" in failure
    del result
    gc.collect()  # the failure's traceback holds the step's writable connection open
    assert {status for status, _ in _sources(pipeline_env).values()} == {"active"}

    monkeypatch.setenv("DEALWIRE_ALLOW_EMPTY_RAW", "1")
    assert _materialize(pipeline_env)["removed"] == len(files)
