"""Deals told without the usual words: a share bought told by its figure, a board acting for its company."""

from __future__ import annotations

import pytest

from tests.unit.test_deals import deals_of

SHARE_BY_FIGURE = [
    # (made-up sentence, deal type, buyer's role, bought company's role)
    ("Orion Group Inc will acquire a 49.9% interest in Lumen Data Inc.",
     "investment", "investor", "investee"),
    ("Orion Group Inc bought 20% of Lumen Data Inc last year.", "investment", "investor", "investee"),
    ("Orion Group Inc completed the acquisition of 100% of Lumen Data Inc.",
     "acquisition", "acquirer", "target"),
    ("Orion Group Inc acquired 51% of the issued shares of Lumen Data Inc for $5 million.",
     "acquisition", "acquirer", "target"),
    ("Orion Group Inc said its board approved the acquisition of 60% of the share capital of Lumen Data Inc.",
     "acquisition", "acquirer", "target"),
    ("Orion Group Inc completed the purchase of the remaining 46% of Lumen Data Inc.",
     "acquisition", "acquirer", "target"),
]


@pytest.mark.parametrize(("text", "deal_type", "buyer", "bought"), SHARE_BY_FIGURE)
def test_share_told_by_its_figure_is_a_deal(text: str, deal_type: str, buyer: str, bought: str) -> None:
    deals = deals_of(text)
    assert [d.deal_type for d in deals] == [deal_type]
    roles = {p.organization_name: p.role for p in deals[0].participants}
    assert roles == {"Orion Group": buyer, "Lumen Data": bought}


def test_a_figure_of_something_else_is_no_share() -> None:
    deals = deals_of("Orion Group Inc bought 20% of its chips from Lumen Data Inc.")
    assert all(d.deal_type != "investment" for d in deals)


BOARD_ACTS = [
    # (made-up text whose deal sentence opens with the company's board, deal type, the other party)
    ("Orion Group Inc said profit rose. The board also approved a joint venture with Kestrel Power Ltd.",
     "joint_venture", "Kestrel Power"),
    ("Orion Group Inc reported results. The board approved an investment of $30 million in Lumen Data Inc.",
     "investment", "Lumen Data"),
    ("Orion Group Inc reported results. The Board of Directors, at its meeting held today, approved the "
     "acquisition of 60% of the share capital of Lumen Data Inc.", "acquisition", "Lumen Data"),
]


@pytest.mark.parametrize(("text", "deal_type", "other"), BOARD_ACTS)
def test_the_board_acts_for_its_company(text: str, deal_type: str, other: str) -> None:
    deals = deals_of(text)
    assert [(d.deal_type, {p.organization_name for p in d.participants}) for d in deals] == [
        (deal_type, {"Orion Group", other})
    ]


STAKE_IN_A_DESCRIBED_NAME = [
    # (made-up sentence: a relative clause after the name's description, deal type)
    ("Lumen Data Inc, the Lyon maker of robots in which Orion Group Inc acquired a 51% stake in January, "
     "grew.", "acquisition"),
    ("Lumen Data Inc, a Lyon start-up in which Orion Group Inc bought a 9.9% stake in 2021, grew.",
     "investment"),
]


@pytest.mark.parametrize(("text", "deal_type"), STAKE_IN_A_DESCRIBED_NAME)
def test_stake_told_after_the_names_description(text: str, deal_type: str) -> None:
    deals = deals_of(text)
    assert [(d.deal_type, {p.organization_name for p in d.participants}) for d in deals] == [
        (deal_type, {"Orion Group", "Lumen Data"})
    ]


def test_a_relative_clause_after_another_name_is_not_the_first_names_stake() -> None:
    text = "Lumen Data Inc, a unit of Kestrel Power Ltd in which Orion Group Inc holds a 20% stake, grew."
    assert deals_of(text) == []


def test_the_board_is_the_issuers_not_the_last_company_named() -> None:
    text = (
        "Orion Group Inc reported results. Its unit bought goods from Kestrel Power Ltd last year. "
        "The board also approved a joint venture with Lumen Data Inc."
    )
    assert {frozenset(p.organization_name for p in d.participants) for d in deals_of(text)} >= {
        frozenset({"Orion Group", "Lumen Data"})
    }


def test_a_board_approving_an_agreement_between_others_is_no_party() -> None:
    text = (
        "Orion Group Inc reported results. The board also approved an agreement under which "
        "Kestrel Power Ltd "
        "will supply chemicals to Orion Group Inc's Iraqi joint venture, Lumen Data Inc, for five years."
    )
    assert all("Orion Group" not in {p.organization_name for p in d.participants} for d in deals_of(text))
