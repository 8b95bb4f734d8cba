"""The other side of a deal named by its role in a later sentence ("The customer is B"), the openings
that wait for it, and names the deal stage proposes where a sentence says a company bought them
(invented names throughout)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import with_deal_parties
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE, PHRASAL_FRAMES
from pipelines.extraction.deal_threads import COUNTERPART_TYPES, FOLLOW_UP
from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import OrganizationResult, find_organizations
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax
from tests.unit.deal_rows import roles_of

# the other side of a deal named by its role: each role noun opens a follow-up
COUNTERPART_FOLLOW_UPS = [
    "The customer is Harbor Energy.",
    "The client, named in a filing, is Harbor Energy.",
    "The licensor is Harbor Motors.",
    "The licensee is Harbor Motors.",
    "The supplier is Harbor Steel.",
    "The contractors are Harbor Steel and Lumen Group.",
    "The lender is Harbor Bank.",
    "The partner is Harbor Retail.",
]


@pytest.mark.parametrize("follow_up", COUNTERPART_FOLLOW_UPS)
def test_a_role_noun_opens_a_follow_up(follow_up):
    assert FOLLOW_UP.match(follow_up)


@pytest.mark.parametrize(("cue", "deal_type", "example"), COUNTERPART_TYPES)
def test_a_customer_makes_the_agreement_a_contract(cue, deal_type, example):
    assert cue.match(example)
    text = f"Northwind Labs said it had signed a five-year agreement on Monday. {example}"
    assert [t for t, _ in roles_of(text)] == [deal_type]


# (opening with one party, follow-up naming the other, type, roles)
OPENINGS_WAITING = [
    ("Northwind Labs said it had won a supply contract worth $2 billion over four years.",
     "The customer is Harbor Energy.", "contract",
     {"Northwind Labs": "partner", "Harbor Energy": "partner"}),
    ("In October the Orion Ministry awarded a four-year framework agreement worth $180 million.",
     "The contractors are Harbor Systems and Lumen Group.", "contract",
     {"Orion Ministry": "partner", "Harbor Systems": "partner", "Lumen Group": "partner"}),
    ("A five-year agreement covering 4,100 clinics was signed by Northwind Labs.",
     "The customer is Harbor Energy.", "contract",
     {"Northwind Labs": "partner", "Harbor Energy": "partner"}),
]


@pytest.mark.parametrize(("opening", "follow_up", "deal_type", "roles"), OPENINGS_WAITING)
def test_an_opening_waits_for_the_side_named_later(opening, follow_up, deal_type, roles):
    assert roles_of(f"{opening} {follow_up}") == [(deal_type, roles)]


def test_a_relative_clause_in_the_follow_up_names_no_party():
    text = ("Northwind Labs said it had signed a platform licensing agreement on Monday. The licensor is "
            "Harbor Motors, whose platform will underpin a car Lumen Group plans to build.")
    assert roles_of(text) == [("contract", {"Northwind Labs": "partner", "Harbor Motors": "partner"})]


KNOWN = "Torvindo Energy"


def _proposed(text: str, labels: dict[str, str]) -> list[str]:
    start = text.index(KNOWN)
    known = OrganizationResult(
        [OrganizationFact("orion software", KNOWN, "company")],
        [OrgMention("orion software", KNOWN, KNOWN, start, start + len(KNOWN))],
    )
    entities = [(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]
    result = with_deal_parties(text, split_sentences(text), entities, known, Syntax(), default_gazetteer())
    return [o.name for o in result.organizations if o.name != KNOWN]


def test_a_first_word_an_apposition_describes_is_a_bought_name():
    text = ("Velatrix, the recurring-payments platform that was acquired by Torvindo Energy in 2020, "
            "processed more payments.")
    assert _proposed(text, {}) == ["Velatrix"]


def test_a_capitalised_first_word_with_no_description_is_not_proposed():
    text = "Velatrix was acquired by Torvindo Energy in 2020."
    assert _proposed(text, {}) == []


def test_a_name_labelled_a_product_is_proposed_where_a_company_bought_it():
    text = ("Its finance chief said deal software Dealbook, which Torvindo Energy bought in 2024, is now "
            "sold to 300 firms.")
    assert _proposed(text, {"Dealbook": "PRODUCT"}) == ["Dealbook"]


def test_a_product_a_company_uses_is_not_proposed():
    text = "Torvindo Energy signed an agreement with Dealbook to resell it."
    assert _proposed(text, {"Dealbook": "PRODUCT"}) == []


@pytest.mark.parametrize(("forms", "particle"), [(f, p) for f, p, _, _ in PHRASAL_FRAMES])
def test_a_phrasal_deal_verb_makes_a_sentence_worth_parsing(forms, particle):
    for form in forms:
        assert DEAL_VERB_CUE.search(f"Velatrix, the firm {form} {particle} by Torvindo Energy, grew.")


# a release's verbs for an agreement made, each with the agreement and its other side
AGREEMENT_VERBS = ["concluded", "executed", "finalised", "confirmed", "agreed"]


@pytest.mark.parametrize("verb", AGREEMENT_VERBS)
def test_an_agreement_made_with_a_release_verb_is_a_deal(verb):
    text = f"Northwind Labs {verb} a five-year agreement with Harbor Energy to migrate its systems."
    assert [sorted(roles) for _, roles in roles_of(text)] == [["Harbor Energy", "Northwind Labs"]]


def test_a_descriptor_with_its_possessor_set_off_before_a_listed_name_keeps_the_list():
    text = ("Orion Motors signed memoranda of understanding with the Harbor Council and the state's "
            "investment promotion agency, Lumen Invest Agency, for a battery plant.")
    sentences = split_sentences(text)
    start = text.index("Lumen Invest Agency")
    found = find_organizations(text, [], [], sentences)
    extra = OrgMention("lumen invest agency", "Lumen Invest Agency", "Lumen Invest Agency", start, start + 19)
    organizations = OrganizationResult(
        [*found.organizations, OrganizationFact("lumen invest agency", "Lumen Invest Agency", "government")],
        sorted([m for m in found.mentions if not start <= m.start < start + 19] + [extra],
               key=lambda m: m.start),
    )
    deals = find_deals(text, sentences, organizations)
    assert [sorted(p.organization_name for p in d.participants) for d in deals] == [
        ["Harbor Council", "Lumen Invest Agency", "Orion Motors"]]


# the issuer's voice stands for the known organization on a bought name's other side
ISSUER_VOICES = [
    "Torvindo Energy grew. That follows Dealbook, which we bought in March for $115 million.",
    "Torvindo Energy grew. On 20 August the Company acquired 51% of the shares of Dealbook.",
]


@pytest.mark.parametrize("text", ISSUER_VOICES)
def test_a_name_the_issuers_voice_bought_is_proposed(text):
    assert _proposed(text, {}) == ["Dealbook"]


def test_a_name_no_voice_or_known_organization_deals_with_is_not_proposed():
    assert _proposed("Torvindo Energy grew. That follows Dealbook, which was bought in March.", {}) == []


def test_a_name_listed_with_a_described_known_organization_is_proposed():
    # the parse reads "the existing shareholder" as the list's item, the known name as its apposition
    text = f"Kestrel Metall led it; Harborfonden and the existing shareholder {KNOWN} also invested."
    assert _proposed(text, {}) == ["Harborfonden"]


def _parsed_roles(text: str, names: list[str]) -> list[tuple[str, dict[str, str]]]:
    from pipelines.extraction.deal_syntax import deals_from_parse

    parsed = Syntax([split_sentences(text)[0]]).sentence_at(0)
    mentions = [OrgMention(n.lower(), n, n, text.index(n), text.index(n) + len(n)) for n in names]
    return [(t, {m.name: role for m, role in parties}) for t, parties in deals_from_parse(parsed, mentions)]


def test_whose_deal_by_an_agent_makes_the_described_name_its_target():
    text = ("Kestrel Shop, the discount retailer whose acquisition by Orion Stores was completed in July, "
            "grew.")
    assert _parsed_roles(text, ["Kestrel Shop", "Orion Stores"]) == [
        ("acquisition", {"Kestrel Shop": "target", "Orion Stores": "acquirer"})]


@pytest.mark.parametrize("end", ["year-end", "quarter-end", "period-end"])
def test_a_date_ending_in_end_negates_no_deal(end):
    # read by the parse (no trigger pattern reads "whose acquisition by"), which a negation would stop
    text = (f"Kestrel Shop, the discount retailer whose acquisition by Orion Stores was completed in July, "
            f"ran 395 stores at {end}.")
    sentences = split_sentences(text)
    start = text.index("Orion Stores")
    organizations = OrganizationResult(
        [OrganizationFact("kestrel shop", "Kestrel Shop", "company"),
         OrganizationFact("orion stores", "Orion Stores", "company")],
        [OrgMention("kestrel shop", "Kestrel Shop", "Kestrel Shop", 0, 12),
         OrgMention("orion stores", "Orion Stores", "Orion Stores", start, start + 12)],
    )
    deals = find_deals(text, sentences, organizations, syntax=Syntax(sentences))
    assert [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals] == [
        ("acquisition", {"Kestrel Shop": "target", "Orion Stores": "acquirer"})]


@pytest.mark.parametrize("follow_up", [
    "The shares were purchased from Harbor Energy.",
    "The stake was acquired from Harbor Energy, which keeps the rest.",
    "The business was bought from the holding company Harbor Energy.",
])
def test_what_was_bought_named_with_its_seller_next_adds_the_seller(follow_up):
    text = f"Northwind Labs completed the acquisition of Lumen Group for $80 million. {follow_up}"
    assert roles_of(text) == [
        ("acquisition", {"Northwind Labs": "acquirer", "Lumen Group": "target", "Harbor Energy": "seller"})]


def test_a_share_of_a_share_is_of_the_company_named_last_and_its_legal_form_heads_its_name():
    text = ("On 15 August the Company completed the acquisition of 85% of the shares of Kestrel Hospital "
            "Co., Ltd., a 180-bed hospital, for Baht 1,950 million.")
    assert _parsed_roles(text, ["the Company", "Kestrel Hospital"]) == [
        ("acquisition", {"the Company": "acquirer", "Kestrel Hospital": "target"})]
