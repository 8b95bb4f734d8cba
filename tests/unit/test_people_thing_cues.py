"""Cues before a name, a legal form closing it and an address line say an untitled "person" is a thing
(people_thing_cues.py, read through people_checks.said_of_a_thing and not_a_person); names are invented."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.people_checks import names_a_thing, not_a_person, said_of_a_thing
from pipelines.extraction.people_thing_cues import (
    ADDRESS_LINE_EXAMPLES,
    FORM_CLOSING_EXAMPLES,
    THING_CUES_BEFORE,
    legal_form_closes,
    on_an_address_line,
    thing_cue_before,
)

_NAME = re.compile(r"Lindo Vale|Maro Vale")


def _mention(text: str, name: str = "") -> tuple[int, int]:
    found = re.search(re.escape(name), text) if name else _NAME.search(text)
    assert found is not None
    return found.start(), found.end()


@pytest.mark.parametrize("cue", THING_CUES_BEFORE, ids=lambda cue: cue.name)
def test_a_cue_before_the_name_says_it_is_a_thing(cue):
    names = list(_NAME.finditer(cue.example))
    start = names[-1].start()  # the second item of a list too
    assert cue.pattern.search(cue.example, max(0, start - 120), start)
    assert said_of_a_thing(cue.example, start, names[-1].end())


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive of the company, Ana Ruiz, said sales grew.",
        "The bank's chief executive, Ana Ruiz, said sales grew.",
        "Ana Ruiz took over from Omar Reyes in 2024.",
        "The company said Ana Ruiz joined the board in 2022.",
        "a spokesman for the venture, Ana Ruiz, said",
    ],
)
def test_a_person_introduced_by_an_office_or_a_succession_is_no_thing(text):
    start, end = _mention(text, "Omar Reyes" if "Omar" in text else "Ana Ruiz")
    assert not thing_cue_before(text, start)
    assert not said_of_a_thing(text, start, end)


@pytest.mark.parametrize("text", FORM_CLOSING_EXAMPLES)
def test_a_legal_form_closing_the_name_says_it_is_a_company(text):
    start, end = _mention(text)
    assert legal_form_closes(text, end)
    assert said_of_a_thing(text, start, end)


@pytest.mark.parametrize("after", [" & Co. advised", ", Velorix Systems AG", " said Kestrel AG grew"])
def test_a_name_before_a_firm_of_its_own_or_a_sentence_is_no_company(after):
    text = "Ana Ruiz" + after
    assert not legal_form_closes(text, len("Ana Ruiz"))


@pytest.mark.parametrize("line", ADDRESS_LINE_EXAMPLES)
def test_a_name_on_a_postal_address_line_is_a_place(line):
    text = f"Kestrel Foods grew.\n\n{line}\n"
    start, end = _mention(text)
    assert on_an_address_line(text, start)
    assert not_a_person(text, [(start, end)], set())


@pytest.mark.parametrize(
    "line",
    [
        "Media contact: Lindo Vale, Kestrel Foods, +44 20 7946 0000",
        "Lindo Vale, Kestrel Foods, lindo@kestrel.example, 2025",
        "Lindo Vale, who joined in 2021, said revenue rose to 1,200 million in 2025.",
    ],
)
def test_a_contact_line_or_a_sentence_is_no_address(line):
    text = f"Kestrel Foods grew.\n\n{line}\n"
    assert not on_an_address_line(text, _mention(text)[0])


@pytest.mark.parametrize("name", ["Maro Digital Zrt", "Lindo Sdn Bhd", "Maro Media Kft", "Lindo Tbk"])
def test_a_name_ending_in_a_legal_form_is_a_company(name):
    assert names_a_thing(name)


@pytest.mark.parametrize("name", ["Ana Sa", "Omar Ab", "Ana Ruiz Co", "Ana Ruiz Group"])
def test_a_word_spelt_like_a_form_but_capitalised_as_a_name_is_no_form(name):
    assert not names_a_thing(name)


@pytest.mark.parametrize(
    "after",
    [
        " copper project",
        " power plant",
        " lines at 91% of capacity",
        " and Lindo Bay projects picked up",
        " title, released in 2025",
        " fund, launched in 2023",
        " ecosystem pulls in deposits",
    ],
)
def test_a_name_modifying_a_things_noun_is_a_thing(after):
    text = "Maro Vale" + after
    assert said_of_a_thing(text, 0, len("Maro Vale"))


@pytest.mark.parametrize("after", [" funds start-ups", " lines up support", " and Omar Reyes said"])
def test_a_persons_verb_is_no_modified_noun(after):
    text = "Maro Vale" + after
    assert not said_of_a_thing(text, 0, len("Maro Vale"))


@pytest.mark.parametrize(
    ("before", "after"),
    [("public broadcaster ", " to develop it"), ("reinsurer ", " in 2023"), ("the angel network ", ".")],
)
def test_a_things_kind_before_the_name_then_a_preposition_or_its_end(before, after):
    text = before + "Maro Vale" + after
    assert said_of_a_thing(text, len(before), len(before) + len("Maro Vale"))


@pytest.mark.parametrize(
    "text",
    [
        "Velorix grew. Its cloud service, Lindo Vale, now hosts 23 clients.",
        "Quandra sells meters. Its metering app, Lindo Vale, has 9,000 users.",
        "Quandra's newest product, Lindo Vale, sold out.",
        "It signed a memorandum with the regulator's regional office, Lindo Vale, on a pilot.",
    ],
)
def test_a_service_product_or_office_apposed_before_the_name_is_a_thing(text):
    start, end = _mention(text)
    assert thing_cue_before(text, start)
    assert said_of_a_thing(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Lindo Vale AS, which Velorix bought in 2024, grew. Later Lindo Vale won a contract.",
        "Velorix sold Lindo Vale Kft. in May. Lindo Vale had 40 staff.",
    ],
)
def test_a_name_written_elsewhere_with_a_legal_form_is_a_company(text):
    mention = [m.span() for m in _NAME.finditer(text)][-1]
    assert not_a_person(text, [mention], set())


def test_a_person_whose_holding_company_bears_more_words_stays_a_person():
    text = "Ana Ruiz Holding AS bought shares. Ana Ruiz said she was pleased."
    mention = [m.span() for m in re.finditer("Ana Ruiz", text)][-1]
    assert not not_a_person(text, [mention], set())
