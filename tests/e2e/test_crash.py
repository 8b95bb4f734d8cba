"""End to end: a run killed with SIGKILL at any stage leaves the published warehouse as it was.

A real run (`dagster job execute` in its own session) is killed, whole process group and dbt
subprocess included, while it reads the raw folder, after extraction committed its first batch of
facts, and while `dbt build` runs. The stage is detected by watching the run's event log lines, the
build database's write-ahead log and the dbt process in /proc, never by a fixed sleep. After each kill
the published warehouse is byte for byte the previous one and opens read-only with the same content;
the writer lock (fcntl, released by the kernel when its holder dies) does not block the next run,
which completes, removes the copy a publisher killed mid-copy would leave, and gives the same marts
as a clean run over the same folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, DagsterRunStatus

from benchmarks.corpus import write_corpus
from pipelines.run_recovery import recover_dead_runs
from pipelines.settings import load_settings
from pipelines.warehouse.lock import writer_lock
from tests.conftest import REPO_ROOT, VENV_BIN, run_pipeline

pytestmark = pytest.mark.e2e

N_ARTICLES = 72          # more than one extraction batch (64 with DEALWIRE_BATCH_SIZE=16)
N_COPIES = 1200          # the same small article under many names: a long read, one extraction
STAGE_TIMEOUT_S = 300
FACTS_BATCH_BYTES = 64 * 1024  # less than the write-ahead log of one committed batch of facts


class Run:
    """A `dagster job execute` process in its own session, its output collected line by line."""

    def __init__(self, env: dict[str, str]) -> None:
        recover_dead_runs(env["DAGSTER_HOME"], "dealwire")  # as `dealwire run` does before it starts one
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [str(VENV_BIN / "dagster"), "job", "execute",
             "-m", "pipelines.definitions", "-j", "refresh_warehouse"],
            env={**os.environ, **env}, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, errors="replace", start_new_session=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def logged(self, step: str, event: str) -> bool:
        return any(f" - {step} - {event} - " in line for line in list(self.lines))

    def wait_for(self, what: str, condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + STAGE_TIMEOUT_S
        while not condition():
            if self.process.poll() is not None:
                pytest.fail(f"run ended before {what}:\n{''.join(self.lines)[-6000:]}")
            if time.monotonic() > deadline:
                self.kill()
                pytest.fail(f"timed out waiting for {what}:\n{''.join(self.lines)[-6000:]}")
            time.sleep(0.05)

    def group_processes(self) -> list[str]:
        """Command lines of every live process in the run's process group (the run and dbt)."""
        commands = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                fields = stat[stat.rindex(")") + 2:].split()
                if fields[0] != "Z" and int(fields[2]) == self.process.pid:  # state, ppid, pgrp
                    commands.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
            except (OSError, ValueError):
                continue
        return commands

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=60)
        self._reader.join(timeout=10)
        deadline = time.monotonic() + 30
        while self.group_processes() and time.monotonic() < deadline:  # dbt dies with the group
            time.sleep(0.05)
        assert not self.group_processes()


