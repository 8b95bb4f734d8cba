"""Run the extraction library over the articles that need it, batch by batch.

Only articles without facts from the current extractor version are processed, so an
unchanged article costs nothing and a new extractor version re-extracts everything.
Each batch is committed on its own: a crash loses at most the batch in flight, and an
article never has half of its facts.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from pipelines.extraction.model import EXTRACTOR_VERSION, ArticleFacts
from pipelines.warehouse.article_sync import live_article_ids_sql
from pipelines.warehouse.fact_store import Rows, facts_to_rows, merge_rows, replace_facts

log = logging.getLogger(__name__)

ExtractMany = Callable[[Sequence[tuple[str, date | None]]], Iterator[ArticleFacts]]
ExtractOne = Callable[[str, date | None], ArticleFacts]


@dataclass
class ExtractionSummary:
    articles_extracted: int = 0
    facts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article_id, reason)


def pending_article_ids(con: duckdb.DuckDBPyConnection, version: str = EXTRACTOR_VERSION) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            f"""
            SELECT article_id FROM ingest.articles
            WHERE extractor_version IS DISTINCT FROM ? AND article_id IN ({live_article_ids_sql()})
            ORDER BY article_id
            """,
            [version],
        ).fetchall()
    ]


def extract_pending(
    con: duckdb.DuckDBPyConnection,
    extract_many: ExtractMany,
    extract_one: ExtractOne,
    now: datetime,
    batch_size: int = 256,
    version: str = EXTRACTOR_VERSION,
) -> ExtractionSummary:
    summary = ExtractionSummary()
    ids = pending_article_ids(con, version)
    for offset in range(0, len(ids), batch_size):
        batch_ids = ids[offset : offset + batch_size]
        articles = con.execute(
            "SELECT article_id, clean_text, published_date FROM ingest.articles "
            "WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id",
            [batch_ids],
        ).fetchall()
        rows, done = _extract_batch(articles, extract_many, extract_one, summary)
        replace_facts(con, done, rows, version, now)
        summary.articles_extracted += len(done)
        for table, table_rows in rows.items():
            summary.facts[table] += len(table_rows)
    return summary


def _extract_batch(
    articles: list[tuple[str, str, date | None]],
    extract_many: ExtractMany,
    extract_one: ExtractOne,
    summary: ExtractionSummary,
) -> tuple[Rows, list[str]]:
    rows: Rows = {}
    done: list[str] = []
    try:
        results = list(extract_many([(text, published) for _, text, published in articles]))
        for (article_id, _, _), facts in zip(articles, results, strict=True):
            merge_rows(rows, facts_to_rows(article_id, facts))
            done.append(article_id)
        return rows, done
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch, keep the rest
        log.warning("batch extraction failed; retrying article by article", exc_info=True)
    rows, done = {}, []
    for article_id, text, published in articles:
        try:
            facts = extract_one(text, published)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            summary.failures.append((article_id, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        merge_rows(rows, facts_to_rows(article_id, facts))
        done.append(article_id)
    return rows, done
