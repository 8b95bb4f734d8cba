"""A regulator's name that opens the title of its rules ("the QSEB (LODR) Regulations") proposes no
organization there; the regulator named elsewhere in the article is still found. Every sentence is
invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.org_law_titles import LAW_TITLE_EXAMPLES, outside_law_titles


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(("text", "name"), LAW_TITLE_EXAMPLES, ids=[t[:30] for t, _n in LAW_TITLE_EXAMPLES])
def test_a_name_opening_a_law_title_proposes_no_organization(text, name):
    start = text.index(name)
    bank = text.index("Velor Bank")
    candidates = [Candidate(start, start + len(name), "ner"), Candidate(bank, bank + 10, "ner")]
    assert [text[c.start : c.end] for c in outside_law_titles(text, candidates)] == ["Velor Bank"]


@pytest.mark.parametrize(("text", "name"), LAW_TITLE_EXAMPLES[:2], ids=["long title", "short title"])
def test_the_organizations_found_leave_the_law_title_out(text, name):
    found = organizations(text, name, "Velor Bank")
    assert name not in found
    assert "Velor Bank" in found


def test_the_regulator_named_elsewhere_is_still_found():
    text = "Under the QSEB (LODR) Regulations, Velor Bank filed its results. QSEB fined Velor Bank last year."
    ner = [(start, start + 4, "ORG") for start in (text.index("QSEB"), text.rindex("QSEB"))]
    assert "QSEB" in {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
