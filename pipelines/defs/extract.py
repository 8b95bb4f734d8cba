"""Extraction asset: thin wrapper running the pure extraction library on pending articles."""


from datetime import UTC, datetime
from functools import cache

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.metadata import table_metadata
from pipelines.extraction.extract import Extractor
from pipelines.extraction.model import EXTRACTOR_VERSION
from pipelines.settings import load_settings
from pipelines.warehouse.extraction_run import extract_pending
from pipelines.warehouse.lock import writer_lock
from pipelines.warehouse.schema import FACT_TABLES

_DESCRIPTIONS = {
    "organizations": "Organizations per article: canonical name, kind, aliases, parent, cross-article key.",
    "people": "People per article with title and organization.",
    "mentions": "Every mention of an organization or person, with offsets into the clean text.",
    "deals": "Deals per article: type, date, amount, summary and the evidence sentence with offsets.",
    "deal_participants": "The organizations taking part in each article's deals, with their role.",
    "metrics": "Company metrics per article: value in base units, unit, fiscal period, evidence.",
    "quantities": "Every money amount, percent and count found in the text, before it is tied to anything.",
}


@cache
def _extractor(model_name: str) -> Extractor:
    # Loading the spaCy model takes seconds: once per process.
    return Extractor(model=model_name)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["ingest", table], group_name="ingest", kinds={"python", "spacy", "duckdb"},
            description=_DESCRIPTIONS[table], deps=[["ingest", "articles"], ["ingest", "article_sources"]],
            code_version=EXTRACTOR_VERSION,
        )
        for table in FACT_TABLES
    ],
    pool="dealwire_warehouse",
)
def extract_facts(context: dg.AssetExecutionContext, build_warehouse: DuckDBResource):
    """Extract organizations, people, deals, metrics and quantities from articles not yet extracted."""
    settings = load_settings()
    extractor = _extractor(settings.spacy_model)

    def extract_many(items):
        return extractor.extract_many(
            items, batch_size=settings.extraction_batch_size, n_process=settings.extraction_processes
        )

    with writer_lock(settings.lock_path), build_warehouse.get_connection() as con:
        summary = extract_pending(
            con, extract_many, extractor.extract, datetime.now(UTC),
            batch_size=max(settings.extraction_batch_size * 4, 64),
        )
        for article_id, reason in summary.failures:
            context.log.error(f"article {article_id}: {reason}")
        run_metadata = {
            "articles_extracted_this_run": dg.MetadataValue.int(summary.articles_extracted),
            "extraction_failures_this_run": dg.MetadataValue.int(len(summary.failures)),
            "extractor_version": dg.MetadataValue.text(EXTRACTOR_VERSION),
        }
        for table in FACT_TABLES:
            yield dg.MaterializeResult(
                asset_key=["ingest", table],
                metadata={
                    **table_metadata(con, table), **run_metadata,
                    "rows_written_this_run": dg.MetadataValue.int(summary.facts.get(table, 0)),
                },
            )
