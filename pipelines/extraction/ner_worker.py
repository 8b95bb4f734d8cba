"""The statistical NER pass in a process of its own, so the rules can run on the other core meanwhile,
and each article's model pass within a time budget.

The spaCy pass is the one step the pipeline cannot avoid; everything else (rules, storage) is
Python on one core. With the model in a worker process, batch k+1 goes through the model while the
main process runs the rules on batch k and stores it: on two cores the extraction costs about as
much wall time as the model alone. Only texts go in and (start, end, label) spans come out, so the
traffic between the processes is small.

The process is a ``BudgetedWorker`` (``rules_worker.py``), the same mechanism as the rules': an article
whose model pass runs past its budget (``DEALWIRE_EXTRACTION_BUDGET`` x ``MODEL_BUDGET_FACTOR``; the
model batches articles, so an article's budget also covers the articles it may be read with) is stopped
and reported as ``OverBudget`` naming the model, one that kills the process (out of memory) as failed,
and a fresh process takes the rest. A worker whose parent dies (the run is killed) exits by itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pipelines.extraction.nlp import NerSpan, entities_many, load_model
from pipelines.extraction.rules_worker import (
    DEFAULT_SECONDS_PER_100K_CHARS,
    Batch,
    BudgetedWorker,
    OverBudget,
    RulesFailed,
)

# The model costs about as much per character as the rules' budget allows them on a quiet machine
# (~2.4 s per 100k characters on the benchmark machine): it gets this many times the rules' budget, so a
# loaded machine does not stop an ordinary article.
MODEL_BUDGET_FACTOR = 3.0
MODEL_STAGE = "entity model"

SpansOutcome = list[NerSpan] | OverBudget | RulesFailed


@dataclass
class ModelJob:
    model_name: str
    batch_size: int

    def start(self) -> None:
        load_model(self.model_name)  # once per worker: load_model is cached

    def outcomes(self, texts: list[str]) -> Iterator[tuple[str, Any, float]]:
        nlp = load_model(self.model_name)
        done = 0
        try:
            for _, _, spans in entities_many(nlp, ((text, None) for text in texts), self.batch_size):
                done += 1
                yield "ok", spans, 0.0
        except Exception as exc:  # noqa: BLE001 - the articles left are this batch's failures
            for _ in texts[done:]:
                yield "error", f"extraction failed: the entity model raised {type(exc).__name__}: {exc}", 0.0


class NerWorker:
    """One background process holding the model; ``submit`` starts a batch, ``result`` reads its spans."""

    def __init__(
        self, model_name: str, batch_size: int = 32, seconds_per_100k: float = DEFAULT_SECONDS_PER_100K_CHARS,
        job: ModelJob | None = None,
    ) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self._worker = BudgetedWorker(
            job or ModelJob(model_name, batch_size), seconds_per_100k, MODEL_STAGE,
            lookahead=batch_size, scale=MODEL_BUDGET_FACTOR,
        )

    @property
    def waited_s(self) -> float:
        """Time the caller spent blocked on results: near the model's whole time when the model is the
        bottleneck (rules keep up), near zero when the rules are."""
        return self._worker.waited_s

    @property
    def pid(self) -> int | None:
        return self._worker.pid

    @property
    def cpu_s(self) -> float:
        """CPU seconds of the model's processes so far (``BudgetedWorker.cpu_s``)."""
        return self._worker.cpu_s

    def submit(self, texts: Sequence[str]) -> Batch:
        """Entity spans of each text, in order, computed in the worker from now on."""
        return self._worker.submit(list(texts), [len(text) for text in texts])

    def result(self, batch: Batch) -> list[SpansOutcome]:
        """The spans of each text of a submitted batch, or why an article has none (stopped, failed)."""
        return list(self._worker.outcomes(batch))

    def close(self) -> None:
        self._worker.close()

    def __enter__(self) -> NerWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
