"""Whole names, and names stated by the role a sentence gives them.

- Four-word names (Spanish and Portuguese double surnames, Vietnamese names): people/'s name
  pattern takes at most three words outside its special forms, so "José Antonio Correa Etchegaray"
  lost its last word, "Nguyễn Hữu Phước Nguyên" its first. A name the model tagged whole is kept whole
  (``whole_tagged_end``); a name a title found runs on to a fourth word written right before it
  (``fourth_word_start``).
- Founders: "founded in 2014 by Ana Ruiz, Omar Reyes and Lea Sato" names people, whatever the model
  tagged them (companies are founded by people; a list of them shares the class).
- A board chaired by someone: "the board chaired by Mr Ravi Menon".
- A family name of more words mentioned alone later ("Al Ramahi said") is the person named in full.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.person_vocabulary import ELIDED_PREFIX, HONORIFIC, NAME_PARTICLE
from pipelines.letters import LETTER, LOWER, UPPER

# One word of a name, as people/ writes it ("Jin-wan", "O'Brien", "Nguyễn").
_WORD = rf"{ELIDED_PREFIX}?{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)?(?:-{ELIDED_PREFIX}?{LETTER}{LOWER}+)?"
_MOST_WORDS = 4


# What may be left of a PERSON span after the name read in it, and still belong to the name: one more
# name word ("José Antonio Correa" + " Etchegaray"), after a particle or a middle initial ("Ana Pérez
# Pliego" + " del Castillo", "Ana Luisa" + " T. Po"), or the rest of a word the name pattern stops in: a
# second hyphen ("Ana Al-Shammari" + "-Otaibah") or an apostrophe ("Ana Owuor-Lang" + "'at"); a particle
# may be hyphened to the last word ("Ana Abdel-Karim" + " el-Sayed").
_REST_OF_A_TAGGED_NAME = re.compile(
    rf"(?:-{LETTER}{LOWER}+|['’](?!s(?![\w'’-])){LOWER}+){{0,2}}"  # a possessive "'s" is no part of it
    rf"(?:[ ]+(?:{NAME_PARTICLE}(?:[ ]+|-)){{0,2}}(?:{UPPER}\.[ ]+)?{_WORD}(?:-{LETTER}{LOWER}+)?)?"
)


def whole_tagged_end(text: str, end: int, tagged_end: int) -> int:
    """Where a name read inside a model's PERSON span ends: at the span's end when what is left there
    belongs to the name (``_REST_OF_A_TAGGED_NAME``), else where it was read."""
    rest = _REST_OF_A_TAGGED_NAME.fullmatch(text, end, tagged_end)
    return tagged_end if rest and end < tagged_end else end


# (never an honorific: "and Shri" + "Manoj Kumar Dubey")
_FOURTH_WORD = re.compile(rf"(?:(?<=[\s(]){LOWER}+|[,:;(\"“])[ ]+(?!{HONORIFIC}[ ])({_WORD})[ ]+$")


def fourth_word_start(text: str, start: int, end: int) -> int:
    """Where a three-word name found by its title starts if a fourth name word stands right before
    it after a lower-case word or a mark ("according to Nguyễn" + "Hữu Phước Nguyên"): a name opening a
    sentence or a capitalised run is left as read."""
    if len(text[start:end].split()) != _MOST_WORDS - 1:
        return start
    before = _FOURTH_WORD.search(text, max(0, start - 60), start)
    return before.start(1) if before else start


def ranked_start(text: str, start: int, end: int, rank: str) -> int:
    """Where a name starts when a rank ("Shri", "Dr") stands one name word before it: the model tagged
    "Shri Manoj" apart from "Kumar Dubey", and the rank opens the name."""
    if len(text[start:end].split()) >= _MOST_WORDS:
        return start
    before = _ranked_word(rank).search(text, max(0, start - 40), start)
    return before.start(1) if before else start


@lru_cache(maxsize=1)
def _ranked_word(rank: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{rank})[ ]+({_WORD})[ ]+$")


@dataclass(frozen=True)
class RoleCue:
    name: str
    example: str  # tested in tests/unit/test_people_layout_and_things.py
    names: tuple[str, ...]  # the names the example gives


ROLE_CUES: tuple[RoleCue, ...] = (
    RoleCue("founded by", "Founded in 2014 by Vamo Kris, Pulan Jaya and Anand Pravi, the firm grew.",
            ("Vamo Kris", "Pulan Jaya", "Anand Pravi")),
    RoleCue("co-founded by two", "the company co-founded by Jerry Ubera and Rodrigo Salas Mejía.",
            ("Jerry Ubera", "Rodrigo Salas Mejía")),
    RoleCue("chaired by", "the board chaired by Mr Teto Nyali approved it", ("Teto Nyali",)),
)
_NAMED = rf"{_WORD}(?:[ ]{_WORD}){{1,{_MOST_WORDS - 1}}}"
_RANK = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ ]+)?"
_FOUNDERS = re.compile(
    rf"(?<![\w-])(?i:co-?founded|founded)[ ]+(?:in[ ]+\d{{4}}[ ]+)?by[ ]+"
    rf"({_NAMED}(?:,[ ]+{_NAMED})*(?:,?[ ]+and[ ]+{_NAMED})?)"
    rf"(?=[.,;)]|[ ]+(?:in|as|who)[ ])"
)
_CHAIRED = re.compile(rf"(?<![\w-])(board[ ]+)?chaired[ ]+by[ ]+{_RANK}({_NAMED})(?![\w'’-]|[ ]+{UPPER})")


def founders(text: str) -> list[tuple[int, int]]:
    """Each founder's name in "founded (in YEAR) by A, B and C"."""
    spans = []
    for match in _FOUNDERS.finditer(text):
        for name in re.finditer(_NAMED, match.group(1)):
            spans.append((match.start(1) + name.start(), match.start(1) + name.end()))
    return spans


@lru_cache(maxsize=4)  # the names' stage and the title cue of one article ask for the same text
def chairs(text: str) -> tuple[tuple[int, int, str], ...]:
    """ "the board chaired by Name": the name and its title ("chair of the board", or "chair")."""
    return tuple((m.start(2), m.end(2), "chair of the board" if m.group(1) else "chair")
                 for m in _CHAIRED.finditer(text))


def chair_title(text: str, start: int, end: int) -> str | None:
    return next((title for s, e, title in chairs(text) if s == start and e == end), None)


def tail_of_another(name: str, names: Collection[str]) -> bool:
    """ "Al Ramahi" after "Mohamed Jameel Al Ramahi", "van der Berg" after "Pieter van der Berg": a later
    mention by the family name, written in more than one word, is the same person."""
    return " " in name and any(other != name and other.endswith(f" {name}") for other in names)
