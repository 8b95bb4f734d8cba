"""start_many with a model worker: the model and the rules are handed each batch by threads of their own,
so the rules start on a batch once its spans are in, without the caller asking; outcomes keep their order
and a model failure keeps its article's place."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from pipelines.extraction.extract import Extractor, SerialLane
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.rules_worker import RulesFailed


class _Model:
    """Stands in for NerWorker: a text's spans are its length; the text 'fail' has a failure instead."""

    def submit(self, texts: list[str]) -> list[str]:
        return list(texts)

    def result(self, batch: list[str]) -> list[object]:
        return [RulesFailed("model failed") if text == "fail" else [(0, len(text), "ORG")] for text in batch]


class _Rules:
    """Stands in for the rules' pool: facts naming the text; records which texts it ruled."""

    def __init__(self) -> None:
        self.ruled: list[str] = []
        self.done = threading.Event()

    def run(self, items: list[tuple[str, date | None, list]]) -> list[ArticleFacts]:
        self.ruled += [text for text, _, _ in items]
        self.done.set()
        return [ArticleFacts(unread_chars=spans[0][1]) for _, _, spans in items]


def _extractor(rules: _Rules) -> Extractor:
    gazetteer = Gazetteer([], frozenset(), frozenset())
    return Extractor("unused", gazetteer=gazetteer, ner_worker=_Model(), rules_worker=rules)  # type: ignore[arg-type]


def test_outcomes_in_order_with_the_model_failure_in_its_place() -> None:
    rules = _Rules()
    extractor = _extractor(rules)
    first = extractor.start_many([("ab", None), ("fail", None), ("abcd", None)])
    second = extractor.start_many([("x", None)])
    outcomes = list(first()) + list(second())
    assert [o.unread_chars if isinstance(o, ArticleFacts) else str(o) for o in outcomes] == [
        2, "model failed", 4, 1]
    assert rules.ruled == ["ab", "abcd", "x"]  # the failed article never reaches the rules


def test_the_rules_start_before_the_caller_asks_for_the_facts() -> None:
    rules = _Rules()
    finish = _extractor(rules).start_many([("abc", None)])
    assert rules.done.wait(10), "the rules ran on the batch without finish() being called"
    assert [facts.unread_chars for facts in finish()] == [3]


def test_a_lane_runs_calls_in_order_and_hands_back_exceptions() -> None:
    lane = SerialLane("test-lane")
    order: list[int] = []
    futures = [lane.submit(order.append, number) for number in range(50)]
    failing = lane.submit(lambda: 1 / 0)
    assert [future.result(10) for future in futures] == [None] * 50
    assert order == list(range(50))
    with pytest.raises(ZeroDivisionError):
        failing.result(10)
    assert lane.submit(lambda: "still serving").result(10) == "still serving"


class _HeldRules(_Rules):
    """Rules that hold the first batch until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self, items: list[tuple[str, date | None, list]]) -> list[ArticleFacts]:
        if not self.ruled:
            self.release.wait(10)
        return super().run(items)


class _RecordingModel(_Model):
    def __init__(self) -> None:
        self.read: list[list[str]] = []

    def result(self, batch: list[str]) -> list[object]:
        self.read.append(batch)
        return super().result(batch)


def test_a_batch_spans_are_read_once_the_rules_are_done_with_the_batch_before() -> None:
    # Read at once, the model's budget for a batch's first article would run while the model is still
    # on the whole batch: on a loaded machine, articles stopped that the earlier order kept.
    rules, model = _HeldRules(), _RecordingModel()
    extractor = Extractor("unused", gazetteer=Gazetteer([], frozenset(), frozenset()), ner_worker=model,  # type: ignore[arg-type]
                          rules_worker=rules)  # type: ignore[arg-type]
    first = extractor.start_many([("a", None)])
    second = extractor.start_many([("bb", None)])
    time.sleep(0.5)
    assert model.read == [["a"]], "the second batch's spans wait for the first batch's rules"
    rules.release.set()
    assert [facts.unread_chars for finish in (first, second) for facts in finish()] == [1, 2]
    assert model.read == [["a"], ["bb"]]


def test_batch_bounds_make_only_the_first_batch_smaller() -> None:
    from pipelines.warehouse.extraction_run import batch_bounds

    assert batch_bounds(600, 256, 64) == [(0, 64), (64, 320), (320, 576), (576, 600)]
    assert batch_bounds(600, 256) == [(0, 256), (256, 512), (512, 600)]
    assert batch_bounds(600, 256, 1000) == batch_bounds(600, 256)  # never larger than the others
    assert batch_bounds(10, 256, 64) == [(0, 10)] and batch_bounds(0, 256, 64) == []
    assert batch_bounds(65, 256, 64) == [(0, 64), (64, 65)]
