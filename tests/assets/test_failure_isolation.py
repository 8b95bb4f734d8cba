"""The assets on a temporary warehouse when one article or file goes wrong: the rest is never lost.

- Extraction that fails half-way through one article (the library raises, or returns facts that
  cannot be stored) leaves that article without any facts, records it with its reason, and stores
  every other article of the batch.
- An article ingested before whose file turns empty or binary keeps its last good facts in the
  marts, flagged stale, with an open ingest error, until the file is fixed (flag and error clear) or
  deleted (its facts leave the marts).
"""

from __future__ import annotations

import dataclasses
import gc
import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs.dbt import dealwire_dbt_models
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.publish import published_warehouse
from pipelines.defs.resources import build_resources
from pipelines.extraction import extract as extraction_library
from pipelines.warehouse.schema import FACT_TABLES
from tests.conftest import REPO_ROOT
from tests.fixtures.bad_inputs import BODY, HEADLINE

HALF_WAY = "This sentence makes the metric stage of the extraction library fail."
UNSTORABLE = "This sentence makes the library report an offset no INTEGER column can hold."


def _article_ids(database: str) -> dict[str, str]:
    with duckdb.connect(database, read_only=True) as con:
        return dict(con.execute("SELECT source_path, article_id FROM ingest.article_sources").fetchall())


