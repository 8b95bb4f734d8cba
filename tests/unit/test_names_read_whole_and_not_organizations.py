"""Organizations and people: names read whole whatever their layout (a wire dateline glued to the name,
honorifics, Arabic chains of descent, combining accents), and what is never an organization (invented
names, one example per rule)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.org_cues import PRODUCT_LIST_CUES
from pipelines.extraction.org_merge import same_name_folds
from pipelines.extraction.people import find_people


def found(text: str, ner=()) -> dict[str, list[str]]:
    result = find_organizations(text, ner, boilerplate_spans(text))
    return {o.name: list(o.aliases) for o in result.organizations}


def spans(text: str, label: str, *names: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), label) for name in names for m in re.finditer(re.escape(name), text)]


def people_of(text: str, ner: list[tuple[int, int, str]]) -> dict:
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("NEW YORK--Quarvo Ltd. (Nasdaq: QRV) today announced it will buy Tellbridge.",
         "NEW YORK--Quarvo Ltd.", "Quarvo"),
        ("BURBANK, Calif.--The Quarvo Company today reported results.",
         "Calif.--The Quarvo Company", "Quarvo"),
    ],
)
def test_a_wire_dateline_glued_to_the_name_by_a_double_dash_is_no_part_of_it(text, model_span, name):
    names = found(text, spans(text, "ORG", model_span))
    assert any(n.startswith(name) for n in names)
    assert not any("--" in n for n in names)


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ('"We grew," said Dame Ada Udensi, the group managing director of Quarvo Bank.',
         "Dame Ada Udensi", "Ada Udensi"),
        ("Mr Calabria said Quarvo Energy would cut costs.", "Mr Calabria", None),
        ("The group's founder, Tan Sri Azman Halim, attended the Quarvo Bank briefing.",
         "Tan Sri Azman Halim", "Azman Halim"),
    ],
)
def test_a_name_after_an_honorific_is_a_person_never_an_organization(text, model_span, person):
    ner = spans(text, "ORG", model_span) + spans(text, "ORG", "Quarvo Bank", "Quarvo Energy")
    assert model_span not in found(text, ner)
    if person:
        person_ner = [s for s in ner if text[s[0] : s[1]] != model_span] + spans(text, "PERSON", model_span)
        assert person in people_of(text, person_ner)


def test_an_arabic_chain_of_descent_is_one_name_with_its_title():
    text = ("Sheikh Bandar bin Khalid bin Saoud Al Nahar, governor of the Quarvo Central Bank, said it would "
            "help. Chairman Sheikh Jassim bin Hamad bin Jassim bin Jaber Al Nahar said growth would hold.")
    people = people_of(text, spans(text, "PERSON", "Bandar bin Khalid bin Saoud", "Jassim bin Hamad"))
    assert people["Bandar bin Khalid bin Saoud Al Nahar"].title == "governor"
    assert people["Jassim bin Hamad bin Jassim bin Jaber Al Nahar"].title == "Chairman"
    assert not any(name in people for name in ("Al Nahar", "Bandar bin Khalid bin Saoud", "Jassim bin Hamad"))


def test_a_name_with_a_combining_accent_is_not_cut_at_the_accent():
    """ "Ìfẹ́olúwa" writes its "ẹ́" as a letter and a combining acute (no precomposed form exists)."""
    name = "I\u0300fe\u0323\u0301olu\u0301wa Bakare"
    text = f"{name}, chief financial officer of Quarvo Securities, said the profit was flattered."
    people = people_of(text, spans(text, "PERSON", name) + spans(text, "ORG", "Quarvo Securities"))
    assert name in people
    assert people[name].title == "chief financial officer"


@pytest.mark.parametrize(
    ("text", "model_person"),
    [
        # a company word of another language: no person's name holds it
        ("Comerc grew after Vibra Energia bought a stake, Quarvo Bank said.", "Vibra Energia"),
        ("Permodalan Nasional Madani lent more, Quarvo Bank said.", "Permodalan Nasional Madani"),
        # storms, a form's number
        ("Quarvo Bank lost sales to Hurricanes Helene and Milton.", "Hurricanes Helene"),
        ("Signed for Quarvo Bank, Membership No. 1234.", "Membership No"),
        # a place's adjective, a name holding a place of two words
        ("Quarvo Bank said its Sri Lankan subsidiaries grew.", "Sri Lankan"),
        ("It signed with the agency Guidance Tamil Nadu, Quarvo Bank said.", "Guidance Tamil Nadu"),
        # a name standing only where places stand
        ("Quarvo Bank opened a branch in Lumbria Grande last year.", "Lumbria Grande"),
        # a name never runs across a line break
        ("Participants:\nDana Osei - Investor\nAna Ruiz - Analyst, Quarvo Bank", "Investor\nAna Ruiz"),
    ],
)
def test_names_the_model_calls_people_that_are_companies_places_storms_or_form_fields(text, model_person):
    people = people_of(text, spans(text, "PERSON", model_person) + spans(text, "ORG", "Quarvo Bank"))
    assert model_person not in people


def test_a_calls_participant_lines_give_each_name_its_own_title_and_spaced_initials_are_read():
    text = ("Corporate participants:\nAna Ruiz - Chairman\nDana Osei - Chief Executive Officer, Quarvo Tech\n"
            "M P Vijay Kumar - Executive Director and Chief Financial Officer\n"
            "Lena Moro - Investor Relations\n\n"
            "Ana Ruiz opened the call for Quarvo Tech.")
    people = people_of(text, spans(text, "PERSON", "Ana Ruiz", "Dana Osei", "Lena Moro")
                       + spans(text, "ORG", "Quarvo Tech"))
    assert people["Ana Ruiz"].title == "Chairman"
    assert people["Dana Osei"].title == "Chief Executive Officer"
    assert people["M P Vijay Kumar"].title == "Executive Director and Chief Financial Officer"
    assert people["Lena Moro"].title is None  # the title ending the line above is not hers


@pytest.mark.parametrize(
    ("text", "model_person", "organization"),
    [
        # a company word of another language makes the model's "person" a company, its short form too
        ("Vibra Energia raised its stake. Vibra said profit rose 31%.", "Vibra Energia", "Vibra Energia"),
        ("Polska Grupa Energetyczna bought half of the wind farm.", "Polska Grupa Energetyczna",
         "Polska Grupa Energetyczna"),
        # a span a cue describes as a company lends no person its words: "Quarvo" stays a company
        ("Quarvo reported sales of $3 billion. Quarvo Superlink, the broadband unit, grew 9%.",
         "Quarvo Superlink", "Quarvo"),
    ],
)
def test_a_name_the_model_calls_a_person_is_a_company_when_its_words_or_a_cue_say_so(
    text, model_person, organization
):
    orgs = found(text, spans(text, "PERSON", model_person) + spans(text, "ORG", "Quarvo"))
    assert organization in orgs
    assert model_person not in people_of(text, spans(text, "PERSON", model_person))


def test_the_short_form_of_a_company_named_with_a_word_of_another_language_is_the_same_company():
    text = "Vibra Energia raised its stake. Vibra said profit rose 31%."
    orgs = found(text, spans(text, "ORG", "Vibra Energia", "Vibra"))
    assert list(orgs) == ["Vibra Energia"]
    assert "Vibra" in orgs["Vibra Energia"]


@pytest.mark.parametrize(
    ("cue", "text", "product"), PRODUCT_LIST_CUES, ids=[row[1] for row in PRODUCT_LIST_CUES]
)
def test_each_brand_list_cue_makes_its_items_products_not_organizations(cue, text, product):
    assert cue.search(text)
    orgs = found(text, spans(text, "ORG", "Velorix Systems", "Lumora", "Tellvo"))
    assert product not in orgs
    assert "Velorix Systems" in orgs


def test_a_brand_that_opens_a_longer_name_in_the_article_stays_the_company():
    text = "Quarvo Foods said its Quarvo and Tellvo brands grew. Quarvo opened 40 stores."
    orgs = found(text, spans(text, "ORG", "Quarvo Foods", "Quarvo", "Tellvo"))
    assert "Quarvo Foods" in orgs
    assert "Tellvo" not in orgs


def test_a_newsletters_masthead_note_names_no_organization_and_no_person():
    text = ("Quarvo raised $20 million.\n\nThe Fintech Letter is written by Ana Ruiz and Dana Osei. Reply "
            "to this email with tips.")
    ner = spans(text, "ORG", "Quarvo", "The Fintech Letter", "Ana Ruiz")
    assert set(found(text, ner)) == {"Quarvo"}
    assert "Dana Osei" not in people_of(text, ner + spans(text, "PERSON", "Dana Osei"))


def test_a_country_in_parentheses_after_a_name_names_the_unit_there_beside_its_parent():
    text = ("Quarvo Bank Plc said profit rose. Outside Lumbria, Quarvo Bank (Ghana) grew, while the unit "
            "Quarvo Bank (UK) Limited returned a profit. Quarvo Bank said it would expand.")
    orgs = found(text, spans(text, "ORG", "Quarvo Bank Plc"))
    # the parent is displayed without its registered form ("Plc", as "Ltd"): one record, not two
    assert {"Quarvo Bank", "Quarvo Bank (Ghana)", "Quarvo Bank (UK)"} <= set(orgs)
    assert "Quarvo Bank Plc" not in orgs


def test_a_list_lines_label_with_a_country_in_parentheses_names_no_unit():
    text = "By business:\n- Quarvo (Australia): revenue of R$ 187 million\n\nQuarvo builds city buses."
    orgs = found(text, spans(text, "ORG", "Quarvo"))
    assert "Quarvo (Australia)" not in orgs


def test_a_public_bodys_remit_joined_by_and_stays_one_name():
    text = "It signed with Lumbria Land and Housing Corporation and Quarvo University in Incheon."
    orgs = found(text, spans(text, "ORG", "Lumbria Land and Housing Corporation", "Quarvo University"))
    assert any(n.startswith("Lumbria Land and Housing") for n in orgs)
    assert "Housing Corporation" not in orgs and "Lumbria Land" not in orgs


@pytest.mark.parametrize("qualifier", ["Former", "Interim", "Group", "Equity"])
def test_a_word_qualifying_an_officers_title_is_no_organization(qualifier):
    for title in ("chief executive", "analyst"):
        text = f"{qualifier} {title} Ana Ruiz said Quarvo would grow."
        assert qualifier not in found(text, spans(text, "ORG", "Quarvo"))


def test_a_name_with_lower_case_words_is_read_whole_where_its_acronym_spells_it():
    text = ("Quarvo was chosen by the Direction générale des Impôts lumbriens (DGIL) to move its tax "
            "applications. Quarvo said the DGIL deal was its largest.")
    orgs = found(text, spans(text, "ORG", "Quarvo", "Direction"))
    assert "Direction générale des Impôts lumbriens" in orgs
    assert "DGIL" in orgs["Direction générale des Impôts lumbriens"]
    assert "Direction" not in orgs


def test_a_newsletters_footer_and_a_buildings_name_are_no_organizations():
    text = ("Quarvo raised $20 million.\nThe Manager\nLumbria Stock Exchange Limited\n"
            "Stock Exchange Building, Lumbria\n\n"
            "You are receiving this because you subscribed. Unsubscribe | Manage preferences")
    orgs = found(text, spans(text, "ORG", "Quarvo", "Manage", "Stock Exchange"))
    assert "Manage" not in orgs and "Stock Exchange" not in orgs
    assert "Quarvo" in orgs


@pytest.mark.parametrize(
    "text",
    ["Annual recurring revenue (ARR) rose 20% at Quarvo.",
     "Earnings before interest and taxes (EBIT) fell at Quarvo.",
     "American depositary shares (ADS) of Quarvo rose."],
)
def test_a_term_capitalised_only_at_a_sentences_start_is_no_name_its_acronym_spells(text):
    assert set(found(text, spans(text, "ORG", "Quarvo"))) == {"Quarvo"}


def test_an_analysts_field_and_an_honorary_office_are_part_of_the_title():
    text = ("Ana Ruiz, a banking analyst at Lumbria Securities, said profit rose. Dana Osei, chairman "
            "emeritus of Quarvo Bank, attended.")
    people = people_of(text, spans(text, "ORG", "Lumbria Securities", "Quarvo Bank"))
    assert people["Ana Ruiz"].title == "banking analyst"
    assert people["Dana Osei"].title == "chairman emeritus"


@pytest.mark.parametrize(
    ("one", "other"), [("OpenText", "Open Text"), ("Coca-Cola Quarvo", "Coca Cola Quarvo")]
)
def test_a_name_spaced_hyphenated_or_capitalised_two_ways_is_one_organization(one, other):
    assert same_name_folds({"a": one, "b": "Nordvik", "c": other}) == [("c", "a")]
    text = f"{other} Corp. said revenue fell. {one} will cut 1,200 jobs."
    assert len(found(text, spans(text, "ORG", f"{other} Corp.", one))) == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ana Ruiz, executive chairman of the board of Quarvo Bank, said it grew.",
         "executive chairman of the board"),
        ("Ana Ruiz, Board chairman of Quarvo Bank, said it grew.", "Board chairman"),
        ("Ana Ruiz, the incoming chief executive of Quarvo Bank, said it grew.", "incoming chief executive"),
        # the board's full name stays as the scope read before
        ("Ana Ruiz, chairman of the Board of Directors of Quarvo Bank, said it grew.",
         "chairman of the Board of Directors"),
    ],
)
def test_a_chairs_board_and_an_incoming_officers_state_stay_in_the_title(text, title):
    people = people_of(text, spans(text, "PERSON", "Ana Ruiz") + spans(text, "ORG", "Quarvo Bank"))
    assert people["Ana Ruiz"].title == title


def test_a_wires_closing_credit_names_a_writer_not_a_person_of_the_story():
    text = "Quarvo Bank shares rose 1.2%.\n\n-- With a report from Ana Q. Ruiz"
    assert "Ana Q. Ruiz" not in people_of(text, spans(text, "PERSON", "Ana Q. Ruiz"))


def test_two_offices_joined_by_an_ampersand_are_one_title():
    text = 'Commenting on the results, Mr. Ana Ruiz, Managing Director & CEO, said: "Quarvo Bank grew."'
    people = people_of(text, spans(text, "PERSON", "Ana Ruiz") + spans(text, "ORG", "Quarvo Bank"))
    assert people["Ana Ruiz"].title == "Managing Director & CEO"


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("Quarvo Bank's Chairman Emeritus Ana Ruiz said the bank would grow.",
         "Emeritus Ana Ruiz", "Ana Ruiz"),
        ("Quarvo Bank's Executive Chairperson Ana Ruiz said the bank would grow.",
         "Chairperson Ana Ruiz", "Ana Ruiz"),
        ("Profit rose, Quarvo Ports managing director Captain Ana Ruiz said.",
         "Captain Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_an_office_or_rank_the_model_tags_with_a_name_is_no_part_of_it(text, model_span, person):
    ner = spans(text, "PERSON", model_span) + spans(text, "ORG", "Quarvo Bank", "Quarvo Ports")
    people = people_of(text, ner)
    assert person in people and model_span not in people
