"""Publish asset: readers see the new warehouse only once everything in it is built."""


import dagster as dg

from pipelines.defs.dbt import dealwire_dbt_models
from pipelines.settings import load_settings
from pipelines.warehouse.lock import writer_lock
from pipelines.warehouse.publish import publish_warehouse


@dg.asset(
    key=["warehouse", "published"], group_name="warehouse", deps=[dealwire_dbt_models],
    kinds={"duckdb"}, pool="dealwire_warehouse",
    description="The warehouse analysts query (DEALWIRE_WAREHOUSE), replaced atomically by a "
    "checkpointed copy of the build database after a successful dbt build.",
)
def published_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = load_settings()
    with writer_lock(settings.lock_path):
        size = publish_warehouse(settings.build_database, settings.warehouse)
    context.log.info(f"published {settings.warehouse} ({size / 1e6:.1f} MB)")
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(settings.warehouse)), "bytes": dg.MetadataValue.int(size)}
    )
