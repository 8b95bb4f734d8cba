"""The Dagster definitions the UI shows: every dbt test is an asset check, lineage is connected."""

import json

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.dbt import dbt_project


def test_every_dbt_test_is_an_asset_check() -> None:
    manifest = json.loads(dbt_project.manifest_path.read_text())
    dbt_tests = {node["name"] for key, node in manifest["nodes"].items() if key.startswith("test.")}
    checks = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert dbt_tests, "the dbt project defines no tests"
    assert dbt_tests - checks == set(), "dbt tests Dagster would only log as observations"


def test_marts_are_downstream_of_the_raw_articles() -> None:
    graph = defs.resolve_asset_graph()
    articles = dg.AssetKey(["ingest", "articles"])
    downstream: set[dg.AssetKey] = set()
    frontier = [articles]
    while frontier:
        for child in graph.get(frontier.pop()).child_keys:
            if child not in downstream:
                downstream.add(child)
                frontier.append(child)
    for mart in ("fct_deals", "fct_cloud_revenue", "fct_company_metrics", "dim_organizations"):
        assert dg.AssetKey(["marts", mart]) in downstream, f"marts/{mart} is not fed by ingest/articles"
    assert dg.AssetKey(["warehouse", "published"]) in downstream


def test_published_warehouse_depends_on_the_marts_only() -> None:
    graph = defs.resolve_asset_graph()
    parents = graph.get(dg.AssetKey(["warehouse", "published"])).parent_keys
    marts = {key for key in graph.get_all_asset_keys() if key.path[0] == "marts"}
    assert marts, "no marts in the definitions"
    assert parents == marts
