"""Surfaces a recognizer tags as organizations that belong to another class, decided by the words that
end or open them, never by a name: report sections, offices, product tiers, facilities and assets, floors
and buildings, business measures, time zones, registration labels, project stages and multi-country
regions. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.filtering import common_word
from pipelines.extraction.entities.plausible import plausible
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import (
    NOT_ORGANIZATION_ENDINGS,
    NOT_ORGANIZATION_FORMS,
    NOT_ORGANIZATION_OPENINGS,
    ORGANIZATION_CUES,
)

_ORG_TAGGED = "ORG"


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), _ORG_TAGGED) for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(
    ("kind", "ending", "example", "surface"),
    NOT_ORGANIZATION_ENDINGS,
    ids=[f"{kind}: {surface}" for kind, _e, _x, surface in NOT_ORGANIZATION_ENDINGS],
)
def test_a_surface_ending_in_another_class_is_not_an_organization(kind, ending, example, surface):
    assert ending.search(surface)
    assert not plausible(surface, default_gazetteer(), set())
    assert surface not in organizations(example, surface)


_NEW_FORMS = [row for row in NOT_ORGANIZATION_FORMS if row[2] in {"CET", "CIN", "Q&A", "Phase 2", "DACH"}]


@pytest.mark.parametrize(("form", "example", "surface"), _NEW_FORMS, ids=[row[2] for row in _NEW_FORMS])
def test_time_zones_labels_sections_stages_and_regions_are_not_organizations(form, example, surface):
    assert form.fullmatch(surface)
    assert not plausible(surface, default_gazetteer(), set())
    assert surface not in organizations(example, surface)


@pytest.mark.parametrize(
    "surface", ["Edited Transcript", "Co-Founder and Group", "Non-GAAP Financial", "Unaudited Results"]
)
def test_a_surface_opened_by_an_editors_note_or_an_office_is_not_an_organization(surface):
    assert NOT_ORGANIZATION_OPENINGS.match(surface)
    assert not plausible(surface, default_gazetteer(), set())


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Battery Smart raised $65 million from Kestrel Ventures.", "Battery Smart"),
        ("Velorix Payments Group raised $10 million.", "Velorix Payments Group"),
        ("Gold Fields Limited said output rose.", "Gold Fields Limited"),
        ("Capital One said deposits rose.", "Capital One"),
    ],
)
def test_companies_near_the_classes_stay_organizations(text, company):
    assert plausible(company, default_gazetteer(), set())


@pytest.mark.parametrize("surface", ["Middle East & Africa", "Europe and Asia", "Latin America & Asia"])
def test_regions_joined_into_one_segment_are_not_an_organization(surface):
    assert not plausible(surface, default_gazetteer(), set())


@pytest.mark.parametrize("surface", ["Guatemalan", "Brazilian"])
def test_a_peoples_adjective_alone_is_not_an_organization(surface):
    assert not plausible(surface, default_gazetteer(), set())


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dana Okafor, group chief financial officer, said cash conversion held.", "Dana Okafor"),
        ("Ana Núñez, an analyst at Quarvo Securities, said volumes fell.", "Ana Núñez"),
    ],
)
def test_a_name_followed_by_a_scoped_title_or_an_analyst_role_is_a_person(text, person):
    assert person not in organizations(text, person)


def test_a_payments_company_named_pay_stays_an_organization():
    assert plausible("Kestrel Pay", default_gazetteer(), set())


_KIND_BEFORE = [row for row in ORGANIZATION_CUES if row[1].startswith("Glass and chemicals producer")]


@pytest.mark.parametrize(("cue", "example", "name"), _KIND_BEFORE, ids=[row[2] for row in _KIND_BEFORE])
def test_a_kind_of_business_before_a_subject_names_an_organization(cue, example, name):
    assert name in {m.group("name") for m in cue.finditer(example)}
    assert name in organizations(example)


@pytest.mark.parametrize(
    "text",
    [
        "The group CEO Ana Ruiz said margins held.",
        "The company Chairman Tom Allen said the dividend rises.",
        "The lender on Thursday reported a rise in profit.",
        "The retailer Friday said sales rose.",
    ],
)
def test_a_title_or_a_day_after_a_kind_of_business_is_no_name(text):
    assert not [m.group("name") for cue, _e, _n in _KIND_BEFORE for m in cue.finditer(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Glass and chemicals producer Quarvo on Thursday reported a fall in profit.", "Quarvo"),
        ("Payments firm Tellbridge said volumes doubled.", "Tellbridge"),
    ],
)
def test_a_name_the_model_missed_after_a_kind_of_business_is_found(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize("surface", ["Kestrel New Port", "Lumbria Airport"])
def test_a_port_or_an_airport_is_a_facility_not_an_organization(surface):
    assert not plausible(surface, default_gazetteer(), set())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Bankası lent the money, the company said.", "Kestrel Bankası"),
        ("Dom Maklerski Kestrel raised its target price.", "Dom Maklerski Kestrel"),
        ("Analyst Ana Ruiz of Kestrel Valores said the quarter was clean.", "Kestrel Valores"),
        ("It bought the Italian forwarder Kestrel Spedizioni in 2022.", "Kestrel Spedizioni"),
        ("Transportes Kestrel runs the new distribution centre.", "Transportes Kestrel"),
    ],
)
def test_a_name_holding_a_foreign_company_word_is_an_organization_not_a_person(text, name):
    ner = [(text.index(name), text.index(name) + len(name), "PERSON")]
    assert name in {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def test_a_foreign_company_word_alone_is_no_organization():
    text = "The unit, Nieruchomości, was sold."
    ner = [(text.index("Nieruchomości"), text.index("Nieruchomości") + len("Nieruchomości"), "PERSON")]
    found = {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
    assert "Nieruchomości" not in found


@pytest.mark.parametrize(
    ("text", "word", "common"),
    [
        ("Foundry revenue rose. The foundry business of Velorix Systems grew.", "Foundry", True),
        ("Corporate\nThe corporate segment grew.", "Corporate", True),
        ("Quarvo said revenue rose.", "Quarvo", False),
        ("EMEA sales of emea rose.", "EMEA", False),
    ],
)
def test_a_one_word_name_the_article_also_writes_in_lower_case_is_a_common_word(text, word, common):
    assert common_word(text, word) is common


def test_a_common_word_capitalised_by_its_position_is_not_an_organization():
    text = "Foundry revenue rose 5%. The foundry business of Velorix Systems grew."
    assert "Foundry" not in organizations(text, "Foundry", "Velorix Systems")


@pytest.mark.parametrize(
    ("text", "caller", "firm"),
    [
        ("Operator: The next question is from Ana Ruiz from Quarvo Bank.", "Ana Ruiz", "Quarvo Bank"),
        ("Operator: Next question comes from the line of Tom Allen with Brennick.", "Tom Allen", "Brennick"),
    ],
)
def test_a_caller_an_operator_introduces_is_a_person_and_the_firm_after_stays(text, caller, firm):
    found = organizations(text, caller, firm)
    assert caller not in found
    assert firm in found


def test_a_firms_possessive_after_the_operators_words_keeps_the_firm():
    text = "Operator: The next question is from Quarvo's Ana Ruiz."
    assert "Quarvo" in organizations(text, "Quarvo")


@pytest.mark.parametrize("surface", ["Ordinary General Assembly", "Extraordinary General Meeting"])
def test_a_shareholders_meeting_is_not_an_organization(surface):
    assert not plausible(surface, default_gazetteer(), set())
