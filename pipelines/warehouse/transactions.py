"""All-or-nothing writes that survive a concurrent writer's commit.

In cluster mode the extraction shards commit to the same DuckLake tables at once. DuckLake settles
commits that do not overlap by itself, but refuses one that inserts into a table another transaction
has deleted from since it began ("Transaction conflict"): a shard replacing its rows (delete + insert)
meets exactly that. The transaction is then rolled back whole and run again on the new snapshot; its
work is a function of the database state plus rows already computed, so re-running it is safe.
On the single-writer build database a conflict never happens and this is one plain transaction.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable

import duckdb

log = logging.getLogger(__name__)

ATTEMPTS = 20


def is_commit_conflict(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.TransactionException) and "conflict" in str(exc).lower()


def in_transaction(con: duckdb.DuckDBPyConnection, work: Callable[[], object], attempts: int = ATTEMPTS,
                   wait_s: float = 0.05) -> None:
    """Run ``work`` in one transaction; on a commit conflict roll back and run it again (``attempts``)."""
    for attempt in range(1, attempts + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            work()
            con.execute("COMMIT")
            return
        except BaseException as exc:
            _rollback(con)
            if attempt == attempts or not is_commit_conflict(exc):
                raise
            log.info("commit conflict with a concurrent writer (attempt %d); retrying", attempt)
        # Jittered exponential backoff, capped: two shards that collided should not collide again.
        time.sleep(min(wait_s * 2 ** attempt, 2.0) * random.uniform(0.5, 1.5))


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # a failed COMMIT has already ended the transaction
        con.execute("ROLLBACK")
