"""A named business unit that reports its own figures is its own organization (GOLD_SCHEMA Conventions:
"AWS, Google Cloud, Intelligent Cloud ... is its own organization with its parent"), and its sales are
its `revenue`, its change its `revenue_growth`; the rules named them `other` on the parent.

Two shapes of a results line or table row, each with a cue table and made-up examples:
- the label names the unit with a unit noun before the measure ("Retail division revenue: $4 million"),
  or names a unit the article calls one elsewhere ("the Retail division ..." and a row "Retail revenue");
- a row of a table of parts names the unit alone ("Revenue by segment" over "Retail | 4.1 | 3.9").
A place ("Americas", "Germany") is a region's figure, never a unit: it stays `other` on the company.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.model import OrgMention
from pipelines.extraction.org_cues import GEOGRAPHIC_SEGMENTS

# Nouns that make the capitalised words before them a business unit's name, each with its example.
UNIT_NOUNS: tuple[tuple[str, str], ...] = (
    ("division", "Retail division revenue: $4.1 million"),
    ("segment", "Retail segment revenue: $4.1 million"),
    ("business unit", "Retail business unit sales: $4.1 million"),
    ("reporting unit", "Retail reporting unit revenue: $4.1 million"),
    ("unit", "Retail unit revenue: $4.1 million"),
    ("arm", "Retail arm revenue: $4.1 million"),
)
_UNIT_NOUN = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun, _ in UNIT_NOUNS)
# One to four capitalised words, joined by "&" or "and": "Voice & Respiratory Care", "Cyber Security".
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:&|and|[A-Z][\w'’-]*)){0,3}"
_LABEL_WITH_NOUN = re.compile(
    rf"^\s*(?P<unit>{_NAME})[ \t]+(?:{_UNIT_NOUN})(?:[’']s)?[ \t]+(?P<measure>\S.*)$"
)
_LABEL_WITHOUT_NOUN = re.compile(rf"^\s*(?P<unit>{_NAME})[ \t]+(?P<measure>[a-z].*)$")
# "the Cyber Security division", "its Merchant segment": the article calls these words a unit
_CALLED_A_UNIT = re.compile(rf"(?<![\w&])(?P<unit>{_NAME})[ \t]+(?:{_UNIT_NOUN})\b")
# Rows of a table of parts that are no unit: the sum, the rest, the adjustments.
_NOT_A_UNIT = re.compile(
    r"(?:group|total|sub-?total|other|others|all\s+other|corporate|central|unallocated|eliminations?|"
    r"intersegment|inter-segment|adjustments?|reconciliation|continuing|discontinued|consolidated|"
    r"the\s+company|company)\b.*",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(p.lower() for p in (*default_gazetteer().places, *GEOGRAPHIC_SEGMENTS))


def is_unit_name(name: str) -> bool:
    """A capitalised name that may be a business unit's: not a place, not a measure, not a total."""
    name = " ".join(name.split())
    if not name[:1].isupper() or _NOT_A_UNIT.fullmatch(name) or name.lower() in C.NOT_AN_OWNER:
        return False
    if name.lower() in _places() or name.lower().removeprefix("the ") in _places():
        return False
    words = [w for w in re.split(r"\s+|&", name.lower()) if w and w != "and"]
    # "Rest of World", "North & South": every word a place or a compass word is a region
    return not all(w in _places() or w in _COMPASS for w in words)


_COMPASS = frozenset(("north", "south", "east", "west", "central", "northern", "southern", "eastern",
                      "western", "rest", "of", "world", "row", "region", "regions", "other"))


# A determiner opening a sentence is no part of the unit's name ("Its Retail division grew").
_DETERMINER = re.compile(r"^(?:(?:The|Its|Our|Their|This|That|A|An|Each|Both|All)\s+)+")


def _bare(name: str) -> str:
    return _DETERMINER.sub("", " ".join(name.split()))


def units_named_in(text: str) -> frozenset[str]:
    """Names the article calls a unit ("the Cyber Security division"), lowercased."""
    if not re.search(_UNIT_NOUN, text):
        return frozenset()  # the common case: no unit noun at all, no scan
    found = {_bare(m.group("unit")) for m in _CALLED_A_UNIT.finditer(text)}
    return frozenset(name.lower() for name in found if is_unit_name(name))


def split_unit_label(
    label: str, known_units: frozenset[str], parts_table: bool = False
) -> tuple[str, str] | None:
    """(unit, measure) when a results label names a business unit before its measure: with a unit noun
    ("Retail division revenue"), as a unit the article names elsewhere ("Retail revenue"), or in a table
    whose caption says its rows are parts ("Results by division" over "Retail revenue | 4.1")."""
    match = _LABEL_WITH_NOUN.match(label)
    if match is None:
        match = _LABEL_WITHOUT_NOUN.match(label)
        if match is None or not (parts_table or _bare(match.group("unit")).lower() in known_units):
            return None
    unit = _bare(match.group("unit"))
    return (unit, match.group("measure")) if unit and is_unit_name(unit) else None


def unit_mention(name: str, start: int, end: int) -> OrgMention:
    """The unit as the owner of its line's figures (the fact store adds a metric's owner to the
    organizations it knows)."""
    name = " ".join(name.split())
    return OrgMention(organization_key(name), name, name, start, end)
