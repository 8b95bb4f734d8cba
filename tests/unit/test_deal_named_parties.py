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


def _result(text: str, labels: dict[str, str]) -> OrganizationResult:
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion lifesciences", KNOWN, "company")],
        [OrgMention("orion lifesciences", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    entities = [(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]
    return with_deal_parties(text, split_sentences(text), entities, known, Syntax(), default_gazetteer())


def test_a_proposed_name_is_a_company_with_every_mention_of_its_name():
    text = ("In March Kestrel signed a licensing agreement with Orion Lifesciences. "
            "Kestrel shares rose 4% on Monday, while Kestrel-branded drugs and Orion Lifesciences fell.")
    result = _result(text, {"March": "DATE", "Kestrel": "PERSON"})
    added = [o for o in result.organizations if o.name == "Kestrel"]
    assert [(o.key, o.kind) for o in added] == [("kestrel", "company")]
    kestrel = [(m.key, m.text, m.start, m.end) for m in result.mentions if m.name == "Kestrel"]
    starts = [i for i in range(len(text)) if text.startswith("Kestrel ", i)]
    # not "Kestrel-branded": part of another word
    assert kestrel == [("kestrel", "Kestrel", s, s + len("Kestrel")) for s in starts]
    assert [m.start for m in result.mentions] == sorted(m.start for m in result.mentions)
    assert sum(m.name == KNOWN for m in result.mentions) == 1  # the known mentions stay as they were


@pytest.mark.parametrize(
    ("text", "labels", "name"),
    [
        ("Orion Lifesciences signed a partnership with Channel 4 on Monday.", {}, "Channel 4"),
        ("Orion Lifesciences signed a licensing agreement with Kestrel Data Labs.", {}, "Kestrel Data Labs"),
    ],
)
def test_a_proposed_name_has_all_its_words(text, labels, name):
    assert _proposed(text, labels) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Orion Lifesciences signed a licensing agreement with The Company.",
        "Orion Lifesciences signed a licensing agreement with Governor Kestrel.",
    ],
)
def test_words_that_stand_for_a_party_or_a_title_are_not_proposed(text):
    assert _proposed(text, {}) == []


def test_a_known_organization_is_not_proposed_again():
    text = "In March Kestrel signed a licensing agreement with Orion Lifesciences."
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion lifesciences", KNOWN, "company"),
         OrganizationFact("kestrel", "Kestrel", "company")],
        [OrgMention("orion lifesciences", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    entities = [(text.index("March"), text.index("March") + 5, "DATE")]
    result = with_deal_parties(text, split_sentences(text), entities, known, Syntax(), default_gazetteer())
    assert result is known


def test_other_people_found_do_not_stop_a_proposal():
    text = "In March Kestrel signed a licensing agreement with Orion Lifesciences."
    assert _proposed(text, {"March": "DATE", "Kestrel": "PERSON"}, people=("Jana Ruiz",)) == ["Kestrel"]


def test_a_name_outside_the_deal_is_not_proposed():
    # the speaker is in an argument slot too, but taken as an organization it is no side of the deal
    text = "Orion Lifesciences signed a licensing agreement with Kestrel Data Labs, Zenbrook said."
    assert "Zenbrook" not in _proposed(text, {})


def test_the_first_word_of_a_sentence_is_not_proposed():
    # capitalised by its position, not as a name
    assert _proposed("Kestrel signed a licensing agreement with Orion Lifesciences.", {}) == []
