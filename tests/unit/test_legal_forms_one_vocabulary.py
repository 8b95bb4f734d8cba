"""The legal forms are one vocabulary (pipelines/legal_forms.py): the name patterns' closing forms, the
issuer's and the people stage's "no registration" words and the key's spellings are read from it."""

from __future__ import annotations

import re

from pipelines.extraction.entities import vocabulary
from pipelines.extraction.metrics import issuer, issuer_names
from pipelines.extraction.people_checks import _legal_form_after
from pipelines.legal_forms import (
    CLOSING_FORMS,
    LEGAL_FORM_WORDS,
    LEGAL_FORMS,
    NOT_A_LEGAL_FORM,
    closing_forms_pattern,
)


def test_every_closing_form_reads_its_own_example() -> None:
    registered = re.compile(rf"Quarvo(?: Electric Power)?{vocabulary.REGISTERED}")
    for form, example, _after_head in CLOSING_FORMS:
        name = example.removeprefix("PT ")
        assert registered.fullmatch(name), (form, example)


def test_every_closing_form_is_a_legal_form_word() -> None:
    """A form the name patterns close a name with is one the key drops: no list of its own."""
    for form, example, _after_head in CLOSING_FORMS:
        words = re.findall(r"[A-Za-z][A-Za-z.]*", example.split("Quarvo", 1)[1])
        words = [w for w in words if w not in ("Electric", "Power")]
        assert words and all(w.rstrip(".").lower() in LEGAL_FORM_WORDS for w in words if w != "&"), form


def test_tail_after_a_head_word_keeps_only_the_forms_marked_so() -> None:
    tail = re.compile(rf"Quarvo Aviation{vocabulary.LEGAL_TAIL}")
    assert tail.fullmatch("Quarvo Aviation Ltd")
    assert tail.fullmatch("Quarvo Aviation Co., Ltd.")
    assert not tail.fullmatch("Quarvo Aviation AG")  # the registered-name pattern reads it
    assert closing_forms_pattern(after_head_only=True) == vocabulary.LEGAL_TAIL
    assert closing_forms_pattern() == vocabulary.REGISTERED


def test_stages_share_the_no_registration_words() -> None:
    assert NOT_A_LEGAL_FORM <= LEGAL_FORMS
    assert issuer.NOT_A_LEGAL_FORM is NOT_A_LEGAL_FORM
    assert issuer_names.NOT_A_LEGAL_FORM is NOT_A_LEGAL_FORM
    assert issuer.LEGAL_FORM_WORDS is LEGAL_FORM_WORDS


def test_a_holding_word_after_a_name_is_no_legal_form_for_people() -> None:
    assert _legal_form_after("Ana Quarvo GmbH said", len("Ana Quarvo"))
    assert not _legal_form_after("Ana Quarvo Group said", len("Ana Quarvo"))
    assert not _legal_form_after("Ana Quarvo Co said", len("Ana Quarvo"))
