"""Publish asset: readers see the new warehouse only once everything in it is built."""


import dagster as dg

from pipelines.defs.dbt import MARTS_GROUP, dealwire_dbt_models
from pipelines.defs.metadata import OWNERS, layer_tags
from pipelines.defs.resources import DealwireSettings
from pipelines.warehouse.lock import writer_lock
from pipelines.warehouse.publish import publish_warehouse

# The marts only: staging views, intermediate tables and seeds are built on the way to them, and
# depending on every dbt node fanned the lineage into one unreadable box.
PUBLISHED_MARTS = [spec.key for spec in dealwire_dbt_models.specs if spec.group_name == MARTS_GROUP]


@dg.asset(
    key=["warehouse", "published"], group_name="warehouse", deps=PUBLISHED_MARTS,
    kinds={"duckdb"}, pool="dealwire_warehouse", owners=list(OWNERS), tags=layer_tags("warehouse"),
    description="The warehouse analysts query (DEALWIRE_WAREHOUSE), replaced atomically by a "
    "checkpointed copy of the build database after a successful dbt build.",
)
def published_warehouse(
    context: dg.AssetExecutionContext, dealwire: DealwireSettings
) -> dg.MaterializeResult:
    settings = dealwire.load()
    with writer_lock(settings.lock_path):
        size = publish_warehouse(settings.build_database, settings.warehouse)
    context.log.info(f"published {settings.warehouse} ({size / 1e6:.1f} MB)")
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(settings.warehouse)), "bytes": dg.MetadataValue.int(size)}
    )
