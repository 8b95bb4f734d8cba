"""Before a run starts: fail the runs whose process died (kill -9, power cut) and free their pool slots.

A run killed with SIGKILL never writes its end: the instance keeps it STARTED and the pool slot its step
claimed (`dealwire_warehouse`, limit 1 in `.dagster_home/dagster.yaml`) stays taken, so the next run's
steps wait for it forever. Dagster's run monitoring cannot see such a run here: the default run launcher
has no worker health check and `dagster job execute` runs no daemon. Every run's executor logs the pid
that executes its steps (an engine event with a `pid` entry); a run whose process is gone is marked
failed, naming the run, and its slots are freed. A run whose process still lives, or that recorded no
pid (it has claimed no slot yet), is left alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus, RunsFilter

from pipelines.settings import load_settings

_RUNNING = [DagsterRunStatus.STARTING, DagsterRunStatus.STARTED]


def _recorded_pid(instance: DagsterInstance, run_id: str) -> tuple[int, float] | None:
    """(pid, time it was logged) from the run's first engine event carrying a pid, or None."""
    for record in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        event = record.dagster_event
        if event is None or event.step_key is not None:  # the executor's own event, not a step's process
            continue
        metadata = event.engine_event_data.metadata if event.engine_event_data else {}
        if "pid" in metadata:
            return int(str(metadata["pid"].value)), record.timestamp
    return None


def _process_started_at(pid: int) -> float | None:
    """Start time (epoch seconds) of the live process `pid`, None when there is none (or a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration):
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # the command name may hold spaces and parentheses
    if fields[0] in ("Z", "X"):
        return None
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def _is_alive(pid: int, logged_at: float) -> bool:
    """Whether the process that logged the pid still runs: a pid reused by a process started after the
    run logged it is not the run's (2 s of slack for the clock-tick rounding of /proc)."""
    started_at = _process_started_at(pid)
    return started_at is not None and started_at <= logged_at + 2


def fail_dead_runs(instance: DagsterInstance) -> list[str]:
    """Mark failed every STARTING/STARTED run whose recorded process is gone, free its concurrency
    slots, and return the ids of those runs. Local mode only: a pid says nothing about a run on another
    machine (cluster mode shares one instance between hosts), so there nothing is touched."""
    if load_settings().mode != "local":
        return []
    failed = []
    for run in instance.get_runs(filters=RunsFilter(statuses=_RUNNING)):
        recorded = _recorded_pid(instance, run.run_id)
        if recorded is None or _is_alive(*recorded):
            continue
        pid = recorded[0]
        instance.report_run_failed(
            run,
            message=f"Run {run.run_id} ({run.job_name}) marked failed by dealwire before a new run: "
            f"its process (pid {pid}) is gone (killed?); its pool slots are freed.",
        )
        # A failed run's slots are otherwise freed only by the daemon, and only if configured to.
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        failed.append(run.run_id)
    return failed


def recover_dead_runs(dagster_home: str, command: str) -> None:
    """Fail the dead runs of the instance in `dagster_home` (fail_dead_runs) and name each on stderr,
    prefixed with the dealwire `command` that found it ("dealwire", "dealwire ui")."""
    with DagsterInstance.from_config(dagster_home) as instance:
        for run_id in fail_dead_runs(instance):
            print(
                f"{command}: run {run_id} had died (its process is gone): marked failed, "
                "its pool slots freed",
                file=sys.stderr,
            )
