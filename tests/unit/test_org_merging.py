"""One organization per name however the article writes it: the folds of entities/merging.py and
org_merge.py, each on a small invented text."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.org_merge import acronym_folds, short_form_folds


def organizations(text: str, *names: str) -> dict[str, list[str]]:
    """Name -> aliases, with the model tagging each of ``names`` as ORG where it stands alone (its first
    whole-word occurrence that is not part of a longer name)."""
    ner = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?! [A-Z])", text):
            if not re.search(r"[A-Z][\w&]* $", text[: m.start()]):
                ner.append((m.start(), m.end(), "ORG"))
                break
    return {o.name: o.aliases for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # an industry word after the name makes no other company
        ("Quarvo Energy reported record orders. Later, Quarvo said deliveries would double.",
         "Quarvo Energy", "Quarvo"),
        # two such words
        ("The results include Tellbridge Energy Services, a maintenance firm. Acme bought a stake in "
         "Tellbridge last year.", "Tellbridge Energy Services", "Tellbridge"),
    ],
)
def test_a_name_without_its_industry_words_is_the_same_company(text, long, short):
    found = organizations(text, long, short)
    assert short not in found
    assert short in found[long]


def test_a_unit_word_after_the_name_still_makes_a_unit():
    found = organizations("Quarvo Cloud grew 30%. Quarvo said margins widened.", "Quarvo Cloud", "Quarvo")
    assert {"Quarvo Cloud", "Quarvo"} <= set(found)


def test_a_name_after_another_organizations_initials_is_the_same_company():
    text = "Nordhafen Bahn sold NB Lattice to Quarvo. Lattice had revenue of EUR 19 billion."
    found = organizations(text, "Nordhafen Bahn", "NB Lattice", "Quarvo", "Lattice")
    assert "Lattice" not in found
    assert "Lattice" in found["NB Lattice"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("It works with Tellbridge & Co., known as TBX outside the United States, on two drugs.",
         "Tellbridge & Co", "TBX"),
        ("Besto rose. Besto, as Quarvo Semiconductor Industries is known, makes bonding tools.",
         "Besto", "Quarvo Semiconductor Industries"),
        ("Lattice Vineyards, formerly Orvane Wines, said sales rose.", "Lattice Vineyards", "Orvane Wines"),
    ],
)
def test_a_name_the_text_says_is_another_name_of_it_is_the_same_organization(text, first, second):
    found = organizations(text, first, second)
    assert len(found) == 1


def test_an_acronym_may_open_the_name_it_abbreviates():
    assert acronym_folds({"a": "QSMI", "b": "QSM International"}) == [("a", "b")]
    assert acronym_folds({"a": "QSMX", "b": "QSM International"}) == []


def test_a_name_written_without_its_web_domain_is_the_same_company():
    assert short_form_folds({"a": "Quarvo", "b": "Quarvo.kz"}) == [("a", "b")]
    assert short_form_folds({"a": "Quarvo", "b": "Quarvob.kz"}) == []
