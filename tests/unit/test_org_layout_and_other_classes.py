"""Names that layout, the article's own voice or their class make something other than an organization:
the publication itself, an address's items, a plant's site, a dateline after a letterhead label, and
whole surfaces of other classes (technology acronyms, measures, ratings, funding series, breadcrumbs,
report headings, abbreviated amounts). Each cue row is tested on its own made-up example."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.products import product_names
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import (
    ADDRESS_EXAMPLES,
    AMOUNT_AFTER_NAME,
    AMOUNT_BEFORE_NAME,
    AMOUNT_EDGE_EXAMPLES,
    DATELINE,
    NOT_ORGANIZATION_FORMS,
    OWNED_PRODUCT_CUES,
    PLACE_POSITIONS,
    PRESS_CREDIT_EXAMPLES,
    SITE_EXAMPLES,
    TICKER_NOTE_EXAMPLES,
)
from pipelines.extraction.org_layout import (
    address_lines,
    in_address,
    publication_only,
    site_of_a_plant,
    stands_as_a_place,
    ticker_note_exchanges,
)


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


_OTHER_CLASSES = [
    row for row in NOT_ORGANIZATION_FORMS
    if row[2] in ("ERP", "PBT", "Overweight", "Series", "Newsroom / Press", "Liquidity and Capital",
                  "Key Financial Information", "Rs18.6bn", "Governors")
]


def test_every_new_class_row_is_selected():
    assert len(_OTHER_CLASSES) == 9


@pytest.mark.parametrize(("form", "example", "surface"), _OTHER_CLASSES, ids=[r[2] for r in _OTHER_CLASSES])
def test_a_surface_of_another_class_is_no_organization(form, example, surface):
    assert form.fullmatch(surface)
    found = organizations(example, surface, "Velorix Systems")
    assert surface not in found
    assert "Velorix Systems" in found


@pytest.mark.parametrize("word", ["Percentages", "Diluted", "Unofficial"])
def test_a_caption_word_alone_is_a_report_heading(word):
    text = f"Velorix Systems results\n({word} indicate changes on the year)\nRevenue rose."
    assert word not in organizations(text, word, "Velorix Systems")


@pytest.mark.parametrize("name", ["Key Capital", "Capital", "Data", "Financial Review Group"])
def test_a_name_with_one_report_word_or_a_company_word_stays(name):
    """"Capital" and "Data" alone, or beside a company's word, are left to the other rules."""
    from pipelines.extraction.org_cues import _REPORT_HEADING

    assert not _REPORT_HEADING.fullmatch(name) or name == "Key Capital"


@pytest.mark.parametrize(("line", "publication"), PRESS_CREDIT_EXAMPLES,
                         ids=[r[0][:12] for r in PRESS_CREDIT_EXAMPLES])
def test_the_publication_on_its_own_credit_line_is_no_organization(line, publication):
    text = f"Velorix Systems raised $40 million, its founder said.\n\n{line}"
    assert publication_only(text, publication)
    found = organizations(text, publication, "Velorix Systems")
    assert publication not in found
    assert "Velorix Systems" in found


def test_the_publication_a_source_told_is_no_organization():
    text = "Velorix Systems raised $40 million, its founder told Kestrel Daily on Tuesday."
    assert publication_only(text, "Kestrel Daily")
    assert "Kestrel Daily" not in organizations(text, "Kestrel Daily", "Velorix Systems")


def test_an_exchange_a_company_told_in_a_filing_stays():
    text = "Velorix Systems told the Velmont Stock Exchange on Friday that revenue rose."
    assert not publication_only(text, "Velmont Stock Exchange")


def test_a_publication_the_story_is_about_stays():
    text = "Kestrel Daily was bought by Velorix Systems.\n\nDisclaimer: Kestrel Daily is owned by Velorix."
    assert not publication_only(text, "Kestrel Daily")
    assert "Kestrel Daily" in organizations(text, "Kestrel Daily", "Velorix Systems")


@pytest.mark.parametrize(("line", "place"), ADDRESS_EXAMPLES, ids=[r[1] for r in ADDRESS_EXAMPLES])
def test_an_address_lines_items_are_places(line, place):
    text = f"Velorix Systems Limited\n{line}\nVelorix Systems said revenue rose 5%."
    start = text.index(place)
    assert in_address(address_lines(text), start, start + len(place))
    found = organizations(text, place, "Velorix Systems")
    assert place not in found
    assert "Velorix Systems" in found


def test_a_sentence_with_a_street_address_is_prose_not_an_address():
    text = "Velorix Systems Limited, 12 Main Road, Mumbai, said revenue rose in the quarter."
    assert address_lines(text) == []


def test_a_registered_company_on_an_address_line_stays():
    text = "Registered Office: Kestrel Holdings Ltd, 12 Amber Avenue, Velmont\nKestrel said revenue rose."
    assert "Kestrel Holdings" in organizations(text, "Kestrel Holdings Ltd")


@pytest.mark.parametrize(("text", "place"), SITE_EXAMPLES, ids=[r[0][:30] for r in SITE_EXAMPLES])
def test_a_plants_site_is_a_place(text, place):
    start = text.index(place)
    assert site_of_a_plant(text, start, start + len(place))
    assert place not in organizations(text, place)


