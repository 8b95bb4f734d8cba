"""Finding known names in a text with ``str.find`` instead of a regular expression built for them.

Several stages look for every mention of names the article itself supplied ("every occurrence of every
known surface", "every mention of this candidate"), each written as ``(?<!…)NAME(?!…)``. Built per
article, such a pattern is compiled per article (a long alternation of names takes milliseconds to
compile, and the flood of one-off patterns evicts the fixed ones from ``re``'s cache), then scanned
position by position. A literal is found faster by ``str.find``; the lookarounds become two predicates
on the characters around it. The functions here return exactly what ``re.finditer`` returns for such a
pattern (tests/unit/test_literal_scan.py checks them against it), so no caller's result changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

# A test on the text around a found literal: (text, position) -> whether the lookaround holds there.
Edge = Callable[[str, int], bool]


def is_word_char(char: str) -> bool:
    """``re``'s ``\\w`` on a str pattern: a Unicode letter or digit (``str.isalnum``), or ``_``."""
    return char.isalnum() or char == "_"


def not_after(chars: str) -> Edge:
    """``(?<![\\w<chars>])``: the character before the position is neither a word character nor one of
    ``chars`` (true at the text's start)."""

    def edge(text: str, position: int) -> bool:
        if position == 0:
            return True
        char = text[position - 1]
        return not (is_word_char(char) or char in chars)

    return edge


def not_before(chars: str) -> Edge:
    """``(?![\\w<chars>])``: the character at the position is neither a word character nor one of
    ``chars`` (true at the text's end)."""

    def edge(text: str, position: int) -> bool:
        if position >= len(text):
            return True
        char = text[position]
        return not (is_word_char(char) or char in chars)

    return edge


def literal_matches(text: str, literal: str, before: Edge, after: Edge) -> Iterator[tuple[int, int]]:
    """The (start, end) of each match of ``before`` + ``re.escape(literal)`` + ``after``, as
    ``re.finditer`` finds them: leftmost first, not overlapping (the next search starts at a match's
    end, or one past a rejected occurrence). ``literal`` must not be empty."""
    if not literal:
        raise ValueError("an empty literal matches everywhere; use a regular expression")
    size = len(literal)
    position = text.find(literal)
    while position >= 0:
        end = position + size
        if before(text, position) and after(text, end):
            yield position, end
            position = text.find(literal, end)
        else:
            position = text.find(literal, position + 1)


def alternation_matches(
    text: str, literals: Sequence[str], before: Edge, after: Edge
) -> list[tuple[int, int]]:
    """What ``re.finditer(before + "(?:" + "|".join(map(re.escape, literals)) + ")" + after, text)``
    finds. The regex tries the alternatives in order at each position and takes the first whose
    ``after`` holds; so each occurrence is recorded for the first literal (in the given order) found
    there, and the scan keeps the leftmost, non-overlapping ones. Literals must be distinct and not empty.
    """
    first_end: dict[int, int] = {}
    for literal in literals:
        if not literal:
            raise ValueError("an empty literal matches everywhere; use a regular expression")
        size = len(literal)
        position = text.find(literal)
        while position >= 0:  # every occurrence, overlapping ones too: any may be where a scan stands
            end = position + size
            if position not in first_end and before(text, position) and after(text, end):
                first_end[position] = end
            position = text.find(literal, position + 1)
    matches: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(first_end):
        if start >= reached:
            matches.append((start, first_end[start]))
            reached = first_end[start]
    return matches


def literal_then(text: str, literal: str, tail: re.Pattern[str]) -> int | None:
    """Where ``re.search(re.escape(literal) + tail.pattern, text)`` ends, or None where it finds nothing:
    the first occurrence of ``literal`` (leftmost, overlapping ones too) at whose end ``tail`` matches.
    Only the fixed ``tail`` is compiled, once; the literal is found by ``str.find`` (an empty literal
    occurs at every position, as it matches there)."""
    position = text.find(literal)
    while position >= 0:
        after = tail.match(text, position + len(literal))
        if after is not None:
            return after.end()
        position = text.find(literal, position + 1)
    return None


def starts_with_word(text: str, literal: str) -> bool:
    """``re.match(re.escape(literal) + r"(?!\\w)", text)``: ``text`` opens with ``literal`` and no word
    character follows it."""
    return text.startswith(literal) and _NO_WORD_AFTER(text, len(literal))


def has_word(text: str, literal: str) -> bool:
    """``re.search(r"(?<!\\w)" + re.escape(literal) + r"(?!\\w)", text)`` for a literal that is not empty."""
    return any(literal_matches(text, literal, _NO_WORD_BEFORE, _NO_WORD_AFTER))


_NO_WORD_BEFORE = not_after("")
_NO_WORD_AFTER = not_before("")
