"""Deals told across sentences and the participial / modifier forms (invented names throughout)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_threads import FOLLOW_UP, OPENINGS
from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences
from tests.unit.deal_rows import roles_of

# One example per opening cue: (opening sentence, follow-up sentence, type, roles)
OPENING_EXAMPLES = {
    "mou": ("Northwind Labs signed three memoranda of understanding on Tuesday.",
            "The agreements are with Harbor Bank and Lumen Group.",
            {"Northwind Labs": "signatory", "Harbor Bank": "signatory", "Lumen Group": "signatory"}),
    "contract": ("Northwind Labs has signed two long-term power purchase agreements.",
                 "The contracts are with Harbor Energy and Lumen Group.",
                 {"Northwind Labs": "partner", "Harbor Energy": "partner", "Lumen Group": "partner"}),
    "partnership": ("Northwind Labs has struck two agreements.",
                    "The deals are with Harbor Bank and Kestrel Holdings.",
                    {"Northwind Labs": "partner", "Harbor Bank": "partner", "Kestrel Holdings": "partner"}),
    "funding": ("Tessaly Robotics raised $40 million in a Series B round.",
                "The round was led by Peak Ridge Capital, with Bluefin Ventures also taking part.",
                {"Tessaly Robotics": "investee", "Peak Ridge Capital": "investor",
                 "Bluefin Ventures": "investor"}),
    "acquisition": ("Lumen Group agreed to be sold for $1 billion on Monday.",
                    "The buyer is Harbor Bank, which outbid two rivals.",
                    {"Lumen Group": "target", "Harbor Bank": "acquirer"}),
    "joint_venture": ("Orion Group is creating a joint venture.",
                      "The venture's other partner is Northwind Labs.",
                      {"Orion Group": "partner", "Northwind Labs": "partner"}),
}


def test_every_opening_cue_has_an_example():
    assert {o.deal_type for o in OPENINGS} == set(OPENING_EXAMPLES)


@pytest.mark.parametrize("deal_type", sorted(OPENING_EXAMPLES))
def test_parties_named_in_a_later_sentence_join_the_deal(deal_type):
    opening, follow_up, roles = OPENING_EXAMPLES[deal_type]
    assert FOLLOW_UP.match(follow_up)
    assert roles_of(f"{opening} {follow_up}") == [(deal_type, roles)]


def test_the_buyers_of_what_a_seller_sells_join_one_sale():
    text = (
        "Orion Group said on Thursday it will sell its yogurt business for $2.1 billion. The US part will "
        "be sold to Harbor Foods; the Canadian operations go to the dairy cooperative Kestrel Holdings."
    )
    assert roles_of(text) == [
        ("acquisition", {"Orion Group": "seller", "Harbor Foods": "acquirer", "Kestrel Holdings": "acquirer"})
    ]


def test_the_seller_of_what_a_buyer_buys_joins_the_purchase():
    text = (
        "Orion Group is buying the coatings business for EUR 460 million, the chemicals group said on "
        "Tuesday. The seller is Kestrel Holdings, which has been shrinking its portfolio."
    )
    assert roles_of(text) == [("acquisition", {"Orion Group": "acquirer", "Kestrel Holdings": "seller"})]


def test_signatories_listed_later_join_the_memorandum():
    text = (
        "Orion Group reported results. On Tuesday the company signed a memorandum of understanding in Abuja. "
        "The signatories are the Kestrel Holdings, the Harbor Capital and the Lumen Bank."
    )
    assert roles_of(text) == [
        ("mou", {name: "signatory" for name in ("Orion Group", "Kestrel Holdings", "Harbor Capital",
                                                 "Lumen Bank")})
    ]


def test_each_item_with_its_own_with_is_its_own_agreement():
    text = (
        "Northwind Labs signed three memoranda of understanding on Tuesday. "
        "The agreements are with Harbor Bank in Kenya; with Kestrel Holdings; and with the Lumen Group."
    )
    assert roles_of(text) == [
        ("mou", {"Northwind Labs": "signatory", other: "signatory"})
        for other in ("Harbor Bank", "Kestrel Holdings", "Lumen Group")
    ]


def test_an_opening_waits_only_three_sentences():
    text = (
        "Northwind Labs signed three memoranda of understanding. Sales rose. Costs fell. Margins held. "
        "Debt shrank. The agreements are with Harbor Bank."
    )
    assert roles_of(text) == []


def test_a_sentence_not_referring_back_adds_no_party():
    text = "Northwind Labs signed two memoranda of understanding. Harbor Bank reported results."
    assert roles_of(text) == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Tessera Systems, acquired for $34 billion in 2019, is part of Orion Group.",
         {"Orion Group": "acquirer", "Tessera Systems": "target"}),
        ("Tessera Systems, acquired by Orion Group in 2019, makes sensors.",
         {"Orion Group": "acquirer", "Tessera Systems": "target"}),
    ],
)
def test_participial_acquisition(text, roles):
    assert roles_of(text) == [("acquisition", roles)]


def test_joint_fund_is_a_joint_venture():
    assert roles_of("Orion Group and Northwind Labs are also creating a joint fund.") == [
        ("joint_venture", {"Orion Group": "partner", "Northwind Labs": "partner"})
    ]


def test_a_name_modifying_a_place_or_product_is_no_party():
    text = "Orion Group signed a partnership with Northwind Labs to open a Google Cloud region in Jakarta."
    assert roles_of(text) == [("partnership", {"Orion Group": "partner", "Northwind Labs": "partner"})]


def test_a_deal_in_a_dateline_sentence_with_a_wire_credit_counts():
    text = "SEOUL, May 3 (Harbor Wire) - Orion Group has agreed to buy Northwind Labs for $2 billion."
    assert roles_of(text) == [("acquisition", {"Orion Group": "acquirer", "Northwind Labs": "target"})]


def test_a_deal_the_lead_opens_is_announced_when_published():
    from datetime import date

    text = (
        "Orion Group is buying the coatings business for EUR 460 million, the chemicals group said. "
        "The seller is Kestrel Holdings, which has been shrinking its portfolio."
    )
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, [], [], sentences), date(2025, 7, 1))
    assert [d.announced for d in deals] == [date(2025, 7, 1)]


def test_counterparties_named_later_join_the_memorandum_and_make_no_deal_of_their_own():
    text = (
        "Northwind Labs said on Tuesday it had signed a memorandum of understanding for a solar plant. "
        "The counterparties are Harbor Bank, Lumen Group and Kestrel Holdings, which will host a plant."
    )
    signatory = "signatory"
    assert roles_of(text) == [("mou", {"Northwind Labs": signatory, "Harbor Bank": signatory,
                                       "Lumen Group": signatory, "Kestrel Holdings": signatory})]

