"""The rule stages in a process of their own, each article within its own time budget; the model too.

Rules are regular expressions and Python loops; all of them are meant to be linear in the text
(``benchmarks/regex_audit.py`` checks), but a text nobody foresaw could still make one slow, and
CPython's ``re`` cannot be interrupted mid-match (a signal handler runs only between bytecodes).
So the budget is enforced where it can be: the work runs in a worker process, which the run kills
when an article takes longer than its budget. The article is reported as stopped (``OverBudget``,
naming the stage), a fresh worker takes the rest of the batch, and the run goes on.

``BudgetedWorker`` is that mechanism, for any stage: the rules (``RulesWorker``) and the entity model
(``ner_worker.NerWorker``) both run through it. It is a plain ``multiprocessing`` process on a pipe, not
a pool: a pool offers no public way to kill a worker stuck in C code. The worker reads batches in the
order they were submitted and sends each article's result back as soon as it is ready, so each
article's budget starts when the previous article's result arrived, and the main process (storing)
keeps working meanwhile. A stage that reads several articles at once (the model batches them) counts
the articles it may be reading with an article's budget (``lookahead``).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from typing import Any, Protocol

from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.nlp import NerSpan

BUDGET_ENV_VAR = "DEALWIRE_EXTRACTION_BUDGET"
LANES_ENV_VAR = "DEALWIRE_RULES_PROCESSES"
DEFAULT_SECONDS_PER_100K_CHARS = 3.0
# A short article gets this much at least: starting it costs a pipe round trip, and a loaded machine
# must not stop a normal article (under load average 12-20 a seed article's rules took 1.7-3.2 s where
# they take 0.1 s on a quiet machine; 2 s stopped it). A stopped short article costs this once.
MIN_BUDGET_SECONDS = 10.0
_PARENT_CHECK_SECONDS = 0.5
_PRELOAD = "pipelines.extraction.rules_preload"

RulesInput = tuple[str, date | None, list[NerSpan]]  # (clean_text, published, entity spans)
# facts_from_entities by default; must be importable by name (it is sent to a spawned process).
Rules = Callable[[str, date | None, list[NerSpan], Gazetteer], ArticleFacts]


class OverBudget(Exception):  # noqa: N818 - it is an outcome reported per article, not a crash
    """A stage took longer than the article's budget and was stopped."""

    def __init__(
        self, chars: int, budget_s: float, seconds_per_100k: float, stage: str = "rules", scale: float = 1.0
    ) -> None:
        self.chars = chars
        self.budget_s = budget_s
        self.stage = stage
        scaled = f", times {scale:g} for the {stage}" if scale != 1 else ""
        super().__init__(
            f"stopped: the {stage} ran past this article's time budget of {budget_s:.1f} s "
            f"({chars:,} characters at {seconds_per_100k:g} s per 100,000, at least "
            f"{MIN_BUDGET_SECONDS:g} s{scaled}; {BUDGET_ENV_VAR}); it is tried again when its text or the "
            "extractor version changes"
        )


class RulesFailed(RuntimeError):
    """A stage raised on an article, or its process died on it (out of memory, killed)."""


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


class Job(Protocol):
    """What a budgeted worker runs; sent to the spawned process, so picklable."""

    def start(self) -> None:
        """Load what the job needs, once per process, before any article's budget starts."""

    def outcomes(self, items: list[Any]) -> Iterator[tuple[str, Any, float]]:
        """("ok", result, seconds) or ("error", reason, 0.0) for each item, in order, as each is ready."""


@dataclass
class Batch:
    """Items submitted to a budgeted worker; its outcomes are read with ``BudgetedWorker.outcomes``."""

    items: list[Any]
    chars: list[int]
    received: int = 0
    results: list[Any] = field(default_factory=list)


