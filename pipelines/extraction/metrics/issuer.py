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
from dataclasses import dataclass, replace
from itertools import islice

from pipelines.extraction.entities.vocabulary import LEGAL_SUFFIXES
from pipelines.extraction.literal_scan import starts_with_word
from pipelines.extraction.metrics.numbered_items import numbered_items
from pipelines.extraction.model import OrgMention
from pipelines.legal_forms import LEGAL_FORM_WORDS, NOT_A_LEGAL_FORM


@dataclass(frozen=True)
class IssuerCue:
    pattern: re.Pattern[str]
    example: str  # a made-up document opening where this cue alone names the issuer


# The filing's word for itself, in quotes, in brackets right after the name (the defined term). The
# recognizer's name may stop before its legal form's full stop ('Velorix Brands, S.A' of "S.A. (").
DEFINED_TERM = IssuerCue(
    re.compile(
        r"\.?\s*\((?:[^()\n]{0,40}?\bor\s+)?(?:the\s+)?[\"“'‘](?:the\s+)?"
        r"(?:company|corporation|group|bank|issuer|trust|fund|reit|partnership)[\"”'’]",
        re.IGNORECASE,
    ),
    'Velorix Holdings Limited (the "Company") announces its results for the year.',
)
# How far down a letterhead may stand: the masthead lines above the first paragraph of a filing.
LETTERHEAD_LINES = 12
_NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


def top_lines(text: str) -> list[re.Match[str]]:
    """The first LETTERHEAD_LINES non-blank lines, without splitting the rest of the article."""
    return list(islice(_NON_BLANK_LINE.finditer(text), LETTERHEAD_LINES))


def _by_form(named: list[OrgMention]) -> dict[str, OrgMention]:
    """Each mention by the compared form of its written text and of its name."""
    return {_form(m.text): m for m in named} | {_form(m.name): m for m in named}


# A letterhead line is written in capitals: this share of its letters at least.
_CAPITALS_SHARE = 0.8
# A masthead of a newsletter or a paper names its publisher, who reports none of the figures it prints.
PUBLICATION_WORD = IssuerCue(
    re.compile(
        r"\b(?:investor|letter|newsletter|briefs?|briefing|weekly|daily|digest|news|times|journal|review|"
        r"post|gazette|wire|insider|bulletin|monitor|observer|herald|tribune|magazine|chronicle)\b",
        re.IGNORECASE,
    ),
    "THE VELORIX WEEKLY\nIssue 12 | 5 May 2025\n",
)
# A broker's research note about a listed company: its letterhead names the research house that wrote it,
# not the company whose figures it reports (the example's letterhead names no issuer).
RESEARCH_NOTE = IssuerCue(
    re.compile(
        r"\b(?:equity\s+research|company\s+update|analyst\s+note|"
        r"initiation\s+of\s+coverage|(?:recommendation|rating|target\s+price|price\s+target)[ \t]*:)",
        re.IGNORECASE,
    ),
    "QUILL SECURITIES SDN BHD - COMPANY UPDATE\nVelorix Holdings - 1QFY26 results\nRecommendation: HOLD\n",
)
# A page of several numbered items ("1) VELORIX: A GOOD YEAR", "2) QUILL ...") has no one issuer: each
# item's capitals heading opens that item only (the headings' shapes: numbered_items.py)
LETTERHEAD_EXAMPLE = "VELORIX HOLDINGS LIMITED\nInterim results for the six months ended 30 June 2025\n"


def document_issuer(text: str, mentions: list[OrgMention]) -> OrgMention | None:
    """The organization the document is by: its defined term's name, else its letterhead's, else the
    one its title line names as the author of a report."""
    # a name may open with a digit ("8x8, Inc."), never in lower case (a descriptor: "the group")
    named = [
        m
        for m in mentions
        if m.text[:1].isalnum()
        and not m.text[:1].islower()
        and not m.text.lower().startswith(("the ", "its "))
    ]
    for mention in named:
        if DEFINED_TERM.pattern.match(text, _after_legal_form(text, mention.end)):
            return mention
    if any(RESEARCH_NOTE.pattern.search(line.group()) for line in top_lines(text)):
        return field_issuer(text, named)  # a broker's note: its letterhead and title name the broker
    return field_issuer(text, named) or letterhead_issuer(text, named) or report_title_issuer(text, named)


# A legal form a recognizer may leave out of the name ("Velorix S.A. (the "Bank")": the mention is "Velorix")
_LEGAL_WORD = re.compile(r",?[ \t]+([A-Za-z][A-Za-z.&]*)")
DEFINED_TERM_AFTER_LEGAL_FORM_EXAMPLE = 'The board of Velorix S.A. (the "Bank") announces a notification.'


