"""People named by a document's layout rather than by a sentence.

A letter, a filing or a shareholder letter ends in a signature block: the signer's name on a line of
its own and the office on the next line ("Ana Ruiz" / "Company Secretary & Compliance Officer"), at
times two signers side by side in columns. No sentence states the title, so neither the word cues
of people/ nor the parse read it; the lines' shape does. Both lines are checked for that shape: the
name line holds only a name (an honorific or brackets around it allowed), the office line only
capitalised words, joiners and a title word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.titles import _TITLE_HEAD
from pipelines.legal_forms import LEGAL_FORM_WORDS, WRITTEN_FORMS
from pipelines.letters import LOWER, UPPER

# A word of a signer's name: "Ruiz", "Jin-wan", "O'Brien", "Mäntylä"; or an initial "A.".
_NAME_WORD = rf"(?:{UPPER}['’])?{UPPER}{LOWER}+(?:-{UPPER}?{LOWER}+)?|{UPPER}\."
# Ranks written before a signer's name, never part of it ("Shri" and "Smt." in Indian filings).
_RANK = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Shri|Smt\.?|Sir|Dame)"
# Lower-case words that lower-case into an office's name: "Chief Financial and Investor Relations Officer".
_JOINERS = {"and", "of", "for", "the", "&", "at", "in", "to"}
# Columns on one line are set apart by three spaces or more (a tab too).
_COLUMNS = re.compile(r"[ ]{3,}|\t+")
# One title word in the singular: "Board of Directors" heads a section, "Director" signs.
_OFFICE_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_TITLE_HEAD.pattern.removeprefix('(?i)')})(?![\w'’-])")
_NAME_CELL = re.compile(rf"\(?(?:{_RANK}[ ]+)?((?:{_NAME_WORD})(?:[ ](?:{_NAME_WORD})){{1,3}})\)?")


@dataclass(frozen=True)
class LayoutCue:
    name: str
    example: str  # tested in tests/unit/test_people_layout_and_things.py
    read: tuple[tuple[str, str], ...]  # the (name, office) pairs the example's lines give


SIGNATURE_CUES: tuple[LayoutCue, ...] = (
    LayoutCue("signer", "For Kestrel Foods Ltd\n\nAna Ruiz\nCompany Secretary & Compliance Officer\n",
              (("Ana Ruiz", "Company Secretary & Compliance Officer"),)),
    LayoutCue("signer in brackets with a rank", "Sd/-\n(Shri Ravi Menon)\nExecutive Director (Finance)\n",
              (("Ravi Menon", "Executive Director (Finance)"),)),
    LayoutCue("signers in columns",
              "Ada Lund      Omar Reyes\nChief Executive Officer      Chief Financial Officer\n",
              (("Ada Lund", "Chief Executive Officer"), ("Omar Reyes", "Chief Financial Officer"))),
    LayoutCue("signer with the employer after the office",
              "Yours sincerely,\n\nAna Ruiz\nChair, Velorix Foods plc\n", (("Ana Ruiz", "Chair"),)),
)
# The last word of an employer's name a signer writes after the office: a legal form, as listed in any
# case ("plc", "Corporation") or as companies write it ("AS", "OÜ").
_EMPLOYER_FORMS = LEGAL_FORM_WORDS | {
    form.rstrip(".").lower() for form, _example in WRITTEN_FORMS if " " not in form
}


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The columns of a line as (start, end) in the text, blanks around them left out."""
    cells, position = [], 0
    for gap in [*_COLUMNS.finditer(line), None]:
        stop = gap.start() if gap else len(line)
        cell = line[position:stop]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            cells.append((offset + position + lead, offset + position + len(cell.rstrip())))
        position = gap.end() if gap else len(line)
    return cells


def office_without_employer(cell: str) -> str:
    """The office of a signature's office line without the employer written after its last comma ("Chair,
    Velorix Foods plc"): the names' stage reads the company; a department ("Managing Director, Real Assets")
    ends in no legal form and stays."""
    office, comma, employer = cell.rpartition(", ")
    words = employer.split()
    if not comma or not words or not words[0][:1].isupper() or _OFFICE_WORD.search(employer):
        return cell
    return office if words[-1].rstrip(".").lower() in _EMPLOYER_FORMS else cell


