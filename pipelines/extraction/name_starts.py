"""One scan per text for where a capitalised name can start, shared by the name-first patterns.

A name-first pattern (``(?<![\\w-])`` then a name that opens on a capital or a digit: "X, acquired for",
"X agreed to buy") is scanned by ``finditer`` position by position, its lookbehind and the name's
look-aheads (``(?!(?:It|Its|He|...)\b)``) tried at each of a text's ~4,700 characters, once per pattern.
Such a match can only start where a word opens on a capital or a digit (~180 places in a corpus
article), so the places are found once per text and each pattern is tried there with ``match``: the same
matches, in the same order, as ``finditer`` (tests/unit/test_name_starts.py checks it). Used for the 11
name-first organization cues and the name pattern of entities/candidates.py, where it halves the scan;
a pattern that already opens on a cheap capital test (people/'s ``(?=[A-Z])`` titled names) measured
slower this way (the Python loop costs more than the positions it skips), so it is not used there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from pipelines.letters import UPPER

_T = TypeVar("_T")

# Where a name can open: not after a word character or a hyphen, on a capital or a digit. A superset
# of where the patterns handed to ``name_first_matches`` can start (a candidate they reject costs one
# failed ``match``), never a subset.
_NAME_START = re.compile(rf"(?<![\w-])(?={UPPER}|\d)")


def remembered_for_the_last_text(scan: Callable[[str], _T]) -> Callable[[str], _T]:
    """``scan(text)``, kept for the last text asked about: a stage asks per text many times, memory stays
    one article's, and the pair (text, result) is replaced whole, so a thread reading it never sees one
    text's result with another's text."""
    last: tuple[str, _T] | None = None

    @wraps(scan)
    def remembered(text: str) -> _T:
        nonlocal last
        pair = last
        if pair is not None and (text is pair[0] or text == pair[0]):
            return pair[1]
        result = scan(text)
        last = (text, result)
        return result

    return remembered


@remembered_for_the_last_text
def name_starts(text: str) -> list[int]:
    """The positions of ``text`` where a capitalised name can start, ascending (found once per text)."""
    return [match.start() for match in _NAME_START.finditer(text)]


def name_first_matches(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, pos, endpos))`` for a pattern whose every match starts where
    ``_NAME_START`` matches: leftmost first, not overlapping (the next try starts at a match's end).
    Lookbehinds and "^" still see the whole text, as ``finditer`` with ``pos`` lets them."""
    starts = name_starts(text)
    end = len(text) if endpos is None else min(endpos, len(text))
    found: list[re.Match[str]] = []
    reached = pos
    match = pattern.match
    for index in range(bisect_left(starts, pos), len(starts)):
        start = starts[index]
        if start > end:
            break
        if start < reached:
            continue
        hit = match(text, start, end)
        if hit is not None:
            found.append(hit)
            reached = hit.end() if hit.end() > start else start + 1  # an empty match: finditer moves on
    return found
