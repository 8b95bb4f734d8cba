"""Names with letters outside ASCII are read whole by every name rule (issue 11: "Jean Fran")."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import find_people
from pipelines.letters import LETTER, LOWER, UPPER


@pytest.mark.parametrize("word", ["François", "Émile", "Łukasz", "Øystein", "Şahin", "Ngọc", "Ólafur"])
def test_capitalised_word_is_one_match(word):
    assert re.fullmatch(rf"{UPPER}{LOWER}+", word)
    assert re.fullmatch(rf"{LETTER}+", word)


@pytest.mark.parametrize("word", ["3M", "über-", "-", "日本"])
def test_not_a_capitalised_word(word):
    assert not re.fullmatch(rf"{UPPER}{LOWER}+", word)


def _people(text: str) -> dict:
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, [], chrome)
    return {p.name: p for p in find_people(text, [], organizations, chrome)}


# Each case: a title rule that finds the name without NER, and the whole name it must keep.
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chief Executive Officer Jean François Dubois said demand held.", "Jean François Dubois",
         "Chief Executive Officer"),
        ("Søren Ødegård, chairman of Nordvik Holdings, said the deal closed.", "Søren Ødegård", "chairman"),
        ("The group's new president: Zoë Brontë", "Zoë Brontë", "president"),
    ],
)
def test_titled_names_keep_their_letters(text, name, title):
    people = _people(text)
    assert name in people
    assert people[name].title == title


def test_organization_name_with_accents_is_whole():
    text = "Hamburg-based Société Générale Nordhafen GmbH said it would expand."
    names = {o.name for o in find_organizations(text, [], boilerplate_spans(text)).organizations}
    assert any("Société Générale" in name for name in names), names
