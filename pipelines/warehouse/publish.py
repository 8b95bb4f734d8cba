"""Publish the build warehouse to readers atomically.

Readers (SQL shells, BI tools, `dealwire sql`) open DEALWIRE_WAREHOUSE. The pipeline never
writes that file: it writes its private build copy, checkpoints it, copies it next to the
published file and renames over it. A reader that already has the old file open keeps its
consistent snapshot (the old inode); the next open sees the new one. A crash at any point
leaves either the old or the new file, never a half-written one (a killed copy's leftover is
deleted by the next publish).
"""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

import duckdb

# A copy being written: `.<name>.publishing-<pid>` beside the published file. A publisher killed
# mid-copy leaves one behind; the next publish removes it.
_STAGING_PREFIX = ".{name}.publishing-"


def publish_warehouse(build_database: Path, warehouse: Path) -> int:
    """Copy the build database over the published warehouse atomically; returns its size in bytes."""
    with duckdb.connect(str(build_database)) as con:
        con.execute("CHECKPOINT")  # fold the WAL into the file so a plain copy is complete
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_copies(warehouse)
    staging_copy = warehouse.with_name(f"{_STAGING_PREFIX.format(name=warehouse.name)}{os.getpid()}")
    try:
        shutil.copyfile(build_database, staging_copy)
        with open(staging_copy, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging_copy, warehouse)
    finally:
        staging_copy.unlink(missing_ok=True)
    _fsync_directory(warehouse.parent)
    return warehouse.stat().st_size


def _remove_abandoned_copies(warehouse: Path) -> None:
    """Delete half-written copies left by a publisher that was killed (its process is gone)."""
    prefix = _STAGING_PREFIX.format(name=warehouse.name)
    for leftover in warehouse.parent.glob(f"{glob.escape(prefix)}*"):
        pid = leftover.name.removeprefix(prefix)
        if pid.isdigit() and int(pid) != os.getpid() and not _process_exists(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
