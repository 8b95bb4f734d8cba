"""A throwaway PostgreSQL server for tests: `initdb` into a temporary folder, `pg_ctl` on a free
loopback port, stopped (by its pid) when the block ends. Debian's `postgresql` package provides the
binaries (`apt-get install -y postgresql`); PostgreSQL refuses to run as root, so as root the server
runs as the `postgres` user the package creates.

    with throwaway_postgres(tmp_path) as server:
        dsn = server.create_database("lake")   # "dbname=lake host=127.0.0.1 port=... user=dealwire"
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER = "dealwire"


class PostgresUnavailable(RuntimeError):
    pass


def postgres_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    pid: int

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def dsn(self, dbname: str = "postgres") -> str:
        """libpq key=value connection string (what DuckDB's postgres and ducklake extensions take)."""
        return f"dbname={dbname} host={self.host} port={self.port} user={USER}"

    def url(self, dbname: str = "postgres") -> str:
        """postgresql:// URL (what SQLAlchemy / dagster-postgres take)."""
        return f"postgresql://{USER}@{self.host}:{self.port}/{dbname}"

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
             "-h", self.host, "-p", str(self.port), "-U", USER, "-d", dbname, "-c", sql],
            capture_output=True, text=True, check=True,
        )
        return result.stdout

    def create_database(self, name: str) -> str:
        """A new empty database; returns its DSN."""
        self.psql(f'CREATE DATABASE "{name}"')
        return self.dsn(name)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailable("running as root and `runuser` is missing: cannot drop to `postgres`")
    return [runuser, "-u", "postgres", "--", *command]


def _prepare_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        # The server user must reach the folder through the test's tmp path, which is root's.
        for parent in folder.parents:
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)


@contextmanager
def throwaway_postgres(folder: Path) -> Iterator[PostgresServer]:
    """Start a PostgreSQL server whose data lives under ``folder``; stop it when the block ends."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable("no /usr/lib/postgresql/*/bin/initdb: apt-get install -y postgresql")
    server_dir = folder / "postgres"
    _prepare_folder(server_dir)
    data_dir, socket_dir = server_dir / "data", server_dir / "socket"
    subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", USER, "-A", "trust",
                         "-E", "UTF8", "--no-sync"]),
        check=True, capture_output=True, text=True,
    )
    subprocess.run(_as_server_user(["mkdir", "-p", str(socket_dir)]), check=True)
    port = free_port()
    options = f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options,
                         "-l", str(server_dir / "server.log"), "-w", "-t", "60", "start"]),
        check=True, capture_output=True, text=True,
    )
    pid = int((data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
    try:
        yield PostgresServer(bin_dir, data_dir, port, pid)
    finally:
        _stop(pid)


def _stop(pid: int, timeout_s: float = 30.0) -> None:
    """Fast shutdown of the postmaster by its pid (SIGINT), SIGKILL if it does not go in time."""
    try:
        os.kill(pid, signal.SIGINT)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
