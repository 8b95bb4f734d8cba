"""A person's affiliation ("<person> of <firm>") yields the firm, never the person and the firm as one
organization; a wire story's end marker and a desk's sign-off words are no organizations. Every
sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_affiliations import (
    AFFILIATION_EXAMPLES,
    NOT_AFFILIATION_EXAMPLES,
    cut_person_affiliations,
)


def organizations(text: str, ner=()) -> set[str]:
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def _whole_line_candidate(text: str) -> tuple[str, Candidate]:
    """The capitalised run holding "of", as the name patterns propose it."""
    words = text.split(" of ")[0].split()
    start = text.index(" ".join(w for w in words if w[0].isupper() and w != "The"))
    tail = text.split(" of ", 1)[1].split()
    firm = " ".join(w for w in tail[: next(i for i, w in enumerate(tail) if not w[0].isupper())])
    end = text.index(firm) + len(firm)
    return text[start:end], Candidate(start, end, "pattern")


@pytest.mark.parametrize(("text", "firm"), AFFILIATION_EXAMPLES, ids=[f for _t, f in AFFILIATION_EXAMPLES])
def test_a_person_of_a_firm_is_cut_to_the_firm(text, firm):
    _surface, candidate = _whole_line_candidate(text)
    cut = cut_person_affiliations(text, [candidate], (), default_gazetteer())
    assert [text[c.start : c.end] for c in cut] == [firm]


@pytest.mark.parametrize(("text", "firm"), AFFILIATION_EXAMPLES, ids=[f for _t, f in AFFILIATION_EXAMPLES])
def test_the_firm_alone_is_found_as_the_organization(text, firm):
    found = organizations(text)
    assert firm in found
    assert not any(" of " in name for name in found)


@pytest.mark.parametrize("text", NOT_AFFILIATION_EXAMPLES)
def test_a_name_holding_of_is_not_cut(text):
    _surface, candidate = _whole_line_candidate(text)
    assert cut_person_affiliations(text, [candidate], (), default_gazetteer()) == [candidate]


def test_the_model_reading_the_left_part_as_a_person_settles_it():
    text = "Velor Quarva of Lumbra Securities asked about margins."
    surface, candidate = _whole_line_candidate(text)
    person = (0, len("Velor Quarva"), "PERSON")
    cut = cut_person_affiliations(text, [candidate], [person], default_gazetteer())
    assert [text[c.start : c.end] for c in cut] == ["Lumbra Securities"]


@pytest.mark.parametrize("marker", ["END", "ENDS"])
def test_a_story_end_marker_is_no_organization(marker):
    text = f"Velorix Systems said revenue rose 4%.\n({marker})"
    start = text.index(marker)
    found = organizations(text, [(start, start + len(marker), "ORG"), (0, 15, "ORG")])
    assert marker not in found
    assert "Velorix Systems" in found


@pytest.mark.parametrize("word", ["Edited", "Reporting", "Writing"])
def test_a_desk_sign_off_word_is_no_organization(word):
    text = f"Velorix Systems said revenue rose 4%. ({word} by Mara Velin; editing by Tomas Ruel)"
    start = text.index(word)
    assert word not in organizations(text, [(start, start + len(word), "ORG"), (0, 15, "ORG")])
