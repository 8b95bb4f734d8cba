"""The nightly re-ingestion schedule and the raw-folder sensor."""


import hashlib
from pathlib import Path

import dagster as dg

from pipelines.defs.extract import ALL_SHARDS_TAGS, SHARD_PARTITIONS, extract_facts
from pipelines.defs.resources import DealwireSettings
from pipelines.ingest.reader import list_article_files, relative_source_path
from pipelines.settings import load_settings

refresh_warehouse_job = dg.define_asset_job(
    name="refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Re-ingest the raw folder, extract what changed, rebuild the marts, publish.",
    # Every extraction shard in this one run (one step, the model loaded once); a single shard runs
    # with its own partition key (README, "Deployment modes").
    tags={"dagster/concurrency_key": "dealwire_warehouse", **ALL_SHARDS_TAGS},
)


# Extraction alone, one shard (or a range) per run: what a cluster worker runs after ingest, e.g.
# `dagster job execute -m pipelines.definitions -j extract_shards --tags '{"dagster/partition": "3"}'`.
extract_shards_job = dg.define_asset_job(
    name="extract_shards",
    selection=dg.AssetSelection.assets(extract_facts),
    partitions_def=SHARD_PARTITIONS,
    description="Extract the articles of the run's shards (partition = first hex digit of article_id).",
)


def nightly_schedule() -> dg.ScheduleDefinition:
    settings = load_settings()
    return dg.ScheduleDefinition(
        name="nightly_refresh",
        job=refresh_warehouse_job,
        cron_schedule=settings.schedule_cron,
        execution_timezone=settings.schedule_timezone,
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Nightly re-ingestion (DEALWIRE_SCHEDULE_CRON / DEALWIRE_SCHEDULE_TIMEZONE, "
        "default 02:00 UTC).",
    )


def raw_folder_fingerprint(raw_dir: Path) -> str:
    """Hash of every article file's path, size and modification time: changes when any file does."""
    digest = hashlib.sha256()
    if raw_dir.is_dir():
        for path in list_article_files(raw_dir):
            try:
                stat = path.stat()
            except OSError:
                continue
            # relative_source_path: a file name that is not valid UTF-8 must not break the sensor.
            name = relative_source_path(path, raw_dir)
            digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(
    job=refresh_warehouse_job, minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Requests a refresh when files in the raw folder are added, changed or removed.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, dealwire: DealwireSettings):
    fingerprint = raw_folder_fingerprint(dealwire.load().raw_dir)
    if context.cursor is None:
        # First evaluation after the sensor is turned on: the folder as it is now is the baseline
        # (the nightly schedule covers it); only later changes request a run.
        context.update_cursor(fingerprint)
        return dg.SkipReason("raw folder state recorded; later changes will request a refresh")
    if fingerprint == context.cursor:
        return dg.SkipReason("raw folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
