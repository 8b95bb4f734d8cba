"""Fixtures of the cluster tests: one throwaway PostgreSQL server per test session, started and stopped
by the same code the cluster command uses (pipelines/cluster/servers.py)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from pipelines.cluster.servers import Postgres, ServerError, postgres_bin_dir, start_postgres

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Postgres]:
    try:
        postgres_bin_dir()
    except ServerError as missing:
        pytest.fail(f"{missing} (scripts/test.sh installs it)")
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_dsn(postgres_server: Postgres) -> str:
    """libpq DSN of a new, empty database on the session's server (one per test)."""
    name = f"test_{next(_database_numbers)}"
    postgres_server.create_database(name)
    return postgres_server.lake_catalog(name).removeprefix("postgres:")
