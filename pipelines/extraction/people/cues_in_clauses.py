"""Title cues that read a title from a clause, a list or a line: appointments, founding clauses, lists of
participants, contact and signature lines.

Each reader decides the title and organization its form states, or that its form does not apply.
"""

from __future__ import annotations

import re

from pipelines.extraction.people.around import _Around, _nearest_org, _Reading
from pipelines.extraction.people.title_words import _FORMS, TITLE, TITLE_SCOPED
from pipelines.extraction.people.titled_names import _OWNER
from pipelines.extraction.people_layout import signature_title
from pipelines.extraction.people_names import chair_title
from pipelines.extraction.people_roles import department_after, founded_org_end, founder_before, line_role
from pipelines.extraction.people_titles import closed_title_after, founded_organization, role_in_who_clause
from pipelines.extraction.titles import TITLE_CUE
from pipelines.letters import LOWER, UPPER


def _title_list_item(at: _Around) -> _Reading:
    """ "Participants: Name, President and CEO; Name, Chief Financial Officer": the whole item after
    the comma is the title (its scope may be capitalised: "Global Head of R&D"); a call's participant
    line "Name - Chief Executive Officer, Quarvo" too (its employer after a comma)."""
    item = re.match(rf",\s+({TITLE}[^;\n().,]{{0,40}}?)\s*(?=;|\n|$)", at.after) or re.match(
        rf"[ \t]+[-–—][ \t]+({TITLE}[^;\n().,]{{0,40}}?)[ \t]*(?:,[ \t]*([^;\n]{{0,60}}?))?[ \t]*(?=\n|$)",
        at.after,
    )
    if not item:
        return None
    item_start, item_end = at.end + item.start(1), at.end + item.end(1)
    if at.orgs.mentions.starting(item_start, item_end):
        return None  # "Name, chief executive of Org": the employer cue reads it
    title = item.group(1)
    if item.lastindex == 2 and item.group(2) and not at.orgs.mentions.starting(
        at.end + item.start(2), at.end + item.end(2)
    ):
        # "Name - Senior Director, Investor Relations": what follows the comma names no organization, so
        # it is the title's own function, not the employer
        title = f"{title}, {item.group(2)}"
    return title, _nearest_org(at.orgs, at.start)


