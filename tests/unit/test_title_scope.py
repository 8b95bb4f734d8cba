"""The scope written after an office (pipelines/extraction/people/title_scope.py): each cue on its
made-up example, and the phrases after an office that are no scope."""

from __future__ import annotations

import pytest

from pipelines.extraction.model import OrgMention
from pipelines.extraction.people.title_scope import SCOPE_CUES, scope_after_title
from pipelines.extraction.span_index import StartIndex


def _mentions(text: str, *names: str) -> StartIndex[OrgMention]:
    found = [OrgMention(n.lower(), n, n, text.index(n), text.index(n) + len(n)) for n in names]
    return StartIndex(found, lambda m: (m.start, m.end))


def _scoped(
    text: str, name: str, office: str, *orgs: str, untagged: frozenset[str] = frozenset()
) -> tuple[str, OrgMention | None]:
    start = text.index(name)
    return scope_after_title(text, start, start + len(name), office, _mentions(text, *orgs), untagged)


@pytest.mark.parametrize("cue", SCOPE_CUES, ids=lambda cue: cue.example)
def test_scope_after_an_office_is_part_of_the_title(cue):
    name, office, title = cue.read
    assert _scoped(cue.example, name, office)[0] == title


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Ana Ruiz, managing director for ten years, said", "managing director"),
        ("Ana Ruiz, director for the past decade, said", "director"),
        ("Ana Ruiz, a director of the company, said", "director"),
        ("Ana Ruiz, chief executive of Data Centres, said", "chief executive"),
        ("Ana Ruiz, director. For Velorix Systems it was a year of growth.", "director"),
    ],
)
def test_no_scope_where_none_is_written(text, office):
    assert _scoped(text, "Ana Ruiz", office)[0] == office


def test_an_organization_as_scope_is_the_employer():
    text = "Ana Ruiz, director of Velorix Systems, said"
    assert _scoped(text, "Ana Ruiz", "director", "Velorix Systems")[0] == "director"


def test_the_employer_after_a_tagged_unit_is_the_persons_organization():
    text = "Ana Ruiz, Director of Cloud Platforms at Velorix Systems, said"
    names = frozenset({"cloud platforms", "velorix systems"})
    title, employer = _scoped(
        text, "Ana Ruiz", "Director", "Cloud Platforms", "Velorix Systems", untagged=names
    )
    assert title == "Director of Cloud Platforms"
    assert employer is not None and employer.name == "Velorix Systems"


def test_at_naming_no_organization_leaves_a_tagged_scope_the_employer():
    text = "Ana Ruiz, director of Velorix Systems at the time, said"
    assert _scoped(text, "Ana Ruiz", "director", "Velorix Systems")[0] == "director"


def test_a_chief_executive_officer_takes_no_scope():
    text = "Ana Ruiz, Chief Executive Officer of Velorix at the start of the year, said"
    assert _scoped(text, "Ana Ruiz", "Chief Executive Officer")[0] == "Chief Executive Officer"


def test_an_organization_of_the_article_untagged_at_the_scope_is_the_employer():
    text = "Ana Ruiz, managing director of velorix, said"
    assert (
        _scoped(text, "Ana Ruiz", "managing director", untagged=frozenset({"velorix"}))[0]
        == "managing director"
    )
