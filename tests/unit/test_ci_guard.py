"""Without ../shared, the tests that need it skip on a developer's machine but fail the run in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

NEEDS_SHARED = '''
from tests.conftest import require_shared


def test_needs_the_shared_gold():
    require_shared()
'''


def _pytest_without_shared(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess:
    """The suite's own conftest in a checkout that has no ../shared beside it."""
    tests = tmp_path / "checkout" / "tests"
    tests.mkdir(parents=True)
    shutil.copy(REPO_ROOT / "tests" / "conftest.py", tests / "conftest.py")
    (tests / "__init__.py").write_text("")
    (tests / "test_needs_shared.py").write_text(NEEDS_SHARED)
    env = {key: value for key, value in os.environ.items() if key != "CI"} | ({"CI": "true"} if ci else {})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tests.parent, env=env, capture_output=True, text=True, timeout=120,
    )


def test_missing_shared_is_a_skip_on_a_developer_machine(tmp_path: Path) -> None:
    result = _pytest_without_shared(tmp_path, ci=False)
    assert result.returncode == 0 and "1 skipped" in result.stdout, result.stdout


def test_missing_shared_fails_the_run_in_ci(tmp_path: Path) -> None:
    result = _pytest_without_shared(tmp_path, ci=True)
    assert result.returncode != 0, result.stdout
    assert "is missing" in result.stdout + result.stderr
