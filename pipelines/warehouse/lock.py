"""One writer at a time on the build warehouse, across processes.

Dagster's run queue already serializes runs it launches; this lock also covers
`dagster asset materialize` and `dealwire run` started by hand beside the daemon.
A second writer waits instead of failing on DuckDB's file lock. The lock is `filelock`'s
(an OS-level lock on the file, released when the holder's process dies).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock


class WriterLockTimeout(RuntimeError):
    pass


@contextmanager
def writer_lock(lock_path: Path, timeout_s: float = 6 * 3600, poll_s: float = 1.0) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    # The file stays: deleting a lock file while another process waits on it would let two writers in.
    lock = filelock.FileLock(lock_path, timeout=timeout_s, poll_interval=poll_s, preserve_lock_file=True)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise WriterLockTimeout(f"another dealwire run holds {lock_path}") from None
    try:
        yield
    finally:
        lock.release()
