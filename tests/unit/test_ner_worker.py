"""The model in a background process: same entities as in this process, and a dead worker is replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.extraction.extract import Extractor
from pipelines.extraction.ner_worker import NerWorker, NerWorkerDied
from pipelines.extraction.nlp import entities_many
from tests.conftest import REPO_ROOT

TEXTS = [
    "Northwind Traders signed a memorandum of understanding with Contoso Bank in Singapore on Monday.",
    "Fabrikam Inc. said revenue rose 12% to $3.4 billion in the quarter, Chief Executive Jane Doe said.",
    "",
    "Tailspin Toys agreed to acquire Wingtip Labs for EUR 200 million.",
]


def _worker_pid(worker: NerWorker) -> int:
    worker.submit(["warm-up"]).result(timeout=120)  # the pool starts its process on first use
    (pid,) = worker._pool._processes.keys()  # noqa: SLF001 - the test needs the process to kill
    return pid


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
        with pytest.raises(NerWorkerDied, match="died while reading this batch"):
            worker.result(in_flight)
        assert worker.result(worker.submit(TEXTS[:1])) == worker.result(worker.submit(TEXTS[:1]))
        assert _worker_pid(worker) != pid


def test_the_worker_exits_when_its_parent_is_killed(tmp_path: Path, extractor: Extractor) -> None:
    script = tmp_path / "parent.py"
    script.write_text(
        "import sys, time\n"
        "from pipelines.extraction.ner_worker import NerWorker\n"
        "if __name__ == '__main__':\n"
        f"    worker = NerWorker({extractor.model_name!r})\n"
        "    worker.submit(['warm-up']).result()\n"
        "    print(*worker._pool._processes.keys(), flush=True)\n"
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
