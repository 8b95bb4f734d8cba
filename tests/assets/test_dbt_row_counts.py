"""Row counts on the dbt assets' materializations (pipelines/defs/dbt.py:_with_row_count)."""

import dagster as dg
import duckdb

from pipelines.defs.dbt import _with_row_count


def test_a_model_output_gets_the_row_count_of_its_relation() -> None:
    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts; CREATE TABLE marts.fct_deals AS SELECT range AS id FROM range(7)")
    manifest = {"nodes": {"model.dealwire.fct_deals": {"schema": "marts", "alias": "fct_deals"}}}
    event = dg.Output(None, "marts__fct_deals", metadata={"unique_id": "model.dealwire.fct_deals"})
    counted = _with_row_count(con, manifest, event)
    assert counted.metadata["dagster/row_count"] == dg.MetadataValue.int(7)
    assert counted.metadata["unique_id"] == event.metadata["unique_id"]


def test_anything_else_passes_through_unchanged() -> None:
    con = duckdb.connect()
    manifest = {"nodes": {"model.dealwire.gone": {"schema": "marts", "alias": "gone"}}}
    missing = dg.Output(None, output_name="marts__gone", metadata={"unique_id": "model.dealwire.gone"})
    check = dg.AssetCheckResult(passed=True, asset_key="marts/fct_deals", check_name="unique_fct_deals_id")
    assert _with_row_count(con, manifest, missing) is missing
    assert _with_row_count(con, manifest, check) is check
