"""Fixtures shared by every test level."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()
SEED_DIR = SHARED_DIR / "seeds"
DEVSET_DIR = SHARED_DIR / "devset"
VENV_BIN = Path(sys.executable).parent


def require_shared() -> None:
    if not SEED_DIR.is_dir():
        pytest.skip("../shared (seeds and devset) is not present")


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A raw folder holding the embedded default articles (the repository's raw/)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted((REPO_ROOT / "raw").glob("*.txt")):
        shutil.copy(path, raw / path.name)
    return raw


@pytest.fixture
def pipeline_env(tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Point every setting at temporary paths: nothing outside tmp_path is touched."""
    env = {
        "DEALWIRE_RAW_DIR": str(raw_dir),
        "DEALWIRE_WAREHOUSE": str(tmp_path / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(tmp_path / "warehouse" / ".build" / "dealwire.duckdb"),
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
    }
    Path(env["DAGSTER_HOME"]).mkdir()
    # The committed instance template, so every run in the tests checks it is valid for this Dagster.
    shutil.copy(REPO_ROOT / ".dagster_home" / "dagster.yaml", Path(env["DAGSTER_HOME"]) / "dagster.yaml")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def run_pipeline(env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess:
    """The whole job in a fresh process, as the schedule and `dealwire run` do."""
    return subprocess.run(
        [str(VENV_BIN / "dagster"), "job", "execute",
         "-m", "pipelines.definitions", "-j", "refresh_warehouse"],
        env={**os.environ, **env}, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
    )
