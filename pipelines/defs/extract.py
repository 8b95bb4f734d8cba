"""Extraction asset: thin wrapper running the pure extraction library on pending articles."""


import time
from datetime import UTC, datetime
from functools import cache

import dagster as dg

from pipelines.defs.metadata import INGEST_LAYER, declared_schema, table_metadata
from pipelines.defs.resources import DealwireSettings
from pipelines.extraction.extract import Extractor
from pipelines.extraction.model import EXTRACTOR_VERSION
from pipelines.extraction.ner_worker import NerWorker
from pipelines.extraction.rules_worker import RulesPool, RulesWorker, rules_lanes_from_env
from pipelines.settings import Settings, load_settings
from pipelines.warehouse.extraction_run import (
    SHARDS,
    ExtractionSummary,
    extract_pending,
    read_in_part_articles,
    stopped_articles,
)
from pipelines.warehouse.schema import FACT_TABLES
from pipelines.warehouse.store import ingest_connection, ingest_writer_lock

_DESCRIPTIONS = {
    "organizations": "Organizations per article: canonical name, kind, aliases, parent, cross-article key.",
    "people": "People per article with title and organization.",
    "mentions": "Every mention of an organization or person, with offsets into the clean text.",
    "deals": "Deals per article: type, date, amount, summary and the evidence sentence with offsets.",
    "deal_participants": "The organizations taking part in each article's deals, with their role.",
    "metrics": "Company metrics per article: value in base units, unit, fiscal period, evidence.",
    "quantities": "Every money amount, percent and count found in the text, before it is tied to anything.",
}


_LISTED_FAILURES = 200


def _describe_failures(con, failures: list[tuple[str, str]]) -> list[str]:
    """'<article_id> (<its files>): <reason>' for each article extraction failed on."""
    if not failures:
        return []
    paths: dict[str, list[str]] = {}
    for article_id, path in con.execute(
        "SELECT article_id, source_path FROM ingest.article_sources "
        "WHERE status <> 'removed' AND article_id IN (SELECT unnest(?)) ORDER BY source_path",
        [[article_id for article_id, _ in failures]],
    ).fetchall():
        paths.setdefault(article_id, []).append(path)
    return [
        f"{article_id} ({', '.join(paths.get(article_id, [])) or 'no live file'}): {reason}"
        for article_id, reason in failures
    ]


@cache
def _extractor(
    model_name: str, ner_in_background: bool, batch_size: int, seconds_per_100k: float
) -> Extractor:
    # Loading the spaCy model takes seconds: once per process (the workers start on first use).
    worker = NerWorker(model_name, batch_size, seconds_per_100k) if ner_in_background else None
    # Lanes of rules processes: a night of long or odd files is the rules' time (the model reads prose only).
    lanes = rules_lanes_from_env()
    rules = RulesPool(lambda: RulesWorker(seconds_per_100k), lanes) if seconds_per_100k > 0 else None
    return Extractor(model=model_name, ner_worker=worker, rules_worker=rules)


def _extractor_for(settings: Settings) -> Extractor:
    return _extractor(settings.spacy_model, settings.ner_in_background, settings.extraction_batch_size,
                      settings.extraction_seconds_per_100k)


def _cpu_by_process(extractor: Extractor) -> dict[str, float]:
    """CPU seconds so far of the step's own process (storage, the threads handing work over) and of the
    model's and the rules' worker processes, where they run apart."""
    cpu = {"step_process": time.process_time()}
    if extractor.ner_worker is not None:
        cpu["model_process"] = extractor.ner_worker.cpu_s
    if extractor.rules_worker is not None:
        cpu["rules_processes"] = extractor.rules_worker.cpu_s
    return cpu


def _markdown_list(lines: list[str]) -> dg.MetadataValue:
    listed = "\n".join(f"- {line}" for line in lines[:_LISTED_FAILURES])
    if len(lines) > _LISTED_FAILURES:
        listed += f"\n- ... and {len(lines) - _LISTED_FAILURES} more"
    return dg.MetadataValue.md(listed or "none")


def _slowest_article(con, summary: ExtractionSummary) -> str:
    slowest = summary.slowest
    if slowest is None:
        return "no article extracted this run"
    (line,) = _describe_failures(con, [(slowest.article_id, f"{slowest.seconds:.2f} s of rules")])
    return f"{line} for {slowest.chars:,} characters"


# One partition per content-hash shard (first hex digit of article_id): a shard reads and replaces only
# its own articles' rows, so shards can run on different workers at once (cluster mode) and re-running
# one is idempotent. Ingest, dbt and publish stay unpartitioned single steps.
SHARD_PARTITIONS = dg.StaticPartitionsDefinition(list(SHARDS))
# Run tags of a run that extracts every shard in one step (the model loaded once): the refresh job's.
ALL_SHARDS_TAGS = {
    "dagster/asset_partition_range_start": SHARDS[0],
    "dagster/asset_partition_range_end": SHARDS[-1],
}


def shard_backfill_policy() -> dg.BackfillPolicy:
    """A backfill of shards: one run in local mode (one process, model loaded once), one run per shard in
    cluster mode (each run a worker's)."""
    if load_settings().mode == "cluster":
        return dg.BackfillPolicy.multi_run(max_partitions_per_run=1)
    return dg.BackfillPolicy.single_run()


