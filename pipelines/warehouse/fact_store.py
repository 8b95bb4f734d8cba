"""Turn extraction records into `ingest` rows and replace an article's facts atomically."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import duckdb

from pipelines.extraction.model import ArticleFacts
from pipelines.warehouse.arrow_io import insert_rows
from pipelines.warehouse.schema import FACT_TABLES
from pipelines.warehouse.transactions import in_transaction

Rows = dict[str, list[dict[str, Any]]]


def stable_id(*parts: object) -> str:
    """Deterministic id: the same article and offsets give the same id on every run."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def person_key(name: str) -> str:
    return " ".join(name.lower().split())


def facts_to_rows(article_id: str, facts: ArticleFacts) -> Rows:
    rows: Rows = {table: [] for table in FACT_TABLES}
    for org in facts.organizations:
        rows["organizations"].append({
            "article_id": article_id, "organization_key": org.key, "organization_name": org.name,
            "organization_type": org.kind, "aliases": sorted(set(org.aliases)),
            "parent_key": org.parent_key, "parent_name": org.parent_name,
        })
        for m in org.mentions:
            rows["mentions"].append(_mention(article_id, "organization", org.key, m.text, m.start, m.end))
    for person in facts.people:
        key = person_key(person.name)
        rows["people"].append({
            "article_id": article_id, "person_key": key, "person_name": person.name, "title": person.title,
            "organization_key": person.organization_key, "organization_name": person.organization_name,
        })
        for m in person.mentions:
            rows["mentions"].append(_mention(article_id, "person", key, m.text, m.start, m.end))
    for deal in facts.deals:
        party_keys = sorted({p.organization_key for p in deal.participants})
        # The type is part of the id: one sentence can report two deals between the same parties
        # (an MoU and the joint venture it sets up).
        article_deal_id = stable_id(
            article_id, "deal", deal.deal_type, deal.evidence.start, deal.evidence.end, *party_keys
        )
        rows["deals"].append({
            "article_deal_id": article_deal_id, "article_id": article_id,
            "deal_key": stable_id(deal.deal_type, *party_keys), "deal_type": deal.deal_type,
            "announced_date": deal.announced, "amount": deal.amount, "currency": deal.currency,
            "summary": deal.summary, "evidence_text": deal.evidence.text,
            "start_char": deal.evidence.start, "end_char": deal.evidence.end,
        })
        for p in deal.participants:
            rows["deal_participants"].append({
                "article_deal_id": article_deal_id, "article_id": article_id,
                "organization_key": p.organization_key, "organization_name": p.organization_name,
                "participant_role": p.role,
            })
    for metric in facts.metrics:
        ev = metric.evidence
        rows["metrics"].append({
            "article_metric_id": stable_id(
                article_id, "metric", ev.start, ev.end, metric.organization_key, metric.metric_name,
                metric.unit, metric.period_label, metric.value,
            ),
            "article_id": article_id, "organization_key": metric.organization_key,
            "organization_name": metric.organization_name, "metric_name": metric.metric_name,
            "value": metric.value, "unit": metric.unit, "period_label": metric.period_label,
            "fiscal_year": metric.fiscal_year, "fiscal_quarter": metric.fiscal_quarter,
            "period_start": metric.period_start, "period_end": metric.period_end,
            "evidence_text": ev.text, "start_char": ev.start, "end_char": ev.end,
        })
    for q in facts.quantities:
        rows["quantities"].append({
            "quantity_id": stable_id(article_id, "quantity", q.start, q.end, q.unit),
            "article_id": article_id, "kind": q.kind, "value": q.value, "unit": q.unit, "scale": q.scale,
            "quantity_text": q.text, "start_char": q.start, "end_char": q.end,
        })
    return rows


def _mention(article_id: str, entity_type: str, key: str, text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "mention_id": stable_id(article_id, entity_type, key, start, end), "article_id": article_id,
        "entity_type": entity_type, "entity_key": key, "mention_text": text,
        "start_char": start, "end_char": end,
    }


def replace_facts(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], rows: Rows, extractor_version: str,
    now: datetime, unread_chars: Mapping[str, int] | None = None,
) -> None:
    """Swap the facts of ``article_ids`` for ``rows`` in one transaction (all or nothing).

    ``unread_chars`` gives the characters each article's extraction left unread (model_input.py); an
    article it does not name was read whole (0). Stored with the facts, as they come from the same read.
    """
    if not article_ids:
        return
    ids = list(article_ids)
    unread = [(unread_chars or {}).get(article_id, 0) for article_id in ids]

    def swap() -> None:
        for table in FACT_TABLES:
            con.execute(f"DELETE FROM ingest.{table} WHERE article_id IN (SELECT unnest(?))", [ids])
            insert_rows(con, table, rows.get(table, []))
        # One statement for the batch, not one per article (numbered parameters: DuckDB binds the
        # FROM clause before SET).
        con.execute(
            "UPDATE ingest.articles AS a SET extractor_version = $version, extracted_at = $now, "
            "unread_chars = r.unread_chars "
            "FROM (SELECT unnest($ids::VARCHAR[]) AS article_id, unnest($unread::INTEGER[]) AS unread_chars) "
            "AS r WHERE a.article_id = r.article_id",
            {"version": extractor_version, "now": now, "ids": ids, "unread": unread},
        )

    # Only these articles' rows are touched: a shard replacing its own articles is idempotent, and a
    # concurrent shard's commit only makes this one run again (transactions.py).
    in_transaction(con, swap)


def merge_rows(target: Rows, more: Rows) -> None:
    for table, table_rows in more.items():
        target.setdefault(table, []).extend(table_rows)
