"""The scope written right after an office: "vice-president for retail banking", "managing director
responsible for marketing, sales and internationalisation", "Director of Data Centres at Org".

The cues read the office ("vice-president") and stop before what it covers, so the gold's fuller title
is cut. ``scope_after_title`` reads the scope where the office is written next to the name: after it
("Name, the bank's vice-president for retail banking, said") or before it ("Org's Director of Finance
and Risk Management, Name, said"). A scope naming an organization is the employer, not part of the
title ("director of Kestrel Foods"); a stretch of time is no scope ("chief executive for ten years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention
from pipelines.extraction.people_roles import _ENDS_AS_DEPARTMENT
from pipelines.extraction.span_index import StartIndex


@dataclass(frozen=True)
class ScopeCue:
    opener: str  # a regular expression for the words that open the scope
    example: str  # made up, tested in tests/unit/test_title_scope.py
    read: tuple[str, str, str]  # (the name, the office a cue reads, the title with its scope)


# The words that open an office's scope, each with an example in the shape it reads.
SCOPE_CUES: tuple[ScopeCue, ...] = (
    ScopeCue(
        r"for",
        "Ana Ruiz, the bank's vice-president for retail banking, said",
        ("Ana Ruiz", "vice-president", "vice-president for retail banking"),
    ),
    ScopeCue(
        r"responsible\s+for",
        "Ravi Menon, managing director responsible for marketing, sales and services, said",
        (
            "Ravi Menon",
            "managing director",
            "managing director responsible for marketing, sales and services",
        ),
    ),
    ScopeCue(
        r"in\s+charge\s+of",
        "Mei Chen, deputy director in charge of the Asia business, said",
        ("Mei Chen", "deputy director", "deputy director in charge of the Asia business"),
    ),
    ScopeCue(
        r"of",
        "Ada Lund, Director of Data Centres at Velorix Systems, said",
        ("Ada Lund", "Director", "Director of Data Centres"),
    ),
    ScopeCue(
        r"of",
        "Quandra Bank's Director of Finance and Risk Management, Ana Ruiz, said",
        ("Ana Ruiz", "Director", "Director of Finance and Risk Management"),
    ),
)

# Words that end the scope: the sentence goes on ("said", "who", "at Org", "since 2020").
_STOP = (
    r"(?:said|says|told|added|noted|at|who|which|whose|will|would|has|had|have|is|was|and|since|until|"
    r"from|with|in|on|to|as|after|before|when|while)"
)
# Words that make "for ..." a stretch of time or a count, not a scope.
NOT_SCOPE = (
    r"(?:a|an|more|over|nearly|almost|about|some|several|the\s+(?:past|last|next|first)|years?|decades?|"
    r"months?|now|its|his|her|their|this|that|two|three|four|five|six|seven|eight|nine|ten)"
)
_SCOPE_WORD = rf"(?!{_STOP}\b)[^\W\d_][\w’'&-]*"
# after "the", two words at least: "the Asia business" is a scope, "the company" the employer
_PHRASE = (
    rf"(?:the[ ]+{_SCOPE_WORD}(?:[ ]{_SCOPE_WORD}){{1,4}}"
    rf"|(?!the\b){_SCOPE_WORD}(?:[ ]{_SCOPE_WORD}){{0,4}})"
)
_OPENERS = "|".join(sorted({cue.opener for cue in SCOPE_CUES}, key=len, reverse=True))
# "for marketing", "for marketing, sales and services", "of Finance and Risk Management"
_SCOPE = re.compile(
    rf"[ ]+(?:{_OPENERS})[ ]+(?!{NOT_SCOPE}\b)({_PHRASE}(?:(?:,[ ]+{_PHRASE})*,?[ ]+and[ ]+{_PHRASE})?)"
)
# What follows a scope after the name: the clause goes on or the sentence ends.
_AFTER_SCOPE_END = re.compile(r"[ ]*(?:[.;:)\n]|,|[ ]+(?:at|said|says|told|who)\b|$)")
# Between the office and the name: a comma, or the name right after ("Director of Finance Ana Ruiz")
_BEFORE_NAME = re.compile(r",?[ ]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ ]+)?$")
# Offices that cover a portfolio; a chief executive "of" something names the employer.
_PORTFOLIO_OFFICE = re.compile(
    r"(?i)(?:vice[- ]president|director|manager|head|member|(?<!chief )executive officer)$"
)
_EMPLOYER_NEXT = re.compile(r"[ ]+at[ ]")
_WINDOW = 120


def scope_after_title(
    text: str,
    start: int,
    end: int,
    title: str,
    org_mentions: StartIndex[OrgMention],
    org_names: frozenset[str] = frozenset(),
) -> tuple[str, OrgMention | None]:
    """The title with the scope written right after its office, where the title at the name
    [start, end) is written just after or just before it (else the title as it was), and the employer
    named right after the scope ("Director of Data Centres at Org"), if any. ``org_names``: the article's
    organizations' names and surfaces in lower case, for one not tagged where the scope names it."""
    if not _PORTFOLIO_OFFICE.search(title):
        return title, None  # the title ends in its scope already ("head of the Europe business")
    after = text.find(title, end, end + _WINDOW)
    if after >= 0 and _only_descriptor(text[end:after]):
        scope = _SCOPE.match(text, after + len(title))
        if scope and _AFTER_SCOPE_END.match(text, scope.end()) and _no_org(org_mentions, org_names, scope):
            return title + text[after + len(title) : scope.end()], _employer_next(org_mentions, scope)
    before = text.rfind(title, max(0, start - _WINDOW), start)
    if before >= 0:
        scope = _SCOPE.match(text, before + len(title))
        if (
            scope
            and _BEFORE_NAME.match(text[scope.end() : start])
            and _no_org(org_mentions, org_names, scope)
        ):
            return title + text[before + len(title) : scope.end()], None
    return title, None


def _employer_next(org_mentions: StartIndex[OrgMention], scope: re.Match[str]) -> OrgMention | None:
    at = _EMPLOYER_NEXT.match(scope.string, scope.end())
    employers = org_mentions.starting(at.end(), at.end() + 1) if at else []
    return employers[0] if employers else None


def _only_descriptor(between: str) -> bool:
    """Between the name and its office: a comma and at most a few words ("the bank's"), one clause."""
    one_clause = not re.search(r"[.;\n]", between)
    return between.lstrip().startswith(",") and len(between.split()) <= 4 and one_clause


def _no_org(org_mentions: StartIndex[OrgMention], org_names: frozenset[str], scope: re.Match[str]) -> bool:
    """A scope naming an organization is the employer ("director of Kestrel Foods"), unless an employer
    follows it ("Director of Cloud Platforms at Org": a unit the model tagged) or it ends as a department
    does ("for Finance and Investor Relations")."""
    if _employer_next(org_mentions, scope) is not None or _ENDS_AS_DEPARTMENT.search(scope.group(1)):
        return True
    words = scope.group(1).lower().split()
    if " ".join(words) in org_names or words[0] in org_names:
        return False  # "managing director of velorix": an organization the model did not tag here
    return not org_mentions.overlaps(scope.start(1), scope.end(1))
