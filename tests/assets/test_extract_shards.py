"""The extraction asset's shard partitions: a run for one shard extracts that shard's articles only; the
refresh job's run covers every shard in one step; the shards are the asset's partitions in the UI."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.resources import build_resources
from pipelines.warehouse.extraction_run import SHARDS, shard_of


@pytest.fixture
def ingested(pipeline_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DEALWIRE_EXTRACTION_BUDGET", "0")  # no time budget: the counts, not the speed
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    assert dg.materialize([ingest_articles], resources=build_resources()).success
    return pipeline_env["DEALWIRE_BUILD_DATABASE"]


def _versions(database: str) -> dict[str, str | None]:
    with duckdb.connect(database, read_only=True) as con:
        return dict(con.execute("SELECT article_id, extractor_version FROM ingest.articles").fetchall())


def test_a_run_for_one_shard_extracts_only_that_shards_articles(ingested: str) -> None:
    articles = _versions(ingested)
    shard = shard_of(min(articles))
    result = dg.materialize([ingest_articles, extract_facts], selection=[extract_facts],
                            resources=build_resources(), partition_key=shard)
    assert result.success
    extracted = {article_id for article_id, version in _versions(ingested).items() if version}
    assert extracted == {article_id for article_id in articles if shard_of(article_id) == shard}
    assert extracted != set(articles), "the fixture's articles must span more than one shard"
    materialization = next(m for m in result.asset_materializations_for_node("extract_facts")
                           if m.asset_key == dg.AssetKey(["ingest", "deals"]))
    assert materialization.partition == shard
    assert materialization.metadata["shards_this_run"].value == shard


def test_the_refresh_job_extracts_every_shard_in_one_step(ingested: str) -> None:
    job = defs.resolve_job_def("refresh_warehouse")
    assert job.tags["dagster/asset_partition_range_start"] == SHARDS[0]
    assert job.tags["dagster/asset_partition_range_end"] == SHARDS[-1]
    result = dg.materialize([ingest_articles, extract_facts], resources=build_resources(),
                            tags={key: job.tags[key] for key in job.tags if "partition_range" in key})
    assert result.success
    assert all(_versions(ingested).values())
    steps = {event.step_key for event in result.all_events if event.is_step_start}
    assert steps == {"ingest_articles", "extract_facts"}
    partitions = {m.partition for m in result.asset_materializations_for_node("extract_facts")}
    assert partitions == set(SHARDS)


def test_the_shards_are_the_fact_tables_partitions() -> None:
    for key in extract_facts.keys:
        assert defs.resolve_assets_def(key).partitions_def.get_partition_keys() == list(SHARDS)
    assert defs.resolve_assets_def(dg.AssetKey(["ingest", "articles"])).partitions_def is None
