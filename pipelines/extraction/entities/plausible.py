"""Whether a surface reads as an organization's name at all (not a phrase, period code, place, title,
generic business line or field of work)."""

from __future__ import annotations

import re

from pipelines.extraction.entities.vocabulary import (
    COMMON_PLURALS,
    CONNECTORS,
    DATA_CENTRE_SITE,
    ELIDED_ARTICLE,
    GENERIC_WORDS,
    GEO_WORDS,
    HEADS,
    LEADING_NOISE,
    LEGAL_SUFFIXES,
    LOWER_CASE_PARTICLES,
    MONTHS_DAYS,
    NOT_AI_COMPANY,
    NOT_ORG_LAST,
    OFFICE_TITLE,
    PUBLIC_BODY,
    ROMANCE_KIND_WORDS,
    ROMANCE_LINK_WORDS,
    RULE_LAST,
    TITLE_WORDS,
)
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.org_cues import (
    ACCOUNTING_STANDARDS,
    ANY_NOT_ORGANIZATION_FORM,
    GEOGRAPHIC_SEGMENTS,
    NOT_ORGANIZATION_ENDINGS,
    NOT_ORGANIZATION_OPENINGS,
    PERIOD_LAST_WORD,
)
from pipelines.extraction.quantities import CURRENCY_CODES
from pipelines.letters import LOWER, UPPER

_ROMANCE_KIND = re.compile(ROMANCE_KIND_WORDS)
_DESCRIBING_COMPOUND = re.compile(rf"{UPPER}{LOWER}+-(?:language|speaking|listed|born|style)")


def generic_phrase(text: str, start: int, end: int) -> bool:
    """A name made only of generic business words is a business line unless the text treats it as a
    named body: "the/its Cloud & AI Business Group", "X's Financial Technology Group", "(CSIG)"."""
    tokens = [t for t in re.split(r"[\s&]+", text[start:end]) if t and t.lower() not in CONNECTORS]
    if not tokens or not all(t in GENERIC_WORDS for t in tokens):
        return False
    before = text[max(0, start - 30) : start]
    if re.search(r"(?:\b(?:the|its|their|a\s+new|new)|['’]s?)\s+$", before, re.IGNORECASE):
        return False
    return not re.match(rf"\s*\({UPPER}{{2,}}\)", text[end : end + 12])


def _of_a_place(word: str, gaz: Gazetteer) -> bool:
    """A place's name or its adjective: "Saudi", "Arabian" (of "Arabia"), "Korean"."""
    return word.lower() in GEO_WORDS or gaz.is_place(word) or (word.endswith("n") and gaz.is_place(word[:-1]))


def _regions_joined(surface: str, gaz: Gazetteer) -> bool:
    """Two or more regions or places joined by "&" or "and" ("Middle East & Africa", "Europe and Asia"):
    a geographic segment, whatever the recognizer said."""
    parts = [p.strip() for p in re.split(r"[ ]+(?:&|and)[ ]+|,[ ]+", surface)]
    if len(parts) < 2:
        return False
    return all(p in GEOGRAPHIC_SEGMENTS or (gaz.is_place(p) and gaz.lookup(p) is None) for p in parts)


def _demonym(word: str, gaz: Gazetteer) -> bool:
    """A people's adjective ("Guatemalan", "Kazakh"), not a place's or a known company's name."""
    return gaz.lookup(word) is None and not gaz.is_place(word) and _of_a_place(word, gaz)


# Compiled once: written inline, the pattern string (with its class of every capital letter) was built and
# looked up in re's cache on every call, several times the cost of the match itself.
_A_CAPITAL = re.compile(UPPER)


