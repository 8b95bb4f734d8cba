"""A person's name read whole from its own shape (particles, elided prefixes, modifier letters, hyphened
particles, a signature's line break, a Nigerian honorific, a minister's remit before it) and offices joined
as filings write them (invented names)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import TITLE, find_people


def people_of(text: str, *model_persons: str) -> dict:
    ner = [(m.start(), m.end(), "PERSON") for n in model_persons for m in re.finditer(re.escape(n), text)]
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        # an Irish particle of one capital
        ("Chief technology officer Dr Ana Ó Briain said the device works.", "Ana Ó Briain", "Ana Ó Briain"),
        # a Welsh particle
        ("The plan was presented by Rhys ap Gwilym on Monday.", "Rhys ap Gwilym", "Rhys ap Gwilym"),
        # an Italian elided prefix, and one after a hyphen
        ("The plan was presented by Lea Dall'Ombra on Monday.", "Lea Dall'Ombra", "Lea Dall'Ombra"),
        (
            "The plan was presented by Wim Verlinde-D'Hondt on Monday.",
            "Wim Verlinde-D'Hondt",
            "Wim Verlinde-D'Hondt",
        ),
        # a modifier letter inside a word (Uzbek "ʻ", a transliterated "ʿ")
        ("The plan was presented by Timur Yoʻlbarsov on Monday.", "Timur Yoʻlbarsov", "Timur Yoʻlbarsov"),
        ("The plan was presented by Samir Al-Qaʿid on Monday.", "Samir Al-Qaʿid", "Samir Al-Qaʿid"),
        # a particle hyphened to the last word
        (
            "The plan was presented by Omar Abdel-Karim el-Sayed on Monday.",
            "Omar Abdel-Karim el-Sayed",
            "Omar Abdel-Karim el-Sayed",
        ),
        # the model runs a signature's name into the office on the line below
        (
            "Yours sincerely,\n\nMira Costa-Vell\nChair, Quarvo Foods plc\n",
            "Mira Costa-Vell\nChair",
            "Mira Costa-Vell",
        ),
        # a Nigerian honorific is no part of the name
        (
            "Its chairman, Alhaji Sani Bello-Kura, attended the launch.",
            "Alhaji Sani Bello-Kura",
            "Sani Bello-Kura",
        ),
        # Malay, Indonesian, Austrian and peerage honorifics are no part of the name
        (
            "Its chief executive, Encik Hafiz Ramlan Zulkefli, attended the launch.",
            "Encik Hafiz Ramlan Zulkefli",
            "Hafiz Ramlan Zulkefli",
        ),
        ("Its treasurer, Puan Noraini Kassim, attended the launch.", "Puan Noraini Kassim", "Noraini Kassim"),
        ("Its chair, Datuk Ir. Lim Wei Sern, spoke.", "Datuk Ir. Lim Wei Sern", "Lim Wei Sern"),
        ("Its chair, Baron Aurèle Vandamme, spoke.", "Baron Aurèle Vandamme", "Aurèle Vandamme"),
        ("The chief executive Dipl.-Ing. Lena Kranzl spoke.", "Dipl.-Ing. Lena Kranzl", "Lena Kranzl"),
        # an office the model tags as the name's first word
        ("Treasurer Ilse Brandvold-Aas said so.", "Treasurer Ilse Brandvold-Aas", "Ilse Brandvold-Aas"),
    ],
)
def test_a_name_the_model_tags_is_read_whole_from_its_own_shape(text, model_span, name):
    people = people_of(text, model_span)
    assert name in people
    assert not any(other != name and (other in name or name in other) for other in people)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "It was signed before Minister of Industry and Mineral Resources Tarek Velani on Monday.",
            "Tarek Velani",
            "Minister of Industry and Mineral Resources",
        ),
        (
            '"We grow," said Minister of Digital Technologies Rustam Qodirov on Monday.',
            "Rustam Qodirov",
            "Minister of Digital Technologies",
        ),
    ],
)
def test_a_ministers_remit_ends_before_the_name_it_precedes(text, name, title):
    people = people_of(text)
    assert list(people) == [name]
    assert people[name].title == title


@pytest.mark.parametrize(
    "title",
    [
        "Joint Managing Director",
        "First Deputy Director General",
        "Managing Director/Chief Executive Officer",
        "Managing Director / Chief Executive Officer",
        "chief financial and investor relations officer",
    ],
)
def test_offices_joined_by_a_slash_or_led_by_a_rank_are_one_title(title):
    assert re.fullmatch(TITLE, title)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ana Ruiz, chief financial officer since March, said costs fell.",
            "Ana Ruiz",
            "chief financial officer",
        ),
        (
            "Ana Ruiz, Chief Financial Officer (formerly at Quarvo Bank), said costs fell.",
            "Ana Ruiz",
            "Chief Financial Officer",
        ),
        ("Our Chief Financial Officer, Ana Ruiz, joined us in April.", "Ana Ruiz", "Chief Financial Officer"),
        (
            "Quarvo Partners' managing partner, Kofi Mensa-Bonsu, will join the board.",
            "Kofi Mensa-Bonsu",
            "managing partner",
        ),
    ],
)
def test_a_name_no_model_tags_is_found_by_the_title_beside_it(text, name, title):
    people = people_of(text)
    assert name in people
    assert people[name].title == title


def test_a_writers_byline_run_into_the_desk_below_is_no_person():
    text = "Quarvo lifts profit\n\nMira Costa-Vell\nEnergy reporter\n\nQuarvo Energy lifted its dividend."
    assert "Mira Costa-Vell" not in people_of(text, "Mira Costa-Vell\nEnergy")


def test_an_honorific_before_a_three_word_name_is_no_fourth_word_of_it():
    text = (
        "Shri Anil Rao, Chairman, and Shri Ravi Kumar Menon, Director (Finance) & CFO, have certified the "
        "results."
    )
    people = people_of(text, "Kumar Menon")
    assert "Ravi Kumar Menon" in people
    assert not any(name.startswith("Shri") for name in people)
