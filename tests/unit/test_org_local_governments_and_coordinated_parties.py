"""A local government named by its town ("the Municipality of Velmont", "Velmont Metropolitan
Municipality") is an organization even though the model tags it a place; two parties coordinated by
"and" stay two when the model reads each as a name ("the Ministry of X and Y Social Bank") or when a lone
word is followed by a backer's full name ("Orvane and Kelvra Capital also invested"). Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.unit.org_rows import found, spans


@pytest.mark.parametrize(
    ("text", "body", "tagged"),
    [
        ("Quarvo signed a memorandum with the Municipality of Velmont and a university.",
         "Municipality of Velmont", "the Municipality of Velmont"),
        ("Quarvo agreed a three-year contract with the City of Velmont to run its screens.",
         "City of Velmont", "the City of Velmont"),
        ("Quarvo won a tender from Velmont Metropolitan Municipality for 60 buses.",
         "Velmont Metropolitan Municipality", "Velmont Metropolitan Municipality"),
        ("Quarvo signed with Energix, the grid agency and Velmont Municipality in May.",
         "Velmont Municipality", "Velmont Municipality"),
    ],
)
def test_a_local_government_named_by_its_town_is_an_organization(text, body, tagged):
    assert body in found(text, spans(text, "GPE", tagged))


def test_a_city_written_as_a_place_is_not_a_local_government():
    text = "Quarvo opened an office in the City of Velmont in May, Quarvo said."
    assert "City of Velmont" not in found(text, spans(text, "GPE", "the City of Velmont"))


def test_a_ministry_and_a_bank_the_model_reads_apart_stay_two():
    text = "The bank signed with the Ministry of Lumbra Solidarity and Velor Social Bank to lend."
    ner = spans(text, "ORG", "the Ministry of Lumbra Solidarity", "Velor Social Bank")
    names = found(text, ner)
    assert {"Ministry of Lumbra Solidarity", "Velor Social Bank"} <= set(names)
    assert "Ministry of Lumbra Solidarity and Velor Social Bank" not in names


def test_a_lone_word_before_a_backers_full_name_is_not_joined_to_it():
    text = "Tamsin Partners led the round. Orvane and Kelvra Capital also invested, the company said."
    names = found(text, spans(text, "ORG", "Tamsin Partners", "Orvane", "Kelvra Capital"))
    assert "Kelvra Capital" in names
    assert "Orvane and Kelvra Capital" not in names


def test_a_ministry_and_a_headless_remit_the_model_reads_apart_stay_one():
    text = "Velorix signed a cloud contract with the Ministry of Quarva and ICT on Monday."
    names = found(text, spans(text, "ORG", "the Ministry of Quarva", "ICT"))
    assert "Ministry of Quarva and ICT" in names
    assert "Ministry of Quarva" not in names
