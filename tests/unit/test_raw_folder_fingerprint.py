"""The sensor's fingerprint of the raw folder: changes exactly when an article file does."""

import os
from pathlib import Path

import pytest

from pipelines.defs.schedules import raw_folder_fingerprint


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEALWIRE_RAW_DIR", str(tmp_path))
    (tmp_path / "first.txt").write_text("A first article.\n")
    return tmp_path


def test_unchanged_folder_gives_the_same_fingerprint(raw: Path) -> None:
    assert raw_folder_fingerprint() == raw_folder_fingerprint()


def test_added_changed_and_removed_files_change_it(raw: Path) -> None:
    seen = {raw_folder_fingerprint()}
    (raw / "second.md").write_text("A second article.\n")
    seen.add(raw_folder_fingerprint())
    (raw / "first.txt").write_text("A first article, edited.\n")
    seen.add(raw_folder_fingerprint())
    (raw / "second.md").unlink()
    seen.add(raw_folder_fingerprint())
    assert len(seen) == 4


def test_hidden_and_swap_files_do_not_change_it(raw: Path) -> None:
    before = raw_folder_fingerprint()
    (raw / ".draft.txt").write_text("hidden\n")
    (raw / ".first.txt.swp").write_bytes(b"\0swap")
    assert raw_folder_fingerprint() == before


def test_file_name_that_is_not_utf8_does_not_break_it(raw: Path) -> None:
    before = raw_folder_fingerprint()
    (raw / os.fsdecode(b"caf\xe9.txt")).write_text("Latin-1 named article.\n")
    assert raw_folder_fingerprint() != before
