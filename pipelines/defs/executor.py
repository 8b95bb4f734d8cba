"""Which executor runs the steps, chosen by configuration (DEALWIRE_MODE), never by the assets.

local (default): `in_process_executor`, one process for the whole run: the spaCy model loads once and
DuckDB sees one writer. cluster: dagster-celery's `celery_executor`, every step a Celery task that any
worker listening on the broker runs; its config is deploy/cluster/celery.yaml, the very file the workers
are started with, so runs and workers cannot disagree on the broker.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import yaml

from pipelines.settings import PROJECT_ROOT, Settings

CELERY_CONFIG = PROJECT_ROOT / "deploy" / "cluster" / "celery.yaml"


def celery_config(path: Path = CELERY_CONFIG) -> dict:
    """The executor config of ``path`` (its `execution: config:` block; env references stay references,
    resolved when a run starts)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["execution"]["config"]


def run_executor(settings: Settings) -> dg.ExecutorDefinition:
    if settings.mode == "cluster":
        # Imported only in cluster mode: the local mode never loads Celery.
        from dagster_celery import celery_executor

        return celery_executor.configured(celery_config(), name="dealwire_celery")
    return dg.in_process_executor
