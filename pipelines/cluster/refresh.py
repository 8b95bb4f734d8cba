"""The cluster-mode refresh: ingest, then every extraction shard as its own run (several at once, their
steps on the Celery workers), then dbt + publish + report. Each stage is a Dagster run recorded in the
session's Postgres instance; timings come from that instance's step statistics."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from pipelines.cluster.session import ClusterSession

PARTITION_TAG = "dagster/partition"
RANGE_TAGS = ("dagster/asset_partition_range_start", "dagster/asset_partition_range_end")
SHARD_JOB = "extract_shards"


class StageFailed(RuntimeError):
    """A stage's run failed: the message names the stage and ends with its output."""


@dataclass
class RefreshTimings:
    """Wall seconds of each stage as the command saw them (run start to end, process start included)."""

    ingest_s: float = 0.0
    shards_s: float = 0.0
    build_and_publish_s: float = 0.0
    shard_runs: dict[str, str] = field(default_factory=dict)  # partition -> run id
    stage_runs: dict[str, str] = field(default_factory=dict)  # stage -> run id


def shard_keys() -> list[str] | None:
    """The extraction asset's partition keys (the shards), or None when it is not partitioned."""
    from pipelines.defs.extract import extract_facts

    partitions = extract_facts.partitions_def
    return list(partitions.get_partition_keys()) if partitions is not None else None


def _run_id(output: str) -> str:
    # `dagster job execute` logs every event with the run id after the job name; RUN_START's line has it.
    for line in output.splitlines():
        if "RUN_START" in line:
            return line.split(" - ")[4].strip()
    return ""


def _checked(stage: str, result: subprocess.CompletedProcess) -> str:
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise StageFailed(f"{stage} failed (exit {result.returncode}):\n{output[-6000:]}")
    return _run_id(output)


def shard_groups(keys: Sequence[str], per_run: int = 1) -> list[list[str]]:
    """Consecutive shards taken ``per_run`` at a time: one run each (1 = a run per partition)."""
    per_run = max(1, per_run)
    return [list(keys[start:start + per_run]) for start in range(0, len(keys), per_run)]


def _tags(group: Sequence[str]) -> dict[str, str]:
    if len(group) == 1:
        return {PARTITION_TAG: group[0]}
    return dict(zip(RANGE_TAGS, (group[0], group[-1]), strict=True))


def run_shards(session: ClusterSession, keys: Sequence[str] | None, parallel: int, per_run: int = 1,
               on_start: Callable[[str], None] | None = None) -> dict[str, subprocess.CompletedProcess]:
    """One `extract_shards` run per group of ``per_run`` shards (a partition or a partition range), at
    most ``parallel`` at once; every run is waited for. Keys of the result: "3" or "0...7"."""
    if keys is None:
        return {"all": session.run_job(SHARD_JOB)}

    def one(group: list[str]) -> subprocess.CompletedProcess:
        if on_start is not None:
            on_start(group[0])
        return session.run_job(SHARD_JOB, _tags(group))

    groups = shard_groups(keys, per_run)
    labels = [group[0] if len(group) == 1 else f"{group[0]}...{group[-1]}" for group in groups]
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        futures = [pool.submit(one, group) for group in groups]
        try:
            _stop_runs_when_a_worker_dies(session, futures)
        except BaseException:  # Ctrl-C, SIGTERM: leaving the pool waits for its threads, stop their runs
            for future in futures:
                future.cancel()
            session.stop_running_commands()
            raise
        return {label: _result(future) for label, future in zip(labels, futures, strict=True)}


def _result(future: Future) -> subprocess.CompletedProcess:
    if future.cancelled():  # never started: a worker died first
        return subprocess.CompletedProcess([], -1, "", "not started: a Celery worker died")
    return future.result()


def _stop_runs_when_a_worker_dies(session: ClusterSession, futures: list[Future]) -> None:
    """A worker that dies mid-step never reports its task: the run would wait for it forever. Once one
    is gone, every run in flight is stopped (SIGTERM: Dagster revokes its tasks and fails the run) and
    the runs not started yet are cancelled; the shards' transactions keep the lake as it was."""
    while not all(future.done() for future in futures):
        if session.dead_workers():
            for future in futures:
                future.cancel()
            session.stop_running_commands()
            wait(futures)
            return
        wait(futures, timeout=1, return_when=FIRST_COMPLETED)


def refresh(session: ClusterSession, parallel: int | None = None, per_run: int = 1,
            report: Callable[[str], None] = print) -> RefreshTimings:
    """ingest -> shards -> dbt/publish/report; raises StageFailed naming the first stage that failed."""
    timings = RefreshTimings()
    started = time.monotonic()
    timings.stage_runs["ingest"] = _checked("ingest", session.run_job("ingest_stage"))
    timings.ingest_s = time.monotonic() - started
    report(f"cluster: ingest done in {timings.ingest_s:.1f} s")

    keys = shard_keys()
    started = time.monotonic()
    results = run_shards(session, keys, parallel or len(session.workers), per_run)
    timings.shards_s = time.monotonic() - started
    failed = [key for key, result in results.items() if result.returncode != 0]
    dead = [worker.name for worker in session.dead_workers()]
    if dead:
        raise StageFailed(f"Celery worker(s) {', '.join(dead)} died during the extraction shards; the "
                          f"runs in flight were stopped (shards {', '.join(failed)}): run the refresh again")
    for key, result in results.items():
        if key not in failed:
            timings.shard_runs[key] = _run_id(result.stdout + result.stderr)
    if failed:
        first = results[failed[0]]
        raise StageFailed(f"extraction shards {', '.join(failed)} failed; shard {failed[0]}:\n"
                          f"{(first.stdout + first.stderr)[-6000:]}")
    report(f"cluster: {len(results)} extraction shard run(s) done in {timings.shards_s:.1f} s")

    started = time.monotonic()
    timings.stage_runs["build_and_publish"] = _checked(
        "dbt + publish", session.run_job("build_and_publish"))
    timings.build_and_publish_s = time.monotonic() - started
    report(f"cluster: dbt, publish and report done in {timings.build_and_publish_s:.1f} s")
    return timings


def step_seconds(session: ClusterSession, run_id: str) -> dict[str, float]:
    """Seconds of each step of a run, from the instance's event log (Postgres)."""
    code = (
        "import json, sys\nfrom dagster import DagsterInstance\n"
        "with DagsterInstance.get() as instance:\n"
        "    stats = instance.get_run_step_stats(sys.argv[1])\n"
        "    print(json.dumps({s.step_key: (s.end_time or 0) - (s.start_time or 0) for s in stats}))\n"
    )
    import sys

    result = subprocess.run([sys.executable, "-c", code, run_id], env=session.env, capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])
