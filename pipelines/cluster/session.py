"""A cluster-mode session on one machine: throwaway Postgres and Redis, N Celery workers, the
Dagster instance of deploy/cluster/dagster.yaml, and the refresh run through them.

Everything started here is stopped by its pid when the session ends, on success, failure or a signal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.cluster.servers import CeleryWorker, Servers, start_postgres, start_redis, start_worker
from pipelines.settings import PROJECT_ROOT

DEPLOY_DIR = PROJECT_ROOT / "deploy" / "cluster"
INSTANCE_YAML = DEPLOY_DIR / "dagster.yaml"
CELERY_YAML = DEPLOY_DIR / "celery.yaml"
_VENV_BIN = Path(sys.executable).parent


@dataclass
class StageTiming:
    name: str
    seconds: float


@dataclass
class ClusterSession:
    root: Path
    env: dict[str, str]
    servers: Servers
    timings: list[StageTiming] = field(default_factory=list)
    _worker_count: int = 0

    @property
    def workers(self) -> list[CeleryWorker]:
        return self.servers.workers

    def add_worker(self) -> CeleryWorker:
        self._worker_count += 1
        worker = start_worker(f"w{self._worker_count}", self.env, self.root, CELERY_YAML, PROJECT_ROOT)
        self.servers.workers.append(worker)
        return worker

    def dagster(self, args: list[str], timeout_s: float = 3600, **popen) -> subprocess.CompletedProcess:
        """A `dagster` CLI command against this session's instance (runs and events in Postgres)."""
        return subprocess.run([str(_VENV_BIN / "dagster"), *args], env=self.env, cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=timeout_s, **popen)

    def run_job(self, job: str, tags: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
        args = ["job", "execute", "-m", "pipelines.definitions", "-j", job]
        if tags:
            import json

            args += ["--tags", json.dumps(dict(tags))]
        return self.dagster(args)


def session_environment(root: Path, postgres_url: str, redis_url: str,
                        settings: Mapping[str, str]) -> dict[str, str]:
    """What every process of the session reads: the mode, the instance, the broker, dealwire's settings."""
    dagster_home = root / "dagster_home"
    dagster_home.mkdir(exist_ok=True)
    shutil.copy(INSTANCE_YAML, dagster_home / "dagster.yaml")
    base = redis_url.rsplit("/", 1)[0]
    return {
        **os.environ,
        **settings,
        # The venv first: dagster-celery starts `celery` from PATH.
        "PATH": os.pathsep.join([str(_VENV_BIN), os.environ.get("PATH", "")]),
        "DAGSTER_HOME": str(dagster_home),
        "DEALWIRE_MODE": "cluster",
        # psycopg2 (dagster-postgres' driver) named: SQLAlchemy's bare "postgresql://" means psycopg 3.
        "DEALWIRE_DAGSTER_POSTGRES_URL": postgres_url.replace("postgresql://", "postgresql+psycopg2://", 1),
        "DEALWIRE_CELERY_BROKER": f"{base}/0",
        "DEALWIRE_CELERY_BACKEND": f"{base}/1",
        "PYTHONUNBUFFERED": "1",
    }


@contextlib.contextmanager
def cluster_session(workers: int, settings: Mapping[str, str], root: Path | None = None,
                    keep_root: bool = False) -> Iterator[ClusterSession]:
    """Postgres, Redis and ``workers`` Celery workers for the block; all stopped by pid afterwards."""
    made_root = root is None
    root = Path(tempfile.mkdtemp(prefix="dealwire-cluster-")) if root is None else root
    root.mkdir(parents=True, exist_ok=True)
    servers = Servers()
    try:
        servers.postgres = start_postgres()
        dagster_url = servers.postgres.create_database("dagster")
        servers.redis = start_redis(root)
        env = session_environment(root, dagster_url, servers.redis.url, settings)
        session = ClusterSession(root, env, servers)
        _init_instance(session)
        for _ in range(workers):
            session.add_worker()
        yield session
    finally:
        servers.stop()
        if made_root and not keep_root:
            shutil.rmtree(root, ignore_errors=True)


_INIT_INSTANCE = "from dagster import DagsterInstance\nDagsterInstance.get().get_runs(limit=1)\n"


def _init_instance(session: ClusterSession) -> None:
    # Creates the Postgres schema once, before workers and runs open the instance at the same time.
    subprocess.run([sys.executable, "-c", _INIT_INSTANCE], env=session.env, check=True, cwd=PROJECT_ROOT)


def timed_run(session: ClusterSession, stage: str, job: str,
              tags: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = session.run_job(job, tags)
    session.timings.append(StageTiming(stage, time.monotonic() - started))
    return result
