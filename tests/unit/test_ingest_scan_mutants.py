"""Which raw paths are articles: the edges the mutation run of `pipelines/ingest/scan.py` found unguarded.

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.ingest import scan
from pipelines.ingest.scan import is_skipped_name, list_article_files


def _listed(raw: Path) -> list[str]:
    return [path.relative_to(raw).as_posix() for path in list_article_files(raw)]


@pytest.mark.parametrize(
    "name",
    [
        "notes.txt.swp",  # vim swap file
        "NOTES.TXT.SWP",  # the same on a case-preserving file system: editor suffixes in any case
        "Draft.Part",
        "#story.txt#",  # Emacs auto-save
        "~$report.txt",  # Office lock file
    ],
)
def test_editor_leftovers_are_skipped_whatever_their_case(name: str) -> None:
    assert is_skipped_name(name)


@pytest.mark.parametrize(
    "name", ["#1 deal of the week.txt", "deals #3.txt", "report~final.txt", "$report.txt"]
)
def test_names_that_only_contain_a_leftover_mark_are_not_skipped(name: str) -> None:
    assert not is_skipped_name(name)


def test_office_lock_and_autosave_files_with_an_article_extension_are_not_listed(tmp_path: Path) -> None:
    for name in ("~$report.txt", "#story.md#", "report.txt", "#1 deal of the week.txt"):
        (tmp_path / name).write_text("x")
    assert _listed(tmp_path) == ["#1 deal of the week.txt", "report.txt"]


def test_a_leftover_folder_is_not_walked(tmp_path: Path) -> None:
    for folder in ("OLD.BAK", "keep"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("x")
    assert _listed(tmp_path) == ["keep/story.txt"]


def test_a_sub_folder_is_listed_in_name_order(tmp_path: Path) -> None:
    sub = tmp_path / "2021"
    sub.mkdir()
    for name in ("c.txt", "a.txt", "b.md"):
        (sub / name).write_text("x")
    assert _listed(tmp_path) == ["2021/a.txt", "2021/b.md", "2021/c.txt"]


def test_files_after_an_unlistable_folder_are_still_listed(tmp_path: Path, monkeypatch) -> None:
    locked = tmp_path / "a-locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c-open").mkdir()
    (tmp_path / "c-open" / "d.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path: os.PathLike | str = ".") -> object:
        # The kernel's answer to a folder without read permission (chmod 000 stops nobody as root).
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(scan.os, "scandir", scandir)
    assert _listed(tmp_path) == ["a-locked", "b.txt", "c-open/d.txt"]