def _title_is_name(at: _Around) -> _Reading:
    """ "Its chief executive is Name", "The new chairman will be Name"."""
    stated = (
        rf"(?:[Ii]ts|[Tt]he|[Tt]heir|{_OWNER})\s+(?:new\s+)?({TITLE_SCOPED})\s+(?:is|remains|will\s+be)\s+$"
    )
    match = re.search(stated, at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


# "Org named Name chairman", "the board appointed Name as chief operating officer of Org"
_APPOINTED_BEFORE = re.compile(r"(?<![\w-])(?:named|appointed|elected|promoted|made|hired|tapped)\s+$")
_APPOINTED_ROLE = re.compile(
    rf"\s+(?:as\s+)?(?:its\s+|the\s+|their\s+)?(?:new\s+)?({TITLE_SCOPED})(?![\w-])(?:\s+(?:of|at)\s+(?:the\s+)?)?"
)


def _appointed(at: _Around) -> _Reading:
    if not _APPOINTED_BEFORE.search(at.before):
        return None
    role = _APPOINTED_ROLE.match(at.text, at.end)
    if not role:
        return None
    org = at.by_start.get(role.end())
    return role.group(1), org or _nearest_org(at.orgs, at.start)


def _descriptor_title_after(at: _Around) -> _Reading:
    """ "Name, the bank's chief financial officer": the organization in context, named by a common noun."""
    match = re.match(rf",\s+(?:the|its)\s+{LOWER}+['’]s\s+({TITLE_SCOPED})(?![\w-])", at.after)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


def _closed_title_after(at: _Around) -> _Reading:
    reading = closed_title_after(_FORMS, at.text, at.end, at.by_start)
    return None if reading is None else (reading[0], reading[1] or _nearest_org(at.orgs, at.start))


def _role_in_who_clause(at: _Around) -> _Reading:
    role = role_in_who_clause(_FORMS, at.text, at.end)
    return None if role is None else (role, _nearest_org(at.orgs, at.start))


def _founded_organization(at: _Around) -> _Reading:
    return founded_organization(at.text, at.end, at.by_start)


def _founding_clause(at: _Around) -> _Reading:
    founded = founder_before(at.text, at.start, at.end)  # people_roles.py
    if founded is None:
        return None
    org = at.by_end.get(founded_org_end(at.text, founded[1]))
    return founded[0], org or _nearest_org(at.orgs, at.start)


def _title_with_department(at: _Around) -> _Reading:
    """ "Name, Senior Director, Investor Relations": an office and its department (people_roles.py)."""
    office = re.match(rf",\s+({TITLE})(?=,)", at.after)
    titled = office and department_after(at.text, at.end, office.group(1))
    return (titled, _nearest_org(at.orgs, at.start)) if titled else None


# An office's function written after it in capitals, item after item between commas ("Managing Director,
# Real Assets Europe", "Executive Vice President, Commercial and Marketing, and Chief Commercial Officer"),
# where the apposition then closes: the employer after "at"/"of", or the sentence's verb after a comma.
_FUNCTION_ITEM = rf"(?:and[ ]+)?{UPPER}[\w&'’-]*(?:[ ]+(?:{UPPER}[\w&'’-]*|and|&|of|the)){{0,5}}"
_TITLE_WITH_FUNCTIONS = re.compile(
    rf",[ ]+({TITLE}(?:,[ ]+{_FUNCTION_ITEM}){{1,4}})"
    rf"(?=,?[ ]+(?:at|of)[ ]+{UPPER}|,[ ]+(?:said|says|told|added|noted|will|who|is|was|has)[ ]|[ ]+said[ ])"
)


def _title_with_functions(at: _Around) -> _Reading:
    """ "Name, Managing Director, Real Assets Europe at Org, will join": the office with its function's
    items; an item the article tags as an organization ("Name, CEO, Velorix Foods, said") is the employer,
    and the apposition is left to the cues that read an employer."""
    match = _TITLE_WITH_FUNCTIONS.match(at.text, at.end)
    if match is None:
        return None
    if at.orgs.mentions.starting(match.start(1), match.end(1)):
        return None
    joined = re.findall(r",[ ]+and[ ]+([^,]+)", match.group(1))
    if any(TITLE_CUE.search(item) is None for item in joined):
        return None  # "Name, CEO, and Ana Ruiz, CFO, will present": the item joins a second person
    employer = re.match(r",?[ ]+(?:at|of)[ ]+", at.text[match.end() :])
    org = at.by_start.get(match.end() + employer.end()) if employer else None
    return match.group(1), org or _nearest_org(at.orgs, at.start)


def _line_role(at: _Around) -> _Reading:
    role = line_role(at.text, at.start, at.end)  # people_roles.py
    if role is None:
        return None
    firm = role[1] and at.by_start.get(role[1][0])
    if role[1] and firm is None and at.text.find(role[0], at.end, role[1][0]) >= 0:
        # "Name - Executive Vice President, Products and Solutions": after the role, what is no
        # organization is the role's function
        return f"{role[0]}, {at.text[role[1][0] : role[1][1]]}", _nearest_org(at.orgs, at.start)
    return role[0], firm or _nearest_org(at.orgs, at.start)


def _chaired_by(at: _Around) -> _Reading:
    title = chair_title(at.text, at.start, at.end)
    return None if title is None else (title, _nearest_org(at.orgs, at.start))


def _signed_office(at: _Around) -> _Reading:
    """A signer's office on the line below the name (people_layout.py); an organization the line names
    after the office's last comma is the employer, not part of the title ("Managing Partner, Velorix
    Capital" where the article tags "Velorix Capital")."""
    office = signature_title(at.text, at.start, at.end)
    if office is None:
        return None
    office_start = at.text.find(office, at.end)
    office_end = office_start + len(office)
    if office_start >= 0 and at.text.startswith(", ", office_end) and office_end + 2 in at.by_start:
        return office, at.by_start[office_end + 2]  # the layout left out an employer ending in a legal form
    head, comma, _employer = office.rpartition(", ")
    employer = at.by_start.get(office_start + len(head) + len(comma)) if comma and office_start >= 0 else None
    if employer is not None:
        return head, employer
    return office, _nearest_org(at.orgs, at.start)
