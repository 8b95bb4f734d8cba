"""Bulk loading through Arrow: rows never go to DuckDB one INSERT at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa

from pipelines.warehouse.schema import column_names


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> int:
    """Append ``rows`` (dicts keyed by column name) to ``ingest.<table>`` in one statement."""
    if not rows:
        return 0
    columns = column_names(table)
    batch = pa.table({name: [row.get(name) for row in rows] for name in columns})  # noqa: F841 (read by DuckDB by name)
    con.execute(f"INSERT INTO ingest.{table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM batch")
    return len(rows)


def load_temp_table(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    """Replace temp table ``name`` with the contents of an Arrow table."""
    con.register("_arrow_batch", table)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _arrow_batch")
    finally:
        con.unregister("_arrow_batch")


def append_temp_table(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    con.register("_arrow_batch", table)
    try:
        con.execute(f"INSERT INTO {name} SELECT * FROM _arrow_batch")
    finally:
        con.unregister("_arrow_batch")
