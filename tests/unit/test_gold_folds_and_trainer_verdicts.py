"""The tuning sets and folds the three trainers share (scripts/gold_folds.py), and how each trainer's
left-out table reads its columns into a verdict (scripts/train_org_ranker.py, train_metric_names.py,
train_metric_owners.py)."""

from __future__ import annotations

import pytest

from pipelines.extraction.evaluate import SlotCount
from tests.conftest import load_script

VALIDATION_POOL = tuple(f"blind{n}" for n in range(102, 106))


@pytest.fixture(scope="module")
def folds():
    return load_script("gold_folds")


@pytest.mark.parametrize("validation_set", VALIDATION_POOL)
def test_the_validation_pool_is_in_no_tuning_set_and_no_fold(folds, validation_set):
    assert validation_set not in folds.TUNING_SETS
    assert all(validation_set not in members for members in folds.rounds_of_four().values())


def test_folds_of_four_hold_every_blind_tuning_set_once(folds):
    members = [name for fold in folds.rounds_of_four().values() for name in fold]
    assert all(len(fold) == 4 for fold in folds.rounds_of_four().values())
    assert members == [f"blind{n}" for n in range(10, folds.LAST_TUNING_SET + 1)]
    assert members == list(folds.TUNING_SETS[len(folds.EARLY_SETS) :])


def _count(tp: int, fp: int, fn: int) -> SlotCount:
    return SlotCount(tp, fp, fn)


def test_the_ranker_verdict_needs_no_old_style_count_when_none_was_built():
    script = load_script("train_org_ranker")
    ranker = script.OrgRanker(tuple(0.0 for _ in script.FEATURE_NAMES), 0.4)
    better = script.GroupScore(_count(80, 20, 20), _count(82, 10, 18), ranker, None, _count(80, 20, 20))
    worse = script.GroupScore(_count(80, 20, 20), _count(70, 10, 30), ranker, None, _count(80, 20, 20))
    assert script.print_table({"a": better}) is True
    assert script.print_table({"a": worse}) is False


def test_the_names_verdict_reads_the_named_columns_not_the_model_in_service():
    script = load_script("train_metric_names")
    rules, gained, lost = _count(80, 20, 20), _count(85, 15, 15), _count(70, 30, 30)
    # (metrics, named) of the rules, of +names, the margin, of +keep/drop, its threshold, of the model in
    # service: the layout leave_one_fold_out returns
    row = (rules, rules, rules, gained, 0.2, rules, rules, "-", lost, lost)
    names_earned, keep_earned = script.print_table({"fold": row})
    assert (names_earned, keep_earned) == (True, False)
    row_in_service_only = (rules, rules, rules, rules, 0.2, rules, rules, "-", gained, gained)
    assert script.print_table({"fold": row_in_service_only}) == (False, False)


def test_the_owner_verdict_reads_the_model_column_not_the_model_in_service():
    script = load_script("train_metric_owners")
    rules, gained, lost = _count(80, 20, 20), _count(85, 15, 15), _count(70, 30, 30)
    # rules (metrics, named, wrong), model (metrics, named, wrong), margin, in service (the same three)
    assert script.print_table({"fold": (rules, rules, 5, gained, gained, 3, 0.2, lost, lost, 9)}) is True
    assert script.print_table({"fold": (rules, rules, 5, rules, rules, 5, 0.2, gained, gained, 1)}) is False
