"""Evidence from a name's surroundings: whether a capitalised name is an organization, a person or a
place, read from the cue tables in org_cues.py. Pure functions over the text; the entities package
applies them (cue names become candidates whatever the recognizer labelled them; titled people and
dateline or "based in" places never do)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from pipelines.extraction.literal_scan import literal_matches, not_after, not_before
from pipelines.extraction.name_starts import name_first_matches
from pipelines.extraction.org_cues import (
    BASED_IN,
    DATELINE,
    MARKET_VENUE_CUES,
    NAME_FIRST_OPENINGS,
    ORGANIZATION_CUES,
    ORGANIZATION_EVIDENCE_CUES,
    ORGANIZATION_LIST_CUES,
    PARTICIPANT_LIST_CUES,
    PERSON_TITLE_AFTER,
    QUALIFIED_TITLE_AFTER,
    ROUND_BEFORE,
)
from pipelines.extraction.org_merge import COMPANY_CLOSERS, KIND_PREFIXES
from pipelines.letters import LOWER, UPPER

Span = tuple[int, int]
# A person's name right after a title: "chief executive Ana Ruiz" (two capitalised words).
_NAME_NEXT = re.compile(rf"\s+{UPPER}{LOWER}+[ ]+{UPPER}{LOWER}+")
# Two or three capitalised words, as a person's name is written ("Ana Ruiz", "Jean-Luc M. Ruiz").
# A particle before a surname ("Thomas von Planta"): the surname is written with it, capitalised at a
# sentence's start ("Von Planta said").
_PARTICLE = r"(?:von|van|de|der|den|da|di|du|del|della|dos|le|la|ten|ter)(?:[ ](?:der|den|la))?"
_PERSON_RUN = re.compile(
    rf"(?<![\w&.-]){UPPER}{LOWER}+(?:[ -]{UPPER}(?:{LOWER}+|\.))?(?:[ ](?P<particle>{_PARTICLE}))?"
    rf"[ -]{UPPER}(?:{LOWER}+|\.)(?![\w&-])"
)
# A word only a company's name holds ("Quarvo Holdings", "Bank Velt"): such a run is no person's name.
_COMPANY_WORD = re.compile(rf"\b(?:{'|'.join(sorted(COMPANY_CLOSERS | KIND_PREFIXES))})\b")
# Separators between a list's items; a kind word before an item ("Swedish defence group Saab") is
# description, not name.
_LIST_SEPARATOR = re.compile(r",[ ]+(?:and[ ]+)?|,?[ ]+and[ ]+")
_ITEM_KIND = re.compile(
    r"^(?:[\w-]+[ ]+){0,2}(?:group|firm|company|maker|lender|bank|fund|backer|investor)[ ]+"
)


def cue_name_spans(text: str) -> list[Span]:
    """Names that a structural cue makes organizations: "chief executive of X", "X, acquired for ...",
    "is part of X"."""
    return [
        (match.start("name"), match.end("name"))
        for cue, _example, _name in ORGANIZATION_CUES
        for match in (name_first_matches(cue, text) if cue.pattern.startswith(NAME_FIRST_OPENINGS) else
                      cue.finditer(text))
    ]


def organization_evidence(text: str, name: str, cue_names: set[str]) -> bool:
    """Whether the article gives the name an organization's evidence anywhere: it signs, reports, says,
    acquires, or has a chief executive ("Lumora said", "Lumora's chief executive", "founder of Lumora";
    org_cues.ORGANIZATION_EVIDENCE_CUES), or a structural cue makes it one (``cue_names``, the surfaces
    of cue_name_spans: "chief executive of X", "X, acquired for ...")."""
    if name in cue_names:
        return True
    escaped = re.escape(name)
    return any(
        re.search(cue.replace("{name}", escaped), text) for cue, _example, _name in ORGANIZATION_EVIDENCE_CUES
    )


def market_venue_starts(text: str) -> set[int]:
    """Where an exchange the shares moved on or a market-data provider is named ("on the QSE", "according
    to Datavane data"): a later "the company" never stands for them."""
    return {match.start("name") for cue, _example, _name in MARKET_VENUE_CUES for match in cue.finditer(text)}


def cue_list_items(text: str) -> list[Span]:
    """Every item of a list that a cue makes a list of organizations ("competitors include A and B",
    "with A, B and C among the other backers")."""
    spans: list[Span] = []
    for cue, _example, _name in ORGANIZATION_LIST_CUES:
        for match in cue.finditer(text):
            spans += list_items(text, match.start("items"), match.end("items"))
    for cue, _example, _name in PARTICIPANT_LIST_CUES:
        for match in cue.finditer(text):
            if ROUND_BEFORE.search(text, max(0, match.start() - 300), match.end()):
                spans += list_items(text, match.start("items"), match.end("items"))
    return spans


def list_items(text: str, start: int, end: int) -> list[Span]:
    """The items of "A, B and C" between start and end, each without a kind word before it."""
    items, position = [], start
    for separator in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        kind = _ITEM_KIND.match(text[position:stop])
        items.append((position + (kind.end() if kind else 0), stop))
        position = separator.end() if separator else end
    return [(s, e) for s, e in items if e > s]


def titled_person(text: str, start: int, end: int) -> bool:
    """A name followed by a person's title ("Ana Ruiz, co-founder and chief executive of ...", "Ana Ruiz
    will become chief executive"): a person, never an organization. A title followed by a name
    ("Quarvo Group, chief executive Ana Ruiz said") belongs to that name, not to this one."""
    title = PERSON_TITLE_AFTER.match(text, end)
    person_shaped = _PERSON_RUN.fullmatch(text, start, end) and not _COMPANY_WORD.search(text, start, end)
    if title is None and person_shaped:
        title = QUALIFIED_TITLE_AFTER.match(text, end)  # "Ana Ruiz, a resources analyst at ..."
    return bool(title) and not _NAME_NEXT.match(text, title.end())


def titled_people(text: str) -> set[str]:
    """Every name of two or three words written with a person's title after it, and its last word (the
    surname the article goes on using: "Ana Ruiz, chief executive of ..." ... "Ruiz said")."""
    names: set[str] = set()
    for match in _PERSON_RUN.finditer(text):
        if titled_person(text, match.start(), match.end()):
            names |= {match.group(), match.group().split()[-1]}
            if match.group("particle"):
                surname = text[match.start("particle") : match.end()]
                names |= {surname, surname[:1].upper() + surname[1:]}
    return names


def dateline_places(text: str) -> list[Span]:
    """Where each line-opening dateline names its place ("Lumbria, France - November 3, 2021")."""
    return [(m.start("place"), m.end("place")) for m in DATELINE.finditer(text)]


def based_in_place(text: str, start: int) -> bool:
    """The name after "based in" / "headquartered in" is a place."""
    return bool(BASED_IN.search(text, max(0, start - 30), start))


# Demonyms share the gazetteer's place list ("Taiwanese"); after a name they describe, never name a unit.
_DEMONYM_END = re.compile(r"(?:ese|ian|ish|ean|ani|eshi|i)$")


def country_units(text: str, names: Iterable[str], places: Iterable[str]) -> list[Span]:
    """An organization's name followed by a country or region it operates in names its unit there:
    "Quarvo Spain's revenue fell", "the merger of Quarvo UK and Tellbridge UK", and the same with the
    country in parentheses and a legal form after it: "Quarvo Bank (Ghana)", "Quarvo Bank (UK) Limited"."""
    names = {n for n in names if len(n) >= 2}
    regions = sorted((p for p in places if not _DEMONYM_END.search(p)), key=len, reverse=True)
    if not names or not regions:
        return []
    # Each region found once, then the few words before it looked up: linear in the text however
    # many names the article holds.
    alternatives = "|".join(map(re.escape, regions))
    legal = r"(?:[ ](?:Limited|Ltd|Plc|PLC)\b\.?)?"
    region = re.compile(rf"(?<=[ ])(\()?(?:{alternatives})(?(1)\){legal})(?![\w&-])")
    spans = []
    for match in region.finditer(text):
        if match.group(1) and text.startswith(":", match.end()):
            continue  # "Volgren (Australia): revenue of ...": a list line's label says where, names no unit
        words = _WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if words is None:
            continue
        run = words.group(1).rstrip(" ").split(" ")
        for cut in range(len(run)):
            name = " ".join(run[cut:])
            if name in names:
                spans.append((match.start() - 1 - len(name), match.end()))
                break
    return spans


# Up to seven words right before a region, separated by single spaces ("Central Bank of the Republic of
# China (Taiwan)").
_WORDS_BEFORE = re.compile(r"(?<![\w&.-])((?:[\w&.'’-]+[ ]){1,7})$")


def heading_lines(text: str) -> list[Span]:
    """Lines written wholly in capitals ("OUR VIEW", "2) THE BUYOUT: QUARVO LABS") in an article whose prose
    is in mixed case: headings, whose words are capitalised by layout, not because they name anything."""
    # Counted per distinct character (Counter counts in C), not per character in Python: the same sums.
    counts = Counter(text)
    lower = sum(n for ch, n in counts.items() if ch.islower())
    if lower <= sum(n for ch, n in counts.items() if ch.isupper()):
        return []  # a text set all in capitals (a wire's old style): its lines are prose
    spans, start = [], 0
    for line in text.split("\n"):  # the lower-case test first: it stops at a prose line's first letter
        if not any(ch.islower() for ch in line) and sum(ch.isupper() for ch in line) >= 4:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def heading_only(text: str, surface: str, headings: Sequence[Span]) -> bool:
    """An all-capital name the article writes only inside its capitalised headings ("MACHINES" of "GAMES
    UP, MACHINES DOWN"): a heading's word. An acronym the prose uses too ("UMC said ...") stays a name."""
    if not headings or any(ch.islower() for ch in surface):
        return False
    if not surface:
        empty = re.finditer(r"(?<![\w&.-])(?![\w&-])", text)
        return all(any(s <= m.start() < e for s, e in headings) for m in empty)
    # (?<![\w&.-])surface(?![\w&-]) by str.find (literal_scan.py), not a pattern compiled per name
    mentions = literal_matches(text, surface, _NOT_AFTER_NAME, _NOT_BEFORE_NAME)
    return all(any(s <= start < e for s, e in headings) for start, _ in mentions)


def common_noun_phrase(text: str, surface: str) -> bool:
    """A name of two or more words that the article also writes wholly in lower case is a common-noun
    phrase capitalised as a label or heading ("Adult Education: net sales ..." beside "its adult education
    company"), not an organization's name: a name keeps its capitals wherever it is written."""
    lowered = surface.lower()
    if " " not in surface or lowered == surface:
        return False
    # (?<![\w-])lowered(?![\w-]) by str.find (literal_scan.py), not a pattern compiled per name
    return next(literal_matches(text, lowered, _NOT_AFTER_WORD, _NOT_BEFORE_WORD), None) is not None


_NOT_AFTER_NAME = not_after("&.-")
_NOT_BEFORE_NAME = not_before("&-")
_NOT_AFTER_WORD = not_after("-")
_NOT_BEFORE_WORD = not_before("-")
