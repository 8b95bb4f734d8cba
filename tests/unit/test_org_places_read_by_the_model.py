"""A surface the model tags ORG once and GPE or LOC more often elsewhere in the article is a place, where
nothing but the model proposed it; a name a pattern or a cue also proposes, an acronym, and a longer
name stay. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.org_model_places import places_read_by_the_model

TEXT = "Quarvagrad said Velor Bank grew 4%. Quarvagrad lies north. Quarvagrad votes soon."
BANK = (TEXT.index("Velor Bank"), TEXT.index("Velor Bank") + len("Velor Bank"))


def _spans(surface: str, labels: list[str]) -> list[tuple[int, int, str]]:
    starts, position = [], TEXT.find(surface)
    while position >= 0:
        starts.append(position)
        position = TEXT.find(surface, position + 1)
    return [(s, s + len(surface), label) for s, label in zip(starts, labels, strict=False)]


def test_a_place_the_model_also_reads_as_a_place_is_dropped():
    ner = _spans("Quarvagrad", ["ORG", "GPE", "GPE"])
    first = ner[0]
    candidates = [Candidate(first[0], first[1], "ner"), Candidate(*BANK, "ner")]
    kept = places_read_by_the_model(TEXT, candidates, ner)
    assert [TEXT[c.start : c.end] for c in kept] == ["Velor Bank"]


@pytest.mark.parametrize("labels", [["ORG", "ORG", "GPE"], ["ORG", "GPE"]], ids=["mostly ORG", "a tie"])
def test_a_surface_the_model_reads_as_an_organization_as_often_stays(labels):
    ner = _spans("Quarvagrad", labels)
    candidates = [Candidate(s, e, "ner") for s, e, label in ner if label == "ORG"]
    assert places_read_by_the_model(TEXT, candidates, ner) == candidates


def test_a_surface_a_pattern_also_proposes_stays():
    ner = _spans("Quarvagrad", ["ORG", "GPE", "GPE"])
    first = ner[0]
    candidates = [Candidate(first[0], first[1], "ner"), Candidate(first[0], first[1], "pattern")]
    assert places_read_by_the_model(TEXT, candidates, ner) == candidates


def test_an_acronym_stays():
    text = "VB said so. VB shares rose in VB."
    ner = [(0, 2, "ORG"), (12, 14, "GPE"), (30, 32, "GPE")]
    candidates = [Candidate(0, 2, "ner")]
    assert places_read_by_the_model(text, candidates, ner) == candidates


def test_the_organizations_found_leave_the_place_out():
    from pipelines.extraction.chrome import boilerplate_spans
    from pipelines.extraction.entities import find_organizations

    ner = [*_spans("Quarvagrad", ["ORG", "GPE", "GPE"]), (*BANK, "ORG")]
    found = {o.name for o in find_organizations(TEXT, ner, boilerplate_spans(TEXT)).organizations}
    assert "Quarvagrad" not in found
    assert "Velor Bank" in found
