"""Roles stated by a founding clause or by a document's layout, that the word cues of people/ miss.

- A founding clause names founders whatever else it says of them: "Kestrel, founded in 2012 by former
  Ardent Bank executive Ana Ruiz" makes Ana Ruiz Kestrel's founder (the former office is a past role);
  "the two founders of the company, Mr Ada Lund and Ms Ana Ruiz" makes both founders.
- An office's department follows it after a comma: "Ana Ruiz, Senior Director, Investor Relations",
  "General Manager, Corporate Finance Department"; the gold keeps the fullest form as written.
- A call's participant line names the firm before the role: "Ana Ruiz - Kestrel Securities, Analyst";
  the firm is no person and the role is the participant's.
- A contacts block lists people of the company with their office ("Contact: Ana Ruiz, CFO, +46 ...",
  "Ana Ruiz, acting CFO    Tel: ..."): people of the story, unlike a bare "Media contact: Ana Ruiz".
Each form is a line of a cue table with a made-up example (tests/unit/test_people_roles.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.entities import NerSpan
from pipelines.extraction.person_vocabulary import NAME_PARTICLE
from pipelines.extraction.titles import _TITLE_HEAD
from pipelines.letters import LOWER, UPPER


@dataclass(frozen=True)
class RoleCue:
    name: str
    example: str  # made up, in the shape the cue reads; tested in tests/unit/test_people_roles.py
    read: tuple[str, str]  # the (name, title) the example gives


_WORD = rf"{UPPER}[{LOWER[1:-1]}'’-]*(?:-{UPPER}?{LOWER}+)?"
_PARTICLE = NAME_PARTICLE  # one list with people/'s (person_vocabulary.py)
_NAME = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{1,3}}"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ ]+)"
_HEAD = _TITLE_HEAD.pattern.removeprefix("(?i)")
# An office as a contact or participant line writes it: "CFO", "acting CFO", "General Manager".
_OFFICE_WORD = re.compile(rf"(?i)(?<!\w)(?:{_HEAD})(?![\w'’-])")  # "Vice-President" too
_OFFICE = rf"(?:(?:{UPPER}[\w-]*|acting|interim|deputy|senior|chief)[ ]+){{0,3}}(?i:{_HEAD})(?![\w'’-])"

# ---------------------------------------------------------------------------------------------
# Founders

FOUNDER_CUES: tuple[RoleCue, ...] = (
    RoleCue("founded by", "Kestrel, founded by Ana Ruiz, grew", ("Ana Ruiz", "founder")),
    RoleCue("founded by a former officer",
            "Kestrel, founded in 2012 by former Ardent Bank executive Ana Ruiz, grew",
            ("Ana Ruiz", "founder")),
    RoleCue("second of the founders", "Kestrel was founded by Ada Lund and Ana Ruiz in 2012",
            ("Ana Ruiz", "co-founder")),
    RoleCue("first of the founders", "Founded in 2014 by Ana Ruiz, Ada Lund and Omar Reyes, Kestrel grew",
            ("Ana Ruiz", "co-founder")),
    RoleCue("founders in apposition",
            "the sellers are the two founders of the company, Mr Ada Lund and Ms Ana Ruiz.",
            ("Ana Ruiz", "founder")),
)
# What stands between "by" and the name: a former office ("former Ardent Bank executive"), an earlier
# founder of the list ("Ada Lund and"), an honorific.
_FOUNDED_BY = re.compile(
    rf"(?<![\w-])(?i:(co-?)?founded)(?:[ ]+in[ ]+\d{{4}})?[ ]+by[ ]+"
    rf"(?:(?:the[ ]+)?former[ ]+[^,.;:()\n]{{1,80}}?[ ]+)?"
    rf"({_HONORIFIC}?{_NAME}(?:,[ ]+|,?[ ]+and[ ]+))?{_HONORIFIC}?$"
)
# Another founder named after this one: "founded by Ana Ruiz, Ada Lund and ..."
_NEXT_FOUNDER = re.compile(rf"(?:,[ ]+|,?[ ]+and[ ]+){_HONORIFIC}?{_NAME}(?:,|[ ]+and[ ]|[ ]+in[ ]|[.;])")
_FOUNDERS_OF = re.compile(
    rf"(?<![\w-])(?i:(co-?)?founders)[ ]+of[ ]+[^,.;:()\n]{{1,60}},[ ]+"
    rf"(?:{_HONORIFIC}?{_NAME}(?:,[ ]+|,?[ ]+and[ ]+))?{_HONORIFIC}?$"
)


def founder_before(text: str, start: int, end: int | None = None) -> tuple[str, int] | None:
    """ "founder" where a founding clause names the name at ``start``..``end``, "co-founder" where the
    clause says "co-founded" or names several founders after "by"; with the position the clause starts
    at (the founded organization ends just before it)."""
    window = max(0, start - 160)
    by = _FOUNDED_BY.search(text, window, start)
    match = by or _FOUNDERS_OF.search(text, window, start)
    if match is None:
        return None
    listed_after = end is not None and _NEXT_FOUNDER.match(text, end) is not None
    several = by is not None and (by.group(2) is not None or listed_after)
    return ("co-founder" if match.group(1) or several else "founder"), match.start()


def founded_org_end(text: str, clause_start: int) -> int:
    """Where the founded organization's name ends: before ", founded by" or " was founded by"."""
    before = re.search(r"(?:,[ ]*|[ ]+(?:was|is|were)[ ]+)$", text[max(0, clause_start - 8) : clause_start])
    return clause_start - (len(before.group(0)) if before else 0)


