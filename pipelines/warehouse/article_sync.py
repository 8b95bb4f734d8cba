"""Bring `ingest.articles` / `article_sources` / `ingest_errors` up to date with the raw folder.

Files whose size and modification time are unchanged since the last run, read by the same
reader version, are not read again: at 10,000 articles a night that is what makes a no-change
re-run almost free.
Everything else is read, cleaned and fingerprinted, then merged with set-based SQL in
one transaction, so a crash leaves the previous state intact.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from pipelines.ingest.reader import READER_VERSION, RawArticle, list_article_files, relative_source_path
from pipelines.warehouse.arrow_io import append_temp_table, load_temp_table
from pipelines.warehouse.parallel_read import read_files
from pipelines.warehouse.progress import Progress, Report

_BATCH = 500

_OK_SCHEMA = pa.schema([
    ("source_path", pa.string()), ("article_id", pa.string()), ("content_hash", pa.string()),
    ("file_sha256", pa.string()), ("file_size", pa.int64()), ("file_mtime_ns", pa.int64()),
    ("title", pa.string()), ("published_date", pa.date32()), ("source_format", pa.string()),
    ("encoding", pa.string()), ("clean_text", pa.string()),
])
_ERROR_SCHEMA = pa.schema([("source_path", pa.string()), ("reason", pa.string())])
_SEEN_SCHEMA = pa.schema([("source_path", pa.string())])


class EmptyRawFolder(Exception):
    """The raw folder lists no file at all while the warehouse holds live articles."""


@dataclass(frozen=True)
class SyncSummary:
    new: int
    changed: int
    unchanged: int
    removed: int
    failed: int
    errors: tuple[tuple[str, str], ...]  # (source_path, reason) of files rejected this run

    def as_metadata(self) -> dict[str, int]:
        counts = asdict(self)
        counts.pop("errors")
        return counts


def sync_articles(
    con: duckdb.DuckDBPyConnection, raw_dir: Path, max_bytes: int, now: datetime, allow_empty: bool = False,
    read_processes: int = 1, report: Report | None = None,
) -> SyncSummary:
    """Bring ``ingest`` in line with the raw folder; ``report`` receives a progress line per batch read."""
    known = {
        path: (size, mtime)
        for path, size, mtime in con.execute(
            "SELECT source_path, file_size, file_mtime_ns FROM ingest.article_sources "
            "WHERE status = 'active' AND reader_version IS NOT DISTINCT FROM ?",
            [READER_VERSION],
        ).fetchall()
    }
    load_temp_table(con, "_scan_ok", _OK_SCHEMA.empty_table())
    load_temp_table(con, "_scan_error", _ERROR_SCHEMA.empty_table())
    load_temp_table(con, "_scan_unchanged", _SEEN_SCHEMA.empty_table())
    _scan(con, raw_dir, max_bytes, known, read_processes, report)
    if not allow_empty and _nothing_listed(con):
        live = con.execute(
            "SELECT count(*) FROM ingest.article_sources WHERE status IN ('active', 'failing')"
        ).fetchone()[0]
        if live:
            # An unmounted share or a mistyped path looks exactly like "every article was deleted":
            # refuse rather than empty the marts; deleting everything on purpose is one setting away.
            raise EmptyRawFolder(
                f"raw folder {raw_dir} lists no article file, but {live} files were present on the last "
                "run; nothing was changed. If they were removed on purpose, run again with "
                "DEALWIRE_ALLOW_EMPTY_RAW=1."
            )
    return _merge(con, now)


def _nothing_listed(con: duckdb.DuckDBPyConnection) -> bool:
    listed = con.execute(
        "SELECT (SELECT count(*) FROM _scan_ok) + (SELECT count(*) FROM _scan_error) "
        "+ (SELECT count(*) FROM _scan_unchanged)"
    ).fetchone()[0]
    return listed == 0


def _scan(
    con: duckdb.DuckDBPyConnection, raw_dir: Path, max_bytes: int, known: dict, read_processes: int,
    report: Report | None,
) -> None:
    ok_rows: list[dict] = []
    error_rows: list[dict] = []
    unchanged_rows: list[dict] = []
    to_read: list[tuple[Path, os.stat_result | None]] = []
    seen: set[str] = set()
    for path in list_article_files(raw_dir):
        source_path = relative_source_path(path, raw_dir)
        if source_path in seen:
            # A name that is not UTF-8 is stored with \xNN escapes, which a real name can also spell:
            # one key for two files. The second is reported under its own key instead of overwriting
            # the first one's row.
            error_rows.append({
                "source_path": f"{source_path} (second file with this name)",
                "reason": "another file's name reads the same once bytes that are not UTF-8 are shown as "
                          "\\xNN; rename the file whose name is not UTF-8",
            })
            continue
        seen.add(source_path)
        stat = _stat(path)
        if stat is not None and known.get(source_path) == (stat.st_size, stat.st_mtime_ns):
            unchanged_rows.append({"source_path": source_path})
        else:
            to_read.append((path, stat))
    results = read_files([path for path, _ in to_read], raw_dir, max_bytes, read_processes)
    progress = Progress("new or changed files read", len(to_read), report)
    for number, ((_, stat), result) in enumerate(zip(to_read, results, strict=True), start=1):
        if number % _BATCH == 0 or number == len(to_read):
            progress.advance(number - progress.done)
        if isinstance(result, RawArticle):
            ok_rows.append(_ok_row(result, stat))
        else:
            error_rows.append({"source_path": result.source_path, "reason": result.reason})
        if len(ok_rows) >= _BATCH:
            append_temp_table(con, "_scan_ok", pa.Table.from_pylist(ok_rows, schema=_OK_SCHEMA))
            ok_rows.clear()
    _flush(con, "_scan_ok", ok_rows, _OK_SCHEMA)
    _flush(con, "_scan_error", error_rows, _ERROR_SCHEMA)
    _flush(con, "_scan_unchanged", unchanged_rows, _SEEN_SCHEMA)


def _flush(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict], schema: pa.Schema) -> None:
    if rows:
        append_temp_table(con, name, pa.Table.from_pylist(rows, schema=schema))


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _ok_row(article: RawArticle, stat: os.stat_result | None) -> dict:
    return {
        "source_path": article.source_path, "article_id": article.article_id,
        "content_hash": article.content_hash, "file_sha256": article.file_sha256,
        "file_size": article.file_size, "file_mtime_ns": stat.st_mtime_ns if stat else None,
        "title": article.title, "published_date": article.published_date,
        "source_format": article.source_format, "encoding": article.encoding,
        "clean_text": article.clean_text,
    }


def _merge(con: duckdb.DuckDBPyConnection, now: datetime) -> SyncSummary:
    """Apply one scan (the _scan_* temp tables) to the ingest tables in a single transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        new, changed, unchanged = _count_scan(con)
        _merge_articles(con, now)
        _merge_sources(con, now)
        _record_errors(con, now)
        removed = _mark_removed(con, now)
        errors = con.execute("SELECT source_path, reason FROM _scan_error ORDER BY source_path").fetchall()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return SyncSummary(
        new=new, changed=changed, unchanged=unchanged, removed=removed, failed=len(errors),
        errors=tuple((path, reason) for path, reason in errors),
    )


