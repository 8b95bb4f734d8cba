"""Everything Dagster loads: `dagster dev` / webserver / daemon via workspace.yaml.

Importing this module has no side effect: it reads the environment (settings become resource config
fed by `dg.EnvVar`), writes nothing and runs no dbt (the CLI and scripts/setup.sh prepare the manifest).
"""

from __future__ import annotations

import dagster as dg

from pipelines.defs.checks import EXTRACTION_CHECKS
from pipelines.defs.dbt import dealwire_dbt_models
from pipelines.defs.executor import run_executor
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.publish import published_warehouse
from pipelines.defs.report import warehouse_report
from pipelines.defs.resources import build_resources
from pipelines.defs.schedules import (
    extract_shards_job,
    nightly_schedule,
    raw_folder_sensor,
    refresh_warehouse_job,
)
from pipelines.defs.stages import STAGE_JOBS
from pipelines.settings import load_settings

defs = dg.Definitions(
    assets=[ingest_articles, extract_facts, dealwire_dbt_models, published_warehouse, warehouse_report],
    asset_checks=EXTRACTION_CHECKS,
    jobs=[refresh_warehouse_job, extract_shards_job, *STAGE_JOBS],
    schedules=[nightly_schedule()],
    sensors=[raw_folder_sensor],
    resources=build_resources(),
    # DEALWIRE_MODE: local (default) runs in one process, cluster on Celery workers (executor.py).
    executor=run_executor(load_settings()),
)
