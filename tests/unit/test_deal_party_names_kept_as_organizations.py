"""A name the deal stage needs as a party stays an organization where the article describes it as one
("Kestrel Pay, a mostly app-based lender"; "the Kestrel Pay platform" ... "Kestrel Pay, the HR software
provider"); and a sale's seller named by the passive that follows it ("The shares are being sold by B")
(invented names throughout)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import _SELLER_NAMED, find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.products import product_names
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_deal_parties import deal_parties_read_as_places
from pipelines.extraction.sentences import split_sentences

# (text, a name it describes as an organization, never a product)
DESCRIBED_COMPANIES = [
    ("Orion Bank agreed to buy Kestrel Pay. Kestrel Pay, a mostly app-based lender, has 2 million clients.",
     "Kestrel Pay"),
    ("Kestrel Pay, a wallet-first lender, grew. Orion Group bought it in 2024.", "Kestrel Pay"),
    ("Integration of Velmora, the Ohio-based HR software provider bought by Orion Group, went well. "
     "Clients moved to the Velmora platform in June.", "Velmora"),
]


@pytest.mark.parametrize(("text", "name"), DESCRIBED_COMPANIES)
def test_a_company_described_as_one_is_no_product(text, name):
    assert name not in product_names(text, default_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [("Tallo, the messaging app, gained users.", "Tallo"),
     ("Clients moved to the Velmora platform in June.", "Velmora")],
)
def test_a_product_not_described_as_a_company_stays_a_product(text, name):
    assert name in product_names(text, default_gazetteer())


SELLER_FOLLOW_UPS = [
    "The shares are being sold by ⟨0⟩, one of the founders.",
    "The stake will be sold by ⟨0⟩.",
    "The shares were purchased from ⟨0⟩.",
]


@pytest.mark.parametrize("masked", SELLER_FOLLOW_UPS)
def test_a_passive_naming_who_sells_the_shares_names_the_seller(masked):
    assert _SELLER_NAMED.search(masked)


def test_the_seller_named_after_an_acquisition_joins_it():
    text = ("Orion Bank has agreed to buy a 60% stake in Kestrel Bank for about $115 million. "
            "The shares are being sold by Vantia Holdings, the founders' company.")
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, [], [], sentences))
    assert [{p.organization_name: p.role for p in d.participants} for d in deals] == [
        {"Orion Bank": "acquirer", "Kestrel Bank": "target", "Vantia Holdings": "seller"}
    ]


# texts whose company the entity model calls a place, though a deal verb takes it and it is described as one
DEAL_PARTIES_CALLED_PLACES = [
    "Orion Labs also bought a 55% stake in Kestrel Medtech, a Pune maker of implants, for $20 million.",
    "Orion Labs signed an agreement with Kestrel Medtech, a Lyon-based developer of sensors.",
]


@pytest.mark.parametrize("text", DEAL_PARTIES_CALLED_PLACES)
def test_a_deal_party_described_as_a_company_is_one_whatever_the_model_says(text):
    start = text.index("Kestrel Medtech")
    spans = [(start, start + len("Kestrel Medtech"), "LOC")]
    organizations = find_organizations(text, spans, [], split_sentences(text))
    assert "Kestrel Medtech" in [o.name for o in organizations.organizations]


def test_a_known_place_stays_a_place():
    gaz = default_gazetteer()
    names = ["Singapore", "Kestrel Medtech"]
    assert deal_parties_read_as_places(names, names, gaz) == {"Kestrel Medtech"}
    assert deal_parties_read_as_places(["Kestrel Medtech"], [], gaz) == set()
