"""Where the `ingest` tables live: the one place that reads the deployment mode.

Every writer and reader of the ingest tables (ingest, extraction, its checks) opens them through
`ingest_connection` and names them `ingest.<table>`, whatever the mode:

- `local` (default): the build database, a DuckDB file one process writes (as always).
- `cluster`: a DuckLake (catalog in Postgres, data files as Parquet under DEALWIRE_LAKE_DATA) made the
  connection's default catalog, so many workers on many machines commit to the same tables at once.
  The build database still holds dbt's output; dbt copies the lake's ingest tables into it when it
  starts (dbt_project/macros/ingest_from_lake.sql), so the published file is self-contained as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

import duckdb

from pipelines.settings import Settings
from pipelines.warehouse.extensions import load_extensions
from pipelines.warehouse.lock import writer_lock

LAKE_ALIAS = "lake"


def lake_attach_sql(catalog: str, data_path: str, alias: str = LAKE_ALIAS, read_only: bool = False) -> str:
    """ATTACH of the DuckLake: `ducklake:<catalog>` with its data path (created on first attach)."""
    options = [f"DATA_PATH {_quoted(data_path)}"] + (["READ_ONLY"] if read_only else [])
    return f"ATTACH IF NOT EXISTS {_quoted('ducklake:' + catalog)} AS {alias} ({', '.join(options)})"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def ingest_connection(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection on which `ingest.<table>` is the deployment's ingest table."""
    if settings.mode == "cluster":
        con = duckdb.connect()  # nothing local: the lake is the state, the connection only a client
        try:
            load_extensions(con)
            con.execute(lake_attach_sql(settings.lake_catalog, settings.lake_data))
            con.execute(f"USE {LAKE_ALIAS}")
            yield con
        finally:
            con.close()
        return
    settings.build_database.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(settings.build_database)) as con:
        yield con


def ingest_writer_lock(settings: Settings) -> AbstractContextManager[None]:
    """Local: the build database's file lock (one writer). Cluster: none, shards commit concurrently and
    the lake's transactions keep them consistent (pipelines/warehouse/transactions.py)."""
    return nullcontext() if settings.mode == "cluster" else writer_lock(settings.lock_path)


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection's default catalog is a DuckLake (no PRIMARY KEY / UNIQUE there)."""
    row = con.execute(
        "SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row is not None and row[0] == "ducklake"
