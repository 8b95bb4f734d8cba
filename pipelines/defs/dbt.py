"""dbt models as Dagster assets through dagster-dbt's public API.

dbt sources map onto the Python assets' keys by `meta.dagster.asset_key` in
dbt_project/models/staging/_ingest__sources.yml (dagster-dbt's translator reads it).
"""


import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from pipelines.dbt_manifest import dbt_project
from pipelines.defs.metadata import OWNERS, layer_tags
from pipelines.defs.resources import DealwireSettings
from pipelines.settings import DBT_PROJECT_DIR, dbt_environment
from pipelines.warehouse.lock import writer_lock

MARTS_GROUP = "marts"
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26))


class DealwireTranslator(DagsterDbtTranslator):
    """Groups by layer, owners, and descriptions without the compiled-SQL block.

    Source keys are dagster-dbt's own: `meta.dagster.asset_key` of each source table.
    """

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        # The SQL is one click away in dbt docs and the code; in the catalog it buried the description.
        return dbt_resource_props.get("description") or f"dbt {dbt_resource_props['resource_type']}"

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> list[str]:
        return list(OWNERS)

    def get_asset_check_spec(
        self, asset_spec: dg.AssetSpec, manifest: Mapping[str, Any], unique_id: str,
        project: DbtProject | None,
    ) -> dg.AssetCheckSpec | None:
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        if spec is None or spec.description:
            return spec
        return dg.AssetCheckSpec(
            name=spec.name, asset=spec.asset_key, additional_deps=spec.additional_deps,
            description=test_description(manifest["nodes"][unique_id]),
            blocking=spec.blocking, metadata=spec.metadata,
        )

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None):
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id) or {}
        layer = _layer(node)
        if layer is None:
            return spec
        spec = spec.replace_attributes(group_name=layer, tags={**spec.tags, **layer_tags(layer)})
        if layer == MARTS_GROUP:
            spec = spec.replace_attributes(freshness_policy=MARTS_FRESHNESS)
        return spec


_GENERIC_TESTS = {
    "unique": "no two rows share {column_name}",
    "not_null": "{column_name} is never null",
    "accepted_values": "{column_name} is one of: {values}",
    "relationships": "every {column_name} exists as {to}.{field}",
    "unique_combination_of_columns": "one row per ({combination_of_columns})",
    "accepted_range": "{column_name} in range (min {min_value}, max {max_value})",
    "matches_pattern": "{column_name} matches {pattern}",
    "evidence_matches_article": "{column_name} is its article's clean text at its offsets",
}


def test_description(test: Mapping[str, Any]) -> str:
    """What a dbt test promises, in words: its own description, else its SQL's leading comment (singular
    tests), else its generic test and arguments ("fct_deals.deal_type is one of: ...")."""
    if test.get("description"):
        return test["description"]
    generic = test.get("test_metadata") or {}
    template = _GENERIC_TESTS.get(generic.get("name", ""))
    if template:
        arguments = {name: _argument_in_words(value) for name, value in (generic.get("kwargs") or {}).items()}
        arguments["to"] = str(arguments.get("to", "")).removeprefix("ref('").removesuffix("')")
        defaults = {"min_value": "none", "max_value": "none", "field": "", "pattern": "", "values": ""}
        return template.format_map({**defaults, **arguments})
    comment = []
    for line in (test.get("raw_code") or "").splitlines():
        if not line.startswith("--"):
            break
        comment.append(line.removeprefix("--").strip())
    return " ".join(comment) or f"dbt test {test['name']}"


def _argument_in_words(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    variable = re.fullmatch(r"\{\{\s*var\('(\w+)'\)\s*\}\}", value) if isinstance(value, str) else None
    return f"the {variable.group(1)} vocabulary (dbt_project.yml vars)" if variable else value


def _layer(node: Mapping[str, Any]) -> str | None:
    if node.get("resource_type") not in ("model", "seed", "snapshot"):
        return None
    if node.get("resource_type") == "seed":
        return "seeds"
    for layer in ("staging", "intermediate", "marts"):
        if layer in node.get("fqn", []):
            return layer
    return None


def _close_adapter(adapter: Any) -> None:
    """Close dagster-dbt's in-process adapter, which fetched the metadata through a read-only handle on
    the build database: left open, the publish (same process) cannot open the file for its checkpoint."""
    if adapter is None:
        return
    adapter.cleanup_connections()
    from dbt.adapters.duckdb import DuckDBAdapter

    if isinstance(adapter, DuckDBAdapter):
        # dbt-duckdb keeps the database itself open between invocations (its `keep_open` default).
        adapter.connections.env().close()


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    """``values`` in os.environ while the block runs, the previous values back afterwards."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dbt_assets(
    manifest=dbt_project.manifest_path, dagster_dbt_translator=DealwireTranslator(), pool="dealwire_warehouse"
)
def dealwire_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, dealwire: DealwireSettings):
    """`dbt build`: models and their tests (tests show as asset checks)."""
    settings = dealwire.load()
    # dbt (its process and dagster-dbt's in-process adapter) reads the build database from the
    # environment; set for this call only.
    with writer_lock(settings.lock_path), _environment(dbt_environment(settings)):
        # One target folder reused by every run (runs are serialized by the lock): the default, a new
        # folder per run, would grow without bound under a nightly schedule.
        target_path = DBT_PROJECT_DIR / "target" / "last_build"
        invocation = dbt.cli(["build"], context=context, target_path=target_path)
        # Row counts and column types/lineage are read from the warehouse after dbt exits (DuckDB has
        # one writer, so dagster-dbt waits for dbt before it queries).
        try:
            yield from invocation.stream().fetch_row_counts().fetch_column_metadata()
        finally:
            _close_adapter(invocation.adapter)
