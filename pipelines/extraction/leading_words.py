"""Where a pattern opening on one of a known set of words can match: at those words' starts only.

The titled-name patterns of people/ that open on a title ("Quarvo CEO Ana Ruiz", "co-CEOs Ana Ruiz and Tom
Lee") open on a case-insensitive alternation of some hundred words with up to three modifiers, which
``finditer`` tries at every word start of every title window (~4 ms per corpus article for the two of
them). Every match starts with one of a finite set of first words ("chief", "ceo", "senior", "co", ...),
so the words are read once from the compiled pattern itself (``leading_words``: a walk over its parse,
never a list kept by hand, so a title added to the pattern is a first word at once) and the pattern is
tried with ``match`` only at the word starts whose word is one of them: the same matches, in the same
order, as ``finditer`` (tests/unit/test_leading_words.py checks both on invented texts; ``rules_cost
--compare`` on every gold and corpus article).

The walk is conservative: whatever it cannot read as a plain letter (a character class holding letters, a
back-reference, a non-ASCII letter) leaves the word open (any word starting with what was read so far) or,
at the pattern's start, no set at all (then callers use ``finditer``). Words compare in lower case, a
superset for the case-sensitive parts of a pattern; a text word with a non-ASCII letter is always tried
(case-insensitive matching pairs "ı" with "i" and "ſ" with "s").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

try:  # the parser ``re`` compiles with (CPython's, private): without it no words are known, nothing breaks
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - another Python
    sre_parse = sre_c = None

# Where a word the patterns below can open on starts: not after a word character or a hyphen (the
# lookbehind each such pattern opens with), on a letter; the word is the run of letters from there.
_WORD_START = re.compile(r"(?<![\w-])[^\W\d_]+")
_REPEAT_CAP = 32  # a walk through a repeat longer than this leaves its words open


@dataclass(frozen=True)
class LeadingWords:
    """The lower-case words a match can open on: ``closed`` followed by a non-letter, ``open`` by anything."""

    closed: frozenset[str]
    open: tuple[str, ...]


def leading_words(pattern: re.Pattern[str]) -> LeadingWords | None:
    """The words every match of ``pattern`` opens on, or None where the walk cannot tell (a match might
    open on something other than a letter, or on any word)."""
    if sre_parse is None:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        pending, closed, open_ = _walk(list(parsed), {""})
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    open_ |= pending  # the pattern may end after a word's letters: the text's word may go on
    if "" in closed or "" in open_:
        return None
    return LeadingWords(frozenset(closed), tuple(sorted(open_)))


def opens_with(pattern: re.Pattern[str], prefix: str) -> bool:
    """Whether every match of ``pattern`` opens with a match of ``prefix``: its text starts with ``prefix``
    and parses into the same leading items (so no quantifier or alternation reaches across the prefix's
    end: "(?<![\\w-])X|Y" or "(X)?" do not open with "(?<![\\w-])X" and "(X)")."""
    if sre_parse is None or not pattern.pattern.startswith(prefix):
        return False
    try:
        whole = list(sre_parse.parse(pattern.pattern, pattern.flags))
        opening = list(sre_parse.parse(prefix, pattern.flags))
    except (re.error, ValueError):
        return False
    return len(whole) >= len(opening) and all(w[0] is o[0] for w, o in zip(whole, opening, strict=False))


class _Unknown(Exception):
    """A construct the walk does not read."""


def _walk(items: list, pending: set[str]) -> tuple[set[str], set[str], set[str]]:
    """Read ``items`` after the word prefixes ``pending``: (prefixes still being spelled, words closed by a
    non-letter, words left open)."""
    closed: set[str] = set()
    open_: set[str] = set()
    for op, av in items:
        if not pending:
            break
        if op is sre_c.LITERAL:
            letter = chr(av)
            if not letter.isalpha():
                closed |= pending
                pending = set()
            elif letter.isascii():
                pending = {p + letter.lower() for p in pending}
            else:
                raise _Unknown(letter)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # zero-width: the words are a superset without them
        elif op is sre_c.SUBPATTERN:
            pending, c, o = _walk(list(av[-1]), pending)
            closed, open_ = closed | c, open_ | o
        elif op is sre_c.ATOMIC_GROUP:
            pending, c, o = _walk(list(av), pending)
            closed, open_ = closed | c, open_ | o
        elif op is sre_c.BRANCH:
            after: set[str] = set()
            for branch in av[1]:
                p, c, o = _walk(list(branch), set(pending))
                after, closed, open_ = after | p, closed | c, open_ | o
            pending = after
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            pending, c, o = _repeat(av[0], av[1], list(av[2]), pending)
            closed, open_ = closed | c, open_ | o
        elif op is sre_c.IN and not _may_be_a_letter(av):
            closed |= pending
            pending = set()
        else:  # a class holding letters, any character, a back-reference: the word may go on with anything
            open_ |= pending
            pending = set()
    return pending, closed, open_


def _repeat(low: int, high: int, items: list, pending: set[str]) -> tuple[set[str], set[str], set[str]]:
    """A repeat of ``items`` from ``low`` to ``high`` rounds after ``pending``, walked round by round."""
    closed: set[str] = set()
    open_: set[str] = set()
    leaving = set(pending) if low == 0 else set()
    current, rounds = pending, 0
    while current and rounds < high:
        if rounds == _REPEAT_CAP:
            open_ |= current  # more rounds than walked: whatever they spell is left open
            break
        after, c, o = _walk(items, current)
        closed, open_ = closed | c, open_ | o
        rounds += 1
        if rounds >= low or after == current:
            leaving |= after  # (a round that spells nothing leaves what the rounds before it left)
        if after == current:
            break
        current = after
    return leaving, closed, open_


_NOT_LETTER_CATEGORIES = {
    "CATEGORY_SPACE",
    "CATEGORY_DIGIT",
    "CATEGORY_LINEBREAK",
    "CATEGORY_UNI_SPACE",
    "CATEGORY_UNI_DIGIT",
    "CATEGORY_UNI_LINEBREAK",
}


def _may_be_a_letter(members: list) -> bool:
    """Whether a character class (``IN``'s members) may match a letter; True where unsure."""
    for op, av in members:
        if op is sre_c.LITERAL and not chr(av).isalpha():
            continue
        if (
            op is sre_c.RANGE
            and av[1] - av[0] < 512
            and not any(chr(c).isalpha() for c in range(av[0], av[1] + 1))
        ):
            continue
        if op is sre_c.CATEGORY and str(av) in _NOT_LETTER_CATEGORIES:
            continue
        return True
    return False


@dataclass(frozen=True)
class WordStarts:
    """Every word start of a text's windows, found once and shared by the patterns tried there: ascending
    starts, and each word in lower case (None where it holds a non-ASCII letter: always tried)."""

    starts: list[int]
    words: list[str | None]


def word_starts(text: str, windows: list[tuple[int, int]]) -> WordStarts:
    """The word starts of ``text`` inside ``windows`` (disjoint, ascending), each window read as
    ``finditer(text, lo, hi)`` reads it (a word is cut at its window's end, seen whole before its start)."""
    starts: list[int] = []
    words: list[str | None] = []
    for lo, hi in windows:
        for found in _WORD_START.finditer(text, lo, hi):
            word = found.group()
            starts.append(found.start())
            words.append(word.lower() if word.isascii() else None)
    return WordStarts(starts, words)


def matches_at_leading_words(
    pattern: re.Pattern[str], leading: LeadingWords, text: str, window: tuple[int, int], starts: WordStarts
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, lo, hi))`` for a pattern opening with ``(?<![\\w-])`` on one of
    ``leading`` (``leading_words(pattern)``), ``window`` one of those ``starts`` was found in: tried only
    at such words' starts."""
    lo, hi = window
    first, last = bisect_left(starts.starts, lo), bisect_left(starts.starts, hi)
    closed, open_ = leading.closed, leading.open
    opening = [
        start
        for start, word in zip(starts.starts[first:last], starts.words[first:last], strict=True)
        if word is None or word in closed or (open_ and word.startswith(open_))
    ]
    return matches_at(pattern, text, opening, window)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], window: tuple[int, int]
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, lo, hi))`` for a pattern whose every match inside ``window`` starts at
    one of ``starts`` (ascending): tried there with ``match``, leftmost first, not overlapping (the next
    try starts at a match's end). Lookbehinds and "^" see the whole text, as ``finditer`` with ``pos``
    lets them."""
    lo, hi = window
    found: list[re.Match[str]] = []
    reached = lo
    match = pattern.match
    for index in range(bisect_left(starts, lo), len(starts)):
        start = starts[index]
        if start > hi:
            break
        if start < reached:
            continue
        hit = match(text, start, hi)
        if hit is not None:
            found.append(hit)
            reached = hit.end() if hit.end() > start else start + 1  # an empty match: finditer moves on
    return found