def _count_scan(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    """New, changed and unchanged files of this scan, counted before anything is written."""
    counts = con.execute(
        """
        SELECT
          count(*) FILTER (WHERE s.source_path IS NULL OR s.status = 'removed'),
          count(*) FILTER (WHERE s.status <> 'removed' AND s.article_id <> o.article_id),
          count(*) FILTER (WHERE s.status <> 'removed' AND s.article_id = o.article_id)
        FROM _scan_ok o LEFT JOIN ingest.article_sources s USING (source_path)
        """
    ).fetchone()
    new, changed, same_content = counts
    unchanged = same_content + con.execute("SELECT count(*) FROM _scan_unchanged").fetchone()[0]
    return new, changed, unchanged


def _merge_articles(con: duckdb.DuckDBPyConnection, now: datetime) -> None:
    # A file read again by a newer reader may give the same text with a better title or date:
    # the article takes them, and a new publish date re-extracts it (relative dates depend on it).
    # MERGE rather than INSERT ... ON CONFLICT: the same statement works where keys are not enforced
    # (a DuckLake in cluster mode), and the key stays unique there because only MERGE writes it.
    con.execute(
        """
        MERGE INTO ingest.articles AS a
        USING (
            SELECT article_id, any_value(content_hash) AS content_hash, min(title) AS title,
                   min(published_date) AS published_date,
                   CASE WHEN min(published_date) IS NOT NULL THEN 'day' END AS published_precision,
                   min(source_format) AS source_format, min(encoding) AS encoding,
                   any_value(clean_text) AS clean_text
            FROM _scan_ok GROUP BY article_id
        ) AS e ON a.article_id = e.article_id
        WHEN MATCHED THEN UPDATE SET
            title = e.title, published_date = e.published_date,
            published_precision = e.published_precision,
            extractor_version = CASE WHEN a.published_date IS NOT DISTINCT FROM e.published_date
                                     THEN a.extractor_version END
        WHEN NOT MATCHED THEN INSERT (article_id, content_hash, title, published_date,
            published_precision, source_format, encoding, clean_text, char_count, extractor_version,
            first_ingested_at)
        VALUES (e.article_id, e.content_hash, e.title, e.published_date, e.published_precision,
                e.source_format, e.encoding, e.clean_text, length(e.clean_text), NULL, ?)
        """,
        [now],
    )


def _merge_sources(con: duckdb.DuckDBPyConnection, now: datetime) -> None:
    """Every file read well this scan points at its article; files unchanged are marked seen."""
    con.execute(
        """
        MERGE INTO ingest.article_sources AS s
        USING _scan_ok AS e ON s.source_path = e.source_path
        WHEN MATCHED THEN UPDATE SET
            article_id = e.article_id, file_sha256 = e.file_sha256,
            file_size = e.file_size, file_mtime_ns = e.file_mtime_ns,
            status = 'active', last_seen_at = ?, last_error = NULL, reader_version = ?
        WHEN NOT MATCHED THEN INSERT (source_path, article_id, file_sha256, file_size,
            file_mtime_ns, status, first_seen_at, last_seen_at, last_error, reader_version)
        VALUES (e.source_path, e.article_id, e.file_sha256, e.file_size, e.file_mtime_ns, 'active',
                ?, ?, NULL, ?)
        """,
        [now, READER_VERSION, now, now, READER_VERSION],
    )
    con.execute(
        "UPDATE ingest.article_sources SET last_seen_at = ? "
        "WHERE source_path IN (SELECT source_path FROM _scan_unchanged)",
        [now],
    )


def _record_errors(con: duckdb.DuckDBPyConnection, now: datetime) -> None:
    # A file that was good and is now rejected keeps its last good article, flagged.
    con.execute(
        """
        UPDATE ingest.article_sources AS s SET status = 'failing', last_error = e.reason, last_seen_at = ?
        FROM _scan_error e WHERE s.source_path = e.source_path AND s.status IN ('active', 'failing')
        """,
        [now],
    )
    con.execute(
        """
        MERGE INTO ingest.ingest_errors AS i
        USING (SELECT source_path, any_value(reason) AS reason FROM _scan_error GROUP BY source_path) AS e
        ON i.source_path = e.source_path
        WHEN MATCHED THEN UPDATE SET
            reason = e.reason, last_seen_at = ?, is_open = TRUE,
            first_seen_at = CASE WHEN i.is_open THEN i.first_seen_at ELSE ? END
        WHEN NOT MATCHED THEN INSERT (source_path, reason, first_seen_at, last_seen_at, is_open)
        VALUES (e.source_path, e.reason, ?, ?, TRUE)
        """,
        [now, now, now, now],
    )
    # Errors are closed once the file is fixed or gone.
    con.execute(
        "UPDATE ingest.ingest_errors SET is_open = FALSE "
        "WHERE is_open AND source_path NOT IN (SELECT source_path FROM _scan_error)"
    )


def _mark_removed(con: duckdb.DuckDBPyConnection, now: datetime) -> int:
    """Files no longer in raw/ are marked removed; returns how many."""
    # Counted before the UPDATE: a DuckLake's UPDATE has no RETURNING.
    gone = """
        status <> 'removed'
        AND source_path NOT IN (SELECT source_path FROM _scan_ok
                                UNION ALL SELECT source_path FROM _scan_unchanged
                                UNION ALL SELECT source_path FROM _scan_error)"""
    removed = con.execute(f"SELECT count(*) FROM ingest.article_sources WHERE {gone}").fetchone()[0]
    con.execute(f"UPDATE ingest.article_sources SET status = 'removed', last_seen_at = ? WHERE {gone}",
                [now])
    return removed


def live_article_ids_sql() -> str:
    """SQL fragment: ids of articles at least one present file still points at."""
    return "SELECT article_id FROM ingest.article_sources WHERE status IN ('active', 'failing')"


def sample_errors(summary: SyncSummary, limit: int = 20) -> Iterable[str]:
    for path, reason in summary.errors[:limit]:
        yield f"{path}: {reason}"
