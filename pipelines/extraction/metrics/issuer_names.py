"""The issuer a document's top line names by its registered name when the recognizer proposed none there.

A filing's letterhead in capitals ("VELORIX HOLDINGS S.A.") or a release's title line that opens with
the registered name ("Velorix, Inc. (VLX) Q2 Fiscal 2025 Earnings Call Transcript") states whose document
it is, yet the entity model often reads no organization in it: capitals and a name with digits look like
no name it learnt. Without a mention there the document has no issuer, and its figures go to the nearest
subsidiary, unit or counterparty the prose names. The registered name is told by its legal form (the
shared list, pipelines/legal_forms.py), so a capitals news headline, which writes none, proposes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.entities import organization_key
from pipelines.extraction.entities.records import OrganizationResult
from pipelines.extraction.metrics.issuer import (
    NEXT_LINE,
    PROSE_LINE,
    PUBLICATION_WORD,
    REGISTERED_NAME_LINE,
    REPORT_TITLE_CUES,
    top_lines,
)
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.legal_forms import LEGAL_FORM_WORDS, NOT_A_LEGAL_FORM

# A limited liability partnership is a law or an accounting firm's form: its letterhead heads its advice
# about its clients' deals ("QUILL & PARTNERS LLP / Client alert"), whose figures are not its own.
_ADVISERS_FORMS = {"llp"}
# Words the key drops like legal forms that a heading or a unit's name ends with too ("VELORIX GROUP",
# "QUILL HOLDINGS (EUROPE)", NOT_A_LEGAL_FORM) are no registered form, so no letterhead by themselves.
_REGISTERED = LEGAL_FORM_WORDS - NOT_A_LEGAL_FORM - _ADVISERS_FORMS
# A word of a name: capitalised or a number ("8x8", "3D"), its comma or full stop kept.
_NAME_WORD = re.compile(r"[ \t]*([A-Z0-9][\w&.'/-]*),?")
_MAX_NAME_WORDS = 7


# A document of advice or commentary under the adviser's letterhead (its clients' figures, not its own).
ADVISER_GENRE = re.compile(
    r"\b(?:client\s+(?:alert|briefing|update|memo)|legal\s+(?:alert|update)|insights?|commentary|"
    r"memorandum|newsletter|research\s+note)\b",
    re.IGNORECASE,
)
ADVISER_GENRE_EXAMPLE = "QUILL & PARTNERS LLP\nClient Alert | Mergers & Acquisitions\n4 December 2025\n"


@dataclass(frozen=True)
class TopLineName:
    start: int
    end: int
    name: str


# Made-up top lines, each of which names its document's issuer by its registered name.
TOP_LINE_EXAMPLES = (
    ("VELORIX HOLDINGS S.A.\nInterim results for the six months to 30 June 2025\n", "VELORIX HOLDINGS S.A"),
    ("Quill Bank SAOG (Securities code: QBK)\nFinancial statements\n", "Quill Bank SAOG"),
    ("8x8, Inc. (EGHT) Q2 Fiscal 2025 Earnings Call Transcript\n\nPrepared remarks\n", "8x8, Inc"),
    ("Velorix Corp. Reports Fourth Quarter and Fiscal 2025 Results\n", "Velorix Corp"),
)


def registered_top_name(text: str) -> TopLineName | None:
    """The registered name ("Name ... <legal form>") that opens a top line above the first paragraph of
    prose, when the rest of the line is nothing but a bracketed code, or names the document as that
    organization's report."""
    for match in top_lines(text):
        line = match.group()
        if PROSE_LINE.search(line):
            return None
        found = _registered_name_at(text, match.start(), match.end())
        if found is None:
            continue
        rest = text[found.end : match.end()]
        next_line = NEXT_LINE.search(text[match.end() :])
        after = text[found.end : match.end() + (next_line.end() if next_line else 0)]
        if next_line is not None and ADVISER_GENRE.search(next_line.group()):
            return None  # a law firm's client alert: written by it, about its clients' deals
        if REGISTERED_NAME_LINE.pattern.fullmatch(rest) or any(
            cue.pattern.match(after) for cue in REPORT_TITLE_CUES
        ):
            return found
    return None


def _registered_name_at(text: str, start: int, end: int) -> TopLineName | None:
    """The words opening the line up to its last legal form, when one of them is a registered form and a
    word that is no legal form comes before it."""
    position, words, last_form = start, 0, None
    while words < _MAX_NAME_WORDS + 3:
        word = _NAME_WORD.match(text, position, end)
        if word is None:
            break
        bare = word.group(1).rstrip(".,").lower()
        if bare in LEGAL_FORM_WORDS and words > 0:
            last_form = (word.start(1), word.end(1), bare)
        elif last_form is not None:
            break
        position, words = word.end(), words + 1
    if last_form is None or not any(
        w.rstrip(".,").lower() in _REGISTERED for w in text[start : last_form[1]].split()
    ):
        return None
    name_end = last_form[1] - text[last_form[0] : last_form[1]].endswith(".")  # the sentence's stop kept off
    name = text[start:name_end].strip()
    if PUBLICATION_WORD.pattern.search(name):
        return None
    return TopLineName(start, start + len(name), name)


def _display(name: str) -> str:
    """A name in capitals as a name is written ("VELORIX HOLDINGS S.A" -> "Velorix Holdings S.A"): its
    registered forms and short words (acronyms) kept as written."""
    if any(c.islower() for c in name):
        return name
    return " ".join(
        w if len(w) <= 3 or w.rstrip(".,").lower() in _REGISTERED else w.capitalize() for w in name.split()
    )


def _known_by_first_words(key: str, organizations: OrganizationResult) -> OrganizationFact | None:
    """The organization the text names by the first words of the registered name ("Velorix" of
    "VELORIX SOFTWARE, INC."): the longest such, so the letterhead is no second organization."""
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        found = organizations.by_key.get(" ".join(words[:n]))
        if found is not None and len(words[0]) >= 3:
            return found
    return None


def with_top_line_issuer(text: str, organizations: OrganizationResult) -> OrganizationResult:
    """``organizations`` with a mention of the registered name a top line opens with, where no mention
    stands there: the organization the text already knows by that key, else a new one."""
    found = registered_top_name(text)
    if found is None or any(m.start < found.end and found.start < m.end for m in organizations.mentions):
        return organizations
    key = organization_key(found.name)
    if not key:
        return organizations
    known = organizations.by_key.get(key) or _known_by_first_words(key, organizations)
    added = [] if known else [OrganizationFact(key=key, name=_display(found.name), kind="company")]
    org = known if known is not None else added[0]
    mention = OrgMention(org.key, org.name, found.name, found.start, found.end)
    mentions = sorted([*organizations.mentions, mention], key=lambda m: m.start)
    return OrganizationResult(organizations.organizations + added, mentions, organizations.products)
