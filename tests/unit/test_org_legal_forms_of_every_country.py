"""Organizations: the legal forms of every country (pipelines/legal_forms.py WRITTEN_FORMS and
LEADING_FORMS, one vocabulary) are no part of a company's name or key (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import organization_key
from pipelines.extraction.entities.keys import display_name
from pipelines.legal_forms import LEADING_FORMS, WRITTEN_FORMS


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Tellbridge, S.A.B. de C.V.", "Tellbridge"),
        ("Tellbridge S.A. de C.V", "Tellbridge"),  # the closing dot trimmed as a sentence's
        ("Tellbridge Sp. z o.o.", "Tellbridge"),
        ("Tellbridge AB (publ)", "Tellbridge"),
        ("Tellbridge A/S", "Tellbridge"),
        ("Tellbridge AS", "Tellbridge"),
        ("Tellbridge S.à r.l.", "Tellbridge"),
        ("Tellbridge d.o.o.", "Tellbridge"),
    ],
)
def test_a_written_legal_form_is_no_part_of_the_name(written, name):
    assert display_name(written) == name
    assert organization_key(written) == organization_key(name)


@pytest.mark.parametrize("written", ["Tellbridge GmbH & Co. KG", "Tellbridge GmbH & Co KG"])
def test_a_partnership_form_stays_in_the_name_shown_and_leaves_the_key(written):
    # "& Co" undotted is the same form: never "KG" stripped alone, then "Co", leaving "Tellbridge GmbH &"
    assert display_name(written) == written
    assert organization_key(written) == organization_key("Tellbridge")


@pytest.mark.parametrize(
    ("written", "name"), [("PT Tellbridge Tbk", "Tellbridge"), ("JSC Tellbridge", "Tellbridge")]
)
def test_a_legal_form_written_before_the_name_is_no_part_of_its_key(written, name):
    assert organization_key(written) == organization_key(name)


def test_a_lower_case_word_that_spells_a_form_stays_in_the_name():
    # "AS" is Norway's form only as written; "as" is a word, and a legal form alone keeps its key
    assert organization_key("Tellbridge as") != organization_key("Tellbridge")
    assert organization_key("PT") == "pt"


@pytest.mark.parametrize(("form", "example"), [*WRITTEN_FORMS, *LEADING_FORMS])
def test_every_form_has_its_example(form, example):
    assert form in example
