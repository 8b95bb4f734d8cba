"""A descriptor in a block of text that names no organization ("The company also reported results.")
stands for the story's main organization, not the organization the text named last (the recognizer's
pick by recency); a block that names someone, by a mention or a name's first word, keeps the pick."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import anaphora as N
from tests.unit.metric_rows import owners_of as _owners
from tests.unit.metric_rows import written_mentions as _mentions

_STORY = (
    "Velorix Group agreed to buy Quill Bank. Velorix said the deal closes in May. Velorix will pay cash, "
    "Velorix keeps the brand and Velorix's chief executive will run both.\n\n"
    "Quill Bank, founded in 2001, has 40 branches.\n\n"
)
_FIGURES = " Revenue rose 7% to $900 million."


def _names(descriptor: str) -> dict[str, str]:
    # the recognizer resolves the descriptor by recency: to the bank named last
    return {"Velorix Group": "velorix", "Velorix": "velorix", "Quill Bank": "quill", descriptor: "quill"}


def _descriptor(example: str) -> str:
    return example.removesuffix(" also reported results.")


@pytest.mark.parametrize("example", N.MAIN_DESCRIPTOR_EXAMPLES)
def test_a_descriptor_in_a_block_naming_no_one_stands_for_the_main_organization(example: str) -> None:
    text = _STORY + example
    resolved = N.descriptors_in_paragraph(text, _mentions(text, _names(_descriptor(example))))
    assert [m.key for m in resolved if m.text == _descriptor(example)] == ["velorix"]


@pytest.mark.parametrize("example", N.MAIN_DESCRIPTOR_EXAMPLES)
def test_the_figures_after_such_a_descriptor_are_the_main_organizations(example: str) -> None:
    text = _STORY + example + _FIGURES
    assert _owners(text, _names(_descriptor(example)))[900e6] == "velorix"


@pytest.mark.parametrize(
    "block",
    (
        # the block writes the first word of the recognizer's pick
        "The company also reported results. Quill's staff rose 5%.",
        # a list item hard-wrapped over lines is one block, and it names the bank
        "* Quill Bank said it won\n  new clients. The company also reported results.",
    ),
)
def test_a_block_that_names_someone_keeps_the_recognizers_pick(block: str) -> None:
    text = _STORY + block
    resolved = N.descriptors_in_paragraph(text, _mentions(text, _names("The company")))
    assert [m.key for m in resolved if m.text == "The company"] == ["quill"]


def test_the_leads_organization_beats_the_most_mentioned_one() -> None:
    # the article names its chain Quill more often than the group itself
    text = (
        "Velorix Group said its Quill chain grew. Quill opened stores, Quill hired staff and Quill won.\n\n"
        "The company also reported results."
    )
    names = {"Velorix Group": "velorix", "Quill": "quill", "The company": "quill"}
    mentions = _mentions(text, names)
    lead = next(m for m in mentions if m.key == "velorix")
    resolved = N.descriptors_in_paragraph(text, mentions, lead=lead)
    assert [m.key for m in resolved if m.text == "The company"] == ["velorix"]


def test_a_descriptor_resolved_to_the_headlines_organization_keeps_it() -> None:
    # the brand Quill is named more often than the group the headline opens with
    text = (
        "Velorix profit jumps as Quill owner holds prices\n\n"
        "Quill opened stores, Quill hired staff and Quill won awards.\n\n"
        "Net income, which the company calls its best, rose."
    )
    names = {"Velorix": "velorix", "Quill": "quill", "the company": "velorix"}
    resolved = N.descriptors_in_paragraph(text, _mentions(text, names))
    assert [m.key for m in resolved if m.text == "the company"] == ["velorix"]
