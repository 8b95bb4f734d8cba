"""The writer lock on the build warehouse: a second writer waits, then gives up with a clear error."""

from pathlib import Path

import pytest

from pipelines.warehouse.lock import WriterLockTimeout, writer_lock


def test_a_second_writer_gives_up_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    lock_path = tmp_path / "build" / "dealwire.duckdb.lock"
    with (writer_lock(lock_path), pytest.raises(WriterLockTimeout, match="another dealwire run holds"),
          writer_lock(lock_path, timeout_s=0.05, poll_s=0.01)):
        pass


def test_the_lock_is_free_again_once_released_and_its_file_stays(tmp_path: Path) -> None:
    lock_path = tmp_path / "dealwire.duckdb.lock"
    with writer_lock(lock_path):
        pass
    with writer_lock(lock_path, timeout_s=0.05, poll_s=0.01):
        assert lock_path.exists()
    assert lock_path.exists()
