"""dbt docs: our own overview page, and exposures that say truthfully who reads which marts."""

from __future__ import annotations

import json
import re

import pytest

from pipelines.defs.dbt import dbt_project
from pipelines.report.build import QUERIES_DIR, REPORT_CHARTS


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(dbt_project.manifest_path.read_text())


def _marts(manifest: dict) -> set[str]:
    return {node["name"] for node in manifest["nodes"].values()
            if node["resource_type"] == "model" and "marts" in node["fqn"]}


def _exposure_refs(manifest: dict, name: str) -> set[str]:
    exposure = manifest["exposures"][f"exposure.dealwire.{name}"]
    return {manifest["nodes"][unique_id]["name"] for unique_id in exposure["depends_on"]["nodes"]}


def _marts_read_by(sql_files) -> set[str]:
    return {table for path in sql_files for table in re.findall(r"\bmarts\.(\w+)", path.read_text())}


def test_docs_open_on_our_overview_not_the_stock_welcome(manifest: dict) -> None:
    overview = manifest["docs"].get("doc.dealwire.__overview__")
    assert overview, "no {% docs __overview__ %} block in the dbt project"
    for words in ("fct_deals", "fct_cloud_revenue", "published_warehouse", "queries/"):
        assert words in overview["block_contents"]


def test_the_published_warehouse_exposes_every_mart(manifest: dict) -> None:
    assert _exposure_refs(manifest, "published_warehouse") == _marts(manifest)


def test_analyst_queries_exposure_lists_every_mart_the_queries_read(manifest: dict) -> None:
    assert _exposure_refs(manifest, "analyst_queries") == _marts_read_by(sorted(QUERIES_DIR.glob("*.sql")))


def test_report_exposure_lists_every_mart_its_charts_read(manifest: dict) -> None:
    read = _marts_read_by(QUERIES_DIR / chart.query_file for chart in REPORT_CHARTS)
    assert _exposure_refs(manifest, "warehouse_report") == read
