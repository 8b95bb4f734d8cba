"""Title forms the word cues of people/ do not read, and the tidying of a title read too far.

- Hard-wrapped text (plain-text releases, newsletters) breaks a line anywhere, also between a title
  and the name it stands before ("... according to president and chief operating officer\\nAna Ruiz").
  A line break inside a paragraph is a space; one ending a short line (a list, a signature) is not.
- A title set off by a comma and closed by the sentence ("Speakers: A, CEO, and Ana Ruiz, Chief
  Financial Officer."), a bracket ("(Ana Ruiz, Managing Director and CEO)"), an employer ("- Ana Ruiz,
  Chief Executive Officer, Kestrel Foods") or a verb ("Ana Ruiz, Chairman, signed").
- A title naming its organization before the name: "The chief executive of Kestrel, Ana Ruiz, said".
- A title read too far: a past role coordinated after the current one ("head of sales and a former
  analyst"), a preposition left open ("Chief Executive Officer of"), an honorific after a comma
  ("Minister of Energy, Dr").

The word patterns (people.TITLE, TITLE_SCOPED, the honorifics) are people/'s; it passes them in
as ``TitleForms`` so that they are written once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.model import OrgMention
from pipelines.letters import LOWER, UPPER


@dataclass(frozen=True)
class TitleForms:
    title: str  # people.TITLE
    scoped: str  # people.TITLE_SCOPED
    honorific: str  # people._HONORIFIC


@dataclass(frozen=True)
class TitleForm:
    name: str
    example: str  # tested in tests/unit/test_people_layout_and_things.py
    person: str
    title: str


TITLE_FORMS: tuple[TitleForm, ...] = (
    TitleForm("closed by the sentence", "Speakers: Ada Lund, CEO, and Ravi Menon, Chief Financial Officer.",
              "Ravi Menon", "Chief Financial Officer"),
    TitleForm("closed by a bracket", "SESSION 1 (Ravi Menon, Managing Director and CEO) [slides 3-12]",
              "Ravi Menon", "Managing Director and CEO"),
    TitleForm("closed by a verb", "Ada Lund, Chief Executive, and Ravi Menon, Chairman, signed the accounts.",
              "Ravi Menon", "Chairman"),
    TitleForm("closed by the employer", '"Every litre counts." - Ravi Menon, Chief Executive, Kestrel Foods',
              "Ravi Menon", "Chief Executive"),
    TitleForm("closed by the unit", "Inquiries: Ravi Menon, General Manager, Corporate Planning Department\n",
              "Ravi Menon", "General Manager, Corporate Planning Department"),
    TitleForm("title of org before", "The chief executive of Kestrel Foods, Ravi Menon, said so.",
              "Ravi Menon", "chief executive"),
    TitleForm("role in a who clause", "Co-founder Ravi Menon, who returned as chief executive in March, said",
              "Ravi Menon", "chief executive"),
    TitleForm("founded the organization", "Ravi Menon co-founded Kestrel Foods, the online grocer, in 2012.",
              "Ravi Menon", "co-founder"),
    TitleForm("title before a ranked name", "a letter signed by its Chief Executive, Mr. Ravi Menon, and",
              "Ravi Menon", "Chief Executive"),
)


# A line this long holding this many lower-case words is prose that the text's width broke, not a
# list's line ("Ana Ruiz - Executive Director and Chief Financial Officer" holds one).
_PROSE_LINE = 40
_PROSE_WORDS = 4


@lru_cache(maxsize=4)
def _soft_breaks(text: str) -> frozenset[int]:
    """Positions of line breaks inside paragraphs: after a long line of prose with no closing mark
    and before more text on the next line (not a blank line)."""
    breaks = set()
    for newline in re.finditer(r"(?<=[^\n])\n(?=[ \t]*[^\s])", text):
        line_start = text.rfind("\n", 0, newline.start()) + 1
        line = text[line_start : newline.start()].rstrip()
        prose = len(re.findall(rf"(?<![\w-]){LOWER}+(?![\w-])", line)) >= _PROSE_WORDS
        if len(line) >= _PROSE_LINE and prose and not re.search(r"[.:;!?>|]$", line):
            breaks.add(newline.start())
    return frozenset(breaks)


def unwrapped_before(text: str, start: int, reach: int = 120) -> str | None:
    """``text`` with the soft line breaks in the ``reach`` characters before ``start`` read as spaces
    (same length, so every position still holds), or None where there are none."""
    breaks = [b for b in _soft_breaks(text) if start - reach <= b < start]
    if not breaks:
        return None
    chars = list(text[start - reach if start > reach else 0 : start])
    offset = max(0, start - reach)
    for position in breaks:
        chars[position - offset] = " "
    return text[:offset] + "".join(chars) + text[start:]


# The function a title heads, named after it: "General Manager, Corporate Planning Department".
_UNIT_AFTER = re.compile(
    rf"((?:{UPPER}[\w&-]*[ \t]+){{1,4}}(?:Department|Division|Unit|Office))(?=[ \t]*(?:[.)]|$))", re.MULTILINE
)


# A role held now, stated in a relative clause: "Name, who returned as chief executive in March" (not
# "who joined as an analyst": where someone started).
_WHO_AS = (
    r",\s+who\s+(?:returned|returns|serves|stays|remains|continues|acts)\s+as\s+(?:its\s+|the\s+|an?\s+)?"
)


@dataclass(frozen=True)
class _Patterns:
    closed: re.Pattern[str]
    comma_before: re.Pattern[str]
    of_org_before: re.Pattern[str]
    determined_before: re.Pattern[str]
    ranked_comma: re.Pattern[str]
    honorific_tail: re.Pattern[str]
    who_as: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns(forms: TitleForms) -> _Patterns:
    """Compiled once. ``closed``: a title after a comma, closed by a full stop, a bracket, the line's end,
    "and", a verb in the past ("signed"), a time ("CFO since 2016"), or a comma before what may be its
    employer (group 2)."""
    closed = rf"[ \t]*(?:[.)](?!\w)|$)|,[ \t]+(?:and[ \t]|{LOWER}+ed(?![\w-]))|[ \t]+since[ \t]+\d"
    determined = rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:new\s+)?({forms.scoped})"
    return _Patterns(
        closed=re.compile(rf",[ \t]+(?:the\s+|its\s+)?({forms.scoped})(?:{closed}|(,[ \t]+))", re.MULTILINE),
        comma_before=re.compile(rf",\s+(?:{forms.honorific}\s+){{0,2}}$"),
        of_org_before=re.compile(rf"{determined}\s+(?:of|at)\s+(?:the\s+)?$"),
        determined_before=re.compile(rf"{determined}$"),
        ranked_comma=re.compile(rf",\s+{forms.honorific}"),
        honorific_tail=re.compile(rf",\s*{forms.honorific}$"),
        who_as=re.compile(rf"{_WHO_AS}({forms.scoped})(?![\w-])"),
    )


def closed_title_after(
    forms: TitleForms, text: str, end: int, by_start: Mapping[int, OrgMention]
) -> tuple[str, OrgMention | None] | None:
    """ "Name, Chief Financial Officer." / "(Name, CEO)" / "Name, Chairman, signed" / "Name, CEO, Org":
    the title alone between the comma and what closes it, with the employer if one closes it."""
    match = _patterns(forms).closed.match(text, end)
    if match is None:
        return None
    if match.group(2) is None:
        return match.group(1), None
    unit = _UNIT_AFTER.match(text, match.end())  # "Name, General Manager, Corporate Planning Department"
    if unit is not None:
        return f"{match.group(1)}, {unit.group(1)}", None  # the function, not the employer
    org = by_start.get(match.end())
    return (match.group(1), org) if org is not None else None


def title_with_org_before(
    forms: TitleForms, text: str, start: int, by_end: Mapping[int, OrgMention]
) -> tuple[str, OrgMention | None] | None:
    """ "The chief executive of Org, Name," / "its Chief Executive Officer, Mr. Name,": the title
    phrase apposed before the name, its organization named in it."""
    patterns = _patterns(forms)
    comma = patterns.comma_before.search(text, max(0, start - 40), start)
    if comma is None:
        return None
    comma_at = comma.start()
    org = by_end.get(comma_at)
    if org is not None:
        of = patterns.of_org_before.search(text, max(0, org.start - 150), org.start)
        return (of.group(1), org) if of else None
    if not patterns.ranked_comma.match(comma.group()):
        return None  # "The chief executive, Name, said" without a rank: people/'s own cue reads it
    plain = patterns.determined_before.search(text, max(0, comma_at - 150), comma_at)
    return (plain.group(1), None) if plain else None


# A past role coordinated after the current one, a preposition left open, an honorific after a comma.
_PAST_TAIL = re.compile(r",?\s+and\s+(?:a\s+|an\s+|the\s+)?(?:former|ex-|previously)\b.*$", re.DOTALL)
_OPEN_END = re.compile(r"\s+(?:of|at|for|with|in|and)$")


def tidy_title(title: str, forms: TitleForms) -> str:
    """The title without what only follows it: "head of sales and a former analyst" -> "head of sales",
    "Chief Executive Officer of" -> "Chief Executive Officer", "Minister of Energy, Dr" -> "Minister of
    Energy"."""
    tidy = _PAST_TAIL.sub("", title)
    tidy = _patterns(forms).honorific_tail.sub("", tidy)
    tidy = _OPEN_END.sub("", tidy)
    return tidy or title


def role_in_who_clause(forms: TitleForms, text: str, end: int) -> str | None:
    match = _patterns(forms).who_as.match(text, end)
    return match.group(1) if match else None


_FOUNDED = re.compile(r"[ \t]+(?:(co-?)founded|founded)[ \t]+")


def founded_organization(
    text: str, end: int, by_start: Mapping[int, OrgMention]
) -> tuple[str, OrgMention] | None:
    """ "Name co-founded Org": the founder's role at the organization the name is the subject of."""
    match = _FOUNDED.match(text, end)
    if match is None or match.end() not in by_start:
        return None
    return ("co-founder" if match.group(1) else "founder"), by_start[match.end()]
