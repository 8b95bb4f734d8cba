"""Which paths in the raw folder are article files, in a stable order.

Silently skipped (never articles, nothing for a person to fix): hidden files and folders
(".name"), editor swap / backup / lock files ("x.swp", "x~", ".#x", "#x#"), files with other
extensions, and symlinked folders (not followed: no cycles, no reading outside raw/).

Yielded although they will be rejected, so the reader reports them as ingest errors a
person can act on: folders named like an article ("x.txt/"), symlinks named like an article
(the reader refuses those that point outside raw/ or nowhere), special files (FIFOs),
and sub-folders that cannot be listed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

ARTICLE_EXTENSIONS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
_EDITOR_SUFFIXES = (".swp", ".swo", ".swx", ".swn", "~", ".bak", ".tmp", ".part", ".crdownload")


def article_format(name: str) -> str | None:
    """'txt' | 'md' | 'html' for an article file name, else None."""
    return ARTICLE_EXTENSIONS.get(os.path.splitext(name)[1].lower())


def is_skipped_name(name: str) -> bool:
    """Hidden names and editor leftovers: skipped without an error."""
    lower = name.lower()
    return (
        name.startswith(".")
        or lower.endswith(_EDITOR_SUFFIXES)
        or (name.startswith("#") and name.endswith("#"))
        or name.startswith("~$")  # Office lock files
    )


def list_article_files(raw_dir: Path) -> Iterator[Path]:
    """Article paths under ``raw_dir``, depth first, each folder's entries sorted by name.

    Raises OSError only when ``raw_dir`` itself cannot be listed: an empty result would
    otherwise look like every article had been deleted.
    """
    raw_dir = Path(raw_dir)
    entries = sorted(os.scandir(raw_dir), key=lambda entry: entry.name)
    yield from _walk(raw_dir, entries)


def _walk(folder: Path, entries: list[os.DirEntry]) -> Iterator[Path]:
    for entry in entries:
        name = entry.name
        if is_skipped_name(name):
            continue
        path = folder / name
        is_article_name = article_format(name) is not None
        try:
            if entry.is_symlink():
                if is_article_name:
                    yield path
                continue
            if entry.is_dir(follow_symlinks=False):
                if is_article_name:
                    yield path
                    continue
                try:
                    children = sorted(os.scandir(path), key=lambda child: child.name)
                except OSError:
                    yield path  # the reader says why it cannot be listed
                    continue
                yield from _walk(path, children)
            elif is_article_name:
                yield path
        except OSError:
            if is_article_name:
                yield path
