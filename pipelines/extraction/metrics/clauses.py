"""Clauses of a sentence, and comparison segments ("against $3 billion a year earlier")."""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.extraction.metrics.vocabulary import (
    _CLAUSE_BREAK,
    _COMPARISON_BREAK,
    _FROM_AMOUNT,
    _TO_AMOUNT_AFTER,
    _TO_AMOUNT_BEFORE,
)
from pipelines.extraction.sentences import Sentence


@dataclass
class _Clause:
    start: int
    end: int
    comparison: bool


# ---------------------------------------------------------------------------------------------
# Clauses


def _clauses(sentence: Sentence) -> list[_Clause]:
    cuts: list[tuple[int, int, bool]] = []
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        cuts.append((match.start(), match.end(), False))
    for match in _COMPARISON_BREAK.finditer(sentence.text):
        cuts.append((match.start(), match.end(), True))
    for match in _FROM_AMOUNT.finditer(sentence.text):
        # "rose to $5 billion from $4.2 billion": the amount after "from" is the earlier figure
        # ("from 47.3% ... to 46.4%" is a path, not a comparison).
        # "rose from $148.2 million in the third quarter of fiscal 2021" (no "to" amount either side):
        # only the earlier figure is written; it is a comparison too.
        if _TO_AMOUNT_BEFORE.search(sentence.text, 0, match.start()) or not _TO_AMOUNT_AFTER.match(
            sentence.text, match.end()
        ):
            cuts.append((match.start(), match.end(), True))
    cuts.sort()
    clauses: list[_Clause] = []
    start = 0
    comparison = False
    for cut_start, cut_end, is_comparison in cuts:
        if cut_start < start:
            continue
        clauses.append(_Clause(sentence.start + start, sentence.start + cut_start, comparison))
        start = cut_end
        # A comparison segment lasts until the next break.
        comparison = is_comparison
    clauses.append(_Clause(sentence.start + start, sentence.end, comparison))
    return clauses


def _clause_of(clauses: list[_Clause], offset: int) -> _Clause:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    best = clauses[0]
    for clause in clauses:
        if clause.start <= offset:
            best = clause
    return best
