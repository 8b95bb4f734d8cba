"""Organizations found from syntax and list shapes the recognizer misses: the members of a funding round
("A and existing backer B also took part"), a name set off after its kind ("The company, X, makes ..."),
and the subject of a reporting verb whose clause holds a company figure. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.org_cues import ORGANIZATION_CUES, PARTICIPANT_LIST_CUES
from pipelines.extraction.org_evidence import cue_list_items, cue_name_spans


def organizations(text: str, ner=()) -> set[str]:
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def _ids(rows) -> list[str]:
    return [example for _cue, example, _name in rows]


@pytest.mark.parametrize(("cue", "example", "name"), PARTICIPANT_LIST_CUES, ids=_ids(PARTICIPANT_LIST_CUES))
def test_each_round_participant_cue_finds_its_item(cue, example, name):
    assert cue.search(example)
    assert name in {example[s:e] for s, e in cue_list_items(example)}
    assert name in organizations(example)


@pytest.mark.parametrize(
    "text",
    [
        "The round was led by Nordvik. Tellbridge and existing backer Quarvo also took part.",
        "Lumora raised $12 million, with Tellbridge and existing backer Quarvo also taking part.",
    ],
)
def test_a_kind_word_before_a_round_member_is_not_its_name(text):
    items = {text[s:e] for s, e in cue_list_items(text)}
    assert {"Tellbridge", "Quarvo"} <= items
    assert not any("backer" in item for item in items)


def test_people_taking_part_outside_a_round_are_not_organizations():
    text = "The meeting ran late. Ana Ruiz and Tom Allen also took part in the call."
    assert cue_list_items(text) == []


_APPOSED = [row for row in ORGANIZATION_CUES if row[1].startswith("It also put money into a Seoul start-up")]


@pytest.mark.parametrize(("cue", "example", "name"), _APPOSED, ids=_ids(_APPOSED))
def test_a_name_set_off_after_its_kind_is_an_organization(cue, example, name):
    assert cue.search(example)
    assert name in {example[s:e] for s, e in cue_name_spans(example)}
    assert name in organizations(example)


def test_a_possessive_kind_sets_off_no_name():
    text = "The company's founder, Ana Ruiz, said demand grew."
    assert "Ana Ruiz" not in {text[s:e] for s, e in cue_name_spans(text)}
