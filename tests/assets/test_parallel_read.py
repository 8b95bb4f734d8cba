"""Reading files in worker processes gives the same ingest tables as reading them in this process."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse import parallel_read
from pipelines.warehouse.article_sync import sync_articles
from pipelines.warehouse.schema import ensure_ingest_schema
from tests.conftest import DEVSET_DIR, require_shared
from tests.fixtures.bad_inputs import BODY, HEADLINE

NOW = datetime(2026, 12, 2, tzinfo=UTC)


def _ingest(raw_dir: Path, database: Path, processes: int) -> dict[str, list[tuple]]:
    with duckdb.connect(str(database)) as con:
        ensure_ingest_schema(con)
        summary = sync_articles(con, raw_dir, max_bytes=1 << 20, now=NOW, read_processes=processes)
        assert summary.new > 0 and summary.failed >= 2
        return {table: con.execute(f"SELECT * FROM ingest.{table} ORDER BY ALL").fetchall()
                for table in ("articles", "article_sources", "ingest_errors")}


def test_worker_processes_read_the_same_as_this_process(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_shared()
    for path in sorted(DEVSET_DIR.glob("*.*")):  # .txt and .html pages
        if path.suffix in (".txt", ".html"):
            shutil.copy(path, raw_dir / path.name)
    (raw_dir / "empty.txt").write_text("")
    (raw_dir / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (raw_dir / "plain.md").write_text(f"# {HEADLINE}\n\n{BODY}\n")
    monkeypatch.setattr(parallel_read, "PARALLEL_FROM_FILES", 2)
    monkeypatch.setattr(parallel_read, "_WINDOW", 5)  # several windows, results still in order
    in_process = _ingest(raw_dir, tmp_path / "one.duckdb", processes=1)

    def not_here(*args, **kwargs):
        raise AssertionError("read in the run's process although workers were asked for")

    monkeypatch.setattr(parallel_read, "read_article_file", not_here)  # workers import their own copy
    in_workers = _ingest(raw_dir, tmp_path / "two.duckdb", processes=2)
    assert in_workers == in_process