def _shards_of_run(context: dg.AssetExecutionContext) -> list[str]:
    """The shards this run extracts: its partition or partition range; every shard for a run with no
    partition at all (`dagster asset materialize --select '*'`, dg.materialize in tests)."""
    if context.has_partition_key or context.has_partition_key_range:
        return list(context.partition_keys)
    return list(SHARDS)


@dg.multi_asset(
    partitions_def=SHARD_PARTITIONS,
    backfill_policy=shard_backfill_policy(),
    specs=[
        dg.AssetSpec(
            ["ingest", table], group_name="ingest", **INGEST_LAYER,
            metadata=declared_schema(table), kinds={"python", "spacy", "duckdb"},
            description=_DESCRIPTIONS[table], deps=[["ingest", "articles"], ["ingest", "article_sources"]],
            code_version=EXTRACTOR_VERSION,
        )
        for table in FACT_TABLES
    ],
    pool="dealwire_warehouse",
)
def extract_facts(context: dg.AssetExecutionContext, dealwire: DealwireSettings):
    """Extract organizations, people, deals, metrics and quantities from articles not yet extracted, in
    the run's shards."""
    settings = dealwire.load()
    shards = _shards_of_run(context)
    extractor = _extractor_for(settings)

    def start_many(items):
        return extractor.start_many(
            items, batch_size=settings.extraction_batch_size, n_process=settings.extraction_processes
        )

    waited_before = extractor.rules_waited_s, extractor.caller_waited_s
    cpu_before = _cpu_by_process(extractor)
    with ingest_writer_lock(settings), ingest_connection(settings) as con:
        try:
            summary = extract_pending(
                con, start_many, extractor.extract, datetime.now(UTC),
                batch_size=max(settings.extraction_batch_size * 4, 64), report=context.log.info,
                shards=shards,
                # While the model reads the first batch the rules have nothing to do (at 256 articles a
                # core idled ~15 s per run): the first batch is one of the model's own batches, so the
                # model's batches (nlp.pipe) still hold the same articles as before.
                first_batch_size=settings.extraction_batch_size,
            )
        finally:
            cpu_now = _cpu_by_process(extractor)
            cpu_used = {name: seconds - cpu_before[name] for name, seconds in cpu_now.items()}
            for worker in (extractor.ner_worker, extractor.rules_worker):
                if worker is not None:  # its memory is not needed until the next run
                    worker.close()
        failures = _describe_failures(con, summary.failures)
        stopped_now = _describe_failures(con, [(article, reason) for article, reason, _ in summary.stopped])
        for line in failures + stopped_now:
            context.log.error(f"article {line}")
        run_metadata = {
            "articles_extracted_this_run": dg.MetadataValue.int(summary.articles_extracted),
            "extraction_failures_this_run": dg.MetadataValue.int(len(summary.failures)),
            # Failing articles have no facts from this extractor version; they are retried next run.
            "extraction_failures": _markdown_list(failures),
            "articles_stopped_over_budget_this_run": dg.MetadataValue.int(len(summary.stopped)),
            # Stopped articles are not retried until their text or the extractor version changes.
            "articles_stopped_over_budget": _markdown_list(_describe_failures(con, stopped_articles(con))),
            "slowest_article": dg.MetadataValue.text(_slowest_article(con, summary)),
            # Lists, tables, endless runs and text past the cap are not read, by the model or the rules
            # (model_input.py): facts come from the rest of the article. Listed from the warehouse
            # (ingest.articles.unread_chars), so a run that extracts nothing still shows them.
            "articles_read_in_part_this_run": dg.MetadataValue.int(len(summary.read_in_part)),
            "articles_read_in_part": _markdown_list(_describe_failures(con, [
                (article, f"the extractor left {unread:,} of {chars:,} characters unread (lists, tables, "
                          "runs with no sentence end, text past its cap)")
                for article, chars, unread in read_in_part_articles(con)])),
            "extractor_version": dg.MetadataValue.text(EXTRACTOR_VERSION),
            "shards_this_run": dg.MetadataValue.text(",".join(shards)),
        }
        # CPU per process over the extraction (the step's wall time is in the run's step stats): cores
        # idle = 2 x wall - the sum; the largest share is the process that sets the pace.
        for name, seconds in cpu_used.items():
            run_metadata[f"cpu_seconds_{name}"] = dg.MetadataValue.float(round(seconds, 1))
        if extractor.ner_worker is not None:
            # Where the time went: the rules waiting for the model's spans (the model is the bottleneck),
            # storage waiting for the rules' facts (the rules are).
            run_metadata["seconds_waiting_for_the_model_process"] = dg.MetadataValue.float(
                round(extractor.rules_waited_s - waited_before[0], 1))
            run_metadata["seconds_storage_waited_for_the_rules"] = dg.MetadataValue.float(
                round(extractor.caller_waited_s - waited_before[1], 1))
        for table in FACT_TABLES:
            yield dg.MaterializeResult(
                asset_key=["ingest", table],
                metadata={
                    **table_metadata(con, table), **run_metadata,
                    "rows_written_this_run": dg.MetadataValue.int(summary.facts.get(table, 0)),
                },
            )
