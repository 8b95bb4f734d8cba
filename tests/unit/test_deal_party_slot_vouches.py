"""A deal's own party slot vouches for the name standing in it (pipelines/extraction/deal_named_parties.py):
a name the people stage took from the entity model's PERSON label alone is the deal's organization, and a
brand's lower-case opening word ("vetAbility Ventures") is part of the name. Invented names; the parse is
real, the entity spans are given."""

from __future__ import annotations

from pipelines.extraction.deal_named_parties import with_deal_parties
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax

KNOWN = "Orion Lifesciences"


def _proposed(
    text: str,
    labels: dict[str, str],
    people: tuple[str, ...] = (),
    untitled: frozenset[str] = frozenset(),
) -> list[str]:
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion lifesciences", KNOWN, "company")],
        [OrgMention("orion lifesciences", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    entities = [(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]
    result = with_deal_parties(
        text, split_sentences(text), entities, known, Syntax(), default_gazetteer(), people, untitled
    )
    return [o.name for o in result.organizations if o.name != KNOWN]


# --- a name the people stage found by its PERSON label alone, in a deal's party slot -------------------


def test_an_untitled_person_in_a_party_slot_is_the_deals_organization():
    text = "Orion Lifesciences signed a licensing agreement with Teravane on Monday."
    people = ("Teravane",)
    assert _proposed(text, {"Teravane": "PERSON"}, people, frozenset(people)) == ["Teravane"]


def test_a_titled_person_in_a_party_slot_stays_a_person():
    """ "chief executive Teravane" elsewhere: the people stage's title makes it a person, no deal party."""
    text = "Orion Lifesciences signed a licensing agreement with Teravane on Monday."
    assert _proposed(text, {"Teravane": "PERSON"}, ("Teravane",), frozenset()) == []


def test_an_untitled_person_outside_any_party_slot_stays_a_person():
    text = "Orion Lifesciences signed a licensing agreement on Monday, Teravane said."
    people = ("Teravane",)
    assert _proposed(text, {"Teravane": "PERSON"}, people, frozenset(people)) == []


# --- a brand's lower-case opening word ------------------------------------------------------------------


def test_a_lower_case_brand_word_opens_the_party_name():
    text = "Orion Lifesciences has signed a partnership with vetAbility Ventures."
    assert _proposed(text, {}) == ["vetAbility Ventures"]


def test_a_digit_inside_a_lower_case_word_opens_the_party_name():
    text = "Orion Lifesciences has signed a partnership with q4q Ventures."
    assert _proposed(text, {}) == ["q4q Ventures"]


def test_a_lower_case_descriptor_is_no_part_of_the_name():
    text = "Orion Lifesciences has signed a partnership with venture firm Kestrel Ventures."
    assert _proposed(text, {}) == ["Kestrel Ventures"]


# --- the entity model's NORP in a party slot; the gazetteer's peoples refused -----------------------------


def test_a_name_the_model_calls_a_nationality_is_a_party_in_the_slot():
    text = "The purchase of Vexonics by Orion Lifesciences was completed in November."
    assert _proposed(text, {"Vexonics": "NORP"}) == ["Vexonics"]


def test_a_nationality_the_gazetteer_knows_is_no_party():
    text = "Orion Lifesciences signed a licensing agreement with Israelis on Monday."
    assert _proposed(text, {"Israelis": "NORP"}) == []