def plausible(surface: str, gaz: Gazetteer, products: set[str], opening_kept: bool = False) -> bool:
    """Whether ``surface`` reads as an organization's name; ``opening_kept``: the article shows its opening
    function word as the name's own ("Bengaluru-based Even Healthcare", function_word_openings.py)."""
    if len(surface) < 2 or "\n" in surface or not _A_CAPITAL.search(surface):
        return False
    if surface in products or gaz.is_not_organization(surface) or surface in MONTHS_DAYS:
        return False
    if gaz.is_place(surface) and gaz.lookup(surface) is None:
        return False
    tokens = surface.split()
    if len(tokens) > 9 or surface[0].isdigit() or "@" in surface or "  " in surface:
        return False
    if len(tokens) == 1 and surface.lower() in COMMON_PLURALS:
        return False  # "Vendors sold ..." at the start of a sentence
    if (tokens[0] in LEADING_NOISE and not opening_kept) or tokens[-1].lower() in CONNECTORS:
        return False
    if len(tokens) > 1 and _DESCRIBING_COMPOUND.fullmatch(tokens[0]):
        return False  # "Korean-language AI models": a described thing, not a name
    if TITLE_WORDS.search(" " + surface):  # "Chief Executive Officer Dana Park" is a person
        return False
    if OFFICE_TITLE.match(surface):  # "Minister of Investment, Trade and Industry" is a person's office
        return False
    if surface in GEOGRAPHIC_SEGMENTS:  # "revenue in EMEA": a segment of the business
        return False
    if _regions_joined(surface, gaz):  # "Middle East & Africa": a segment made of two regions
        return False
    if len(tokens) == 1 and _demonym(surface, gaz):  # "Guatemalan", "Kazakh": the company comes after it
        return False
    if surface in CURRENCY_CODES or ACCOUNTING_STANDARDS.fullmatch(surface):  # "EUR", "IFRS"
        return False
    if ANY_NOT_ORGANIZATION_FORM.fullmatch(surface):
        return False  # "EUR 19.1bn", "Q4", "Supervisory Board"
    if len(tokens) > 1 and any(end.search(surface) for _kind, end, _ex, _surface in NOT_ORGANIZATION_ENDINGS):
        return False  # "Limited Review Report", "Group Co-CEO", "Velorix Pay", "Amber Gas Pipeline"
    if len(tokens) > 1 and NOT_ORGANIZATION_OPENINGS.match(surface):  # "Edited Transcript"
        return False
    if len(tokens) > 1 and any(PERIOD_LAST_WORD.fullmatch(t) for t in tokens[1:]):
        return False  # "Velorix Q4", "Velorix Q1 Earnings": the name is "Velorix", a period follows it
    if len(tokens) == 1 and re.fullmatch(rf"(?:{HEADS})", surface):  # a lone "Holdings" or "Technology"
        return False
    if len(tokens) == 1 and surface.rstrip(".").lower() in LEGAL_SUFFIXES:  # a lone "GmbH", "LTD", "S.A."
        return False
    if (
        tokens[-1] == "AI" and tokens[0] in NOT_AI_COMPANY
    ):  # "Generative AI" is a field, "Moonshot AI" a firm
        return False
    if tokens[-1] == "AI" and len(tokens) > 1 and all(_of_a_place(t, gaz) for t in tokens[:-1]):
        return False  # "Saudi Arabian AI company Humain": a country's field, the company after it
    if tokens[-1] == "Internet" and all(t.lower() in GEO_WORDS or t in GENERIC_WORDS for t in tokens[:-1]):
        return False  # "Chinese Internet", "Mobile Internet": a field, not a firm
    if len(tokens) > 1 and tokens[-1] in NOT_ORG_LAST:  # "Big Data Platform", "Apsara Conference"
        return False
    if tokens[-1] in RULE_LAST and len(tokens) > 1 and not any(t in CONNECTORS for t in tokens):
        return False  # "EU Market Abuse Regulation": a rule
    if DATA_CENTRE_SITE.search(surface):  # "Matsue Data Center Park": a site, not a science park
        return False
    if re.match(r"(?:[A-Z]{1,3}\$|RMB|US|\$|€|£|¥)\s?\d", surface):  # "RMB538mn" tagged as an organization
        return False
    lower_first = tokens[0][0].islower() and not re.match(rf"{LOWER}+{UPPER}", tokens[0])  # iResearch, eBay
    if lower_first and not PUBLIC_BODY.match(surface):  # "the city of Matsue" as a party is a public body
        return False
    # Lower-case words other than connectors mean a phrase, not a name ("Canalys suggest Tencent").
    connecting = CONNECTORS | LOWER_CASE_PARTICLES
    lower = [t for t in tokens[1:] if t[0].islower() and t not in connecting]
    if lower and _ROMANCE_KIND.fullmatch(tokens[0]):  # "Agence pour le Développement Agricole"
        lower = [t for t in lower if t not in ROMANCE_LINK_WORDS and not ELIDED_ARTICLE.match(t)]
    return not lower or bool(re.search(r"business (?:group|unit)$|\b[Gg]overnment$", surface))
