"""The refresh cut into its three stages, for the cluster mode: ingest (one step), the extraction
shards (`extract_shards`, one run per partition, side by side on the Celery workers), then dbt, publish
and the report (single steps). Same assets as `refresh_warehouse`; `python -m pipelines.cluster` runs them in
that order (docs/scale-out.md)."""

import dagster as dg

from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles

_EXTRACTION = dg.AssetSelection.assets(extract_facts)
_INGEST = dg.AssetSelection.assets(ingest_articles)

ingest_stage_job = dg.define_asset_job(
    name="ingest_stage", selection=_INGEST,
    description="Cluster mode, stage 1: read the raw folder into the ingest tables.",
)
build_and_publish_job = dg.define_asset_job(
    # Everything else, seeds included (the marts need reference.fx_rates in the build database).
    name="build_and_publish", selection=dg.AssetSelection.all() - _INGEST - _EXTRACTION,
    description="Cluster mode, stage 3: dbt build from the ingest tables, publish, report.",
)

# Stage 2 is `extract_shards` (pipelines/defs/schedules.py), one run per shard partition.
STAGE_JOBS = [ingest_stage_job, build_and_publish_job]
