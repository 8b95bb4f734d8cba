"""Names with no title that are the tail of a longer capitalised name or only in the headline, and a
bare "head" made whole by its "of" phrase or dropped (people_checks.py, person_head.py)."""

from __future__ import annotations

import pytest

from pipelines.extraction.people_checks import LONGER_NAMES, not_a_person, tail_of_a_longer_name
from pipelines.extraction.person_head import is_bare_head, whole_head
from tests.unit.test_people import people_of
from tests.unit.test_titles import people_with_parse


def _unbracketed(example: str) -> tuple[str, int, int]:
    start = example.index("[")
    end = example.index("]") - 1
    return example.replace("[", "").replace("]", ""), start, end


@pytest.mark.parametrize("cue", LONGER_NAMES, ids=lambda cue: cue.name)
def test_the_tail_of_a_longer_name_is_no_person(cue):
    text, start, end = _unbracketed(cue.example)
    assert tail_of_a_longer_name(text, start)
    name = text[start:end]
    assert name not in people_of(f"Kestrel Foods reported results. Revenue grew, {text}.", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the deal was backed by the businessmen Gil Lavi and others", "Gil Lavi"),
        ("Revenue grew. When Ana Ruiz joined, it was small.", "Ana Ruiz"),  # a word opening the sentence
        ("a note from Dr Ana Ruiz said", "Ana Ruiz"),  # a rank
        ("said Chairman Ana Ruiz on Monday", "Ana Ruiz"),  # a title
        ("Kestrel's Ana Ruiz thanked the team", "Ana Ruiz"),  # an owner's possessive
    ],
)
def test_a_name_after_a_sentence_opening_rank_title_or_possessive_is_a_person(text, name):
    assert not tail_of_a_longer_name(text, text.index(name))


def test_a_name_only_in_the_headline_with_no_title_is_no_person():
    text = "Kestrel Profit Rises as Jorf Vale Runs Flat Out\n\nKestrel Foods said revenue rose 4% in May."
    start = text.index("Jorf Vale")
    assert not_a_person(text, [(start, start + len("Jorf Vale"))], {"Kestrel Foods"})
    assert "Jorf Vale" not in people_of(text, "Jorf Vale")


def test_a_name_in_the_headline_and_the_body_stays():
    text = "Kestrel Backers Include Ana Ruiz\n\nThe round was joined by Ana Ruiz and others in May."
    assert "Ana Ruiz" in people_of(text, "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Ana Ruiz, Head of Cyber Security for the government, said", "Head of Cyber Security"),
        ("Ruiz will stay on as head of Kestrel.", "head of Kestrel"),
        ("said Ana Ruiz, head of the company's cloud unit.", "head of the company's cloud unit"),
        ("Ana Ruiz, head of research at Kestrel, said", "head of research"),
    ],
)
def test_a_bare_head_takes_its_of_phrase(text, head):
    name = "Ruiz" if text.startswith("Ruiz") else "Ana Ruiz"
    start = text.index(name)
    assert whole_head(text, [(start, start + len(name))]) == head


def test_a_heading_verb_states_no_title():
    text = "Kestrel Foods grew. Ana Ruiz has led the Tokyo company since founding it in 1997."
    assert whole_head(text, [(text.index("Ana Ruiz"), text.index("Ana Ruiz") + 8)]) is None
    assert is_bare_head("Head") and not is_bare_head("head of research")


def test_in_a_sentence_case_headline_the_word_before_tells():
    text = "Kestrel lifts profit as The Good Guys shines\n\nKestrel Foods said revenue rose 4% in May."
    assert "Good Guys" not in people_of(text, "Good Guys")


def test_a_persons_bare_head_is_made_whole_or_dropped():
    text = "Kestrel Foods grew. Ana Ruiz, head of the company's cloud unit, said sales rose."
    assert people_of(text, "Ana Ruiz")["Ana Ruiz"].title == "head of the company's cloud unit"
    text = "Northwind Labs reported results. Maria Gonzalez has led the group since 1997."
    assert people_with_parse(text)["Maria Gonzalez"].title is None  # the parse reads "head"


@pytest.mark.parametrize("style", ["H.E.", "H. E.", "His Excellency", "Her Excellency", "Hon."])
def test_an_officials_style_is_no_part_of_the_name(style):
    text = f"Kestrel Bank grew. {style} Ana Ruiz, Minister of Finance, said reserves rose."
    assert "Ana Ruiz" in people_of(text, f"{style} Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kestrel Foods grew, said Ana Ruiz, chair of the board. The CFO spoke.", "chair of the board"),
        ("Kestrel Foods grew. Ana Ruiz, executive chairman of the board, said so.",
         "executive chairman of the board"),
        ("It grew,\" said Ana Ruiz, vice-president of the management board responsible for finance.",
         "vice-president of the management board responsible for finance"),
        ("Kestrel Foods grew. Ana Ruiz, Member of the Management Board responsible for Finance, said so.",
         "Member of the Management Board responsible for Finance"),
    ],
)
def test_a_boards_scope_is_read_in_lower_case_too(text, title):
    assert people_of(text, "Ana Ruiz")["Ana Ruiz"].title == title


def test_a_compound_titles_last_office_keeps_its_portfolio():
    text = "Kestrel Bank grew. It was attended by Ana Ruiz, Deputy Prime Minister and Minister of Interior."
    assert people_of(text, "Ana Ruiz")["Ana Ruiz"].title == "Deputy Prime Minister and Minister of Interior"


def test_a_participant_lines_function_after_the_role_is_the_roles():
    text = ("Participants\nAna Ruiz - Executive Vice President, Products and Solutions\n\n"
            "Kestrel Bank said revenue rose.")
    assert people_of(text, "Ana Ruiz")["Ana Ruiz"].title == "Executive Vice President, Products and Solutions"
