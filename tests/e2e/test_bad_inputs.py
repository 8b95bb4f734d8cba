"""End to end: every bad input of tests/fixtures/bad_inputs.py at once never stops the run or loses a fact.

One real job run (a fresh `dagster job execute` process) over a raw folder holding the two seed
articles, every case of the bad-inputs fixture and a few more (hostile file names, a seed under a
second name, an unreadable file), compared with a run over the seeds alone.

Besides the fixture: a page of scripts, iframes and broken markup, a symlink to itself, ten empty
files (more rejections than the run log samples).

Unreadable file: tests usually run as root, and root reads a chmod 000 file. Under root the file is
therefore expected to be read like any other (that is what the pipeline does); the "permission
denied" reason itself is covered by tests/unit/test_ingest_reader.py::test_permission_denied_is_reported,
which simulates the denial. As an ordinary user this test expects the rejection.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.ingest.reader import RawArticle, read_article_file
from tests.conftest import REPO_ROOT, run_pipeline
from tests.e2e.conftest import SeedRun
from tests.fixtures.bad_inputs import ARTICLE, BODY, HEADLINE, write_all

pytestmark = pytest.mark.e2e

SEEDS = sorted(p.name for p in (REPO_ROOT / "raw").glob("*.txt"))
HOSTILE_CONTENT = "'); DROP TABLE ingest.articles; -- {{ config.secret }} {% raw %} \\x00 $(rm -rf /)"
HOSTILE_TITLE = "Contoso Bank says '); DROP TABLE marts.fct_deals; -- {{ this }} {% endif %} is a name"
# Names a shell, SQL string or Jinja template would choke on; all are legal on Linux.
HOSTILE_NAMES = (
    "'); drop table ingest.article_sources; --.txt",
    "{{ var('x') }} {% if true %}.txt",
    "ctl\x01\x1bchars.txt",
    "new\nline.txt",
    "tab\there `back` |pipe|.txt",
)
AS_ROOT = os.geteuid() == 0
# Scripts, styles, an iframe, comments, CDATA, unclosed and stray tags around a real article.
NOT_ARTICLE_TEXT = ("SCRIPT_TEXT", "STYLE_TEXT", "IFRAME_TEXT", "COMMENT_TEXT", "NOSCRIPT_TEXT", "WRITE_TEXT")
MESSY_PAGE = (
    f"<!DOCTYPE html><html><head><title>{HEADLINE}</title>"
    "<script>var s = 'SCRIPT_TEXT Contoso Bank acquires Northwind for $9 billion';</script>"
    "<style>p { color: red } /* STYLE_TEXT */</style></head><body>"
    "<iframe src='https://ads.example/x'>IFRAME_TEXT</iframe>"
    "<div class='nav'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
    f"<article><h1>{HEADLINE}</h1><p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
    "<p><b>An unclosed bold <i>and italic</p><div></span></div><!-- COMMENT_TEXT -->"
    "<p>A paragraph without its closing tag<p>And another & a < stray bracket"
    "<script>document.write('WRITE_TEXT')</script><noscript>NOSCRIPT_TEXT</noscript>"
    "</article><footer>Copyright 2024</footer></body>"
)


def _visible(text: str) -> str:
    """Control characters escaped as the metadata shows them (a newline in a name stays on one line)."""
    return "".join(ch.encode("unicode_escape").decode() if ch < " " or ch == "\x7f" else ch for ch in text)


def _env(tmp: Path, raw: Path) -> dict[str, str]:
    env = {
        "DEALWIRE_RAW_DIR": str(raw),
        "DEALWIRE_WAREHOUSE": str(tmp / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(tmp / "warehouse" / ".build" / "dealwire.duckdb"),
        "DAGSTER_HOME": str(tmp / "dagster_home"),
    }
    Path(env["DAGSTER_HOME"]).mkdir(parents=True)
    return env


def _run_ok(env: dict[str, str]) -> None:
    result = run_pipeline(env)
    assert result.returncode == 0, f"run failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"


def _write_bad_folder(raw: Path) -> tuple[dict[str, str], set[str], set[str]]:
    """Seeds + every fixture case + extras. Returns (expected errors: path -> reason phrase, ok paths,
    skipped paths)."""
    raw.mkdir(parents=True)
    for name in SEEDS:
        shutil.copy(REPO_ROOT / "raw" / name, raw / name)
    cases = write_all(raw)
    errors = {name: case.expect for name, case in cases.items() if case.outcome == "error"}
    ok = {name for name, case in cases.items() if case.outcome == "ok"} | set(SEEDS)
    skipped = {name for name, case in cases.items() if case.outcome == "skipped"}

    # The same seed article under a second name: one article, two sources.
    shutil.copy(REPO_ROOT / "raw" / SEEDS[0], raw / "seed copy (2).txt")
    ok.add("seed copy (2).txt")
    (raw / "hostile title.txt").write_text(f"{HOSTILE_TITLE}\n\n{BODY}\n")
    ok.add("hostile title.txt")
    for i, name in enumerate(HOSTILE_NAMES):
        (raw / name).write_text(f"{HEADLINE}\n\nFile {i} says: {BODY}\n")
        ok.add(name)
    (raw / "messy page.html").write_text(MESSY_PAGE)
    ok.add("messy page.html")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")  # a symlink to itself
    errors["loop.txt"] = "broken symlink"
    for i in range(10):  # more rejections than the run log samples: the metadata lists them all
        (raw / f"blank {i:02d}.txt").write_bytes(b"")
        errors[f"blank {i:02d}.txt"] = "file is empty"
    unreadable = raw / "unreadable.txt"
    unreadable.write_text(ARTICLE)
    unreadable.chmod(0)
    if AS_ROOT:
        ok.add("unreadable.txt")
    else:
        errors["unreadable.txt"] = "permission denied"
    return errors, ok, skipped


def _seed_article_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return sorted(
        r[0]
        for r in con.execute(
            "SELECT DISTINCT article_id FROM marts.dim_articles, unnest(live_source_paths) AS t(p) "
            "WHERE p IN (SELECT unnest(?))",
            [SEEDS],
        ).fetchall()
    )


# Facts of the seed articles, as the marts show them (attributes a deal or metric has of its own).
_SEED_FACTS = {
    "deal_sources": "SELECT deal_id, article_id, evidence_text, start_char, end_char "
    "FROM marts.bridge_deal_sources WHERE article_id IN (SELECT unnest($ids))",
    "deals": "SELECT deal_id, deal_type, announced_date, amount, currency, amount_usd FROM marts.fct_deals "
    "WHERE deal_id IN (SELECT deal_id FROM marts.bridge_deal_sources WHERE article_id IN "
    "(SELECT unnest($ids)))",
    "deal_participants": "SELECT * FROM marts.bridge_deal_participants WHERE deal_id IN (SELECT deal_id "
    "FROM marts.bridge_deal_sources WHERE article_id IN (SELECT unnest($ids)))",
    "metric_sources": "SELECT metric_id, article_id, value_reported, evidence_text, start_char, end_char "
    "FROM marts.bridge_metric_sources WHERE article_id IN (SELECT unnest($ids))",
    "metrics": "SELECT metric_id, organization_id, metric_name, period_label, value, unit, value_usd "
    "FROM marts.fct_company_metrics WHERE metric_id IN (SELECT metric_id FROM "
    "marts.bridge_metric_sources WHERE article_id IN (SELECT unnest($ids)))",
    "mentions": "SELECT article_id, entity_type, entity_id, mention_text, start_char, end_char "
    "FROM marts.fct_mentions WHERE article_id IN (SELECT unnest($ids))",
    "organizations": "SELECT organization_id, organization_name, organization_type, parent_organization_id "
    "FROM marts.dim_organizations WHERE organization_id IN (SELECT entity_id FROM "
    "marts.fct_mentions WHERE article_id IN (SELECT unnest($ids)))",
    "people": "SELECT person_id, person_name, title, organization_id FROM marts.dim_people WHERE person_id "
    "IN (SELECT entity_id FROM marts.fct_mentions WHERE article_id IN (SELECT unnest($ids)))",
    "cloud_revenue": "SELECT organization_id, period_label, revenue, currency, revenue_usd, yoy_growth_pct "
    "FROM marts.fct_cloud_revenue",
}


def _seed_facts(warehouse: Path) -> dict[str, list[str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        ids = _seed_article_ids(con)
        assert len(ids) == len(SEEDS)
        return {
            name: sorted(map(repr, con.execute(sql, {"ids": ids} if "$ids" in sql else {}).fetchall()))
            for name, sql in _SEED_FACTS.items()
        }


def test_all_bad_inputs_at_once_never_stop_the_run_or_lose_a_fact(tmp_path: Path, seed_run: SeedRun) -> None:
    # The run over the seeds alone (raw/) is the session's (tests/e2e/conftest.py).
    baseline = _seed_facts(seed_run.published_template())
    assert baseline["deals"] and baseline["metrics"] and baseline["organizations"]

    raw = tmp_path / "bad" / "raw"
    expected_errors, ok_paths, skipped_paths = _write_bad_folder(raw)
    env = _env(tmp_path / "bad", raw)
    try:
        _run_ok(env)
    finally:
        (raw / "unreadable.txt").chmod(0o644)
    warehouse = Path(env["DEALWIRE_WAREHOUSE"])

    # Every seed fact is in the marts, exactly as in the run over the seeds alone.
    assert _seed_facts(warehouse) == baseline

    with duckdb.connect(str(warehouse), read_only=True) as con:
        # One clear, open row per rejected file, in ingest and in the mart; nothing else rejected.
        ingest_errors = con.execute(
            "SELECT source_path, reason, first_seen_at, last_seen_at, is_open FROM ingest.ingest_errors"
        ).fetchall()
        assert sorted(r[0] for r in ingest_errors) == sorted(expected_errors)
        for path, reason, first_seen, last_seen, is_open in ingest_errors:
            assert expected_errors[path] in reason, (path, reason)
            assert is_open and first_seen is not None and first_seen == last_seen
        mart_errors = con.execute(
            "SELECT source_path, reason, first_seen_at, last_seen_at, is_open FROM marts.fct_ingest_errors"
        ).fetchall()
        assert sorted(mart_errors) == sorted(ingest_errors)

        # Read files are active sources of the article the reader makes of them; skipped ones are absent.
        sources = dict(
            con.execute(
                "SELECT source_path, status || ' ' || article_id FROM ingest.article_sources"
            ).fetchall()
        )
        assert set(sources) == ok_paths
        for path in ok_paths:
            if path == "unreadable.txt":
                os.chmod(raw / path, 0o644)
            article = read_article_file(raw / path, raw)
            assert isinstance(article, RawArticle), path
            assert sources[path] == f"active {article.article_id}", path
            # Text arrives verbatim (bound parameters / Arrow, never pasted into SQL).
            stored_text, stored_title = con.execute(
                "SELECT clean_text, title FROM ingest.articles WHERE article_id = ?", [article.article_id]
            ).fetchone()
            assert (stored_text, stored_title) == (article.clean_text, article.title), path
        assert not skipped_paths & set(sources)

        live_paths = {
            p
            for (paths,) in con.execute(
                "SELECT live_source_paths FROM marts.dim_articles WHERE is_live"
            ).fetchall()
            for p in paths
        }
        assert live_paths == ok_paths  # hostile and odd names come through dbt verbatim
        hostile_text = con.execute(
            "SELECT a.clean_text FROM ingest.articles a JOIN ingest.article_sources s USING (article_id) "
            "WHERE s.source_path = 'hostile.txt'"
        ).fetchone()[0]
        assert HOSTILE_CONTENT in hostile_text
        messy_text = con.execute(
            "SELECT a.clean_text FROM ingest.articles a JOIN ingest.article_sources s USING (article_id) "
            "WHERE s.source_path = 'messy page.html'"
        ).fetchone()[0]
        assert "Chief executive Ada Park" in messy_text
        assert "A paragraph without its closing tag" in messy_text
        assert not [marker for marker in NOT_ARTICLE_TEXT if marker in messy_text]
        assert (
            con.execute(
                "SELECT count(*) FROM marts.dim_articles WHERE title = ?", [HOSTILE_TITLE]
            ).fetchone()[0]
            == 1
        )
        # The seed stored under two names is one article with two live sources.
        seed_copies = con.execute(
            "SELECT source_count, live_source_paths FROM marts.dim_articles WHERE list_contains("
            "live_source_paths, 'seed copy (2).txt')"
        ).fetchall()
        assert seed_copies == [(2, sorted([SEEDS[0], "seed copy (2).txt"]))]
        # Tables the hostile text names are all still there.
        assert con.execute("SELECT count(*) FROM ingest.articles").fetchone()[0] > len(SEEDS)

    # The run's materialization metadata lists every rejected file with its reason.
    with dg.DagsterInstance.from_config(env["DAGSTER_HOME"]) as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey(["ingest", "ingest_errors"]))
    assert event is not None and event.asset_materialization is not None
    metadata = event.asset_materialization.metadata
    assert metadata["files_failed"].value == len(expected_errors)
    listed = metadata["rejected_this_run"].value
    for path, phrase in expected_errors.items():
        assert f"`` {_visible(path)} ``: " in listed and phrase in listed, path
