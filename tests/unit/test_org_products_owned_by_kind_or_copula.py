"""A product a company owns, named with its owner written by kind ("the bank's e-wallet"), after its
noun set off by commas ("Our core offering, X, is ...") or by a copula ("X remains the unit's core
brand"), is no organization; a unit described the same way ("the group's software business") still is.
Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.products import product_names
from pipelines.extraction.gazetteer import default_gazetteer

OWNED = (
    ("Velor Bank said Velor Pay, the bank's e-wallet, grew fast.", "Velor Pay"),
    ("Quarva Group said Quarva Flex, the Group's buy-now-pay-later product, grew.", "Quarva Flex"),
    ("Lumbra Inc. said: Our core offering, Lumbra Identity Cloud, is sold as a subscription.",
     "Lumbra Identity Cloud"),
    ("Velor Holdings said Velor Smart remains the unit's core cloud brand.", "Velor Smart"),
    ("Quarva Systems said adoption of Quarva Assist, its generative AI add-on, doubled.", "Quarva Assist"),
)


@pytest.mark.parametrize(("text", "product"), OWNED, ids=[p for _t, p in OWNED])
def test_an_owned_product_is_no_organization(text, product):
    assert product in product_names(text, default_gazetteer())
    start = text.index(product)
    ner = [(start, start + len(product), "ORG")]
    found = {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
    assert product not in found


@pytest.mark.parametrize("text", [
    "Orvane Group said Orvane Symphony, the group's telecoms software business, grew 9%.",
    "Velor Bank said Velor Lending, the bank's consumer finance unit, grew.",
])
def test_a_unit_described_by_its_owner_is_no_product(text):
    unit = text.split(" said ")[1].split(",")[0]
    assert unit not in product_names(text, default_gazetteer())


def test_a_platform_described_by_its_owners_kind_may_be_a_unit():
    text = "Velor Group said Velor Go, the group's digital platform, ended the year with 21 million users."
    assert "Velor Go" not in product_names(text, default_gazetteer())


@pytest.mark.parametrize("text", [
    "Quarva Capital agreed to invest in Velo, Lumbria's largest e-wallet, the companies said.",
    "Velo is Lumbria's largest e-wallet.",
])
def test_a_company_described_by_a_places_possessive_is_no_product(text):
    assert "Velo" not in product_names(text, default_gazetteer())
