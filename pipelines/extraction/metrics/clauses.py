"""Clauses of a sentence, and comparison segments ("against $3 billion a year earlier")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.metrics.vocabulary import (
    _CLAUSE_BREAK,
    _COMPARISON_BREAK,
    _FROM_AMOUNT,
    _TO_AMOUNT_AFTER,
    _TO_AMOUNT_BEFORE,
)
from pipelines.extraction.model import OrgMention
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
    comparisons = list(_COMPARISON_BREAK.finditer(sentence.text))  # scanned once, read three times
    for match in comparisons:
        cuts.append((match.start(), match.end(), True))
    for match in comparisons:
        # "28% above the first quarter of 2025, on revenue of VND 36.9 trillion": a period compared with
        # ends at its comma; what follows is the reported period's again.
        end = _period_compared_end(sentence.text, match.end())
        if end is not None:
            cuts.append((end, end + 1, False))
    for match in _NEXT_CHANGE.finditer(sentence.text):
        # "10.1% above the October-December quarter and up 11.0% from ...": the comparison ends where
        # the next change begins.
        cuts.append((match.start(), match.end(), False))
    for match in _FROM_AMOUNT.finditer(sentence.text):
        # "rose to $5 billion from $4.2 billion": the amount after "from" is the earlier figure
        # ("from 47.3% ... to 46.4%" is a path, not a comparison).
        # "rose from $148.2 million in the third quarter of fiscal 2021" (no "to" amount either side):
        # only the earlier figure is written; it is a comparison too.
        if _TO_AMOUNT_BEFORE.search(sentence.text, 0, match.start()) or not _TO_AMOUNT_AFTER.match(
            sentence.text, match.end()
        ):
            cuts.append((match.start(), match.end(), True))
            # "rose to KES 1.52 billion from KES 1.18 billion, lifting the margin to 22.2%": the earlier
            # figure's segment ends at its comma when a phrase with a figure of its own goes on after it
            comma = sentence.text.find(",", match.end())
            if comma > 0 and ";" not in sentence.text[match.end() : comma] and _FIGURE_GOES_ON.match(
                sentence.text, comma
            ):
                cuts.append((comma, comma + 1, False))
    # "(2023: EUR 184.1 million)": a bracketed comparison lasts to its closing bracket, past its colon.
    brackets = [
        (match.start(), sentence.text.find(")", match.end()))
        for match in comparisons
        if match.group().strip().startswith("(")
    ]
    cuts = [c for c in cuts if c[2] or not any(a < c[0] < b for a, b in brackets)]
    cuts += [(b, b + 1, False) for _a, b in brackets if b > 0]  # and no further
    cuts.sort()
    clauses: list[_Clause] = []
    start = 0
    comparison = False
    opener = _COMPARISON_OPENER.match(sentence.text)
    if opener:
        # "Compared with the first quarter, revenue increased 3.6 percent": the opener names the period
        # compared with; the figure after its comma is the one reported on.
        clauses.append(_Clause(sentence.start, sentence.start + opener.end(), True))
        start = opener.end()
        cuts = [c for c in cuts if c[0] >= start]
    for cut_start, cut_end, is_comparison in cuts:
        if cut_start < start:
            continue
        clauses.append(_Clause(sentence.start + start, sentence.start + cut_start, comparison))
        start = cut_end
        # A comparison segment lasts until the next break.
        comparison = is_comparison
    clauses.append(_Clause(sentence.start + start, sentence.end, comparison))
    return clauses


_NEXT_CHANGE = re.compile(
    r"(?<!\s)\s+and\s+(?=(?:up|down|rose|fell|grew|increased|decreased|declined|climbed|dropped)\s|"
    # "17% above the first quarter and 10% higher than in the second": the next change, with its rate
    r"(?:by\s+)?[-+]?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:higher|lower|more|less|above|below|up|down)\b)",
    re.IGNORECASE,
)
# A period compared with, up to its comma: words, years and period codes, no amount. One letter per
# repetition, not a run: "(?:[^\W\d]+|...)+" can split a run of n letters 2**n ways, and a long line
# that fails at its end ("... jumps 44% as ...,") then backtracks for hours.
_PERIOD_COMPARED = re.compile(
    r"(?:[^\W\d]|(?:19|20)\d\d\b|[QH][1-4]\b|FY\s?'?\d\d(?:\d\d)?\b|\d[QH]\b|[\s/'’-])+"
)


def _period_compared_end(text: str, start: int) -> int | None:
    """Where the comma closing a compared period written from ``start`` stands ("the first quarter of
    2025,"), when a phrase with a figure goes on after it; None when an amount comes first."""
    comma = text.find(",", start)
    if comma < 0 or not _FIGURE_GOES_ON.match(text, comma):
        return None
    return comma if _PERIOD_COMPARED.fullmatch(text, start, comma) else None


# After the comma, a phrase with a figure of its own ("on revenue of VND 36.9 trillion"); not one about the
# period compared ("..., when it was $458 million").
_FIGURE_GOES_ON = re.compile(
    r",\s+(?!when\b|which\b|where\b|whose\b|the\s+last\b|a\s+period\b)[a-z][^,;]{0,60}?"
    r"\d[\d.,]*\s?(?:%|per\s?cent|percent|(?:b|m|tr)illion|bn|mn|crore)"
)
# A sentence opening with the period it compares with, up to its comma.
_COMPARISON_OPENER = re.compile(
    r"\s*(?:(?:as\s+)?compared\s+(?:with|to)|relative\s+to|versus|against)\s+[^,;:\d]{1,60},\s*",
    re.IGNORECASE,
)


def _clause_of(clauses: list[_Clause], offset: int) -> _Clause:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    best = clauses[0]
    for clause in clauses:
        if clause.start <= offset:
            best = clause
    return best


# "(2023: headline earnings per share of 564 cents)", "(previous year: EUR 1,617.0 million)": the
# earlier period's figure in brackets.
_BRACKETED_EARLIER = re.compile(r"\(\s*$")
_BRACKET_LABEL_AFTER = re.compile(r"\s*:")


def is_comparison_phrase(text: str, start: int, end: int) -> bool:
    """Whether the period phrase at [start, end) names a comparison's period, on its own line:
    "down 15.9% from R223.5 billion in 2023", "17% above the first quarter of 2024", "(2023: ...)"."""
    if _BRACKETED_EARLIER.search(text, max(0, start - 3), start) and _BRACKET_LABEL_AFTER.match(text, end):
        return True
    line_start = _wrapped_line_start(text, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = Sentence(text[line_start:line_end], line_start, line_end)
    return _clause_of(_clauses(line), start).comparison


# A line of prose broken at a fixed width ("... up 9% from\n$144.9 million in fiscal 2024."): as long as such
# widths are (70 and more), ending mid-sentence, no table's cell separators. The clause it continues
# starts on the line above; a shorter line ending mid-sentence is a line of its own.
_WRAPPED_LINE = re.compile(r"[^\n|\t]{70,}[\w,%$€£)\-]")
_CELL_GAP = re.compile(r"\S {3,}\S")


def _wrapped_line_start(text: str, line_start: int) -> int:
    """The start of the first line of a run of hard-wrapped prose lines ending at ``line_start``."""
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        if not _WRAPPED_LINE.fullmatch(line) or _CELL_GAP.search(line):
            break
        line_start = previous
    return line_start


# "the Board of Directors of X", "a filing with X", "trading on X", "licensed to X": a name governed by a
# preposition (through at most three modifiers: "with the Nigerian stock exchange X") is no clause's
# subject; what it is about is someone else's act. "revenue, including X fee income": a part of the
# subject's figure, not X's clause.
_GOVERNING = r"with|to|on|from|at|into|for|under|against|than|versus|via|including|excluding"
_PREPOSITION_BEFORE = re.compile(
    rf"\b(?i:of|by|{_GOVERNING})\s+(?:(?i:the|its|their|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}}$"
)
# The same without "of" and "by": "the board of X", "the results of X" are about X, and "acquired by X" is
# X's act (a passive's agent).
_PREPOSITION_BUT_OF_BEFORE = re.compile(
    rf"\b(?i:{_GOVERNING})\s+(?:(?i:the|its|their|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}}$"
)


def preposition_object(text: str, mention: OrgMention, floor: int = 0, of: bool = True) -> bool:
    """Whether ``mention`` is written as a preposition's object (looking back no further than ``floor``);
    ``of``: whether "of X" and "by X" count (not where "the board of X" or an agent should stand for X)."""
    pattern = _PREPOSITION_BEFORE if of else _PREPOSITION_BUT_OF_BEFORE
    return bool(pattern.search(text, max(floor, mention.start - 60), mention.start))
