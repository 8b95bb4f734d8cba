"""Per-step durations of the latest run in a Dagster instance (the benchmark's private DAGSTER_HOME)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RunTiming:
    run_id: str
    status: str
    run_s: float | None  # from the run's start to its end, as the instance recorded them
    steps: dict[str, float]  # step key -> seconds
    # Extraction's main process blocked on the model process: the model was the bottleneck that long.
    model_wait_s: float | None = None
    # CPU seconds per process over the extraction (step process, model process, rules processes).
    extract_cpu_s: dict[str, float] | None = None


def latest_run_timing(dagster_home: Path) -> RunTiming | None:
    # Imported here: the benchmark driver only needs Dagster after a run, and importing it is slow.
    from dagster import DagsterInstance

    with DagsterInstance.from_config(str(dagster_home)) as instance:
        runs = instance.get_runs(limit=1)
        if not runs:
            return None
        run = runs[0]
        record = instance.get_run_record_by_id(run.run_id)
        run_s = None
        if record is not None and record.start_time and record.end_time:
            run_s = record.end_time - record.start_time
        steps = {
            stat.step_key: stat.end_time - stat.start_time
            for stat in instance.get_run_step_stats(run.run_id)
            if stat.start_time is not None and stat.end_time is not None
        }
        metadata = _extraction_metadata(instance, run.run_id)
        wait = metadata.get("seconds_waiting_for_the_model_process")
        cpu = {name.removeprefix(_CPU_PREFIX): float(value) for name, value in metadata.items()
               if name.startswith(_CPU_PREFIX)}
        return RunTiming(run.run_id, run.status.value, run_s, steps,
                         None if wait is None else float(wait), cpu or None)


_CPU_PREFIX = "cpu_seconds_"


def _extraction_metadata(instance, run_id: str) -> dict[str, object]:
    """The numeric run metadata of the extraction step's first materialization (every table carries it)."""
    from dagster import DagsterEventType

    records = instance.get_records_for_run(run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION).records
    for record in records:
        materialization = record.event_log_entry.dagster_event.event_specific_data.materialization
        if "seconds_waiting_for_the_model_process" in materialization.metadata:
            return {name: value.value for name, value in materialization.metadata.items()}
    return {}
