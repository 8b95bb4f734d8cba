"""`dealwire run`'s console: no warning about `dagster job execute` the user cannot act on."""

import subprocess
from pathlib import Path

import pytest

from pipelines.cli import job_execute_env
from tests.conftest import REPO_ROOT, VENV_BIN


def test_the_job_runs_without_the_superseded_command_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    # A module that does not exist: dagster warns on the call, then fails fast to load it.
    result = subprocess.run(
        [str(VENV_BIN / "dagster"), "job", "execute", "-m", "no_such_module", "-j", "refresh_warehouse"],
        env=job_execute_env(), cwd=REPO_ROOT, capture_output=True, text=True, timeout=300,
    )
    assert "no_such_module" in result.stdout + result.stderr, "the command did not get as far as loading"
    assert "superseded" not in result.stderr
