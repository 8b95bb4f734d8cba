"""Build the report from a warehouse: run each chart's query, draw it, write one offline HTML page.

Why Vega-Altair with vl-convert: vl-convert ships Vega, Vega-Lite and vega-embed as one JavaScript
bundle (inlined once, ~0.9 MB, so the page renders with no network) and renders PNGs in-process
with no browser, which gives the Dagster asset its preview. Plotly's PNG export (kaleido) needs a
Chrome of its own, and its embedded JS is ~4 MB.

Each chart's SQL is a file in queries/ (also run by the tests and by `dealwire sql`); the page shows
that file's text under the chart, so the SQL lives in one place.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import altair as alt
import duckdb
import vl_convert as vlc

from pipelines.report import REPORT_HTML, REPORT_PREVIEW_PNG, charts
from pipelines.settings import PROJECT_ROOT

QUERIES_DIR = PROJECT_ROOT / "queries"

Rows = dict[str, list[charts.Row]]


@dataclass(frozen=True)
class ReportChart:
    chart_id: str
    heading: str
    query_file: str  # in queries/
    draw: Callable[[Rows], alt.TopLevelMixin]  # from the rows of every query, by query name

    @property
    def query_name(self) -> str:
        return self.query_file.removesuffix(".sql")


def _deal_colors(rows: Rows) -> alt.Scale:
    return charts.deal_type_scale(rows["deal_network_edges"], rows["deals_by_type_per_year"])


REPORT_CHARTS = (
    ReportChart("cloud-revenue", "Cloud revenue by company and period", "cloud_revenue_reported_and_usd.sql",
                lambda rows: charts.cloud_revenue_chart(rows["cloud_revenue_reported_and_usd"])),
    ReportChart("deal-network", "Deal network", "deal_network_edges.sql",
                lambda rows: charts.deal_network_chart(rows["deal_network_edges"], _deal_colors(rows))),
    ReportChart("deals-by-type", "Deals by type per year", "deals_by_type_per_year.sql",
                lambda rows: charts.deals_by_type_chart(rows["deals_by_type_per_year"], _deal_colors(rows))),
    ReportChart("latest-run", "The latest run: ingest and extraction", "latest_run_counts.sql",
                lambda rows: charts.latest_run_chart(rows["latest_run_counts"])),
)


@dataclass(frozen=True)
class BuiltReport:
    html_path: Path
    preview_png_path: Path
    row_counts: dict[str, int]  # chart id -> rows its query returned

    @property
    def preview_png(self) -> bytes:
        return self.preview_png_path.read_bytes()


def build_report(warehouse: Path, out_dir: Path, built_at: datetime | None = None) -> BuiltReport:
    """Write the HTML report and its PNG preview into `out_dir` from `warehouse`, opened read-only."""
    built_at = built_at or datetime.now(UTC)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = {chart.query_name: _query_rows(con, QUERIES_DIR / chart.query_file) for chart in REPORT_CHARTS}
    specs = {chart.chart_id: chart.draw(rows).to_dict() for chart in REPORT_CHARTS}
    row_counts = {chart.chart_id: len(rows[chart.query_name]) for chart in REPORT_CHARTS}
    out_dir.mkdir(parents=True, exist_ok=True)
    page = _page(specs, row_counts, warehouse, built_at)
    html_path = _write_atomically(out_dir / REPORT_HTML, page.encode("utf-8"))
    preview = vlc.vegalite_to_png(_preview_chart(rows).to_dict(), scale=1)
    png_path = _write_atomically(out_dir / REPORT_PREVIEW_PNG, preview)
    return BuiltReport(html_path, png_path, row_counts)


def _query_rows(con: duckdb.DuckDBPyConnection, query_file: Path) -> list[charts.Row]:
    cursor = con.execute(query_file.read_text(encoding="utf-8"))
    columns = [column[0] for column in cursor.description]
    return [{name: _json_value(value) for name, value in zip(columns, row, strict=True)}
            for row in cursor.fetchall()]


def _json_value(value: Any) -> Any:
    # Vega-Lite data is JSON: dates as ISO strings, exact decimals and huge integers as plain numbers.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is not None and not isinstance(value, bool | int | float | str):
        return float(value)
    return value


# The preview's cloud revenue chart shows this many of the largest figures: its height, and the size of
# the PNG carried in the asset's metadata, do not grow with the warehouse.
PREVIEW_CLOUD_ROWS = 10


def _preview_chart(rows: Rows, width: int = 360) -> alt.TopLevelMixin:
    """The largest cloud revenue figures beside deals by type per year (a bar per year)."""
    cloud = rows["cloud_revenue_reported_and_usd"]
    largest = sorted(cloud, key=lambda row: -(row["revenue_usd_bn"] or 0))[:PREVIEW_CLOUD_ROWS]
    deals = charts.deals_by_type_chart(rows["deals_by_type_per_year"], _deal_colors(rows))
    return alt.hconcat(
        charts.cloud_revenue_chart(largest).properties(width=width), deals.properties(width=width),
    ).resolve_scale(color="independent").resolve_legend(color="independent")


def _write_atomically(path: Path, data: bytes) -> Path:
    # A reader (the browser, the UI) never sees half a file; a failed build leaves the last report.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 980px; color: #222; }
section { margin: 2.5rem 0; } .meta { color: #666; } .empty { color: #a00; }
details { margin-top: .5rem; }
pre { background: #f6f6f6; padding: .75rem; overflow-x: auto; font-size: 12px; }
.chart-error { color: #a00; font-weight: bold; }
"""

