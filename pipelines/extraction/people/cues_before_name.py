"""Title cues that read a title written before the name: "Tencent CEO Pony Ma", "The CFO, Name, said".

Each reader decides the title and organization its form states, or that its form does not apply.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrgMention
from pipelines.extraction.people.around import _Around, _nearest_org, _Reading
from pipelines.extraction.people.name_words import _NAME
from pipelines.extraction.people.title_words import _FORMS, _HONORIFIC, TITLE, TITLE_SCOPED
from pipelines.extraction.people_titles import title_with_org_before, unwrapped_before
from pipelines.letters import LOWER, UPPER

# Whose holder is named after the place it governs: "Tasmania Premier", "Lagos State Governor".
_PUBLIC_OFFICE = re.compile(r"(?i)(?:prime\s+)?minister|premier|governor|mayor|chief\s+minister")
_PLACE_BEFORE = re.compile(rf"({UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\s+$")
# An office named after its portfolio, written before it: "Energy Minister Ana Ruiz", "Trade Secretary X".
_PORTFOLIO_OFFICE = re.compile(r"(?i)minister|secretary")
_PORTFOLIO_BEFORE = re.compile(rf"(?<![\w'’.-])({UPPER}{LOWER}+)[ ]+$")
# Capitalised words before an office that are no portfolio (a sentence's first word, a time or a rank).
_NOT_PORTFOLIO = {
    "The", "A", "An", "Its", "His", "Her", "Their", "Our", "Former", "Then", "And", "But", "When", "While",
    "As", "Deputy", "Acting", "Junior", "State", "Cabinet", "Prime", "Chief", "Senior",
}


def _title_before(at: _Around) -> _Reading:
    # on the name's own line: a title ending the line above belongs to the name above it
    # honorifics may stack between title and name: "Chairman Prof. Dr. Ana Ruiz"
    match = re.search(rf"({TITLE_SCOPED})(s?)[ \t]+(?:{_HONORIFIC}\s+){{0,2}}$", at.before)
    if not match:
        return None
    text, start = at.text, at.start
    title_start = _after_org_holding(at, start - len(at.before) + match.start(1))
    title_match = re.match(rf"{TITLE_SCOPED}(?=s?\s+(?:{_HONORIFIC}\s+){{0,2}}$)", text[title_start:start])
    if title_match is None:
        return None, None
    title = title_match.group()  # "co-CEOs Kim and Park": each one a co-CEO
    place = _PLACE_BEFORE.search(text[max(0, title_start - 40) : title_start])
    if place and _PUBLIC_OFFICE.fullmatch(title) and default_gazetteer().is_place(place.group(1)):
        return f"{place.group(1)} {title}", None
    portfolio = _PORTFOLIO_BEFORE.search(text[max(0, title_start - 30) : title_start])
    office = portfolio and _PORTFOLIO_OFFICE.fullmatch(title) and portfolio.group(1) not in _NOT_PORTFOLIO
    if office and at.by_end.get(title_start - 1) is None:  # "Quarvo Energy Minister" would be an org's word
        return f"{portfolio.group(1)} {title}", None
    prefix = text[max(0, title_start - 4) : title_start]
    owner = prefix.rstrip().removesuffix("'s").removesuffix("’s").rstrip()
    owner_end = title_start - len(prefix) + len(owner)
    org = at.by_end.get(owner_end)
    return title, org or _nearest_org(at.orgs, title_start)


def _after_org_holding(at: _Around, title_start: int) -> int:
    """ "Alibaba Group Chief ...": "Group" belongs to the org, the title starts after it. Only mentions
    overlapping the title's stretch can hold its start while it stays before the name; if a mention
    reaching past the name moves it beyond, every mention is read in turn (as all of them always were)."""
    moved = title_start
    for mention in at.orgs.mentions.overlapping(title_start, at.start):
        if mention.start < moved < mention.end:
            moved = _start_after(at, mention)
            if moved > at.start:
                break
    else:
        return moved
    moved = title_start
    for mention in at.organizations.mentions:
        if mention.start < moved < mention.end:
            moved = _start_after(at, mention)
    return moved


def _start_after(at: _Around, mention: OrgMention) -> int:
    gap = at.text[mention.end : at.start]
    return mention.end + len(gap) - len(gap.lstrip())


def _shared_plural_title(at: _Around) -> _Reading:
    """ "co-CEOs Kim Min-jun and Lee Seo-yeon": the second name shares the plural title."""
    match = re.search(rf"(?<![\w-])({TITLE})s\s+{_NAME},?\s+and\s+$", at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


def _possessive_title_comma_before(at: _Around) -> _Reading:
    # "Quarvo's chief executive, Name," or a plural's "Quarvo Partners' managing partner, Name,"
    match = re.search(rf"(?:['’]s|(?<=s)['’])\s+({TITLE_SCOPED}),\s+$", at.before)
    if not match:
        return None
    org = at.by_end.get(at.start - len(at.before) + match.start())
    return (match.group(1), org) if org else None


def _determined_title_comma_before(at: _Around) -> _Reading:
    """ "The chief financial officer, Ana Ruiz, told analysts", "The bank's chief executive, Ana Ruiz, said",
    "Our chief financial officer, Ana Ruiz, joined": the title at the company in the story."""
    determiner = rf"(?:[Tt]he(?:\s+{LOWER}+['’]s)?|[Ii]ts|[Oo]ur)"
    match = re.search(rf"(?<![\w-]){determiner}\s+(?:new\s+)?({TITLE_SCOPED}),\s+$", at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start - len(at.before) + match.start())


def _new_title_before(at: _Around) -> _Reading:
    match = re.search(rf"\bnew\s+({TITLE})\s*[:,]?\s+$", at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start, roll_up=False)


def _title_with_org_before(at: _Around) -> _Reading:
    reading = title_with_org_before(_FORMS, at.text, at.start, at.by_end)
    return None if reading is None else (reading[0], reading[1] or _nearest_org(at.orgs, at.start))


def _title_before_wrapped(at: _Around) -> _Reading:
    """ "... according to chief\nfinancial officer Name": the title before the name across a line
    that the text's width broke (people_titles.unwrapped_before)."""
    unwrapped = unwrapped_before(at.text, at.start)
    return None if unwrapped is None else _title_before(replace(at, text=unwrapped))
