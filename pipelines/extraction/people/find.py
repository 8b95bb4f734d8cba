"""``find_people``: every person of an article with their title and organization, the package's entry.

Decides the order of the steps (names, then titles by cue, by parse and by layout, then short mentions)
and which organizations are only people's names read as companies.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.extraction.entities import NerSpan, OrganizationResult
from pipelines.extraction.model import Evidence, OrgMention, PersonFact
from pipelines.extraction.people.around import _OrgLookup
from pipelines.extraction.people.credits import credited_names
from pipelines.extraction.people.cues_after_name import _portfolio_after
from pipelines.extraction.people.holders import (
    _attach_short_mentions,
    _parsed_title,
    _Person,
    _take_title,
    _titles_at_short_mentions,
    _titles_from_speaker_labels,
    _unread_scope,
)
from pipelines.extraction.people.name_spans import _name_spans
from pipelines.extraction.people.title_cues import _PAST_TITLE, _title_and_org
from pipelines.extraction.people.title_scope import scope_after_title
from pipelines.extraction.people_checks import not_a_person
from pipelines.extraction.people_layout import credited_in_layout
from pipelines.extraction.people_names import tail_of_another
from pipelines.extraction.people_roles import department_after, firms_in_lines, joined_pieces, named_in_lines
from pipelines.extraction.person_head import is_bare_head, whole_head
from pipelines.extraction.span_index import span_set
from pipelines.extraction.syntax import Syntax


def find_people(
    text: str,
    ner_spans: Sequence[NerSpan],
    organizations: OrganizationResult,
    boilerplate: Sequence[tuple[int, int]] = (),
    syntax: Syntax | None = None,
) -> list[PersonFact]:
    org_surfaces = {m.text for m in organizations.mentions}
    org_names = {o.name for o in organizations.organizations} | org_surfaces
    ner_spans = joined_pieces(text, ner_spans)  # a name tagged in pieces (people_roles.py)
    spans, strong = _name_spans(text, ner_spans, org_names)
    in_chrome = span_set(boilerplate)  # looked up, not scanned, per name
    lookup = _OrgLookup(text, organizations)
    authors = {text[s:e] for s, e in spans if in_chrome.overlaps(s, e)} | credited_names(text)
    authors |= credited_in_layout(text)  # "Author: Name", "Investor contact: Name" (people_layout.py)
    # "Contact: Name, CFO" names a person, also in a contacts block the page's chrome holds
    listed = {text[s:e] for s, e in named_in_lines(text)}
    authors -= listed
    firms = firms_in_lines(text)  # "Name - Firm, Analyst": the firm is no person (people_roles.py)
    people: dict[str, _Person] = {}
    for start, end in spans:
        name = text[start:end]
        if (in_chrome.overlaps(start, end) and name not in listed) or name in authors or name in firms:
            continue  # a writer's credit, or a participant's firm
        if name in organizations.products:
            continue  # a product's name ("the Sky Box service")
        if name not in strong and lookup.mentions.overlaps(start, end):
            continue
        person = people.setdefault(name, _Person(name))
        person.mentions.append((start, end))
        title, org = _title_and_org(lookup, start, end)
        if syntax is not None and (title is None or _PAST_TITLE.match(title)):
            title, org = _parsed_title(lookup, syntax, start, end) or (title, org)
        elif syntax is not None and _unread_scope(lookup, end, title):
            parsed = _parsed_title(lookup, syntax, start, end)
            if parsed and parsed[0].startswith(title) and len(parsed[0]) > len(title):
                title, org = parsed[0], parsed[1] or org  # the scope the word patterns could not read
        if title is not None:
            title, org = _written_out(lookup, start, end, title, org)
        _take_title(person, title, org)
    _attach_short_mentions(text, people, ner_spans, in_chrome, authors)
    _titles_from_speaker_labels(text, people)
    _titles_at_short_mentions(lookup, people, syntax)
    facts = []
    for person in people.values():
        if person.title is None and person.org is None and not_a_person(text, person.mentions, org_surfaces):
            continue  # "Hancock Prospecting, which ...": said of a thing (people_checks.py)
        if person.title is None and tail_of_another(person.name, people):
            continue  # "Al Ramahi said" after "Mohamed Jameel Al Ramahi" (people_names.py)
        if is_bare_head(person.title):  # "head" says whose head only with its "of" (person_head.py)
            person.title = whole_head(text, person.mentions)
        org = person.org
        facts.append(
            PersonFact(
                name=person.name,
                title=person.title,
                organization_key=org.key if org else None,
                organization_name=org.name if org else None,
                mentions=[Evidence(text[s:e], s, e) for s, e in sorted(set(person.mentions))],
            )
        )
    return facts


def _written_out(
    lookup: _OrgLookup, start: int, end: int, title: str, org: OrgMention | None
) -> tuple[str, OrgMention | None]:
    """The title a cue read at the name [start, end), with what is written after its office: a department
    ("Senior Director, Investor Relations"), a minister's portfolio, a scope ("director for finance")."""
    text = lookup.text
    title = department_after(text, end, title) or title
    title = _portfolio_after(text, end, title)
    organizations = lookup.organizations
    names = {o.name.lower() for o in organizations.organizations} | {
        m.text.lower() for m in organizations.mentions
    }
    title, employer = scope_after_title(text, start, end, title, lookup.mentions, frozenset(names))
    return title, employer or org  # "Director of Cloud Platforms at Org": the unit is no employer


def organizations_named_like_people(
    people: Sequence[PersonFact], organizations: OrganizationResult
) -> set[str]:
    """Keys of "organizations" that are really people found by their titles ("Olivia Park" matched
    the name pattern for parks; "Choi" was tagged ORG by the model)."""
    names = {p.name for p in people if p.title}
    tokens = {t for name in names for t in name.split()}
    keys = set()
    for org in organizations.organizations:
        surfaces = {org.name, *(m.text for m in org.mentions)}
        if surfaces & names or surfaces <= tokens:
            keys.add(org.key)
    return keys
