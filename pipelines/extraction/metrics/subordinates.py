"""Names an article writes as a part of another organization: a brand, a store format, a chain, an
outlet the company runs. "The company" and "the group" are never such a part: a recognizer that resolves
them by recency ("... the Quill brand grew. The company returned $1 billion to shareholders") hands
the company's figures to its brand; they are the parent's.

The text states the relation in three general ways, each a cue with a made-up example:

- a noun of a part right after the name ("the main Velorix Home stores", "the Quill brand");
- an apposition calling the name the parent's part ("Quill, the group's outlet store, reported ...");
- the parent described as the owner of a list of names ("Velorix Inc., the owner of Quill and Zenbox,").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.extraction.metrics.article_calendar import main_organization
from pipelines.extraction.model import OrgMention
from pipelines.legal_forms import REGISTERED_FORMS


@dataclass(frozen=True)
class PartCue:
    pattern: re.Pattern[str]
    example: str  # a made-up text where this cue alone makes the name written as Quill a part


# What a brand, a format or a chain is called; a named unit that reports its own figures (a division, a
# segment, a cloud unit) is not in it: "the company" is not that unit either, but the unit is its own
# organization, so only these parts are read here.
_PART_NOUN = (
    r"(?:stores?|shops?|outlets?|brands?|banners?|chains?|arcades?|formats?|restaurants?|labels?|"
    r"boutiques?|concepts?|outlet\s+stores?)"
)
PART_NOUN_AFTER = PartCue(
    # not after a possessive: "Velorix's regional brands" are Velorix's parts, Velorix is none
    re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _PART_NOUN + r"\b"),
    "Velorix said sales at the main Quill stores rose 3%. The company opened 60 stores.",
)
PART_APPOSITION = PartCue(
    re.compile(
        r",\s+(?:the\s+(?:group|company|firm)|its|their)[’']?s?\s+(?:[\w-]+\s+){0,3}?" + _PART_NOUN + r"\b"
    ),
    "Velorix Group sales rose. Quill, the group's off-price outlet store, grew 4%. The group said",
)
# "the owner of A, B and C", "which owns A and B": the names listed are the owner's parts
OWNER_OF_LIST = PartCue(
    re.compile(r"\b(?:the\s+)?(?:owner|parent|operator)\s+of\s+(?:the\s+)?$|\bwhich\s+(?:owns|runs|operates)\s+$"),
    "Velorix Inc., the owner of Quill and Zenbox, said revenue rose. The company expects growth.",
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")

COMPANY_WORD = re.compile(r"(?i)(?:the|its|their)\s+(?:[\w-]+\s+)?(?:company|group|firm)$")


def part_names(text: str, mentions: list[OrgMention]) -> set[str]:
    """Keys of the organizations the article writes as some organization's brand, format or chain."""
    named = [m for m in mentions if m.text[:1].isupper()]
    # A name written with a legal form ("Velorix Inc.") is a company, not a brand named like it.
    companies = {m.key for m in named if m.text.split()[-1].strip(".,").lower() in REGISTERED_FORMS}
    named = [m for m in named if m.key not in companies]
    parts: set[str] = set()
    for index, mention in enumerate(named):
        if any(cue.pattern.match(text, mention.end) for cue in (PART_NOUN_AFTER, PART_APPOSITION)):
            parts.add(mention.key)
            continue
        # Walk back over the list this name ends ("the owner of A, B and C"): the owner cue before its head.
        first = index
        while first > 0 and _LIST_GAP.fullmatch(text, named[first - 1].end, named[first].start):
            first -= 1
        start = named[first].start
        if OWNER_OF_LIST.pattern.search(text, max(0, start - 40), start):
            parts.add(mention.key)
    return parts


def company_words_off_parts(
    text: str, mentions: list[OrgMention], issuer: OrgMention | None, lead: OrgMention | None = None
) -> list[OrgMention]:
    """Each "the company"/"the group" a recognizer resolved to a brand, format or chain, resolved to the
    document's issuer, else the organization its first paragraph leads with, else the organization the
    article names most that is no such part."""
    named = [m for m in mentions if m.text[:1].isupper() and not COMPANY_WORD.match(m.text)]
    # The organizations a story is about are never parts, whatever noun follows their name ("Velorix
    # stores" in a story about the retailer Velorix; a company named like its namesake brand).
    subjects = {m.key for m in (issuer, lead, main_organization(named)) if m is not None}
    parts = part_names(text, mentions) - subjects
    if not parts:
        return mentions
    parent = issuer or lead or main_organization([m for m in named if m.key not in parts])
    if parent is None or parent.key in parts:
        return mentions
    return [
        replace(m, key=parent.key, name=parent.name)
        if m.key in parts and COMPANY_WORD.match(m.text)
        else m
        for m in mentions
    ]
