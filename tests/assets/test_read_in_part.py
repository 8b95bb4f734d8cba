"""What the extractor left unread of an article, on a temporary DuckDB through the Dagster assets: stored
in `ingest.articles.unread_chars` with the article's facts (0 for an article read whole), replaced when
the article is extracted again, and listed in the run's metadata from the warehouse."""

from __future__ import annotations

from pathlib import Path

import duckdb

LEAD = "Northwind Analytics signed a partnership with Contoso Bank on Monday. "
LISTING = "Alpha Corp, " * 1_000  # a 12,000-character list: not prose, left unread
TAIL = "Contoso Bank said revenue rose 5% to $20 million in 2024."


def _unread_by_file(database: str) -> dict[str, int | None]:
    with duckdb.connect(database, read_only=True) as con:
        return dict(con.execute(
            "SELECT s.source_path, a.unread_chars FROM ingest.articles a JOIN ingest.article_sources s "
            "USING (article_id)").fetchall())


def _deals_metadata(result) -> dict:
    import dagster as dg

    deals = next(m for m in result.asset_materializations_for_node("extract_facts")
                 if m.asset_key == dg.AssetKey(["ingest", "deals"]))
    return {key: getattr(value, "value", value) for key, value in deals.metadata.items()}


def test_the_unread_count_is_stored_with_the_facts_and_replaced_on_re_extraction(
    pipeline_env: dict[str, str], raw_dir: Path
) -> None:
    import dagster as dg

    from pipelines.defs import extract as extract_defs
    from pipelines.defs.ingest import ingest_articles
    from pipelines.defs.resources import build_resources

    (raw_dir / "listing.txt").write_text(LEAD + LISTING + "\n\n" + TAIL + "\n")
    seeds = sorted(path.name for path in raw_dir.iterdir() if path.name != "listing.txt")
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    extract_defs._extractor.cache_clear()  # noqa: SLF001 - built once per process otherwise
    Path(database).parent.mkdir(parents=True)
    result = dg.materialize([ingest_articles, extract_defs.extract_facts], resources=build_resources())
    assert result.success
    unread = len(LISTING.rstrip())
    assert _unread_by_file(database) == {"listing.txt": unread, **dict.fromkeys(seeds, 0)}
    assert _deals_metadata(result)["articles_read_in_part_this_run"] == 1

    # Extracted again (a new extractor version, here as a stale row): the count is the new read's.
    with duckdb.connect(database) as con:
        con.execute("UPDATE ingest.articles SET extractor_version = 'older', unread_chars = 999 "
                    "WHERE article_id IN (SELECT article_id FROM ingest.article_sources "
                    "WHERE source_path IN (?, ?))", ["listing.txt", seeds[0]])
    result = dg.materialize([extract_defs.extract_facts], resources=build_resources())
    assert result.success
    assert _unread_by_file(database) == {"listing.txt": unread, **dict.fromkeys(seeds, 0)}
    metadata = _deals_metadata(result)
    assert metadata["articles_extracted_this_run"] == 2 and metadata["articles_read_in_part_this_run"] == 1

    # A run that extracts nothing still lists the article read in part: the warehouse holds it.
    metadata = _deals_metadata(dg.materialize([extract_defs.extract_facts], resources=build_resources()))
    assert metadata["articles_extracted_this_run"] == 0 and metadata["articles_read_in_part_this_run"] == 0
    (line,) = metadata["articles_read_in_part"].splitlines()
    assert f"(listing.txt): the extractor left {unread:,} of " in line
