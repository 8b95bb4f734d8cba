"""Resources shared by the assets: dealwire's settings, the build warehouse and the dbt CLI."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from pipelines.settings import DBT_PROJECT_DIR, Settings, load_settings

_ENV_PREFIX = "DEALWIRE_"


def dbt_executable() -> str:
    """dbt from this interpreter's venv, so nothing depends on PATH."""
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")


class DealwireSettings(dg.ConfigurableResource):
    """dealwire's settings as run config: each field is the DEALWIRE_<FIELD> environment variable
    (pipelines/settings.py has the defaults and README.md the meaning). Unset fields take the default."""

    raw_dir: str | None = None
    warehouse: str | None = None
    build_database: str | None = None
    max_file_mb: str | None = None
    spacy_model: str | None = None
    batch_size: str | None = None
    processes: str | None = None
    ner_process: str | None = None
    read_processes: str | None = None
    allow_empty_raw: str | None = None
    report_dir: str | None = None
    extraction_budget: str | None = None
    mode: str | None = None
    lake_catalog: str | None = None
    lake_data: str | None = None

    def load(self) -> Settings:
        values = {_ENV_PREFIX + name.upper(): getattr(self, name) for name in type(self).model_fields}
        return load_settings({name: value for name, value in values.items() if value is not None})


def settings_from_environment(environ: Mapping[str, str] = os.environ) -> DealwireSettings:
    """The settings resource fed by `dg.EnvVar` for each variable set, so the run reads it at launch."""
    return DealwireSettings(**{
        name: dg.EnvVar(_ENV_PREFIX + name.upper())
        for name in DealwireSettings.model_fields
        if _ENV_PREFIX + name.upper() in environ
    })


def build_resources(environ: Mapping[str, str] = os.environ) -> dict[str, object]:
    """Every resource the definitions need; reads ``environ`` and writes nothing."""
    return {
        "dealwire": settings_from_environment(environ),
        "dbt": DbtCliResource(
            project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR),
            dbt_executable=dbt_executable(),
        ),
    }
