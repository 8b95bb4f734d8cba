"""Batches overlap on a temporary DuckDB: the next batch starts before the current one is finished,
except around an article extracted alone after a run died on it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines.extraction.model import EXTRACTOR_VERSION, ArticleFacts
from pipelines.warehouse.article_sync import sync_articles
from pipelines.warehouse.extraction_run import extract_pending
from pipelines.warehouse.schema import ensure_ingest_schema

NOW = datetime(2026, 12, 2, tzinfo=UTC)


def _warehouse(tmp_path: Path, raw_dir: Path, articles: int) -> duckdb.DuckDBPyConnection:
    seed = sorted(raw_dir.iterdir())[0].read_text()
    for number in range(articles - len(list(raw_dir.iterdir()))):  # distinct texts: distinct articles
        (raw_dir / f"extra {number}.txt").write_text(f"{seed}\nUpdate number {number}.\n")
    con = duckdb.connect(str(tmp_path / "build.duckdb"))
    ensure_ingest_schema(con)
    sync_articles(con, raw_dir, max_bytes=1 << 20, now=NOW)
    return con


class _Recorder:
    """A stand-in extractor logging when each batch starts and finishes, and what was in flight."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.events: list[tuple[str, int]] = []
        self.attempted_while_finishing: list[int] = []

    def start_many(self, items):
        batch = len({number for _, number in self.events if _ == "start"})
        self.events.append(("start", batch))

        def finish():
            self.events.append(("finish", batch))
            self.attempted_while_finishing.append(
                self.con.execute("SELECT count(*) FROM ingest.extraction_attempts").fetchone()[0])
            return [ArticleFacts() for _ in items]

        return finish

    def extract_one(self, text, published):
        raise AssertionError("no article fails here")


def test_the_next_batch_starts_before_the_current_one_is_finished(tmp_path: Path, raw_dir: Path) -> None:
    con = _warehouse(tmp_path, raw_dir, articles=5)
    recorder = _Recorder(con)
    summary = extract_pending(con, recorder.start_many, recorder.extract_one, NOW, batch_size=2)
    assert summary.articles_extracted == 5 and not summary.failures
    assert recorder.events == [("start", 0), ("start", 1), ("finish", 0), ("start", 2), ("finish", 1),
                               ("finish", 2)]
    # Both batches in flight are recorded as attempted (a death now is known to concern them).
    assert recorder.attempted_while_finishing == [4, 3, 1]
    assert con.execute("SELECT count(*) FROM ingest.extraction_attempts").fetchone() == (0,)


def test_an_article_a_run_died_on_is_never_in_flight_with_another(tmp_path: Path, raw_dir: Path) -> None:
    con = _warehouse(tmp_path, raw_dir, articles=5)
    suspect = con.execute("SELECT min(article_id) FROM ingest.articles").fetchone()[0]
    con.execute("INSERT INTO ingest.extraction_attempts VALUES (?, ?, 1, ?)",
                [suspect, EXTRACTOR_VERSION, NOW])
    recorder = _Recorder(con)
    extract_pending(con, recorder.start_many, recorder.extract_one, NOW, batch_size=2)
    # The suspect alone: started and finished with nothing else in flight; then the others overlap.
    assert recorder.events[:2] == [("start", 0), ("finish", 0)]
    assert recorder.attempted_while_finishing[0] == 1
    assert recorder.events[2:] == [("start", 1), ("start", 2), ("finish", 1), ("finish", 2)]


def test_a_batch_that_cannot_be_started_is_extracted_one_by_one(tmp_path: Path, raw_dir: Path) -> None:
    con = _warehouse(tmp_path, raw_dir, articles=3)
    singles: list[str] = []

    def start_many(items):
        raise RuntimeError("the model process could not start")

    def extract_one(text, published):
        singles.append(text)
        return ArticleFacts()

    summary = extract_pending(con, start_many, extract_one, NOW, batch_size=2)
    assert len(singles) == 3 and summary.articles_extracted == 3 and not summary.failures