def test_a_company_named_beside_a_plant_elsewhere_stays():
    text = "Velmont Motors reported revenue of $2 billion. Amber will build its Velmont Motors plant."
    assert "Velmont Motors" in organizations(text, "Velmont Motors")


def test_a_dateline_after_a_letterheads_label_is_a_place():
    text = "Regulatory information | Velmont, 22 October 2026, 07:30 CET\nKestrel Systems said revenue rose."
    match = DATELINE.search(text)
    assert match and match.group("place") == "Velmont"
    assert "Velmont" not in organizations(text, "Velmont", "Kestrel Systems")


@pytest.mark.parametrize(("cue", "example", "product"), OWNED_PRODUCT_CUES,
                         ids=[r[2] for r in OWNED_PRODUCT_CUES])
def test_a_product_a_possessive_owns_is_no_organization(cue, example, product):
    match = cue.search(example)
    assert match and match.group(1) == product
    assert product in product_names(example, default_gazetteer())
    assert product not in organizations(example, product)


@pytest.mark.parametrize("text", [
    "Velorix Bank agreed to buy its payments unit Velor Mobile from the founders.",
    "Velor Mobile, the app maker, raised $5 million.",
])
def test_a_unit_or_a_maker_is_not_an_owned_product(text):
    assert "Velor Mobile" not in product_names(text, default_gazetteer())


@pytest.mark.parametrize(("text", "place"), [
    ("Velorix Towers won a contract for 400 sites in the regions of Lumbra and Piauna.", "Piauna"),
    ("Velorix Towers won a contract for 400 sites in the regions of Lumbra and Piauna.", "Lumbra"),
    ("The deal was signed by Velorix Towers and the municipal government of Lumbra.", "Lumbra"),
    ("Velorix Towers will build a plant in the province of Lumbra.", "Lumbra"),
])
def test_a_place_named_by_its_kind_is_a_place(text, place):
    found = organizations(text, place, "Velorix Towers")
    assert place not in found
    assert "Velorix Towers" in found


@pytest.mark.parametrize(("text", "form"), [
    ("Velorix Systems GmbH said revenue rose.", "GmbH"),
    ("VELORIX SYSTEMS LTD\nVelorix Systems said revenue rose.", "LTD"),
    ("Velorix Systems S.A. said revenue rose.", "S.A."),
])
def test_a_legal_form_alone_is_no_organization(text, form):
    found = organizations(text, form, "Velorix Systems")
    assert form not in found
    assert "Velorix Systems" in found


@pytest.mark.parametrize(("text", "exchange"), TICKER_NOTE_EXAMPLES, ids=[r[1] for r in TICKER_NOTE_EXAMPLES])
def test_an_exchange_in_a_ticker_note_is_no_organization(text, exchange):
    assert exchange in [text[s:e] for s, e in ticker_note_exchanges(text)]
    assert exchange not in organizations(text, exchange)


def test_a_label_with_a_name_after_it_is_no_ticker_note():
    assert ticker_note_exchanges("The deal (Adviser: Kestrel Partners) closed.") == []


@pytest.mark.parametrize(("text", "tagged", "name"), AMOUNT_EDGE_EXAMPLES,
                         ids=[r[2] for r in AMOUNT_EDGE_EXAMPLES])
def test_an_amount_run_into_a_name_is_cut_off(text, tagged, name):
    found = organizations(text, tagged)
    assert name in found
    assert tagged not in found


def test_digits_that_lead_a_name_are_no_amount():
    assert AMOUNT_BEFORE_NAME.match("360 Velor Asset") is None
    assert AMOUNT_AFTER_NAME.search("Velor ABC") is None


def test_a_reporting_period_inside_a_name_ends_the_name_before_it():
    text = "Velorix Systems said Velorix Q1 Earnings beat estimates."
    assert "Velorix Q1 Earnings" not in organizations(text, "Velorix Q1 Earnings", "Velorix Systems")


@pytest.mark.parametrize(
    ("text", "place"), [row[2:] for row in PLACE_POSITIONS], ids=[row[2][:30] for row in PLACE_POSITIONS]
)
def test_a_name_standing_where_a_town_or_site_is_is_a_place(text, place):
    start = text.index(place)
    assert stands_as_a_place(text, start, start + len(place))
    assert place not in organizations(text, place)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal gives Amber the Kestrel holding company and its mines.", "Kestrel"),
        ("Amber bought the stake from Kestrel last year.", "Kestrel"),
        ("Amber bought the company from Kestrel last year.", "Kestrel"),
        ("Amber will buy a 20% stake in chip maker Quarvo Ltd from Kestrel Holdings.", "Kestrel Holdings"),
        ("Kestrel Foods, a Velmont company, said sales rose.", "Velmont"),
        ("Kestrel Foods, a Velmont group company, said sales rose.", "Velmont"),
    ],
)
def test_a_company_in_a_firms_description_or_after_from_stays(text, name):
    start = text.index(name)
    assert not stands_as_a_place(text, start, start + len(name))


def test_a_firms_town_before_an_apposition_is_not_the_firm_described():
    text = "Amber acquired Kestrel SRL, a cloud-migration start-up from Velmont, a firm with 80 staff."
    assert "Velmont" not in organizations(text, "Velmont")
