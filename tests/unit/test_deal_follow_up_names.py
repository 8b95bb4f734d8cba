"""A sentence naming the parties of a deal told just before proposes its names as organizations
(pipelines/extraction/deal_follow_up_names.py, used by deal_named_parties); the parse is real, the
entity spans are given. Also the deal stage's readings such a sentence needs: a lead investor with the
round as a pronoun ("A led it"), an agreement announced with its partner named later."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.deal_follow_up_names import FOLLOW_UP_NAME_CUES, follow_up_sentence
from pipelines.extraction.deal_named_parties import with_deal_parties
from pipelines.extraction.deal_threads import FOLLOW_UP, find_opening
from pipelines.extraction.deals import _JOINED_ROUND
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax

KNOWN = "Orion Lifesciences"


def _proposed(
    text: str, labels: dict[str, str] | None = None, people: tuple[str, ...] = (),
    untitled: frozenset[str] = frozenset(),
) -> list[str]:
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion lifesciences", KNOWN, "company")],
        [OrgMention("orion lifesciences", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    labels = labels or {}
    entities = [(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]
    result = with_deal_parties(
        text, split_sentences(text), entities, known, Syntax(), default_gazetteer(), people, untitled
    )
    return sorted(o.name for o in result.organizations if o.name != KNOWN)


@pytest.mark.parametrize("example", [example for example, _ in FOLLOW_UP_NAME_CUES])
def test_every_follow_up_cue_reads_its_example(example):
    assert follow_up_sentence(example)


# (opening sentence, follow-up naming the parties, the names proposed)
FOLLOW_UPS = [
    ("Orion Lifesciences signed a memorandum of understanding on Tuesday.",
     "The signatories are Kestrel Institute, Vantia Polytechnic and Tallis Ports Authority.",
     ["Kestrel Institute", "Tallis Ports Authority", "Vantia Polytechnic"]),
    ("Orion Lifesciences announced a rural connectivity agreement on Wednesday.",
     "Its partner is Zenbrook Orbital.", ["Zenbrook Orbital"]),
    ("Orion Lifesciences has closed a $20 million Series B round.",
     "The round was led by Kestrel Partners.", ["Kestrel Partners"]),
    ("Orion Lifesciences signed an agreement on supply chains.",
     "The other signatories: Kestrel Institute and Vantia Polytechnic.",
     ["Kestrel Institute", "Vantia Polytechnic"]),
    ("Orion Lifesciences closed a $20 million funding round on Monday.",
     "Kestrel Partners led it; Vantia Capital also invested.", ["Kestrel Partners", "Vantia Capital"]),
]


@pytest.mark.parametrize(("opening", "follow_up", "names"), FOLLOW_UPS)
def test_the_names_a_follow_up_gives_the_parties_are_proposed(opening, follow_up, names):
    assert _proposed(f"{opening} {follow_up}") == names


def test_a_follow_up_with_no_deal_before_it_proposes_nothing():
    text = "Orion Lifesciences reported higher sales on Tuesday. Its partner is Zenbrook Orbital."
    assert _proposed(text) == []


def test_a_name_the_follow_up_only_values_is_not_proposed():
    """ "The round values B at $300 million": the object of another verb is no party."""
    text = ("Orion Lifesciences has closed a $20 million Series B round. "
            "The round values Kestrel Bioworks at about $300 million.")
    assert _proposed(text) == []


def test_a_name_inside_a_relative_clause_of_the_follow_up_is_not_proposed():
    text = ("Orion Lifesciences signed a memorandum of understanding on Tuesday. "
            "The signatories are Kestrel Institute, which was founded by Vantia Holdings in 1990.")
    assert _proposed(text) == ["Kestrel Institute"]


def test_a_name_with_a_connector_is_proposed_whole():
    """ "Politecnico di Milano": the parse hangs the name on its last word; the words a connector ties to
    it are its start."""
    text = ("Orion Lifesciences signed a memorandum of understanding on Tuesday. "
            "The signatories are Kestrel Institute and Politecnico di Brenna.")
    assert _proposed(text) == ["Kestrel Institute", "Politecnico di Brenna"]


def test_a_bracketed_short_form_is_not_proposed():
    text = ("Orion Lifesciences signed a memorandum of understanding on Tuesday. "
            "The signatories are the Agenzia Vantia (AVX) and Kestrel Institute.")
    assert "AVX" not in _proposed(text)


def test_a_person_found_by_a_label_alone_is_a_party_in_a_follow_up():
    """The entity model calls a company a person ("Kestrel Metall led it"); with no title, the party slot
    wins. A person with a title is never proposed."""
    text = ("Orion Lifesciences closed a $20 million funding round on Monday. "
            "Kestrel Metall led it.")
    people = ("Kestrel Metall",)
    assert _proposed(text, {"Kestrel Metall": "PERSON"}, people, frozenset(people)) == ["Kestrel Metall"]
    assert _proposed(text, {"Kestrel Metall": "PERSON"}, people, frozenset()) == []


@pytest.mark.parametrize(
    "masked", ["⟨0⟩ led it.", "⟨1⟩ led ⟨1⟩; ⟨2⟩ also invested.", "⟨0⟩ co-led it, with ⟨1⟩."]
)
def test_a_lead_investor_with_the_round_as_a_pronoun_joins_the_round(masked):
    """ "A led it": masking may read "it" as the current subject."""
    assert _JOINED_ROUND.search(masked)


def test_an_announced_agreement_waits_for_its_partner():
    masked = "⟨0⟩ also announced a rural connectivity agreement on Wednesday."
    slots = [OrgMention("orion", "Orion", "Orion", 0, 5)]
    pending = find_opening(masked, slots, 0)
    assert pending is not None and pending.opening.deal_type == "partnership"
    assert re.match(r"⟨0⟩", masked)


def test_investors_described_before_their_verb_of_taking_part_join_the_round():
    """ "B and C, both existing shareholders, followed on": an apposition between the investors and
    their verb."""
    assert _JOINED_ROUND.search("⟨0⟩ and ⟨1⟩, both existing shareholders, followed on, as did ⟨2⟩.")


@pytest.mark.parametrize(
    "follow_up", ["The Series B was led by Kestrel Partners.", "The placement was backed by Vantia Capital.",
                  "The target is Kestrel Bioworks."]
)
def test_a_round_named_by_its_series_or_form_or_a_target_is_a_follow_up(follow_up):
    assert FOLLOW_UP.match(follow_up)


def test_the_others_putting_in_the_rest_join_the_round():
    assert _JOINED_ROUND.search("⟨0⟩ led ⟨1⟩; ⟨2⟩ and the ⟨3⟩ put in the rest.")


def test_a_round_named_by_its_series_is_not_proposed():
    text = ("Orion Lifesciences has closed a $20 million Series B round. "
            "The financing brings its total to $45 million, including a Series A led by Kestrel Partners.")
    assert "Series A" not in _proposed(text)


def test_a_target_named_after_its_buyer_is_the_target():
    from pipelines.extraction.deal_threads import NAMED_ROLES
    from tests.unit.test_deal_threads import roles_of

    for role, _cue, example in NAMED_ROLES:
        text = f"Orion Group agreed to acquire a Danish software company on Monday. {example}"
        assert roles_of(text) == [("acquisition", {"Orion Group": "acquirer", "Kestrel Labs": role})]
