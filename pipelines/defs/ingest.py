"""Ingest assets: the raw folder into `ingest.articles`, `article_sources`, `ingest_errors`."""


from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.metadata import INGEST_LAYER, declared_schema, table_metadata
from pipelines.defs.resources import DealwireSettings
from pipelines.warehouse.article_sync import EmptyRawFolder, SyncSummary, sample_errors, sync_articles
from pipelines.warehouse.schema import ensure_ingest_schema
from pipelines.warehouse.store import ingest_connection, ingest_writer_lock

INGEST_TABLES = ("articles", "article_sources", "ingest_errors")
_LOGGED_ERRORS = 20
_LISTED_ERRORS = 1000  # in the run's metadata; all of them are in marts.fct_ingest_errors


def _visible(text: str) -> str:
    """Control characters (a newline in a file name) escaped, so one file stays one markdown line."""
    return "".join(ch.encode("unicode_escape").decode() if ch < " " or ch == "\x7f" else ch for ch in text)


def _rejected_markdown(summary: SyncSummary) -> str:
    """Every file rejected this run with its reason (up to _LISTED_ERRORS), as a markdown list."""
    lines = [
        f"- `` {_visible(path)} ``: {_visible(reason)}"  # double backticks: a name may hold one
        for path, reason in summary.errors[:_LISTED_ERRORS]
    ]
    if len(summary.errors) > _LISTED_ERRORS:
        lines.append(f"- ... and {len(summary.errors) - _LISTED_ERRORS} more: see marts.fct_ingest_errors")
    return "\n".join(lines) or "none"


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["ingest", "articles"], group_name="ingest", **INGEST_LAYER,
            metadata=declared_schema("articles"), kinds={"python", "duckdb"},
            description="One row per distinct article text in the raw folder: decoded, cleaned of page "
            "chrome, titled, dated when the page says so, fingerprinted by content hash.",
        ),
        dg.AssetSpec(
            ["ingest", "article_sources"], group_name="ingest", **INGEST_LAYER,
            metadata=declared_schema("article_sources"), kinds={"python", "duckdb"},
            description="Every file path seen in the raw folder and the article it holds "
            "(active, removed, or failing = now rejected but its last good article kept).",
        ),
        dg.AssetSpec(
            ["ingest", "ingest_errors"], group_name="ingest", **INGEST_LAYER,
            metadata=declared_schema("ingest_errors"), kinds={"python", "duckdb"},
            description="Rejected files with one actionable reason each, first and last seen.",
        ),
    ],
    pool="dealwire_warehouse",
)
def ingest_articles(context: dg.AssetExecutionContext, dealwire: DealwireSettings):
    """Read the raw folder; only new or modified files are read and cleaned again."""
    settings = dealwire.load()
    if not settings.raw_dir.is_dir():
        raise dg.Failure(f"raw folder {settings.raw_dir} does not exist (set DEALWIRE_RAW_DIR)")
    with ingest_writer_lock(settings), ingest_connection(settings) as con:
        ensure_ingest_schema(con)
        try:
            summary = sync_articles(
                con, settings.raw_dir, settings.max_file_bytes, datetime.now(UTC),
                allow_empty=settings.allow_empty_raw, read_processes=settings.read_processes,
                report=context.log.info,
            )
        except EmptyRawFolder as refusal:
            raise dg.Failure(str(refusal)) from refusal
        for line in sample_errors(summary, limit=_LOGGED_ERRORS):
            context.log.warning(f"rejected {line}")
        run_counts = {f"files_{k}": dg.MetadataValue.int(v) for k, v in summary.as_metadata().items()}
        errors_md = _rejected_markdown(summary)
        for table in INGEST_TABLES:
            metadata = {**table_metadata(con, table), **run_counts}
            if table == "ingest_errors":
                metadata["rejected_this_run"] = dg.MetadataValue.md(errors_md)
            yield dg.MaterializeResult(asset_key=["ingest", table], metadata=metadata)
