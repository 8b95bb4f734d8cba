"""Run the extraction library over the articles that need it, batch by batch.

Only articles without facts from the current extractor version are processed, so an
unchanged article costs nothing and a new extractor version re-extracts everything.
Each batch is committed on its own: a crash loses at most the batch in flight, and an
article never has half of its facts. An article the library fails on (an exception, or facts
that cannot be turned into rows or stored) is left out whole, listed in the summary with its
reason, and tried again next run; the rest of its batch is stored.

An article that kills the process (out of memory on a huge text, a crash in native code) cannot
be caught that way. The articles of the batch in flight are therefore recorded in
`ingest.extraction_attempts` before the library runs, and removed once stored. Rows left behind
name the articles a dead run was working on: the next run extracts each of them alone, and one
that was being extracted when the run died `max_attempts` times (the last ones alone) is skipped
and reported, so one bad article cannot stop every nightly run.

Batches overlap: batch k+1 is handed to the extractor (whose model may read it in a background
process) before the rules run on batch k and it is stored, so both cores work. Both batches are in
`ingest.extraction_attempts` meanwhile. An article extracted alone because a run died on it is never
overlapped, so a death while it is in flight is blamed on it only.

An article whose rules run past its time budget (see `pipelines/extraction/rules_worker.py`) is
stopped, not failed: it is recorded in `ingest.extraction_stops` with its reason, keeps whatever facts
an earlier extractor version stored, and is not tried again until its text (hence its article_id) or
the extractor version changes, so one pathological file costs its budget once, not every night.

What the extractor left unread of an article (lists, tables, runs, text past its cap: model_input.py) is
stored with its facts, in `ingest.articles.unread_chars`, so the warehouse says which facts come from a
part of their article only (`dealwire summary`, `marts.dim_articles`).
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

import duckdb
import pyarrow as pa

from pipelines.extraction.model import EXTRACTOR_VERSION, ArticleFacts
from pipelines.extraction.rules_worker import OverBudget
from pipelines.warehouse.article_sync import live_article_ids_sql
from pipelines.warehouse.fact_store import Rows, facts_to_rows, merge_rows, replace_facts
from pipelines.warehouse.progress import Progress, Report
from pipelines.warehouse.transactions import in_transaction

log = logging.getLogger(__name__)

# Failures of the database rather than of one article's data: never blamed on an article.
_SYSTEM_ERRORS = (duckdb.IOException, duckdb.OutOfMemoryException, duckdb.FatalException,
                  duckdb.TransactionException,  # a commit conflict that outlasted its retries
                  duckdb.InternalException, duckdb.InterruptException)

# Starts extracting a batch (the model may begin reading it in the background) and returns the
# function that finishes it, yielding each article's facts in order.
# An article's outcome is its facts, or an exception standing in for them (OverBudget: stopped).
StartMany = Callable[[Sequence[tuple[str, date | None]]], Callable[[], Iterable[ArticleFacts | Exception]]]
ExtractOne = Callable[[str, date | None], ArticleFacts]
Article = tuple[str, str, date | None]  # (article_id, clean_text, published_date)


class _Extracted(NamedTuple):
    """One article's outcome ready to store: its rows and what of its text the extractor left unread."""

    article_id: str
    rows: Rows
    unread_chars: int


@dataclass
class _BatchInFlight:
    ids: list[str]
    articles: list[Article]
    finish: Callable[[], Iterable[ArticleFacts | Exception]]


@dataclass
class SlowestArticle:
    article_id: str
    chars: int
    seconds: float  # the rules' time (its budget when it was stopped)


@dataclass
class ExtractionSummary:
    articles_extracted: int = 0
    facts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article_id, reason)
    stopped: list[tuple[str, str, float]] = field(default_factory=list)  # (article_id, reason, budget s)
    slowest: SlowestArticle | None = None
    # (article_id, characters, characters the extractor did not read: lists, tables, runs, past its cap)
    read_in_part: list[tuple[str, int, int]] = field(default_factory=list)

    def note_time(self, article_id: str, chars: int, seconds: float) -> None:
        if self.slowest is None or seconds > self.slowest.seconds:
            self.slowest = SlowestArticle(article_id, chars, seconds)


