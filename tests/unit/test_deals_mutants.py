"""Which money figure of a sentence is the deal's amount (pipelines/extraction/deals.py `_amount_clause`).

Written from the survivors of the deals mutation run (docs/testing.md): the amount is the money
figure nearest the deal's second side, never an earlier spending figure, a revenue or a sales figure."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.model import DealFact
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences


def _parsed(text: str, published: date | None = None) -> list[DealFact]:
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    return find_deals(text, sentences, organizations, published, (), parse_sentences(sentences))


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    # The parse reads these deals (no trigger pattern does): the amount comes from `_amount_clause`.
    return [(d.deal_type, d.amount, d.currency) for d in _parsed(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sales figure before the deal, a revenue figure before the investment: neither is the amount.
        (
            "Kestrel Labs, which had sales of $300 million, was quietly bought last year by Orion Group "
            "for $2 billion.",
            ("acquisition", 2e9, "USD"),
        ),
        (
            "Orion Group, with revenue of $9 billion, has backed Kestrel Labs with $50 million.",
            ("investment", 5e7, "USD"),
        ),
        # Another money figure earlier in the sentence: the amount is the one nearest the investee.
        (
            "Orion Group, which spent $500 million on plants last year, has backed Kestrel Labs with "
            "$50 million.",
            ("investment", 5e7, "USD"),
        ),
    ],
    ids=["sales-before-a-passive-sale", "revenue-before-an-investment", "spending-before-an-investment"],
)
def test_the_amount_of_a_parsed_deal_is_its_price_not_another_money_figure(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _amounts(text) == [expected]


# --- amounts: two bugs the mutation pass found ------------------------------------------------


def test_each_investment_of_a_coordinated_sentence_has_the_figure_of_its_own_clause() -> None:
    # "$350 million into ... A, and another $100 million into ... B": the later figure is nearer A's
    # name, but it sits in the next clause; A's investment is the $350 million.
    text = (
        "Orion Group put $350 million into a plant at Kestrel Labs, and another $100 million into a "
        "centre at Fabrikam Holdings."
    )
    deals = _parsed(text)
    kestrel = [d for d in deals if "Kestrel Labs" in {p.organization_name for p in d.participants}]
    assert [(d.deal_type, d.amount, d.currency) for d in kestrel] == [("investment", 3.5e8, "USD")]


def test_a_relative_clause_after_the_target_does_not_end_the_deals_clause() -> None:
    # ", which has annual sales of $300 million," describes the target; the price follows it.
    text = (
        "Northwind Group agreed to acquire Contoso Ltd, which has annual sales of $300 million, "
        "for $2 billion."
    )
    assert _amounts(text) == [("acquisition", 2e9, "USD")]
