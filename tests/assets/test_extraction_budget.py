"""An article over its time budget on a temporary DuckDB: stopped, recorded with its reason, its last
good facts kept, the rest stored, and not tried again until the extractor version (or its text) changes."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines.extraction.extract import facts_from_entities
from pipelines.extraction.model import EXTRACTOR_VERSION, ArticleFacts
from pipelines.extraction.rules_worker import MIN_BUDGET_SECONDS, RulesWorker
from pipelines.warehouse.article_sync import sync_articles
from pipelines.warehouse.extraction_run import extract_pending, pending_article_ids, stopped_articles
from pipelines.warehouse.schema import ensure_ingest_schema

NOW = datetime(2026, 12, 4, tzinfo=UTC)
MARKER = "This sentence stands for a text some rule never finishes on."


def rules_stalling_on_the_marker(text, published, spans, gazetteer) -> ArticleFacts:
    if MARKER in text:
        while True:  # as a stuck regular expression: nothing but killing the process stops it
            time.sleep(60)
    return facts_from_entities(text, published, spans, gazetteer)


class _Rules:
    """start_many / extract_one over a rules worker, without the model (no entity spans)."""

    def __init__(self, worker: RulesWorker) -> None:
        self.worker = worker
        self.texts_seen: list[str] = []

    def start_many(self, items):
        self.texts_seen += [text for text, _ in items]
        return lambda: self.worker.run([(text, published, []) for text, published in items])

    def extract_one(self, text, published):
        (outcome,) = self.start_many([(text, published)])()
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def _facts_per_article(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(con.execute("SELECT article_id, count(*) FROM ingest.quantities GROUP BY 1").fetchall())


def test_article_over_budget_keeps_its_last_facts_and_waits_for_a_new_extractor_version(
    tmp_path: Path, raw_dir: Path
) -> None:
    seed = sorted(raw_dir.iterdir())[0].read_text()
    (raw_dir / "stalls.txt").write_text(f"{seed}\n{MARKER}\n")
    con = duckdb.connect(str(tmp_path / "build.duckdb"))
    ensure_ingest_schema(con)
    sync_articles(con, raw_dir, max_bytes=1 << 20, now=NOW)
    stalling = con.execute("SELECT article_id FROM ingest.article_sources WHERE source_path = 'stalls.txt'"
                           ).fetchone()[0]
    with RulesWorker(seconds_per_100k=0.01) as plain, \
            RulesWorker(seconds_per_100k=0.01, rules=rules_stalling_on_the_marker) as stalls:
        # An older extractor version extracted everything, the stalling article included.
        old = _Rules(plain)
        extract_pending(con, old.start_many, old.extract_one, NOW, version="old")
        old_facts = _facts_per_article(con)
        assert old_facts[stalling] > 0

        # The current version stops on it: recorded with its reason, every other article stored.
        current = _Rules(stalls)
        summary = extract_pending(con, current.start_many, current.extract_one, NOW, batch_size=2)
        stops = [(article_id, budget) for article_id, _, budget in summary.stopped]
        assert stops == [(stalling, MIN_BUDGET_SECONDS)]
        assert not summary.failures and summary.articles_extracted == len(old_facts) - 1
        assert summary.slowest is not None and summary.slowest.article_id == stalling
        ((article_id, reason),) = stopped_articles(con)
        assert article_id == stalling and "time budget" in reason
        assert _facts_per_article(con)[stalling] == old_facts[stalling], "its last good facts stay"

        # The next run does not try it again: nothing is pending, the stop is still reported.
        again = _Rules(stalls)
        summary = extract_pending(con, again.start_many, again.extract_one, NOW)
        assert again.texts_seen == [] and not summary.stopped and pending_article_ids(con) == []
        assert [article_id for article_id, _ in stopped_articles(con)] == [stalling]

        # A new extractor version tries it again (a changed text would be a new article anyway).
        newer = _Rules(plain)
        summary = extract_pending(con, newer.start_many, newer.extract_one, NOW, version="newer")
        assert not summary.stopped and summary.articles_extracted == len(old_facts)
        assert stopped_articles(con, version="newer") == []
        assert stopped_articles(con, version=EXTRACTOR_VERSION) == [(stalling, reason)]


def test_run_metadata_lists_the_stopped_file_and_the_slowest_article(
    pipeline_env: dict[str, str], raw_dir: Path, monkeypatch
) -> None:
    import dagster as dg

    from pipelines.defs import extract as extract_defs
    from pipelines.defs.ingest import ingest_articles
    from pipelines.defs.resources import build_resources

    # A text the rules never finish on (no shape is slow on purpose any more: a stalling rule stands in).
    stalling = f"{MARKER}\n" + "An ordinary sentence follows. " * 3_000
    (raw_dir / "stalls.txt").write_text(stalling)
    monkeypatch.setattr(  # the step may pass options: the stalling worker takes them as they come
        extract_defs,
        "RulesWorker",
        lambda seconds, **options: RulesWorker(seconds, rules=rules_stalling_on_the_marker, **options),
    )
    extract_defs._extractor.cache_clear()  # noqa: SLF001 - built once per process otherwise
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    Path(database).parent.mkdir(parents=True)
    try:
        result = dg.materialize([ingest_articles, extract_defs.extract_facts], resources=build_resources())
    finally:
        extract_defs._extractor.cache_clear()  # noqa: SLF001 - no other test may get the stalling rules
    assert result.success
    deals = next(m for m in result.asset_materializations_for_node("extract_facts")
                 if m.asset_key == dg.AssetKey(["ingest", "deals"]))
    metadata = {key: value.value for key, value in deals.metadata.items()}
    assert metadata["articles_stopped_over_budget_this_run"] == 1
    assert metadata["articles_extracted_this_run"] == len(list(raw_dir.iterdir())) - 1
    (line,) = metadata["articles_stopped_over_budget"].splitlines()
    budget = MIN_BUDGET_SECONDS  # under 100,000 characters at the default 3 s per 100,000: the minimum
    assert f"(stalls.txt): stopped: the rules ran past this article's time budget of {budget:.1f} s" in line
    # (The article is the file's clean text: its last newline is not counted.)
    slowest = metadata["slowest_article"]
    assert f"(stalls.txt): {budget:.2f} s of rules for {len(stalling.strip()):,} characters" in slowest


def test_run_metadata_lists_an_article_read_in_part_whose_facts_are_those_of_its_prose(
    pipeline_env: dict[str, str], raw_dir: Path
) -> None:
    import dagster as dg

    from pipelines.defs import extract as extract_defs
    from pipelines.defs.ingest import ingest_articles
    from pipelines.defs.resources import build_resources

    lead = "Northwind Analytics signed a partnership with Contoso Bank on Monday. "
    listing = "Alpha Corp, " * 1_000  # a 12,000-character list: not prose, left unread
    tail = "Contoso Bank said revenue rose 5% to $20 million in 2024."
    (raw_dir / "listing.txt").write_text(lead + listing + "\n\n" + tail + "\n")
    extract_defs._extractor.cache_clear()  # noqa: SLF001 - built once per process otherwise
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    result = dg.materialize([ingest_articles, extract_defs.extract_facts], resources=build_resources())
    assert result.success
    deals = next(m for m in result.asset_materializations_for_node("extract_facts")
                 if m.asset_key == dg.AssetKey(["ingest", "deals"]))
    with duckdb.connect(pipeline_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        article_id, text = con.execute(
            "SELECT a.article_id, a.clean_text FROM ingest.articles a JOIN ingest.article_sources s "
            "USING (article_id) WHERE s.source_path = 'listing.txt'").fetchone()
        mentions = con.execute("SELECT mention_text, start_char, end_char FROM ingest.mentions "
                               "WHERE article_id = ?", [article_id]).fetchall()
    (line,) = deals.metadata["articles_read_in_part"].value.splitlines()
    unread = len(listing.rstrip())
    assert f"(listing.txt): the extractor left {unread:,} of {len(text):,} characters unread" in line
    contoso = text.rindex("Contoso Bank")  # in the prose after the list, at its place in the article
    assert ("Contoso Bank", contoso, contoso + len("Contoso Bank")) in mentions
    assert all(text[start:end] == surface for surface, start, end in mentions)
    assert not [m for m in mentions if "Alpha" in m[0]]
