"""`read_files` on a few small files: in order, in this process below the threshold, in workers above it,
and the files after a dead worker read here. Fast enough to run for each mutant of `parallel_read.py`."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from pipelines.ingest.reader import IngestError, RawArticle
from pipelines.warehouse import parallel_read
from pipelines.warehouse.parallel_read import read_files

BODY = (
    "Northwind Analytics said on Monday that it had signed a partnership agreement with Contoso Bank "
    "to build a cloud platform for small business lending. The two companies did not disclose terms.\n"
)


def _files(raw: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = raw / f"{number:02d}.txt"
        path.write_text(f"Company {number} signs a deal\n\n{BODY}" if number != 1 else "")
        paths.append(path)
    return paths


def _outcome(result: RawArticle | IngestError) -> tuple[str, str]:
    return (result.source_path, "ok" if isinstance(result, RawArticle) else "error")


def test_below_the_threshold_files_are_read_here_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, 3)

    def no_pool(*args, **kwargs):
        raise AssertionError("workers started for a small batch")

    monkeypatch.setattr(parallel_read, "ProcessPoolExecutor", no_pool)
    results = list(read_files(paths, tmp_path, 1 << 20, processes=2, parallel_from=4))
    assert [_outcome(r) for r in results] == [("00.txt", "ok"), ("01.txt", "error"), ("02.txt", "ok")]
    assert results[0].clean_text.startswith("Company 0")
    assert len(list(read_files(paths, tmp_path, 1 << 20, processes=1, parallel_from=1))) == 3
    small = list(read_files(paths[:1], tmp_path, max_bytes=10, processes=1))
    assert isinstance(small[0], IngestError)  # max_bytes reaches the reader


class _Pool:
    """Stands in for the process pool: maps in this process and records the windows it was given."""

    def __init__(self) -> None:
        self.windows: list[list[str]] = []
        self.args: tuple = ()

    def __call__(self, processes, mp_context):
        self.args = (processes, mp_context.get_start_method())
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map(self, function, paths, raw_dirs, max_bytes, chunksize):
        window = list(paths)
        self.windows.append([p.name for p in window])
        for path, raw_dir, limit in zip(window, raw_dirs, max_bytes, strict=False):
            yield function(path, raw_dir, limit)


def test_above_the_threshold_files_are_read_by_workers_window_by_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, 5)
    pool = _Pool()
    monkeypatch.setattr(parallel_read, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(parallel_read, "_WINDOW", 2)
    results = list(read_files(paths, tmp_path, 1 << 20, processes=3, parallel_from=5))
    assert pool.args == (3, "spawn")
    assert pool.windows == [["00.txt", "01.txt"], ["02.txt", "03.txt"], ["04.txt"]]
    expected = [(p.name, "error" if p.name == "01.txt" else "ok") for p in paths]  # 01.txt is empty
    assert [_outcome(r) for r in results] == expected
    too_big = list(read_files(paths, tmp_path, max_bytes=10, processes=3, parallel_from=5))
    assert [_outcome(r)[1] for r in too_big] == ["error"] * 5  # each worker gets the size limit


def test_after_a_worker_dies_the_remaining_files_are_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, 4)
    done: list[str] = []

    class Dying(_Pool):
        def map(self, function, paths_, raw_dirs, max_bytes, chunksize):
            window = list(paths_)
            self.windows.append([p.name for p in window])
            for path, raw_dir, limit in zip(window, raw_dirs, max_bytes, strict=False):
                if len(done) == 3:
                    raise BrokenProcessPool("a reader died")
                done.append(path.name)
                yield function(path, raw_dir, limit)

    pool = Dying()
    monkeypatch.setattr(parallel_read, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(parallel_read, "_WINDOW", 2)
    results = list(read_files(paths, tmp_path, 1 << 20, processes=2, parallel_from=2))
    assert pool.windows == [["00.txt", "01.txt"], ["02.txt", "03.txt"]]  # two processes: workers asked for
    assert [r.source_path for r in results] == ["00.txt", "01.txt", "02.txt", "03.txt"]
    assert isinstance(results[3], RawArticle)
    done.clear()
    too_big = list(read_files(paths, tmp_path, max_bytes=10, processes=2, parallel_from=2))
    assert [_outcome(r)[1] for r in too_big] == ["error"] * 4  # the size limit holds for the rest read here


def test_real_worker_processes_read_the_same_as_this_process(tmp_path: Path) -> None:
    paths = _files(tmp_path, 3)
    here = [_outcome(r) for r in read_files(paths, tmp_path, 1 << 20, processes=1)]
    there = [_outcome(r) for r in read_files(paths, tmp_path, 1 << 20, processes=2, parallel_from=2)]
    assert there == here
    too_big = list(read_files(paths, tmp_path, max_bytes=10, processes=2, parallel_from=2))
    assert [_outcome(r)[1] for r in too_big] == ["error"] * 3  # the size limit reaches the workers
    assert "10 bytes" in too_big[0].reason or "limit" in too_big[0].reason
    assert parallel_read.PARALLEL_FROM_FILES == 200  # the default threshold: small runs stay in-process