def _is_office(cell: str) -> bool:
    """An office in title case: capitalised words and joiners only, one of them a title word, and short."""
    words = re.findall(r"[\w&'’-]+", cell)
    if not 1 <= len(words) <= 12 or not _OFFICE_WORD.search(cell) or re.search(r"[.:;!?]$|['’]s\b", cell):
        return False
    return all(word[0].isupper() or word in _JOINERS for word in words)


def _lines_at(text: str, position: int) -> tuple[int, int, int] | None:
    """The start and end of the line holding ``position`` and the end of the line after it."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if end < 0:
        return None
    following = text.find("\n", end + 1)
    return start, end, len(text) if following < 0 else following


@lru_cache(maxsize=4)  # the names' stage and the title cue of one article ask for the same text
def signature_blocks(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every signer's name (start, end) with the office on the line below it."""
    found: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.end() >= len(text) or not _OFFICE_WORD.search(text, line.end() + 1, line.end() + 200):
            continue  # no title word below: no office line (a cheap test before reading the cells)
        found.extend(_signers(text, line.start()))
    return tuple(found)


def _signers(text: str, line_start: int) -> list[tuple[int, int, str]]:
    lines = _lines_at(text, line_start)
    if lines is None:
        return []
    start, end, next_end = lines
    names = _cells(text[start:end], start)
    offices = _cells(text[end + 1 : next_end], end + 1)
    if not names or len(names) != len(offices):
        return []
    signers = []
    for (name_start, name_end), (office_start, office_end) in zip(names, offices, strict=True):
        cell = _NAME_CELL.fullmatch(text, name_start, name_end)
        office = office_without_employer(text[office_start:office_end])
        if cell is None or not _is_office(office):
            return []  # every column of both lines has the shape, or the lines are no signature block
        signers.append((cell.start(1), cell.end(1), office))
    return signers


def signature_title(text: str, start: int, end: int) -> str | None:
    """The office under a signer's name, if the name at ``start``..``end`` signs a block."""
    for name_start, name_end, office in signature_blocks(text):
        if name_start == start and name_end == end:
            return office
    return None


# Lines that credit the page's writers or its contacts, not people in the story: "Author: Ana Ruiz",
# "Authors: Ana Ruiz, Partner; Omar Reyes, Associate", "Investor contact: Ana Ruiz, Kestrel",
# "- Ana Ruiz, editor" closing a note.
CREDIT_LINES: tuple[LayoutCue, ...] = (
    LayoutCue("author label", "Published: 31 July 2025 | Author: Ana Ruiz\n", (("Ana Ruiz", ""),)),
    LayoutCue("authors with roles", "Authors: Ana Ruiz, Partner; Omar Reyes, Associate\n",
              (("Ana Ruiz", ""), ("Omar Reyes", ""))),
    LayoutCue("contact label", "Investor contact: Ana Ruiz, Kestrel Foods\n", (("Ana Ruiz", ""),)),
    # a research note's author: "Recommendation: HOLD | Analyst: Ana Ruiz, CFA, Head of Consumer Research"
    LayoutCue("analyst label", "Recommendation: HOLD | Analyst: Ana Ruiz, CFA\n", (("Ana Ruiz", ""),)),
    LayoutCue("editor's sign-off", "We remain holders. - Ana Ruiz, editor\n", (("Ana Ruiz", ""),)),
)
_CREDITED = rf"(?:{_NAME_WORD})(?:[ ](?:{_NAME_WORD})){{1,3}}"
_CREDIT_LABEL = re.compile(
    r"(?<![\w-])(?:Authors?|Analysts?|Written by|Editors?|(?:(?:Investor|Media|Press)[ ]+)?[Cc]ontacts?)"
    r"[ \t]*:[ \t]*"
    rf"((?:{_CREDITED})(?:[^;\n]*;[ \t]*(?:{_CREDITED}))*)"
)
_SIGN_OFF = re.compile(rf"[-–—][ \t]*({_CREDITED}),[ \t]+(?:editor|editors|the editors)[ \t]*$", re.MULTILINE)


def credited_in_layout(text: str) -> set[str]:
    """The names a label line ("Author:", "Investor contact:") or a sign-off credits, where the story
    names them nowhere else ("Company contact: Ana Ruiz, CFO" of a CFO quoted above is a person)."""
    names = set()
    for label in _CREDIT_LABEL.finditer(text):
        names.update(re.findall(rf"(?:^|;[ \t]*)({_CREDITED})", label.group(1)))
    names.update(match.group(1) for match in _SIGN_OFF.finditer(text))
    return {name for name in names if text.count(name) == 1}
