"""Organizations: legal forms, short forms, credit lines, public bodies, facilities and names the model
calls people (invented names, one example per rule)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import boilerplate_spans, organization_key
from pipelines.extraction.entities.keys import display_name
from tests.unit.org_rows import found, spans


@pytest.mark.parametrize(
    ("written", "name"),
    [("Quarvo S.A", "Quarvo"), ("Quarvo S.A.", "Quarvo"), ("Tellbridge N.V", "Tellbridge"),
     ("Assicurazioni Lumbria SpA", "Assicurazioni Lumbria")],
)
def test_a_legal_form_written_with_dots_or_as_spa_is_no_part_of_the_name(written, name):
    assert display_name(written) == name
    assert organization_key(written) == organization_key(name)


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # kind words opening the full name drop from the short form
        ("Grupo Financiero Quarvo said profit rose. Quarvo also opened 40 branches.",
         "Grupo Financiero Quarvo", "Quarvo"),
        # an insurer's "Life Insurance" tail
        ("Tellbridge Life Insurance will buy the unit. Tellbridge Life said the price was fair.",
         "Tellbridge Life Insurance", "Tellbridge Life"),
        # an acronym opening the only name it opens
        ("QVL Agrícola reported a loss. QVL also runs farms in the south.", "QVL Agrícola", "QVL"),
    ],
)
def test_a_short_form_is_an_alias_of_the_full_name(text, long, short):
    at = text.rindex(short)  # the short form standing alone, after the full name
    orgs = found(text, [*spans(text, "ORG", long), (at, at + len(short), "ORG")])
    assert short not in orgs
    assert short in orgs[long]


def test_an_acronym_opening_two_names_stays_apart_from_both():
    text = "QVL Agrícola and QVL Energia reported results. QVL said demand held up."
    at = text.rindex("QVL")
    orgs = found(text, [*spans(text, "ORG", "QVL Agrícola", "QVL Energia"), (at, at + 3, "ORG")])
    assert "QVL" not in orgs.get("QVL Agrícola", [])


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Analyst: Dana Fehr, CFA   +1 (212) 555-0148", "Dana Fehr"),
        ("Disclosures: Brennick Securities seeks to do business with companies covered in its reports.",
         "Brennick Securities"),
        ("Disclaimer: QSX does not guarantee the accuracy of information from listed companies.", "QSX"),
    ],
)
def test_a_research_notes_or_filings_notice_line_is_chrome(line, name):
    text = f"Quarvo Systems reported revenue of $5 million.\n\n{line}\n"
    chrome = boilerplate_spans(text)
    start = text.index(name)
    assert any(s <= start < e for s, e in chrome)
    assert name not in found(text, spans(text, "ORG", "Quarvo Systems", name))


def test_an_acronym_opening_a_name_never_folds_a_company_written_with_its_legal_form():
    text = "QVL Data won the contract. QVL Corp owns half of QVL Data, QVL Corp said."
    at = text.index("QVL Corp")
    orgs = found(text, [*spans(text, "ORG", "QVL Data"), (at, at + len("QVL Corp"), "ORG")])
    assert "QVL" in orgs and "QVL Data" in orgs


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Quarvo runs the Shiroi Data Center Campus in Chiba, Quarvo said.", "Shiroi Data Center Campus"),
        ("Quarvo will expand the Matsue Data Center Park next year, Quarvo said.", "Matsue Data Center Park"),
        ("Quarvo opened a store in the Lumbria Mall in May, Quarvo said.", "Lumbria Mall"),
        ("Quarvo moved its office to Stock Exchange Road in Karachi, Quarvo said.", "Stock Exchange Road"),
        ("Quarvo is subject to the EU Market Abuse Regulation, Quarvo said.", "EU Market Abuse Regulation"),
    ],
)
def test_a_facility_or_a_rule_named_by_its_head_noun_is_not_an_organization(text, facility):
    orgs = found(text, spans(text, "ORG", "Quarvo", facility))
    assert not any(name in facility for name in orgs if name != "Quarvo")
    assert "Quarvo" in orgs


def test_a_body_named_for_market_regulation_is_still_an_organization():
    text = "Quarvo was fined by the State Administration for Market Regulation in May."
    name = "State Administration for Market Regulation"
    assert name in found(text, spans(text, "ORG", name))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Quarvo signed an agreement with Shimane Prefecture and the city of Matsue on the site.",
         "city of Matsue"),
        ("Quarvo signed a letter of intent with the municipality of Mäntsälä in May.",
         "municipality of Mäntsälä"),
        ("Quarvo holds 51 per cent alongside the government of South Lumbria.",
         "government of South Lumbria"),
    ],
)
def test_a_public_body_written_in_lower_case_as_a_party_is_an_organization(text, body):
    assert body in found(text)


def test_a_city_named_as_a_place_is_not_a_public_body():
    text = "Quarvo opened a plant in the city of Matsue in May, Quarvo said."
    assert "city of Matsue" not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a ministry's remit of two-word items
        ("Quarvo signed with the Ministry of Planning, Economic Development and International Cooperation.",
         "Ministry of Planning, Economic Development and International Cooperation"),
        # a federation, in French
        ("In France, the Fédération Lumbrienne de Tennis extended its contract with Quarvo.",
         "Fédération Lumbrienne de Tennis"),
        # a plural's possessive opens the name
        ("The round drew Women's World Lumbria Capital Partners and Quarvo Ventures.",
         "Women's World Lumbria Capital Partners"),
        # one activity word after "and" ends the name
        ("Quarvo awarded the contract to Tellbridge Engineering and Contracting last year.",
         "Tellbridge Engineering and Contracting"),
    ],
)
def test_a_long_name_is_one_organization(text, name):
    assert name in found(text, spans(text, "ORG", name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company word ends the name
        ("The newest of them, Lumbria Safa Hospital, was acquired by Quarvo.", "Lumbria Safa Hospital"),
        ("Separately, Tellbridge Property said it had formed a joint venture.", "Tellbridge Property"),
        # only a business is bought ("purchase of X by Y")
        ("The purchase of Ruiz Agro Lumbria by Quarvo was completed in November.", "Ruiz Agro Lumbria"),
        # a headline's moving profit
        ("Dana Medicus profit jumps 39pc as hospitals move to the cloud\n\nIt grew.", "Dana Medicus"),
        # the name's own verb takes "its"
        ("Dana Medicus also renewed its agreement with a hospital group.", "Dana Medicus"),
    ],
)
def test_a_name_the_model_calls_a_person_is_an_organization_by_its_context(text, name):
    assert name in found(text, spans(text, "PERSON", name))


def test_a_person_who_speaks_of_its_revenue_stays_a_person():
    text = "Dana Ruiz said its revenue rose 5% in the year."
    assert "Dana Ruiz" not in found(text, spans(text, "PERSON", "Dana Ruiz"))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Quarvo said revenue from the satellite-based Lumo Box service kept shrinking.", "Lumo Box"),
        ("Quarvo operates the ThreeLumo streaming service and a channel.", "ThreeLumo"),
        ("The bank grew. Its QIKO mobile application had 8 million users, Quarvo Bank said.", "QIKO"),
        ("Quarvo has built its Cosmic AI platform into its cloud products.", "Cosmic AI"),
    ],
)
def test_a_name_described_as_a_product_is_not_an_organization(text, product):
    assert product not in found(text, spans(text, "ORG", product))


def test_an_app_the_article_names_as_a_company_stays_one():
    text = "Lumbria Group runs the Atomo buy-now-pay-later app. Atomo and Quarvo Bank formed a partnership."
    assert "Atomo" in found(text, spans(text, "ORG", "Lumbria Group", "Atomo"))


@pytest.mark.parametrize(
    ("notice", "publisher"),
    [
        ("The Lumbria Ledger does not provide financial advice.", "Lumbria Ledger"),
        ("The views above are those of individual analysts and not of Lumbria Street Daily.",
         "Lumbria Street Daily"),
        ("Translated from the Spanish original by the Diario Lumbriano de Negocios English desk.",
         "Diario Lumbriano de Negocios"),
    ],
)
def test_a_publishers_own_notice_names_no_organization(notice, publisher):
    text = f"Quarvo Systems reported revenue of $5 million.\n\n{notice}\n"
    assert publisher not in found(text, spans(text, "ORG", "Quarvo Systems", publisher))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lumbria Pharmaceutical said its drug won approval in May.", "Lumbria Pharmaceutical"),
        ("Shares listed on the Bolsa Lumbriana de Valores rose 2% in May.", "Bolsa Lumbriana de Valores"),
    ],
)
def test_a_kind_word_makes_a_name_the_model_calls_a_person_an_organization(text, name):
    assert name in found(text, spans(text, "PERSON", name))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Separately, Quarvo Systems said it had signed a deal.", "Separately"),
        ("Furthermore, Quarvo Systems said it had signed a deal.", "Furthermore"),
        ("Quarvo Systems signed a memorandum with Saudi Arabian AI company Humara in May.",
         "Saudi Arabian AI"),
    ],
)
def test_a_sentence_adverb_or_a_countrys_field_is_not_an_organization(text, word):
    orgs = found(text, spans(text, "ORG", "Quarvo Systems", word))
    assert word not in orgs
    assert "Quarvo Systems" in orgs


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        # a role noun before the name it describes
        ("Subsidiary PT Velorix Manufacturing said its sales rose.", "Subsidiary PT Velorix Manufacturing",
         "Velorix Manufacturing"),
        ("Brokerage Quandra Broking expects margins of 13%.", "Brokerage Quandra Broking", "Quandra Broking"),
        # a preposition opening the sentence
        ("Excluding Quandra Logistics, revenue came to 4.4 billion won.", "Excluding Quandra Logistics",
         "Quandra Logistics"),
        # the news day after "On"
        ("On Tuesday Quandra Bank Kenya and the ministry signed a pact.", "Tuesday Quandra Bank Kenya",
         "Quandra Bank Kenya"),
        ("It grew. Separately, on Wednesday Quandra Health signed a pact.", "Wednesday Quandra Health",
         "Quandra Health"),
    ],
)
def test_a_word_opening_the_sentence_before_a_name_is_no_part_of_it(text, tagged, name):
    orgs = found(text, spans(text, "ORG", tagged))
    assert name in orgs
    assert tagged not in orgs


@pytest.mark.parametrize(
    ("text", "merged", "first", "second"),
    [
        ("The round was led by Nordvik Fund, with Fidelia and Long Lumbria Ventures also taking part.",
         "Fidelia and Long Lumbria Ventures", "Fidelia", "Long Lumbria Ventures"),
        ("Neoleap formed a partnership with payments company Geidra and Alinmo Bank in May.",
         "Geidra and Alinmo Bank", "Geidra", "Alinmo Bank"),
    ],
)
def test_a_lone_word_then_a_backers_or_banks_name_are_two_organizations(text, merged, first, second):
    orgs = found(text, spans(text, "ORG", merged))
    assert first in orgs and second in orgs and merged not in orgs


def test_a_company_word_after_and_keeps_one_name():
    text = "Shoppers at Lumbra and Spencer Group spent more, the retailer said."
    assert "Lumbra and Spencer Group" in found(text, spans(text, "ORG", "Lumbra and Spencer Group"))


def test_a_deal_heading_names_the_organization_after_of():
    text = "Acquisition of Dreamlike Semiconductor\nQuarvo Systems agreed to acquire Dreamlike Semiconductor."
    orgs = found(text, spans(text, "ORG", "Acquisition of Dreamlike Semiconductor", "Quarvo Systems"))
    assert "Acquisition of Dreamlike Semiconductor" not in orgs
    assert "Dreamlike Semiconductor" in orgs


def test_a_bank_of_the_place_is_one_name():
    text = "Bank of the Lumbrian Islands reported net income of PHP 51.7 billion for 2023."
    assert "Bank of the Lumbrian Islands" in found(text)


def test_a_tagline_with_an_adjective_is_not_a_second_company():
    text = "Quarvo, Inc. (NYSE: QVO), the leading Lattice Content Management company, reported results."
    orgs = found(text, spans(text, "ORG", "Quarvo", "Lattice Content Management"))
    assert "Lattice Content Management" not in orgs and "Quarvo" in orgs


def test_the_words_before_index_name_the_index_not_an_organization():
    text = "The Lumbria Containerized Freight Index fell for a fifth week, Quarvo Systems said."
    orgs = found(text, spans(text, "ORG", "Lumbria Containerized Freight", "Quarvo Systems"))
    assert "Lumbria Containerized Freight" not in orgs and "Quarvo Systems" in orgs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Quarvo Agro said a dry spell in the west of Bahira hurt margins. It bought farms in Bahira, "
         "Lumbra and Piaura.", "Bahira"),
        ("Quarvo Agro also runs sites in Leverkus, Dormagen and Krefeld-Uerdam.", "Krefeld-Uerdam"),
        ("Quarvo Labs will build a factory in the Illawarra next year.", "Illawarra"),
    ],
)
def test_a_name_written_only_where_a_place_is_is_not_an_organization(text, place):
    assert place not in found(text, spans(text, "ORG", place))


def test_an_organization_invested_in_is_not_a_place():
    text = "Quarvo Labs invested in Tellvora last year and holds a stake in Tellvora today."
    assert "Tellvora" in found(text, spans(text, "ORG", "Tellvora"))


def test_a_league_played_in_is_an_organization():
    text = "Broadcast rights to matches in the Lumbrian Premier League went to Quarvo Media."
    assert "Lumbrian Premier League" in found(text, spans(text, "ORG", "Lumbrian Premier League"))
