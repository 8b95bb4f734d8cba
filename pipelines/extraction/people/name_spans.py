"""Which capitalised runs are people: NER PERSON spans and titled names, less those that name a thing.

Decides a name span's fate: kept, or dropped as part of an organization's name, a list of places or a
word no person is called.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipelines.extraction.entities import _HEADS, _LEADING_NOISE, GENERIC_WORDS, NerSpan
from pipelines.extraction.entities.filtering import only_a_location
from pipelines.extraction.entities.vocabulary import FOREIGN_COMPANY_WORDS, SEAM_WORDS
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.people.name_words import _NAME
from pipelines.extraction.people.title_words import _HONORIFIC, TITLE
from pipelines.extraction.people.titled_names import _titled_name_spans
from pipelines.extraction.people_checks import names_a_thing
from pipelines.extraction.people_layout import signature_blocks
from pipelines.extraction.people_names import chairs, founders, ranked_start, whole_tagged_end
from pipelines.extraction.people_roles import named_in_lines
from pipelines.extraction.person_vocabulary import OFFICE_BEFORE_NAME
from pipelines.letters import LOWER, UPPER, without_accents

_NOT_NAME_WORDS = {
    "The",
    "A",
    "An",
    "Chief",
    "Officer",
    "Executive",
    "President",
    "Chairman",
    "Director",
    "Group",
    "Bank",
    "Cloud",
    "University",
    "Company",
    "Inc",
    "Ltd",
    "Technology",
    "Financial",
    "Internet",
    "China",
    "Said",
    "Professor",
    "Prof",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Miss",
    "Madam",
    "Media",
    "Photo",
    "Twitter",
    "Facebook",
    "Email",
    "Share",
    "Store",
    "App",
    "Street",
    "Road",
    "Avenue",
    "Market",
    "Index",
    "Exchange",
    "Square",
    "Center",
    "Centre",
    "Award",
    "Prize",
    "Cup",
    "Day",
    "Week",
    "Act",
    "Law",
    "Report",
    "News",
    "Times",
    "Premium",
    # title words ("Global Head" read as a name from "Ken Takeshita, Global Head of R&D")
    "Head",
    "Manager",
    "Minister",
    "Secretary",
    "Founder",
    "Analyst",
    # a card issuer, a sports channel ("Krungthai Card", "Sky Sport"; company words of other languages
    # are entities.FOREIGN_COMPANY_WORDS, read below)
    "Card", "Sport",
    # "Membership No. 123": a form's number, "Hurricanes Helene and Milton": storms
    "No", "Hurricane", "Hurricanes", "Typhoon", "Cyclone", "Storm",
}
# A word ending like a company name ("Unigroup", "Infotech") is no part of a person's name.
_ORG_LIKE_TOKEN = re.compile(rf"{UPPER}{LOWER}{{2,}}(?:group|soft|tech|corp|bank|telecom)$")
# Also regional arms ("Kestrel Europe") and legal forms in other languages ("Alpina Genossenschaft").
_ORG_HEAD_WORD = (
    rf"(?:{_HEADS}|Insight|Insights|Research|Consulting|Advisory|Partners|Group|Europe|Asia|Africa|Americas|"
    r"Holding|Genossenschaft|Stiftung|Verein|Agriculture)"
)
_SURNAME_HEADS = {"Park", "Power", "Banks", "Trust"}


# An office or rank the model tagged as a name's first words, two words of the name after it.
_OFFICE_OPENING_NAME = re.compile(rf"(?:{OFFICE_BEFORE_NAME}[ \t]+)+(?={UPPER}[^\s]*[ \t]+{UPPER})")


def _name_spans(
    text: str, ner_spans: Sequence[NerSpan], org_names: set[str]
) -> tuple[list[tuple[int, int]], set[str]]:
    """Name spans, and the names recognized by a title next to them (trusted over an org guess)."""
    found: list[tuple[int, int]] = []
    strong: set[str] = set()
    checked: dict[str, bool] = {}  # a name repeated is checked against every organization name once

    def plausible(name: str) -> bool:
        if name not in checked:
            checked[name] = _plausible_name(name, org_names)
        return checked[name]

    for start, end, label in ner_spans:
        if label != "PERSON":
            continue
        honorific = re.match(rf"(?:{_HONORIFIC}\s+)+(?={UPPER})", text[start:end])
        start += honorific.end() if honorific else 0  # "Dame Ada Udensi": the name starts after the rank
        office = _OFFICE_OPENING_NAME.match(text, start, end)
        start = office.end() if office else start  # "Chairman Emeritus Ana Ruiz"
        for s, e in _names_in_span(text, start, end):
            s = _after_a_remit(text, s, e)
            s = ranked_start(text, s, e, _HONORIFIC)  # "Shri Manoj" + "Kumar Dubey" tagged apart
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue  # "VA México" in "BBVA México", "FO Tyler" in "CFO Tyler": no name starts (or ends,
                # "Transmission Mo" in "Transmission MoU") mid-word
            if (
                plausible(text[s:e])
                and not _listed_with_places(text, s, e)
                and not only_a_location(text, text[s:e])  # "a farm in Mato Grosso"
                and not _inside_org_name(text, s, e, org_names)
            ):
                found.append((s, e))
    # Names the model missed, recognized by the title around them.
    tagged = {(start, end) for start, end, label in ner_spans if label == "PERSON"}
    for s, e, trusted in _titled_name_spans(text):
        s = _after_a_remit(text, s, e)
        name = text[s:e]
        # the model and a title form agree on the very span: a person, whatever an organization cue read
        # ("said the CEO of the company, Ana Ruiz," read as the company's name)
        trusted = trusted or (s, e) in tagged
        if plausible(name):
            found.append((s, e))
            if trusted:
                strong.add(name)  # "co-CEOs Kim Taek-jin and Park Byung-moo" over an org "... and Park"
        elif trusted and _plausible_name(name, set(), strict=False):
            found.append((s, e))
            strong.add(name)
    stated = [(s, e) for s, e, _ in (*signature_blocks(text), *chairs(text))] + founders(text)
    stated += named_in_lines(text)  # participant and contact lines (people_roles.py)
    for s, e in stated:  # a signer over an office line, a founder, a board's chair (people_layout/names.py)
        if plausible(text[s:e]) or _plausible_name(text[s:e], set(), strict=False):
            found.append((s, e))
            strong.add(text[s:e])
    found = sorted(set(found), key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int]] = []
    for span in found:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept, strong


# A minister's remit ends in these words as often as a public body's name does (entities.SEAM_WORDS).
_REMIT_WORDS = SEAM_WORDS | {
    "Resources", "Affairs", "Technologies", "Minerals", "Mines", "Tourism", "Defence"
}
_NAME_AFTER_REMIT_WORD = re.compile(r"(\S+)[ \t]+(?=\S+[ \t]+\S)")


def _after_a_remit(text: str, start: int, end: int) -> int:
    """Where a name of three words or more starts when its first word closes an office's remit: "Minister
    of Industry and Mineral Resources Ana Ruiz" names "Ana Ruiz" (no given name is a remit's word)."""
    first = _NAME_AFTER_REMIT_WORD.match(text, start, end)
    return first.end() if first and first.group(1) in _REMIT_WORDS else start


