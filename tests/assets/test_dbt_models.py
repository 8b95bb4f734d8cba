"""The dbt project built on a hand-written `ingest` fixture (tests/fixtures/ingest_fixture.sql).

dbt runs once per test session (see ``built_warehouse``); every test reads the resulting DuckDB file.
The fixture's scenarios: one deal reported by two articles, one metric reported twice with values
3% apart, a CNY figure with the USD conversion the article states, an article whose only file was
removed, one whose file now fails, one carried by two files, a metric dated before the fx seed.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
FIXTURE_SQL = REPO_ROOT / "tests" / "fixtures" / "ingest_fixture.sql"
DBT = Path(sys.executable).parent / "dbt"

CONTRACT_TABLES = (
    "dim_articles", "dim_organizations", "dim_people", "dim_dates", "fct_mentions", "fct_deals",
    "bridge_deal_participants", "bridge_deal_sources", "fct_company_metrics", "bridge_metric_sources",
    "fct_cloud_revenue",
)


@dataclass(frozen=True)
class BuiltWarehouse:
    database: Path
    result: subprocess.CompletedProcess
    target_path: Path


def load_fixture(database: Path) -> None:
    with duckdb.connect(str(database)) as con:
        con.execute(FIXTURE_SQL.read_text())


def run_dbt(args: list[str], database: Path, work_dir: Path) -> subprocess.CompletedProcess:
    """Run the dbt CLI against `database`, with private target and log folders (parallel-safe)."""
    env = {**os.environ, "DEALWIRE_BUILD_DATABASE": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    command = [
        str(DBT), *args,
        "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
        "--target-path", str(work_dir / "target"), "--log-path", str(work_dir / "logs"),
    ]
    return subprocess.run(command, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)


_BUILDS: dict[str, BuiltWarehouse] = {}


def build_fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> BuiltWarehouse:
    """Load the fixture into a fresh DuckDB file and `dbt build` it, once per process.

    Cached at module level so test_queries.py (which imports this module) reuses the same build.
    """
    if "fixture" not in _BUILDS:
        work_dir = tmp_path_factory.mktemp("dbt_fixture_build")
        database = work_dir / "dealwire.duckdb"
        load_fixture(database)
        result = run_dbt(["build"], database, work_dir)
        _BUILDS["fixture"] = BuiltWarehouse(database, result, work_dir / "target")
    return _BUILDS["fixture"]


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory: pytest.TempPathFactory) -> BuiltWarehouse:
    built = build_fixture_warehouse(tmp_path_factory)
    output = f"{built.result.stdout[-6000:]}\n{built.result.stderr}"
    assert built.result.returncode == 0, f"dbt build failed:\n{output}"
    return built


@pytest.fixture
def con(built_warehouse: BuiltWarehouse):
    with duckdb.connect(str(built_warehouse.database), read_only=True) as connection:
        yield connection


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    result = rows(con, sql, params)
    assert len(result) == 1, f"expected one row, got {result}"
    return result[0]


def article_id(con: duckdb.DuckDBPyConnection, title_prefix: str) -> str:
    return one(con, "SELECT article_id FROM marts.dim_articles WHERE title LIKE ?", [title_prefix + "%"])[0]


def org_id(con: duckdb.DuckDBPyConnection, name: str) -> str:
    sql = "SELECT organization_id FROM marts.dim_organizations WHERE organization_name = ?"
    return one(con, sql, [name])[0]


def seed_rate(currency: str, year: int) -> float:
    with (DBT_PROJECT_DIR / "seeds" / "fx_rates.csv").open() as handle:
        for row in csv.DictReader(handle):
            if row["currency"] == currency and int(row["year"]) == year:
                return float(row["usd_per_unit"])
    raise KeyError((currency, year))


# --- the build itself ---------------------------------------------------------------------------

def test_dbt_build_runs_every_node_without_failure(built_warehouse: BuiltWarehouse) -> None:
    results = json.loads((built_warehouse.target_path / "run_results.json").read_text())["results"]
    # Exposures (the published warehouse, queries/, the report) are documented, not built: "no-op".
    statuses = {r["unique_id"]: r["status"] for r in results if not r["unique_id"].startswith("exposure.")}
    assert not {k: v for k, v in statuses.items() if v not in ("success", "pass")}
    tests = [k for k in statuses if k.startswith("test.")]
    models = [k for k in statuses if k.startswith("model.")]
    assert len(models) >= 25 and len(tests) >= 100


def test_build_succeeds_on_an_empty_ingest_schema(tmp_path: Path) -> None:
    # First run on a fresh install: the ingest tables exist but hold nothing yet.
    database = tmp_path / "dealwire.duckdb"
    load_fixture(database)
    with duckdb.connect(str(database)) as con:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'ingest'").fetchall()]
        for table in tables:
            con.execute(f"DELETE FROM ingest.{table}")
    result = run_dbt(["build"], database, tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    with duckdb.connect(str(database), read_only=True) as con:
        for table in CONTRACT_TABLES:
            assert con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0] == 0, table


def test_marts_live_in_schema_named_marts(con: duckdb.DuckDBPyConnection) -> None:
    schemas = {r[0] for r in rows(con, "SELECT DISTINCT table_schema FROM information_schema.tables")}
    assert {"ingest", "staging", "intermediate", "marts"} <= schemas
    assert not any(s.startswith("main_") for s in schemas)
    marts = {r[0] for r in rows(con, "SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = 'marts' AND table_type = 'BASE TABLE'")}
    assert set(CONTRACT_TABLES) <= marts


def test_every_contract_table_has_rows(con: duckdb.DuckDBPyConnection) -> None:
    for table in CONTRACT_TABLES:
        assert one(con, f"SELECT count(*) FROM marts.{table}")[0] > 0, table


def test_docs_generate_builds_a_catalog(built_warehouse: BuiltWarehouse, tmp_path: Path) -> None:
    database = tmp_path / built_warehouse.database.name
    shutil.copy(built_warehouse.database, database)
    result = run_dbt(["docs", "generate"], database, tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    catalog = json.loads((tmp_path / "target" / "catalog.json").read_text())
    documented = {node["metadata"]["name"] for node in catalog["nodes"].values()}
    assert set(CONTRACT_TABLES) <= documented


def test_every_model_and_column_is_described(built_warehouse: BuiltWarehouse) -> None:
    manifest = json.loads((built_warehouse.target_path / "manifest.json").read_text())
    models = [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]
    with duckdb.connect(str(built_warehouse.database), read_only=True) as con:
        for model in models:
            assert model["description"].strip(), model["name"]
            actual = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = ? AND table_name = ?",
                [model["schema"], model["name"]]).fetchall()}
            described = {name for name, col in model["columns"].items() if col["description"].strip()}
            assert actual and actual <= described, f"{model['name']}: undocumented {actual - described}"


def test_views_survive_publishing_under_another_name(built_warehouse: BuiltWarehouse, tmp_path: Path) -> None:
    # The pipeline publishes the build file under the warehouse's name and analysts may ATTACH it under
    # any alias: view bodies must not name the build file's catalog.
    published = tmp_path / "published_warehouse.duckdb"
    shutil.copy(built_warehouse.database, published)
    with duckdb.connect(":memory:") as analyst:
        analyst.execute(f"ATTACH '{published}' AS w (READ_ONLY)")
        views = analyst.execute("SELECT schema_name, view_name FROM duckdb_views() "
                                "WHERE database_name = 'w' AND NOT internal").fetchall()
        assert len(views) >= 10
        for schema, view in views:
            analyst.execute(f"SELECT count(*) FROM w.{schema}.{view}").fetchone()


# --- deals ----------------------------------------------------------------------------------------

def test_deal_reported_by_two_articles_is_one_deal_with_two_sources(con: duckdb.DuckDBPyConnection) -> None:
    deal_id, source_count, announced, first_reported, has_conflict = one(con, """
        SELECT deal_id, source_count, announced_date, first_reported_date, has_conflict
        FROM marts.fct_deals WHERE deal_type = 'partnership'""")
    assert source_count == 2
    assert str(announced) == "2019-04-08"          # only the second article states it
    assert str(first_reported) == "2019-04-04"     # the first article came out earlier
    assert has_conflict is False
    sources = rows(con, "SELECT article_id, is_chosen FROM marts.bridge_deal_sources WHERE deal_id = ?",
                   [deal_id])
    assert len(sources) == 2 and len({a for a, _ in sources}) == 2
    assert sum(chosen for _, chosen in sources) == 1
    participants = {r[0] for r in rows(con, """
        SELECT o.organization_name FROM marts.bridge_deal_participants p
        JOIN marts.dim_organizations o USING (organization_id) WHERE p.deal_id = ?""", [deal_id])}
    assert participants == {"Tencent Cloud", "Bank of Gansu"}


def test_deal_amounts_are_converted_to_usd_at_the_yearly_rate(con: duckdb.DuckDBPyConnection) -> None:
    amount, currency, amount_usd, fx_year = one(con, """
        SELECT amount, currency, amount_usd, fx_year_used FROM marts.fct_deals
        WHERE deal_type = 'joint_venture'""")
    assert (amount, currency, fx_year) == (200e6, "EUR", 2021)   # no announced date: publication year
    assert amount_usd == pytest.approx(200e6 * seed_rate("EUR", 2021))


# --- metrics --------------------------------------------------------------------------------------

def test_disagreeing_reports_are_flagged_and_both_kept(con: duckdb.DuckDBPyConnection) -> None:
    metric_id, value, value_min, value_max, has_conflict, source_count, chosen_article = one(con, """
        SELECT metric_id, value, value_min, value_max, has_conflict, source_count, chosen_article_id
        FROM marts.fct_company_metrics m JOIN marts.dim_organizations o USING (organization_id)
        WHERE o.organization_name = 'Tencent Cloud' AND metric_name = 'cloud_revenue'
          AND period_label = '2018' AND unit = 'CNY'""")
    assert (value_min, value_max, source_count, has_conflict) == (9.1e9, 9.4e9, 2, True)
    # The most recent article wins, deterministically.
    assert chosen_article == article_id(con, "Bank of Gansu picks")
    assert value == 9.4e9
    reported = sorted(r[0] for r in rows(
        con, "SELECT value_reported FROM marts.bridge_metric_sources WHERE metric_id = ?", [metric_id]))
    assert reported == [9.1e9, 9.4e9]


def test_single_reports_are_not_conflicts(con: duckdb.DuckDBPyConnection) -> None:
    flagged = rows(con, "SELECT organization_name, metric_name, period_label FROM marts.fct_company_metrics "
                        "WHERE has_conflict")
    assert flagged == [("Tencent Cloud", "cloud_revenue", "2018")]


def test_usd_values_filled_where_a_rate_exists(con: duckdb.DuckDBPyConnection) -> None:
    currency_rows = rows(con, "SELECT unit, value, value_usd, fx_year_used, period_start FROM "
                              "marts.fct_company_metrics WHERE unit NOT IN ('percent', 'count')")
    assert currency_rows
    for unit, value, value_usd, fx_year, period_start in currency_rows:
        assert value_usd is not None, unit
        if period_start.year >= 2010:
            assert fx_year == period_start.year
            assert value_usd == pytest.approx(value * seed_rate(unit, period_start.year))
    non_currency = rows(con, "SELECT value_usd FROM marts.fct_company_metrics "
                             "WHERE unit IN ('percent', 'count')")
    assert non_currency and all(v is None for (v,) in non_currency)


def test_years_before_the_seed_use_the_nearest_rate_and_say_so(con: duckdb.DuckDBPyConnection) -> None:
    value_usd, fx_year, substituted = one(con, """
        SELECT value_usd, fx_year_used, is_fx_year_substituted FROM marts.fct_company_metrics
        WHERE period_label = '2009'""")
    assert (fx_year, substituted) == (2010, True)
    assert value_usd == pytest.approx(40e6 * seed_rate("EUR", 2010))


def test_stated_usd_figure_is_its_own_cloud_revenue_row(con: duckdb.DuckDBPyConnection) -> None:
    tencent_cloud, tencent = org_id(con, "Tencent Cloud"), org_id(con, "Tencent Holdings")
    found = rows(con, """
        SELECT currency, revenue, revenue_usd, yoy_growth_pct, parent_organization_id
        FROM marts.fct_cloud_revenue WHERE organization_id = ? AND period_label = '2018' ORDER BY currency""",
        [tencent_cloud])
    assert [(c, r) for c, r, *_ in found] == [("CNY", 9.4e9), ("USD", 1.35e9)]
    assert found[1][2] == 1.35e9                     # a stated USD figure is not re-converted
    assert all(r[3] == 100.0 for r in found)         # growth joined from cloud_revenue_growth
    csig = org_id(con, "Cloud and Smart Industries Group")
    assert all(r[4] == csig for r in found)          # the unit's direct parent...
    rollup = {r[0] for r in rows(con, "SELECT rollup_organization_id FROM marts.fct_cloud_revenue "
                                      "WHERE organization_id = ?", [tencent_cloud])}
    assert rollup == {tencent}                       # ...and the group at the top of the chain


def test_calendar_labels_fill_missing_period_dates(con: duckdb.DuckDBPyConnection) -> None:
    derived = one(con, """
        SELECT fiscal_year, period_start, period_end, is_period_derived FROM marts.fct_company_metrics
        WHERE metric_name = 'customers'""")
    assert tuple(map(str, derived)) == ("2021", "2021-01-01", "2021-12-31", "True")
    given = rows(con, "SELECT DISTINCT is_period_derived FROM marts.fct_company_metrics "
                      "WHERE metric_name <> 'customers'")
    assert given == [(False,)]


# --- liveness ---------------------------------------------------------------------------------------

def test_removed_article_stays_in_dim_but_its_facts_leave(con: duckdb.DuckDBPyConnection) -> None:
    removed = article_id(con, "Alibaba Cloud backs")
    status, is_removed, is_live, source_count = one(
        con, "SELECT status, is_removed, is_live, source_count FROM marts.dim_articles WHERE article_id = ?",
        [removed])
    assert (status, is_removed, is_live, source_count) == ("removed", True, False, 0)
    for table in ("fct_mentions", "bridge_deal_sources", "bridge_metric_sources"):
        assert one(con, f"SELECT count(*) FROM marts.{table} WHERE article_id = ?", [removed])[0] == 0, table
    assert rows(con, "SELECT * FROM marts.fct_deals WHERE deal_type = 'investment'") == []
    assert rows(con, "SELECT * FROM marts.dim_organizations "
                     "WHERE organization_key = 'hangzhou lightcore'") == []
    alibaba_2018 = rows(con, "SELECT * FROM marts.fct_company_metrics WHERE organization_id = ? "
                             "AND period_label = '2018'", [org_id(con, "Alibaba Cloud")])
    assert alibaba_2018 == []


def test_failing_article_keeps_its_facts_flagged_stale(con: duckdb.DuckDBPyConnection) -> None:
    failing = article_id(con, "Alibaba cloud sales rise")
    assert one(con, "SELECT status, is_live, is_stale FROM marts.dim_articles WHERE article_id = ?",
               [failing]) == ("failing", True, True)
    revenue, is_stale = one(con, """
        SELECT revenue, is_stale FROM marts.fct_cloud_revenue
        WHERE organization_id = ? AND period_label = 'FY2021 Q2'""", [org_id(con, "Alibaba Cloud")])
    assert (revenue, is_stale) == (14.9e9, True)
    assert one(con, "SELECT is_stale FROM marts.fct_deals WHERE deal_type = 'contract'") == (True,)
    assert one(con, "SELECT count(*) FROM marts.fct_mentions WHERE article_id = ?", [failing])[0] > 0
    assert one(con, "SELECT is_stale FROM marts.fct_deals WHERE deal_type = 'partnership'") == (False,)


def test_article_with_two_files_shows_smallest_active_path(con: duckdb.DuckDBPyConnection) -> None:
    huawei = article_id(con, "Huawei Cloud and Deutsche")
    source_path, source_count = one(
        con, "SELECT source_path, source_count FROM marts.dim_articles WHERE article_id = ?", [huawei])
    assert (source_path, source_count) == ("2021/huawei-dt-venture.txt", 2)
    files = rows(con, "SELECT status, is_primary FROM marts.bridge_article_sources WHERE article_id = ? "
                      "ORDER BY source_path", [huawei])
    assert sorted(s for s, _ in files) == ["active", "active", "removed"]
    assert sum(p for _, p in files) == 1


def test_an_article_read_in_part_says_how_much_in_dim_articles(con: duckdb.DuckDBPyConnection) -> None:
    unread = dict(rows(con, "SELECT title, unread_chars FROM marts.dim_articles"))
    assert unread.pop("Bank of Gansu picks Tencent Cloud for online loans") == 66
    assert set(unread.values()) == {0}
    # `dealwire summary` points at this query for the files past the ones it lists.
    from pipelines.cli import READ_IN_PART_SQL

    assert rows(con, READ_IN_PART_SQL) == [(["2019/gansu-picks-tencent.html"], 310, 66)]


def test_an_unread_count_beyond_its_article_fails_its_test(
    built_warehouse: BuiltWarehouse, tmp_path: Path
) -> None:
    database = tmp_path / "corrupted.duckdb"
    shutil.copy(built_warehouse.database, database)
    with duckdb.connect(str(database)) as writable:
        writable.execute("UPDATE ingest.articles SET unread_chars = char_count + 1 "
                         "WHERE article_id = (SELECT min(article_id) FROM ingest.articles)")
    test = "stg_ingest__articles__unread_chars__within_the_article"
    result = run_dbt(["test", "--select", test], database, tmp_path)
    assert result.returncode != 0
    assert test in result.stdout and "FAIL 1" in result.stdout


# --- dimensions -------------------------------------------------------------------------------------

def test_organizations_resolve_across_articles_with_parents(con: duckdb.DuckDBPyConnection) -> None:
    name, kind, article_count, aliases = one(con, """
        SELECT organization_name, organization_type, article_count, aliases
        FROM marts.dim_organizations WHERE organization_key = 'bank of gansu'""")
    assert (name, kind, article_count) == ("Bank of Gansu", "bank", 2)
    assert {"the bank", "the lender"} <= set(aliases)
    # A parent named only as a parent is still a row, so parent ids always resolve.
    parent = one(con, "SELECT o.organization_name FROM marts.dim_organizations c "
                      "JOIN marts.dim_organizations o ON o.organization_id = c.parent_organization_id "
                      "WHERE c.organization_name = 'Huawei Cloud'")
    assert parent == ("Huawei Technologies",)
    ids = rows(con, "SELECT organization_id, md5(organization_key) FROM marts.dim_organizations")
    assert all(a == b for a, b in ids)


def test_people_carry_title_and_employer(con: duckdb.DuckDBPyConnection) -> None:
    title, employer, article_count = one(con, """
        SELECT p.title, o.organization_name, p.article_count FROM marts.dim_people p
        JOIN marts.dim_organizations o USING (organization_id) WHERE p.person_name = 'Liu Qing'""")
    assert (title, employer, article_count) == ("chairman", "Bank of Gansu", 2)


def test_dim_dates_is_contiguous_and_covers_fact_dates(con: duckdb.DuckDBPyConnection) -> None:
    first, last, n = one(con, "SELECT min(date_day), max(date_day), count(*) FROM marts.dim_dates")
    assert (last - first).days + 1 == n
    used = one(con, """
        SELECT min(d), max(d) FROM (
            SELECT published_date AS d FROM marts.dim_articles
            UNION ALL SELECT period_start FROM marts.fct_company_metrics
            UNION ALL SELECT period_end FROM marts.fct_company_metrics
            UNION ALL SELECT announced_date FROM marts.fct_deals)""")
    assert (first, last) == used


def test_numbers_outside_fact_evidence_are_visible(con: duckdb.DuckDBPyConnection) -> None:
    unlinked = rows(con, "SELECT quantity_text FROM marts.fct_quantities WHERE NOT is_in_fact_evidence")
    assert unlinked == [("2%",)]
    linked = one(con, "SELECT count(*) FROM marts.fct_quantities WHERE is_in_fact_evidence")[0]
    assert linked == one(con, """
        SELECT count(*) FROM ingest.quantities q JOIN marts.dim_articles a USING (article_id)
        WHERE a.is_live""")[0] - 1


# --- evidence ---------------------------------------------------------------------------------------

def test_every_evidence_text_is_the_article_text_at_its_offsets(con: duckdb.DuckDBPyConnection) -> None:
    texts = dict(rows(con, "SELECT article_id, clean_text FROM ingest.articles"))
    spans = rows(con, """
        SELECT article_id, evidence_text, start_char, end_char FROM marts.bridge_deal_sources
        UNION ALL SELECT article_id, evidence_text, start_char, end_char FROM marts.bridge_metric_sources
        UNION ALL SELECT article_id, mention_text, start_char, end_char FROM marts.fct_mentions""")
    assert len(spans) > 20
    for article, text, start, end in spans:
        assert texts[article][start:end] == text


def test_evidence_test_catches_a_shifted_offset(built_warehouse: BuiltWarehouse, tmp_path: Path) -> None:
    database = tmp_path / "corrupted.duckdb"
    shutil.copy(built_warehouse.database, database)
    with duckdb.connect(str(database)) as writable:
        writable.execute("""
            UPDATE marts.bridge_metric_sources SET start_char = start_char + 1
            WHERE article_metric_id = (SELECT min(article_metric_id) FROM marts.bridge_metric_sources)""")
    result = run_dbt(["test", "--select", "assert_evidence_matches_article"], database, tmp_path)
    assert result.returncode != 0
    assert "assert_evidence_matches_article" in result.stdout and "FAIL 1" in result.stdout


def test_source_paths_reach_the_marts_exactly_as_ingested(con: duckdb.DuckDBPyConnection) -> None:
    # A backslash is an ordinary file-name character on Linux: rewriting it could merge two files.
    paths = {row[0] for row in con.execute("SELECT source_path FROM marts.fct_ingest_errors").fetchall()}
    assert "2021/empty\\page.html" in paths
