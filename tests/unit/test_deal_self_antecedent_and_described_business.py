"""A deal clause's anaphor resolved to the business it describes, and a business described before its
participle ("B, the maker bought in 2011"): the buyer is the article's organization."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.deal_anaphora import (
    ADVERBIAL_DEAL_EXAMPLE,
    DESCRIPTOR_SLOT_EXAMPLE,
    SELF_ANTECEDENT_CUES,
    TOLD_IN_CLAUSE_EXAMPLE,
    buyer_for_self_antecedent,
    descriptors_as_words,
    subject_of_adverbial_deal,
    within_its_clause,
)
from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import split_sentences
from tests.unit.deal_rows import roles_of


def deals_of(text: str):
    sentences = split_sentences(text)
    return find_deals(text, sentences, find_organizations(text, [], [], sentences))


BUSINESS = OrgMention("lumen data", "Lumen Data", "Lumen Data", 0, 10)
MAIN = OrgMention("orion group", "Orion Group", "", 0, 0)


def _masked(example: str) -> tuple[list[OrgMention], str]:
    """The example with the business as slot 0 and its anaphor ("the Group", "it") as slot 1, the
    anaphor resolved to the business as the organizations stage resolves it."""
    anaphor = re.search(r"\b(?:the Group|it|we)\b", example)
    assert anaphor is not None
    masked = example.replace("Lumen Data", "⟨0⟩").replace(anaphor.group(), "⟨1⟩", 1)
    return [BUSINESS, OrgMention(BUSINESS.key, BUSINESS.name, anaphor.group(), 20, 29)], masked


@pytest.mark.parametrize("cue, example", SELF_ANTECEDENT_CUES)
def test_an_anaphor_resolved_to_the_business_it_bought_is_the_articles_organization(cue, example):
    slots, masked = _masked(example)
    assert cue.search(masked)
    fixed = buyer_for_self_antecedent(slots, masked, MAIN)
    assert [s.key for s in fixed] == [BUSINESS.key, MAIN.key]
    assert fixed[1].text == slots[1].text  # still the words written there


@pytest.mark.parametrize("cue, example", SELF_ANTECEDENT_CUES)
def test_a_subject_that_is_another_organization_is_kept(cue, example):
    slots, masked = _masked(example)
    other = OrgMention("kestrel", "Kestrel", "Kestrel", 20, 27)
    assert buyer_for_self_antecedent([slots[0], other], masked, MAIN) == [slots[0], other]


def test_the_business_being_the_articles_organization_changes_nothing():
    slots, masked = _masked(SELF_ANTECEDENT_CUES[0][1])
    assert buyer_for_self_antecedent(slots, masked, BUSINESS) == slots


def test_a_descriptor_read_as_the_names_mention_is_written_back_as_words():
    descriptor = OrgMention(BUSINESS.key, BUSINESS.name, "the analytics maker", 12, 31)
    masked = DESCRIPTOR_SLOT_EXAMPLE.replace("Lumen Data", "⟨0⟩").replace("the analytics maker", "⟨1⟩")
    expected = "⟨0⟩, the analytics maker bought in 2011, grew."
    assert descriptors_as_words([BUSINESS, descriptor], masked) == expected


def test_a_following_name_of_another_organization_stays_a_slot():
    other = OrgMention("kestrel", "Kestrel", "the Kestrel unit", 12, 28)
    assert descriptors_as_words([BUSINESS, other], "⟨0⟩, ⟨1⟩ bought in 2011") == "⟨0⟩, ⟨1⟩ bought in 2011"


# A business described before its agentless participle, and one with a place after its name before its
# relative clause: (text, the deal's roles)
DESCRIBED_BUSINESS_EXAMPLES = [
    (
        "Orion Group grew. Orion Group hired. Lumen Technologies, the analytics maker bought in 2023, grew.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group grew. Orion Group hired. Lumen Technologies, the analytics maker bought from Kestrel "
        "Holdings in 2023, grew.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
    ),
    (
        "Sales rose. Lumen Technologies in Lyon, which Orion Group acquired in 2020, grew.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_BUSINESS_EXAMPLES)
def test_a_described_business_bought_is_a_deal_with_its_buyer(text, expected):
    assert ("acquisition", expected) in roles_of(text)


def test_an_adverbial_deal_clause_takes_the_sentences_subject():
    assert roles_of(ADVERBIAL_DEAL_EXAMPLE) == [
        ("acquisition", {"Orion Group": "acquirer", "Kestrel Bank": "target"})
    ]


def test_an_adverbial_clause_after_a_possessor_is_left_alone():
    slots = [MAIN, BUSINESS, OrgMention("kestrel", "Kestrel", "Kestrel", 40, 47)]
    masked = "⟨0⟩'s unit ⟨1⟩ grew, after buying ⟨2⟩."
    assert subject_of_adverbial_deal(slots, masked) == (slots, masked)


def test_a_deal_told_in_a_relative_clause_ends_with_that_clause():
    assert within_its_clause(TOLD_IN_CLAUSE_EXAMPLE) == "⟨0⟩, which ⟨1⟩ acquired in 2014 for $90 million"


@pytest.mark.parametrize(
    "clause",
    [
        "⟨0⟩, a design studio, was acquired in 2022 for $5 million",  # the main clause tells the purchase
        "⟨0⟩ acquired ⟨1⟩ for $5 million, its biggest deal",
    ],
)
def test_a_deal_told_in_the_main_clause_keeps_its_clause(clause):
    assert within_its_clause(clause) == clause


def test_a_figure_after_the_clause_telling_a_purchase_is_not_its_amount():
    text = (
        "Orion Group grew. Orion Group hired. Lumen Technologies, the analytics maker bought in 2023, "
        "added $90 million to the year's result."
    )
    deals = deals_of(text)
    assert [d.amount for d in deals] == [None]


# --- end to end through the full extractor: each hook in find_deals carries its case -----------------------
# (planted: without `buyer_for_self_antecedent` in find_deals the first finds no deal, without
# `descriptors_as_words` the second finds none)

END_TO_END_PUBLISHED = date(2025, 3, 6)


def test_the_articles_own_group_buying_the_business_its_anaphor_names_end_to_end(extractor):
    text = (
        "Halden Instruments reported revenue of £420 million for 2024, the Group said on Tuesday.\n\n"
        "The Group makes industrial sensors.\n\n"
        "Lumen Data, which the Group acquired in 2021, grew its sales by 12%."
    )
    assert ("acquisition", {"Halden Instruments": "acquirer", "Lumen Data": "target"}) in _extracted_roles(
        extractor, text
    )


def test_a_descriptor_read_as_the_businesss_mention_leaves_its_purchase_end_to_end(extractor):
    text = (
        "Halden Instruments reported higher sales on Tuesday.\n\n"
        "Halden Instruments hired 200 engineers in Leeds.\n\n"
        "Lumen Technologies, the analytics maker bought in 2023, grew its revenue by 40%."
    )
    assert ("acquisition", {"Halden Instruments": "acquirer", "Lumen Technologies": "target"}) in (
        _extracted_roles(extractor, text)
    )


def _extracted_roles(extractor, text: str) -> list[tuple[str, dict[str, str]]]:
    deals = extractor.extract(text, END_TO_END_PUBLISHED).deals
    return [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals]
