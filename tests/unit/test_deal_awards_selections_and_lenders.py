"""Contracts told by their award or the client's choice, and loans a lender grants (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences


def _deals(text: str) -> list[tuple[str, dict[str, str]]]:
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    deals = find_deals(text, sentences, organizations)
    return [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals]


_PARTNERS = {"Orion Group": "partner", "Kestrel Holdings": "partner"}


@pytest.mark.parametrize(
    "text",
    [
        # the award's figure holds a dot
        "Orion Group was awarded a 1.3 trillion-won contract by Kestrel Holdings.",
        # the work is a package, not a contract
        "Orion Group won a SAR 318 million package from Kestrel Holdings.",
        # the work awarded is described at length before "was awarded to"
        "A KRW 276 billion order for extra-high-voltage transformers was awarded to Orion Group by Kestrel "
        "Holdings.",
        # the contractor named first, the work after it
        "Kestrel Holdings awarded Orion Group the design, construction and operation of a hospital network.",
    ],
)
def test_an_award_is_a_contract_between_the_awarding_side_and_the_contractor(text):
    assert _deals(text) == [("contract", _PARTNERS)]  # dicts compare without order


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Holdings selected Orion Group to build its payments network.",
        "Kestrel Holdings tapped Orion Group as its cloud provider.",
        "Kestrel Holdings chose Orion Group's Lumen suite under a ten-year SaaS agreement.",
    ],
)
def test_a_client_choosing_its_contractor_signs_a_contract(text):
    assert _deals(text) == [("contract", _PARTNERS)]


def test_a_client_hiring_an_adviser_signs_no_contract():
    assert _deals("Kestrel Holdings hired Orion Group to advise on the sale of its port unit.") == []


def test_a_lender_granting_a_debt_facility_funds_the_borrower():
    deals = _deals("Kestrel Holdings has granted Orion Group a EUR 25 million venture debt facility.")
    assert deals == [("funding", {"Kestrel Holdings": "investor", "Orion Group": "investee"})]


def test_goods_counted_and_ordered_from_their_maker_are_a_contract():
    assert _deals("Orion Group ordered 24 container ships from Kestrel Holdings for $4 billion.") == [
        ("contract", _PARTNERS)
    ]


def test_an_order_without_a_count_is_no_contract():
    assert _deals("Orion Group ordered a review from Kestrel Holdings.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orion Group also received a purchase order of Rs 142 crore from Kestrel Holdings.",
        "Orion Group bagged a Rs 780 crore order from Kestrel Holdings.",
    ],
)
def test_an_order_received_from_a_client_is_a_contract(text):
    assert _deals(text) == [("contract", _PARTNERS)]


_GRANTED = [("funding", {"Kestrel Holdings": "investor", "Orion Group": "investee"})]


def test_a_grant_maker_granting_a_sum_funds_the_grantee():
    assert _deals("Kestrel Holdings granted Orion Group EUR 42 million on Wednesday.") == _GRANTED


def test_a_grant_received_from_its_maker_funds_the_receiver():
    assert (
        _deals("Orion Group received confirmation of a grant of NOK 48 million from Kestrel Holdings.")
        == _GRANTED
    )
