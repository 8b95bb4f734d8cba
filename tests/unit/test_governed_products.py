"""Names a product word governs are products, drugs, titles or brands, never organizations ("its
cholesterol drug Lumora", "sold as Lumora", "users of Lumora Pay", "the operator of Lumora"), unless the
article gives the same name an organization's evidence anywhere ("Lumora said", "Lumora's chief
executive"). Cue rows: org_cues.GOVERNED_PRODUCT_CUES and ORGANIZATION_EVIDENCE_CUES; invented names."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.products import product_names
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import BRAND_LIST_CUES, GOVERNED_PRODUCT_CUES, ORGANIZATION_EVIDENCE_CUES
from pipelines.extraction.org_evidence import organization_evidence


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(
    ("cue", "example", "product"),
    GOVERNED_PRODUCT_CUES,
    ids=[f"{i}-{r[2]}" for i, r in enumerate(GOVERNED_PRODUCT_CUES)],
)
def test_each_cue_row_finds_its_product(cue, example, product):
    assert any(m.group("name") == product for m in cue.finditer(example))
    assert product in product_names(example, default_gazetteer())


# One sentence per cue, written apart from the table's own examples: removing a cue fails its line.
@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Tellbridge Pharma said sales of its blood-pressure medicine Corvane rose.", "Corvane"),  # drug word
        ("Regulators approved velmotinib, marketed as Velmira, in May.", "Velmira"),  # sold / marketed as
        ("Kestrel Media sold the rights to the video service Orvana.", "Orvana"),  # service word before
        (
            "Tellbridge Games said players of Starvane Legends rose by a third.",
            "Starvane Legends",
        ),  # players of
        ("Absolute Kestrel runs the Quillpoint website.", "Quillpoint"),  # the X website
        ("Kestrel Optics will ship lasers for Tellbridge's Corvane modules.", "Corvane"),  # owner's X modules
        ("Velmont Digital, the publisher of Orvana, cut costs.", "Orvana"),  # publisher of
        ("Revenue rose after the launch of Velmira in Japan.", "Velmira"),  # launch of
        ("Kestrel Steel sells plate under the brand Corvane.", "Corvane"),  # under the brand
        ("Orvana, the group's streaming service, added users.", "Orvana"),  # apposition with a possessive
    ],
)
def test_a_governed_name_is_a_product_not_an_organization(text, product):
    assert product in product_names(text, default_gazetteer())
    assert product not in organizations(text, product)


@pytest.mark.parametrize(
    ("cue", "example", "name"),
    ORGANIZATION_EVIDENCE_CUES,
    ids=[f"{i}-{r[2]}" for i, r in enumerate(ORGANIZATION_EVIDENCE_CUES)],
)
def test_each_evidence_row_finds_its_organization(cue, example, name):
    assert organization_evidence(example, name, set())
    assert name not in product_names(example, default_gazetteer())


# One sentence per evidence cue: a product cue fires, the name's own evidence elsewhere keeps it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Media licensed shows to the video service Orvana. Orvana signed a second deal.", "Orvana"),
        ("Revenue rose after the launch of Velmira. Velmira's chief executive left in May.", "Velmira"),
        ("Revenue rose after the launch of Velmira. Velmira, founded in 2019, has 90 staff.", "Velmira"),
        ("Kestrel Media sold the video service Orvana. Orvana shares were bought back.", "Orvana"),
        (
            "Users of Quillpoint rose. Ana Ruiz, co-founder of Quillpoint, said so.",
            "Quillpoint",
        ),  # a cue name
    ],
)
def test_a_name_with_organization_evidence_stays_an_organization(text, name):
    assert name not in product_names(text, default_gazetteer())
    assert name in organizations(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Tellbridge Games said users of Kestrel's app doubled.",  # an owner before its product
        "Kestrel Media sold the rights to the video service Orvana Group.",  # a company word after the name
        "Orvana, the group's streaming service operator, added users.",  # the operator of the service
        "Velmont Bank took a stake in streaming service Orvana.",  # a deal's party is the company
    ],
)
def test_an_owner_or_a_company_word_is_no_governed_product(text):
    names = product_names(text, default_gazetteer())
    assert not {"Kestrel", "Orvana Group", "Orvana"} & names


# Lists of brands a company sells or trades under (org_cues.BRAND_LIST_CUES), one sentence per cue.
@pytest.mark.parametrize(
    ("cue", "example", "product"), BRAND_LIST_CUES, ids=[r[0].pattern[:20] for r in BRAND_LIST_CUES]
)
def test_each_brand_list_row_finds_its_product(cue, example, product):
    assert cue.search(example)
    assert product in product_names(example, default_gazetteer())


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Tellbridge Foods markets brands including Corvane and Orvana Crisps.",
            "Orvana Crisps",
        ),  # sells brands
        ("Velmont Hotels trades under the Corvane and Orvana brands.", "Corvane"),  # under the ... brands
    ],
)
def test_a_listed_brand_is_a_product_not_an_organization(text, product):
    assert product in product_names(text, default_gazetteer())
    assert product not in organizations(text, product)


def test_a_listed_brand_that_opens_a_longer_name_stays_the_company():
    text = "Velmont Hotels trades under the Corvane and Orvana brands. Corvane Foods reported a profit."
    assert "Corvane" not in product_names(text, default_gazetteer())


def test_a_list_of_brands_after_under_is_left_to_the_other_rules():
    # "heat pumps under brands including Corvane and Orvana": companies a division trades through
    text = "The division makes heat pumps under brands including Corvane and Orvana."
    assert not {"Corvane", "Orvana"} & product_names(text, default_gazetteer())
