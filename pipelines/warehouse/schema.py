"""DDL of the `ingest` schema (the contract in docs/ingest_tables.md).

Timestamps are TIMESTAMPTZ: instants, written from `datetime.now(UTC)`, whatever the machine's zone.
"""

from __future__ import annotations

from typing import Any

import duckdb
import yaml

from pipelines.settings import DBT_PROJECT_DIR
from pipelines.warehouse.store import is_lake

# The contract tables are declared once, in dbt's sources file (names, types, constraints,
# descriptions): dbt documents and tests them from there, and the DDL below is derived from it.
SOURCES_YML = DBT_PROJECT_DIR / "models" / "staging" / "_ingest__sources.yml"

# Bookkeeping of extraction, not facts (so not a dbt source): the articles of the batch in flight. A
# row left behind means the process died (out of memory, killed) while the library worked on that article.
_EXTRACTION_ATTEMPTS = """
        article_id VARCHAR PRIMARY KEY, extractor_version VARCHAR, attempts INTEGER,
        last_attempt_at TIMESTAMPTZ"""
# Bookkeeping too: articles whose rules ran past their time budget and were stopped. Not tried again
# by this extractor version (a changed text is another article_id); their last good facts, if any, stay.
_EXTRACTION_STOPS = """
        article_id VARCHAR PRIMARY KEY, extractor_version VARCHAR, char_count INTEGER, budget_seconds DOUBLE,
        reason VARCHAR, stopped_at TIMESTAMPTZ"""


def source_tables() -> list[dict[str, Any]]:
    """The `ingest` source's tables as declared in SOURCES_YML."""
    declared = yaml.safe_load(SOURCES_YML.read_text(encoding="utf-8"))
    [source] = [s for s in declared["sources"] if s["name"] == "ingest"]
    return source["tables"]


def _ddl(table: dict[str, Any]) -> str:
    return ", ".join(
        " ".join(filter(None, (c["name"], c["data_type"], (c.get("meta") or {}).get("constraint"))))
        for c in table["columns"]
    )


INGEST_TABLES: dict[str, str] = {
    **{table["name"]: _ddl(table) for table in source_tables()},
    "extraction_attempts": _EXTRACTION_ATTEMPTS,
    "extraction_stops": _EXTRACTION_STOPS,
}

# Tables holding facts of one article each, replaced together when an article is re-extracted.
FACT_TABLES = ("organizations", "people", "mentions", "deals", "deal_participants", "metrics", "quantities")


# DuckLake supports NOT NULL but no PRIMARY KEY / UNIQUE: there a key column is declared NOT NULL and
# stays unique by how it is written (MERGE on the key, an article's rows replaced as a whole), which
# tests/cluster/test_lake_shards.py checks.
_KEY_CONSTRAINTS = ("PRIMARY KEY", "UNIQUE")


def columns_ddl(table: str, keys_enforced: bool = True) -> str:
    """The column list of ``table``'s CREATE TABLE; without key constraints where they are unsupported."""
    columns = INGEST_TABLES[table]
    if not keys_enforced:
        for constraint in _KEY_CONSTRAINTS:
            columns = columns.replace(constraint, "NOT NULL")
    return columns


def ensure_ingest_schema(con: duckdb.DuckDBPyConnection) -> None:
    keys_enforced = not is_lake(con)
    con.execute("CREATE SCHEMA IF NOT EXISTS ingest")
    for table in INGEST_TABLES:
        con.execute(f"CREATE TABLE IF NOT EXISTS ingest.{table} ({columns_ddl(table, keys_enforced)})")
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


def column_descriptions(table: str) -> dict[str, str]:
    """Each column's description in SOURCES_YML (empty for tables that are not sources)."""
    for declared in source_tables():
        if declared["name"] == table:
            return {c["name"]: c.get("description", "") for c in declared["columns"]}
    return {}


DOCS_MD = DBT_PROJECT_DIR.parent / "docs" / "ingest_tables.md"
_GENERATED_START = "<!-- generated from dbt_project/models/staging/_ingest__sources.yml: "
_GENERATED_END = "<!-- end of generated table -->"


def contract_markdown() -> str:
    """The table of docs/ingest_tables.md, from SOURCES_YML (`python -m pipelines.warehouse.schema`)."""
    lines = ["| table | what it holds | columns |", "|---|---|---|"]
    for table in source_tables():
        columns = ", ".join(f"`{c['name']}` {c['data_type']}" for c in table["columns"])
        description = " ".join(table.get("description", "").split())
        lines.append(f"| `{table['name']}` | {description} | {columns} |")
    return "\n".join(lines)


def docs_with_contract(docs: str) -> str:
    """``docs`` with the text between the generated-table markers replaced by contract_markdown()."""
    head, start, rest = docs.partition(_GENERATED_START)
    marker_line, _, rest = rest.partition("\n")
    _, end, tail = rest.partition(_GENERATED_END)
    if not start or not end:
        raise ValueError(f"{DOCS_MD} lacks the generated-table markers")
    return f"{head}{start}{marker_line}\n{contract_markdown()}\n{end}{tail}"


if __name__ == "__main__":
    DOCS_MD.write_text(docs_with_contract(DOCS_MD.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {DOCS_MD}")
