"""The seller of an acquisition read after "from" (deals._FROM_SELLERS) across the forms reports write: the
target's legal form and apposition before it, its closing stop left outside the name, an owner of more
than one word, and sellers no name tells listed first. Invented names throughout."""

from __future__ import annotations

import pytest

from tests.unit.test_deals import deals_of

NAMES = ("Velorix Group", "Kestrel Power", "Quandra Holdings", "Tarsis Capital AB")


@pytest.mark.parametrize(
    "text",
    [
        # the target's legal form, then its apposition, then the seller
        "On 14 October Velorix Group completed the acquisition of Kestrel Power, S.L., owner of four plants "
        "with 38 MW of capacity, from Quandra Holdings for EUR 64 million.",
        # the seller's owner told by two words before its possessive
        "Velorix Group completed in September the acquisition of radio network Kestrel Power from the Ramos "
        "family's Quandra Holdings for P1.4 billion.",
        # the founders sold alongside a named seller
        "On 18 August, Kestrel Power, a Luleå-based company, was acquired by Velorix Group for SEK 265 "
        "million from its founders and the investment company Quandra Holdings.",
    ],
)
def test_the_seller_after_from_joins_the_acquisition(text: str) -> None:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in NAMES if n in text]
    deals = deals_of(text, ner=ner)
    acquisitions = [d for d in deals if d.deal_type == "acquisition"]
    roles = {p.organization_name: p.role for d in acquisitions for p in d.participants}
    assert roles.get("Quandra Holdings") == "seller"
    assert roles.get("Kestrel Power") == "target"


def test_the_target_closing_with_its_stop_keeps_its_seller() -> None:
    text = "Velorix Group bought Kestrel Power Corp. from Quandra Holdings in 2021."
    ner = [
        (0, 13, "ORG"),
        (text.index("Kestrel"), text.index(" Corp.") + 5, "ORG"),
        (text.index("Quandra"), text.index(" in 2021"), "ORG"),
    ]
    roles = {p.organization_name: p.role for d in deals_of(text, ner=ner) for p in d.participants}
    assert roles.get("Quandra Holdings") == "seller"
