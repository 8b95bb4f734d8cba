"""Party roles for every form a deal is written in (README: each party with its role).

One line per form: the sentence and the roles it must give. The acquirer and investor are never swapped
with the target and investee, whatever the word order. A form that is wrong today is marked
xfail(strict=True) with the reason, so it turns into a failure (and the mark must go) once it is fixed.
"""

from __future__ import annotations

import pytest

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences

A, T, INV, E = "acquirer", "target", "investor", "investee"


def _not_yet(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


FORMS = [
    pytest.param("Northwind Group agreed to acquire Contoso Ltd for $2 billion.",
                 "acquisition", {"Northwind Group": A, "Contoso": T}, id="acquisition-active"),
    pytest.param("Contoso Ltd was acquired by Northwind Group for $2 billion.",
                 "acquisition", {"Northwind Group": A, "Contoso": T}, id="acquisition-passive"),
    pytest.param("Contoso Ltd's payments unit was sold to Northwind Group for $2 billion.",
                 "acquisition", {"Northwind Group": A, "Contoso": T},
                 id="acquisition-passive-sold-to"),
    pytest.param("Regulators approved the acquisition of Contoso Ltd by Northwind Group on Monday.",
                 "acquisition", {"Northwind Group": A, "Contoso": T},
                 id="acquisition-nominal-of-by"),
    pytest.param("Northwind Group completed its acquisition of Contoso Ltd in March.",
                 "acquisition", {"Northwind Group": A, "Contoso": T},
                 id="acquisition-nominal-possessive"),
    pytest.param("Contoso Ltd, acquired by Northwind Group for $2 billion in 2019, runs its payments.",
                 "acquisition", {"Northwind Group": A, "Contoso": T},
                 id="acquisition-participial"),
    pytest.param("Contoso Ltd is being taken private by Northwind Group for $2 billion.",
                 "acquisition", {"Northwind Group": A, "Contoso": T}, id="acquisition-taken-private"),
    pytest.param("Fabrikam Capital will invest $50 million in Contoso Ltd.",
                 "investment", {"Fabrikam Capital": INV, "Contoso": E}, id="investment-active"),
    pytest.param("Contoso Ltd received an investment of $50 million from Fabrikam Capital.",
                 "investment", {"Fabrikam Capital": INV, "Contoso": E}, id="investment-received-from"),
    pytest.param("Contoso Ltd received a $50 million investment from Fabrikam Capital.",
                 "investment", {"Fabrikam Capital": INV, "Contoso": E},
                 id="investment-received-amount-first"),
    pytest.param("Contoso Ltd agreed to sell new shares to Fabrikam Capital for $50 million.",
                 "investment", {"Fabrikam Capital": INV, "Contoso": E}, id="investment-shares-sold-to"),
    pytest.param("Contoso Ltd raised $50 million in a funding round led by Fabrikam Capital.",
                 "funding", {"Fabrikam Capital": INV, "Contoso": E}, id="funding-led-by"),
    pytest.param("Northwind Group agreed to acquire the payments brand and platform from Contoso Ltd.",
                 "acquisition", {"Northwind Group": A, "Contoso": "seller"},
                 id="acquisition-assets-from-seller"),
    pytest.param("The partnership between Contoso Ltd and Northwind Group starts in May.",
                 "partnership", {"Contoso": "partner", "Northwind Group": "partner"},
                 id="partnership-between"),
    pytest.param("Contoso Ltd said on Monday it formed a joint venture with Fabrikam Inc.",
                 "joint_venture", {"Contoso": "partner", "Fabrikam": "partner"}, id="joint-venture-with"),
]


@pytest.mark.parametrize(("text", "deal_type", "roles"), FORMS)
def test_party_roles_of_each_deal_form(text: str, deal_type: str, roles: dict[str, str]) -> None:
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, (), [], sentences), None)
    found = [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals]
    assert found == [(deal_type, roles)]


def test_the_deal_amount_is_the_price_not_a_valuation_written_before_it() -> None:
    text = "Northwind Group agreed to acquire Contoso Ltd, valued at $5 billion last year, for $2 billion."
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, (), [], sentences), None)
    assert [(d.amount, d.currency) for d in deals] == [(2e9, "USD")]
