"""The executor is chosen by DEALWIRE_MODE, and the cluster mode's comes from the file the Celery
workers are started with (deploy/cluster/celery.yaml)."""

from __future__ import annotations

import os
import subprocess
import sys

import dagster as dg

from pipelines.defs.executor import CELERY_CONFIG, celery_config, run_executor
from pipelines.settings import load_settings
from tests.conftest import REPO_ROOT

CLUSTER = {"DEALWIRE_MODE": "cluster", "DEALWIRE_LAKE_CATALOG": "postgres:dbname=lake host=127.0.0.1"}


def test_local_mode_runs_in_one_process() -> None:
    assert run_executor(load_settings({})) is dg.in_process_executor


def test_cluster_mode_runs_on_celery_with_the_workers_broker_and_backend() -> None:
    executor = run_executor(load_settings(CLUSTER))
    assert executor.name == "dealwire_celery"
    config = celery_config()
    # Broker and backend are references to the environment, resolved when a run starts, never literals.
    assert config["broker"] == {"env": "DEALWIRE_CELERY_BROKER"}
    assert config["backend"] == {"env": "DEALWIRE_CELERY_BACKEND"}


def test_the_worker_cli_reads_the_same_config_file(monkeypatch) -> None:
    from dagster_celery.cli import get_validated_config

    monkeypatch.setenv("DEALWIRE_CELERY_BROKER", "redis://127.0.0.1:6390/0")
    monkeypatch.setenv("DEALWIRE_CELERY_BACKEND", "redis://127.0.0.1:6390/1")
    validated = get_validated_config(str(CELERY_CONFIG))
    assert (validated["broker"], validated["backend"]) == ("redis://127.0.0.1:6390/0", "redis://127.0.0.1:6390/1")


_EXECUTORS = """
from pipelines.definitions import defs
print(sorted({defs.resolve_job_def(name).executor_def.name
              for name in ("refresh_warehouse", "ingest_stage", "extract_shards", "build_and_publish")}))
"""


def test_definitions_take_the_executor_of_the_mode_for_every_job() -> None:
    def executors(extra: dict[str, str]) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DEALWIRE_")} | extra
        result = subprocess.run([sys.executable, "-c", _EXECUTORS], env=env, cwd=REPO_ROOT,
                                capture_output=True, text=True, check=True)
        return result.stdout.strip().splitlines()[-1]

    assert executors({}) == "['in_process']"
    assert executors(CLUSTER) == "['dealwire_celery']"