# Extraction is split into shards by the first hex digit of article_id (a content hash, so shards are
# even in size): each shard reads and replaces only its own articles' rows, so shards can run at once
# (cluster mode: one Dagster partition per shard) and re-running one replaces exactly its rows.
SHARDS = tuple("0123456789abcdef")


def shard_of(article_id: str) -> str:
    return article_id[:1]


def _in_shards_sql(column: str = "article_id") -> str:
    """SQL condition (one parameter: the list of shards) true for the articles of those shards."""
    return f"left({column}, 1) IN (SELECT unnest(?::VARCHAR[]))"


def pending_article_ids(
    con: duckdb.DuckDBPyConnection, version: str = EXTRACTOR_VERSION, shards: Sequence[str] = SHARDS
) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            f"""
            SELECT article_id FROM ingest.articles
            WHERE extractor_version IS DISTINCT FROM ? AND article_id IN ({live_article_ids_sql()})
              AND {_in_shards_sql()}
              AND article_id NOT IN (
                  SELECT article_id FROM ingest.extraction_stops WHERE extractor_version = ?)
            ORDER BY article_id
            """,
            [version, list(shards), version],
        ).fetchall()
    ]


def stopped_articles(
    con: duckdb.DuckDBPyConnection, version: str = EXTRACTOR_VERSION
) -> list[tuple[str, str]]:
    """(article_id, reason) of live articles this extractor version stopped over budget, now or before."""
    return con.execute(
        f"""
        SELECT article_id, reason FROM ingest.extraction_stops
        WHERE extractor_version = ? AND article_id IN ({live_article_ids_sql()})
        ORDER BY article_id
        """,
        [version],
    ).fetchall()


def read_in_part_articles(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int]]:
    """(article_id, characters, characters unread) of live articles whose stored facts come from a part of
    their text only, whichever run extracted them."""
    return con.execute(
        f"""
        SELECT article_id, coalesce(char_count, length(clean_text)), unread_chars FROM ingest.articles
        WHERE unread_chars > 0 AND article_id IN ({live_article_ids_sql()})
        ORDER BY article_id
        """
    ).fetchall()


def extract_pending(
    con: duckdb.DuckDBPyConnection,
    start_many: StartMany,
    extract_one: ExtractOne,
    now: datetime,
    batch_size: int = 256,
    version: str = EXTRACTOR_VERSION,
    max_attempts: int = 3,
    report: Report | None = None,
    shards: Sequence[str] = SHARDS,
    first_batch_size: int | None = None,
) -> ExtractionSummary:
    """Extract every pending article of ``shards`` in batches; ``report`` receives a progress line per
    batch. Rows of other shards' articles are neither read nor written. ``first_batch_size`` (default
    ``batch_size``) makes the first batch smaller: nothing else is in flight while the model reads it, so
    the rules wait for the whole of it."""
    summary = ExtractionSummary()
    ids = pending_article_ids(con, version, shards)
    interrupted = _interrupted_attempts(con, ids, version, shards)
    batches: list[tuple[list[str], bool]] = []  # (article ids, extracted alone after a death)
    rest = []
    for article_id in ids:
        attempts = interrupted.get(article_id, 0)
        if attempts >= max_attempts:
            summary.failures.append((article_id, (
                f"skipped: the run died {attempts} times while extracting this article, the last "
                f"{attempts - 1} with this article alone (out of memory or killed); it is tried again when "
                "its text or the extractor version changes, or after DELETE FROM ingest.extraction_attempts "
                f"WHERE article_id = '{article_id}'"
            )))
        elif attempts:
            batches.append(([article_id], True))  # alone, so that a death is blamed on this article only
        else:
            rest.append(article_id)
    bounds = batch_bounds(len(rest), batch_size, first_batch_size)
    batches += [(rest[start:end], False) for start, end in bounds]
    in_flight: deque[_BatchInFlight] = deque()
    progress = Progress("articles extracted", sum(len(batch_ids) for batch_ids, _ in batches), report)

    def finish_oldest() -> None:
        batch = in_flight.popleft()
        _finish(con, batch, extract_one, version, now, summary)
        progress.advance(len(batch.ids))

    for batch_ids, alone in batches:
        if alone:  # nothing else in flight while a suspect article is
            while in_flight:
                finish_oldest()
        articles = con.execute(
            "SELECT article_id, clean_text, published_date FROM ingest.articles "
            "WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id",
            [batch_ids],
        ).fetchall()
        _begin_attempt(con, batch_ids, version, now)
        in_flight.append(_BatchInFlight(batch_ids, articles, _start(start_many, articles)))
        if alone or len(in_flight) > 1:
            finish_oldest()
    while in_flight:
        finish_oldest()
    return summary


