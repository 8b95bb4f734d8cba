"""The throwaway servers of the cluster mode start on free loopback ports and are stopped by pid,
also when the block using them fails."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from pipelines.cluster.servers import start_postgres, start_redis
from pipelines.cluster.session import cluster_session

pytestmark = pytest.mark.cluster


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited (its parent has not reaped it yet)


def _accepting(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def test_postgres_and_redis_start_and_stop_by_pid(tmp_path: Path) -> None:
    postgres, redis = start_postgres(), start_redis(tmp_path)
    try:
        assert _accepting(postgres.port) and _accepting(redis.port)
        assert postgres.create_database("probe").endswith(f":{postgres.port}/probe")
    finally:
        redis.stop()
        postgres.stop()
    assert not _alive(postgres.process.pid) and not _alive(redis.process.pid)
    assert not _accepting(postgres.port) and not _accepting(redis.port)
    assert not postgres.root.exists()


def test_a_failing_session_stops_every_server_and_worker(tmp_path: Path) -> None:
    pids: list[int] = []
    with pytest.raises(RuntimeError, match="planted"), cluster_session(1, {}, root=tmp_path) as session:
        worker = session.workers[0]
        pids += [session.servers.postgres.process.pid, session.servers.redis.process.pid,
                 worker.process.pid, *worker.pool_pids()]
        # postgres, redis, dagster-celery and its celery worker (the threads pool has no process).
        assert len(pids) >= 4
        raise RuntimeError("planted")
    assert [pid for pid in pids if _alive(pid)] == []
