"""A worker handed a second batch before its first batch's outcomes are read (what the extraction run does
to keep the model busy while the rules work) must not deadlock when batches and outcomes are larger than
the pipe's buffer: found by the 1,000-article benchmark, which hung in `extract_facts` with both processes
blocked on a full socket."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from pipelines.extraction.rules_worker import BudgetedWorker

ITEM_CHARS = 50_000  # 20 items a batch, each way: about 1 MB, several times a pipe's buffer


class EchoJob:
    """Answers each item with an outcome as large as the item (like spans and facts of long texts)."""

    def start(self) -> None:
        pass

    def outcomes(self, items: list[Any]) -> Iterator[tuple[str, Any, float]]:
        for item in items:
            yield "ok", item.upper(), 0.0


def _batch(letter: str) -> list[str]:
    return [letter * ITEM_CHARS for _ in range(20)]


def test_a_second_large_batch_submitted_before_the_first_is_read_does_not_deadlock() -> None:
    worker = BudgetedWorker(EchoJob(), 0, "echo")
    got: dict[str, list[Any]] = {}

    def pipelined() -> None:
        first = worker.submit(_batch("a"), [ITEM_CHARS] * 20)
        second = worker.submit(_batch("b"), [ITEM_CHARS] * 20)  # before any outcome of the first is read
        got["first"] = list(worker.outcomes(first))
        got["second"] = list(worker.outcomes(second))

    thread = threading.Thread(target=pipelined, daemon=True)
    thread.start()
    thread.join(timeout=120)  # the deadlock never ends; this only bounds how long the test waits for it
    hung = thread.is_alive()
    worker.close()  # frees a hung thread: its send fails once the worker is gone
    assert not hung, "submit blocked for ever: the worker was blocked sending outcomes nobody read"
    assert got["first"] == [item.upper() for item in _batch("a")]
    assert got["second"] == [item.upper() for item in _batch("b")]


def test_outcomes_read_ahead_by_a_submit_come_back_once_and_in_order() -> None:
    with BudgetedWorker(EchoJob(), 0, "echo") as worker:
        first = worker.submit(["x1", "x2", "x3"], [2, 2, 2])
        second = worker.submit(["y1"], [2])  # reads the first batch's three outcomes ahead
        third = worker.submit(["z1", "z2"], [2, 2])
        assert list(worker.outcomes(first)) == ["X1", "X2", "X3"]
        assert list(worker.outcomes(second)) == ["Y1"]
        assert list(worker.outcomes(third)) == ["Z1", "Z2"]
