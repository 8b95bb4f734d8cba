"""Resources shared by the assets: the build warehouse and the dbt CLI."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from pipelines.settings import DBT_PROJECT_DIR, Settings


def dbt_executable() -> str:
    """dbt from this interpreter's venv, so nothing depends on PATH."""
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")


def build_resources(settings: Settings) -> dict[str, object]:
    settings.build_database.parent.mkdir(parents=True, exist_ok=True)
    return {
        "build_warehouse": DuckDBResource(database=str(settings.build_database)),
        "dbt": DbtCliResource(
            project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR),
            dbt_executable=dbt_executable(),
        ),
    }