def _after_legal_form(text: str, end: int) -> int:
    """Where the name ending at ``end`` ends with the legal-form words written after it (up to three), and
    the full stop a recognizer leaves off an abbreviated form ("S.A")."""
    end += text.startswith(".", end)
    for _ in range(3):
        word = _LEGAL_WORD.match(text, end)
        if word is None or word.group(1).lower().rstrip(".") not in LEGAL_FORM_WORDS:
            break
        end = word.end()
    return end


# A filing's header field that names who files it ("Company name: Velorix Co., Ltd.", "Issuer: Velorix
# S.A."): a statement of the document, like a defined term; the name right after the label is the issuer.
ISSUER_FIELD = IssuerCue(
    re.compile(
        r"^[ \t]*(?:company\s+name|name\s+of\s+(?:the\s+)?(?:listed\s+)?(?:company|issuer|entity)|"
        r"issuer(?:\s+name)?|listed\s+company|reporting\s+entity)[ \t]*[:：][ \t]*",
        re.IGNORECASE,
    ),
    "Summary of results for fiscal 2025\nCompany name: Velorix Co., Ltd.   Listing: Quill Exchange\n",
)


def field_issuer(text: str, named: list[OrgMention]) -> OrgMention | None:
    """The organization a header field near the top names as the filer ("Company name: Velorix"): a
    mention right after the label, else the longest name the article uses that the field's value opens
    with (a filer's name in capitals, "VELORIX CO., LTD.", is often no mention of the recognizer's)."""
    for line in top_lines(text):
        label = re.match(r"[^:：\n]*[:：][ \t]*", line.group())
        if label is None or not ISSUER_FIELD.pattern.fullmatch(label.group()):
            continue
        value_start = line.start() + label.end()
        on_field = next((m for m in named if m.start == value_start), None)
        if on_field is not None:
            return on_field
        value = _form(text[value_start : line.end()])
        by_form = _by_form(named)
        for form in sorted(by_form, key=len, reverse=True):
            if len(form) >= 3 and starts_with_word(value, form):
                return by_form[form]
    return None


@dataclass(frozen=True)
class ReportTitleCue:
    pattern: re.Pattern[str]  # what follows the organization that opens a title line
    examples: tuple[str, ...]  # made-up title lines where this cue alone names the issuer


