"""The throwaway PostgreSQL server starts, answers on loopback, and is gone after the block."""

from __future__ import annotations

import os
from pathlib import Path

from tests.cluster.postgres_server import throwaway_postgres


def test_the_server_answers_and_stops_with_the_block(tmp_path: Path) -> None:
    with throwaway_postgres(tmp_path) as server:
        dsn = server.create_database("smoke")
        assert server.psql("SELECT 40 + 2", dbname="smoke").strip() == "42"
        assert "host=127.0.0.1" in dsn and f"port={server.port}" in dsn
        pid = server.pid
    try:
        os.kill(pid, 0)
        alive = True
    except ProcessLookupError:
        alive = False
    assert not alive
