"""A run killed with SIGKILL while holding the `dealwire_warehouse` pool slot does not block the next run
under the committed `.dagster_home/dagster.yaml` (pool limit 1): `fail_dead_runs` fails it, frees its
slot, and never touches a run whose process still lives."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dagster import DagsterInstance, DagsterRunStatus

from pipelines import cli, run_recovery
from pipelines.run_recovery import _is_alive, fail_dead_runs
from tests.conftest import REPO_ROOT

# A one-asset job in the warehouse pool, in process like the local mode: it takes the pool's only slot,
# then (with a marker file named) says so and sleeps until killed.
JOB = """
import sys, time
from pathlib import Path
import dagster as dg

@dg.asset(pool="dealwire_warehouse")
def holds_the_slot() -> None:
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text("ready")
        time.sleep(600)

job = dg.define_asset_job("refresh_warehouse", executor_def=dg.in_process_executor)
defs = dg.Definitions(assets=[holds_the_slot], jobs=[job])
with dg.DagsterInstance.get() as instance:
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=instance)
    sys.exit(0 if result.success else 1)
"""


def _start(script: Path, env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_a_killed_run_holding_the_pool_slot_is_failed_and_the_next_run_completes(tmp_path: Path) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    script = tmp_path / "job.py"
    script.write_text(JOB)
    ready = tmp_path / "ready"

    killed = _start(script, env, str(ready))
    deadline = time.monotonic() + 300
    while not ready.exists():
        assert killed.poll() is None, killed.communicate()[0]
        assert time.monotonic() < deadline, "the first run never took the slot"
        time.sleep(0.1)
    with DagsterInstance.from_config(str(home)) as instance:
        assert fail_dead_runs(instance) == []  # alive: never touched
        [run] = instance.get_runs()
        assert run.status == DagsterRunStatus.STARTED

    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    with DagsterInstance.from_config(str(home)) as instance:
        assert fail_dead_runs(instance) == [run.run_id]
        failed = instance.get_run_by_id(run.run_id)
        assert failed is not None and failed.status == DagsterRunStatus.FAILURE
        assert fail_dead_runs(instance) == []  # done once

    # The next run takes the slot and completes (blocked, it would wait until the timeout).
    following = _start(script, env)
    try:
        output, _ = following.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        following.kill()
        pytest.fail(f"the next run was blocked:\n{following.communicate()[0][-4000:]}")
    assert following.returncode == 0, output[-4000:]


def test_dealwire_run_recovers_dead_runs_before_it_starts_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    calls: list[str] = []
    monkeypatch.setattr(cli, "_prepare_manifest", lambda: None)
    monkeypatch.setattr(
        run_recovery, "recover_dead_runs", lambda home, _command: calls.append(f"recover {home}")
    )

    def launched(command: list[str], **_: object) -> subprocess.CompletedProcess:
        calls.append("launch")
        return subprocess.CompletedProcess(command, 1)  # failed: no summary of a warehouse

    monkeypatch.setattr(cli.subprocess, "run", launched)
    assert cli.cmd_run(argparse.Namespace()) == 1
    assert calls == [f"recover {tmp_path}", "launch"]


def test_a_pid_taken_by_a_process_started_after_the_run_logged_it_is_not_the_run() -> None:
    assert _is_alive(os.getpid(), time.time())
    assert not _is_alive(os.getpid(), 0.0)  # logged long before this process started: a reused pid
    gone = subprocess.Popen(["true"])
    gone.wait()
    assert not _is_alive(gone.pid, time.time())
