"""The statistical NER pass in a process of its own, so the rules can run on the other core meanwhile.

The spaCy pass is the one step the pipeline cannot avoid; everything else (rules, storage) is
Python on one core. With the model in a worker process, batch k+1 goes through the model while the
main process runs the rules on batch k and stores it: on two cores the extraction costs about as
much wall time as the model alone. Only texts go in and (start, end, label) spans come out, so the
traffic between the processes is small.

A worker that dies (out of memory on a huge text, killed) fails the batch it was reading with
``NerWorkerDied``; the next ``submit`` starts a fresh one. A worker whose parent dies (the run is
killed) exits by itself instead of lingering with the model in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pipelines.extraction.nlp import NerSpan, entities_many, load_model

_PARENT_CHECK_SECONDS = 0.5


class NerWorkerDied(RuntimeError):
    """The entity-recognition process died while reading a batch (out of memory, or killed)."""


class NerWorker:
    """One background process holding the model; ``submit`` returns the entity spans as a Future."""

    def __init__(self, model_name: str, batch_size: int = 32) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self._pool: ProcessPoolExecutor | None = None
        # Time the caller spent blocked on results: near the model's whole time when the model is the
        # bottleneck (rules keep up), near zero when the rules are.
        self.waited_s = 0.0

    def submit(self, texts: Sequence[str]) -> Future[list[list[NerSpan]]]:
        """Entity spans of each text, in order, computed in the worker; a dead worker is replaced."""
        if self._pool is None:
            # spawn, not fork: the parent may run threads (Dagster's) that a fork would copy mid-lock.
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.model_name, os.getpid()),
            )
        try:
            return self._pool.submit(_entities_of, list(texts), self.batch_size)
        except BrokenProcessPool:
            self._discard_pool()
            return self.submit(texts)

    def _discard_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def result(self, future: Future[list[list[NerSpan]]]) -> list[list[NerSpan]]:
        """The spans of a submitted batch; a batch that killed the worker also retires the worker."""
        started = time.perf_counter()
        try:
            return future.result()
        except BrokenProcessPool as error:
            self._discard_pool()
            raise NerWorkerDied(
                "the entity-recognition process died while reading this batch (out of memory or killed)"
            ) from error
        finally:
            self.waited_s += time.perf_counter() - started

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> NerWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_worker_model: str | None = None


def _start_worker(model_name: str, parent_pid: int) -> None:
    global _worker_model
    _worker_model = model_name
    load_model(model_name)  # once per worker: load_model is cached
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()


def _exit_when_orphaned(parent_pid: int) -> None:
    # A killed parent cannot shut the pool down; without this the worker would wait for work forever.
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _entities_of(texts: list[str], batch_size: int) -> list[list[NerSpan]]:
    nlp = load_model(_worker_model)  # the instance _start_worker loaded (load_model is cached)
    return [spans for _, _, spans in entities_many(nlp, ((text, None) for text in texts), batch_size)]
