"""Organizations read from their surroundings and kept consistent across the article: structural cues,
lists of organizations, titled people, datelines, products, segments and document-level merging. Every
sentence here is invented; each cue table row is run on its own example."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.org_cues import (
    ORGANIZATION_CUES,
    ORGANIZATION_LIST_CUES,
    PERSON_TITLE_EXAMPLES,
)
from pipelines.extraction.org_evidence import (
    country_units,
    cue_list_items,
    cue_name_spans,
    dateline_places,
    list_items,
    titled_people,
    titled_person,
)
from pipelines.extraction.org_merge import acronym_folds, same_name_folds, short_form_folds


def organizations(text: str, ner=()) -> set[str]:
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def tagged(text: str, label: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), label) for n in names]


# --- structural cues: the table, then the whole path --------------------------------------------


def _ids(rows) -> list[str]:
    return [example for _cue, example, _name in rows]


@pytest.mark.parametrize(("cue", "example", "name"), ORGANIZATION_CUES, ids=_ids(ORGANIZATION_CUES))
def test_each_organization_cue_finds_the_name_in_its_example(cue, example, name):
    assert name in {example[s:e] for s, e in cue_name_spans(example)} | {
        example[s:e].removeprefix("Rival ") for s, e in cue_name_spans(example)
    }
    assert cue.search(example)


@pytest.mark.parametrize(("cue", "example", "name"), ORGANIZATION_LIST_CUES, ids=_ids(ORGANIZATION_LIST_CUES))
def test_each_organization_list_cue_finds_the_item_in_its_example(cue, example, name):
    assert cue.search(example)
    assert name in {example[s:e] for s, e in cue_list_items(example)}


@pytest.mark.parametrize(
    ("cue", "example", "name"),
    ORGANIZATION_CUES + ORGANIZATION_LIST_CUES,
    ids=_ids(ORGANIZATION_CUES + ORGANIZATION_LIST_CUES),
)
def test_a_cue_makes_an_organization_the_model_missed(cue, example, name):
    assert name in organizations(example)


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
def test_a_cue_overrides_the_model_calling_a_company_a_place_or_person(label):
    text = "Velmora lifts its target. \"We grew,\" said Ana Ruiz, Chief Executive Officer of Velmora."
    ner = [(0, 7, label), (text.rindex("Velmora"), text.rindex("Velmora") + 7, label)]
    assert "Velmora" in organizations(text, ner)


def test_an_unfound_cue_leaves_ordinary_words_alone():
    assert cue_name_spans("Revenue rose 5% in the quarter and margins widened.") == []


def test_list_items_drop_a_kind_word_before_an_item():
    text = "Nordvik, Tellbridge Partners and Swedish defence group Saab"
    items = [text[s:e] for s, e in list_items(text, 0, len(text))]
    assert items == ["Nordvik", "Tellbridge Partners", "Saab"]


def test_listed_items_beat_the_longer_span_joining_them():
    text = "Its owners include the private equity firms Nordvik and Tellbridge Partners, which sold."
    found = organizations(text, tagged(text, "ORG", "Nordvik and Tellbridge Partners"))
    assert {"Nordvik", "Tellbridge Partners"} <= found
    assert "Nordvik and Tellbridge Partners" not in found


# --- people and places --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "person"), PERSON_TITLE_EXAMPLES)
def test_a_name_followed_by_a_title_is_a_person(text, person):
    start = text.index(person)
    assert titled_person(text, start, start + len(person))
    assert person not in organizations(text, tagged(text, "ORG", person))


def test_a_title_followed_by_a_name_belongs_to_that_name():
    text = "Quarvo Group, chief executive Ana Ruiz said on Monday."
    assert not titled_person(text, 0, len("Quarvo Group"))
    assert "Quarvo Group" in organizations(text, tagged(text, "ORG", "Quarvo Group"))


def test_a_titled_persons_surname_is_never_an_organization():
    text = "Pieter Lemmer, co-founder and chief executive of Quarvo Group, spoke. Later Lemmer said it grew."
    assert "Lemmer" in titled_people(text)
    later = text.rindex("Lemmer")
    assert "Lemmer" not in organizations(text, [(later, later + 6, "ORG")])


def test_a_dateline_place_is_not_an_organization_anywhere_in_the_article():
    text = "Quarvo posts growth\n\nLumbria, Westland - November 3, 2021. Quarvo was founded in Lumbria."
    assert [text[s:e] for s, e in dateline_places(text)] == ["Lumbria, Westland"]
    ner = [(m, m + 7, "ORG") for m in (text.index("Lumbria"), text.rindex("Lumbria"))]
    assert "Lumbria" not in organizations(text, ner + tagged(text, "ORG", "Quarvo"))


def test_a_place_after_based_in_is_not_an_organization():
    text = "Quarvo, based in Paso Verde, makes wine."
    assert "Paso Verde" not in organizations(text, tagged(text, "ORG", "Paso Verde"))


def test_an_offices_remit_is_not_an_organization():
    text = "Ana Ruiz, the Secretary of State for Science, Innovation and Technology, welcomed it."
    assert organizations(text, tagged(text, "ORG", "State for Science, Innovation")) == set()


def test_a_menu_word_is_noise_only_at_a_lines_start():
    text = "Quarvo will buy consumer lender Home Credit Velora from its parent."
    assert "Home Credit Velora" in organizations(text, tagged(text, "ORG", "Home Credit Velora"))


# --- products, business lines and chrome ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Quarvo Stores grew, helped by its Anvo private label range.", "Anvo"),
        ("Quarvo sells its Open Lattice technology to operators abroad.", "Open Lattice"),
        ("Lumora Quest, released in October, sold 2 million copies for Quarvo.", "Lumora Quest"),
        ("Quarvo reports three lines:\n- Private Lattice: EUR 488 million, +15.6%\n- Other: EUR 5 million",
         "Private Lattice"),
        ("Lattice Software and Services, the segment that sells tools, shrank at Quarvo.",
         "Lattice Software and Services"),
    ],
)
def test_products_and_business_lines_are_not_organizations(text, product):
    found = organizations(text, tagged(text, "ORG", product, "Quarvo"))
    assert product not in found
    assert "Quarvo" in found or "Quarvo Stores" in found


def test_a_list_line_labelled_with_a_company_ending_stays_an_organization():
    text = "Top holders:\n- Nordvik Holdings: 12%\n- Tellbridge Group: 9%"
    assert "Nordvik Holdings" in organizations(text, tagged(text, "ORG", "Nordvik Holdings"))


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("NEW HAVEN, Westland, May 31 (Harbor Briefs) - Quarvo said it closed the deal.", "(Harbor Briefs)"),
        ("ANALYSIS - Westland's chipmakers split as Quarvo grows", "ANALYSIS"),
    ],
)
def test_dateline_credits_and_section_labels_are_chrome(text, chrome):
    assert chrome in {text[s:e] for s, e in boilerplate_spans(text)}


def test_an_acronym_in_another_language_in_parentheses_is_an_alias():
    text = "It needs approval by the Financial Services Authority (OJK). OJK said it would decide soon."
    result = find_organizations(text, tagged(text, "ORG", "Financial Services Authority", "OJK"),
                                boilerplate_spans(text))
    assert [o.name for o in result.organizations] == ["Financial Services Authority"]
    assert "OJK" in result.organizations[0].aliases


# --- document-level consistency -----------------------------------------------------------------


def test_the_same_name_twice_is_one_organization():
    assert same_name_folds({"a": "Quarvo", "b": "Nordvik", "c": "Quarvo"}) == [("c", "a")]


@pytest.mark.parametrize(
    ("names", "folds"),
    [
        ({"s": "Samvo", "l": "Samvo Financial Group"}, [("s", "l")]),
        ({"s": "Quarvo", "l": "Quarvo Vineyards", "u": "Quarvo Americas"}, [("s", "l")]),  # a unit aside
        ({"s": "Tatra", "a": "Tatra Sons Group", "b": "Tatra Motors Holdings"}, []),  # two candidates
        ({"s": "Quarvo", "u": "Quarvo Cloud"}, []),  # a named unit is not the same organization
        ({"s": "Danavo", "l": "Bank Danavo"}, [("s", "l")]),  # a kind word before the name
    ],
)
def test_a_short_form_joins_the_one_longer_name_of_the_same_company(names, folds):
    assert short_form_folds(names) == folds


def test_a_gazetteer_organization_keeps_its_identity():
    assert short_form_folds({"s": "Quarvo", "l": "Quarvo Group"}, known={"s"}) == []


@pytest.mark.parametrize(
    ("names", "folds"),
    [
        ({"a": "SNV", "l": "Saudi National Velor"}, [("a", "l")]),
        ({"a": "M&Q", "l": "Marks & Quarvo"}, [("a", "l")]),
        ({"a": "SNV", "l": "Saudi National Velor", "m": "Some Nordic Venture"}, []),  # ambiguous
        ({"a": "SNV", "l": "Saudi Velor"}, []),  # the letters must be exactly the initials
    ],
)
def test_an_acronym_joins_the_one_name_it_spells(names, folds):
    assert acronym_folds(names) == folds


def test_short_forms_and_acronyms_fold_in_the_whole_path():
    text = ("Saudi National Velor and Samvo Financial Group merged in 2021. SNV reported record profit. "
            "Samvo shareholders got new shares.")
    ner = tagged(text, "ORG", "Saudi National Velor", "Samvo Financial Group", "SNV")
    ner.append((text.rindex("Samvo"), text.rindex("Samvo") + 5, "ORG"))
    found = {o.name: o for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
    assert set(found) == {"Saudi National Velor", "Samvo Financial Group"}
    assert "SNV" in found["Saudi National Velor"].aliases


# --- named units -------------------------------------------------------------------------------


def test_a_name_followed_by_a_country_names_its_unit_there():
    text = "Quarvo and Tellbridge merged. Quarvo Spain's revenue fell 2% while Tellbridge gained."
    found = organizations(text, tagged(text, "ORG", "Quarvo", "Tellbridge"))
    assert {"Quarvo", "Quarvo Spain", "Tellbridge"} <= found


def test_a_demonym_after_a_name_is_no_unit():
    assert country_units("Quarvo Taiwanese sales rose.", {"Quarvo"}, {"Taiwan", "Taiwanese"}) == []


def test_a_places_adjective_before_unit_is_not_an_organization():
    text = "Quarvo agreed to sell its Philippine unit to Tellbridge."
    assert "Philippine" not in organizations(text, tagged(text, "ORG", "Quarvo", "Tellbridge"))


def test_a_possessive_before_a_company_ending_stays_in_the_name():
    text = "Tellvo Wine was spun off from Foster's Group in 2011."
    found = organizations(text, tagged(text, "ORG", "Tellvo Wine", "Foster's Group"))
    assert "Foster's Group" in found
    assert "Foster" not in found


def test_a_possessive_before_another_name_still_names_a_unit_of_the_owner():
    text = "Quarvo's Lattice Group raised money."
    found = organizations(text, tagged(text, "ORG", "Quarvo's Lattice Group"))
    assert {"Quarvo", "Quarvo Lattice Group"} <= found


def test_a_programme_named_after_an_organization_leaves_it_an_organization():
    text = "Quarvo was backed by Y Lattice. The founders went through the Y Lattice accelerator programme."
    assert "Y Lattice" in organizations(text, tagged(text, "ORG", "Quarvo", "Y Lattice"))


def test_a_companys_tagline_is_not_an_organization():
    text = "Quarvo Inc., the Data Lattice company, today announced results."
    found = organizations(text, tagged(text, "ORG", "Quarvo Inc.", "Data Lattice"))
    assert "Data Lattice" not in found
    assert "Quarvo" in found


def test_a_sources_credit_closing_a_paragraph_is_chrome():
    text = "Revenue rose 9.9%. With inputs from agencies. Sources: Bourse Nova filing, company data"
    assert "Bourse Nova" not in organizations(text, tagged(text, "ORG", "Bourse Nova"))


def test_a_product_noun_describing_what_a_company_makes_leaves_it_a_company():
    text = "It rents processors to developers, among them Lumora AI, the Paris-based model builder."
    assert "Lumora AI" in organizations(text, tagged(text, "GPE", "Lumora AI"))


def test_a_dateline_naming_two_places_names_neither_as_an_organization():
    text = (
        "Quarvo to buy Tellbridge\n\nErlbach, Westland and Palo Verde, Ostland, August 2, 2020 - Quarvo said."
    )
    places = {p.strip() for s, e in dateline_places(text) for p in text[s:e].replace(" and ", ",").split(",")}
    assert {"Erlbach", "Palo Verde"} <= places
    assert "Erlbach" not in organizations(text, tagged(text, "ORG", "Erlbach", "Quarvo"))


def test_two_names_described_as_the_products_are_products():
    text = "Revenue from Lattice and Prismo, the products Quarvo groups as its platform, rose 40%."
    found = organizations(text, tagged(text, "ORG", "Lattice", "Prismo", "Quarvo"))
    assert "Quarvo" in found
    assert not {"Lattice", "Prismo"} & found


def test_a_list_the_model_read_as_one_name_is_split_at_its_commas():
    text = "Quarvo's other brands include Lumo, Arvik and Defra, the maker it bought in 2011."
    found = organizations(text, tagged(text, "ORG", "Lumo, Arvik and Defra"))
    assert "Lumo, Arvik" not in found and "Lumo, Arvik and Defra" not in found


def test_an_institution_keeps_the_commas_of_its_name():
    text = "Data must stay in the kingdom as required by the Energy, Space and Technology Commission."
    name = "Energy, Space and Technology Commission"
    assert name in organizations(text, tagged(text, "ORG", name))


def test_an_acronym_defined_for_a_lower_case_term_is_never_an_organization():
    text = "Quarvo expects earnings before interest and items (EBITM) to rise. Its EBITM margin grew."
    later = text.rindex("EBITM")
    found = organizations(text, [*tagged(text, "ORG", "Quarvo"), (later, later + 5, "ORG")])
    assert found == {"Quarvo"}


def test_a_titled_persons_surname_beats_a_gazetteer_company_of_that_name():
    text = "\"We grew,\" said Tim Ford, chief executive of Quarvo Wines. Ford added that margins rose."
    later = text.rindex("Ford")
    assert "Ford" not in {n.split()[0] for n in organizations(text, [(later, later + 4, "ORG")])}


@pytest.mark.parametrize("pronoun", ["It", "They", "This"])
def test_a_pronoun_before_a_cue_is_no_organization(pronoun):
    text = f"Hexa Networks grew. {pronoun} agreed to buy Heron Software Ltd for $80 million."
    assert pronoun not in organizations(text)
