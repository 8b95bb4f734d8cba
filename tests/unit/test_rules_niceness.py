"""The rules processes work below the run's priority, so the model they wait on keeps a core of its own."""

from __future__ import annotations

import os

import pytest

from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.rules_worker import (
    DEFAULT_RULES_NICENESS,
    NICENESS_ENV_VAR,
    RulesWorker,
    rules_niceness_from_env,
)
from tests.unit.test_rules_worker import stalling_rules


def _niceness_of(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return int(stat.read().rpartition(")")[2].split()[16])  # field 19: nice


def test_a_rules_process_runs_the_given_steps_below_the_run():
    with RulesWorker(seconds_per_100k=1.0, rules=stalling_rules, niceness=2) as worker:
        (facts,) = worker.run([("an invented article", None, [])])
        assert isinstance(facts, ArticleFacts)
        assert _niceness_of(worker.pid) == min(19, os.nice(0) + 2)


def test_without_niceness_a_rules_process_keeps_the_runs_priority():
    with RulesWorker(seconds_per_100k=1.0, rules=stalling_rules) as worker:
        list(worker.run([("an invented article", None, [])]))
        assert _niceness_of(worker.pid) == os.nice(0)


def test_niceness_setting_reads_the_environment_and_refuses_what_nice_cannot_be():
    assert rules_niceness_from_env({}) == DEFAULT_RULES_NICENESS > 0
    assert rules_niceness_from_env({NICENESS_ENV_VAR: "0"}) == 0
    with pytest.raises(ValueError, match=NICENESS_ENV_VAR):
        rules_niceness_from_env({NICENESS_ENV_VAR: "-1"})
