"""The full extractor on self-written texts with invented organizations: every party of a deal whose
other side is a list ("with A and the B"), and the forms that name a deal's parties in general ways
(plural contracts, participles, a party the organization stage would miss)."""

from __future__ import annotations

import pytest

from tests.unit.extractor_cases import deal_rows

# (text, deal type, every party): one line per list form
LISTED_PARTIES = [
    ("Korvana Technologies signed a memorandum of understanding on Monday with the Veldmark Regulatory "
     "Authority and the Ostara Insurance Federation to sell policies.",
     "mou", {"Korvana Technologies", "Veldmark Regulatory Authority", "Ostara Insurance Federation"}),
    ("In March the company Korvana Technologies signed contracts with Brennholt Shipbuilding and Ostara "
     "Marine Works for 12 container ships.",
     "contract", {"Korvana Technologies", "Brennholt Shipbuilding", "Ostara Marine Works"}),
]


# (text, deal type, every party): a standing deal told again, renewed or widened
RENEWED = [
    ("In January, Korvana Technologies and Brennholt Consulting said they had expanded their alliance to "
     "bring AI tools to banks.", "partnership", {"Korvana Technologies", "Brennholt Consulting"}),
    ("Korvana Technologies and Ostara Networks renewed their interconnection partnership for five years.",
     "partnership", {"Korvana Technologies", "Ostara Networks"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), RENEWED)
def test_a_renewed_or_widened_partnership_is_a_deal(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


@pytest.mark.parametrize(("text", "deal_type", "parties"), LISTED_PARTIES)
def test_every_listed_party_joins_the_deal(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


def test_a_list_without_and_is_not_coordinated(extractor):
    """ "with A, the regulator B" is an apposition: B is described, one other party only."""
    found = deal_rows(
        extractor,
        "Korvana Technologies signed a partnership agreement with Brennholt Bank, a unit of Ostara Holdings.",
    )
    assert ("partnership", frozenset({"Korvana Technologies", "Brennholt Bank"})) in found


def test_a_parent_listed_beside_its_unit_is_not_a_separate_party(extractor):
    """ "with Alphabet and Google": the unit is the party, its parent only says who owns it."""
    found = deal_rows(
        extractor,
        "Korvana Technologies, a unit of Ostara Holdings, is growing fast. Brennholt Bank announced a "
        "collaboration with Ostara Holdings and Korvana Technologies to build payment tools.",
    )
    assert ("partnership", frozenset({"Brennholt Bank", "Korvana Technologies"})) in found


# (text, deal type, every party): investors of a round named in its own sentences
ROUND_INVESTORS = [
    ("Korvana Technologies has raised $110 million in a Series C round. The round was led by Brennholt "
     "Partners. Ostara Capital also took part, as did existing backers Veldmark Investors.",
     "funding", {"Korvana Technologies", "Brennholt Partners", "Ostara Capital", "Veldmark Investors"}),
    ("Korvana Technologies has raised $47 million in a Series C round. The round was led by Brennholt "
     "Partners. Ostara Capital and Veldmark Investors also took part, alongside existing investors.",
     "funding", {"Korvana Technologies", "Brennholt Partners", "Ostara Capital", "Veldmark Investors"}),
    ("Korvana Technologies's $42.5 million Series A in 2022 was led by Brennholt Partners and "
     "Ostara Capital.",
     "funding", {"Korvana Technologies", "Brennholt Partners", "Ostara Capital"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), ROUND_INVESTORS)
def test_every_investor_of_a_round_joins_it(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): an agreement to sell a service or goods is a contract
CONTRACT_AGREEMENTS = [
    ("Korvana Technologies said it had signed a ten-year SaaS agreement with Brennholt City Council.",
     "contract", {"Korvana Technologies", "Brennholt City Council"}),
    ("Korvana Technologies signed a ten-year agreement with Ostara Mining Group to supply explosives to "
     "its mines.", "contract", {"Korvana Technologies", "Ostara Mining Group"}),
    ("Korvana Technologies signed a three-year research partnership with Brennholt University.",
     "partnership", {"Korvana Technologies", "Brennholt University"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), CONTRACT_AGREEMENTS)
def test_an_agreement_to_sell_a_service_is_a_contract(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)



def test_the_company_whose_stake_is_sold_is_a_party(extractor):
    """ "A sold its 50% stake in B to C": B changes hands, A sells (no parent of B is added as seller)."""
    found = deal_rows(
        extractor,
        "Korvana Technologies sold its 50% stake in streaming venture Brennholt Media to Ostara Studios "
        "for $255 million in November.",
    )
    assert ("acquisition", frozenset({"Korvana Technologies", "Brennholt Media", "Ostara Studios"})) in found
