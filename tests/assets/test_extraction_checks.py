"""The extraction invariants block what is downstream of the facts they guard (and so the publish)."""

from pathlib import Path

import dagster as dg
import duckdb

from pipelines.defs.checks import EXTRACTION_CHECKS
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.resources import build_resources


def _run_with_downstream(database: str) -> bool:
    """Ingest, extract, check, then an asset fed by the mentions: whether that asset ran."""
    reached: list[bool] = []

    @dg.asset(deps=[dg.AssetKey(["ingest", "mentions"])])
    def downstream_of_mentions() -> None:
        reached.append(True)

    dg.materialize(
        [ingest_articles, extract_facts, downstream_of_mentions, *EXTRACTION_CHECKS],
        resources=build_resources(), raise_on_error=False,
    )
    return bool(reached)


def test_a_failing_extraction_invariant_blocks_the_assets_downstream(pipeline_env: dict[str, str]) -> None:
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    Path(database).parent.mkdir(parents=True)
    assert _run_with_downstream(database), "with every invariant holding, the downstream asset runs"
    with duckdb.connect(database) as con:
        # A mention no longer at its offsets; unchanged articles are not extracted again, so it stays.
        con.execute("UPDATE ingest.mentions SET start_char = start_char + 1 "
                    "WHERE mention_id = (SELECT min(mention_id) FROM ingest.mentions)")
    assert not _run_with_downstream(database), "a failing invariant let the downstream asset run"
