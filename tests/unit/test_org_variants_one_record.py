"""Organizations: one record per organization however the article writes it - a registered legal form
from the shared list (pipelines/legal_forms.py) is no part of the displayed name, and a short form of a
name ending in a trade word is the same company (invented names, one example per rule)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import organization_key
from pipelines.extraction.entities.keys import display_name
from pipelines.legal_forms import HOLDING_WORDS, LEGAL_FORMS, REGISTERED_FORMS
from tests.unit.org_rows import found, spans

# ---------------------------------------------------------------------------------------------
# Registered legal forms: the display name drops every form of the shared list, not a second list
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Quarvo Technology AB", "Quarvo Technology"),
        ("Tellbridge Breweries Plc", "Tellbridge Breweries"),
        ("Lumbria Services LLP", "Lumbria Services"),
        ("Norvane Consulting S.L", "Norvane Consulting"),
        ("Compañía Minera Quarvo S.A.A.", "Compañía Minera Quarvo"),
        ("Tellbridge Cloud Pvt Ltd", "Tellbridge Cloud"),
        ("Lumbria İçecek A.Ş.", "Lumbria İçecek"),
    ],
)
def test_a_registered_legal_form_of_the_shared_list_is_no_part_of_the_name(written, name):
    assert display_name(written) == name
    assert organization_key(written) == organization_key(name)


@pytest.mark.parametrize("written", ["Quarvo Group", "Quarvo Holdings", "Rothschild & Co", "Quarvo Spa"])
def test_a_holding_word_or_an_ordinary_word_stays_in_the_name(written):
    assert display_name(written) == written


def test_the_registered_forms_are_the_legal_forms_without_the_holding_words():
    assert REGISTERED_FORMS == LEGAL_FORMS - HOLDING_WORDS
    assert "group" not in REGISTERED_FORMS and "ab" in REGISTERED_FORMS


def test_a_first_word_of_a_name_written_with_a_legal_form_is_the_same_company():
    text = (
        "Norvane Technology AB said sales rose 12%. Norvane expects more orders next year, "
        "Norvane's chief executive said."
    )
    orgs = found(text, spans(text, "ORG", "Norvane Technology AB"))
    assert "Norvane" not in orgs
    assert "Norvane" in orgs["Norvane Technology"]


# ---------------------------------------------------------------------------------------------
# Trade words that end a company's full name: the short form is the same company
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tail", ["Properties", "Publishing", "Interactive", "Laboratories", "Breweries"])
def test_a_short_form_of_a_name_ending_in_a_trade_word_is_the_same_company(tail):
    text = f"Quelvar {tail} reported revenue of $2 billion. Quelvar said demand rose in the quarter."
    orgs = found(
        text,
        spans(text, "ORG", f"Quelvar {tail}") + [(text.rindex("Quelvar"), text.rindex("Quelvar") + 7, "ORG")],
    )
    assert "Quelvar" not in orgs
    assert "Quelvar" in orgs[f"Quelvar {tail}"]


def test_a_unit_word_still_makes_a_second_organization_when_the_short_name_comes_first():
    # Written the other way round ("Quelvar Studios ... Quelvar said"), the short name is the long one
    # shortened (entities/later_short_forms.py, tests/unit/test_org_later_short_forms.py).
    text = "Quelvar said revenue rose 5% in the quarter. Quelvar Studios released a film."
    orgs = found(
        text,
        spans(text, "ORG", "Quelvar Studios") + [(text.index("Quelvar"), text.index("Quelvar") + 7, "ORG")],
    )
    assert "Quelvar" in orgs and "Quelvar Studios" in orgs


def test_a_company_written_with_its_legal_form_stays_apart_from_its_web_shop():
    text = "Lumvik AB runs the web shop Lumvik.com. Lumvik said Lumvik.com sales rose 9%."
    orgs = found(text, spans(text, "ORG", "Lumvik AB", "Lumvik.com"))
    assert "Lumvik" in orgs and "Lumvik.com" in orgs
