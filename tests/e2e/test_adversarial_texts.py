"""End to end: the seeds beside a dozen adversarial files, with a small time budget per article.

One real job run over the shared seed articles plus files in the shapes that made rules slow (one
endless token, 3,000-deep "The Company (" nesting, a run-on sentence of partners, long lists, a wide
table, ...; 20-100 KB here so CI stays fast, `python -m benchmarks.hand_check` is the 20 MB run). Shows:
the run succeeds; every seed article has exactly the facts the library gives it alone; every
adversarial file has its facts or one clear reason (rejected by ingest, or stopped over its budget);
a re-run tries no stopped file again; `dealwire summary` names the stopped files, and each file read
only in part with how much of it was read (`ingest.articles.unread_chars`, what model_input.py leaves).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from benchmarks.adversarial import shape_text
from pipelines.extraction.extract import Extractor
from pipelines.extraction.model import EXTRACTOR_VERSION
from pipelines.extraction.model_input import read_text
from pipelines.warehouse.fact_store import facts_to_rows
from tests.conftest import REPO_ROOT, SEED_DIR, VENV_BIN, require_shared, run_pipeline

pytestmark = pytest.mark.e2e

# Seconds per 100,000 characters: every file here gets the 10 s minimum.
BUDGET = "0.5"
# 20-100 KB each (about 0.5 MB in all) so the test takes well under a minute on a quiet machine:
# every shape's cost is linear now (docs/benchmarks.md, Scaling), so larger files only take longer
# and show the same outcomes; `python -m benchmarks.hand_check` is the 20 MB run.
ADVERSARIAL = {  # file name -> (shape, characters)
    "long token.txt": ("long_token", 100_000),
    "nested company.txt": ("nested_parentheses", 39_000),  # 3,000 "The Company (" openings
    "run-on partners.txt": ("run_on_partners", 40_000),
    "capitalized run.txt": ("capitalized_words", 20_000),
    "repeated name.txt": ("repeated_name", 20_000),
    "long number.txt": ("long_number", 20_000),
    "money list.txt": ("money_list", 20_000),
    "comma list.txt": ("comma_list", 20_000),
    "huge table.md": ("huge_table", 40_000),
    "no sentence ends.txt": ("no_sentence_ends", 40_000),
    "dotted run.txt": ("dots", 20_000),
    "spaces between figures.txt": ("spaced_figures", 40_000),
    "realistic 100 KB.txt": ("realistic", 100_000),
}
# No shape is slow on purpose any more (docs/benchmarks.md, Scaling): a file is stopped only when the
# machine is slow enough, so a stop is allowed for any of them but must name its stage and the setting.


def _env(tmp: Path, raw: Path) -> dict[str, str]:
    env = {
        "DEALWIRE_RAW_DIR": str(raw),
        "DEALWIRE_WAREHOUSE": str(tmp / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(tmp / "warehouse" / ".build" / "dealwire.duckdb"),
        "DAGSTER_HOME": str(tmp / "dagster_home"),
        "DEALWIRE_EXTRACTION_BUDGET": BUDGET,
    }
    Path(env["DAGSTER_HOME"]).mkdir(parents=True)
    return env


def _run_ok(env: dict[str, str]) -> None:
    result = run_pipeline(env)
    assert result.returncode == 0, f"run failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"


def _outcomes(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """File -> every outcome it has: 'extracted', 'rejected: ...', 'stopped: ...'."""
    outcomes: dict[str, list[str]] = {}
    for path, reason in con.execute(
            "SELECT source_path, reason FROM ingest.ingest_errors WHERE is_open").fetchall():
        outcomes.setdefault(path, []).append(f"rejected: {reason}")
    for path, version, stop in con.execute(
        """
        SELECT s.source_path, a.extractor_version, x.reason FROM ingest.article_sources s
        JOIN ingest.articles a USING (article_id)
        LEFT JOIN ingest.extraction_stops x ON x.article_id = a.article_id AND x.extractor_version = ?
        WHERE s.status = 'active'
        """, [EXTRACTOR_VERSION]).fetchall():
        if version == EXTRACTOR_VERSION:
            outcomes.setdefault(path, []).append("extracted")
        if stop is not None:
            outcomes.setdefault(path, []).append(stop)
    return outcomes


def _rows_of(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, int]:
    return {table: con.execute(f"SELECT count(*) FROM ingest.{table} WHERE article_id = ?",
                               [article_id]).fetchone()[0]
            for table in ("organizations", "people", "mentions", "deals", "metrics", "quantities")}


def test_adversarial_files_cost_at_most_their_budget_and_never_cost_a_seed_fact(tmp_path: Path) -> None:
    require_shared()
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = sorted(p.name for p in SEED_DIR.glob("*.txt"))
    for name in seeds:
        shutil.copy(SEED_DIR / name, raw / name)
    for name, (shape, chars) in ADVERSARIAL.items():
        (raw / name).write_text(shape_text(shape, chars), encoding="utf-8")
    env = _env(tmp_path, raw)
    _run_ok(env)

    build = env["DEALWIRE_BUILD_DATABASE"]
    with duckdb.connect(build, read_only=True) as con:
        outcomes = _outcomes(con)
        seed_ids = dict(con.execute(
            "SELECT source_path, article_id FROM ingest.article_sources "
            "WHERE source_path IN (SELECT unnest(?))",
            [seeds]).fetchall())
        seed_rows = {name: _rows_of(con, article_id) for name, article_id in seed_ids.items()}
        stopped_at = dict(con.execute(
            "SELECT article_id, stopped_at FROM ingest.extraction_stops").fetchall())
        extracted_at = dict(con.execute("SELECT article_id, extracted_at FROM ingest.articles").fetchall())
        reading = con.execute(
            "SELECT s.source_path, a.clean_text, a.unread_chars FROM ingest.article_sources s "
            "JOIN ingest.articles a USING (article_id) WHERE a.extractor_version = ?",
            [EXTRACTOR_VERSION]).fetchall()

    # Every file has exactly one outcome; the seeds and the shapes still too slow are the expected ones.
    assert sorted(outcomes) == sorted([*seeds, *ADVERSARIAL])
    assert all(len(found) == 1 for found in outcomes.values()), outcomes
    assert all(outcomes[name] == ["extracted"] for name in seeds), {name: outcomes[name] for name in seeds}
    for name in ADVERSARIAL:
        (outcome,) = outcomes[name]
        assert outcome == "extracted" or (
            re.match(r"stopped: the (rules|entity model) ran past this article's time budget", outcome)
            and "DEALWIRE_EXTRACTION_BUDGET" in outcome), outcome

    # Seed facts are exactly what the library finds in each seed alone.
    extractor = Extractor()
    for name, article_id in seed_ids.items():
        with duckdb.connect(build, read_only=True) as con:
            text = con.execute("SELECT clean_text FROM ingest.articles WHERE article_id = ?",
                               [article_id]).fetchone()[0]
        alone = facts_to_rows(article_id, extractor.extract(text))
        assert seed_rows[name] == {table: len(alone.get(table, [])) for table in seed_rows[name]}, name
        assert seed_rows[name]["organizations"] > 0, name

    # `dealwire summary` names every stopped file with its reason.
    summary = subprocess.run([str(VENV_BIN / "dealwire"), "summary"], env={**os.environ, **env},
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert summary.returncode == 0, summary.stderr
    stopped = sorted(name for name, (outcome,) in outcomes.items() if outcome.startswith("stopped:"))
    assert re.search(rf"files stopped +{len(stopped)}\n", summary.stdout), summary.stdout
    for name in stopped:
        assert re.search(rf"{re.escape(name)}: stopped: the (rules|entity model) ran past", summary.stdout)
    # Every extracted file has what the extractor left unread stored (0 when read whole), and the
    # summary names each file read in part with how much of it was read.
    read_in_part = 0
    for name, text, unread in reading:
        assert unread == read_text(text).unread_chars, name
        if unread:
            read_in_part += 1
            assert f"    {name}: {len(text) - unread:,} of {len(text):,} characters read\n" in summary.stdout
    assert read_in_part and all(unread == 0 for name, _, unread in reading if name in seeds)
    assert re.search(rf"files read in part +{read_in_part}\n", summary.stdout), summary.stdout

    # A re-run extracts nothing again and does not retry a stopped file: nothing is rewritten.
    _run_ok(env)
    with duckdb.connect(build, read_only=True) as con:
        assert _outcomes(con) == outcomes
        assert dict(con.execute("SELECT article_id, stopped_at FROM ingest.extraction_stops").fetchall()) \
            == stopped_at
        assert dict(con.execute("SELECT article_id, extracted_at FROM ingest.articles").fetchall()) \
            == extracted_at
