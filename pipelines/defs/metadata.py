"""Asset metadata: owners and tags of every asset, row counts and markdown previews of the ingest tables."""

from __future__ import annotations

from typing import Any

import dagster as dg
import duckdb

from pipelines.warehouse.schema import column_descriptions, column_types

# Who answers for every asset, Python and dbt alike (shown in the catalog and on each asset page).
OWNERS = ("team:dealwire",)


def layer_tags(layer: str) -> dict[str, str]:
    """The tag saying which layer of raw -> ingest -> staging -> intermediate -> marts an asset is in."""
    return {"dealwire/layer": layer}


# Owners and tags of the Python assets writing schema `ingest`.
INGEST_LAYER: dict[str, Any] = {"owners": list(OWNERS), "tags": layer_tags("ingest")}

def declared_schema(table: str) -> dict[str, Any]:
    """The Columns table of an ingest asset, from the declaration its DDL comes from (the sources yml)."""
    descriptions = column_descriptions(table)
    columns = [dg.TableColumn(name, sql_type, description=descriptions.get(name))
               for name, sql_type in column_types(table)]
    schema = dg.TableSchema(columns=columns)
    return {"dagster/column_schema": schema, "dagster/table_name": f"ingest.{table}"}


_PREVIEW_ROWS = 5
_PREVIEW_CELL_CHARS = 60


def table_metadata(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    count = con.execute(f"SELECT count(*) FROM ingest.{table}").fetchone()[0]
    cursor = con.execute(f"SELECT * FROM ingest.{table} LIMIT {_PREVIEW_ROWS}")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    return {
        "dagster/row_count": dg.MetadataValue.int(count),
        "preview": dg.MetadataValue.md(_markdown_table(columns, rows)),
        "table": dg.MetadataValue.text(f"ingest.{table}"),
    }


def _markdown_table(columns: list[str], rows: list[tuple]) -> str:
    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split()).replace("|", "\\|")
        return text if len(text) <= _PREVIEW_CELL_CHARS else text[: _PREVIEW_CELL_CHARS - 1] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
