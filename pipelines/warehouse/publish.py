"""Publish the build warehouse to readers atomically.

Readers (SQL shells, BI tools, `dealwire sql`) open DEALWIRE_WAREHOUSE. The pipeline never
writes that file: it writes its private build copy, checkpoints it, copies it next to the
published file and renames over it. A reader that already has the old file open keeps its
consistent snapshot (the old inode); the next open sees the new one. A crash at any point
leaves either the old or the new file, never a half-written one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb


def publish_warehouse(build_database: Path, warehouse: Path) -> int:
    """Copy the build database over the published warehouse atomically; returns its size in bytes."""
    with duckdb.connect(str(build_database)) as con:
        con.execute("CHECKPOINT")  # fold the WAL into the file so a plain copy is complete
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    staging_copy = warehouse.with_name(f".{warehouse.name}.publishing-{os.getpid()}")
    try:
        shutil.copyfile(build_database, staging_copy)
        with open(staging_copy, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging_copy, warehouse)
    finally:
        staging_copy.unlink(missing_ok=True)
    _fsync_directory(warehouse.parent)
    return warehouse.stat().st_size


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
