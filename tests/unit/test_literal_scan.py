"""literal_scan.py finds exactly what the regular expressions it replaces find."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities.merging import _mention_may_end, _mention_may_start
from pipelines.extraction.literal_scan import (
    alternation_matches,
    has_word,
    literal_matches,
    literal_then,
    not_after,
    not_before,
    starts_with_word,
)
from pipelines.letters import LETTER, UPPER

TEXTS = [
    "Quarvo said Quarvo Labs and non-Quarvo units; NEW YORK--Quarvo Ltd. rose, Quarvo-Labs fell,"
    " Quarvo-1 too.",
    "AB ABB ABBA_ABB ABB&Co ÉmileAB AB. ab AB-x AB-Émile AB-1 AB--AB AB’s AB's ABAB",
    "in Bahia, Lumbra and Piauí; Bahia-based, Bahia’s farms, _Bahia Bahia2 Bahia",
    "e& e&Co Kestrel Kestrel Wei Kestrel Wei Long 'Kestrel' (Kestrel) Kestrel",
    "",
]
SURFACES = [
    ["Quarvo Labs", "Quarvo", "Labs", "Quarvo Ltd."],
    ["ABBA", "ABB", "AB", "ab", "Émile"],
    ["Bahia", "Lumbra", "Piauí", "ahia"],
    ["Kestrel Wei Long", "Kestrel Wei", "Kestrel", "e&", "Wei"],
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("literal", sorted({s for group in SURFACES for s in group}))
@pytest.mark.parametrize(("before", "after"), [("-", "'’-"), ("&", "&"), ("", ""), ("&.-", "&-")])
def test_one_literal_as_finditer_finds_it(text: str, literal: str, before: str, after: str) -> None:
    pattern = rf"(?<![\w{re.escape(before)}]){re.escape(literal)}(?![\w{re.escape(after)}])"
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert list(literal_matches(text, literal, not_after(before), not_before(after))) == expected


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("surfaces", SURFACES)
def test_the_mention_alternation_as_finditer_finds_it(text: str, surfaces: list[str]) -> None:
    ordered = sorted(surfaces, key=len, reverse=True)  # as scan_mentions orders them
    alternatives = "|".join(re.escape(s) for s in ordered)
    pattern = re.compile(rf"(?<![\w&])(?:(?<=--)|(?<!-))(?:{alternatives})(?![\w&]|-{LETTER})")
    expected = [m.span() for m in pattern.finditer(text)]
    assert alternation_matches(text, ordered, _mention_may_start, _mention_may_end) == expected


def test_an_alternation_takes_the_first_literal_that_fits_not_the_longest() -> None:
    # "AB" listed first wins where "ABB" is also found, as in a regex alternation
    assert alternation_matches("ABB", ["AB", "ABB"], not_after(""), lambda _t, _p: True) == [(0, 2)]


def test_an_empty_literal_is_refused() -> None:
    with pytest.raises(ValueError):
        list(literal_matches("abc", "", not_after(""), not_before("")))


@pytest.mark.parametrize(
    "name", ["Tk 7,718", "Rs 744.3 crore", "N4.00", "Quarvo Labs", "$5 billion", "5 billion"]
)
def test_a_cached_amount_test_answers_as_the_uncached_one(name: str) -> None:
    from pipelines.extraction.quantities import is_amount

    assert is_amount(name) == is_amount.__wrapped__(name) == is_amount(name)
    assert is_amount.cache_info().maxsize is not None  # bounded: memory stays flat over a night's corpus


# The fixed tails the callers put after a literal they once escaped into a pattern of its own
# (people._SCOPE_AFTER_TITLE, candidates._NOT_JOINED_AFTER), and a tail that backtracks into a literal's
# later occurrence.
TAILS = [rf"\s+(?:of|for)\s+(?:the\s+)?(?={UPPER})", r"(?!\s+(?:and|&)\s)", r"\s*[A-Z]\w*", r""]
TAIL_TEXTS = TEXTS + [
    "Chief Executive of the Board, chief executive for Asia and Chief Executive of Quarvo",
    "Quarvo Labs and Tellvo; Quarvo Labs & Co; Quarvo Labs said, Quarvo Labs\tand ",
    "head head of  the Head of\nQuarvo headhead for X",
    "ABBABBABB of Quarvo",  # the second, overlapping occurrence is the one the tail follows
]
LITERALS = sorted(
    {s for group in SURFACES for s in group} | {"Chief Executive", "Quarvo Labs", "head", "ABBABB", ""}
)


@pytest.mark.parametrize("text", TAIL_TEXTS)
@pytest.mark.parametrize("literal", LITERALS)
@pytest.mark.parametrize("tail", TAILS)
def test_a_literal_then_a_tail_ends_where_search_ends(text: str, literal: str, tail: str) -> None:
    found = re.search(re.escape(literal) + tail, text)
    assert literal_then(text, literal, re.compile(tail)) == (found.end() if found else None)


@pytest.mark.parametrize("text", TAIL_TEXTS)
@pytest.mark.parametrize("literal", [s for s in LITERALS if s])
def test_a_whole_word_as_search_finds_it(text: str, literal: str) -> None:
    expected = re.search(rf"(?<!\w){re.escape(literal)}(?!\w)", text) is not None
    assert has_word(text, literal) == expected
    for start in range(len(text)):  # every suffix: the literal at the start, or not
        expected = re.match(rf"{re.escape(literal)}(?!\w)", text[start:]) is not None
        assert starts_with_word(text[start:], literal) == expected
