"""People, titles and organizations on small self-written texts (NER spans given by hand)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import TITLE, find_people


def person_spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    """PERSON spans for every occurrence of each name, as the NER model would give them."""
    return [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(re.escape(name), text)]


def people_of(text: str, *names: str) -> dict:
    ner = person_spans(text, *names)
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


def test_name_comma_title_of_org():
    people = people_of("Mei Chen, chairman of the Bank of Ningxia, said loans grew.", "Mei Chen")
    assert people["Mei Chen"].title == "chairman"
    assert people["Mei Chen"].organization_name == "Bank of Ningxia"


def test_org_title_name_without_ner():
    people = people_of("Tencent CEO Pony Ma spoke first, then HSBC's chief executive Noel Quinn answered.")
    assert people["Pony Ma"].title == "CEO" and people["Pony Ma"].organization_name == "Tencent"
    assert people["Noel Quinn"].title == "chief executive"
    assert people["Noel Quinn"].organization_name == "HSBC"


def test_multiword_org_before_title_is_not_part_of_title():
    people = people_of("Alibaba Group Chief Technology Officer Jeff Zhang signed it.", "Jeff Zhang")
    assert people["Jeff Zhang"].title == "Chief Technology Officer"
    assert people["Jeff Zhang"].organization_name == "Alibaba Group"


def test_possessive_title_and_unit():
    text = (
        "Robin Li, Baidu's chairman and chief executive officer, spoke. "
        "Ann Ko, chief executive of Baidu's consumer business, agreed."
    )
    people = people_of(text, "Robin Li", "Ann Ko")
    assert people["Robin Li"].title == "chairman and chief executive officer"
    assert people["Robin Li"].organization_name == "Baidu"
    assert people["Ann Ko"].title == "chief executive of the consumer business"


def test_title_without_org_takes_the_company_in_context():
    text = "Lumen Robotics Inc reported a loss. Chief Executive Officer Dana Park said demand was strong."
    people = people_of(text)
    assert people["Dana Park"].title == "Chief Executive Officer"
    assert people["Dana Park"].organization_name == "Lumen Robotics"


def test_surname_mentions_join_the_full_name():
    text = "Ivo Brandt, president of Kestrel Bank, spoke. Brandt said more. Mr Brandt left."
    people = people_of(text, "Ivo Brandt", "Brandt")
    assert set(people) == {"Ivo Brandt"}
    assert [m.text for m in people["Ivo Brandt"].mentions] == ["Ivo Brandt", "Brandt", "Brandt"]


def test_authors_and_photo_credits_are_excluded():
    text = (
        "By Jane Roe\nKestrel Bank grew. Tom Fry, head of Kestrel Bank, was pleased.\n"
        "Photo: Ray Poe\nJane Roe is a banking reporter. Email jane@example.com"
    )
    people = people_of(text, "Jane Roe", "Tom Fry", "Ray Poe")
    assert set(people) == {"Tom Fry"}


def test_organizations_are_not_people():
    text = "Alibaba Cloud grew fast, said Lin Wu, an analyst at Marlin Research."
    people = people_of(text, "Alibaba Cloud", "Lin Wu")
    assert "Alibaba Cloud" not in people
    assert people["Lin Wu"].title == "analyst"


def test_title_pattern_accepts_compound_titles():
    for title in (
        "senior vice president",
        "Chief Financial Officer",
        "co-founder",
        "CEO",
        "chairman and chief executive officer",
        "managing director",
    ):
        assert re.fullmatch(TITLE, title), title


def test_two_roles_in_one_apposition():
    text = "Ivo Brandt, a senior vice president of Kestrel Bank and president of its payments unit, spoke."
    people = people_of(text, "Ivo Brandt")
    assert people["Ivo Brandt"].title == "senior vice president and president of the payments unit"
    assert people["Ivo Brandt"].organization_name == "Kestrel Bank"


def test_initials_particles_and_camel_case_names():
    people = people_of(
        "TJ Morales, Vantor Systems's founder and chief executive, spoke. Hamad AlMarri, chief executive of "
        "Qadira Telecom, and Jan de Boer, a Norvik Group executive, also spoke."
    )
    assert people["TJ Morales"].title == "founder and chief executive"
    assert people["TJ Morales"].organization_name == "Vantor Systems"
    assert people["Hamad AlMarri"].title == "chief executive"
    assert people["Jan de Boer"].title == "executive"
    assert people["Jan de Boer"].organization_name == "Norvik Group"


def test_title_before_name_in_apposition_and_managing_partner():
    people = people_of(
        "Selva Group's group managing director, Aziz Rahman, said the plant would open. "
        "Nora Lim, co-founder and managing partner at Peak Lantern Ventures, agreed.",
        "Aziz Rahman",
        "Nora Lim",
    )
    assert people["Aziz Rahman"].title == "group managing director"
    assert people["Aziz Rahman"].organization_name == "Selva Group"
    assert people["Nora Lim"].title == "co-founder and managing partner"


def test_a_byline_closing_a_standfirst_and_a_byline_before_a_blank_line_credit_writers():
    text = ("Can the old guard compete? Our editor asks. By Clara Weiss\n\nKestrel Foods grew.\n\n"
            "Paris, 2 May 2025 - By Hélène Vautrin\n\nKestrel Foods said sales rose.")
    people = people_of(text, "Clara Weiss", "Hélène Vautrin")
    assert "Clara Weiss" not in people and "Hélène Vautrin" not in people


def test_no_name_starts_inside_a_word_of_the_models_span():
    text = "Kestrel Bank trails only BBVA Lumbria, which holds 23%. CFO Tyler Sloat said so."
    people = people_of(text, "BBVA Lumbria", "CFO Tyler Sloat")
    assert "VA Lumbria" not in people and "FO Tyler Sloat" not in people
    assert "Tyler Sloat" in people


def test_a_four_word_name_between_commas_after_its_title():
    text = ("Kestrel Foods grew. Kestrel's founder and chief executive, Andi Taufan Garuda Putra, said it "
            "would expand. The chief financial officer, Sébastien de Lumbria, told analysts.")
    people = people_of(text)
    assert people["Andi Taufan Garuda Putra"].title == "founder and chief executive"
    assert people["Sébastien de Lumbria"].title == "chief financial officer"


def test_a_descriptors_title_then_a_four_word_name_between_commas():
    text = "Kestrel Bank grew. The bank's chief executive, Juan Carlos Ruiz Uribe, said loans rose."
    people = people_of(text, "Juan Carlos Ruiz Uribe")
    assert people["Juan Carlos Ruiz Uribe"].title == "chief executive"
    assert "Juan Carlos Ruiz" not in people


@pytest.mark.parametrize(
    "title",
    [
        "founder, chairwoman, president and chief executive officer",  # a comma list of four offices
        "Chief Financial and Operating Officer",  # two functions of one officer
    ],
)
def test_title_pattern_reads_a_whole_list_of_offices(title):
    assert re.fullmatch(TITLE, title), title


def test_a_board_title_joined_to_a_second_office():
    text = "It was signed by Ana Ruiz, Chairman of the Board and General Manager of Quandra Bank, today."
    people = people_of(text, "Ana Ruiz")
    assert people["Ana Ruiz"].title == "Chairman of the Board and General Manager"
