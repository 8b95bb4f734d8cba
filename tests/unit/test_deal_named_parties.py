"""A name in a deal word's argument slot, next to a known organization, is proposed as an organization
(pipelines/extraction/deal_named_parties.py); the parse is real, the entity spans are given."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import with_deal_parties
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax

KNOWN = "Orion Lifesciences"


def _proposed(text: str, labels: dict[str, str], people: tuple[str, ...] = ()) -> list[str]:
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion lifesciences", KNOWN, "company")],
        [OrgMention("orion lifesciences", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    entities = [(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]
    sentences = split_sentences(text)
    result = with_deal_parties(text, sentences, entities, known, Syntax(), default_gazetteer(), people)
    return [o.name for o in result.organizations if o.name != KNOWN]


# (text, the entity model's labels, the name proposed): the model calls these companies a person or a place
PROPOSED = [
    ("In March Kestrel signed a licensing agreement with Orion Lifesciences.",
     {"March": "DATE", "Kestrel": "PERSON"}, "Kestrel"),
    ("Orion Lifesciences announced an expanded partnership with Databrook to build data platforms.",
     {"Databrook": "GPE"}, "Databrook"),
]


@pytest.mark.parametrize(("text", "labels", "name"), PROPOSED)
def test_a_name_in_a_party_slot_is_proposed(text, labels, name):
    assert _proposed(text, labels) == [name]


def test_a_place_in_a_party_slot_is_not_proposed():
    assert _proposed("Orion Lifesciences signed an agreement with India.", {"India": "GPE"}) == []


def test_a_person_the_people_stage_found_is_not_proposed():
    text = "Orion Lifesciences signed an agreement with Kestrel on Monday."
    assert _proposed(text, {"Kestrel": "PERSON"}, people=("Jana Kestrel",)) == []


def test_a_name_in_a_sentence_with_no_deal_is_not_proposed():
    assert _proposed("Kestrel met Orion Lifesciences on Monday.", {"Kestrel": "ORG"}) == []


def test_a_date_is_not_proposed():
    text = "Orion Lifesciences signed an agreement with Kestrel in March."
    assert _proposed(text, {"Kestrel": "DATE"}) == []


def test_a_name_after_a_locative_preposition_is_not_proposed():
    """ "a plant in Zarova": the object of "in"/"at" is as often a town as a party."""
    text = "Orion Lifesciences will invest $4 billion in a battery plant in Zarova."
    assert _proposed(text, {"Zarova": "GPE"}) == []


def test_a_title_after_a_colon_is_not_proposed():
    """ "the maker of the shooter PUBG: Battlezone, is buying B": the parse cuts at the colon."""
    text = "Kestrel Games, the maker of the hit shooter Skyfall: Battlezone, is buying Orion Lifesciences."
    labels = {"Kestrel Games": "ORG"}
    assert "Battlezone" not in _proposed(text, labels)


def test_a_name_cut_by_the_sentence_splitter_is_not_proposed():
    """ "a partnership with J.P. Morgan": the splitter ends the sentence after "J.P."; half a name is none."""
    text = "Orion Lifesciences has signed a partnership with J.P. Morgan Payments."
    assert "J.P." not in _proposed(text, {})
