"""Deals told across sentences whose other side is identified by a copula ("The studio is B") or whose
opening names no signer ("An agreement ... was signed in October."); and an agreement to do a service is a
contract (invented names throughout)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_threads import AGENTLESS, IDENTIFIED, find_opening
from pipelines.extraction.deals import TYPE_REFINEMENTS, _main_organization
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import split_sentences
from tests.unit.deal_rows import roles_of

# (masked follow-up identifying the unnamed side by a copula)
IDENTIFIED_EXAMPLES = [
    "The studio is ⟨0⟩, a 140-person company in Halden.",
    "The school board in question is the ⟨0⟩ in Ontario.",
    "The utility was ⟨0⟩.",
]


@pytest.mark.parametrize("masked", IDENTIFIED_EXAMPLES)
def test_a_copula_identifying_a_name_is_a_follow_up(masked):
    assert IDENTIFIED.match(masked)


@pytest.mark.parametrize(
    "masked",
    ["The deal is subject to ⟨0⟩'s approval.", "The plant is ⟨0⟩'s largest.", "The deal is part of ⟨0⟩."],
)
def test_a_copula_before_a_preposition_or_a_possessive_identifies_nothing(masked):
    assert not IDENTIFIED.match(masked)


# (opening with one party, follow-up identifying the other by a copula, type, roles)
IDENTIFIED_DEALS = [
    ("Northwind Labs said it had agreed to acquire a game studio in Canada.",
     "The studio is Harbor Interactive, a 140-person company in Vancouver.", "acquisition",
     {"Northwind Labs": "acquirer", "Harbor Interactive": "target"}),
    ("Northwind Labs signed a seven-year agreement to deploy its scheduling software in September.",
     "The school board in question is the Harbor Learning Group in Ontario.", "contract",
     {"Northwind Labs": "partner", "Harbor Learning Group": "partner"}),
]


@pytest.mark.parametrize(("opening", "follow_up", "deal_type", "roles"), IDENTIFIED_DEALS)
def test_a_copula_names_the_side_the_opening_left_unnamed(opening, follow_up, deal_type, roles):
    assert roles_of(f"{opening} {follow_up}") == [(deal_type, roles)]


MAIN = OrgMention("orion", "Orion Telecom", "Orion Telecom", 0, 13)
AGENTLESS_EXAMPLES = [
    "A long-term agreement to lease dark fibre on ⟨0⟩'s backbone was signed in October.",
    "A five-year contract was signed on Monday.",
    "The agreement has been concluded for ten years.",
]


@pytest.mark.parametrize("masked", AGENTLESS_EXAMPLES)
def test_a_passive_agreement_with_no_signer_opens_a_deal_of_the_articles_organization(masked):
    assert AGENTLESS.pattern.match(masked)
    pending = find_opening(masked, [MAIN], 0, frozenset(), MAIN)
    assert pending is not None and pending.subject is MAIN


@pytest.mark.parametrize(
    "masked",
    ["A five-year contract was signed by ⟨0⟩.", "The first memorandum was signed with ⟨0⟩ on Monday."],
)
def test_a_passive_agreement_naming_a_signer_or_its_other_side_waits_for_nobody(masked):
    other = OrgMention("kestrel", "Kestrel Bank", "Kestrel Bank", 0, 12)
    pending = find_opening(masked, [other], 0, frozenset(), MAIN)
    assert pending is None or pending.subject is not MAIN


def test_the_agentless_opening_needs_the_articles_organization():
    assert find_opening(AGENTLESS_EXAMPLES[1], [], 0) is None


@pytest.mark.parametrize(
    "clause",
    ["an agreement to lease dark fibre on its backbone", "a seven-year agreement to deploy its software",
     "a deal with ⟨1⟩ to supply cathodes"],
)
def test_an_agreement_to_do_a_service_is_a_contract(clause):
    assert any(original == "partnership" and refined == "contract" and cue.search(clause)
               for original, refined, cue in TYPE_REFINEMENTS)


SEGMENT_REPORT = (
    'Orion Holdings Inc. (the "Company") today reported third quarter results. '
    "Revenue at Harbor Cloud rose 5%. Harbor Cloud margins improved, and Harbor Cloud added 40 customers. "
    "Harbor Cloud now serves 900 clients. "
    "On October 14 we entered into a definitive agreement to acquire Kestrel Labs for $38 million."
)


def test_the_documents_issuer_is_the_articles_organization_though_a_segment_is_named_more():
    """A report names its segment more often than itself; its defined term ("the Company") says whose
    report it is, so "we" is the company."""
    sentences = split_sentences(SEGMENT_REPORT)
    organizations = find_organizations(SEGMENT_REPORT, [], [], sentences)
    assert _main_organization(organizations, [], SEGMENT_REPORT).name == "Orion Holdings"
    roles = {"Orion Holdings": "acquirer", "Kestrel Labs": "target"}
    assert roles_of(SEGMENT_REPORT) == [("acquisition", roles)]