def batch_bounds(count: int, batch_size: int, first_batch_size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each batch of ``count`` articles: the first of ``first_batch_size`` (when smaller),
    the rest of ``batch_size``, the last holding what is left."""
    first = min(batch_size, first_batch_size or batch_size)
    bounds = [(0, min(first, count))] if count else []
    bounds += [(start, min(start + batch_size, count)) for start in range(first, count, batch_size)]
    return bounds


def _start(
    start_many: StartMany, articles: list[Article]
) -> Callable[[], Iterable[ArticleFacts | Exception]]:
    items = [(text, published) for _, text, published in articles]
    try:
        return start_many(items)
    except Exception as exc:  # noqa: BLE001 - reported when the batch is finished, article by article
        log.warning("starting a batch's extraction failed", exc_info=True)
        error = exc  # `exc` itself is unbound when the except block ends

        def failed() -> Iterable[ArticleFacts | Exception]:
            raise error

        return failed


def _finish(
    con: duckdb.DuckDBPyConnection, batch: _BatchInFlight, extract_one: ExtractOne, version: str,
    now: datetime, summary: ExtractionSummary,
) -> None:
    stopped_before = len(summary.stopped)
    per_article = _extract_batch(batch.articles, batch.finish, extract_one, summary)
    _record_stops(con, batch.articles, summary.stopped[stopped_before:], version, now)
    _store(con, per_article, version, now, summary)
    in_transaction(con, lambda: con.execute(
        "DELETE FROM ingest.extraction_attempts WHERE article_id IN (SELECT unnest(?))", [batch.ids]))


def _record_stops(
    con: duckdb.DuckDBPyConnection, articles: list[Article], stops: list[tuple[str, str, float]],
    version: str, now: datetime,
) -> None:
    if not stops:
        return
    chars = {article_id: len(text) for article_id, text, _ in articles}
    stops_table = pa.table({
        "article_id": [article_id for article_id, _, _ in stops],
        "char_count": pa.array([chars.get(article_id) for article_id, _, _ in stops], pa.int32()),
        "budget_seconds": pa.array([budget for _, _, budget in stops], pa.float64()),
        "reason": [reason for _, reason, _ in stops],
    })

    def replace_stops() -> None:
        # Delete + insert rather than INSERT OR REPLACE: the same statements work where keys are not
        # enforced (a DuckLake), and only this article's shard writes its row.
        con.execute(
            "DELETE FROM ingest.extraction_stops WHERE article_id IN (SELECT article_id FROM _stops)")
        con.execute("INSERT INTO ingest.extraction_stops SELECT article_id, ?, char_count, budget_seconds, "
                    "reason, ? FROM _stops", [version, now])

    con.register("_stops", stops_table)
    try:
        in_transaction(con, replace_stops)
    finally:
        con.unregister("_stops")


def _interrupted_attempts(
    con: duckdb.DuckDBPyConnection, pending: list[str], version: str, shards: Sequence[str]
) -> dict[str, int]:
    """Pending articles a previous run was extracting when it died, with the number of such deaths.
    Stale rows of these shards are cleared; another shard's rows (maybe a batch in flight) stay."""
    in_transaction(con, lambda: con.execute(
        f"DELETE FROM ingest.extraction_attempts WHERE {_in_shards_sql()} "
        "AND (extractor_version IS DISTINCT FROM ? OR article_id NOT IN (SELECT unnest(?::VARCHAR[])))",
        [list(shards), version, pending],
    ))
    return dict(con.execute(
        "SELECT article_id, attempts FROM ingest.extraction_attempts "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [pending]).fetchall())


def _begin_attempt(con: duckdb.DuckDBPyConnection, batch_ids: list[str], version: str, now: datetime) -> None:
    """Committed before the library runs: if the process dies now, the next run knows which articles."""
    in_transaction(con, lambda: con.execute(
        """
        MERGE INTO ingest.extraction_attempts AS t
        USING (SELECT unnest(?) AS article_id) AS b ON t.article_id = b.article_id
        WHEN MATCHED THEN UPDATE SET attempts = t.attempts + 1, last_attempt_at = ?
        WHEN NOT MATCHED THEN INSERT (article_id, extractor_version, attempts, last_attempt_at)
        VALUES (b.article_id, ?, 1, ?)
        """,
        [batch_ids, now, version, now],
    ))


def _store(
    con: duckdb.DuckDBPyConnection, per_article: list[_Extracted], version: str, now: datetime,
    summary: ExtractionSummary,
) -> None:
    """One transaction for the batch; if the database refuses it, article by article (all or nothing each)."""
    rows: Rows = {}
    for extracted in per_article:
        merge_rows(rows, extracted.rows)
    unread = {extracted.article_id: extracted.unread_chars for extracted in per_article}
    try:
        replace_facts(con, [extracted.article_id for extracted in per_article], rows, version, now,
                      unread_chars=unread)
        stored = per_article
    except _SYSTEM_ERRORS:
        raise  # the database itself is in trouble (disk, memory): that stops the run, as it should
    except Exception:  # noqa: BLE001 - find the article whose facts cannot be stored, keep the rest
        log.warning("storing the batch's facts failed; storing article by article", exc_info=True)
        stored = []
        for extracted in per_article:
            try:
                replace_facts(con, [extracted.article_id], extracted.rows, version, now,
                              unread_chars={extracted.article_id: extracted.unread_chars})
            except _SYSTEM_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                reason = f"storing facts failed: {type(exc).__name__}: {exc}"
                summary.failures.append((extracted.article_id, reason))
                continue
            stored.append(extracted)
    for extracted in stored:
        summary.articles_extracted += 1
        for table, table_rows in extracted.rows.items():
            summary.facts[table] += len(table_rows)


def _extract_batch(
    articles: list[Article],
    finish: Callable[[], Iterable[ArticleFacts | Exception]],
    extract_one: ExtractOne,
    summary: ExtractionSummary,
) -> list[_Extracted]:
    """Every article extracted, with its rows; an article that fails or is stopped has none."""
    try:
        outcomes = list(finish())
        if len(outcomes) != len(articles):
            raise RuntimeError(f"{len(outcomes)} outcomes for {len(articles)} articles")
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch, keep the rest
        log.warning("batch extraction failed; retrying article by article", exc_info=True)
        outcomes = [_extract_alone(extract_one, text, published) for _, text, published in articles]
    per_article = []
    for (article_id, text, _), outcome in zip(articles, outcomes, strict=True):
        if isinstance(outcome, OverBudget):
            summary.stopped.append((article_id, str(outcome), outcome.budget_s))
            summary.note_time(article_id, len(text), outcome.budget_s)
            continue
        try:
            if isinstance(outcome, Exception):
                raise outcome
            summary.note_time(article_id, len(text), outcome.rules_seconds)
            if outcome.unread_chars:  # what the extractor left unread (model_input.py)
                summary.read_in_part.append((article_id, len(text), outcome.unread_chars))
            # Rows are built inside the try: malformed facts are this article's failure, not the run's.
            rows = facts_to_rows(article_id, outcome)
            per_article.append(_Extracted(article_id, rows, outcome.unread_chars))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            summary.failures.append((article_id, _failure_reason(exc)))
    return per_article


def _extract_alone(extract_one: ExtractOne, text: str, published: date | None) -> ArticleFacts | Exception:
    try:
        return extract_one(text, published)
    except Exception as exc:  # noqa: BLE001 - this article's outcome, reported by the caller
        return exc


def _failure_reason(exc: Exception) -> str:
    message = str(exc)
    if message.startswith("extraction failed:"):  # already worded by the rules process
        return message
    return f"extraction failed: {type(exc).__name__}: {exc}"
