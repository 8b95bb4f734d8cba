"""The tuning gold sets and the folds the trainers leave out (scripts/train_org_ranker.py,
train_metric_names.py, train_metric_owners.py): one place for which folders a set is and how sets are
grouped, so the three trainers cannot drift apart on it.

A fold is a name and the gold sets it holds, each set a list of folders ("devset+seeds" is two). Folds are
consecutive sets left out whole: sets written in the same round share annotators and news, so leaving one
set out alone would let its neighbours leak into the estimate. Never blind102 or later: blind102..105 is
the validation pool, later sets are still being written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
LAST_TUNING_SET = 101
# The sets written before the blind sets came in rounds of four (devset, seeds, heldout, blind..blind9).
EARLY_SETS = ("devset+seeds", "heldout", "blind", *(f"blind{n}" for n in range(2, 10)))
TUNING_SETS = (*EARLY_SETS, *(f"blind{n}" for n in range(10, LAST_TUNING_SET + 1)))


def set_folders(name: str) -> list[Path]:
    """The folders of one gold set: the shared devset and seeds, or a fixture folder."""
    return [SHARED / "devset", SHARED / "seeds"] if name == "devset+seeds" else [FIXTURES / name]


def folders_of(sets: Iterable[str]) -> list[Path]:
    """The folders of several sets, in their order."""
    return [folder for name in sets for folder in set_folders(name)]


def blind_sets(first: int, last: int) -> tuple[str, ...]:
    """blind<first> .. blind<last>, both included."""
    return tuple(f"blind{n}" for n in range(first, last + 1))


def rounds_of_four(first: int = 10, last: int = LAST_TUNING_SET) -> dict[str, tuple[str, ...]]:
    """Folds of four consecutive blind sets each, "blind10..13", "blind14..17", ..., up to ``last``."""
    return {f"blind{n}..{n + 3}": blind_sets(n, n + 3) for n in range(first, last + 1, 4)}
