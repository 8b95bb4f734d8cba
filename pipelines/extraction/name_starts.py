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

from pipelines.letters import UPPER

# Where a name can open: not after a word character or a hyphen, on a capital or a digit. A superset
# of where the patterns handed to ``name_first_matches`` can start (a candidate they reject costs one
# failed ``match``), never a subset.
_NAME_START = re.compile(rf"(?<![\w-])(?={UPPER}|\d)")


# The last text asked about and its starts, one pair replaced whole: a stage asks per text for many
# patterns, memory stays one article's, and a thread reading the pair never sees one text's starts with
# another's text.
_last: tuple[str, list[int]] = ("", [])


def name_starts(text: str) -> list[int]:
    """The positions of ``text`` where a capitalised name can start, ascending (found once per text)."""
    global _last
    last_text, starts = _last
    if text is last_text or text == last_text:
        return starts
    starts = [match.start() for match in _NAME_START.finditer(text)]
    _last = (text, starts)
    return starts


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
