"""Acronyms and defined terms written after a name: "Malaysia Airlines (MAS)", ("the Company")."""

from __future__ import annotations

import re

from pipelines.extraction.entities.keys import display_name
from pipelines.extraction.entities.merging import fold_into
from pipelines.extraction.entities.records import Candidate, Org
from pipelines.extraction.entities.vocabulary import GENERIC_TERMS, GEO_WORDS, LEGAL_SUFFIXES
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.letters import LETTER, LETTER_CHARS, LOWER, UPPER

# The name in its own script may follow the acronym: "Taiwan Stock Exchange (TWSE, 臺灣證券交易所)".
_ACRONYM = re.compile(
    rf"\.?(,\s+{UPPER}{LOWER}+)?\s*\(\s*({UPPER}[{LETTER_CHARS}&.-]{{1,11}}(?:\s+{UPPER}{LETTER}+)?)"
    r"(?:\s*[,;]\s*[^\x00-\x7F()\n]{1,30})?\s*\)"
)


# ("Kingsoft Cloud" or "the Company"), also after a ticker: (NASDAQ: NVGE) ("NovaGrid" or the "Company")
_DEFINED_TERM = re.compile(
    r"\.?\s*(?:\([^()\"“]{1,40}\)\s*)?\(\s*((?:the\s+)?[\"“][^\"”]{2,60}[\"”])"
    r"(?:\s*(?:,|or|and)\s*((?:the\s+)?[\"“][^\"”]{2,60}[\"”]))?\s*\)"
)


def _abbreviates(acronym: str, name: str) -> bool:
    """ "Malaysia Airlines (MAS)": an all-capital acronym right after a name whose letters it takes in
    order, starting with the name's first letter; the parentheses make it a definition."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym) or not name[:1].isupper():
        return False
    letters = name.lower()
    position = 0
    for letter in acronym.lower():
        position = letters.find(letter, position)
        if position == -1:
            return False
        position += 1
    return acronym[0].lower() == letters[0]


def _initials_match(acronym: str, name: str) -> bool:
    """ "HKSTP" for "Hong Kong Science and Technology Park"; "SEC" also for "U.S. Securities and ..."."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in GEO_WORDS and _initials_in_order(acronym, rest):
        return True
    return _initials_in_order(acronym, name)


def _initials_in_order(acronym: str, name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in {"of", "the", "for", "and", "&"}]
    named = [w for w in words if w.lower().strip(".") not in LEGAL_SUFFIXES - {"group"} or w == words[:1][0]]
    # "Powerchip Semiconductor Manufacturing Corp (PSMC)": the legal form may give the last letter
    return _letters_in_initials(acronym, named) or (named != words and _letters_in_initials(acronym, words))


def _letters_in_initials(acronym: str, words: list[str]) -> bool:
    letters = [c.lower() for c in acronym if c.isalpha() and (c.isupper() or acronym.isupper())]
    if len(letters) < 2:
        return False
    initials = [w[0].lower() for w in words]
    if not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return len(letters) * 2 >= len(initials)


def add_acronyms_and_defined_terms(
    text: str,
    candidates: list[Candidate],
    orgs: dict[str, Org],
    surface_to_key: dict[str, str],
    gaz: Gazetteer,
) -> None:
    for cand in candidates:
        surface = text[cand.start : cand.end]
        key = surface_to_key.get(surface)
        if key is None:
            continue
        org = orgs[key]
        after = text[cand.end : cand.end + 120]
        defined = _DEFINED_TERM.match(after)
        if defined:
            for written in filter(None, defined.groups()):
                term = re.sub(r"[\"“”]", "", written)
                bare = re.sub(r"^the\s+", "", term, flags=re.IGNORECASE)
                if bare.lower() in GENERIC_TERMS:
                    term = "the " + bare  # the "Company" -> later "the Company" mentions
                surface_to_key.setdefault(term, key)
                org.aliases.add(term)
                if not term.lower().startswith("the "):
                    org.known_name = org.known_name or display_name(term)
            continue
        acronym = _ACRONYM.match(after)
        short = acronym.group(2) if acronym and not acronym.group(1) else ""
        other = surface_to_key.get(short, key)
        if (
            re.fullmatch(rf"{UPPER}{LOWER}+{LETTER}*", short)
            and not gaz.is_place(short)
            # the short name was also read as an organization of its own: it is this one
            and (other == key or (other in orgs and set(orgs[other].names) == {short}))
            and short.lower()[:2] == surface.lower()[:2]
        ):
            # "Malayan Banking Bhd (Maybank)": a short name given in parentheses
            if other != key:
                fold_into(orgs, surface_to_key, other, key)
            surface_to_key[short] = key
            org.aliases.add(short)
            continue
        if acronym and (
            _initials_match(acronym.group(2).split()[0], surface)
            or _abbreviates(acronym.group(2), surface)
            # "Financial Services Authority (OJK)": the article's own short name, in another language,
            # when the article uses it again or read it as a name, and the gazetteer knows no other
            # organization by it ("(NYSE)" after a name is a listing note)
            or (
                re.fullmatch(r"[A-Z]{2,6}", acronym.group(2))
                and len(surface.split()) >= 2
                and gaz.lookup(acronym.group(2)) is None
                and (text.count(acronym.group(2)) >= 2 or acronym.group(2) in surface_to_key)
            )
        ):
            acr = acronym.group(2)
            if acronym.group(1):  # "Nanyang Technological University, Singapore (NTU Singapore)"
                org.aliases.add(surface + acronym.group(1))
            for alias in {acr, acr.split()[0]}:
                if alias not in surface_to_key or surface_to_key[alias] == key:
                    surface_to_key[alias] = key
                    org.aliases.add(alias)
                elif alias in surface_to_key:  # the acronym was seen as its own org: fold it in
                    # "Australian Broadcasting Corporation (ABC)": the article's own definition wins
                    # over a gazetteer organization with the same acronym
                    other_org = orgs.get(surface_to_key[alias])
                    foreign = bool(other_org and other_org.known_name and not org.known_name)
                    fold_into(orgs, surface_to_key, surface_to_key[alias], key, inherit_identity=not foreign)
