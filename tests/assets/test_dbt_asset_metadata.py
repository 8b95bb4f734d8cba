"""The dbt asset on a temporary DuckDB: what dagster-dbt's public API puts on each materialization."""

from pathlib import Path

import dagster as dg

from pipelines.defs.dbt import dealwire_dbt_models
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.publish import published_warehouse
from pipelines.defs.resources import build_resources


def test_marts_carry_row_counts_column_types_and_lineage(pipeline_env: dict[str, str]) -> None:
    result = dg.materialize(
        [ingest_articles, extract_facts, dealwire_dbt_models, published_warehouse],
        resources=build_resources(),
    )
    assert result.success
    assert Path(pipeline_env["DEALWIRE_WAREHOUSE"]).exists()
    by_key = {m.asset_key: m.metadata for m in result.asset_materializations_for_node("dealwire_dbt_models")}
    deals = by_key[dg.AssetKey(["marts", "fct_deals"])]
    assert deals["dagster/row_count"].value > 0
    types = {column.name: column.type for column in deals["dagster/column_schema"].value.columns}
    assert types["announced_date"] == "DATE" and "char" in types["deal_type"].lower(), types
    lineage = deals["dagster/column_lineage"].value
    assert lineage.deps_by_column, "no column-level lineage on marts/fct_deals"