def _env(home: Path, raw: Path) -> dict[str, str]:
    env = {
        "DEALWIRE_RAW_DIR": str(raw),
        "DEALWIRE_WAREHOUSE": str(home / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(home / "warehouse" / ".build" / "dealwire.duckdb"),
        "DAGSTER_HOME": str(home / "dagster_home"),
        "DEALWIRE_BATCH_SIZE": "16",
    }
    Path(env["DAGSTER_HOME"]).mkdir(parents=True)
    # The committed instance config (pool limit 1): a killed run keeps its slot unless recovered.
    shutil.copy(REPO_ROOT / ".dagster_home" / "dagster.yaml", Path(env["DAGSTER_HOME"]) / "dagster.yaml")
    return env


def _run_ok(env: dict[str, str]) -> None:
    recover_dead_runs(env["DAGSTER_HOME"], "dealwire")  # as `dealwire run` does before it starts one
    result = run_pipeline(env, timeout=600)
    assert result.returncode == 0, f"run failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"


def _published_state(warehouse: Path) -> tuple[str, dict[str, tuple[int, str]]]:
    """(sha256 of the file, {schema.table: (row count, checksum of the sorted rows)}), opened read-only."""
    digest = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema IN ('ingest', 'marts') ORDER BY ALL").fetchall()
        content = {}
        for schema, table in tables:
            rows = con.execute(f'SELECT * FROM "{schema}"."{table}"').fetchall()
            checksum = hashlib.sha256("\n".join(sorted(map(repr, rows))).encode()).hexdigest()
            content[f"{schema}.{table}"] = (len(rows), checksum)
    return digest, content


def _marts(warehouse: Path) -> dict[str, list[str]]:
    """Every marts table without its timestamp columns (when a run happened), rows sorted."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns: dict[str, list[str]] = {}
        for table, column in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'marts' "
            "AND data_type NOT LIKE 'TIMESTAMP%' ORDER BY table_name, ordinal_position").fetchall():
            columns.setdefault(table, []).append(f'"{column}"')
        return {
            table: sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM marts.{table}").fetchall()))
            for table, cols in columns.items()
        }


def _wal_size(env: dict[str, str]) -> int:
    wal = Path(env["DEALWIRE_BUILD_DATABASE"] + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def _dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def _assert_published_unchanged(env: dict[str, str], before: tuple[str, dict]) -> None:
    warehouse = Path(env["DEALWIRE_WAREHOUSE"])
    assert _published_state(warehouse) == before
    leftovers = sorted(p.name for p in warehouse.parent.iterdir())
    # The report folder is the first (complete) run's; a killed run leaves nothing of its own.
    assert leftovers == sorted([".build", "report", warehouse.name]), leftovers
    # The killed run held the writer lock (fcntl) and DuckDB's lock on the build database: the
    # kernel released both when it died, so they are free at once.
    build = Path(env["DEALWIRE_BUILD_DATABASE"])
    lock_path = dataclasses.replace(load_settings(), build_database=build).lock_path
    with writer_lock(lock_path, timeout_s=0, poll_s=0.01), duckdb.connect(str(build), read_only=True) as con:
        con.execute("SELECT count(*) FROM ingest.articles").fetchone()


def test_killed_runs_leave_the_published_warehouse_intact_and_the_next_run_completes(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in sorted((REPO_ROOT / "raw").glob("*.txt")):
        shutil.copy(seed, raw / seed.name)
    env = _env(tmp_path / "a", raw)
    _run_ok(env)
    published = _published_state(Path(env["DEALWIRE_WAREHOUSE"]))

    # New work for the next runs: a corpus needing two extraction batches, and many copies of one
    # article (a read of the raw folder long enough to be caught in the act).
    write_corpus(raw / "corpus", N_ARTICLES)
    copies = raw / "copies"
    copies.mkdir()
    article = next(iter(sorted((raw / "corpus").iterdir())))
    for i in range(N_COPIES):
        shutil.copy(article, copies / f"copy_{i:05d}{article.suffix}")

    # 1. Killed while reading the raw folder.
    run = Run(env)
    run.wait_for("the ingest step", lambda: run.logged("ingest_articles", "STEP_START"))
    run.kill()
    assert not run.logged("ingest_articles", "STEP_SUCCESS")
    _assert_published_unchanged(env, published)

    # 2. Killed during extraction, after its first batch of facts was committed to the build database.
    # The log's growth is only a sign of a committed batch (other writes grow it too, and the kill can
    # land before the commit), so a kill that found no batch stored is checked like the others and the
    # scenario is tried again, up to three times.
    for _attempt in range(3):
        run = Run(env)
        run.wait_for("the extraction step", lambda run=run: run.logged("extract_facts", "STEP_START"))
        wal_at_start = _wal_size(env)
        # The batch's attempt record is a few KB of log; its facts, far more.
        run.wait_for(
            "a committed extraction batch",
            lambda wal_at_start=wal_at_start: _wal_size(env) > wal_at_start + FACTS_BATCH_BYTES,
        )
        run.kill()
        assert not run.logged("extract_facts", "STEP_SUCCESS")
        _assert_published_unchanged(env, published)
        with duckdb.connect(env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
            extracted, pending = con.execute(
                "SELECT count(*) FILTER (WHERE extractor_version IS NOT NULL), "
                "count(*) FILTER (WHERE extractor_version IS NULL) FROM ingest.articles").fetchone()
        if extracted > 2:
            break
    assert extracted > 2 and pending > 0  # killed half-way: the next run picks up where this one stopped

    # 3. Killed while dbt builds the marts (the dbt subprocess has started writing the build database).
    run = Run(env)
    run.wait_for("dbt build", lambda: any(" build" in cmd and "dbt" in cmd for cmd in run.group_processes()))
    build_db = Path(env["DEALWIRE_BUILD_DATABASE"])
    wal_at_dbt = _wal_size(env)
    mtime_at_dbt = build_db.stat().st_mtime_ns
    run.wait_for("dbt writing",
                 lambda: _wal_size(env) != wal_at_dbt or build_db.stat().st_mtime_ns != mtime_at_dbt)
    run.kill()
    assert not run.logged("dealwire_dbt_models", "STEP_SUCCESS")
    _assert_published_unchanged(env, published)

    # 4. A publisher killed mid-copy leaves its half-written copy beside the published file (too brief
    #    a moment to hit reliably, so its leftover is made here): readers never see it.
    leftover = Path(env["DEALWIRE_WAREHOUSE"]).with_name(f".dealwire.duckdb.publishing-{_dead_pid()}")
    leftover.write_bytes(Path(env["DEALWIRE_BUILD_DATABASE"]).read_bytes()[: 1 << 20])
    assert _published_state(Path(env["DEALWIRE_WAREHOUSE"])) == published

    # The next run is not blocked by any lock the killed ones held, completes, and clears the leftover.
    _run_ok(env)
    recovered = _marts(Path(env["DEALWIRE_WAREHOUSE"]))
    assert not leftover.exists()
    # Each killed run was marked failed (its pool slot freed) before the next one started.
    with DagsterInstance.from_config(env["DAGSTER_HOME"]) as instance:
        statuses = [run.status for run in instance.get_runs()]
    assert DagsterRunStatus.STARTED not in statuses and statuses.count(DagsterRunStatus.FAILURE) >= 3

    # Same marts as a clean run over the same folder into a fresh warehouse.
    clean_env = _env(tmp_path / "clean", raw)
    _run_ok(clean_env)
    assert recovered == _marts(Path(clean_env["DEALWIRE_WAREHOUSE"]))