# Draw every chart as SVG; a chart that fails says so on the page (and in data-chart-errors).
_EMBED = """
const specs = JSON.parse(document.getElementById('report-specs').textContent);
const drawn = Object.entries(specs).map(([id, spec]) =>
  vegaEmbed('#chart-' + id, spec, {renderer: 'svg', actions: false}).catch((error) => {
    const box = document.getElementById('chart-' + id);
    box.innerHTML = '';
    box.appendChild(Object.assign(document.createElement('p'),
      {className: 'chart-error', textContent: 'chart error: ' + error}));
    document.body.dataset.chartErrors = (Number(document.body.dataset.chartErrors || 0) + 1).toString();
  }));
Promise.allSettled(drawn).then(() => { document.body.dataset.chartsDone = drawn.length.toString(); });
"""


def _page(specs: dict[str, dict], row_counts: dict[str, int], warehouse: Path, built_at: datetime) -> str:
    sections = "\n".join(_section(chart, row_counts[chart.chart_id]) for chart in REPORT_CHARTS)
    # "</" inside a <script> would end it early: JSON allows the escaped form.
    specs_json = json.dumps(specs).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dealwire warehouse report</title>
<style>{_STYLE}</style>
<script>{vlc.javascript_bundle()}</script>
</head><body>
<h1>dealwire warehouse report</h1>
<p class="meta">Built {built_at:%Y-%m-%d %H:%M} UTC from <code>{html.escape(str(warehouse))}</code>.
Every chart is drawn from the SQL shown under it (a file in <code>queries/</code>; run it yourself with
<code>dealwire sql queries/&lt;file&gt;</code>).</p>
{sections}
<script type="application/json" id="report-specs">{specs_json}</script>
<script>{_EMBED}</script>
</body></html>
"""


def _section(chart: ReportChart, row_count: int) -> str:
    sql = (QUERIES_DIR / chart.query_file).read_text(encoding="utf-8")
    empty = '<p class="empty">The query returned no rows.</p>' if row_count == 0 else ""
    return f"""<section id="{chart.chart_id}">
<h2>{html.escape(chart.heading)}</h2>{empty}
<div class="chart" id="chart-{chart.chart_id}"></div>
<details><summary>SQL: <code>queries/{html.escape(chart.query_file)}</code> ({row_count} rows)</summary>
<pre><code>{html.escape(sql)}</code></pre></details>
</section>"""
