"""The rule stages in a process of their own, each article within its own time budget.

Rules are regular expressions and Python loops; all of them are meant to be linear in the text
(``benchmarks/regex_audit.py`` checks), but a text nobody foresaw could still make one slow, and
CPython's ``re`` cannot be interrupted mid-match (a signal handler runs only between bytecodes).
So the budget is enforced where it can be: the rules run in a worker process, which the run kills
when an article takes longer than its budget. The article is reported as stopped (``OverBudget``),
a fresh worker takes the rest of the batch, and the run goes on.

The worker is a plain ``multiprocessing`` process on a pipe, not a pool: a pool offers no public way
to kill a worker stuck in C code. It runs articles one after the other and sends each article's facts
back as soon as they are ready, so each article's budget starts when the previous one is done, and
the main process (storing) and the model's process (reading the next batch) keep working meanwhile.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from multiprocessing.connection import Connection

from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.nlp import NerSpan

BUDGET_ENV_VAR = "DEALWIRE_EXTRACTION_BUDGET"
DEFAULT_SECONDS_PER_100K_CHARS = 3.0
# A short article gets this much at least: starting it costs a pipe round trip, and a loaded
# machine should not stop a normal article.
MIN_BUDGET_SECONDS = 2.0
_PARENT_CHECK_SECONDS = 0.5

RulesInput = tuple[str, date | None, list[NerSpan]]  # (clean_text, published, entity spans)
# facts_from_entities by default; must be importable by name (it is sent to a spawned process).
Rules = Callable[[str, date | None, list[NerSpan], Gazetteer], ArticleFacts]


class OverBudget(Exception):  # noqa: N818 - it is an outcome reported per article, not a crash
    """The rules took longer than the article's budget and were stopped."""

    def __init__(self, chars: int, budget_s: float, seconds_per_100k: float) -> None:
        self.chars = chars
        self.budget_s = budget_s
        super().__init__(
            f"stopped: the rules ran past this article's time budget of {budget_s:.1f} s "
            f"({chars:,} characters at {seconds_per_100k:g} s per 100,000, at least "
            f"{MIN_BUDGET_SECONDS:g} s; {BUDGET_ENV_VAR}); it is tried again when its text or the "
            "extractor version changes"
        )


class RulesFailed(RuntimeError):
    """The rules raised on an article, or their process died on it (out of memory, killed)."""


def budget_seconds(chars: int, seconds_per_100k: float) -> float:
    return max(MIN_BUDGET_SECONDS, seconds_per_100k * chars / 100_000)


def seconds_per_100k_from_env(environ: dict[str, str] | None = None) -> float:
    """DEALWIRE_EXTRACTION_BUDGET: seconds per 100,000 characters; 0 runs the rules unbounded in-process."""
    value = (environ if environ is not None else os.environ).get(BUDGET_ENV_VAR, "").strip()
    if not value:
        return DEFAULT_SECONDS_PER_100K_CHARS
    seconds = float(value)
    if seconds < 0:
        raise ValueError(f"{BUDGET_ENV_VAR} must be 0 (no budget) or a positive number, not {value!r}")
    return seconds


class RulesWorker:
    """``run`` yields each article's facts, or ``OverBudget`` / ``RulesFailed`` for that article."""

    def __init__(
        self, seconds_per_100k: float, gazetteer: Gazetteer | None = None, rules: Rules | None = None
    ) -> None:
        self.seconds_per_100k = seconds_per_100k
        self.gazetteer = gazetteer or default_gazetteer()
        self.rules = rules
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def run(self, items: Sequence[RulesInput]) -> Iterator[ArticleFacts | OverBudget | RulesFailed]:
        """Outcomes in input order; an article over budget or killing the worker costs only itself."""
        items = list(items)
        next_index = 0
        while next_index < len(items):
            conn = self._ready()
            conn.send(items[next_index:])
            for text, _, _ in items[next_index:]:
                outcome = self._receive(conn, len(text))
                next_index += 1
                yield outcome
                if self._conn is None:
                    break  # the worker is gone: a fresh one takes the rest of the batch

    def _receive(self, conn: Connection, chars: int) -> ArticleFacts | OverBudget | RulesFailed:
        budget = budget_seconds(chars, self.seconds_per_100k)
        try:
            if conn.poll(budget):
                kind, payload, seconds = conn.recv()
                if kind == "facts":
                    payload.rules_seconds = seconds
                    return payload
                return RulesFailed(payload)  # the rules raised; the worker goes on with the next article
        except (EOFError, OSError):
            self.close()
            return RulesFailed("the rules process died on this article (out of memory or killed)")
        self.close()
        return OverBudget(chars, budget, self.seconds_per_100k)

    def _ready(self) -> Connection:
        if self._conn is None:
            # spawn, not fork: the parent may run threads (Dagster's) that a fork would copy mid-lock.
            context = multiprocessing.get_context("spawn")
            parent_end, child_end = context.Pipe()
            process = context.Process(
                target=_serve, args=(child_end, self.gazetteer, self.rules, os.getpid()), daemon=True,
                name="dealwire-rules",
            )
            process.start()
            child_end.close()
            # Wait for the imports outside any article's budget: starting is not the article's fault.
            if parent_end.recv() != "ready":
                raise RuntimeError("the rules process did not start")
            self._process, self._conn = process, parent_end
        return self._conn

    def close(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()  # a stuck regular expression ignores anything gentler
        if process is not None:
            process.join()

    def __enter__(self) -> RulesWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _serve(conn: Connection, gazetteer: Gazetteer, rules: Rules | None, parent_pid: int) -> None:
    if rules is None:
        from pipelines.extraction.extract import facts_from_entities as rules  # extract.py imports us

    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    conn.send("ready")
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return  # the run closed the pipe: nothing more to do
        for text, published, spans in items:
            started = time.perf_counter()
            try:
                facts = rules(text, published, spans, gazetteer)
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure by the run
                conn.send(("error", f"extraction failed: {type(exc).__name__}: {exc}", 0.0))
                continue
            conn.send(("facts", facts, time.perf_counter() - started))


def _exit_when_orphaned(parent_pid: int) -> None:
    # A killed run cannot stop this process; without this it would wait for work forever.
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)
