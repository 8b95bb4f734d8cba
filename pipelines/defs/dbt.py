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

MARTS_GROUP = "marts"
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26))


class DealwireTranslator(DagsterDbtTranslator):
    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None):
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id) or {}
        layer = _layer(node)
        if layer is None:
            return spec
        spec = spec.replace_attributes(group_name=layer)
        if layer == MARTS_GROUP:
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
    row counts come from dbt's own log, see `_record_row_count`), and the version is the installed
    dbt-core's when the executable is this venv's dbt.
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
    with writer_lock(settings.lock_path):
        # One target folder reused by every run (runs are serialized by the lock): the default, a new
        # folder per run, would grow without bound under a nightly schedule.
        target_path = DBT_PROJECT_DIR / "target" / "last_build"
        invocation = _lean(dbt).cli(["build"], context=context, target_path=target_path)
        # Events are yielded while dbt runs, so Dagster records them meanwhile (~450 event-log writes,
        # ~5 s at 10k) instead of after dbt exits. Row counts come from dbt itself: a post-hook logs
        # each model's (macros/log_row_count.sql) just before the model's result event.
        row_counts: dict[str, int] = {}
        for dbt_event in invocation.stream_raw_events():
            if _record_row_count(dbt_event.raw_event, row_counts):
                continue
            for event in dbt_event.to_default_asset_events(
                manifest=invocation.manifest,
                dagster_dbt_translator=invocation.dagster_dbt_translator,
                context=context,
                target_path=invocation.target_path,
                project=invocation.project,
            ):
                yield _with_row_count(row_counts, event)


_ROW_COUNT_LOG = "dealwire row count "


def _record_row_count(raw_event: Mapping[str, Any], row_counts: dict[str, int]) -> bool:
    """Keep the count from a `log_row_count` message ("dealwire row count <unique_id> <count>")."""
    info = raw_event.get("info") or {}
    message = info.get("msg")
    if info.get("name") != "JinjaLogInfo" or not isinstance(message, str):
        return False
    if not message.startswith(_ROW_COUNT_LOG):
        return False
    unique_id, _, count = message[len(_ROW_COUNT_LOG):].strip().rpartition(" ")
    if not unique_id or not count.isdigit():
        return False
    row_counts[unique_id] = int(count)
    return True


def _with_row_count(row_counts: Mapping[str, int], event: Any) -> Any:
    """A model's or seed's output with `dagster/row_count`, when dbt logged one for it."""
    if not isinstance(event, dg.Output):
        return event
    unique_id = event.metadata.get("unique_id")
    count = row_counts.get(getattr(unique_id, "value", unique_id))
    if count is None:
        return event
    return event.with_metadata({**event.metadata, "dagster/row_count": dg.MetadataValue.int(count)})
