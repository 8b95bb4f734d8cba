"""A name written as a person's, followed by a title several words qualify ("Ana Ruiz, a resources analyst
at ...", "Ren Oda, Representative Director"), is a person, not an organization (org_cues.
QUALIFIED_TITLE_AFTER, read by org_evidence.titled_person). Invented names throughout."""

from __future__ import annotations

import pytest

from pipelines.extraction.org_cues import QUALIFIED_TITLE_EXAMPLES
from pipelines.extraction.org_evidence import titled_person
from tests.unit.org_rows import found, spans


@pytest.mark.parametrize(("text", "person"), QUALIFIED_TITLE_EXAMPLES)
def test_a_person_named_before_a_qualified_title_is_no_organization(text, person):
    start = text.index(person)
    assert titled_person(text, start, start + len(person))
    assert person not in found(text, spans(text, "ORG", person))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quarvo Holdings, the group's chief unit in Velmont, grew.", "Quarvo Holdings"),  # a company word
        ("Velt Ruiz, whose chief executive left in May, fell 4%.", "Velt Ruiz"),  # a clause, not a title
        # the title of the person before the name: "Ana Ruiz, the chief executive of Velt Ruiz, will join..."
        ("Velt Ruiz, will join Quarvo as general manager.", "Velt Ruiz"),
        ("Quarvo Velt Amber Ruiz, a regional sales director, grew.", "Quarvo Velt Amber Ruiz"),  # four words
    ],
)
def test_a_company_or_a_clause_before_a_title_stays_an_organization(text, name):
    start = text.index(name)
    assert not titled_person(text, start, start + len(name))
