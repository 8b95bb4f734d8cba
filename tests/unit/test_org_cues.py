"""Organizations versus products and chrome, one example per cue (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.entities.products import _listed_names
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import (
    NOT_ORGANIZATION_EXAMPLES,
    NOT_ORGANIZATION_FORMS,
    PRODUCT_NAME_ENDS,
)


def organizations(text: str, ner=()) -> set[str]:
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def ner_orgs(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), "ORG") for n in names]


@pytest.mark.parametrize(
    ("text", "product", "organization"),
    [
        # owner's product: "X's Y service"
        ("Customers can use Northwind Labs' Quill AI service, Northwind Labs said.", "Quill AI",
         "Northwind Labs"),
        ("Clients moved to Orion Group's Lattice platform this year.", "Lattice", "Orion Group"),
        # a name labelling a product noun
        ("Orion Group said the Lattice Vision app now has 2 million users.", "Lattice Vision", "Orion Group"),
        # a name ending like a product's own name
        ("Orion Group moved its records to Lattice SQL Database last year.", "Lattice SQL Database",
         "Orion Group"),
        # what a company publishes, develops or sells
        ("Games grew, led by Lattice Quest, which Orion Group publishes itself.", "Lattice Quest",
         "Orion Group"),
        # what a company is the maker of, alone or one of two
        ("Orion Group, the maker of LATTICE and PRISMA, said sales rose.", "LATTICE", "Orion Group"),
        ("Orion Group, the maker of LATTICE and PRISMA, said sales rose.", "PRISMA", "Orion Group"),
        ("Orion Group, the developer of Lattice Quest, said sales rose.", "Lattice Quest", "Orion Group"),
        # each item of a list, its kind words in lower case cut off; a name of two words read whole
        *(("Orion Group, the maker of Velo snowmobiles, Quarvo watercraft and Lumbra off-road vehicles, said "
           "sales rose.", item, "Orion Group") for item in ("Velo", "Quarvo", "Lumbra")),
        ("Orion Group, the maker of Lattice Quest and Prism Tales, said sales rose.", "Prism Tales",
         "Orion Group"),
    ],
)
def test_products_are_not_organizations(text, product, organization):
    found = organizations(text, ner_orgs(text, product, organization))
    assert product not in found
    assert organization in found


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("Velo snowmobiles, Quarvo watercraft and Lumbra off-road vehicles", ["Velo", "Quarvo", "Lumbra"]),
        ("LATTICE and PRISMA", ["LATTICE", "PRISMA"]),
        ("Lattice Quest, Prism Tales, and Velo Kart", ["Lattice Quest", "Prism Tales", "Velo Kart"]),
    ],
)
def test_a_made_list_gives_each_product_without_its_kind_words(listed, names):
    assert _listed_names(listed) == names


def test_every_product_name_end_is_a_capitalised_word():
    assert all(word[0].isupper() for word in PRODUCT_NAME_ENDS)


def test_an_organization_inside_a_product_name_is_not_annotated():
    text = "Orion Group moved its records to Northwind SQL Database."
    assert "Northwind" not in organizations(text, ner_orgs(text, "Orion Group", "Northwind"))


@pytest.mark.parametrize(
    "text",
    [
        "Quillo, the workplace chat app, was bought by Orion Group for $2 billion.",
        "Orion Group reached an agreement with Quillo, the short-video app, on Monday.",
    ],
)
def test_an_app_treated_as_a_party_is_a_company(text):
    assert "Quillo" in organizations(text)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Orion Group said sales rose.\nSources: Harbor Analytics, company filings", "Harbor Analytics"),
        ("Orion Group will report at 10:30 AM ET on Monday.", "ET"),
        ("Orion Group will report at 9.00 SGT.", "SGT"),
        # a newsletter's lines on itself and to its reader
        ("Orion Group raised $20 million.\n\nYou are receiving Harbor Brief because you signed up.\n"
         "Unsubscribe",
         "Harbor Brief"),
        ("Orion Group raised $20 million.\n\nHarbor Weekly is an independent newsletter. Not advice.",
         "Harbor Weekly"),
        ("Orion Group raised $20 million.\n\nThe Port & Lane Letter is a reader-supported newsletter.",
         "Port & Lane Letter"),
        ("Orion Group raised $20 million.\n\nReply to this email to reach the editor.", "Reply"),
    ],
)
def test_credit_lines_and_time_zones_are_chrome(text, chrome):
    assert chrome not in organizations(text, ner_orgs(text, chrome))


@pytest.mark.parametrize("segment", ["EMEA", "Americas", "Asia Pacific"])
def test_geographic_segments_are_not_organizations(segment):
    text = f"Orion Group said revenue in {segment} rose 5%."
    assert segment not in organizations(text, ner_orgs(text, segment))


def test_a_word_only_at_bullet_starts_is_not_an_organization():
    text = "Orion Group reported results.\n\n• Consolidated revenue rose 5%.\n• Gross margin widened."
    assert organizations(text, ner_orgs(text, "Consolidated", "Gross")) == {"Orion Group"}


def test_a_name_before_and_keeps_its_ampersand():
    text = "Marsh & McLennan and Orion Group advised the buyer."
    ner = [(0, len("Marsh & McLennan and"), "ORG")]
    assert "Marsh & McLennan" in organizations(text, ner)


@pytest.mark.parametrize(
    ("text", "ner", "name"),
    [
        # the short form written alone elsewhere does not make "Associates" a company of its own
        ("Quarvo Henry & Associates reported results. Quarvo Henry won 51 new clients.",
         "Quarvo Henry & Associates", "Quarvo Henry & Associates"),
        # the head word before the ampersand ("Mining") does not end the name
        ("Orion bought a stake in the mine from Velmora Mining & Metals in 2023.",
         "Velmora Mining & Metals", "Velmora Mining & Metals"),
    ],
)
def test_an_ampersand_joins_one_name_unless_both_sides_are_names(text, ner, name):
    found = organizations(text, ner_orgs(text, ner))
    assert name in found
    assert not found & {"Associates", "Metals", "Velmora Mining"}


def test_an_ampersand_between_two_names_each_written_alone_is_two_organizations():
    text = ("Orion Bank & Velmora Capital signed a pact. Orion Bank will lend; Velmora Capital will invest.")
    found = organizations(text, ner_orgs(text, "Orion Bank & Velmora Capital"))
    assert {"Orion Bank", "Velmora Capital"} <= found


@pytest.mark.parametrize(
    ("lead", "model_span"),
    [
        ("OSAKA, Japan - Velorix Systems Corporation said it would hire 500 staff.",
         "Japan - Velorix Systems Corporation"),
        ("OSLO, Norway, Feb. 19, 2025 /Harbor Wire Europe/ - Velorix Systems Corporation said it would hire.",
         "Europe/ - Velorix Systems Corporation"),
    ],
)
def test_a_dateline_the_model_read_into_the_name_after_it_is_cut_off(lead, model_span):
    found = organizations(lead, ner_orgs(lead, model_span))
    assert "Velorix Systems" in found
    assert not any(" - " in name for name in found)


def test_wire_credit_in_a_dated_dateline_is_chrome():
    text = "LONDON, May 3 (Harbor Wire) - Orion Group said it would hire 500 staff."
    assert "Harbor Wire" not in organizations(text, ner_orgs(text, "Harbor Wire"))


@pytest.mark.parametrize(
    ("text", "name", "acronym", "other"),
    [
        # the gazetteer knows ABC and MAS as other organizations; the article's definition wins
        ("The Australian Broadcasting Corporation (ABC) signed a contract. ABC said it runs five years.",
         "Australian Broadcasting", "ABC", "Agricultural Bank of China"),
        ("Malaysia Airlines (MAS) will buy 20 jets. MAS said the order was its largest.",
         "Malaysia Airlines", "MAS", "Monetary Authority of Singapore"),
    ],
)
def test_an_acronym_defined_in_the_article_is_not_a_gazetteer_alias(text, name, acronym, other):
    result = find_organizations(text, ner_orgs(text, name), boilerplate_spans(text))
    found = {o.name: o for o in result.organizations}
    assert other not in found
    assert acronym in found[name].aliases


@pytest.mark.parametrize(("text", "name"), NOT_ORGANIZATION_EXAMPLES)
def test_standards_currency_codes_and_period_suffixed_names_are_not_organizations(text, name):
    """Even when the model tags them ORG: the company beside them is still found."""
    found = organizations(text, ner_orgs(text, name, "Velorix Systems"))
    assert name not in found
    assert "Velorix Systems" in found


@pytest.mark.parametrize(
    ("form", "text", "surface"), NOT_ORGANIZATION_FORMS, ids=[row[2] for row in NOT_ORGANIZATION_FORMS]
)
def test_each_not_an_organization_form_rejects_its_example(form, text, surface):
    """Amounts after a currency code, lone period codes, a company's own boards: never organizations,
    even when the model tags them ORG; the company beside them is still found."""
    assert form.fullmatch(surface)
    found = organizations(text, ner_orgs(text, surface, "Velorix Systems"))
    assert surface not in found
    assert "Velorix Systems" in found


def test_an_acronym_the_article_writes_in_the_plural_is_a_thing_not_an_organization():
    text = ("Quarvo makes antibody drug conjugates, or ADCs. In January, its second ADC won approval, "
            "Quarvo said.")
    found = organizations(text, ner_orgs(text, "Quarvo", "ADC"))
    assert "ADC" not in found
    assert "Quarvo" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a German partnership limited by shares, its acronym defined after it
        ("The seed breeder Orvane SAAT SE & Co. KGaA (OSK) closed the year. OSK said sales rose.",
         "Orvane SAAT SE & Co. KGaA"),
        # "&" before a field of study joins one name
        ("Quarvo and Lumbria University & Research signed a memorandum, Quarvo said.",
         "Lumbria University & Research"),
    ],
)
def test_a_legal_form_or_a_field_after_an_ampersand_stays_in_the_name(text, name):
    assert name in organizations(text)


def test_a_company_the_model_also_calls_a_nationality_is_found_from_its_description():
    text = "Raizano, the fuel and ethanol group, fell 9%. Traders sold Raizano shares."
    ner = [(0, 7, "NORP"), (text.rindex("Raizano"), text.rindex("Raizano") + 7, "PERSON")]
    assert "Raizano" in organizations(text, ner)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Follow our coverage of Quarvo's results. By the Lowlands Markets tech desk, Amsterdam.",
         "Lowlands Markets"),
        ("Quarvo sold its stake.\nNordic Screen Business is published weekly. Interview by Ana Ruiz.",
         "Nordic Screen Business"),
    ],
)
def test_a_desks_byline_and_a_newsletters_masthead_are_chrome(text, chrome):
    found = organizations(text, ner_orgs(text, "Quarvo", chrome))
    assert chrome not in found
    assert "Quarvo" in found


def test_a_surname_with_its_particle_capitalised_is_the_person_not_an_organization():
    text = ("Thomas von Planta, chairman of Quarvo, will lead the board. Von Planta called the deal a "
            "local solution.")
    found = organizations(text, [(text.index("Von Planta"), text.index("Von Planta") + 10, "ORG")])
    assert "Von Planta" not in found


def test_a_place_before_a_new_clause_about_the_company_stays_a_place():
    text = "Founded near Lumbrich, the company has been based in Orvane since 1945. Quarvo employs 4,700."
    found = organizations(text, [(text.index("Lumbrich"), text.index("Lumbrich") + 8, "GPE")])
    assert "Lumbrich" not in found


@pytest.mark.parametrize("country", ["Kenya", "Afghanistan", "Guinea-Bissau", "Burkina Faso"])
def test_a_unit_named_after_the_short_form_of_its_parent_and_a_country(country):
    assert default_gazetteer().is_place(country)
    text = f"Filing: Quarvo Group Limited said Quarvo {country} was sold to Orvane Holdings for $35 million."
    assert f"Quarvo {country}" in organizations(text)


def test_a_body_described_as_a_company_stays_one_beside_its_project():
    text = "Quarvo Group set up a venture with NEOM, the Saudi development company, for the NEOM project."
    assert "NEOM" in organizations(text)


def test_a_partner_that_owned_a_business_together_with_the_writer_is_an_organization():
    text = "We sold our stake in Allvane, the TV distributor we owned together with Tellnor, last year."
    assert "Tellnor" in organizations(text, [(text.index("Tellnor"), text.index("Tellnor") + 7, "PERSON")])


def test_names_after_a_deal_verb_and_an_office_are_people_not_organizations():
    text = "The company, led by co-CEOs Lim Soo-jin and Park Min-ho, cut 1,000 jobs, Quarvo Group said."
    ner = [(text.index("Lim Soo-jin"), text.index("Lim Soo-jin") + 11, "PERSON")]
    assert organizations(text, ner) == {"Quarvo Group"}


@pytest.mark.parametrize(
    "name",
    ["Sociedad Química y Lumbra de Orvane", "Banco Central do Lumbria", "Industria de Diseño Orvane"],
)
def test_a_name_opened_by_a_romance_kind_word_keeps_its_connectors(name):
    text = f"Quarvo signed a venture with {name}, which owns the mine."
    found = organizations(text, ner_orgs(text, "Quarvo", name.split()[-2] + " " + name.split()[-1]))
    assert name in found


@pytest.mark.parametrize("kind", ["seed cooperative", "fuel distributor"])
def test_a_name_after_a_kind_of_business_is_an_organization(kind):
    text = f"Quarvo holds 50% of its venture with the French {kind} Lumagrain."
    start = text.index("Lumagrain")
    assert "Lumagrain" in organizations(text, [(start, start + 9, "PERSON")])


def test_a_name_described_as_the_companys_product_is_not_a_company():
    text = ("Quarvo Inc said revenue rose 20%. Revenue from Nimbus, the company's cloud database service, "
            "grew 24%. Velmora, a software company, was bought last year.")
    found = organizations(text, ner_orgs(text, "Quarvo Inc"))
    assert "Nimbus" not in found
    assert "Velmora" in found


def test_a_surname_before_family_is_the_family_not_a_company():
    text = ("Velorix Systemes reported revenue of EUR 6 billion. The company is controlled by the Velorix "
            "family through a holding company.")
    family = text.index("Velorix family")
    ner = [*ner_orgs(text, "Velorix Systemes"), (family, family + len("Velorix"), "ORG")]
    found = organizations(text, ner)
    assert found == {"Velorix Systemes"}


def test_two_names_the_model_read_apart_stay_apart_inside_a_longer_name_pattern():
    text = "The lender was formed by the merger of National Bank of Orvane and First Velmora Bank in 2017."
    found = organizations(text, ner_orgs(text, "National Bank of Orvane", "First Velmora Bank"))
    assert {"National Bank of Orvane", "First Velmora Bank"} <= found
    assert not any(" and " in name for name in found)


def test_a_name_described_as_the_groups_business_is_a_unit():
    text = "Orvane Group said Orvane Symphony, the group's telecoms software business, grew 9%."
    assert "Orvane Symphony" in organizations(text, ner_orgs(text, "Orvane Group"))


def test_a_lone_word_and_a_company_the_model_read_apart_are_one_name():
    text = "Revenue of the Renal and Vascular Company, Orvane's largest segment, rose. Orvane Group said."
    found = organizations(text, ner_orgs(text, "Renal", "Vascular Company", "Orvane Group"))
    assert "Renal and Vascular Company" in found
    assert not found & {"Renal", "Vascular Company"}


def test_a_company_named_alone_elsewhere_stays_apart_from_the_next():
    text = "Orvane and Velmora Company signed a pact. Orvane said it would invest."
    found = organizations(text, ner_orgs(text, "Orvane", "Velmora Company"))
    assert {"Orvane", "Velmora Company"} <= found


def test_a_name_opening_with_digits_is_an_organization_where_a_cue_says_so():
    text = "Orion Group bought 4Quill. Ana Ruiz, chief executive of 4Quill, joins Orion Group. 5G sales rose."
    found = organizations(text, ner_orgs(text, "Orion Group", "5G"))
    assert "4Quill" in found
    assert "5G" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a product word describing what the firm does, not what it is
        ("Orion Group said Quillsoft, the Oslo-headquartered product engineering firm, grew 20%.",
         "Quillsoft"),
        # a group's name as the label of "company" is the parent, not a tagline
        ("Peer Velmora Technologies, the Orvane Group company, reported revenue of $2 million.",
         "Orvane Group"),
    ],
)
def test_an_organization_named_beside_a_product_word_stays_one(text, name):
    assert name in organizations(text, ner_orgs(text, name))


def test_what_a_company_makes_stays_an_organization_where_the_article_calls_it_a_division():
    text = ("Orion Group, the maker of Lattice Estates, will buy Velmora. Lattice Estates, the division that "
            "sells its dearest wines, grew 9%.")
    assert "Lattice Estates" in organizations(text, ner_orgs(text, "Orion Group", "Lattice Estates"))
