"""The Dagster definitions the UI shows: every dbt test is an asset check, lineage is connected."""

import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.defs.checks import EXTRACTION_CHECKS
from pipelines.defs.dbt import dbt_project, dealwire_dbt_models
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.resources import build_resources
from pipelines.warehouse.schema import ensure_ingest_schema
from tests.conftest import REPO_ROOT, VENV_BIN


def test_every_dbt_test_is_an_asset_check() -> None:
    manifest = json.loads(dbt_project.manifest_path.read_text())
    dbt_tests = {node["name"] for key, node in manifest["nodes"].items() if key.startswith("test.")}
    checks = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert dbt_tests, "the dbt project defines no tests"
    assert dbt_tests - checks == set(), "dbt tests Dagster would only log as observations"


def test_marts_are_downstream_of_the_raw_articles() -> None:
    graph = defs.resolve_asset_graph()
    downstream = dg.AssetSelection.assets(dg.AssetKey(["ingest", "articles"])).downstream().resolve(graph)
    for mart in ("fct_deals", "fct_cloud_revenue", "fct_company_metrics", "dim_organizations"):
        assert dg.AssetKey(["marts", mart]) in downstream, f"marts/{mart} is not fed by ingest/articles"
    assert dg.AssetKey(["warehouse", "published"]) in downstream


def test_published_warehouse_depends_on_the_marts_only() -> None:
    graph = defs.resolve_asset_graph()
    parents = graph.get(dg.AssetKey(["warehouse", "published"])).parent_keys
    marts = {key for key in graph.get_all_asset_keys() if key.path[0] == "marts"}
    assert marts, "no marts in the definitions"
    assert parents == marts


_IMPORT_DEFINITIONS = """
import os, subprocess
real_popen = subprocess.Popen
class NoDbt(real_popen):
    def __init__(self, args, *rest, **kwargs):
        assert "dbt" not in os.path.basename(str(list(args)[0])), f"dbt ran on import: {args}"
        super().__init__(args, *rest, **kwargs)
subprocess.Popen = NoDbt
before = dict(os.environ)
import pipelines.definitions
assert dict(os.environ) == before, "importing the definitions changed os.environ"
"""


def test_importing_the_definitions_has_no_side_effects(tmp_path: Path) -> None:
    warehouse = tmp_path / "elsewhere" / "dealwire.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALWIRE_")}
    env["DEALWIRE_WAREHOUSE"] = str(warehouse)
    # A model newer than the manifest: loading must still not run `dbt parse`.
    os.utime(REPO_ROOT / "dbt_project" / "models" / "marts" / "fct_deals.sql")
    try:
        result = subprocess.run([sys.executable, "-c", _IMPORT_DEFINITIONS], env=env, cwd=REPO_ROOT,
                                capture_output=True, text=True, timeout=300)
    finally:
        subprocess.run([str(VENV_BIN / "dbt"), "parse", "--quiet", "--project-dir", "dbt_project",
                        "--profiles-dir", "dbt_project"], cwd=REPO_ROOT, check=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not (tmp_path / "elsewhere").exists(), "importing the definitions created the build folder"


def test_settings_reach_the_run_as_env_var_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEALWIRE_RAW_DIR", str(tmp_path / "articles"))
    monkeypatch.delenv("DEALWIRE_SPACY_MODEL", raising=False)
    settings = build_resources()["dealwire"]
    assert settings.raw_dir == dg.EnvVar("DEALWIRE_RAW_DIR")
    assert settings.spacy_model is None, "an unset variable keeps the default"
    assert settings.process_config_and_initialize().load().raw_dir == tmp_path / "articles"


def test_dbt_sources_are_the_python_assets_by_their_declared_keys() -> None:
    manifest = json.loads(dbt_project.manifest_path.read_text())
    python_keys = {key for asset in (ingest_articles, extract_facts) for key in asset.keys}
    declared = {
        dg.AssetKey(source["meta"]["dagster"]["asset_key"]) for source in manifest["sources"].values()
    }
    assert declared == python_keys
    assert python_keys <= set(dealwire_dbt_models.dependency_keys)


def test_dbt_assets_read_well_in_the_catalog() -> None:
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.owners, f"{key.to_user_string()} has no owner"
        assert "dealwire/layer" in node.tags, f"{key.to_user_string()} has no layer tag"
    for spec in dealwire_dbt_models.specs:
        assert spec.description and "Raw SQL" not in spec.description, spec.key


def test_ingest_assets_declare_the_columns_their_tables_are_created_with() -> None:
    con = duckdb.connect()
    ensure_ingest_schema(con)
    graph = defs.resolve_asset_graph()
    for key in (*ingest_articles.keys, *extract_facts.keys):
        table = key.path[-1]
        created = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'ingest' AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()
        schema = graph.get(key).metadata["dagster/column_schema"]
        declared = [(column.name, con.execute(f"SELECT typeof(NULL::{column.type})").fetchone()[0])
                    for column in schema.columns]
        assert declared == created, key


def test_every_dbt_check_says_what_it_promises() -> None:
    descriptions = {spec.name: spec.description for spec in dealwire_dbt_models.check_specs}
    assert all(descriptions.values()), [name for name, text in descriptions.items() if not text]
    assert not [name for name, text in descriptions.items() if text.startswith("dbt test ")]
    deal_types = next(text for name, text in descriptions.items()
                      if name == "fct_deals__deal_type__in_vocabulary")
    assert deal_types == "deal_type is one of: the deal_types vocabulary (dbt_project.yml vars)"
    assert descriptions["assert_dim_dates_contiguous"].startswith("dim_dates has no gaps")


def test_dbt_check_names_are_short_enough_to_read() -> None:
    names = [spec.name for spec in dealwire_dbt_models.check_specs]
    assert max(map(len, names)) <= 70, sorted(names, key=len)[-3:]


def test_checks_guarding_the_published_warehouse_are_blocking() -> None:
    manifest = json.loads(dbt_project.manifest_path.read_text())
    severity = {node["name"]: node["config"].get("severity", "error").lower()
                for key, node in manifest["nodes"].items() if key.startswith("test.")}
    for spec in dealwire_dbt_models.check_specs:
        assert spec.blocking == (severity[spec.name] == "error"), spec.name
    for check in EXTRACTION_CHECKS:
        assert all(spec.blocking for spec in check.check_specs), check
