"""A count stated as "the number of X <verb> N": kept, and named by X's head noun."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import vocabulary as V
from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize(("text", "name"), V.NUMBER_OF_EXAMPLES)
def test_a_number_of_phrase_names_its_count(text: str, name: str) -> None:
    assert {r[0] for r in velorix_rows(text) if r[2] == "count"} == {name}


@pytest.mark.parametrize(
    ("left", "name"),
    [
        ("the number of passengers it flew slipped 3% to ", "other"),
        ("The number of clients billing more than $5 million annually stood at ", "customers"),
        ("The number of employees, expressed as full-time equivalents, was ", "other"),
        ("Velorix said revenue rose to ", None),  # no "number of": nothing decided here
    ],
)
def test_the_head_noun_before_a_participle_or_preposition_names_the_count(
    left: str, name: str | None
) -> None:
    assert V.number_of_name(left) == name
