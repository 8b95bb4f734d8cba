"""Fixtures of the cluster tests: a throwaway PostgreSQL server per test session (postgres_server.py)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.cluster.postgres_server import PostgresServer, postgres_bin_dir, throwaway_postgres

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    if postgres_bin_dir() is None:
        pytest.fail("PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does)")
    with throwaway_postgres(tmp_path_factory.mktemp("pg")) as server:
        yield server


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> str:
    """DSN of a new, empty database on the session's server (one per test)."""
    return postgres_server.create_database(f"test_{next(_database_numbers)}")
