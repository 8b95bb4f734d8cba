"""Whose document it is: the issuer a letterhead or a filing's defined term names.

A results release, a filing or a shareholder letter is the issuer's own: its tables and bullet lines
are the issuer's even where the prose right above them names someone else (the regulator the filing
goes to, the ministry the company belongs to, a unit it sold). The document states its issuer in two
general ways, read here without any article's wording:

- a letterhead: a line in capitals at the top of the document that writes an organization's name
  ("VELORIX HOLDINGS LIMITED", "VELORIX: A YEAR OF GROWTH"), matched against the names the text uses;
- a defined term: a name followed by the filing's word for itself ('Velorix Ltd (the "Company")').

Either is a statement of the document, not a guess from counting mentions, so it outranks the most
mentioned organization and the subject of the prose above a block of lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention


@dataclass(frozen=True)
class IssuerCue:
    pattern: re.Pattern[str]
    example: str  # a made-up document opening where this cue alone names the issuer


# The filing's word for itself, in quotes, in brackets right after the name (the defined term).
DEFINED_TERM = IssuerCue(
    re.compile(
        r"\s*\((?:[^()\n]{0,40}?\bor\s+)?(?:the\s+)?[\"“'‘](?:the\s+)?"
        r"(?:company|group|bank|issuer|trust|fund|reit|partnership)[\"”'’]",
        re.IGNORECASE,
    ),
    'Velorix Holdings Limited (the "Company") announces its results for the year.',
)
# How far down a letterhead may stand: the masthead lines above the first paragraph of a filing.
LETTERHEAD_LINES = 12
# A letterhead line is written in capitals: this share of its letters at least.
_CAPITALS_SHARE = 0.8
_PREPOSITION_BEFORE = re.compile(r"\b(?:under|of|by|with|to|from|for|on|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# A masthead of a newsletter or a paper names its publisher, who reports none of the figures it prints.
PUBLICATION_WORD = IssuerCue(
    re.compile(
        r"\b(?:investor|letter|newsletter|briefs?|briefing|weekly|daily|digest|news|times|journal|review|"
        r"post|gazette|wire|insider|bulletin|monitor|observer|herald|tribune|magazine|chronicle)\b",
        re.IGNORECASE,
    ),
    "THE VELORIX WEEKLY\nIssue 12 | 5 May 2025\n",
)
# A page of several numbered items ("1) VELORIX: A GOOD YEAR", "2) QUILL ...") has no one issuer: each
# item's capitals heading opens that item only.
NUMBERED_ITEM = IssuerCue(
    re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-Z][A-Z]", re.MULTILINE),
    "1) VELORIX: A GOOD YEAR\nVelorix said ...\n2) QUILL: A BAD ONE\nQuill said ...\n",
)
LETTERHEAD_EXAMPLE = "VELORIX HOLDINGS LIMITED\nInterim results for the six months ended 30 June 2025\n"


def document_issuer(text: str, mentions: list[OrgMention]) -> OrgMention | None:
    """The organization the document is by: its defined term's name, else its letterhead's."""
    named = [m for m in mentions if m.text[:1].isupper() and not m.text.lower().startswith(("the ", "its "))]
    for mention in named:
        if DEFINED_TERM.pattern.match(text, mention.end):
            return mention
    return letterhead_issuer(text, named)


def letterhead_issuer(text: str, named: list[OrgMention]) -> OrgMention | None:
    """The first organization a capitals line near the top writes (not as a preposition's object:
    "A COMPANY UNDER THE MINISTRY OF X" is about its owner, not by it)."""
    if not named or len(NUMBERED_ITEM.pattern.findall(text)) >= 2:
        return None
    by_form = {_form(m.text): m for m in named} | {_form(m.name): m for m in named}
    forms = sorted(by_form, key=len, reverse=True)  # the longest name a line writes, not a word of it
    lines = [line for line in text.split("\n") if line.strip()][:LETTERHEAD_LINES]
    for line in lines:
        if not _in_capitals(line):
            continue
        lowered = _form(line)
        for form in forms:
            if len(form) < 3:
                continue
            found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", lowered)
            if (
                found
                and not _PREPOSITION_BEFORE.search(lowered, 0, found.start())
                and not PUBLICATION_WORD.pattern.search(form)
            ):
                return by_form[form]
    return None


def _form(name: str) -> str:
    return " ".join(name.lower().split())


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha() and c.isascii()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters)
