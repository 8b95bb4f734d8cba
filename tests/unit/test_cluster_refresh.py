"""How the cluster refresh cuts the extraction shards into runs."""

from __future__ import annotations

from pipelines.cluster.refresh import PARTITION_TAG, RANGE_TAGS, _run_id, _tags, shard_groups, shard_keys
from pipelines.warehouse.extraction_run import SHARDS


def test_the_shards_are_the_extraction_assets_partitions() -> None:
    assert shard_keys() == list(SHARDS)


def test_one_run_per_shard_by_default_and_ranges_cover_every_shard_once() -> None:
    assert shard_groups(SHARDS) == [[shard] for shard in SHARDS]
    halves = shard_groups(SHARDS, 8)
    assert halves == [list(SHARDS[:8]), list(SHARDS[8:])]
    uneven = shard_groups(SHARDS, 5)
    assert [shard for group in uneven for shard in group] == list(SHARDS) and len(uneven) == 4


def test_a_single_shard_is_a_partition_and_several_a_range() -> None:
    assert _tags(["3"]) == {PARTITION_TAG: "3"}
    assert _tags(["0", "1", "2"]) == dict(zip(RANGE_TAGS, ("0", "2"), strict=True))


def test_the_run_id_is_read_from_the_run_start_line() -> None:
    line = ("2026-12-04 17:26:49 +0000 - dagster - DEBUG - extract_shards - "
            "5a7789ea-0af5-4869-a35e-5260363c227e - 10671 - RUN_START - Started execution of run")
    assert _run_id("noise\n" + line) == "5a7789ea-0af5-4869-a35e-5260363c227e"
