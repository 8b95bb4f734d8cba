"""Invariants of the extraction output, checked on the build warehouse after each run.

Blocking: a failing invariant stops the run before dbt, so the published warehouse keeps its last good
state instead of receiving facts that break them.
"""

from functools import cache

import dagster as dg
import jinja2

from pipelines.defs.resources import DealwireSettings
from pipelines.extraction.model import DEAL_TYPES, METRIC_NAMES, NON_CURRENCY_UNITS
from pipelines.settings import DBT_PROJECT_DIR
from pipelines.warehouse.store import ingest_connection

# Evidence must be exactly the clean text at its offsets. The SQL is dbt's macro spans_not_at_offsets
# (it says why it is linear in text plus rows), rendered here with Jinja, so the check before dbt and the
# dbt test after it are one query, written once.
_SPANS_MACRO = DBT_PROJECT_DIR / "macros" / "spans_not_at_offsets.sql"


@cache
def _spans_macro():
    return jinja2.Environment().from_string(_SPANS_MACRO.read_text(encoding="utf-8")).module


def _count(con, sql: str, params: list | None = None) -> int:
    return con.execute(sql, params or []).fetchone()[0]


def spans_not_at_offsets(con, table: str, column: str) -> int:
    """Rows of ``ingest.<table>`` whose ``column`` is not their article's clean text at their offsets."""
    spans = f"select article_id, {column} as span_text, start_char, end_char from ingest.{table}"
    articles = (
        "(select article_id, clean_text from ingest.articles "
        f"where article_id in (select article_id from ingest.{table}))"
    )
    mismatches = _spans_macro().spans_not_at_offsets(spans, articles)
    return _count(con, f"select count(*) from ({mismatches})")


def _result(failures: dict[str, int]) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=not any(failures.values()),
        metadata={name: dg.MetadataValue.int(n) for name, n in failures.items()},
    )


@dg.asset_check(blocking=True, asset=["ingest", "deals"], description="Deal evidence sits at its offsets; "
                "every deal has two or more parties and a type from the vocabulary.")
def deals_are_well_formed(dealwire: DealwireSettings) -> dg.AssetCheckResult:
    with ingest_connection(dealwire.load()) as con:
        return _result({
            "evidence_not_at_offsets": spans_not_at_offsets(con, "deals", "evidence_text"),
            "deals_with_fewer_than_two_parties": _count(con, """
                SELECT count(*) FROM ingest.deals d WHERE (SELECT count(DISTINCT organization_key)
                    FROM ingest.deal_participants p WHERE p.article_deal_id = d.article_deal_id) < 2"""),
            "unknown_deal_types": _count(
                con, "SELECT count(*) FROM ingest.deals WHERE deal_type NOT IN (SELECT unnest(?))",
                [list(DEAL_TYPES)]),
        })


@dg.asset_check(blocking=True, asset=["ingest", "metrics"],
                description="Metric evidence sits at its offsets; "
                "names and units come from the vocabulary (ISO 4217, percent, count).")
def metrics_are_well_formed(dealwire: DealwireSettings) -> dg.AssetCheckResult:
    with ingest_connection(dealwire.load()) as con:
        return _result({
            "evidence_not_at_offsets": spans_not_at_offsets(con, "metrics", "evidence_text"),
            "units_outside_vocabulary": _count(con, """
                SELECT count(*) FROM ingest.metrics
                WHERE unit NOT IN (SELECT unnest(?)) AND NOT regexp_full_match(unit, '[A-Z]{3}')""",
                [list(NON_CURRENCY_UNITS)]),
            "unknown_metric_names": _count(
                con, "SELECT count(*) FROM ingest.metrics WHERE metric_name NOT IN (SELECT unnest(?))",
                [list(METRIC_NAMES)]),
        })


@dg.asset_check(blocking=True, asset=["ingest", "mentions"],
                description="Every mention is the clean text at its offsets.")
def mentions_are_at_offsets(dealwire: DealwireSettings) -> dg.AssetCheckResult:
    with ingest_connection(dealwire.load()) as con:
        return _result({
            "mentions_not_at_offsets": spans_not_at_offsets(con, "mentions", "mention_text"),
        })


EXTRACTION_CHECKS = [deals_are_well_formed, metrics_are_well_formed, mentions_are_at_offsets]
