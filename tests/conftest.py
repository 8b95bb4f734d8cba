"""Fixtures shared by every test level."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()
SEED_DIR = SHARED_DIR / "seeds"
DEVSET_DIR = SHARED_DIR / "devset"
VENV_BIN = Path(sys.executable).parent


def load_script(name: str) -> ModuleType:
    """`scripts/<name>.py` as a module: the scripts are run by path, not installed as a package."""
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


SHARED_MISSING_IN_CI = (
    f"CI is set but {SHARED_DIR} (seeds and devset) is missing: the tests that need it would be skipped "
    "and the suite would stay green without them"
)


def shared_is_present() -> bool:
    return SEED_DIR.is_dir() and DEVSET_DIR.is_dir()


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI a missing ../shared stops the run before any test: about 60 tests need it."""
    if os.environ.get("CI") and not shared_is_present():
        pytest.exit(SHARED_MISSING_IN_CI, returncode=pytest.ExitCode.USAGE_ERROR)


def require_shared() -> None:
    """Skip on a developer's machine without ../shared; in CI that is an error, never a skip."""
    if not shared_is_present():
        if os.environ.get("CI"):
            pytest.fail(SHARED_MISSING_IN_CI)
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
