"""The not-an-organization forms read as one alternation, and the body-of-a-name trim they drive
(org_cues.ANY_NOT_ORGANIZATION_FORM, candidates._cleaned_span): the same answers as each form alone."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities.candidates import _cleaned_span
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import ANY_NOT_ORGANIZATION_FORM, NOT_ORGANIZATION_FORMS


@pytest.mark.parametrize(("form", "example", "surface"), NOT_ORGANIZATION_FORMS)
def test_the_alternation_fullmatches_each_forms_surface(form, example, surface):
    assert form.fullmatch(surface)
    assert ANY_NOT_ORGANIZATION_FORM.fullmatch(surface)


@pytest.mark.parametrize(("form", "example", "surface"), NOT_ORGANIZATION_FORMS)
def test_the_alternation_fullmatches_a_sentence_exactly_when_one_form_does(form, example, surface):
    for text in (example, example.split("\n")[0], "Velorix Systems", f"{surface} of Velorix"):
        one = any(f.fullmatch(text) for f, _example, _surface in NOT_ORGANIZATION_FORMS)
        assert bool(ANY_NOT_ORGANIZATION_FORM.fullmatch(text)) == one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Supervisory Board of Velorix Systems approved the plan.", "Velorix Systems"),
        ("The Board of Directors of Quandra Bank approved the plan.", "Quandra Bank"),
    ],
)
def test_a_body_of_a_name_is_trimmed_to_the_name(text, name):
    start = text.index("Supervisory") if "Supervisory" in text else text.index("Board")
    end = text.index(name) + len(name)
    assert _cleaned_span(text, start, end, "ner", default_gazetteer()) == (text.index(name), end)


def test_a_span_naming_no_body_is_left_whole():
    text = "Velorix Systems of Quandra said revenue rose."
    assert _cleaned_span(text, 0, len("Velorix Systems"), "ner", default_gazetteer()) == (0, 15)
