"""A cluster-mode session on one machine: throwaway Postgres and Redis, N Celery workers, the
Dagster instance of deploy/cluster/dagster.yaml, and the refresh run through them.

Everything started here is stopped by its pid when the session ends, on success, failure or a signal.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.cluster.servers import (
    CeleryWorker,
    Servers,
    start_postgres,
    start_redis,
    start_worker,
    stop_process,
)
from pipelines.settings import PROJECT_ROOT

DEPLOY_DIR = PROJECT_ROOT / "deploy" / "cluster"
INSTANCE_YAML = DEPLOY_DIR / "dagster.yaml"
CELERY_YAML = DEPLOY_DIR / "celery.yaml"
_VENV_BIN = Path(sys.executable).parent


@dataclass
class ClusterSession:
    root: Path
    env: dict[str, str]
    servers: Servers
    _worker_count: int = 0
    _running: set = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def workers(self) -> list[CeleryWorker]:
        return self.servers.workers

    def dead_workers(self) -> list[CeleryWorker]:
        return [worker for worker in self.servers.workers if not worker.alive()]

    def replace_dead_workers(self) -> list[str]:
        """A new worker for each one that died (its process group stopped first); their names."""
        dead = self.dead_workers()
        for worker in dead:
            worker.stop()
            self.servers.workers.remove(worker)
            self.add_worker()
        return [worker.name for worker in dead]

    def add_worker(self) -> CeleryWorker:
        self._worker_count += 1
        worker = start_worker(f"w{self._worker_count}", self.env, self.root, CELERY_YAML, PROJECT_ROOT)
        self.servers.workers.append(worker)
        return worker

    def dagster(self, args: list[str]) -> subprocess.CompletedProcess:
        """A `dagster` CLI command against this session's instance (runs and events in Postgres).

        The process is tracked until it ends, so that stopping the session (an error, Ctrl-C, SIGTERM
        in another thread) terminates it too."""
        process = subprocess.Popen([str(_VENV_BIN / "dagster"), *args], env=self.env, cwd=PROJECT_ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        with self._lock:
            self._running.add(process)
        try:
            stdout, stderr = process.communicate()
        finally:
            with self._lock:
                self._running.discard(process)
        return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    def stop_running_commands(self) -> None:
        with self._lock:
            running = list(self._running)
        for process in running:
            stop_process(process)

    def run_job(self, job: str, tags: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
        args = ["job", "execute", "-m", "pipelines.definitions", "-j", job]
        if tags:
            args += ["--tags", json.dumps(dict(tags))]
        return self.dagster(args)


def session_environment(root: Path, postgres_url: str, lake_catalog: str, redis_url: str,
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
        # The DuckLake of the ingest tables: its catalog on the same throwaway Postgres, so its files
        # go beside it in the session's folder unless DEALWIRE_LAKE_DATA says otherwise.
        "DEALWIRE_LAKE_CATALOG": lake_catalog,
        "DEALWIRE_LAKE_DATA": settings.get("DEALWIRE_LAKE_DATA") or str(root / "lake"),
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
    session: ClusterSession | None = None
    try:
        servers.postgres = start_postgres()
        dagster_url = servers.postgres.create_database("dagster")
        servers.postgres.create_database("lake")
        servers.redis = start_redis(root)
        env = session_environment(root, dagster_url, servers.postgres.lake_catalog("lake"),
                                  servers.redis.url, settings)
        session = ClusterSession(root, env, servers)
        _init_instance(session)
        for _ in range(workers):
            session.add_worker()
        yield session
    finally:
        if session is not None:
            session.stop_running_commands()
        servers.stop()
        if made_root and not keep_root:
            shutil.rmtree(root, ignore_errors=True)


_INIT_INSTANCE = "from dagster import DagsterInstance\nDagsterInstance.get().get_runs(limit=1)\n"


def _init_instance(session: ClusterSession) -> None:
    # Creates the Postgres schema once, before workers and runs open the instance at the same time.
    subprocess.run([sys.executable, "-c", _INIT_INSTANCE], env=session.env, check=True, cwd=PROJECT_ROOT)
