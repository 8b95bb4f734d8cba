"""Which money figure of a sentence is the deal's amount (pipelines/extraction/deals.py `_amount_clause`).

Written from the survivors of the deals mutation run (docs/testing.md): the amount is the money
figure nearest the deal's second side, never an earlier spending figure, a revenue or a sales figure."""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, (), [], sentences), None)
    return [(d.deal_type, d.amount, d.currency) for d in deals]


@pytest.mark.parametrize(
    "text",
    [
        # Another money figure earlier in the sentence: the price is the one by the target.
        "Northwind Group, which spent $500 million on plants last year, agreed to acquire Contoso Ltd "
        "for $2 billion.",
        # A revenue figure before the deal, a sales figure after it: neither is the price.
        "Northwind Group, with revenue of $9 billion, agreed to acquire Contoso Ltd for $2 billion.",
        "Northwind Group agreed to acquire Contoso Ltd for $2 billion, a company with sales of $300 million.",
    ],
    ids=["earlier-spending", "revenue-before", "sales-after"],
)
def test_the_amount_is_the_price_among_other_money_figures(text: str) -> None:
    assert _amounts(text) == [("acquisition", 2e9, "USD")]