class BudgetedWorker:
    """One killable process running ``job``; each item within its budget of ``seconds_per_100k``."""

    def __init__(
        self, job: Job, seconds_per_100k: float, stage: str, lookahead: int = 1, scale: float = 1.0,
        start_method: str = "spawn",
    ) -> None:
        self.job = job
        # spawn, not fork: the parent may run threads (Dagster's) that a fork would copy mid-lock. The
        # rules use a fork server (a clean process started the same way, forking each worker).
        self.start_method = start_method
        self.seconds_per_100k = seconds_per_100k  # 0: no budget, the item may take as long as it takes
        self.stage = stage
        self.scale = scale  # the stage's budget is this many times the rules' (the model's is larger)
        self.lookahead = max(1, lookahead)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._pending: deque[Batch] = deque()  # submitted, not all outcomes read yet, in order
        self.waited_s = 0.0  # time the caller spent blocked on outcomes
        self._closed_cpu_s = 0.0  # CPU of this worker's processes that are gone (read before the kill)

    def submit(self, items: Sequence[Any], chars: Sequence[int]) -> Batch:
        """Hand a batch to the worker once it has answered the batches submitted before.

        The earlier batches' outcomes are read into memory first: a worker blocked on sending outcomes
        nobody reads never reads the new batch, and a batch larger than the pipe's buffer would then
        block this process too, both for ever. The caller still gets the overlap it wants: the worker
        reads this batch while the caller works on the earlier one's outcomes.
        """
        for pending in self._pending:
            while pending.received < len(pending.items):
                pending.results.append(self._next_outcome(pending))
        batch = Batch(list(items), list(chars))
        self._pending.append(batch)
        if batch.items:
            self._ready().send(batch.items)
        return batch

    def outcomes(self, batch: Batch) -> Iterator[Any]:
        """The batch's results in order; ``OverBudget`` / ``RulesFailed`` in place of an article's."""
        while self._pending and self._pending[0] is not batch:
            list(self.outcomes(self._pending[0]))  # read in submission order
        while batch.results:
            yield batch.results.pop(0)  # read ahead by a later submit
        while batch.received < len(batch.items):
            yield self._next_outcome(batch)
        if self._pending and self._pending[0] is batch:
            self._pending.popleft()

    def _next_outcome(self, batch: Batch) -> Any:
        outcome = self._receive(batch)
        batch.received += 1
        if self._conn is None and batch.received < len(batch.items):
            self._resend()  # the worker is gone: a fresh one takes the rest, then later batches
        return outcome

    def run(self, items: Sequence[Any], chars: Sequence[int]) -> Iterator[Any]:
        return self.outcomes(self.submit(items, chars))

    def _budget(self, batch: Batch) -> float | None:
        if self.seconds_per_100k <= 0:
            return None
        index = batch.received
        chars = sum(batch.chars[index : index + self.lookahead])
        return self.scale * budget_seconds(chars, self.seconds_per_100k)

    def _receive(self, batch: Batch) -> Any:
        budget = self._budget(batch)
        chars = batch.chars[batch.received]
        started = time.perf_counter()
        try:
            conn = self._conn or self._resend()
            if conn.poll(budget):
                kind, payload, seconds = conn.recv()
                if kind == "ok":
                    return _timed(payload, seconds)
                return RulesFailed(payload)  # the stage raised; the worker goes on with the next article
        except (EOFError, OSError):
            self.close(keep_pending=True)
            return RulesFailed(f"the {self.stage} process died on this article (out of memory or killed)")
        finally:
            self.waited_s += time.perf_counter() - started
        self.close(keep_pending=True)
        return OverBudget(chars, budget or 0.0, self.seconds_per_100k, self.stage, self.scale)

    def _resend(self) -> Connection:
        conn = self._ready()
        for pending in self._pending:
            if pending.received < len(pending.items):
                conn.send(pending.items[pending.received :])
        return conn

    def _ready(self) -> Connection:
        if self._conn is None:
            context = multiprocessing.get_context(self.start_method)
            parent_end, child_end = context.Pipe()
            process = context.Process(
                target=_serve, args=(child_end, self.job), daemon=True,
                name=f"dealwire-{self.stage.replace(' ', '-')}",
            )
            process.start()
            child_end.close()
            # Wait for the imports outside any article's budget: starting is not the article's fault.
            try:
                started = parent_end.recv()
            except EOFError:
                started = None
            if started != "ready":
                process.kill()
                raise RulesFailed(f"the {self.stage} process did not start")
            self._process, self._conn = process, parent_end
        return self._conn

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def cpu_s(self) -> float:
        """CPU seconds (user + system) of every process this worker started, live or gone: what the
        stage cost, to set beside the wall time of the run (who waited on whom)."""
        return self._closed_cpu_s + (process_cpu_seconds(self.pid) if self.pid is not None else 0.0)

    def close(self, keep_pending: bool = False) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None and process.pid is not None:
            self._closed_cpu_s += process_cpu_seconds(process.pid)
        if not keep_pending:
            self._pending.clear()
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()  # a stuck regular expression ignores anything gentler
        if process is not None:
            process.join()

    def __enter__(self) -> BudgetedWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a live process from ``/proc/<pid>/stat``; 0.0 where that cannot be
    read (gone, or no /proc): the accounting is for reports, never for a decision."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()  # the name in parentheses may hold spaces
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime (fields 14, 15)
    except (OSError, ValueError, IndexError):
        return 0.0


def _timed(payload: Any, seconds: float) -> Any:
    if isinstance(payload, ArticleFacts):
        payload.rules_seconds = seconds
    return payload


@dataclass
class RulesJob:
    """Every rule stage on one article after the other (``facts_from_entities`` unless told)."""

    gazetteer: Gazetteer
    rules: Rules | None = None

    def start(self) -> None:
        if self.rules is None:
            from pipelines.extraction.extract import facts_from_entities  # extract.py imports us
            from pipelines.extraction.syntax import load_parser

            self.rules = facts_from_entities
            # What the rules load or compile on first use (the parser, patterns built in functions) is
            # starting the process, not the first article's fault: under load average 20 it alone took a
            # short article past its 2 s. So the rules read an invented text once before any budget starts.
            load_parser()
            self.rules(_WARM_UP_TEXT, None, _warm_up_spans(), self.gazetteer)

    def outcomes(self, items: list[RulesInput]) -> Iterator[tuple[str, Any, float]]:
        for text, published, spans in items:
            started = time.perf_counter()
            try:
                facts = self.rules(text, published, spans, self.gazetteer)
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure by the run
                yield "error", f"extraction failed: {type(exc).__name__}: {exc}", 0.0
                continue
            yield "ok", facts, time.perf_counter() - started


