"""Founding clauses, departments after an office, participant and contact lines
(pipelines/extraction/people_roles.py), each cue on its made-up example, and the shapes they must leave
alone."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import find_people
from pipelines.extraction.people_roles import (
    DEPARTMENT_HEADS,
    FOUNDER_CUES,
    LINE_CUES,
    NAME_JOIN_CUES,
    department_after,
    firms_in_lines,
    founder_before,
    joined_pieces,
    line_role,
    named_in_lines,
)


def _people(text: str, *names: str) -> dict:
    """People found with PERSON spans given for ``names`` only."""
    ner = [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(re.escape(name), text)]
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


@pytest.mark.parametrize("cue", FOUNDER_CUES, ids=lambda cue: cue.name)
def test_founding_clause_makes_a_founder(cue):
    name, title = cue.read
    start = cue.example.index(name)
    found = founder_before(cue.example, start, start + len(name))
    assert found is not None and found[0] == title


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kestrel, led by former Ardent Bank executive Ana Ruiz, grew", "Ana Ruiz"),
        ("The fund founded by Kestrel invested. Ana Ruiz said so.", "Ana Ruiz"),
    ],
)
def test_no_founding_clause_no_founder(text, name):
    assert founder_before(text, text.index(name)) is None


def test_founder_over_a_former_office_in_the_same_clause():
    text = "Kestrel Bank, founded in 2012 by former Ardent Bank chief executive Ana Ruiz, grew fast."
    assert _people(text, "Ana Ruiz")["Ana Ruiz"].title == "founder"


@pytest.mark.parametrize("head", DEPARTMENT_HEADS, ids=lambda head: head.word)
def test_department_after_an_office_is_kept(head):
    text = head.example
    end = text.index(",")
    whole = text[end + 2 : text.index(head.department) + len(head.department)]  # as written
    title = re.split(r",| of ", whole)[0]
    assert department_after(text, end, title) == whole


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, Chief Executive Officer, Kestrel Solutions.",  # the employer, not a department
        "Ana Ruiz, Chief Executive Officer, said revenue rose.",
    ],
)
def test_no_department_after_an_office(text):
    assert department_after(text, text.index(","), "Chief Executive Officer") is None


@pytest.mark.parametrize("cue", LINE_CUES, ids=lambda cue: cue.name)
def test_line_gives_the_role(cue):
    name, title = cue.read
    start = cue.example.index(name)
    assert (start, start + len(name)) in named_in_lines(cue.example)
    role = line_role(cue.example, start, start + len(name))
    assert role is not None and role[0] == title


@pytest.mark.parametrize(
    "text",
    [
        "Investor contact: Ana Ruiz, Kestrel Foods\n",  # a contact with no office is a credit
        "Media contact: Ana Ruiz, Communications Lead, Kestrel\n",
        "Ana Ruiz - Vice-President of the Management Board, Chief Financial Officer\n",  # two offices
        "Ana Ruiz, CFO\n",  # a line of its own under no contacts heading
    ],
)
def test_line_without_the_shape_gives_nothing(text):
    assert named_in_lines(text) == []


def test_participant_firm_is_no_person():
    text = "Participants\nAna Ruiz - Kestrel Securities, Analyst\nOmar Reyes - Raymond Hollis, Analyst\n"
    assert firms_in_lines(text) == {"Kestrel Securities", "Raymond Hollis"}
    people = _people(text, "Ana Ruiz", "Raymond Hollis", "Omar Reyes")
    assert "Raymond Hollis" not in people
    assert people["Omar Reyes"].title == "Analyst"


def test_contact_with_an_office_is_a_person():
    text = (
        "Kestrel grew.\n\nFor further information, please contact:\n\nKestrel plc\n"
        "Ana Ruiz, CFO      Tel: +44 20\n"
    )
    assert _people(text, "Ana Ruiz")["Ana Ruiz"].title == "CFO"


@pytest.mark.parametrize(
    "text, title",
    [
        # a Japanese board's rank opens a comma list of offices
        ("Speaker: Ana Ruiz, Representative Director, President and Chief Executive Officer\n",
         "Representative Director, President and Chief Executive Officer"),
        ("Ana Ruiz, Chief Financial Officer and Investor Relations Officer, said revenue rose.",
         "Chief Financial Officer and Investor Relations Officer"),
    ],
)
def test_title_modifiers_of_boards_and_investor_relations(text, title):
    assert _people(text, "Ana Ruiz")["Ana Ruiz"].title == title


@pytest.mark.parametrize(
    "text, title",
    [
        ("The team was led by partner Ada Lund, assisted by senior associate Ana Ruiz.", "senior associate"),
        ("Deal counsel was associate Ana Ruiz of Kestrel Legal.", "associate"),
    ],
)
def test_associate_is_a_firm_rank(text, title):
    assert _people(text, "Ana Ruiz")["Ana Ruiz"].title == title


def test_department_reaches_the_person():
    text = "Revenue rose, said Ada Lund. Ana Ruiz, Senior Director, Investor Relations, noted that it held.\n"
    assert _people(text, "Ana Ruiz")["Ana Ruiz"].title == "Senior Director, Investor Relations"


@pytest.mark.parametrize("cue", NAME_JOIN_CUES, ids=lambda cue: cue.name)
def test_name_tagged_in_pieces_is_joined(cue):
    whole, last = cue.read
    text = cue.example
    start = text.index(whole)
    tail = start + whole.index(last)
    pieces = [(tail, tail + len(last), "PERSON")]
    if cue.name == "adjacent pieces":
        pieces.insert(0, (start, tail - 1, "PERSON"))
    assert (start, start + len(whole), "PERSON") in joined_pieces(text, pieces)


def test_pieces_apart_stay_apart():
    text = "Ada Lund and Ana Ruiz signed. The CEO, Ana Ruiz, spoke."
    spans = [(0, 8, "PERSON"), (13, 21, "PERSON")]
    assert joined_pieces(text, spans) == spans


def test_name_in_pieces_is_one_person():
    text = "Kestrel Computing is headed by its president, Ada Hou-ming Lund."
    start = text.index("Ada")
    ner = [(start, start + 12, "PERSON"), (start + 13, start + 17, "PERSON")]
    chrome = boilerplate_spans(text)
    people = find_people(text, ner, find_organizations(text, ner, chrome), chrome)
    assert [p.name for p in people] == ["Ada Hou-ming Lund"]
