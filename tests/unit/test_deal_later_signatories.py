"""More parties of an agreement or round named in the next sentence (deals.JOINERS): a signatory behind an
apposition or relative clause ("E, the trading house, is also a signatory"), "also signed the document",
a bare "also signed", "which is a fourth signatory", and a backer named "alongside" the joiners. Invented
names throughout."""

from __future__ import annotations

import pytest

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
    ],
)
def test_a_later_signatory_joins_the_memorandum(later: str) -> None:
    assert [parties(d) for d in deals_of(MOU + later)] == [SIGNED | {"Kestrel Group"}]


@pytest.mark.parametrize(
    "later",
    [
        "Kestrel Group, which is a large lender, also signed a loan deal with Orion Holdings last year.",
        "Kestrel Group, the trading house, is also a party to a lawsuit over the port.",
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
