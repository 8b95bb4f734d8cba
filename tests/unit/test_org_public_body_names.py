"""A public body's name read on past the seam where the recognizer cut it (org_public_bodies.py): each
row of PUBLIC_BODY_TAILS on its made-up example, and the shapes that stay two names."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.keys import trim_span
from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import PUBLIC_BODY_TAILS
from pipelines.extraction.org_public_bodies import extend_public_bodies


def _cut_before(text: str, name: str, seam: str) -> Candidate:
    """The body's candidate as the recognizer cuts it: the name up to its first seam word."""
    start = text.index(name)
    return Candidate(start, start + name.index(seam), "ner")


_SEAMS = {
    "remit list": ",",
    "remit after and": " and",
    "remit after for": " for",
    "remit after of": " of Urban",
    "state served": " of Tarsis",
    "place after a dash": " –",
}


@pytest.mark.parametrize(("kind", "text", "name"), [(k, t, n) for k, _p, t, n in PUBLIC_BODY_TAILS])
def test_each_tail_extends_the_cut_body_over_the_rest_of_its_name(kind: str, text: str, name: str) -> None:
    cut = _cut_before(text, name, _SEAMS[kind])
    extended = extend_public_bodies(text, [cut], default_gazetteer())
    assert name in {text[c.start : c.end] for c in extended}


@pytest.mark.parametrize(("kind", "text", "name"), [(k, t, n) for k, _p, t, n in PUBLIC_BODY_TAILS])
def test_each_body_is_found_whole(kind: str, text: str, name: str) -> None:
    names = {org.name for org in find_organizations(text).organizations}
    assert name in names, kind


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # the words after "and" hold a name's head word: a second name
        ("The Ministry of Quarva and Velor Bank signed it.", "Ministry of Quarva"),
        # the words after "and" stand alone elsewhere: a name of their own
        ("Mineral Velors fell. It needs the Ministry of Quarva and Mineral Velors to agree.",
         "Ministry of Quarva"),
        # a longer name after "and" is never read in part: "... and Velor Quarvi Lumbra University"
        ("The Directorate of Quarva and Velor Quarvi Lumbra University signed it.", "Directorate of Quarva"),
        # "and the ...": a second body
        ("The Ministry of Quarva and the Lumbra Agency signed it.", "Ministry of Quarva"),
        # what follows the dash is no place
        ("The Department of Quarva – Velor Systems signed it.", "Department of Quarva"),
        # no body's head word: not a public body
        ("Velor Quarva and Mineral Lumbras signed it.", "Velor Quarva"),
        # no remit after the state a ministry serves: "and Velor Bulog" is a second party
        ("It signed with the Ministry of Quarva of the Republic of Tarsis and Velor Bulog.",
         "Ministry of Quarva of the Republic of Tarsis"),
    ],
)
def test_two_names_are_not_joined(text: str, cut: str) -> None:
    start = text.index(cut)
    extended = extend_public_bodies(text, [Candidate(start, start + len(cut), "ner")], default_gazetteer())
    assert [(c.start, c.end) for c in extended] == [(start, start + len(cut))]


def test_a_body_and_the_place_it_serves_keep_the_dash() -> None:
    text = "It signed with the Department of Quarva – Abu Dhabi."
    start = text.index("Department")
    end = text.index(".")
    assert text[slice(*trim_span(text, start, end))] == "Department of Quarva – Abu Dhabi"


def test_a_dateline_before_a_name_is_still_trimmed() -> None:
    text = "TOKYO – Velor Systems Corporation said revenue rose."
    assert text[slice(*trim_span(text, 0, text.index(" said")))] == "Velor Systems Corporation"
