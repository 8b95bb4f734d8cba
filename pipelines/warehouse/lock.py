"""One writer at a time on the build warehouse, across processes.

Dagster's run queue already serializes runs it launches; this lock also covers
`dagster asset materialize` and `dealwire run` started by hand beside the daemon.
A second writer waits instead of failing on DuckDB's file lock.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriterLockTimeout(RuntimeError):
    pass


@contextmanager
def writer_lock(lock_path: Path, timeout_s: float = 6 * 3600, poll_s: float = 1.0) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WriterLockTimeout(f"another dealwire run holds {lock_path}") from None
                time.sleep(poll_s)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock
