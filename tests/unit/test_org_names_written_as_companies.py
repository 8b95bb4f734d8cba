"""Organization names the model reads otherwise (orgs25): a span the model tags PERSON (or GPE, FAC, ...)
that the article writes as a company's name (a legal form before or after it, an apposition headed by a
company's noun, a previous employer), a model span running past its sentence's full stop, a chamber of
commerce named by its town, and the legal forms the key drops. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import find_organizations, organization_key
from pipelines.extraction.entities.candidates import (
    NAME_PATTERN,
    _before_a_sentence_break,
    _written_as_a_company,
)


def _span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


# (sentence, the model's span, the name the model's span ends at)
SENTENCE_BREAKS = [
    (
        "The contract went to Velorix Technologies. Management says costs fell.",
        "Velorix Technologies. Management",
        "Velorix Technologies",
    ),
    (
        "The works go to Quandra Engineering Pty Ltd. Work is due in May.",
        "Quandra Engineering Pty Ltd. Work",
        "Quandra Engineering Pty Ltd",
    ),
    ("said the chief executive of Ferrox. Stalmo's chief scientist agreed.", "Ferrox. Stalmo", "Ferrox"),
]
# Full stops that end no sentence: an initial, a title, a legal form in two words, a name's abbreviation.
NO_SENTENCE_BREAKS = [
    "Dr. Ana Ruiz said",
    "J. P. Velorix said",
    "Quandra Co. Ltd said",
    "Velorix Bros. Discovery said",
]


@pytest.mark.parametrize(("text", "span", "name"), SENTENCE_BREAKS, ids=[n for _t, _s, n in SENTENCE_BREAKS])
def test_a_model_span_ends_at_its_sentence_full_stop(text, span, name):
    start, end = _span(text, span)
    assert text[start : _before_a_sentence_break(text, start, end)] == name


@pytest.mark.parametrize("text", NO_SENTENCE_BREAKS)
def test_a_full_stop_ending_no_sentence_keeps_the_span(text):
    span = text.removesuffix(" said")
    assert _before_a_sentence_break(text, 0, len(span)) == len(span)


# (sentence, the model's non-ORG span, its label, the company name read)
WRITTEN_AS_COMPANIES = [
    (
        "The venture, PT Lindo Vale Sejahtera, will process ore.",
        "Lindo Vale Sejahtera",
        "PERSON",
        "PT Lindo Vale Sejahtera",
    ),
    ("Farm-in: Lindo Vale ASA has agreed to farm in.", "Lindo Vale ASA", "PERSON", "Lindo Vale ASA"),
    (
        "a contract by Maro Vale Handling Kft., the operator",
        "Vale Handling",
        "PERSON",
        "Maro Vale Handling Kft.",
    ),
    (
        "Its rental arm, Maro Vale Leasing, runs four buildings.",
        "Maro Vale Leasing",
        "PERSON",
        "Maro Vale Leasing",
    ),
    ("Ana Ruiz, who joined from Lindo Vale in 2022, said so.", "Lindo Vale", "PERSON", "Lindo Vale"),
    ("Revenue at Lindo Malaysia Sdn Bhd rose.", "Lindo Malaysia", "GPE", "Lindo Malaysia Sdn Bhd"),
]
NOT_COMPANIES = [
    ("Ana Ruiz, the chief executive, said revenue rose.", "Ana Ruiz", "PERSON"),
    ("The group's chief executive, Ana Ruiz, said so.", "Ana Ruiz", "PERSON"),
    ("Sales in Lindo Vale rose.", "Lindo Vale", "GPE"),
    ("The arm's new plant, Lindo Vale, opened.", "Lindo Vale", "GPE"),  # an apposition names no company here
    ("The phone chains, Maro Vale and Lindo Vale, grew.", "Maro Vale", "PERSON"),  # a chain may be a brand
]


@pytest.mark.parametrize(
    ("text", "span", "label", "name"), WRITTEN_AS_COMPANIES, ids=[n for *_r, n in WRITTEN_AS_COMPANIES]
)
def test_a_span_written_as_a_company_is_read_as_one(text, span, label, name):
    found = _written_as_a_company(text, *_span(text, span), label)
    assert found is not None
    assert text[found[0] : found[1]] == name


@pytest.mark.parametrize(("text", "span", "label"), NOT_COMPANIES, ids=[t for t, *_r in NOT_COMPANIES])
def test_a_person_or_a_place_stays_what_the_model_says(text, span, label):
    assert _written_as_a_company(text, *_span(text, span), label) is None


def test_the_organizations_found_hold_the_company_the_model_called_a_person():
    text = "Velorix Bank said on Monday that Lindo Vale ASA has agreed to farm in to a licence."
    ner = [(*_span(text, "Velorix Bank"), "ORG"), (*_span(text, "Lindo Vale ASA"), "PERSON")]
    names = {o.name for o in find_organizations(text, ner).organizations}
    assert "Lindo Vale" in names


@pytest.mark.parametrize(
    "name", ["Quarvos Chamber of Commerce and Industry", "Velmont Region Chamber of Industry"]
)
def test_a_chamber_named_by_its_town_is_read_whole(name):
    text = f"It signed a memorandum with the {name} on Monday."
    assert [m.group() for m in NAME_PATTERN.finditer(text)] == [name]


@pytest.mark.parametrize(
    ("registered", "short"),
    [
        ("Quarvo Andina S.A.C.", "Quarvo Andina"),
        ("Quarvo Gateway GK", "Quarvo Gateway"),
        ("Quarvo Patrimoine S.E.N.C.", "Quarvo Patrimoine"),
    ],
)
def test_the_key_drops_the_legal_forms_of_peru_japan_and_quebec(registered, short):
    assert organization_key(registered) == organization_key(short)
