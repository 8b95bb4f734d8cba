"""One official name that the recognizer cut at its inner "and" ("Roads and Motorways", "Exchanges and
Clearing Limited") is joined again where the seam is a remit; two names, each with a head of its own,
stay two. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_joins import INSTITUTION_HEADS, JOIN_EXAMPLES, NOT_JOINED_EXAMPLES, join_at_and


def _halves(text: str, name: str) -> list[Candidate]:
    """The name as the recognizer cut it: the words before its "and"/"&" and the words after."""
    start = text.index(name)
    seam = name.index(" and ") if " and " in name else name.index(" & ")
    return [Candidate(start, start + seam, "ner"), Candidate(start + seam + 5, start + len(name), "ner")]


@pytest.mark.parametrize(("text", "name"), JOIN_EXAMPLES, ids=[n for _t, n in JOIN_EXAMPLES])
def test_a_name_cut_at_its_inner_and_is_joined(text, name):
    joined = join_at_and(text, _halves(text, name), default_gazetteer())
    assert [text[c.start : c.end] for c in joined] == [name]


@pytest.mark.parametrize("text", NOT_JOINED_EXAMPLES)
def test_two_headed_names_around_and_stay_two(text):
    left, right = text.split(" and ")
    left_name = left.removeprefix("The ")
    right_name = right.removesuffix(" signed it.")
    start = text.index(left_name)
    right_start = text.index(right_name)
    halves = [
        Candidate(start, start + len(left_name), "ner"),
        Candidate(right_start, right_start + len(right_name), "ner"),
    ]
    assert join_at_and(text, halves, default_gazetteer()) == halves


def test_a_half_written_alone_elsewhere_is_a_name_of_its_own():
    text = "Velor Energy and Industrial Quarva Organization signed. Velor Energy said so."
    halves = _halves(text, "Velor Energy and Industrial Quarva Organization")
    assert join_at_and(text, halves, default_gazetteer()) == halves


@pytest.mark.parametrize(("text", "name"), JOIN_EXAMPLES, ids=[n for _t, n in JOIN_EXAMPLES])
def test_the_joined_name_is_the_organization_found(text, name):
    start = text.index(name)
    seam = name.index(" and ")
    ner = [(start, start + seam, "ORG"), (start + seam + 5, start + len(name), "ORG")]
    found = {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
    assert not found & {name[:seam], name[seam + 5 :]}


@pytest.mark.parametrize(
    ("head", "text", "name"), INSTITUTION_HEADS, ids=[h for h, _t, _n in INSTITUTION_HEADS]
)
def test_a_headless_half_joins_the_body_head_after_and(head, text, name):
    assert name.endswith(head)
    joined = join_at_and(text, _halves(text, name), default_gazetteer())
    assert [text[c.start : c.end] for c in joined] == [name]


def test_a_headless_half_written_alone_elsewhere_stays_a_name_of_its_own():
    text = "Lumbra Maternity and Children's Hospital signed. Lumbra Maternity said so."
    halves = _halves(text, "Lumbra Maternity and Children's Hospital")
    assert join_at_and(text, halves, default_gazetteer()) == halves


@pytest.mark.parametrize(
    "text",
    [
        "It signed with Quarva State Government and Velor National University Hospital.",
        "It raised money from Lumbra Modal Ventura and Selatan Growth Fund.",
    ],
)
def test_a_longer_institution_name_after_and_stays_a_name_of_its_own(text):
    left, right = text.split(" and ")
    left_name = left.split(" with " if " with " in left else " from ")[1]
    right_name = right.removesuffix(".")
    start, right_start = text.index(left_name), text.index(right_name)
    halves = [
        Candidate(start, start + len(left_name), "ner"),
        Candidate(right_start, right_start + len(right_name), "ner"),
    ]
    assert join_at_and(text, halves, default_gazetteer()) == halves
