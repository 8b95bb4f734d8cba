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
"""

from __future__ import annotations

import re

from pipelines.extraction.entities.merging import fold_into
from pipelines.extraction.entities.records import Org
from pipelines.extraction.entities.vocabulary import DIVISION_TAIL, GEO_WORDS
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
        if longer[long_key] < _first_written_alone(text, short.name, longer_surfaces):
            fold_into(orgs, surface_to_key, short_key, long_key)


def _surfaces(org: Org) -> list[str]:
    return [name for name in (*org.names, *org.aliases) if name[:1].isupper()]


def _first_written(text: str, surfaces: list[str]) -> int:
    """Where the article first writes any of ``surfaces`` (its length when nowhere)."""
    found = [at for at in (text.find(surface) for surface in surfaces) if at >= 0]
    return min(found, default=len(text))


def _first_written_alone(text: str, word: str, longer_surfaces: list[str]) -> int:
    """Where the article first writes ``word`` as a word of its own, not as the opening of a longer name."""
    for match in re.finditer(rf"(?<![\w&.-]){re.escape(word)}(?![\w&-])", text):
        if not any(text.startswith(surface, match.start()) for surface in longer_surfaces):
            return match.start()
    return len(text)


def _ends_in_a_place(tail: list[str], gaz: Gazetteer) -> bool:
    """A tail naming a country or region ("Kenya", "Perú", "Europe"): the company's arm there."""
    return any(
        word.lower() in GEO_WORDS or gaz.is_place(without_accents(word)) or gaz.is_place(word)
        for word in tail
    )