def _names_in_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names read in a model's PERSON span. Where the model ran a signature's name into the office on
    the line below ("Ana Ruiz\nChair"), the name is read up to the line break; any other span across a line
    break is read whole, and a name across the break is refused later (a writer's "Name\nEnergy reporter"
    is no signature)."""
    line_break = text.find("\n", start, end)
    if line_break >= 0 and _OFFICE_LINE.match(text, line_break + 1):
        end = line_break
    names = []
    for match in re.finditer(_NAME, text[start:end]):
        name_end = whole_tagged_end(text, start + match.end(), end)  # a fourth word kept
        names.append((start + match.start(), name_end))
    return names


# A signature's office line: "Chair, Quarvo Foods plc", "Corporate Secretary and Compliance Officer".
_OFFICE_LINE = re.compile(rf"[ \t]*{TITLE}(?![\w-])")


_ORG_WORDS_AFTER = re.compile(rf"[ \t]+(?:{UPPER}[\w&-]*[ \t]+){{0,2}}{_ORG_HEAD_WORD}(?![\w-])")
_WORD_BEFORE = re.compile(rf"({UPPER}[\w&.-]*)[ \t]+$")
# "Raymond James analyst Ann Lee", "Piper Sandler's analysts": a research firm named like a person
_ANALYSTS_FIRM = re.compile(r"(?:[ \t]+|['’]s\s+)(?:analysts?|economists?|strategists?)(?![\w-])")


def _inside_org_name(text: str, start: int, end: int, org_names: set[str]) -> bool:
    """A name read inside a company's: "Wei Long Fan High-Tech Materials" (an organization word ends
    the capitalised run), "Kestrel Wei Long Fan" (a known organization's name starts it), or a firm
    whose analysts are quoted ("Raymond James analyst Ann Lee")."""
    if _ORG_WORDS_AFTER.match(text, end) or _ANALYSTS_FIRM.match(text, end):
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and before.group(1) in org_names


_LIST_BEFORE = re.compile(rf"({UPPER}[\w'’-]*(?:\s+{UPPER}[\w'’-]*){{0,2}})(?:,\s*|,?\s+(?:and|or)\s+)$")
_LIST_AFTER = re.compile(rf"(?:,\s*|,?\s+(?:and|or)\s+)({UPPER}[\w'’-]*(?:\s+{UPPER}[\w'’-]*){{0,2}})")


def _listed_with_places(text: str, start: int, end: int) -> bool:
    """ "beyond Bangkok, Phuket and Chiang Mai": a name listed next to known places is a place."""
    gazetteer = default_gazetteer()
    neighbours: list[str] = []
    position = start
    while len(neighbours) < 4:  # walk the list back item by item
        before = _LIST_BEFORE.search(text[max(0, position - 40) : position])
        if not before:
            break
        neighbours.append(before.group(1))
        position -= len(before.group())
    after = _LIST_AFTER.match(text, end)
    if after:
        neighbours.append(after.group(1))
    return any(gazetteer.is_place(name) or gazetteer.is_place(name.split()[0]) for name in neighbours)


def _holds_a_place(tokens: list[str], is_place: Callable[[str], bool]) -> bool:
    """The name is a place's adjective ("Sri Lankan", "Taiwanese") or holds a place of two words or more
    ("Guidance Tamil Nadu"); a person's name holds no such place (one-word places are given names too:
    "Georgia", "Jordan")."""
    name = " ".join(tokens)
    stems = [name[: -len(ending)] for ending in ("n", "an", "ese", "i") if name.endswith(ending)]
    if any(is_place(stem) for stem in stems if " " in stem):
        return True
    pairs = (" ".join(tokens[i : i + 2]) for i in range(len(tokens) - 1))
    return len(tokens) > 2 and any(is_place(pair) for pair in pairs)


def _plausible_name(name: str, org_names: set[str], strict: bool = True) -> bool:
    """``strict`` also refuses names that look like organizations; a name next to a title is
    checked only against words that are never part of a person's name."""
    tokens = name.split()
    if "\n" in name:  # "Investor\nLakshmi Narayanan": a name never runs across a line break
        return False
    if len(tokens) < 2 or name in org_names or any(t in _NOT_NAME_WORDS for t in tokens):
        return False
    if names_a_thing(name):  # "Khalifa Port", "Vår Energi" (people_checks.THING_HEADS)
        return False
    if any(t in FOREIGN_COMPANY_WORDS for t in tokens):  # "Vibra Energia", "Polska Grupa Energetyczna"
        return False
    if any(_ORG_LIKE_TOKEN.fullmatch(t) for t in tokens):
        return False
    gazetteer = default_gazetteer()
    if tokens[0] in _LEADING_NOISE or gazetteer.lookup(name) is not None:
        return False
    if gazetteer.is_place(name) or gazetteer.is_place(without_accents(name)):
        return False  # "São Paulo" tagged PERSON; the gazetteer spells it "Sao Paulo"
    if _holds_a_place(tokens, gazetteer.is_place):
        return False  # "Sri Lankan" (a place's adjective), "Guidance Tamil Nadu" (a place inside)
    if gazetteer.lookup(tokens[0]) is not None:
        return False  # "Tencent Pony", "Microsoft Satya": a known company's name never starts a person's name
    if all(t in GENERIC_WORDS for t in tokens):  # "Smart Retail" tagged PERSON
        return False
    if re.fullmatch(_ORG_HEAD_WORD, tokens[-1]) and (strict or tokens[-1] not in _SURNAME_HEADS):
        return False  # "Harborview Pharma", "Quadrant Insight"; but "Olivia Park" next to a title
    if re.search(r"\b(?:Corp|Inc|Ltd|Pte|Co|Plc|LLC)$", name):
        return False
    if not strict:
        return True
    return not any(name in org or org in name for org in org_names if len(org) > 3)