# ---------------------------------------------------------------------------------------------
# An office's department after a comma

@dataclass(frozen=True)
class DepartmentHead:
    word: str
    example: str  # a made-up title with the department, tested in tests/unit/test_people_roles.py
    department: str  # what the example's title gains


# Last words of a department's or function's name; a company's name rarely ends in them ("Services",
# "Solutions", "Technology" do, and stay out).
DEPARTMENT_HEADS: tuple[DepartmentHead, ...] = (
    DepartmentHead("Relations", "Ana Ruiz, Senior Director, Investor Relations.", "Investor Relations"),
    DepartmentHead("Department", "Ana Ruiz, General Manager, Corporate Planning Department\n",
                   "Corporate Planning Department"),
    DepartmentHead("Division", "Ana Ruiz, Executive Vice President, Retail Division, said",
                   "Retail Division"),
    DepartmentHead("Affairs", "Ana Ruiz, Director, Public Affairs.", "Public Affairs"),
    DepartmentHead("Communications", "Ana Ruiz, Head, Corporate Communications\n",
                   "Corporate Communications"),
    DepartmentHead("Finance", "Ana Ruiz, Vice President, Finance.", "Finance"),
    DepartmentHead("Finance", "Ana Ruiz, Vice President of Finance and Spokesperson.",
                   "Finance and Spokesperson"),
    DepartmentHead("Operations", "Ana Ruiz, Senior Vice President, Global Operations.", "Global Operations"),
    DepartmentHead("Strategy", "Ana Ruiz, Managing Director, Group Strategy.", "Group Strategy"),
)
_DEPARTMENT_WORDS = "|".join(head.word for head in DEPARTMENT_HEADS)
_DEPARTMENT = re.compile(
    rf"(,[ ]+|[ ]+of[ ]+)((?:{UPPER}[\w&'’-]*[ ]+|(?:and|&|of)[ ]+){{0,4}}(?:{_DEPARTMENT_WORDS}))"
    # a second office joined to the first: "Vice President of Finance and Spokesperson"
    rf"([ ]+and[ ]+(?:{UPPER}[\w-]*[ ]+){{0,2}}(?={UPPER})(?i:{_HEAD})(?![\w'’-]))?"
    # the sentence goes on after it (", noted that", " said"), or the line ends
    rf"(?=[ ]*(?:[.;:)\n]|,[ ]*(?:\+|{LOWER})|[ ]+(?:and|said|says|who)[ ]|$))"
)
# Between a name and its title: a comma or a dash, perhaps after the name in another script in brackets
_BEFORE_TITLE = re.compile(r"(?:[ ]+\([^()\n]{1,30}\))?(?:,|[ ]+[-–—])[ ]+(?:the[ ]+)?")


