"""More parties of an agreement or round named in the next sentence (deals.JOINERS): a signatory behind an
apposition or relative clause ("E, the trading house, is also a signatory"), "also signed the document",
a bare "also signed", "which is a fourth signatory", and a backer named "alongside" the joiners. Invented
names throughout."""

from __future__ import annotations

import pytest

from pipelines.extraction import deals
from tests.unit.test_deals import deals_of, parties

MOU = "Velorix Systems signed a memorandum of understanding with Quandra Bank and Harbor Holdings. "
SIGNED = {"Velorix Systems", "Quandra Bank", "Harbor Holdings"}


@pytest.mark.parametrize(
    "later",
    [
        "Kestrel Group, the trading house, is also a signatory to the agreement.",
        "Kestrel Group, which will run the courses, is also a party to the agreement.",
        "Kestrel Group also signed the document and will offer incentives.",
        "Kestrel Group also signed. Its director said premiums would be paid through wallets.",
        "Kestrel Group, which is paying for the first phase, also signed as funding partner.",
        "Kestrel Group, which is a fourth signatory, will fund part of the programme.",
        "Kestrel Group is the third signatory and will host the course.",
        "Kestrel Group is the third public party; it funds advice for farms.",
        "Kestrel Group will host the course and is also party to the memorandum.",
        "The third signatory is Kestrel Group, which will fund the works.",
        "A fourth signatory, the water users' board Kestrel Group, will manage the canals.",
        "Kestrel Group, which runs two of the parks, signed as well.",
        "Kestrel Group, the agency that supervises the works, signed as the third party.",
        "Kestrel Group has joined the memorandum as research partner and will host the courses.",
    ],
)
def test_a_later_signatory_joins_the_memorandum(later: str) -> None:
    assert [parties(d) for d in deals_of(MOU + later)] == [SIGNED | {"Kestrel Group"}]


@pytest.mark.parametrize(
    "later",
    [
        "Kestrel Group, which is a large lender, also signed a loan deal with Orion Holdings last year.",
        "Kestrel Group, the trading house, is also a party to a lawsuit over the port.",
        "Kestrel Group is the third party provider of the platform.",
        "The third largest lender is Kestrel Group.",
        "Kestrel Group signed as well a supply contract with Orion Holdings.",
    ],
)
def test_another_deal_or_a_lawsuit_is_no_later_signature(later: str) -> None:
    assert parties(deals_of(MOU + later)[0]) == SIGNED


def test_a_backer_alongside_the_joiners_joins_the_round() -> None:
    text = (
        "Velorix Systems raised $18 million in a Series B round led by Quandra Capital. Orion Ventures "
        "and Kestrel Partners also joined the round, alongside existing backer Harbor Holdings, the port "
        "operator."
    )
    assert [parties(d) for d in deals_of(text)] == [
        {"Velorix Systems", "Quandra Capital", "Orion Ventures", "Kestrel Partners", "Harbor Holdings"}
    ]


ROUND = "Velorix Systems raised $140 million in a Series B round led by Quandra Capital. "
BACKED = {"Velorix Systems", "Quandra Capital", "Orion Ventures", "Harbor Partners", "Kestrel Holdings"}


@pytest.mark.parametrize(
    "later",
    [
        "Orion Ventures, Harbor Partners and the venture arm of utility Kestrel Holdings also took part.",
        "Orion Ventures, the state fund of funds, Harbor Partners and Kestrel Holdings also took part.",
        "Orion Ventures, Harbor Partners and the bank's investment arm Kestrel Holdings also took part.",
    ],
)
def test_joiners_listed_with_descriptors_all_join(later: str) -> None:
    assert [parties(d) for d in deals_of(ROUND + later)] == [BACKED]


def test_signatories_listed_with_acronyms_and_relative_clauses_all_join() -> None:
    later = (
        "Orion Rail Corporation (ORC), the state railway company that runs the trains, and the private "
        "haulier Kestrel Holdings (KH) also signed the memorandum."
    )
    assert [parties(d) for d in deals_of(MOU + later)] == [SIGNED | {"Orion Rail", "Kestrel Holdings"}]


@pytest.mark.parametrize(
    ("told", "deal_type"),
    [
        (
            "The acquisition of 60% equity interest in Lumen Holdings by Velorix Group was completed.",
            "acquisition",
        ),
        (
            "It cited the acquisition of a controlling stake in Lumen Holdings by Velorix Group.",
            "acquisition",
        ),
        (
            "The acquisition of a 49% stake in Lumen Holdings by Velorix Group made them partners.",
            "investment",
        ),
    ],
)
def test_a_stake_bought_told_as_a_noun_with_its_buyer_after_by(told: str, deal_type: str) -> None:
    assert [(d.deal_type, parties(d)) for d in deals_of(told)] == [
        (deal_type, {"Velorix Group", "Lumen Holdings"})
    ]


def test_a_list_member_after_an_apposition_on_the_one_before_is_a_party() -> None:
    text = (
        "Velorix Systems signed a memorandum of understanding with Quandra Holdings, the largest lender in "
        "the region, and Orion Bank."
    )
    assert [parties(d) for d in deals_of(text)] == [{"Velorix Systems", "Quandra Holdings", "Orion Bank"}]


@pytest.mark.parametrize(
    "masked",
    [
        "⟨0⟩ is the third party provider of the platform.",
        "The third largest lender is ⟨0⟩.",
        "⟨0⟩ will host the course and is also a party to a lawsuit over the port.",
    ],
)
def test_a_third_party_or_an_ordinal_rank_is_no_signature(masked: str) -> None:
    assert deals._SIGNED_IT_TOO.search(masked) is None