# The document's word for itself: a report of results (not a "report" verb, not a deal or a product).
_REPORT_NOUN = (
    r"(?:(?:interim|quarterly|half[- ]year(?:ly)?|annual|year[- ]end|full[- ]year|nine[- ]months?|"
    r"financial|business|operating|trading|sustainability)\s+)?"
    r"(?:report|results|statement|update|earnings|financial\s+statements)\b"
)
# A word of a reporting period in a title ("Fourth Quarter and Fiscal 2025", "Q2 FY26", "First-Half").
_PERIOD_WORD = (
    r"(?i:fiscal|first|second|third|fourth|1st|2nd|3rd|4th|quarter|half[- ]year(?:ly)?|first[- ]half|"
    r"full[- ]year|year[- ]end|nine[- ]months?|and|&)|Q[1-4]|H[12]|FY\s?\d{2,4}|\d{4}"
)
# A title line that opens with an organization and names the document as that organization's report:
# a release or a filing by it, whose tables and unnamed lines are its own.
REPORT_TITLE_CUES = (
    # "Velorix AB (publ) - Interim report January-June 2025": the name, a separator, the document
    ReportTitleCue(
        re.compile(
            r"[^\n]{0,20}?[ \t]*[-–—:|][ \t]*(?:(?:[A-Z]\w*|\d{4}|Q[1-4]|H[12]|FY\d{2,4})[ \t]+){0,4}"
            + _REPORT_NOUN,
            re.IGNORECASE,
        ),
        ("Velorix AB (publ) - Interim report January-June 2025", "Velorix Group: Q3 2025 results"),
    ),
    # "Velorix Inc. Reports Fiscal 2025 Third Quarter Results", "Velorix announces interim results for
    # the period ending 30-06-2025": a reporting verb whose object is the document
    ReportTitleCue(
        re.compile(
            r"[.,]?[ \t]+(?:announces|reports|publishes|releases|posts|presents|declares|delivers)[ \t]+"
            r"(?:(?:" + _PERIOD_WORD + r"|its|their|the|strong|record|solid|preliminary|unaudited|audited|"
            r"consolidated|financial)[ \t]+){0,7}" + _REPORT_NOUN,
            re.IGNORECASE,
        ),
        (
            "Velorix Inc. Reports Fiscal 2025 Third Quarter Results",
            "Velorix announces interim results for the period ending 30-06-2025",
            "Velorix Corp. Reports Fourth Quarter and Fiscal 2025 Results",
        ),
    ),
    # "Velorix, Inc. (VLX) Q2 Fiscal 2025 Earnings Call Transcript", "Velorix Q3 results: profit up 5%":
    # the name, its code, the period and the document, with no separator or verb between them
    ReportTitleCue(
        re.compile(
            r"[.,]?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?!(?i:and|&)\b)(?:" + _PERIOD_WORD + r")"
            r"(?:[ \t]+(?:" + _PERIOD_WORD + r")){0,5}"
            r"[ \t]+(?i:" + _REPORT_NOUN + r"|(?:earnings[ \t]+)?(?:conference[ \t]+)?call\b|transcript)",
        ),
        ("Velorix, Inc. (VLX) Q2 Fiscal 2025 Earnings Call Transcript", "Velorix Q3 results: profit up 5%"),
    ),
    # "The Velorix Group (NASDAQ: VLX)" alone on its line (no legal form: no letterhead), then "Q3 Fiscal
    # 2025 Earnings Conference Call - Edited transcript" or "Letter to Shareholders": the name heads the
    # document the next line names
    ReportTitleCue(
        re.compile(
            # the next line: capitalised words or periods (a title's case), then the document's noun
            r"[.,]?[ \t]*(?:\([^()\n]*\)[ \t]*)*\n\s*"
            r"(?:(?:[A-Z][\w-]*|Q[1-4]|H[12]|FY\s?\d{2,4}|\d{4}|and|to|of|the)[ \t]+){0,6}?"
            r"(?i:" + _REPORT_NOUN + r"|(?:earnings[ \t]+conference|earnings|conference)[ \t]+call\b|"
            r"transcript|letter[ \t]+to[ \t]+(?:shareholders|stockholders|investors)|form[ \t]+10-[QK])",
        ),
        (
            "The Velorix Group (NASDAQ: VLX)\nQ3 Fiscal 2025 Earnings Conference Call - Edited transcript",
            "Velorix\nLetter to Shareholders, second quarter 2025",
        ),
    ),
)


def report_title_issuer(text: str, named: list[OrgMention]) -> OrgMention | None:
    """The organization a title line near the top opens with when the line names the document as its
    report ("Velorix AB - Interim report", "Velorix Reports Third Quarter Results"): a release or filing
    by it. Lines of prose and pages of numbered items name none."""
    if not named or numbered_items(text, capitals_only=True):
        return None
    for match in top_lines(text):
        line_start, line_end = match.span()
        if PROSE_LINE.search(match.group()):
            return None  # the first paragraph of prose: no title line above it named a report
        opening = next((m for m in named if line_start <= m.start < line_end), None)
        if opening is None or not _TITLE_OPENING.fullmatch(text, line_start, opening.start):
            continue
        if PUBLICATION_WORD.pattern.search(opening.name):
            continue
        next_line = NEXT_LINE.search(text[line_end:])
        # its line and the next, after the legal form a recognizer leaves out ("8x8" of "8x8, Inc.")
        after = text[_after_legal_form(text, opening.end) : line_end + (next_line.end() if next_line else 0)]
        if any(cue.pattern.match(after) for cue in REPORT_TITLE_CUES):
            return opening
    return None


def letterhead_issuer(text: str, named: list[OrgMention]) -> OrgMention | None:
    """The organization a capitals line near the top opens with ("VELORIX HOLDINGS LIMITED", "VELORIX:
    A YEAR OF GROWTH"); a line that opens with other words names its subject in passing ("A COMPANY
    UNDER THE MINISTRY OF X", "ON THE SHELF: X SLIPS; Y BUYS"), and a table row ("EBITDA | 5") is none."""
    if not named or numbered_items(text, capitals_only=True):
        return None
    by_form = _by_form(named)
    forms = sorted(by_form, key=len, reverse=True)  # the longest name a line writes, not a word of it
    lines = top_lines(text)
    above_prose = True  # a letterhead in ordinary capitals stands above the first paragraph of prose
    for match in lines:
        line = match.group()
        above_prose = above_prose and not PROSE_LINE.search(line)
        registered = _registered_name_line(text, match.start(), match.end(), named) if above_prose else None
        if registered is not None:
            return registered
        if not _in_capitals(line) or "|" in line or len(line.split()) < 2:
            continue
        on_line = _opening_mention(text, match.start(), match.end(), named)
        if on_line is not None:
            return on_line
        lowered = _LEADING_THE.sub("", _form(line))
        for form in forms:
            if (
                len(form) >= 3
                and starts_with_word(lowered, form)
                and not PUBLICATION_WORD.pattern.search(form)
            ):
                return by_form[form]
    return None


