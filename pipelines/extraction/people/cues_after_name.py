"""Title cues that read a title written after the name: "Name, chairman of Org", "Name, who is its CEO".

Each reader decides the title and organization its form states, or that its form does not apply.
"""

from __future__ import annotations

import re

from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.people.around import _Around, _nearest_org, _Reading
from pipelines.extraction.people.title_words import (
    _BOARD_SCOPE,
    _OFFICE_WITH_PORTFOLIO,
    _PORTFOLIO_WORD,
    _UNIT_WORDS,
    TITLE,
    TITLE_SCOPED,
)
from pipelines.extraction.people.titled_names import _COPULA_AFTER
from pipelines.letters import LOWER, UPPER


def _now_title_after(at: _Around) -> _Reading:
    """ "Former CFO Name, now chief executive, said": the role the person holds now."""
    now = rf",\s+now\s+(?:the\s+|its\s+)?({TITLE_SCOPED})(?:\s+(?:of|at)\s+(?:the\s+)?)?"
    match = re.match(now, at.after)
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    return match.group(1), org or _nearest_org(at.orgs, at.start)


# "Name heads the company as its co-founder and chief executive", "Name, known as X, runs Org as
# managing director": the role after "as" (a bare "heads the group" is left to the parse: "head").
_VERB_AS_ROLE = re.compile(
    rf"(?:,[^,.;]{{1,30}},)?\s+(?:heads|leads|runs|chairs|will\s+lead|will\s+run)\s+([^,.;]{{1,40}}?)\s+as\s+"
    rf"(?:its\s+|their\s+|the\s+|a\s+|an\s+)?({TITLE_SCOPED})(?![\w-])"
)


def _verb_as_role(at: _Around) -> _Reading:
    match = _VERB_AS_ROLE.match(at.text, at.end)
    if not match:
        return None
    led = next(iter(at.orgs.mentions.starting(match.start(1), match.end(1))), None)
    return match.group(2), led or _nearest_org(at.orgs, at.start)


def _joined_as(at: _Around) -> _Reading:
    joined = re.match(r",\s+who\s+(?:joined|leads|runs|heads|founded|co-founded)\s+", at.after)
    if not joined or at.end + joined.end() not in at.by_start:
        return None
    org = at.by_start[at.end + joined.end()]
    role = re.match(
        rf"\s+as\s+(?:a\s+|an\s+|the\s+|its\s+)?({TITLE_SCOPED})", at.text[org.end : org.end + 100]
    )
    return (role.group(1), org) if role else None


def _title_of_org_after(at: _Around) -> _Reading:
    match = re.match(
        rf",\s+(?:who\s[^,.;]{{0,60}}?\bas\s+)?(?:a\s+|an\s+|the\s+)?({TITLE_SCOPED})\s+(?:of|at|for|with)\s+"
        rf"(?:the\s+)?(?:{LOWER}[\w-]*\s+){{0,2}}",
        at.after,
    )
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    title = match.group(1)
    if org is None:
        office = _CLOSED_OFFICE.match(at.text, at.end + match.start(1))
        if office and len(office.group()) > len(title):  # "Cabinet Secretary for Agriculture and Trade, said"
            return office.group(), _nearest_org(at.orgs, at.start)
        return _regional_title(at, title, at.end + match.end())
    text = at.text
    unit = re.match(rf"['’]s\s+((?:{LOWER}[\w&-]*\s+){{0,3}}{_UNIT_WORDS})\b", text[org.end : org.end + 80])
    if unit:
        title = f"{title} of the {unit.group(1)}"
    second = re.match(
        rf"\s+and\s+({TITLE})\s+of\s+(?:its|the)\s+([^,.;]{{1,60}}?)(?=\s*[,.;]|\s+(?:said|told|says))",
        text[org.end : org.end + 120],
    )
    if second:
        title = f"{title} and {second.group(1)} of the {second.group(2)}"
    return title, org


# A public office with its whole portfolio in capitals, up to the comma or stop closing the apposition (a
# comma before a capital lists more of the portfolio: "Secretary of State for Science, Innovation and ...").
_CLOSED_OFFICE = re.compile(rf"{_OFFICE_WITH_PORTFOLIO}(?=\s*[.;]|,\s+(?!{UPPER}))")
# The portfolio of a compound title's last office, up to the clause's close: "Name, Deputy Prime Minister
# and Minister" + " of Interior."
_PORTFOLIO_AFTER = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO_WORD}(?:(?:\s+(?:and|for|of)\s+|,\s+|\s+){_PORTFOLIO_WORD}){{0,5}}?"
    rf"(?=\s*[.;]|,\s+(?!{UPPER}))"
)
_ENDS_IN_OFFICE = re.compile(r"(?i)(?:minister|secretary|commissioner)$")