def test_article_failing_half_way_through_extraction_leaves_no_partial_facts(
    pipeline_env: dict[str, str], raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    Path(database).parent.mkdir(parents=True)
    (raw_dir / "half way.txt").write_text(f"{HEADLINE}\n\n{BODY}\n\n{HALF_WAY}\n")
    (raw_dir / "unstorable.txt").write_text(f"{HEADLINE}\n\n{BODY}\n\n{UNSTORABLE}\n")
    (raw_dir / "good.txt").write_text(f"{HEADLINE}\n\n{BODY}\n")

    # At the library level: organizations, people and deals of the article are already found when the
    # metric stage raises; the other article gets a quantity whose offset overflows INTEGER.
    real_metrics, real_quantities = extraction_library.find_metrics, extraction_library.find_quantities

    def metrics_failing_half_way(text, *args, **kwargs):
        if HALF_WAY in text:
            raise RuntimeError("metric stage failed half-way")
        return real_metrics(text, *args, **kwargs)

    def quantities_with_an_overflowing_offset(text, *args, **kwargs):
        found = real_quantities(text, *args, **kwargs)
        if UNSTORABLE in text:
            found = [*found, dataclasses.replace(found[0], start=2**40, end=2**40 + 3)]
        return found

    monkeypatch.setattr(extraction_library, "find_metrics", metrics_failing_half_way)
    monkeypatch.setattr(extraction_library, "find_quantities", quantities_with_an_overflowing_offset)
    monkeypatch.setenv("DEALWIRE_EXTRACTION_BUDGET", "0")  # rules in this process, where the patch is
    resources = build_resources()
    result = dg.materialize([ingest_articles, extract_facts], resources=resources)
    assert result.success

    ids = _article_ids(database)
    failing = {ids["half way.txt"]: "RuntimeError: metric stage failed half-way",
               ids["unstorable.txt"]: "storing facts failed"}
    with duckdb.connect(database, read_only=True) as con:
        for table in FACT_TABLES:
            rows = dict(con.execute(
                f"SELECT article_id, count(*) FROM ingest.{table} GROUP BY article_id").fetchall())
            assert not set(failing) & set(rows), f"partial facts in ingest.{table}"
        versions = dict(con.execute("SELECT article_id, extractor_version FROM ingest.articles").fetchall())
        deals = {r[0] for r in con.execute("SELECT DISTINCT article_id FROM ingest.deals").fetchall()}
    # Failing articles stay pending (retried next run); every other article of the batch landed.
    assert all(versions[article_id] is None for article_id in failing)
    others = set(versions) - set(failing)
    assert len(others) == 3 and all(versions[article_id] for article_id in others)
    assert ids["good.txt"] in deals and deals & {ids[p.name] for p in (REPO_ROOT / "raw").glob("*.txt")}

    materialization = next(
        m for m in result.asset_materializations_for_node("extract_facts")
        if m.asset_key == dg.AssetKey(["ingest", "deals"])
    )
    assert materialization.metadata["extraction_failures_this_run"].value == 2
    listed = materialization.metadata["extraction_failures"].value
    for article_id, reason in failing.items():
        line = next(line for line in listed.splitlines() if article_id in line)
        assert reason in line
    assert "half way.txt" in listed and "unstorable.txt" in listed

    # Once the library works again, the next run extracts them.
    monkeypatch.setattr(extraction_library, "find_metrics", real_metrics)
    monkeypatch.setattr(extraction_library, "find_quantities", real_quantities)
    assert dg.materialize([ingest_articles, extract_facts], resources=resources).success
    with duckdb.connect(database, read_only=True) as con:
        pending = con.execute(
            "SELECT count(*) FROM ingest.articles WHERE extractor_version IS NULL").fetchone()
        assert pending == (0,)
        assert con.execute("SELECT count(DISTINCT article_id) FROM ingest.mentions WHERE article_id IN "
                           "(SELECT unnest(?))", [list(failing)]).fetchone() == (2,)


def _materialize_all() -> None:
    result = dg.materialize(
        [ingest_articles, extract_facts, dealwire_dbt_models, published_warehouse],
        resources=build_resources(),
    )
    assert result.success


def _deals_of(con: duckdb.DuckDBPyConnection, article_id: str) -> list[tuple]:
    return sorted(con.execute(
        "SELECT d.deal_id, d.is_stale FROM marts.fct_deals d WHERE d.deal_id IN "
        "(SELECT deal_id FROM marts.bridge_deal_sources WHERE article_id = ?)", [article_id]).fetchall())


def test_unreadable_article_keeps_its_last_good_facts_flagged_until_fixed_or_deleted(
    pipeline_env: dict[str, str], raw_dir: Path
) -> None:
    seeds = sorted(p.name for p in raw_dir.iterdir())
    emptied, binary = seeds
    originals = {name: (raw_dir / name).read_bytes() for name in seeds}
    warehouse = pipeline_env["DEALWIRE_WAREHOUSE"]

    _materialize_all()
    with duckdb.connect(warehouse, read_only=True) as con:
        ids = dict(con.execute("SELECT source_path, article_id FROM marts.dim_articles").fetchall())
        good = {name: _deals_of(con, ids[name]) for name in seeds}
    assert all(good.values()) and all(not stale for deals in good.values() for _, stale in deals)

    # Both seeds turn bad: one empty, one binary. Their deals stay, flagged; their errors are open.
    (raw_dir / emptied).write_bytes(b"")
    (raw_dir / binary).write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    _materialize_all()
    with duckdb.connect(warehouse, read_only=True) as con:
        for name in seeds:
            assert _deals_of(con, ids[name]) == [(deal_id, True) for deal_id, _ in good[name]]
            assert con.execute(
                "SELECT status, is_stale, is_live FROM marts.dim_articles WHERE article_id = ?", [ids[name]]
            ).fetchone() == ("failing", True, True)
        errors = {row[0]: row[1:] for row in con.execute(
            "SELECT source_path, reason, is_open, last_good_article_id, source_status, first_seen_at "
            "FROM marts.fct_ingest_errors").fetchall()}
    assert errors[emptied][:4] == ("file is empty", True, ids[emptied], "failing")
    assert errors[binary][:4] == ("binary file (PDF) with a text extension", True, ids[binary], "failing")
    first_seen = errors[binary][4]

    # One is fixed: its flag and error clear. The other is still broken: error still open, first seen kept.
    (raw_dir / emptied).write_bytes(originals[emptied])
    _materialize_all()
    with duckdb.connect(warehouse, read_only=True) as con:
        assert _deals_of(con, ids[emptied]) == good[emptied]
        assert _deals_of(con, ids[binary]) == [(deal_id, True) for deal_id, _ in good[binary]]
        errors = {row[0]: row[1:] for row in con.execute(
            "SELECT source_path, is_open, first_seen_at, last_seen_at FROM marts.fct_ingest_errors"
        ).fetchall()}
    assert errors[emptied][0] is False
    assert errors[binary][:2] == (True, first_seen) and errors[binary][2] > first_seen

    # The broken one is deleted: its facts leave the marts, its article stays marked removed.
    (raw_dir / binary).unlink()
    _materialize_all()
    with duckdb.connect(warehouse, read_only=True) as con:
        assert _deals_of(con, ids[binary]) == []
        assert con.execute("SELECT count(*) FROM marts.bridge_metric_sources WHERE article_id = ?",
                           [ids[binary]]).fetchone() == (0,)
        assert con.execute("SELECT status, is_live FROM marts.dim_articles WHERE article_id = ?",
                           [ids[binary]]).fetchone() == ("removed", False)
        assert _deals_of(con, ids[emptied]) == good[emptied]
        assert con.execute("SELECT bool_or(is_open) FROM marts.fct_ingest_errors").fetchone() == (False,)


def test_two_files_whose_names_read_the_same_are_both_accounted_for(
    pipeline_env: dict[str, str], raw_dir: Path
) -> None:
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    Path(database).parent.mkdir(parents=True)
    try:  # Latin-1 bytes in a name: stored as 'caf\xe9 story.txt', which a real name can also spell
        (raw_dir / os.fsdecode(b"caf\xe9 story.txt")).write_text(f"{HEADLINE}\n\n{BODY}\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    (raw_dir / "caf\\xe9 story.txt").write_text(f"{HEADLINE}\n\nA second story. {BODY}\n")
    resources = build_resources()
    for _ in range(2):  # the same on a re-run: neither file silently replaces the other
        assert dg.materialize([ingest_articles], resources=resources).success
        with duckdb.connect(database, read_only=True) as con:
            text = con.execute(
                "SELECT a.clean_text FROM ingest.article_sources s JOIN ingest.articles a USING (article_id) "
                "WHERE s.source_path = ? AND s.status = 'active'", ["caf\\xe9 story.txt"]).fetchone()[0]
            errors = con.execute(
                "SELECT source_path, reason FROM ingest.ingest_errors WHERE is_open").fetchall()
        assert "A second story." in text  # the file really named so
        assert [path for path, _ in errors] == ["caf\\xe9 story.txt (second file with this name)"]
        assert "rename the file whose name is not UTF-8" in errors[0][1]


class _ProcessDeath(BaseException):
    """Stands for the run being killed (out of memory) inside the library: nothing can catch it."""


def test_article_that_kills_the_run_is_isolated_then_skipped_so_the_rest_lands(
    pipeline_env: dict[str, str], raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = pipeline_env["DEALWIRE_BUILD_DATABASE"]
    Path(database).parent.mkdir(parents=True)
    (raw_dir / "deadly.txt").write_text(f"{HEADLINE}\n\n{BODY}\n\n{HALF_WAY}\n")
    (raw_dir / "good.txt").write_text(f"{HEADLINE}\n\n{BODY}\n")
    real_metrics = extraction_library.find_metrics

    def metrics_killing_the_process(text, *args, **kwargs):
        if HALF_WAY in text:
            raise _ProcessDeath
        return real_metrics(text, *args, **kwargs)

    monkeypatch.setattr(extraction_library, "find_metrics", metrics_killing_the_process)
    monkeypatch.setenv("DEALWIRE_EXTRACTION_BUDGET", "0")  # rules in this process, where the patch is
    resources = build_resources()

    def run() -> dg.ExecuteInProcessResult | None:
        try:
            result = dg.materialize([ingest_articles, extract_facts], resources=resources)
        except _ProcessDeath:
            assert dying, "the library killed the run although the article should be skipped"
            result = None
        else:
            assert not dying, "the run survived an article that kills it"
        gc.collect()  # the dead run's frames held its database connection
        return result

    def pending() -> set[str]:
        with duckdb.connect(database, read_only=True) as con:
            return {r[0] for r in con.execute(
                "SELECT article_id FROM ingest.articles WHERE extractor_version IS NULL").fetchall()}

    # Night 1: the run dies in the batch holding all four articles; nothing of it is stored.
    # Nights 2 and 3: each article of that batch is extracted alone; the others land on night 2.
    dying = True
    run()
    ids = _article_ids(database)
    assert pending() == set(ids.values())
    run()
    assert pending() == {ids["deadly.txt"]}
    run()
    # Night 4: the article that died alone twice is skipped and reported; the run succeeds.
    dying = False
    result = run()
    assert result.success and pending() == {ids["deadly.txt"]}
    materialization = result.asset_materializations_for_node("extract_facts")[0]
    listed = materialization.metadata["extraction_failures"].value
    assert ids["deadly.txt"] in listed and "deadly.txt" in listed
    assert "skipped: the run died 3 times" in listed
    assert run().success  # and stays skipped, without dying, on later nights

    # The message says how to retry it; with the library fixed, it is extracted.
    monkeypatch.setattr(extraction_library, "find_metrics", real_metrics)
    with duckdb.connect(database) as con:
        con.execute("DELETE FROM ingest.extraction_attempts WHERE article_id = ?", [ids["deadly.txt"]])
    assert run().success and pending() == set()

