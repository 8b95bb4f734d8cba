"""Parties named in a later sentence or a relative clause (session 25): a returning backer's own verbs
("invested again", "followed on" behind a relative clause, "took up its pro-rata share"), a backer named
"alongside" or "along with" the joiners with no comma or a longer description, the participation told
first ("Also investing were A and B", "The round also drew A, B and C"), list members described by a
place adjective ("the Berlin-based B"), later signatories ("is also part of the agreement", "joined as
an observer and fourth signatory", "is the third party to the agreement", "signed the same memorandum"),
and the seller of a purchase told in a relative clause after its date or price. Invented names
throughout."""

from __future__ import annotations

import pytest

from tests.unit.test_deals import deals_of, parties, roles

ROUND = "Velorix Systems raised $40 million in a Series B round led by Quandra Capital. "
ROUND_PARTIES = {"Velorix Systems", "Quandra Capital"}


@pytest.mark.parametrize(
    "later",
    [
        "Existing investor Orion Ventures invested again.",
        "Existing backer Orion Ventures, which led the company's $6 million Series A in 2024, followed on.",
        "Existing backer Orion Ventures, which led the company's Series A in 2024, put in more money.",
        "Existing investor Orion Ventures took up its pro-rata share.",
        "Existing investor Orion Ventures increased its holding.",
    ],
)
def test_a_returning_backer_told_by_its_own_verb_joins_the_round(later: str) -> None:
    assert [parties(d) for d in deals_of(ROUND + later)] == [ROUND_PARTIES | {"Orion Ventures"}]


@pytest.mark.parametrize(
    "later",
    [
        "Kestrel Capital and Harbor Partners also took part in the round, along with existing shareholder "
        "Orion Ventures.",
        "Kestrel Capital and Harbor Partners joined the round alongside existing shareholder Orion Ventures.",
        "Kestrel Capital and Harbor Partners also invested, as did the provincial development agency Orion "
        "Ventures.",
        "The round also drew Kestrel Capital, the Peruvian family office Harbor Partners and existing "
        "shareholder Orion Ventures.",
    ],
)
def test_a_backer_named_alongside_the_joiners_joins_the_round(later: str) -> None:
    joined = {"Kestrel Capital", "Harbor Partners", "Orion Ventures"}
    assert [parties(d) for d in deals_of(ROUND + later)] == [ROUND_PARTIES | joined]


@pytest.mark.parametrize(
    "later",
    [
        "Also investing were Kestrel Capital and the Berlin-based Harbor Partners.",
        "Also taking part were Kestrel Capital and Harbor Partners, a fund owned by the province.",
    ],
)
def test_the_participation_told_before_its_investors(later: str) -> None:
    assert [parties(d) for d in deals_of(ROUND + later)] == [
        ROUND_PARTIES | {"Kestrel Capital", "Harbor Partners"}
    ]


def test_the_owner_of_a_described_backer_is_no_party() -> None:
    # "as did the venture arm of G, H": G owns the backer H; the description holds "of", so neither is read
    later = (
        "Kestrel Capital joined the round, as did the venture arm of parcel carrier Orion Logistics, "
        "Orion Ventures."
    )
    assert all("Orion Logistics" not in parties(d) for d in deals_of(ROUND + later))


MOU = "Velorix Systems signed a memorandum of understanding with Quandra Bank and Harbor Holdings. "
SIGNED = {"Velorix Systems", "Quandra Bank", "Harbor Holdings"}


@pytest.mark.parametrize(
    "later",
    [
        "Kestrel Group, which licenses doctors, is also part of the agreement and will vet the panel.",
        "Kestrel Group joined as an observer and fourth signatory, the parties said.",
        "Kestrel Group, which groups small fabricators in the east, is the third party to the agreement.",
        "Kestrel Group signed the same memorandum in April.",
    ],
)
def test_a_later_signatory_told_by_its_place_in_the_agreement_joins_it(later: str) -> None:
    assert [parties(d) for d in deals_of(MOU + later)] == [SIGNED | {"Kestrel Group"}]


def test_a_place_adjective_before_a_lowercase_noun_keeps_the_list_whole() -> None:
    text = (
        "Velorix Systems signed a memorandum of understanding with Quandra Bank and the Danish lender "
        "Orion Bank."
    )
    assert [parties(d) for d in deals_of(text)] == [{"Velorix Systems", "Quandra Bank", "Orion Bank"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lumen Technologies, which Orion Group acquired in April from the venture firm Kestrel Holdings "
            "for €38 million, grew quickly.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        ),
        (
            "Lumen Technologies Inc., which Orion Group acquired for $1.5 billion last year, grew quickly.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        ),
    ],
)
def test_a_purchase_in_a_relative_clause_keeps_its_seller_and_suffix(text: str, expected: dict) -> None:
    # the sale's date before "from C"; the dot of the target's suffix before ", which"
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [("acquisition", expected)]


@pytest.mark.parametrize(
    "later",
    [
        "The French sneaker chain was bought from Kestrel Holdings.",
        "The business was bought from South Africa's Kestrel Holdings for $5 million.",
    ],
)
def test_a_seller_named_in_the_next_sentence_joins_the_purchase(later: str) -> None:
    text = "Orion Group has acquired Lumen Technologies for $40 million. " + later
    expected = {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"}
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [("acquisition", expected)]
