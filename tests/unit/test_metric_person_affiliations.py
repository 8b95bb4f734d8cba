"""A name that only places a person (a former employer, an analyst's house) owns none of the sentence's
figures: every cue's example, at the cue's level and through find_metrics."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.person_affiliations import (
    AFFILIATION_CUES,
    AffiliationCue,
    person_affiliations,
)
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities


def _mentions(text: str, names: list[str]) -> list[OrgMention]:
    return sorted(
        (
            OrgMention(name.lower(), name, name, m.start(), m.end())
            for name in names
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        ),
        key=lambda m: m.start,
    )


@pytest.mark.parametrize("cue", AFFILIATION_CUES, ids=lambda c: c.example)
def test_each_cue_finds_the_affiliation_of_its_example(cue: AffiliationCue) -> None:
    mentions = _mentions(cue.example, [cue.affiliation, "Velorix"])
    assert [m.name for m in person_affiliations(cue.example, 0, mentions)] == [cue.affiliation]


@pytest.mark.parametrize("cue", AFFILIATION_CUES, ids=lambda c: c.example)
def test_the_article_company_owns_the_figure_an_affiliated_person_states(cue: AffiliationCue) -> None:
    text = "Velorix reported its results on Monday. " + cue.example
    mentions = _mentions(text, [cue.affiliation, "Velorix"])
    owners = {f.organization_name for f in find_metrics(text, mentions, None, find_quantities(text))}
    assert owners == {"Velorix"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Quell, chief financial officer of Quandra Bank, said net debt fell to $40 million.",
        "Quandra Bank, which joined the index in 2023, said net debt fell to $40 million.",
        "The former state lender Quandra Bank said net debt fell to $40 million.",
    ],
)
def test_a_current_post_or_the_subject_itself_is_no_affiliation(sentence: str) -> None:
    assert person_affiliations(sentence, 0, _mentions(sentence, ["Quandra Bank"])) == []


def test_a_past_post_written_with_previously_is_an_affiliation() -> None:
    sentence = "CFO Mara Quell, who was previously treasurer at Quandra Bank, said net cash rose."
    assert [m.name for m in person_affiliations(sentence, 0, _mentions(sentence, ["Quandra Bank"]))] == [
        "Quandra Bank"
    ]
