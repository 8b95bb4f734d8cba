"""Deals told as awards, contracts between parties, signed MoUs and sales by the article's organization
(round 8 of deal rules): each cue on a short made-up text."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import JOINER_CUES
from pipelines.extraction.deals import SOLD_UNNAMED_SELLER, _named_short, _parent_sells, find_deals
from pipelines.extraction.entities import OrganizationResult, find_organizations
from pipelines.extraction.model import DealFact, DealParticipant, Evidence, OrganizationFact
from pipelines.extraction.sentences import split_sentences
from tests.unit.test_deal_named_parties import _proposed


def deals_of(text: str):
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    return find_deals(text, sentences, organizations, None)


def roles_of(deal) -> dict[str, str]:
    return {p.organization_name: p.role for p in deal.participants}


# The article's organization (named most often) sold a business whose seller the sentence leaves out.
_MAIN = "Orion Group reported a loss. Orion Group cut costs. Orion Group expects growth. "


@pytest.mark.parametrize("example", [example for example, _ in SOLD_UNNAMED_SELLER])
def test_each_sold_cue_reads_its_own_example(example: str):
    assert any(cue.search(example) for _, cue in SOLD_UNNAMED_SELLER)


@pytest.mark.parametrize(
    "sentence",
    [
        "The loss includes Lumen Retail Ltd, which was sold to Kestrel Partners Ltd in June for $1.",
        "Lumen Retail Ltd, sold to Kestrel Partners Ltd for $1, is no longer reported.",
        "Lumen Retail Ltd was sold to Kestrel Partners Ltd last year.",
    ],
)
def test_business_sold_with_seller_unnamed_was_sold_by_the_articles_organization(sentence: str):
    deals = [d for d in deals_of(_MAIN + sentence) if d.deal_type == "acquisition"]
    assert len(deals) == 1
    assert roles_of(deals[0]) == {
        "Kestrel Partners": "acquirer", "Lumen Retail": "target", "Orion Group": "seller",
    }


def test_business_bought_by_a_peer_names_no_seller():
    # "B was bought by A" tells a peer's history as often as the article's own sale: no seller is added
    deals = deals_of(_MAIN + "Lumen Retail Ltd was bought by Kestrel Partners Ltd in 2021 for $5 million.")
    acquisition = [d for d in deals if d.deal_type == "acquisition"][0]
    assert "Orion Group" not in roles_of(acquisition)


def test_seller_not_added_where_the_business_sold_is_a_named_owners():
    deals = deals_of(_MAIN + "Lumen Retail Ltd's cooling business was sold to Kestrel Partners Ltd in June.")
    acquisition = [d for d in deals if d.deal_type == "acquisition"][0]
    assert "Orion Group" not in roles_of(acquisition)


def test_seller_not_added_where_the_articles_organization_is_the_buyer():
    deals = deals_of(_MAIN + "Lumen Retail Ltd was sold to Orion Group in June.")
    acquisition = [d for d in deals if d.deal_type == "acquisition"][0]
    assert roles_of(acquisition) == {"Orion Group": "acquirer", "Lumen Retail": "target"}


@pytest.mark.parametrize(
    "text",
    [
        "Orion Holdings Ltd had awarded a $3 billion contract to Kestrel Builders Ltd for two towers.",
        "Orion Holdings Ltd has awarded Kestrel Builders Ltd a seven-year contract to replace its network.",
        "Orion Holdings Ltd awarded the concession to Kestrel Builders Ltd in May.",
    ],
)
def test_contract_awarded_by_its_client(text: str):
    deals = deals_of(text)
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("contract", {"Orion Holdings", "Kestrel Builders"})
    ]


def test_both_sides_signing_a_contract_are_parties():
    deals = deals_of("Orion Holdings Ltd and Kestrel Builders Ltd signed a ten-year contract in December.")
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("contract", {"Orion Holdings", "Kestrel Builders"})
    ]


def test_agreement_under_which_the_other_side_will_serve_is_a_contract():
    deals = deals_of(
        "Orion Holdings Ltd signed an agreement under which Kestrel Logistics Ltd will handle deliveries."
    )
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("contract", {"Orion Holdings", "Kestrel Logistics"})
    ]


def test_contract_between_named_parties():
    deals = deals_of(
        "Sales rose on a new contract between Orion Holdings Ltd and Kestrel Builders Ltd for training."
    )
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("contract", {"Orion Holdings", "Kestrel Builders"})
    ]


def test_off_take_agreement_is_a_contract():
    deals = deals_of("Orion Holdings Ltd signed an off-take agreement with Kestrel Foods Ltd for palm oil.")
    assert [d.deal_type for d in deals] == ["contract"]


def test_memorandum_signed_between_three_parties():
    deals = deals_of(
        "A memorandum of understanding was signed between Orion Airways Ltd, Kestrel Airports Ltd and "
        "Lumen Tourism Group to attract visitors."
    )
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("mou", {"Orion Airways", "Kestrel Airports", "Lumen Tourism Group"})
    ]


def test_memorandum_signed_by_listed_parties_leaves_out_a_signers_owner():
    deals = deals_of(
        "The memorandum was signed by three state bodies: Orion Grid Ltd (OGL), which is a subsidiary of "
        "Lumen Power Holdings, Kestrel Bank Ltd and Heron Finance Corp."
    )
    assert [(d.deal_type, set(roles_of(d))) for d in deals] == [
        ("mou", {"Orion Grid", "Kestrel Bank", "Heron Finance"})
    ]


def test_protocol_of_intentions_is_an_mou():
    deals = deals_of("Orion Delivery Ltd signed a protocol of intentions with Kestrel Holdings Ltd today.")
    assert [d.deal_type for d in deals] == ["mou"]


def test_memorandum_signed_by_people_is_no_list_of_signers():
    deals = deals_of(
        "The memorandum was signed by Jane Doe, chief executive of Orion Grid Ltd, and John Roe of "
        "Kestrel Bank Ltd."
    )
    assert deals == []


@pytest.mark.parametrize("example", [example for example, _ in JOINER_CUES])
def test_each_joiner_cue_reads_its_own_example(example: str):
    assert any(cue.search(example) for _, cue in JOINER_CUES)


@pytest.mark.parametrize(
    "text",
    [
        # no deal word in the sentence: only the joiner cue makes its list worth reading
        "Heron Capital led the round. Orion Lifesciences and existing backer Tenzo Growth also participated.",
        "Heron Capital signed supply deals. The agreements are with Orion Lifesciences and Tenzo Growth.",
    ],
)
def test_a_name_listed_with_a_known_party_in_a_joiner_sentence_is_proposed(text: str):
    assert _proposed(text, {}) == ["Tenzo Growth"]


def test_a_name_listed_with_a_known_organization_elsewhere_is_not_proposed():
    assert _proposed("Orion Lifesciences and Tenzo Growth met on Monday.", {}) == []


@pytest.mark.parametrize(
    ("parent", "aliases", "target", "short"),
    [
        ("Lumo", [], "Lumo Entertainment", True),  # the same company named short
        ("Lumo", [], "Lumo Small Finance Bank", True),
        ("Lumo", ["Lumo Group"], "Lumo Bank", False),  # the parent has a longer name of its own
        ("Orion", [], "Orion Spain", False),  # a country's unit: its group sells it
        ("Orion", [], "Lumen Data", False),
    ],
)
def test_a_parent_named_as_the_targets_first_words_is_the_target_itself(parent, aliases, target, short):
    record = OrganizationFact(parent.lower(), parent, "company", aliases=aliases)
    assert _named_short(record, target) is short


def test_seller_after_from_may_be_described():
    deals = deals_of(
        "Lumen Energi Ltd, which Orion Group Ltd bought from the private-equity firm Kestrel Partners Ltd "
        "in July, added output."
    )
    assert [roles_of(d) for d in deals] == [
        {"Orion Group": "acquirer", "Lumen Energi": "target", "Kestrel Partners": "seller"}
    ]


def _sold_unit(target: str, parent: str) -> list[str]:
    """The parties of "Orion Group bought <target>" once the organization stage made <parent> its parent."""
    organizations = OrganizationResult(
        [
            OrganizationFact("orion group", "Orion Group", "company"),
            OrganizationFact(
                target.lower(), target, "company", parent_key=parent.lower(), parent_name=parent
            ),
            OrganizationFact(parent.lower(), parent, "company"),
        ],
        [],
    )
    deal = DealFact(
        "acquisition",
        [
            DealParticipant("orion group", "Orion Group", "acquirer"),
            DealParticipant(target.lower(), target, "target"),
        ],
        None, None, None, "", Evidence("", 0, 0),
    )
    _parent_sells(deal, organizations)
    return [p.organization_name for p in deal.participants]


def test_the_target_named_short_is_no_seller_of_itself():
    assert _sold_unit("Lumo Entertainment", "Lumo") == ["Orion Group", "Lumo Entertainment"]


def test_a_country_unit_is_sold_by_its_group():
    assert _sold_unit("Lumo Spain", "Lumo") == ["Orion Group", "Lumo Spain", "Lumo"]


@pytest.mark.parametrize(
    "text",
    [
        "Orion Devices Ltd signed a multi-year supply and development agreement with Kestrel Pharma Ltd.",
        "Orion Retail Ltd signed a concession agreement with Kestrel Stores Ltd.",
        "Orion Media Ltd signed an agreement with ad platform Kestrel Ads Ltd, under which Kestrel Ads Ltd "
        "resells its inventory.",
    ],
)
def test_an_agreement_to_buy_goods_a_concession_or_a_service_is_a_contract(text: str):
    assert [d.deal_type for d in deals_of(text)] == ["contract"]
