"""DDL of the `ingest` schema (the contract in docs/ingest_tables.md).

Timestamps are TIMESTAMPTZ: instants, written from `datetime.now(UTC)`, whatever the machine's zone.
"""

from __future__ import annotations

import duckdb

INGEST_TABLES: dict[str, str] = {
    "articles": """
        article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR,
        published_date DATE, published_precision VARCHAR, source_format VARCHAR, encoding VARCHAR,
        clean_text VARCHAR NOT NULL, char_count INTEGER, extractor_version VARCHAR,
        first_ingested_at TIMESTAMPTZ, extracted_at TIMESTAMPTZ""",
    "article_sources": """
        source_path VARCHAR PRIMARY KEY, article_id VARCHAR, file_sha256 VARCHAR, file_size BIGINT,
        file_mtime_ns BIGINT, status VARCHAR NOT NULL, first_seen_at TIMESTAMPTZ, last_seen_at TIMESTAMPTZ,
        last_error VARCHAR, reader_version VARCHAR""",
    "ingest_errors": """
        source_path VARCHAR PRIMARY KEY, reason VARCHAR NOT NULL, first_seen_at TIMESTAMPTZ,
        last_seen_at TIMESTAMPTZ, is_open BOOLEAN""",
    "organizations": """
        article_id VARCHAR, organization_key VARCHAR, organization_name VARCHAR,
        organization_type VARCHAR, aliases VARCHAR[], parent_key VARCHAR, parent_name VARCHAR""",
    "people": """
        article_id VARCHAR, person_key VARCHAR, person_name VARCHAR, title VARCHAR,
        organization_key VARCHAR, organization_name VARCHAR""",
    "mentions": """
        mention_id VARCHAR, article_id VARCHAR, entity_type VARCHAR, entity_key VARCHAR,
        mention_text VARCHAR, start_char INTEGER, end_char INTEGER""",
    "deals": """
        article_deal_id VARCHAR, article_id VARCHAR, deal_key VARCHAR, deal_type VARCHAR,
        announced_date DATE, amount DOUBLE, currency VARCHAR, summary VARCHAR, evidence_text VARCHAR,
        start_char INTEGER, end_char INTEGER""",
    "deal_participants": """
        article_deal_id VARCHAR, article_id VARCHAR, organization_key VARCHAR, organization_name VARCHAR,
        participant_role VARCHAR""",
    "metrics": """
        article_metric_id VARCHAR, article_id VARCHAR, organization_key VARCHAR, organization_name VARCHAR,
        metric_name VARCHAR, value DOUBLE, unit VARCHAR, period_label VARCHAR, fiscal_year INTEGER,
        fiscal_quarter INTEGER, period_start DATE, period_end DATE, evidence_text VARCHAR,
        start_char INTEGER, end_char INTEGER""",
    "quantities": """
        quantity_id VARCHAR, article_id VARCHAR, kind VARCHAR, value DOUBLE, unit VARCHAR, scale VARCHAR,
        quantity_text VARCHAR, start_char INTEGER, end_char INTEGER""",
    # Bookkeeping of extraction, not facts: the articles of the batch in flight. A row left behind
    # means the process died (out of memory, killed) while the library worked on that article.
    "extraction_attempts": """
        article_id VARCHAR PRIMARY KEY, extractor_version VARCHAR, attempts INTEGER,
        last_attempt_at TIMESTAMPTZ""",
}

# Tables holding facts of one article each, replaced together when an article is re-extracted.
FACT_TABLES = ("organizations", "people", "mentions", "deals", "deal_participants", "metrics", "quantities")


def ensure_ingest_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE SCHEMA IF NOT EXISTS ingest")
    for table, columns in INGEST_TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS ingest.{table} ({columns})")
        _add_missing_columns(con, table)
        _make_timestamps_instants(con, table)


def _add_missing_columns(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Columns added to the DDL since a warehouse was built (plain `name TYPE` columns only)."""
    for column in INGEST_TABLES[table].split(","):
        parts = column.split()
        if len(parts) == 2:
            con.execute(f"ALTER TABLE ingest.{table} ADD COLUMN IF NOT EXISTS {parts[0]} {parts[1]}")


def _make_timestamps_instants(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Naive TIMESTAMP columns of a warehouse built before they were TIMESTAMPTZ, read as the UTC they
    were written in (from `datetime.now(UTC)` on a machine in UTC, as every deployment so far)."""
    for name, sql_type in column_types(table):
        if sql_type != "TIMESTAMPTZ":
            continue
        current = con.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_schema = 'ingest' AND table_name = ? AND column_name = ?", [table, name]).fetchone()
        if current == ("TIMESTAMP",):
            con.execute(f"ALTER TABLE ingest.{table} ALTER COLUMN {name} TYPE TIMESTAMPTZ "
                        f"USING {name} AT TIME ZONE 'UTC'")


def column_types(table: str) -> list[tuple[str, str]]:
    """(name, SQL type) of each column of an ingest table, in DDL order."""
    columns = []
    for column in INGEST_TABLES[table].split(","):
        parts = column.split()
        if parts:
            columns.append((parts[0], parts[1]))
    return columns


def column_names(table: str) -> list[str]:
    """Column names of an ingest table, in DDL order."""
    return [name for name, _ in column_types(table)]
