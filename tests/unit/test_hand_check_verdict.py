"""The hand check's verdict is the issue's "done when", each condition able to fail it."""

from benchmarks.hand_check import verdict


def test_within_the_seeds_time_plus_the_stopped_files_budgets_passes() -> None:
    passed, line = verdict(300, 260, 65, 3, seeds_same=True, rerun_same=True)
    assert passed and line.startswith("verdict: PASS") and "<= bound 325 s" in line


def test_over_the_bound_or_a_lost_seed_fact_or_a_retry_fails() -> None:
    passed, line = verdict(789, 260, 65, 3, seeds_same=True, rerun_same=True)
    assert not passed and line.startswith("verdict: FAIL: seeds + adversarial files 789 s > bound 325 s")
    assert not verdict(300, 260, 65, 3, seeds_same=False, rerun_same=True)[0]
    assert not verdict(300, 260, 65, 3, seeds_same=True, rerun_same=False)[0]
