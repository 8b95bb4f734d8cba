"""Invariants of the extraction output, checked on the build warehouse after each run.

Blocking: a failing invariant stops the run before dbt, so the published warehouse keeps its last good
state instead of receiving facts that break them.
"""


import dagster as dg

from pipelines.defs.resources import DealwireSettings
from pipelines.extraction.model import DEAL_TYPES, METRIC_NAMES, NON_CURRENCY_UNITS
from pipelines.warehouse.store import ingest_connection

# Evidence must be exactly the clean text at its offsets. Linear in text plus rows: DuckDB finds a character
# offset by reading the string from its start, so a substring per row over the whole text cost rows x
# article length. Each text is cut once into pieces of 1,000 characters and a span read from the piece
# it starts in joined to the next; a longer span from its pieces (dbt's spans_not_at_offsets does the same).
_EVIDENCE_MISMATCH = """
    WITH spans AS (
        SELECT row_number() OVER () AS span_row, article_id, {column} AS span_text, start_char, end_char
        FROM ingest.{table}
    ),
    cut AS (
        SELECT article_id, length(clean_text) AS text_length,
               regexp_extract_all(clean_text, '(?s).{{1,1000}}') AS pieces
        FROM ingest.articles WHERE article_id IN (SELECT article_id FROM spans)
    ),
    pieces AS (
        SELECT article_id, generate_subscripts(pieces, 1) - 1 AS piece_no, unnest(pieces) AS piece FROM cut
    ),
    windows AS (
        SELECT article_id, piece_no,
               piece || coalesce(lead(piece) OVER (PARTITION BY article_id ORDER BY piece_no), '')
                   AS window_text
        FROM pieces
    ),
    long_span_pieces AS (
        SELECT span_row, article_id, unnest(range(start_char // 1000, (end_char - 1) // 1000 + 1)) AS piece_no
        FROM spans WHERE end_char - start_char > 1000 AND start_char >= 0
    ),
    long_spans AS (
        SELECT l.span_row, string_agg(p.piece, '' ORDER BY p.piece_no) AS covering
        FROM long_span_pieces l JOIN pieces p USING (article_id, piece_no) GROUP BY l.span_row
    )
    SELECT count(*) FROM spans s
    JOIN (SELECT article_id, text_length FROM cut) c USING (article_id)
    LEFT JOIN windows w ON w.article_id = s.article_id AND w.piece_no = s.start_char // 1000
    LEFT JOIN long_spans t USING (span_row)
    WHERE s.start_char IS NULL OR s.end_char IS NULL
       OR s.start_char < 0 OR s.end_char < s.start_char OR s.end_char > c.text_length
       OR substring(coalesce(t.covering, w.window_text, ''), s.start_char % 1000 + 1,
                    s.end_char - s.start_char) IS DISTINCT FROM s.span_text
"""


def _count(con, sql: str, params: list | None = None) -> int:
    return con.execute(sql, params or []).fetchone()[0]


def spans_not_at_offsets(con, table: str, column: str) -> int:
    """Rows of ``ingest.<table>`` whose ``column`` is not their article's clean text at their offsets."""
    return _count(con, _EVIDENCE_MISMATCH.format(table=table, column=column))


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
