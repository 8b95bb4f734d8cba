"""Extraction shards on both stores: the build database (local mode) and a DuckLake whose catalog is a
throwaway PostgreSQL (cluster mode).

- Re-running one shard replaces exactly its own rows: the other shards' rows are untouched and every
  table keeps its row count.
- Two shards extracting in two processes at once, committing to the same lake tables, lose nothing
  and double nothing (DuckLake refuses a commit that overlaps another's deletes; the shard's
  transaction is run again, pipelines/warehouse/transactions.py).
- Keys stay unique in the lake, which enforces no PRIMARY KEY: they are written by MERGE on the key or
  an article's rows replaced whole.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.extraction.model import ArticleFacts, Evidence, OrganizationFact, Quantity
from pipelines.settings import Settings, load_settings
from pipelines.warehouse.article_sync import sync_articles
from pipelines.warehouse.extraction_run import SHARDS, extract_pending, shard_of
from pipelines.warehouse.schema import FACT_TABLES, ensure_ingest_schema
from pipelines.warehouse.store import ingest_connection, is_lake

pytestmark = pytest.mark.cluster  # a throwaway Postgres per session: deselected by -m "not cluster"

NOW = datetime(2026, 12, 4, tzinfo=UTC)
WORDS = ("Norvale", "Quillon", "Brastek", "Tessaly", "Marrow", "Ondine", "Pellex", "Stravo")


def fake_extractor(marker: str):
    """(start_many, extract_one) finding one organization (named with ``marker``) and one quantity."""

    def facts(text: str) -> ArticleFacts:
        first = text.split()[0]
        return ArticleFacts(
            organizations=[OrganizationFact(
                key=f"{first.lower()}-{marker}", name=f"{first} {marker}", kind="company",
                mentions=[Evidence(first, 0, len(first))])],
            quantities=[Quantity(kind="count", value=len(text), unit="count", scale=None,
                                 text=first, start=0, end=len(first))],
        )

    def start_many(items):
        return lambda: [facts(text) for text, _ in items]

    return start_many, lambda text, published: facts(text)


def _write_articles(raw: Path, count: int) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name = WORDS[n % len(WORDS)]
        (raw / f"article-{n:03}.txt").write_text(
            f"{name} Holdings report {n}\n\n{name} Holdings said on Monday that its unit number {n} "
            f"opened a plant, the {n}th of its kind, in a town it did not name.\n")


def _settings(tmp_path: Path, store: str, postgres_dsn: str | None) -> Settings:
    environ = {"DEALWIRE_WAREHOUSE": str(tmp_path / "warehouse" / "dealwire.duckdb")}
    if store == "lake":
        environ |= {"DEALWIRE_MODE": "cluster", "DEALWIRE_LAKE_CATALOG": f"postgres:{postgres_dsn}",
                    "DEALWIRE_LAKE_DATA": str(tmp_path / "lake")}
    return load_settings(environ)


@pytest.fixture(params=["build_database", "lake"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings of a store holding ingested articles (60 of them, spread over the 16 shards)."""
    dsn = request.getfixturevalue("postgres_dsn") if request.param == "lake" else None
    settings = _settings(tmp_path, request.param, dsn)
    _write_articles(tmp_path / "raw", 60)
    with ingest_connection(settings) as con:
        assert is_lake(con) == (request.param == "lake")
        ensure_ingest_schema(con)
        sync_articles(con, tmp_path / "raw", 1 << 20, NOW)
    yield settings


def _rows_by_shard(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, list[tuple]]]:
    """Every fact row, per table, per shard of its article (sorted, so two states compare equal)."""
    found: dict[str, dict[str, list[tuple]]] = {}
    for table in FACT_TABLES:
        for row in con.execute(f"SELECT * FROM ingest.{table} ORDER BY ALL").fetchall():
            article_id = row[[d[0] for d in con.description].index("article_id")]
            found.setdefault(table, {}).setdefault(shard_of(article_id), []).append(row)
    return found


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM ingest.{table}").fetchone()[0]


