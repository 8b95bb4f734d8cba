"""Titles read from the dependency parse (pipelines/extraction/titles.py), one test per relation."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import find_people
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences

# relation: (text, title, organization); every name below is invented.
RELATIONS = {
    "apposition": ("Maria Gonzalez, corporate vice president of cloud at Northwind Labs, said demand grew.",
                   "corporate vice president of cloud", "Northwind Labs"),
    "title apposition": ("Northwind Labs sales rose, according to the current chief executive, "
                         "Maria Gonzalez.",
                         "chief executive", "Northwind Labs"),
    "copula": ("Northwind Labs reported results. Maria Gonzalez is its chief executive.",
               "chief executive", "Northwind Labs"),
    "becoming": ("Maria Gonzalez became chief executive of Northwind Labs in May.", "chief executive",
                 "Northwind Labs"),
    "appointment": ("Northwind Labs appointed Maria Gonzalez as chief operating officer.",
                    "chief operating officer", "Northwind Labs"),
    "passive appointment": ("Maria Gonzalez was named chief executive of Northwind Labs.", "chief executive",
                            "Northwind Labs"),
    # the parse reads "head" and the employer; a bare "head" states no title (person_head.py)
    "heading verb": ("Northwind Labs reported results. Maria Gonzalez heads the group.", None,
                     "Northwind Labs"),
    "current over past": ("Maria Gonzalez, who was previously chief financial officer, became chief "
                          "executive of Northwind Labs in May.", "chief executive", "Northwind Labs"),
    "relative clause": ("Northwind Labs reported results. Maria Gonzalez, who became chief executive in "
                        "February, said demand held.", "chief executive", "Northwind Labs"),
    "role after as": ("Maria Gonzalez, who was previously its chief commercial officer, will lead Northwind "
                      "Labs as its chief executive.", "chief executive", "Northwind Labs"),
    "hyphenated title": ("Northwind Labs reported results. \"We grew,\" said Maria Gonzalez, co-founder and "
                         "chief executive officer.", "co-founder and chief executive officer",
                         "Northwind Labs"),
    "which of several holders": ("Northwind Labs has two leaders. Maria Gonzalez is the other co-chief "
                                 "executive.", "co-chief executive", "Northwind Labs"),
    "scope after a comma": ("Northwind Labs grew. Maria Gonzalez, co-president, Asia Pacific, said the "
                            "region grew.", "co-president, Asia Pacific", "Northwind Labs"),
    "scope of a second title": ("Maria Gonzalez, Senior Managing Director and Global Head of Real Assets at "
                                "Northwind Labs, said it fits.",
                                "Senior Managing Director and Global Head of Real Assets", "Northwind Labs"),
    "of scope before the employer": ("Maria Gonzalez, who is chair of the board of Northwind Labs, will "
                                     "step down.", "chair of the board", "Northwind Labs"),
    "office over founder": ("Maria Gonzalez, the co-founder who ran Kestrel Bank, is the chief executive of "
                            "Northwind Labs.", "chief executive", "Northwind Labs"),
}


def people_with_parse(text: str) -> dict:
    spans = [(m.start(), m.end(), "PERSON") for m in re.finditer("Maria Gonzalez", text)]
    chrome = boilerplate_spans(text)
    sentences = split_sentences(text)
    organizations = find_organizations(text, spans, chrome, sentences)
    syntax = parse_sentences(sentences)
    return {p.name: p for p in find_people(text, spans, organizations, chrome, syntax)}


@pytest.mark.parametrize("relation", sorted(RELATIONS))
def test_title_from_parse(relation):
    text, title, organization = RELATIONS[relation]
    person = people_with_parse(text)["Maria Gonzalez"]
    assert (person.title, person.organization_name) == (title, organization)


def test_office_title_keeps_its_portfolio():
    from pipelines.extraction.titles import title_from_parse

    text = "Maria Gonzalez, the country's Minister of Investment, Trade and Industry, spoke."
    sentence = parse_sentences(split_sentences(text)).sentences[0]
    parsed = title_from_parse(text, sentence, 0, len("Maria Gonzalez"), [])
    assert parsed is not None and parsed.title == "Minister of Investment, Trade and Industry"


def test_past_role_alone_is_not_a_current_title():
    from pipelines.extraction.titles import title_from_parse

    text = "Maria Gonzalez, a former chief executive, spoke."
    sentence = parse_sentences(split_sentences(text)).sentences[0]
    assert title_from_parse(text, sentence, 0, len("Maria Gonzalez"), []) is None


def test_a_later_current_role_replaces_a_past_one():
    text = (
        "Maria Gonzalez, former chief financial officer of Northwind Labs, spoke first. "
        "Northwind Labs later named Maria Gonzalez as chief executive."
    )
    person = people_with_parse(text)["Maria Gonzalez"]
    assert person.title == "chief executive"


def test_corporate_vice_president_before_the_name():
    people = people_with_parse("Northwind Labs Corporate Vice President Maria Gonzalez spoke.")
    assert people["Maria Gonzalez"].title == "Corporate Vice President"


def test_an_office_is_not_an_organization():
    from pipelines.extraction.entities import find_organizations

    text = "Maria Gonzalez, Minister of Investment, Trade and Industry, spoke."
    ner = [(text.index("Minister"), text.index(", spoke"), "ORG")]
    assert find_organizations(text, ner, []).organizations == []


def test_office_portfolio_coordinated_before_the_name():
    from pipelines.extraction.titles import title_from_parse

    text = "The state's Minister for Energy and Clean Economy Jobs, Maria Gonzalez, said it would help."
    sentence = parse_sentences(split_sentences(text)).sentences[0]
    start = text.index("Maria")
    parsed = title_from_parse(text, sentence, start, start + len("Maria Gonzalez"), [])
    assert parsed is not None and parsed.title == "Minister for Energy and Clean Economy Jobs"


def test_a_name_after_a_title_is_not_its_scope():
    from pipelines.extraction.titles import title_from_parse

    text = "Northwind Labs grew, said its chief executive, Maria Gonzalez, on Monday."
    sentence = parse_sentences(split_sentences(text)).sentences[0]
    start = text.index("Maria")
    parsed = title_from_parse(text, sentence, start, start + len("Maria Gonzalez"), [])
    assert parsed is not None and parsed.title == "chief executive"


def test_an_employer_before_a_lower_case_title_is_not_part_of_it():
    people = people_with_parse("Northwind Labs grew. Maria Gonzalez, Northwind Australia chief executive, "
                               "is leading talks.")
    assert people["Maria Gonzalez"].title == "chief executive"


def people_named(text: str, names: list[str]) -> dict:
    spans = [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(name, text)]
    chrome = boilerplate_spans(text)
    sentences = split_sentences(text)
    organizations = find_organizations(text, spans, chrome, sentences)
    syntax = parse_sentences(sentences)
    return {p.name: p.title for p in find_people(text, spans, organizations, chrome, syntax)}


def test_title_stated_at_a_surname_mention():
    text = "Northwind Labs was founded by Maria Gonzalez in 1999. Gonzalez, who remains chairman, spoke."
    assert people_named(text, ["Maria Gonzalez", "Gonzalez(?=, who)"])["Maria Gonzalez"] == "chairman"


def test_coordinated_names_share_the_title_of_their_copula():
    text = "Northwind Labs has two leaders. Maria Gonzalez and Ana Ruiz are co-chief executives."
    titles = people_named(text, ["Maria Gonzalez", "Ana Ruiz"])
    assert titles == {"Maria Gonzalez": "co-chief executive", "Ana Ruiz": "co-chief executive"}
