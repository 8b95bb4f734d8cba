"""Report asset: the charts page, rebuilt from the published warehouse after every publish."""

import base64

import dagster as dg

from pipelines.defs.metadata import OWNERS, layer_tags
from pipelines.defs.publish import published_warehouse
from pipelines.defs.resources import DealwireSettings


@dg.asset(
    key=["report", "warehouse_report"], group_name="report", deps=[published_warehouse],
    kinds={"html", "vega"}, owners=list(OWNERS), tags=layer_tags("report"),
    description="An offline HTML page of charts (cloud revenue, deal network, deals by type per year, "
    "the latest run's counts), each with the SQL from queries/ it came from. Written to "
    "DEALWIRE_REPORT_DIR (default: report/ beside the warehouse); `dealwire report` builds it on demand.",
)
def warehouse_report(context: dg.AssetExecutionContext, dealwire: DealwireSettings) -> dg.MaterializeResult:
    # Altair and the Vega bundle load when a run needs them, not each time the definitions load.
    from pipelines.report.build import build_report

    settings = dealwire.load()
    report = build_report(settings.warehouse, settings.report_dir)
    context.log.info(f"report written to {report.html_path}")
    preview = base64.b64encode(report.preview_png).decode("ascii")
    return dg.MaterializeResult(metadata={
        "report": dg.MetadataValue.path(str(report.html_path)),
        "open": dg.MetadataValue.url(report.html_path.as_uri()),
        "preview": dg.MetadataValue.md(f"![report preview](data:image/png;base64,{preview})"),
        "preview_png": dg.MetadataValue.path(str(report.preview_png_path)),
        **{f"rows/{chart}": dg.MetadataValue.int(count) for chart, count in report.row_counts.items()},
    })