def test_rerunning_one_shard_replaces_exactly_its_rows(store: Settings) -> None:
    with ingest_connection(store) as con:
        start_many, extract_one = fake_extractor("first")
        summary = extract_pending(con, start_many, extract_one, NOW, batch_size=8, version="v1")
        assert summary.articles_extracted == 60
        before = _rows_by_shard(con)
        counts = {table: _count(con, table) for table in FACT_TABLES}
        shard = max(before["organizations"], key=lambda s: len(before["organizations"][s]))

        # A new extractor version, run for one shard only: that shard's rows come from it...
        start_many, extract_one = fake_extractor("second")
        again = extract_pending(con, start_many, extract_one, NOW, batch_size=8, version="v2", shards=[shard])
        after = _rows_by_shard(con)
        shard_articles = {row[0] for row in before["organizations"][shard]}
        assert again.articles_extracted == len(shard_articles)
        assert {row[3] for row in after["organizations"][shard]} == {"company"}
        assert all(row[2].endswith(" second") for row in after["organizations"][shard])
        # ... every other shard's rows are exactly as they were, and no table gained or lost a row.
        for table in FACT_TABLES:
            assert {s: r for s, r in after.get(table, {}).items() if s != shard} == \
                   {s: r for s, r in before.get(table, {}).items() if s != shard}
            assert _count(con, table) == counts[table]
        versions = dict(con.execute(
            "SELECT left(article_id, 1), list_distinct(list(extractor_version)) FROM ingest.articles "
            "GROUP BY 1").fetchall())
        assert versions[shard] == ["v2"]
        assert all(v == ["v1"] for s, v in versions.items() if s != shard)

        # Run once more: nothing pending in that shard, nothing written.
        assert extract_pending(con, start_many, extract_one, NOW, version="v2", shards=[shard]) \
            .articles_extracted == 0
        assert _rows_by_shard(con) == after


def _extract_shards(settings: Settings, shards: list[str], marker: str, barrier) -> int:
    """One worker: wait for the other, then extract its shards in small batches (many commits)."""
    start_many, extract_one = fake_extractor(marker)
    with ingest_connection(settings) as con:
        barrier.wait(timeout=120)
        return extract_pending(con, start_many, extract_one, NOW, batch_size=2, shards=shards) \
            .articles_extracted


def _worker(settings: Settings, shards: list[str], marker: str, barrier, results) -> None:
    results.put((marker, _extract_shards(settings, shards, marker, barrier)))


def test_two_shards_committing_at_once_to_the_lake_lose_nothing(tmp_path: Path, postgres_dsn: str) -> None:
    settings = _settings(tmp_path, "lake", postgres_dsn)
    _write_articles(tmp_path / "raw", 80)
    with ingest_connection(settings) as con:
        ensure_ingest_schema(con)
        sync_articles(con, tmp_path / "raw", 1 << 20, NOW)
        ids = [row[0] for row in con.execute("SELECT article_id FROM ingest.articles").fetchall()]
    halves = [list(SHARDS[:8]), list(SHARDS[8:])]
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_worker, args=(settings, half, marker, barrier, results))
               for half, marker in zip(halves, ("left", "right"), strict=True)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    assert [worker.exitcode for worker in workers] == [0, 0]
    extracted = dict(results.get(timeout=5) for _ in workers)
    assert extracted["left"] + extracted["right"] == len(ids)

    with ingest_connection(settings) as con:
        # Every article extracted once, by the worker of its shard, with exactly its own rows.
        assert con.execute("SELECT count(*) FROM ingest.articles WHERE extractor_version IS NULL") \
            .fetchone() == (0,)
        for table in ("organizations", "mentions", "quantities"):
            per_article = dict(con.execute(
                f"SELECT article_id, count(*) FROM ingest.{table} GROUP BY 1").fetchall())
            assert per_article == dict.fromkeys(ids, 1), table
        owners = con.execute(
            "SELECT left(article_id, 1) < '8', list_distinct(list(split_part(organization_name, ' ', 2))) "
            "FROM ingest.organizations GROUP BY 1 ORDER BY 1").fetchall()
        assert owners == [(False, ["right"]), (True, ["left"])]
        assert con.execute("SELECT count(*) FROM ingest.extraction_attempts").fetchone() == (0,)


def test_keys_stay_unique_in_the_lake_across_ingest_reruns(tmp_path: Path, postgres_dsn: str) -> None:
    settings = _settings(tmp_path, "lake", postgres_dsn)
    raw = tmp_path / "raw"
    _write_articles(raw, 12)
    with ingest_connection(settings) as con:
        ensure_ingest_schema(con)
        # PRIMARY KEY is declared NOT NULL in the lake (DuckLake enforces no key).
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO ingest.articles (article_id, content_hash, clean_text) "
                        "VALUES (NULL, 'h', 't')")
        for _ in range(2):
            sync_articles(con, raw, 1 << 20, NOW)
        (raw / "article-000.txt").write_text("Changed text\n\nEntirely new words in this file now.\n")
        (raw / "article-001.txt").unlink()
        sync_articles(con, raw, 1 << 20, NOW)
        for table, key in (("articles", "article_id"), ("article_sources", "source_path")):
            total, distinct = con.execute(
                f"SELECT count(*), count(DISTINCT {key}) FROM ingest.{table}").fetchone()
            assert total == distinct, table
        assert con.execute("SELECT count(*) FROM ingest.article_sources").fetchone() == (12,)
        assert con.execute(
            "SELECT status FROM ingest.article_sources WHERE source_path = 'article-001.txt'").fetchone() \
            == ("removed",)
