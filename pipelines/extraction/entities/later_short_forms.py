"""A one-word name the article first writes after a longer name it opens is that company written shorter.

News introduces a company by its full name and then shortens it: "Velorix Software reported ... Velorix
said". A parent beside its unit goes the other way: the article names the parent first and the unit later
("Quandra ... its unit Quandra Securities"), or names several units opening with the parent's word. So a
one-word name folds into the first-written longer name opening with it when that one comes first;
``merging._shorter_form_of`` keeps "Quandra" apart from "Quandra Bank" on the words alone (a bank, a
software house or a studio can be a unit of its namesake), and only the article's order tells the two
readings apart. A longer name ending in a place ("Quandra Kenya") is the company's arm in that country,
and one ending in a division's word ("Quandra Cloud", ``DIVISION_TAIL``) a part of it: never the company,
whatever the order.

The order is read in the article's prose: a headline, a subject line, a contents line or a boxed
heading ("=== In brief: Velorix widens its footprint ===") shortens the company before the story
introduces it ("Velorix to buy Quandra\n\nVelorix Software said ..."), so a mention in a block that ends
with no sentence's full stop does not count as written first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.merging import fold_into
from pipelines.extraction.entities.records import Org
from pipelines.extraction.entities.vocabulary import DIVISION_TAIL, GEO_WORDS, KIND_OPENING_WORDS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.letters import without_accents


def fold_short_forms_written_later(
    orgs: dict[str, Org], surface_to_key: dict[str, str], text: str, gaz: Gazetteer
) -> None:
    """Fold each one-word organization into the first-written longer organization opening with its word,
    when the article writes that longer one before it writes the short one alone ("Velorix Software ...
    Velorix")."""
    opened_by: dict[str, list[str]] = {}  # first word -> the multi-word names opening with it
    for key, org in orgs.items():
        words = org.name.split()
        if len(words) > 1:
            opened_by.setdefault(words[0], []).append(key)
    for short_key in [key for key, org in orgs.items() if len(org.name.split()) == 1]:
        short = orgs[short_key]
        # a name of its own (the gazetteer's, or written with a legal form) is a company beside its namesake
        if short.known_name or short.legal or not opened_by.get(short.name):
            continue
        longer = {key: _first_written(text, _surfaces(orgs[key])) for key in opened_by[short.name]}
        long_key = min(longer, key=longer.__getitem__)  # the longer name the article introduces first
        long_name = orgs[long_key].name
        # "Velorix Cloud" is a part of Velorix, "Velorix Kenya" its arm in a country: never Velorix itself
        if DIVISION_TAIL.search(long_name) or _ends_in_a_place(long_name.split()[1:], gaz):
            continue
        longer_surfaces = [surface for key in longer for surface in _surfaces(orgs[key])]
        if _written_before_alone(text, longer[long_key], short.name, longer_surfaces):
            fold_into(orgs, surface_to_key, short_key, long_key)


def _surfaces(org: Org) -> list[str]:
    return [name for name in (*org.names, *org.aliases) if name[:1].isupper()]


def _first_written(text: str, surfaces: list[str]) -> int:
    """Where the article first writes any of ``surfaces`` (its length when nowhere)."""
    found = [at for at in (text.find(surface) for surface in surfaces) if at >= 0]
    return min(found, default=len(text))


def _written_before_alone(text: str, long_at: int, word: str, longer_surfaces: list[str]) -> bool:
    """The longer name, first written at ``long_at``, comes before the prose writes ``word`` alone, and
    the block holding it does not write ``word`` alone first: a headline's "Velorix grows; cloud unit
    Velorix Cloud ..." names the parent before its unit, as a sentence would. A word the article writes
    alone in headings only never counts as written after the longer name."""
    first_alone = _first_written_alone(text, word, longer_surfaces, prose_only=False)
    if first_alone < long_at and not _BLOCK_BREAK.search(text, first_alone, long_at):
        return False
    first_in_prose = _first_written_alone(text, word, longer_surfaces)
    # written alone in headings only ("Velmont data-centre deal signed"): no sign it is the company
    return long_at < first_in_prose and (first_in_prose < len(text) or first_alone == len(text))


def _first_written_alone(text: str, word: str, longer_surfaces: list[str], prose_only: bool = True) -> int:
    """Where the article (its prose: a heading's mention does not count, ``in_a_heading``) first writes
    ``word`` as a word of its own, not as part of a longer name."""
    for match in re.finditer(rf"(?<![\w&.-]){re.escape(word)}(?![\w&-])", text):
        inside = any(_written_at(text, surface, word, match.start()) for surface in longer_surfaces)
        if not inside and not (prose_only and in_a_heading(text, match.start())):
            return match.start()
    return len(text)


def _written_at(text: str, surface: str, word: str, position: int) -> bool:
    """The ``word`` at ``position`` is part of ``surface`` written there ("Traxión" of "Grupo Traxión")."""
    inner = surface.find(word)
    return inner >= 0 and position >= inner and text.startswith(surface, position - inner)


# A block between blank lines that closes a sentence is prose; one that does not is a heading, a
# subject line or a list of contents ("Velorix to buy Quandra", "Subject: Digest #4 - Velorix's year").
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’')\]]*$")


def in_a_heading(text: str, position: int) -> bool:
    """``position`` stands in a block of lines (between blank lines) that ends with no full stop."""
    before = [match.end() for match in _BLOCK_BREAK.finditer(text, 0, position)]
    after = _BLOCK_BREAK.search(text, position)
    block = text[before[-1] if before else 0 : after.start() if after else len(text)]
    return not _SENTENCE_CLOSE.search(block.rstrip())


def _ends_in_a_place(tail: list[str], gaz: Gazetteer) -> bool:
    """A tail naming a country or region ("Kenya", "Perú", "Europe"): the company's arm there."""
    return any(
        word.lower() in GEO_WORDS or gaz.is_place(without_accents(word)) or gaz.is_place(word)
        for word in tail
    )


def full_name_written_first(short: str, longer_names: Sequence[str], text: str, gaz: Gazetteer) -> str | None:
    """Of ``longer_names`` opening with ``short``'s words (after a kind word too: "Grupo Velorix"), the one
    the article writes first, when it names the company itself (no division's word or place closes it)
    and the prose writes it before ``short`` alone ("Tsurugi Estate ... owned 49% by Tsurugi"); None
    otherwise: a parent the story names before its unit keeps its own record."""
    words = short.split()
    opening = [name for name in longer_names if _opens_with(name.split(), words)]
    if not opening:
        return None
    first = min(opening, key=lambda name: _first_written(text, [name]))
    tail = first.split()[first.split().index(words[0]) + len(words) :]
    if DIVISION_TAIL.search(first) or _ends_in_a_place(tail, gaz) or _NUMBERED.fullmatch(first.split()[-1]):
        return None  # (no tail at all: "Grupo Velorix")
    return first if _written_before_alone(text, _first_written(text, [first]), short, opening) else None


# A numbered last word makes one of a series, a unit or a fund, never the company: "Velorix III", "Velorix 2".
_NUMBERED = re.compile(r"[IVX]{1,4}|\d{1,3}")


def _opens_with(name_words: list[str], words: list[str]) -> bool:
    """``name_words`` open with ``words``, or do after one kind word ("Grupo", "Banco", "PT")."""
    if name_words[: len(words)] == words:
        return len(name_words) > len(words)
    kind_first = name_words[0] in KIND_OPENING_WORDS or name_words[0] == "PT"
    return kind_first and name_words[1 : len(words) + 1] == words
