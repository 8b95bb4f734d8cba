"""dbt-duckdb plugin of the `cluster` target (dbt_project/profiles.yml): loads the ducklake and postgres
extensions offline on each dbt connection, before dbt-duckdb attaches the lake."""

from __future__ import annotations

from dbt.adapters.duckdb.plugins import BasePlugin
from duckdb import DuckDBPyConnection

from pipelines.warehouse.extensions import load_extensions


class Plugin(BasePlugin):
    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        load_extensions(conn)
