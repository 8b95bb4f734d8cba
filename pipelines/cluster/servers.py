"""Throwaway servers for the cluster mode on one machine: Postgres, Redis and Celery workers.

Each server is a child process we started, known by its pid and stopped by that pid (never by name).
Postgres comes from Debian's `postgresql` package (`initdb` into a temporary folder, the server on a
free loopback port), Redis from `redis-server` (no persistence). Used by `scripts/cluster.sh`
(`python -m pipelines.cluster`), the cluster tests and `benchmarks/cluster.py`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

# Debian installs the server binaries here; only the client tools are on PATH.
_POSTGRES_BIN_GLOB = "/usr/lib/postgresql/*/bin"
# Postgres refuses to run as root: under root (CI containers) its processes run as this system user.
_POSTGRES_SYSTEM_USER = "postgres"


class ServerError(RuntimeError):
    """A server that did not start: the message names it and ends with its log."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _accepting(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        return True
    return False


def _wait_for_port(process: subprocess.Popen, port: int, name: str, log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            if _accepting(port):
                return
            time.sleep(0.2)
    except BaseException:  # Ctrl-C while it starts: stopped here, the caller never got its pid
        stop_process(process)
        raise
    stop_process(process)
    tail = log.read_text(errors="replace")[-3000:] if log.exists() else "(no log)"
    raise ServerError(f"{name} did not accept connections on 127.0.0.1:{port}; its log:\n{tail}")


def stop_process(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout_s: float = 30) -> None:
    """Stop one child we started, by its pid: ``sig`` first, SIGKILL if it is still there after the wait."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, sig)
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait()


def postgres_bin_dir() -> Path:
    """The folder of Debian's `initdb` and `postgres` (newest major version installed)."""
    found = sorted(glob.glob(_POSTGRES_BIN_GLOB), key=lambda path: int(Path(path).parent.name))
    if found and (Path(found[-1]) / "initdb").exists():
        return Path(found[-1])
    on_path = shutil.which("initdb")
    if on_path:
        return Path(os.path.realpath(on_path)).parent
    raise ServerError("Postgres is not installed: `apt-get install postgresql` (Debian) gives initdb")


def _as_postgres_user(command: list[str]) -> list[str]:
    """``command`` run as the postgres system user when we are root (initdb refuses root).

    setpriv execs the command in place, so the pid we hold is the server's own pid."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", f"--reuid={_POSTGRES_SYSTEM_USER}", f"--regid={_POSTGRES_SYSTEM_USER}",
            "--init-groups", "--", *command]


def _owned_by_postgres(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, _POSTGRES_SYSTEM_USER, _POSTGRES_SYSTEM_USER)


@dataclass
class Postgres:
    process: subprocess.Popen
    port: int
    root: Path
    user: str = "dealwire"

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def lake_catalog(self, database: str) -> str:
        """The DuckLake catalog string (DEALWIRE_LAKE_CATALOG) of ``database`` on this server."""
        return f"postgres:dbname={database} host=127.0.0.1 port={self.port} user={self.user}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        subprocess.run(
            [str(postgres_bin_dir() / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
             "-U", self.user, name], check=True, capture_output=True, text=True,
        )
        return self.url(name)

    def stop(self) -> None:
        # SIGINT is Postgres's "fast" shutdown: sessions are closed, the data folder left clean.
        stop_process(self.process, signal.SIGINT)
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres(timeout_s: float = 60) -> Postgres:
    """A fresh Postgres cluster in a temporary folder on a free loopback port (trust auth, no fsync)."""
    bin_dir = postgres_bin_dir()
    # Not under the caller's tmp folder: pytest's is private to root, the server's user must enter it.
    root = Path(tempfile.mkdtemp(prefix="dealwire-pg-"))
    root.chmod(0o755)
    data, sockets, log = root / "data", root / "sockets", root / "postgres.log"
    sockets.mkdir()
    _owned_by_postgres(root)
    _owned_by_postgres(sockets)
    initdb = subprocess.run(
        _as_postgres_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "dealwire", "--auth=trust",
                           "-E", "UTF8", "--no-sync"]),
        capture_output=True, text=True,
    )
    if initdb.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise ServerError(f"initdb failed:\n{initdb.stdout[-2000:]}\n{initdb.stderr[-2000:]}")
    port = free_port()
    # A throwaway server: durability settings off (fsync), the data is rebuilt by every test anyway.
    command = [str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(sockets),
               "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
               "-c", "full_page_writes=off", "-c", "max_connections=200"]
    with open(log, "wb") as log_file:
        process = subprocess.Popen(_as_postgres_user(command), stdout=log_file, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    _wait_for_port(process, port, "Postgres", log, timeout_s)
    server = Postgres(process, port, root)
    _wait_for_queries(server, timeout_s)
    return server


def _wait_for_queries(server: Postgres, timeout_s: float) -> None:
    # The port opens before the server accepts sessions (startup recovery): ask pg_isready.
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready = subprocess.run([str(postgres_bin_dir() / "pg_isready"), "-h", "127.0.0.1", "-p",
                                str(server.port), "-U", server.user], capture_output=True)
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    server.stop()
    raise ServerError(f"Postgres on port {server.port} never became ready")


@dataclass
class Redis:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        stop_process(self.process)


def start_redis(log_dir: Path, timeout_s: float = 30) -> Redis:
    """redis-server on a free loopback port, nothing saved to disk, in the foreground (its pid is ours)."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise ServerError("Redis is not installed: `apt-get install redis-server` (Debian)")
    port = free_port()
    log = log_dir / "redis.log"
    with open(log, "wb") as log_file:
        process = subprocess.Popen(
            [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no"],
            stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )
    _wait_for_port(process, port, "Redis", log, timeout_s)
    return Redis(process, port, log)


@dataclass
class Servers:
    """Everything one cluster-mode session started; ``stop`` ends each by its pid, last started first."""

    postgres: Postgres | None = None
    redis: Redis | None = None
    workers: list = field(default_factory=list)

    def stop(self) -> None:
        for worker in reversed(self.workers):
            worker.stop()
        self.workers.clear()
        if self.redis is not None:
            self.redis.stop()
        if self.postgres is not None:
            self.postgres.stop()


@dataclass
class CeleryWorker:
    """One `dagster-celery worker start` (its own process group: the command runs `celery` as a child,
    which forks the pool process that executes the steps)."""

    name: str
    process: subprocess.Popen
    log: Path

    def pool_pids(self) -> list[int]:
        """Pids of the processes under this worker, children before grandchildren."""
        return descendants(self.process.pid)

    def celery_pid(self) -> int | None:
        """The `celery worker` process, which runs the steps (the child of `dagster-celery`)."""
        children = [pid for pid in descendants(self.process.pid) if _parent(pid) == self.process.pid]
        return children[0] if children else None

    def alive(self) -> bool:
        # `dagster-celery worker start` exits as soon as its `celery` child is gone, however it died.
        return self.process.poll() is None

    def stop(self) -> None:
        """Warm shutdown (TERM) of the process group we created, then KILL of whatever is left; returns
        once every process of the worker is gone (`celery` and its pool outlive the command's exit)."""
        members = [self.process.pid, *descendants(self.process.pid)]
        for sig, wait_s in ((signal.SIGTERM, 30.0), (signal.SIGKILL, 10.0)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            if _all_gone(self.process, members, wait_s):
                return


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


def _all_gone(process: subprocess.Popen, pids: list[int], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.1)
        if not any(_running(pid) for pid in pids):
            return True
        if time.monotonic() > deadline:
            return False


def descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (breadth first), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        parent = _parent(int(entry.name))
        if parent is not None:
            children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in sorted(children.get(queue.pop(0), [])):
            found.append(child)
            queue.append(child)
    return found


def start_worker(name: str, env: Mapping[str, str], log_dir: Path, config_yaml: Path,
                 cwd: Path, timeout_s: float = 180) -> CeleryWorker:
    """A Celery worker of concurrency 1 named ``name``; returns once it is ready for tasks."""
    bin_dir = Path(env["PATH"].split(os.pathsep)[0])
    log = log_dir / f"worker-{name}.log"
    with open(log, "wb") as log_file:
        process = subprocess.Popen(
            [str(bin_dir / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
             "-y", str(config_yaml), "-n", name, "-l", "INFO",
             # One step at a time, in a thread of the worker's own process: Celery's default prefork
             # pool runs tasks in daemonic children, which may not start processes, and a step does
             # (the model's and the rules' worker processes, the parallel file readers).
             "--", "--pool", "threads", "--concurrency", "1"],
            stdout=log_file, stderr=subprocess.STDOUT, env=dict(env), cwd=cwd, start_new_session=True,
        )
    worker = CeleryWorker(name, process, log)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and process.poll() is None:
            # Celery's own banner line once the worker consumes from the broker.
            if " ready." in log.read_text(errors="replace"):
                return worker
            time.sleep(0.5)
    except BaseException:  # Ctrl-C while it starts: the caller never gets it to stop
        worker.stop()
        raise
    worker.stop()
    raise ServerError(f"Celery worker {name} did not become ready; its log:\n"
                      f"{log.read_text(errors='replace')[-3000:]}")