# A line of nothing but a registered name, its legal form and a bracketed code: a filing's letterhead in
# ordinary capitals ("Velorix Holdings, Ltd. (Securities code: 1234)").
REGISTERED_NAME_LINE = IssuerCue(
    re.compile(r"[ \t]*\.?[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*$"),
    "Velorix Holdings, Ltd. (Securities code: 1234)\nSummary of results for fiscal 2024\n",
)


# A line of prose: eight words or more ending a sentence (no letterhead or title line below it).
PROSE_LINE = re.compile(r"^\s*(?:\S+\s+){7,}\S*[.!?][\"”’)]*\s*$")
# The next non-blank line after a line's end.
NEXT_LINE = re.compile(r"\n[^\S\n]*\S[^\n]*")


def _registered_name_line(text: str, start: int, end: int, named: list[OrgMention]) -> OrgMention | None:
    """The organization a top line writes alone by its registered name: the name opens the line, ends with
    a legal form, and nothing but a bracketed code follows it."""
    for mention in named:
        if not start <= mention.start < end:
            continue
        last = mention.text.split()[-1].strip(".,").lower()
        if (
            text[start : mention.start].strip() == ""
            and last in LEGAL_SUFFIXES - NOT_A_LEGAL_FORM
            and REGISTERED_NAME_LINE.pattern.fullmatch(text, mention.end, end)
            and not PUBLICATION_WORD.pattern.search(mention.name)
        ):
            return mention
        return None
    return None


def _opening_mention(text: str, start: int, end: int, named: list[OrgMention]) -> OrgMention | None:
    """A name the recognizer found on the line, written after nothing but the words of the same
    capitals name ("VELORIX GROUP VLX AB": VLX), not after a colon or a preposition."""
    for mention in named:
        if start <= mention.start < end and _NAME_WORDS.fullmatch(text, start, mention.start):
            return None if PUBLICATION_WORD.pattern.search(mention.name) else mention
    return None


# Capital words of a name, none of them a preposition or a conjunction
_NAME_WORDS = re.compile(r"\s*(?:(?!(?:ON|UNDER|OF|BY|FOR|WITH|TO|FROM|IN|AT|AND|OR)\b)[A-Z][A-Z&.'-]*\s+)*")
_LEADING_THE = re.compile(r"^\W*(?:the\s+)?")
# What a title line may write before the organization it opens with: nothing, a bullet, "The".
_TITLE_OPENING = re.compile(r"\W*(?:[Tt]he\s+)?")


def _form(name: str) -> str:
    return " ".join(name.lower().split())


# The ASCII letters are exactly the characters both alphabetic and ASCII: counted by the regex engine, not
# character by character in Python (this line test ran ~1.2 million generator steps per 300 articles).
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_CAPITAL = re.compile(r"[A-Z]")


def _in_capitals(line: str) -> bool:
    letters = len(_ASCII_LETTER.findall(line))
    return letters >= 4 and len(_ASCII_CAPITAL.findall(line)) >= _CAPITALS_SHARE * letters


# A filing's capitalised word for itself ("the Company", "the Group"): a defined term, always the issuer
# (lower-case "the company" is an ordinary descriptor, resolved by the text around it).
DEFINED_DESCRIPTOR = IssuerCue(
    re.compile(r"[Tt]he\s+(?:Company|Corporation|Group|Bank|Issuer|Trust|Fund|REIT|Partnership)"),
    "VELORIX HOLDINGS LIMITED\nRevenue of the Group rose 5%, the Company said.\n",
)


def defined_terms_to_issuer(
    mentions: list[OrgMention], issuer: OrgMention | None, text: str = ""
) -> list[OrgMention]:
    """Each capitalised defined term resolved to the document's issuer (the recognizer resolves them by
    recency: "the Group" after a brand or a subsidiary's name). Without a stated issuer, a defined term
    keeps the referent it has where the document first writes it: a filing defines its words once
    ("the Board of X approved the accounts of the Bank ... IFC will hold 5% of the Bank": X both times)."""
    # Each term the text defines ('Quill Fund (the "Fund")') is its definer's, whoever the issuer is.
    referents: dict[str, OrgMention] = _definers(text, mentions) if text else {}
    issuer_terms = {w for w, definer in referents.items() if issuer is None or definer.key == issuer.key}
    out = []
    for m in mentions:
        term = DEFINED_DESCRIPTOR.pattern.fullmatch(m.text)
        if term is None:
            out.append(m)
            continue
        # "the Bank" and "the Company" of one filing may be two organizations: each term its own
        word = m.text.split()[-1]
        referent = referents[word] if word in referents and word not in issuer_terms else None
        referent = referent or issuer or referents.setdefault(word, m)
        out.append(replace(m, key=referent.key, name=referent.name) if m.key != referent.key else m)
    return out


