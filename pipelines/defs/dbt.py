"""dbt models as Dagster assets. Sources named `ingest` map onto the Python assets' keys."""


import subprocess
import sys
from collections.abc import Mapping
from datetime import timedelta
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from packaging.version import Version

from pipelines.defs.resources import dbt_executable
from pipelines.settings import DBT_PROJECT_DIR, load_settings
from pipelines.warehouse.lock import writer_lock

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def _manifest_is_stale() -> bool:
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_PROJECT_DIR / "dbt_project.yml"]
    for folder in ("models", "macros", "seeds", "tests"):
        sources.extend((DBT_PROJECT_DIR / folder).rglob("*"))
    return any(path.is_file() and path.stat().st_mtime > built for path in sources)


def _ensure_manifest() -> None:
    # `prepare_if_dev` only acts under `dagster dev`; setup and CI run `dbt parse`, and this
    # covers a checkout loaded any other way, or models edited since the last parse.
    if _manifest_is_stale():
        subprocess.run(
            [dbt_executable(), "parse", "--quiet", "--project-dir", str(DBT_PROJECT_DIR),
             "--profiles-dir", str(DBT_PROJECT_DIR)],
            check=True,
        )


_ensure_manifest()

MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26))


class DealwireTranslator(DagsterDbtTranslator):
    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None):
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id) or {}
        layer = _layer(node)
        if layer is None:
            return spec
        spec = spec.replace_attributes(group_name=layer)
        if layer == "marts":
            spec = spec.replace_attributes(freshness_policy=MARTS_FRESHNESS)
        return spec


def _layer(node: Mapping[str, Any]) -> str | None:
    if node.get("resource_type") not in ("model", "seed", "snapshot"):
        return None
    if node.get("resource_type") == "seed":
        return "seeds"
    for layer in ("staging", "intermediate", "marts"):
        if layer in node.get("fqn", []):
            return layer
    return None


class _LeanDbtCliResource(DbtCliResource):
    """The configured dbt CLI without two start-up costs of `DbtCliResource.cli` that dealwire never uses.

    Before starting dbt, dagster-dbt runs `dbt --version` in a subprocess and builds an in-process dbt
    adapter (loads the profile and parses every macro): 5 s on the 10k benchmark, 9 s inside a full run.
    The adapter only serves dagster-dbt's `fetch_row_counts` / `fetch_column_metadata` (not used here:
    row counts come from `_with_row_count`), and the version is the installed dbt-core's when the
    executable is this venv's dbt.
    """

    @cached_property
    def _cli_version(self) -> Version:
        if Path(self.dbt_executable).parent == Path(sys.executable).parent:
            return Version(installed_version("dbt-core"))
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args: Any) -> None:  # type: ignore[override]
        return None


def _lean(dbt: DbtCliResource) -> DbtCliResource:
    return _LeanDbtCliResource(**{name: getattr(dbt, name) for name in DbtCliResource.model_fields})


@dbt_assets(
    manifest=dbt_project.manifest_path, dagster_dbt_translator=DealwireTranslator(), pool="dealwire_warehouse"
)
def dealwire_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """`dbt build`: models and their tests (tests show as asset checks)."""
    settings = load_settings()
    # Buffer events: row counts need the database, which dbt holds until it exits.
    with writer_lock(settings.lock_path):
        # One target folder reused by every run (runs are serialized by the lock): the default, a new
        # folder per run, would grow without bound under a nightly schedule.
        target_path = DBT_PROJECT_DIR / "target" / "last_build"
        invocation = _lean(dbt).cli(["build"], context=context, target_path=target_path)
        events = list(invocation.stream())
        with duckdb.connect(str(settings.build_database), read_only=True) as con:
            for event in events:
                yield _with_row_count(con, invocation.manifest, event)


def _with_row_count(con: duckdb.DuckDBPyConnection, manifest: Mapping[str, Any], event: Any) -> Any:
    """A model's or seed's output with `dagster/row_count` (its relation in the build database)."""
    if not isinstance(event, dg.Output):
        return event
    unique_id = event.metadata.get("unique_id")
    node = manifest["nodes"].get(getattr(unique_id, "value", unique_id)) or {}
    if not node.get("schema") or not node.get("alias"):
        return event
    relation = '"{}"."{}"'.format(node["schema"].replace('"', '""'), node["alias"].replace('"', '""'))
    try:
        count = con.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
    except duckdb.Error:
        return event
    return event.with_metadata({**event.metadata, "dagster/row_count": dg.MetadataValue.int(count)})
