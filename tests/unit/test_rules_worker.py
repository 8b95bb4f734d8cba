"""The rules' own process: same facts as in-process, and an article over its budget is stopped alone."""

from __future__ import annotations

import time

import pytest

from pipelines.extraction.extract import facts_from_entities
from pipelines.extraction.model import ArticleFacts, Quantity
from pipelines.extraction.rules_worker import (
    BUDGET_ENV_VAR,
    LANES_ENV_VAR,
    MIN_BUDGET_SECONDS,
    OverBudget,
    RulesFailed,
    RulesPool,
    RulesWorker,
    budget_seconds,
    rules_lanes_from_env,
    seconds_per_100k_from_env,
)
from tests.conftest import SEED_DIR, require_shared


def stalling_rules(text, published, spans, gazetteer) -> ArticleFacts:
    """Stands in for a rule that never ends (a stuck regular expression ignores signals)."""
    if "STALL" in text:
        while True:
            time.sleep(60)
    if "RAISE" in text:
        raise ValueError("a rule broke")
    return ArticleFacts(quantities=[Quantity("count", len(text), "count", None, text[:4], 0, 4)])


def test_budget_grows_with_length_and_never_drops_below_the_minimum():
    assert budget_seconds(10, 3.0) == MIN_BUDGET_SECONDS
    assert budget_seconds(1_000_000, 3.0) == pytest.approx(30.0)
    assert budget_seconds(20_000_000, 3.0) == pytest.approx(600.0)


def test_budget_setting_reads_the_environment_and_refuses_negative_values():
    assert seconds_per_100k_from_env({}) == 3.0
    assert seconds_per_100k_from_env({BUDGET_ENV_VAR: "0.5"}) == 0.5
    assert seconds_per_100k_from_env({BUDGET_ENV_VAR: "0"}) == 0.0
    with pytest.raises(ValueError, match=BUDGET_ENV_VAR):
        seconds_per_100k_from_env({BUDGET_ENV_VAR: "-1"})


def test_article_over_budget_is_stopped_and_the_rest_of_the_batch_is_extracted():
    items = [("first article", None, []), ("STALL forever", None, []), ("third one", None, []),
             ("RAISE here", None, []), ("fifth", None, [])]
    with RulesWorker(seconds_per_100k=1.0, rules=stalling_rules) as worker:
        outcomes = list(worker.run(items))
    assert [type(outcome) for outcome in outcomes] == [
        ArticleFacts, OverBudget, ArticleFacts, RulesFailed, ArticleFacts]
    assert [outcomes[i].quantities[0].text for i in (0, 2, 4)] == ["firs", "thir", "fift"]
    stopped = outcomes[1]
    assert stopped.budget_s == MIN_BUDGET_SECONDS and stopped.chars == len("STALL forever")
    assert "time budget" in str(stopped) and BUDGET_ENV_VAR in str(stopped)
    assert "ValueError: a rule broke" in str(outcomes[3])


def test_rules_in_their_process_give_the_same_facts_as_in_the_run_process():
    require_shared()
    text = sorted(SEED_DIR.glob("*.txt"))[0].read_text(encoding="utf-8")
    spans = [(0, 7, "ORG")]
    with RulesWorker(seconds_per_100k=3.0) as worker:
        (outcome,) = worker.run([(text, None, spans)])
    expected = facts_from_entities(text, None, spans)
    assert isinstance(outcome, ArticleFacts) and outcome == expected
    assert outcome.organizations and outcome.rules_seconds > 0


def test_a_pool_of_two_lanes_gives_outcomes_in_input_order_and_stops_only_the_stalled_article():
    items = [("first article", None, []), ("STALL forever", None, []), ("third one", None, []),
             ("RAISE here", None, []), ("fifth", None, [])]
    with RulesPool(lambda: RulesWorker(seconds_per_100k=1.0, rules=stalling_rules), lanes=2) as pool:
        outcomes = list(pool.run(items))
    assert [type(outcome) for outcome in outcomes] == [
        ArticleFacts, OverBudget, ArticleFacts, RulesFailed, ArticleFacts]
    assert [outcomes[i].quantities[0].text for i in (0, 2, 4)] == ["firs", "thir", "fift"]
    assert outcomes[1].budget_s == MIN_BUDGET_SECONDS


def test_rules_lanes_setting_reads_the_environment_and_refuses_zero():
    assert rules_lanes_from_env({LANES_ENV_VAR: "3"}) == 3
    assert 1 <= rules_lanes_from_env({}) <= 2
    with pytest.raises(ValueError, match=LANES_ENV_VAR):
        rules_lanes_from_env({LANES_ENV_VAR: "0"})


def _parent_of(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("PPid:")).split()[1])


def test_a_stopped_rules_process_is_replaced_by_a_fork_of_the_same_loaded_server():
    import os

    with RulesWorker(seconds_per_100k=1.0, rules=stalling_rules) as worker:
        (first,) = worker.run([("before the stop", None, [])])
        server = _parent_of(worker.pid)
        (stopped,) = worker.run([("STALL forever", None, [])])
        (after,) = worker.run([("after the stop", None, [])])
        assert isinstance(first, ArticleFacts) and isinstance(stopped, OverBudget)
        assert isinstance(after, ArticleFacts)
        assert _parent_of(worker.pid) == server != os.getpid()  # forked, not started anew