def _definers(text: str, mentions: list[OrgMention]) -> dict[str, OrgMention]:
    """The capitalised word each defined term of the text uses -> the name that defines it (the first)."""
    definers: dict[str, OrgMention] = {}
    for m in mentions:
        if not m.text[:1].isupper() or DEFINED_DESCRIPTOR.pattern.fullmatch(m.text):
            continue
        term = DEFINED_TERM.pattern.match(text, _after_legal_form(text, m.end))
        if term is not None:
            word = re.sub(r"\W", "", term.group().split()[-1]).capitalize()
            definers.setdefault(word, m)
    return definers


DEFINED_TERM_OF_ANOTHER_EXAMPLE = (
    'Velorix S.A. (the "Bank") announces that Quill Fund (the "Fund") bought shares of the Bank. '
    "After the purchase the Fund holds 102,000,000 shares, or 8.41% of the share capital."
)


HEADLINE_EXAMPLE = (
    "Velorix profit rises as Quill orders slow\n\nVelorix Holdings said on Monday that its profit rose.\n"
)


def headline_subject(text: str, mentions: list[OrgMention], lead: OrgMention | None) -> OrgMention | None:
    """The one organization a story's headline names when its lead paragraph names it first too: the
    story is about it, and a table in it is its own unless a caption says otherwise."""
    first_line = re.match(r"\s*([^\n]+)", text)
    if lead is None or first_line is None or first_line.group(1).rstrip()[-1:] in ".!?":
        return None
    start, end = first_line.span(1)
    on_line = [m for m in mentions if start <= m.start < end and m.text[:1].isupper()]
    # A headline naming several organizations ("X signs pact; Y, Z report") heads a page of items.
    return lead if on_line and {m.key for m in on_line} == {lead.key} else None


STORY_SUBJECT_EXAMPLE = (
    "Velorix profit climbs on Quill contribution\n\n"
    "Velorix Holdings said on Monday that its profit rose 38%.\n\n"
    "Quill, its unit, earned $7 million. Quill also opened two stores.\n\n"
    "In the quarter alone, profit rose 39% to $3.9 million.\n"
)


def story_subject(text: str, mentions: list[OrgMention], lead: OrgMention | None) -> OrgMention | None:
    """The organization a story's headline opens with when its lead paragraph names it first too (the
    headline may go on to name others: "X profit climbs on Y contribution")."""
    first_line = re.match(r"\s*([^\n]+)", text)
    if lead is None or first_line is None or first_line.group(1).rstrip()[-1:] in ".!?":
        return None
    start, end = first_line.span(1)
    on_line = [m for m in mentions if start <= m.start < end and m.text[:1].isupper()]
    return lead if on_line and on_line[0].key == lead.key else None


# An acronym in brackets after the words it abbreviates, when those words name a measure ("Gross
# Transaction Value (GTV)", "Assets under Management (AUM)"): the measure, never an organization.
MEASURE_ABBREVIATION = IssuerCue(
    re.compile(
        r"((?:[A-Za-z][\w-]*\s+){0,5}?(?:[A-Za-z][\w-]*\s+)?"
        r"(?:value|volume|revenues?|sales|income|margin|rate|costs?|assets|bookings|backlog|"
        r"earnings|profit|expenses?|cash\s+flow|users|customers|orders|production|output|management))"
        r"\s*\(\s*$",
        re.IGNORECASE,
    ),
    "Velorix said Gross Merchandise Value (GMV) rose 20% to $5 billion in 2024.",
)


def measure_abbreviations(text: str, mentions: list[OrgMention]) -> set[str]:
    """Keys of the mentions an article defines as a measure's abbreviation: its words' initials."""
    found = set()
    for mention in mentions:
        if not mention.text.isupper() or text[mention.end : mention.end + 1] != ")":
            continue
        before = MEASURE_ABBREVIATION.pattern.search(text, max(0, mention.start - 80), mention.start)
        if before is None:
            continue
        words = [w for w in re.split(r"[\s-]+", before.group(1)) if w]
        initials = "".join(w[0] for w in words).upper()
        if initials.endswith(mention.text.replace(".", "")):
            found.add(mention.key)
    return found
