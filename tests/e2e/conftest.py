"""Fixtures of the end-to-end tests: one real run over the repository's raw/ articles per session.

Four tests began with the same first run (`dagster job execute` over raw/ into an empty warehouse: about
400 s at load average 10 on two shared cores). It now runs once; its whole folder (raw articles, Dagster
instance, build database, published warehouse, report) is kept as a template and copied back into the
same paths before each test that starts from it, so every absolute path the run stored stays true and the
next run sees exactly what it would have seen after its own first run (copies keep each file's mtime,
which is what ingest compares).

tests/e2e/test_crash.py keeps its own first run: it kills runs in an instance without the committed
dagster.yaml. Started from this folder (whose instance has it, `pools: default_limit: 1`) the run killed
during ingest kept its pool slot and the next run waited on it until the test timed out
(docs/testing.md, CI run time).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, run_pipeline


@dataclass(frozen=True)
class SeedRun:
    live: Path  # where the tests run, restored from the template before each
    template: Path  # the folder as the first run left it, never written to again
    env: dict[str, str]

    def published_template(self) -> Path:
        """The published warehouse as the first run left it (open it read-only)."""
        return self.template / "warehouse" / "dealwire.duckdb"


def _seed_env(live: Path) -> dict[str, str]:
    """The paths `pipeline_env` gives a test, under `live`."""
    env = {
        "DEALWIRE_RAW_DIR": str(live / "raw"),
        "DEALWIRE_WAREHOUSE": str(live / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(live / "warehouse" / ".build" / "dealwire.duckdb"),
        "DAGSTER_HOME": str(live / "dagster_home"),
    }
    Path(env["DAGSTER_HOME"]).mkdir(parents=True)
    # The committed instance template, as every run in the tests uses it.
    shutil.copy(REPO_ROOT / ".dagster_home" / "dagster.yaml", Path(env["DAGSTER_HOME"]) / "dagster.yaml")
    return env


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> SeedRun:
    """The job run once over raw/ in a fresh process; a failed run fails every test that uses it."""
    base = tmp_path_factory.mktemp("seed_run")
    live = base / "live"
    (live / "raw").mkdir(parents=True)
    for path in sorted((REPO_ROOT / "raw").glob("*.txt")):
        shutil.copy(path, live / "raw" / path.name)
    env = _seed_env(live)
    result = run_pipeline(env)
    assert result.returncode == 0, f"seed run failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    template = base / "template"
    shutil.copytree(live, template, symlinks=True)
    return SeedRun(live, template, env)


@pytest.fixture
def seeded_env(seed_run: SeedRun) -> dict[str, str]:
    """Settings of a warehouse just built by one run over raw/ (the session's run, restored in place)."""
    shutil.rmtree(seed_run.live)
    shutil.copytree(seed_run.template, seed_run.live, symlinks=True)
    return dict(seed_run.env)
