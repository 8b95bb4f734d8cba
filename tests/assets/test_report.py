"""The report built from the fixture warehouse: offline HTML, each chart with its SQL, a PNG preview.

Whether the charts really draw in a browser is checked by tests/browser/test_report.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs.report import warehouse_report
from pipelines.defs.resources import build_resources
from pipelines.report.build import QUERIES_DIR, REPORT_CHARTS, build_report
from tests.assets.test_dbt_models import build_fixture_warehouse

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build_fixture_warehouse(tmp_path_factory)
    assert built.result.returncode == 0, f"dbt build failed:\n{built.result.stdout[-6000:]}"
    return built.database


@pytest.fixture(scope="module")
def report(fixture_warehouse: Path, tmp_path_factory: pytest.TempPathFactory):
    return build_report(fixture_warehouse, tmp_path_factory.mktemp("report"))


def _specs(page: str) -> dict[str, dict]:
    found = re.search(r'<script type="application/json" id="report-specs">(.*?)</script>', page, re.S)
    assert found, "the page carries no chart specs"
    return json.loads(found.group(1))


def _inline_rows(spec: object) -> list[dict]:
    """Every row of inline data anywhere in a Vega-Lite spec (top level, layers, named datasets)."""
    if isinstance(spec, list):
        return [row for item in spec for row in _inline_rows(item)]
    if not isinstance(spec, dict):
        return []
    found = list(spec["values"]) if isinstance(spec.get("values"), list) else []
    for key, value in spec.items():
        if key == "datasets":
            found += [row for values in value.values() for row in values]
        elif key != "values":
            found += _inline_rows(value)
    return found


def test_report_page_loads_nothing_from_the_network(report) -> None:
    page = report.html_path.read_text(encoding="utf-8")
    # Script bodies (the inlined Vega bundle) hold markup in strings: only the page's own tags count.
    tags = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", page, flags=re.S | re.I)
    assert re.findall(r"<script[^>]*>", tags), "no script in the page"
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", tags, re.I), \
        "the page loads an external resource"
    assert "vegaEmbed" in page, "the Vega bundle is not inlined"


def test_each_chart_shows_the_sql_file_it_came_from(report) -> None:
    page = report.html_path.read_text(encoding="utf-8")
    for chart in REPORT_CHARTS:
        sql = (QUERIES_DIR / chart.query_file).read_text(encoding="utf-8")
        first_line = sql.splitlines()[0].replace("'", "&#x27;").replace('"', "&quot;")
        assert f"queries/{chart.query_file}" in page
        assert first_line in page, f"the SQL of {chart.query_file} is not on the page"


def test_every_chart_has_rows_from_the_fixture(report) -> None:
    assert report.row_counts == {chart.chart_id: report.row_counts[chart.chart_id] for chart in REPORT_CHARTS}
    assert all(count > 0 for count in report.row_counts.values()), report.row_counts


def test_cloud_revenue_shows_reported_currency_usd_and_conflicts(report) -> None:
    spec = _specs(report.html_path.read_text(encoding="utf-8"))["cloud-revenue"]
    rows = _inline_rows(spec)
    tencent = {r["reported_currency"]: r for r in rows
               if r["organization_name"].startswith("Tencent") and r["period_label"] == "2018"}
    assert tencent["CNY"]["reported_text"].startswith("CNY 9.")
    assert tencent["USD"]["revenue_usd_bn"] == pytest.approx(1.35)
    assert any(r["has_conflict"] and "conflicting reports" in r["reported_text"] for r in rows), \
        "the fixture's conflicting cloud revenue is not marked"


def test_deal_network_edges_are_coloured_by_deal_type(report) -> None:
    spec = _specs(report.html_path.read_text(encoding="utf-8"))["deal-network"]
    rules = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    assert rules and rules[0]["encoding"]["color"]["field"] == "deal_type"
    nodes = [row for row in _inline_rows(spec) if "organization" in row]
    assert len(nodes) >= 2 and all(-1.01 <= node["x"] <= 1.01 for node in nodes)


def test_preview_is_a_small_png(report) -> None:
    png = report.preview_png
    assert png.startswith(PNG_SIGNATURE)
    assert 1_000 < len(png) < 300_000


def test_report_reads_the_warehouse_read_only(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="(?i)(not exist|no such file|cannot open)"):
        build_report(tmp_path / "absent.duckdb", tmp_path / "out")
    assert not (tmp_path / "absent.duckdb").exists()


def test_report_asset_writes_to_the_configured_folder_and_previews_in_metadata(
        fixture_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(fixture_warehouse))
    monkeypatch.setenv("DEALWIRE_REPORT_DIR", str(tmp_path / "reports"))
    result = dg.materialize([warehouse_report], resources=build_resources())
    assert result.success
    [event] = result.get_asset_materialization_events()
    assert event.asset_key == dg.AssetKey(["report", "warehouse_report"])
    metadata = event.materialization.metadata
    html = tmp_path / "reports" / "dealwire_report.html"
    assert html.exists()
    assert metadata["report"].value == str(html)
    assert metadata["open"].value == html.as_uri()
    assert metadata["preview"].value.startswith("![report preview](data:image/png;base64,iVBORw0KGgo")
    assert Path(metadata["preview_png"].value).read_bytes().startswith(PNG_SIGNATURE)


def test_report_is_downstream_of_the_marts_in_the_lineage() -> None:
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()
    report_key = dg.AssetKey(["report", "warehouse_report"])
    upstream = dg.AssetSelection.assets(report_key).upstream().resolve(graph)
    for mart in ("fct_cloud_revenue", "fct_deals", "bridge_deal_participants", "fct_ingest_errors"):
        assert dg.AssetKey(["marts", mart]) in upstream, f"the report is not downstream of marts/{mart}"
    assert report_key in graph.get_all_asset_keys()
