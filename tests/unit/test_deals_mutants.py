"""Which money figure of a sentence is the deal's amount (pipelines/extraction/deals.py `_amount_clause`).

Written from the survivors of the deals mutation run (docs/testing.md): the amount is the money
figure nearest the deal's second side, never an earlier spending figure, a revenue or a sales figure."""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    # The parse reads these deals (no trigger pattern does): the amount comes from `_amount_clause`.
    deals = find_deals(text, sentences, organizations, None, (), parse_sentences(sentences))
    return [(d.deal_type, d.amount, d.currency) for d in deals]


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