def _portfolio_after(text: str, end: int, title: str) -> str:
    """The title with the portfolio written right after it, where the title read right after the name
    ends in an office and stopped before its portfolio."""
    at = re.match(r",\s+(?:the\s+)?", text[end : end + 8])
    if at is None or not _ENDS_IN_OFFICE.search(title) or not text.startswith(title, end + at.end()):
        return title
    portfolio = _PORTFOLIO_AFTER.match(text, end + at.end() + len(title))
    return title + portfolio.group() if portfolio else title
_REGION_THEN_EMPLOYER = re.compile(rf"({UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\s+(?:at|of)\s+(?:the\s+)?")


def _regional_title(at: _Around, title: str, position: int) -> _Reading:
    """ "Name, head of Asia at Org": a place after the title's "of" is its scope, the employer follows."""
    region = _REGION_THEN_EMPLOYER.match(at.text, position)
    if region and default_gazetteer().is_place(region.group(1)) and region.end() in at.by_start:
        return f"{title} of {region.group(1)}", at.by_start[region.end()]
    return title, _nearest_org(at.orgs, at.start)


# "Name, a retail analyst at Org", "Name, an independent chemicals analyst in Tokyo": the field an analyst
# covers, in lower-case words of its own, is part of the title.
_ANALYST_OF_A_FIELD = re.compile(
    rf",\s+an?\s+((?:{LOWER}+\s+){{1,2}}(?:analyst|economist|strategist))\s+(?:at|with|for|in)\s+(?:the\s+)?"
)


def _analyst_of_a_field_after(at: _Around) -> _Reading:
    match = _ANALYST_OF_A_FIELD.match(at.text, at.end)
    if not match:
        return None
    return match.group(1), at.by_start.get(match.end()) or _nearest_org(at.orgs, at.start)


def _org_possessive_title_after(at: _Around) -> _Reading:
    match = re.match(r",\s+(?:a\s+|an\s+|the\s+)?", at.after)
    if not match or at.end + match.end() not in at.by_start:
        return None
    org = at.by_start[at.end + match.end()]
    text = at.text
    indefinite = re.match(r",\s+an?\s", at.after) is not None
    owner_mark = r"['’]s?\s+" if not indefinite else r"(?:['’]s?)?\s+"
    possessive = re.match(owner_mark, text[org.end : org.end + 120])
    if not possessive:
        return None
    position = org.end + possessive.end()
    if position in at.by_start:  # a named unit of the owner
        org = at.by_start[position]
        position = org.end + len(text[org.end :]) - len(text[org.end :].lstrip())
    title = re.match(TITLE, text[position : position + 80])
    return (title.group(), org) if title else None


def _board_title_after(at: _Around) -> _Reading:
    """ "Name, Member of the Executive Board responsible for Finance, said": a title whose capitalised
    scope names a governing body, perhaps joined to a second office ("Chairman of the Board and General
    Manager"), then its organization if "of Org" follows."""
    match = re.match(
        rf",\s+(?:the\s+)?({TITLE}{_BOARD_SCOPE}(?:\s+and\s+{TITLE})?)(?:\s+of\s+(?:the\s+)?)?", at.after
    )
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    return match.group(1), org or _nearest_org(at.orgs, at.start)


# A name set off by commas after what it is named as: "The founder, Ana Ruiz, remains chairman" (not "the
# daughter of founder Ana Ruiz, is its chair", whose subject is the daughter).
_APPOSED_BEFORE = re.compile(r",[ \t]+\Z")


def _copula_after(at: _Around) -> _Reading:
    match = _COPULA_AFTER.match(at.text, at.end)
    apposed = _APPOSED_BEFORE.search(at.text, max(0, at.start - 8), at.start) is not None
    if match is None and apposed and at.text.startswith(",", at.end):
        match = _COPULA_AFTER.match(at.text, at.end + 1)  # the copula after the apposed name's comma
    if not match:
        return None
    org = at.by_start.get(match.end())  # "is chief executive of Org"
    if org is None and match.group(1):
        org = at.by_start.get(match.start(1))  # "is dLocal's chief executive"
    return match.group(2), org or _nearest_org(at.orgs, at.start)


_SENTENCE_GOES_ON = (
    r"(?:said|says|told|added|noted|explained|wrote|who|which|after|before|and|but|has|had|is|was|will|would)"
    r"(?![\w-])"
)


def _title_between_commas(at: _Around) -> _Reading:
    """ "Name, chief financial officer, said" / "with Name, the chief technology officer, after": a title
    set off by commas, the sentence going on with a verb or a joining word after it (anything else after
    the second comma may be the title's own scope: "co-president, Asia Pacific", "president, strategic
    growth"). A time or a bracket after the title closes it too: "Name, CFO since March", "Name, CFO (formerly
    ...)", "by Name, CFO: ..."."""
    match = re.match(
        rf",\s+(?:the\s+|its\s+|our\s+)?({TITLE_SCOPED})"
        rf"(?:,\s+{_SENTENCE_GOES_ON}|[ \t]+since\s+(?:\d|{UPPER})|[ \t]+\(|[ \t]*:(?!\w))",
        at.after,
    )
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)