def department_after(text: str, end: int, title: str) -> str | None:
    """The title with its department where the title right after the name at ``end`` is followed by a
    department's name, after a comma or "of": "Senior Director" -> "Senior Director, Investor Relations",
    "Vice President" -> "Vice President of Finance and Spokesperson"."""
    at = _BEFORE_TITLE.match(text, end)
    if at is None or not text.startswith(title, at.end()):
        return None
    department = _DEPARTMENT.match(text, at.end() + len(title))
    if department is None:
        return None
    joiner = "," if department.group(1).startswith(",") else " of"
    return f"{title}{joiner} {department.group(2)}{department.group(3) or ''}"


# ---------------------------------------------------------------------------------------------
# Participant and contact lines

LINE_CUES: tuple[RoleCue, ...] = (
    RoleCue("participant: firm, then role", "Participants\nAna Ruiz - Kestrel Securities, Analyst\n",
            ("Ana Ruiz", "Analyst")),
    RoleCue("participant: role, then firm",
            "Participants\n- Ana Ruiz — Head of Investor Relations, Kestrel\n",
            ("Ana Ruiz", "Head of Investor Relations")),
    RoleCue("participant: two offices, then firm",
            "Participants\nAna Ruiz - Executive Officer and Chief Financial Officer, Kestrel\n",
            ("Ana Ruiz", "Executive Officer and Chief Financial Officer")),
    RoleCue("bulleted participant: firm, then role",
            "Participants\n* Ana Ruiz - Kestrel Securities, Analyst\n",
            ("Ana Ruiz", "Analyst")),
    RoleCue("contact with an office", "Contact: Ana Ruiz, CFO, +46 8 555 01 00\n", ("Ana Ruiz", "CFO")),
    RoleCue("information contact with an office",
            "For more information: Ana Ruiz, Chief Financial Officer, ir@kestrel.example\n",
            ("Ana Ruiz", "Chief Financial Officer")),
    RoleCue("contacts block line",
            "please contact:\n\nKestrel plc\nAna Ruiz, acting CFO       Tel: +44 20 5550 0100\n",
            ("Ana Ruiz", "acting CFO")),
)
_BULLET = r"(?:[-*•·▪][ \t]+)?"  # a transcript's participants are often a bulleted list
_PARTICIPANT = re.compile(
    rf"^[ \t]*{_BULLET}({_NAME})[ \t]+[-–—][ \t]+({UPPER}[^,\n]{{1,60}}?),[ \t]+({_OFFICE})[ \t]*$",
    re.MULTILINE,
)
# The same line with the role first: "Name - Head of Investor Relations, Kestrel" (group 2 the role, 3 the
# firm; told apart from the firm-first form by where the office word stands).
_PARTICIPANT_ROLE_FIRST = re.compile(
    rf"^[ \t]*{_BULLET}({_NAME})[ \t]+[-–—][ \t]+({UPPER}[^,\n]{{1,60}}?),[ \t]+"
    rf"({UPPER}[^,\n]{{1,60}}?)[ \t]*$",
    re.MULTILINE,
)
_ENDS_AS_DEPARTMENT = re.compile(rf"(?:{_DEPARTMENT_WORDS})$")  # "Senior Director, Investor Relations"
# A contact's line: after a "Contact:" label, or a line of its own within a few lines below "contact:".
_CONTACT_LINE = re.compile(
    rf"(?:(?P<label>(?i:contacts?|for[ \t]+(?:more|further)[ \t]+information)[ \t]*:[ \t]*)|^)"
    # the offices may be listed: "Name, Director, Managing Executive Officer and Chief Financial Officer"
    rf"({_NAME}),[ \t]+({_OFFICE}(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_OFFICE}){{0,3}})"
    rf"(?=[ \t]*(?:,|$|[ \t]{{3,}}|\t))",
    re.MULTILINE,
)
_CONTACTS_HEADING = re.compile(r"(?i)contact(?:s|[ \t]+us)?[ \t]*:?[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=4)  # the names' stage and the title cues of one article ask for the same text
def participant_lines(text: str) -> tuple[tuple[int, int, str, int, int], ...]:
    """Every "Name - Firm, Role" line: the name's span, the role, the firm's span."""
    if " - " not in text and "–" not in text and "—" not in text:
        return ()
    firm_first = [
        (m.start(1), m.end(1), m.group(3), m.start(2), m.end(2))
        for m in _PARTICIPANT.finditer(text)
        if not _OFFICE_WORD.search(m.group(2))  # "Name - Vice-President of the Board, CFO": two offices
    ]
    role_first = [
        (m.start(1), m.end(1), m.group(2), m.start(3), m.end(3))
        for m in _PARTICIPANT_ROLE_FIRST.finditer(text)
        if _OFFICE_WORD.search(m.group(2)) and not _OFFICE_WORD.search(m.group(3))
        and not _ENDS_AS_DEPARTMENT.search(m.group(3))  # a department, not a firm: read as the title's
    ]
    return tuple(sorted(firm_first + role_first))


@lru_cache(maxsize=4)
def contact_lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every contact named with an office: after a "Contact:" label on its line, or on a line of its own
    up to four lines below a "contact:" heading."""
    if "ontact" not in text and "nformation:" not in text:
        return ()
    found = []
    for match in _CONTACT_LINE.finditer(text):
        if match.group("label") is None and not _under_contacts_heading(text, match.start()):
            continue
        found.append((match.start(2), match.end(2), match.group(3)))
    return tuple(found)


def _under_contacts_heading(text: str, position: int) -> bool:
    above = text[max(0, position - 300) : position]
    lines = above.split("\n")[-6:-1]
    return any(_CONTACTS_HEADING.search(line) for line in lines)


def line_role(text: str, start: int, end: int) -> tuple[str, tuple[int, int] | None] | None:
    """The role a participant or contact line gives the name at ``start``..``end``, with the firm's span
    of a participant line."""
    for name_start, name_end, role, firm_start, firm_end in participant_lines(text):
        if (name_start, name_end) == (start, end):
            return role, (firm_start, firm_end)
    for name_start, name_end, role in contact_lines(text):
        if (name_start, name_end) == (start, end):
            return role, None
    return None


def named_in_lines(text: str) -> list[tuple[int, int]]:
    """The names participant and contact lines state (the model may miss a name written only there)."""
    return [(s, e) for s, e, *_ in participant_lines(text)] + [(s, e) for s, e, _ in contact_lines(text)]


def firms_in_lines(text: str) -> set[str]:
    """The firms of participant lines: no person's name however they look ("Raymond James")."""
    return {text[firm_start:firm_end] for _, _, _, firm_start, firm_end in participant_lines(text)}


# ---------------------------------------------------------------------------------------------
# Names the model tagged in pieces

# read: (the whole name, the piece tagged last); the example's pieces are the whole name split there
NAME_JOIN_CUES: tuple[RoleCue, ...] = (
    RoleCue("adjacent pieces", "Kestrel is headed by its president, Ada Hou-ming Lund.",
            ("Ada Hou-ming Lund", "Lund")),
    RoleCue("given names before the tagged surnames", "said Kestrel's president, Ana María Ruiz Lagos.",
            ("Ana María Ruiz Lagos", "Ruiz Lagos")),
)
_GIVEN_NAMES_BEFORE = re.compile(
    rf"(?i:{_HEAD})s?,[ ]+((?:{_WORD}[ ]){{1,2}})$"
)  # "its president, " + "María Fernanda " before the tagged "Gómez Echeverri"


def joined_pieces(text: str, ner_spans: Sequence[NerSpan]) -> list[NerSpan]:
    """PERSON spans with a name the model tagged in pieces made whole: two PERSON spans one space apart
    ("Daniel Hou-ching" + "Wu"), and the given names before surnames tagged alone after a title and a
    comma ("its president, María Fernanda" + "Gómez Echeverri"). Four words at most."""
    spans = sorted(ner_spans)
    joined: list[NerSpan] = []
    for start, end, label in spans:
        if label != "PERSON":
            joined.append((start, end, label))
            continue
        previous = next((i for i in range(len(joined) - 1, -1, -1) if joined[i][2] == "PERSON"), None)
        if previous is not None and joined[previous][1] + 1 == start and text[start - 1] == " ":
            first = joined[previous][0]
            if len(text[first:end].split()) <= 4:
                joined[previous] = (first, end, label)
                continue
        given = _GIVEN_NAMES_BEFORE.search(text, max(0, start - 80), start)
        if given is not None and len(text[given.start(1) : end].split()) <= 4:
            start = given.start(1)
        joined.append((start, end, label))
    return joined
