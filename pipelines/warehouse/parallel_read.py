"""Reading and cleaning files on every core: the ingest step's CPU work, in input order.

Decoding, HTML extraction (trafilatura) and chrome stripping are pure functions of a file, so they
spread over worker processes without changing any result. Small batches (a nightly re-run reads a
handful of changed files) stay in this process: starting workers costs more than it saves.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from pathlib import Path

from pipelines.ingest.reader import IngestError, RawArticle, read_article_file

log = logging.getLogger(__name__)

PARALLEL_FROM_FILES = 200
_WINDOW = 256  # files in flight at once: results are consumed in order, memory stays flat
_CHUNK = 8


def read_files(
    paths: Sequence[Path], raw_dir: Path, max_bytes: int, processes: int = 1,
    parallel_from: int | None = None,
) -> Iterator[RawArticle | IngestError]:
    """``read_article_file`` for each path, in order; with ``processes`` > 1 in worker processes."""
    if processes <= 1 or len(paths) < (parallel_from or PARALLEL_FROM_FILES):
        yield from (read_article_file(path, raw_dir, max_bytes=max_bytes) for path in paths)
        return
    done = 0
    # spawn, not fork: the parent may run threads (Dagster's) that a fork would copy mid-lock.
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            for start in range(0, len(paths), _WINDOW):
                window = paths[start : start + _WINDOW]
                for result in pool.map(_read, window, repeat(raw_dir), repeat(max_bytes), chunksize=_CHUNK):
                    done += 1
                    yield result
        except BrokenProcessPool:
            # A file that crashes the reader natively: read the rest here, where each file's error is
            # caught and reported by read_article_file (and a real crash is the run's, as without workers).
            log.warning("a reader process died; reading the remaining %d files in this process",
                        len(paths) - done)
    yield from (read_article_file(path, raw_dir, max_bytes=max_bytes) for path in paths[done:])


def _read(path: Path, raw_dir: Path, max_bytes: int) -> RawArticle | IngestError:
    return read_article_file(path, raw_dir, max_bytes=max_bytes)
