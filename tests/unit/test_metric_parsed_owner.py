"""A figure's owner from the dependency parse (metrics/parsed_owner.py): the subject of the verb that
governs the figure, its possessor, "revenue at X", a relative clause's antecedent, a name the figure
hangs on; no owner where the parse names none. Companies and figures are invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.parsed_owner import parsed_owner
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax
from tests.unit.metric_rows import name_mentions


def _mentions(text: str, names: tuple[str, ...]) -> list[OrgMention]:
    return name_mentions(text, names)


def _owner(text: str, figure: str, names: tuple[str, ...]) -> str | None:
    sentence = split_sentences(text)[0]
    start = text.index(figure)
    owner = parsed_owner(Syntax(), sentence, start, start + len(figure), _mentions(text, names))
    return owner.name if owner else None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the subject of the governing verb, past a relative clause naming another organization
        ("Velorix, which competes with Quill in Europe, reported a net loss of $1.3 billion.", "$1.3 billion",
         "Velorix"),
        # the possessor of the subject
        ("Quill said Velorix's revenue rose 12% to $5 billion.", "$5 billion", "Velorix"),
        # the organization after "revenue at"
        ("Revenue at Velorix rose to $5 billion, Quill said.", "$5 billion", "Velorix"),
        # the antecedent of a relative pronoun
        ("Quill sold its stake to Velorix, which reported revenue of $5 billion.", "$5 billion", "Velorix"),
        # a figure in brackets after a name hangs on that name, not on the sentence's subject
        ("Velorix overtook Quill (16%) in the quarter.", "16%", "Quill"),
    ],
)
def test_the_parse_names_the_owner(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure, ("Velorix", "Quill")) == owner


def test_a_subject_that_is_no_organization_leaves_the_owner_to_the_rules() -> None:
    text = "Revenue rose 12% to $5 billion, helped by a contract with Quill, Velorix said."
    assert _owner(text, "$5 billion", ("Velorix", "Quill")) is None


def test_only_at_of_from_for_name_the_owner_after_the_measure() -> None:
    # "sales to Quill": Quill is the customer; the parse states no owner and the rules decide
    text = "Sales to Quill rose 12% to $5 billion, Velorix said."
    assert _owner(text, "$5 billion", ("Velorix", "Quill")) is None


def test_a_sentence_naming_one_organization_is_not_parsed() -> None:
    text = "Velorix reported revenue of $5 billion."
    syntax = Syntax()
    sentence = split_sentences(text)[0]
    start = text.index("$5 billion")
    assert parsed_owner(syntax, sentence, start, start + 10, _mentions(text, ("Velorix",))) is None
    assert syntax.sentences == ()


def test_find_metrics_takes_the_parsed_owner_over_the_nearest_name() -> None:
    text = (
        "Velorix reported results for 2024.\n\n"
        "Quill, which buys chips from Velorix, reported a net loss of $1.3 billion for 2024."
    )
    mentions = _mentions(text, ("Velorix", "Quill"))
    facts = find_metrics(text, mentions, None, find_quantities(text), Syntax())
    assert {(f.organization_name, f.value) for f in facts} == {("Quill", -1.3e9)}


def test_a_figure_written_right_after_a_listed_name_is_that_names_whatever_the_parse_says() -> None:
    text = "Quill held a 30% share of the cloud market in 2023, followed by Velorix at 16%."
    mentions = _mentions(text, ("Velorix", "Quill"))
    facts = find_metrics(text, mentions, None, find_quantities(text), Syntax())
    assert ("Velorix", 16.0) in {(f.organization_name, f.value) for f in facts}