# Invented, not from any article: a company, a person with a title, a deal, a figure, a period.
_WARM_UP_TEXT = (
    "Example Holdings Ltd said on Monday that revenue rose 5% to $1 billion in 2024. Chief executive "
    "Jane Example said the company agreed to buy Sample Systems Inc for $20 million."
)




def _warm_up_spans() -> list[NerSpan]:
    # As the model would tag them: a person next to a title is what makes the rules parse a sentence.
    found = (("Example Holdings Ltd", "ORG"), ("Jane Example", "PERSON"), ("Sample Systems Inc", "ORG"))
    starts = [(_WARM_UP_TEXT.index(name), name, label) for name, label in found]
    return [(start, start + len(name), label) for start, name, label in starts]


class RulesWorker(BudgetedWorker):
    """``run`` yields each article's facts, or ``OverBudget`` / ``RulesFailed`` for that article."""

    def __init__(
        self, seconds_per_100k: float, gazetteer: Gazetteer | None = None, rules: Rules | None = None
    ) -> None:
        # Each rules process is forked from one server that loaded the rules once (rules_preload.py): a
        # stopped article's replacement process is ready in a fraction of a second, not after a new start.
        multiprocessing.get_context("forkserver").set_forkserver_preload([_PRELOAD])
        super().__init__(RulesJob(gazetteer or default_gazetteer(), rules), seconds_per_100k, "rules",
                         start_method="forkserver")

    def run(self, items: Sequence[RulesInput]) -> Iterator[ArticleFacts | OverBudget | RulesFailed]:
        """Outcomes in input order; an article over budget or killing the worker costs only itself."""
        items = list(items)
        return super().run(items, [len(item[0]) for item in items])


def rules_lanes_from_env(environ: dict[str, str] | None = None) -> int:
    """DEALWIRE_RULES_PROCESSES: rules processes working side by side; by default one per core, at most 2."""
    value = (environ if environ is not None else os.environ).get(LANES_ENV_VAR, "").strip()
    lanes = int(value) if value else min(2, os.cpu_count() or 1)
    if lanes < 1:
        raise ValueError(f"{LANES_ENV_VAR} must be 1 or more, not {value!r}")
    return lanes


class RulesPool:
    """Several ``RulesWorker`` lanes side by side, each article within its own budget in its lane.

    With the model reading only prose (``model_input.py``), a night of long or odd files is the rules'
    time, and one process uses one core. Each lane is a killable worker with its own budget clock; a
    thread per lane hands its worker one article at a time and waits on it (the wait releases the GIL), so
    an article's budget starts when it is handed over, and one lane burning a stopped article's budget does
    not hold up the other lane's articles. Outcomes come back in input order.
    """

    def __init__(self, make_lane: Callable[[], RulesWorker], lanes: int = 2) -> None:
        self.lanes = [make_lane() for _ in range(max(1, lanes))]

    def run(self, items: Sequence[RulesInput]) -> Iterator[ArticleFacts | OverBudget | RulesFailed]:
        items = list(items)
        outcomes: list[Any] = [None] * len(items)
        # Longest first, each lane taking the next article when it is free: one lane on a stopped file or
        # a 20 MB token, the other goes through the rest (characters say little about time: a stopped
        # 1 MB file costs its whole budget, a 20 MB token a fraction of its own).
        waiting = deque(sorted(range(len(items)), key=lambda index: -len(items[index][0])))
        lock = threading.Lock()

        def work(lane: RulesWorker) -> None:
            while True:
                with lock:
                    if not waiting:
                        return
                    index = waiting.popleft()
                try:
                    (outcomes[index],) = lane.run([items[index]])  # its budget starts now, in this lane
                except Exception as exc:  # noqa: BLE001 - this article's failure, the lane goes on
                    outcomes[index] = RulesFailed(f"extraction failed: {type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=work, args=(lane,), daemon=True)
                   for lane in self.lanes[: max(1, len(items))]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return iter(outcomes)

    @property
    def cpu_s(self) -> float:
        """CPU seconds of every lane's processes (``BudgetedWorker.cpu_s``)."""
        return sum(lane.cpu_s for lane in self.lanes)

    def close(self) -> None:
        for lane in self.lanes:
            lane.close()

    def __enter__(self) -> RulesPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _serve(conn: Connection, job: Job) -> None:
    # The run's process, or the fork server (which ends with the run): whichever started this one.
    parent_pid = os.getppid()
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    job.start()
    conn.send("ready")
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return  # the run closed the pipe: nothing more to do
        for outcome in job.outcomes(items):
            conn.send(outcome)


def _exit_when_orphaned(parent_pid: int) -> None:
    # A killed run cannot stop this process; without this it would wait for work forever.
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)
