"""Parties named in the deal's own sentence and once dropped (session 24, docs/deals.md): a raise told by
its form (deals.ROUND_FORMS), a seller named after the sale's date or price, a list whose first item is a
possessor ("with A's B, C and D"), a trigger inside a relative clause ("B, which raised $60 million in a
round led by A, ...") and a group naming its unit ("with A subsidiary B taking up the balance").
Invented names throughout."""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import ROUND_FORMS
from tests.unit.test_deals import deals_of, parties


def _deal_parties(text: str) -> list[set[str]]:
    return [parties(d) for d in deals_of(text)]


@pytest.mark.parametrize(("form", "example"), ROUND_FORMS)
def test_every_round_form_reads_its_example_with_its_lead(form: str, example: str) -> None:
    [deal] = deals_of(example)
    assert deal.deal_type == "funding"
    roles = {(p.organization_name, p.role) for p in deal.participants}
    assert roles == {("Velorix Systems", "investee"), (example.split(" led by ")[1].rstrip("."), "investor")}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix Pay, bought by Quandra Bank in 2021 from the Austrian group Orion Ventures, has 200 staff.",
        "Quandra Bank bought Velorix Pay in March 2020 from Orion Ventures.",
        "Quandra Bank bought Velorix Pay for $4.2 billion from Orion Ventures.",
        "Velorix Pay was acquired by Quandra Bank in August for $275 million from Orion Ventures.",
    ],
)
def test_a_seller_named_after_the_sales_date_or_price_sells(text: str) -> None:
    [deal] = deals_of(text)
    roles = {(p.organization_name, p.role) for p in deal.participants}
    assert ("Orion Ventures", "seller") in roles
    assert ("Quandra Bank", "acquirer") in roles


def test_a_possessor_opening_a_list_yields_to_the_unit_it_owns() -> None:
    text = (
        "Velorix Systems signed a memorandum of understanding with the Ministry of Economic Affairs' "
        "Industrial Development Administration, the Harlow County Government and Quandra University."
    )
    assert _deal_parties(text) == [
        {
            "Velorix Systems",
            "Industrial Development Administration",
            "Harlow County Government",
            "Quandra University",
        }
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velorix Systems, which raised $60 million in a Series A led by Orion Ventures, makes sensors.",
            [{"Velorix Systems", "Orion Ventures"}],
        ),
        (
            "Velorix Systems, which raised $60 million in a Series A round led by Orion Ventures with "
            "Kestrel Capital also taking part, runs 210 sites.",
            [{"Velorix Systems", "Orion Ventures", "Kestrel Capital"}],
        ),
    ],
)
def test_a_trigger_inside_a_relative_clause_reads_its_names(text: str, expected: list[set[str]]) -> None:
    assert _deal_parties(text) == expected


def test_the_relative_clauses_names_stay_context_for_the_main_clause() -> None:
    text = "Quandra Bank, which is advised by Orion Ventures, agreed to buy Velorix Systems."
    assert _deal_parties(text) == [{"Quandra Bank", "Velorix Systems"}]


def test_a_group_naming_its_unit_is_no_investor() -> None:
    text = (
        "Velorix Systems raised $40 million in new equity from Orion Ventures, with Quandra Bank subsidiary "
        "The Kestrel Company taking up the balance."
    )
    [found] = _deal_parties(text)
    assert "Quandra Bank" not in found
    assert {"Velorix Systems", "Orion Ventures"} <= found


def test_the_rest_of_its_own_group_is_no_partner_inside_a_relative_clause() -> None:
    text = (
        "Velorix Systems, which was placed under court protection together with the rest of Quandra Group in "
        "2016, had 40 million lines."
    )
    assert _deal_parties(text) == []
