"""The extraction asset on a temporary DuckDB: only new or changed articles are extracted, once."""

import logging
import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs.extract import extract_facts
from pipelines.defs.ingest import ingest_articles
from pipelines.defs.resources import build_resources
from pipelines.extraction import extract as extract_module
from pipelines.warehouse.extraction_run import pending_article_ids
from pipelines.warehouse.schema import FACT_TABLES


def _run() -> dict[str, int]:
    """Ingest then extract (settings from the environment); the extraction counts of the run."""
    result = dg.materialize(
        [ingest_articles, extract_facts],
        resources=build_resources(),
    )
    assert result.success
    materializations = result.asset_materializations_for_node("extract_facts")
    deals = next(m for m in materializations if m.asset_key == dg.AssetKey(["ingest", "deals"]))
    return {key: value.value for key, value in deals.metadata.items() if key.endswith("_this_run")}


@pytest.fixture
def build_env(pipeline_env: dict[str, str]) -> dict[str, str]:
    Path(pipeline_env["DEALWIRE_BUILD_DATABASE"]).parent.mkdir(parents=True)
    return pipeline_env


def test_unchanged_articles_are_not_extracted_again(build_env: dict[str, str], raw_dir: Path) -> None:
    articles = len(list(raw_dir.iterdir()))
    first = _run()
    assert first["articles_extracted_this_run"] == articles
    assert first["extraction_failures_this_run"] == 0
    assert first["rows_written_this_run"] > 0, "the seed articles report deals"
    second = _run()
    assert second["articles_extracted_this_run"] == 0
    assert second["rows_written_this_run"] == 0


def test_a_touched_file_with_the_same_content_is_not_extracted_again(
    build_env: dict[str, str], raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the mtime changes: ingest reads the file to compare its content, the model sees nothing."""
    monkeypatch.setenv("DEALWIRE_NER_PROCESS", "0")  # the model in this process, where it is counted
    texts_through_the_model: list[str] = []
    real_entities_many = extract_module.entities_many

    def counted_entities_many(nlp, items, *args, **kwargs):
        def counted():
            for text, published in items:
                texts_through_the_model.append(text)
                yield text, published
        return real_entities_many(nlp, counted(), *args, **kwargs)

    monkeypatch.setattr(extract_module, "entities_many", counted_entities_many)
    first = _run()
    assert len(texts_through_the_model) == first["articles_extracted_this_run"] > 0
    for path in raw_dir.iterdir():
        later = path.stat().st_mtime_ns + 60 * 10**9
        os.utime(path, ns=(later, later))
    texts_through_the_model.clear()
    second = _run()
    assert texts_through_the_model == [], "the model read an article whose content did not change"
    assert second["articles_extracted_this_run"] == 0
    assert second["rows_written_this_run"] == 0


def test_changed_article_is_re_extracted_once(build_env: dict[str, str], raw_dir: Path) -> None:
    _run()
    changed = sorted(raw_dir.iterdir())[0]
    changed.write_text(changed.read_text() + "\nThe company declined to comment further.\n")
    counts = _run()
    assert counts["articles_extracted_this_run"] == 1
    with duckdb.connect(build_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        # Facts are stored per article (content): the new text's facts exist exactly once.
        duplicated = con.execute(
            "SELECT count(*) FROM (SELECT article_deal_id FROM ingest.deals GROUP BY 1 HAVING count(*) > 1)"
        ).fetchone()[0]
        assert duplicated == 0


def test_a_new_extractor_version_makes_every_live_article_pending(build_env: dict[str, str]) -> None:
    _run()
    with duckdb.connect(build_env["DEALWIRE_BUILD_DATABASE"], read_only=True) as con:
        assert pending_article_ids(con) == []
        live = con.execute(
            "SELECT count(*) FROM ingest.articles WHERE extractor_version IS NOT NULL"
        ).fetchone()[0]
        assert len(pending_article_ids(con, version="a newer version")) == live > 0


def test_model_in_a_background_process_stores_the_same_facts(
    build_env: dict[str, str], raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DEALWIRE_NER_PROCESS=1 (the model in a worker, batches overlapping) changes speed, not facts."""
    for number in range(6):  # more articles than one batch, so batches overlap
        (raw_dir / f"copy {number}.txt").write_text(sorted(raw_dir.glob("*.txt"))[number % 2].read_text()
                                                    + f"\nCorrection {number}: no other change.\n")
    monkeypatch.setenv("DEALWIRE_BATCH_SIZE", "1")  # batches of 4 articles (the asset uses 4x)
    stored = {}
    for setting in ("0", "1"):
        monkeypatch.setenv("DEALWIRE_NER_PROCESS", setting)
        database = Path(build_env["DEALWIRE_BUILD_DATABASE"]).with_name(f"ner_process_{setting}.duckdb")
        monkeypatch.setenv("DEALWIRE_BUILD_DATABASE", str(database))
        counts = _run()
        assert counts["articles_extracted_this_run"] == 8
        with duckdb.connect(str(database), read_only=True) as con:
            stored[setting] = {
                table: con.execute(f"SELECT * FROM ingest.{table} ORDER BY ALL").fetchall()
                for table in FACT_TABLES
            }
    assert stored["1"]["deals"] and stored["1"] == stored["0"]


def test_ingest_and_extraction_log_their_progress_at_info(build_env: dict[str, str], raw_dir: Path) -> None:
    files = len(list(raw_dir.iterdir()))
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            [ingest_articles, extract_facts], resources=build_resources(), instance=instance)
        info = [entry.user_message for entry in instance.all_logs(result.run_id)
                if entry.level == logging.INFO]
    for step in ("new or changed files read", "articles extracted"):
        assert any(line.startswith(f"{step}: {files} of {files} (100%)") for line in info), info
