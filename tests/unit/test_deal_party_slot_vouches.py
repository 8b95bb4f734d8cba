"""A deal's own party slot vouches for the name standing in it (pipelines/extraction/deal_named_parties.py):
a name the people stage took from the entity model's PERSON label alone is the deal's organization, and a
brand's lower-case opening word ("vetAbility Ventures") is part of the name. Invented names; the parse is
real, the entity spans are given."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import named_by_no_title, with_deal_parties
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention, PersonFact
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


# --- a name the people stage titled by a deal's role alone ("its joint venture partner B") ---------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("partner", "Orion Lifesciences and its joint venture partner Teravane were awarded a contract."),
        ("investor", "Orion Lifesciences raised $20 million from its investor Teravane."),
        ("Partner", "Orion Lifesciences signed with Partner Teravane."),
    ],
)
def test_a_person_titled_by_a_deal_role_alone_may_be_a_party(title: str, text: str):
    """The role word of a deal's side ("partner" in the example) is no job: the name may be the deal's
    organization."""
    assert title.lower() in text.lower()
    assert named_by_no_title([PersonFact("Teravane", title, None, None)]) == {"Teravane"}


@pytest.mark.parametrize("title", ["managing partner", "chief executive", "partner at Kestrel Law"])
def test_a_person_with_a_job_title_stays_titled(title: str):
    assert named_by_no_title([PersonFact("Ana Teravane", title, None, None)]) == frozenset()


def test_a_person_found_by_no_title_may_be_a_party():
    assert named_by_no_title([PersonFact("Teravane", None, None, None)]) == {"Teravane"}


def test_a_role_titled_person_in_a_party_slot_is_the_deals_organization():
    text = "Orion Lifesciences signed a licensing agreement with its partner Teravane on Monday."
    untitled = named_by_no_title([PersonFact("Teravane", "partner", None, None)])
    assert _proposed(text, {"Teravane": "PERSON"}, ("Teravane",), untitled) == ["Teravane"]


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
