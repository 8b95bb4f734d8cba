"""The model in a background process: same entities as in this process, and a dead worker is replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipelines.extraction.extract import Extractor
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.ner_worker import ModelJob, NerWorker
from pipelines.extraction.nlp import entities_many
from pipelines.extraction.rules_worker import OverBudget, RulesFailed
from tests.conftest import REPO_ROOT

TEXTS = [
    "Northwind Traders signed a memorandum of understanding with Contoso Bank in Singapore on Monday.",
    "Fabrikam Inc. said revenue rose 12% to $3.4 billion in the quarter, Chief Executive Jane Doe said.",
    "",
    "Tailspin Toys agreed to acquire Wingtip Labs for EUR 200 million.",
]


def _worker_pid(worker: NerWorker) -> int:
    worker.result(worker.submit(["warm-up"]))  # the process starts on first use
    return worker.pid


def test_worker_spans_equal_the_in_process_spans(extractor: Extractor) -> None:
    expected = [spans for _, _, spans in entities_many(extractor.nlp, ((t, None) for t in TEXTS))]
    assert any(expected), "the model finds entities in these texts"
    with NerWorker(extractor.model_name, batch_size=2) as worker:
        assert worker.result(worker.submit(TEXTS)) == expected


def test_facts_through_the_worker_equal_facts_in_process(extractor: Extractor) -> None:
    items = [(text, None) for text in TEXTS]
    expected = list(extractor.extract_many(items))
    with NerWorker(extractor.model_name) as worker:
        background = Extractor(extractor.model_name, ner_worker=worker)
        started = [background.start_many(items[:2]), background.start_many(items[2:])]  # both in flight
        assert [facts for finish in started for facts in finish()] == expected
        assert background.extract(TEXTS[1]) == expected[1]


def test_a_killed_worker_fails_its_batch_and_the_next_batch_gets_a_new_worker(extractor: Extractor) -> None:
    with NerWorker(extractor.model_name) as worker:
        pid = _worker_pid(worker)
        in_flight = worker.submit(TEXTS * 200)
        os.kill(pid, signal.SIGKILL)
        outcomes = worker.result(in_flight)
        failed = [outcome for outcome in outcomes if isinstance(outcome, Exception)]
        assert len(failed) == 1 and isinstance(failed[0], RulesFailed), "only the article in flight fails"
        assert "entity model process died" in str(failed[0])
        assert len(outcomes) == len(TEXTS) * 200
        assert worker.result(worker.submit(TEXTS[:1])) == worker.result(worker.submit(TEXTS[:1]))
        assert _worker_pid(worker) != pid


class StallingModel(ModelJob):
    """Stands in for a model pass that never ends on one text (a native call ignores signals)."""

    def outcomes(self, texts):
        for text in texts:
            while "STALL" in text:
                time.sleep(60)
            yield "ok", [(0, 4, "ORG")] if text else [], 0.0


def test_an_article_over_the_models_budget_is_stopped_naming_the_model_and_the_rest_are_extracted(
    extractor: Extractor,
) -> None:
    texts = ["Acme Corp signed a deal.", "STALL here", "Beta Holdings grew."]
    with NerWorker(extractor.model_name, batch_size=1, seconds_per_100k=0.1,
                   job=StallingModel(extractor.model_name, 1)) as worker:
        background = Extractor(extractor.model_name, ner_worker=worker)
        outcomes = list(background.start_many([(text, None) for text in texts])())
    assert [type(outcome) for outcome in outcomes] == [ArticleFacts, OverBudget, ArticleFacts]
    assert outcomes[1].stage == "entity model" and "the entity model ran past" in str(outcomes[1])
    assert outcomes[1].chars == len("STALL here")


def test_the_worker_exits_when_its_parent_is_killed(tmp_path: Path, extractor: Extractor) -> None:
    script = tmp_path / "parent.py"
    script.write_text(
        "import sys, time\n"
        "from pipelines.extraction.ner_worker import NerWorker\n"
        "if __name__ == '__main__':\n"
        f"    worker = NerWorker({extractor.model_name!r})\n"
        "    worker.result(worker.submit(['warm-up']))\n"
        "    print(worker.pid, flush=True)\n"
        "    time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        worker_pid = int(parent.stdout.readline())
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 30  # a bound on waiting, not a speed requirement
    while _alive(worker_pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(worker_pid), "the worker outlived its killed parent"


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return status != "Z"
