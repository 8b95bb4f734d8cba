"""The publish step's promises (README, *Build copy + atomic publish*), on real files and a real kill.

- The published file is replaced, never written in place: its inode changes on every publish, and a
  reader holding the old file keeps reading the old content.
- A publisher killed with SIGKILL in the middle of its copy leaves the published file byte for byte as it
  was and readable; the next publish removes the half-written copy and completes.

The kill lands during the real copy: the child process runs `publish_warehouse` unchanged; the kernel
copy call it makes (`os.sendfile`, what `shutil.copyfile` uses on Linux) writes one 64 KiB chunk,
reports on a pipe and waits, and the parent kills it then, with the copy half done.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse.publish import publish_warehouse
from tests.conftest import REPO_ROOT

ROWS = 200_000  # a build database of several MB: many chunks to copy


def _build_database(path: Path, label: str) -> Path:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE facts AS SELECT range AS id, ? || range::VARCHAR AS label FROM range(?)",
                    [label, ROWS])
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _labels(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT DISTINCT left(label, 3) FROM facts").fetchall()}


def test_publish_replaces_the_file_instead_of_writing_into_it(tmp_path: Path) -> None:
    warehouse = tmp_path / "published" / "dealwire.duckdb"
    publish_warehouse(_build_database(tmp_path / "old.duckdb", "old"), warehouse)
    first_inode = warehouse.stat().st_ino
    with open(warehouse, "rb") as reader_holding_the_old_file:
        old_bytes = reader_holding_the_old_file.read()
        reader_holding_the_old_file.seek(0)
        publish_warehouse(_build_database(tmp_path / "new.duckdb", "new"), warehouse)
        assert reader_holding_the_old_file.read() == old_bytes, "an open reader keeps its snapshot"
    assert warehouse.stat().st_ino != first_inode, "the new warehouse is a new file renamed into place"
    assert _labels(warehouse) == {"new"}
    assert [p.name for p in warehouse.parent.iterdir()] == [warehouse.name], "no copy left beside it"


_SLOW_PUBLISHER = """
import os, sys, time
from pathlib import Path
from pipelines.warehouse.publish import publish_warehouse

real_sendfile, ready = os.sendfile, int(sys.argv[3])

def sendfile_then_wait_for_the_kill(out_fd, in_fd, offset, count):
    sent = real_sendfile(out_fd, in_fd, offset, min(count, 64 * 1024))
    os.write(ready, b"copying")  # the first chunk is on disk: the copy is under way
    time.sleep(600)  # the kill lands here, in the middle of the copy
    return sent

os.sendfile = sendfile_then_wait_for_the_kill
publish_warehouse(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_publisher_killed_mid_copy_leaves_the_published_file_intact(tmp_path: Path) -> None:
    warehouse = tmp_path / "published" / "dealwire.duckdb"
    publish_warehouse(_build_database(tmp_path / "old.duckdb", "old"), warehouse)
    before = _digest(warehouse)
    new_build = _build_database(tmp_path / "new.duckdb", "new")

    read_end, write_end = os.pipe()
    publisher = subprocess.Popen(
        [sys.executable, "-c", _SLOW_PUBLISHER, str(new_build), str(warehouse), str(write_end)],
        cwd=REPO_ROOT, pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        assert os.read(read_end, 16) == b"copying", "the publisher started copying"
        publisher.kill()
    finally:
        publisher.wait()
        os.close(read_end)
    assert publisher.returncode == -9, "the kill landed before the publish finished"

    assert _digest(warehouse) == before, "the published file is byte for byte the old one"
    assert _labels(warehouse) == {"old"}
    leftovers = [p for p in warehouse.parent.iterdir() if p != warehouse]
    assert leftovers and leftovers[0].stat().st_size < new_build.stat().st_size, "killed mid-copy"

    publish_warehouse(new_build, warehouse)
    assert _labels(warehouse) == {"new"}
    assert [p.name for p in warehouse.parent.iterdir()] == [warehouse.name], "the leftover was removed"


def test_publish_creates_missing_folders_and_includes_what_only_the_write_ahead_log_holds(
    tmp_path: Path,
) -> None:
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        # The last transaction stays in the write-ahead log (as after a killed dbt): a plain copy of the
        # database file alone would lose it; publish checkpoints first.
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
        con.execute("CREATE TABLE facts AS SELECT 'wal' AS label")
    assert build.with_name("build.duckdb.wal").exists()
    warehouse = tmp_path / "not" / "yet" / "there" / "dealwire.duckdb"
    publish_warehouse(build, warehouse)
    assert _labels(warehouse) == {"wal"}


def test_a_copy_of_a_publisher_still_running_is_left_alone(tmp_path: Path) -> None:
    warehouse = tmp_path / "dealwire.duckdb"
    other_publisher = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        its_copy = tmp_path / f".dealwire.duckdb.publishing-{other_publisher.pid}"
        its_copy.write_bytes(b"half a copy")
        dead_copy = tmp_path / ".dealwire.duckdb.publishing-999999999"  # above any pid_max: no such process
        dead_copy.write_bytes(b"half a copy")
        publish_warehouse(_build_database(tmp_path / "build.duckdb", "new"), warehouse)
        assert its_copy.exists(), "a live publisher's copy is not deleted under it"
        assert not dead_copy.exists(), "a dead publisher's copy is removed"
        assert other_publisher.poll() is None, "the check sends no signal that stops the process"
    finally:
        other_publisher.kill()
        other_publisher.wait()


def test_a_copy_of_another_users_live_publisher_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signalling another user's process is refused (EPERM): it is alive, its copy is kept. As root (CI)
    no process refuses, so the kernel's answer is given here at the call."""
    warehouse = tmp_path / "dealwire.duckdb"
    its_copy = tmp_path / ".dealwire.duckdb.publishing-4242"
    its_copy.write_bytes(b"half a copy")
    real_kill = os.kill

    def other_users_process(pid: int, signal: int) -> None:
        if pid == 4242:
            raise PermissionError(1, "Operation not permitted")
        real_kill(pid, signal)

    monkeypatch.setattr(os, "kill", other_users_process)
    publish_warehouse(_build_database(tmp_path / "build.duckdb", "new"), warehouse)
    assert its_copy.exists()
