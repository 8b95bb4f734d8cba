"""Where a story states whose figures it reports (metrics/story_lead.py): a bare dateline's place in
capitals owns nothing and leads nothing; a heading naming a company over a block of figure lines, without
a colon, captions the block as that company's."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.story_lead import (
    BARE_DATELINES,
    FIGURES_HEADINGS,
    bare_dateline_spans,
    captions_figures,
)
from tests.unit.metric_rows import owners_of


@pytest.mark.parametrize("cue", BARE_DATELINES, ids=lambda c: c.example[:20])
def test_each_dateline_cue_reads_its_example(cue) -> None:
    spans = bare_dateline_spans(cue.example)
    assert spans and cue.example[: spans[0][1]].split()[0].isupper()


@pytest.mark.parametrize("cue", FIGURES_HEADINGS, ids=lambda c: c.example)
def test_each_heading_cue_reads_its_example(cue) -> None:
    assert captions_figures(cue.example)


def test_a_heading_or_a_sentence_is_no_dateline_and_a_sentence_captions_nothing() -> None:
    assert bare_dateline_spans("VELORIX -- RESULTS\n") == []  # a heading of a few words
    assert bare_dateline_spans("Velorix -- the maker of valves -- said on Monday its sales rose.\n") == []
    assert not captions_figures("Velorix said its results were a highlight of the year at a glance.")


# The place opening the lead is tagged an organization (as the recognizer does): the figures the prose
# writes without a name are the lead company's, not the dateline's.
DATELINE_STORY = (
    "Velorix lifts profit as sales grow\n\n"
    "OSAKA -- Velorix Holdings reported on Tuesday that operating income rose 14% to ¥27.6 billion in "
    "the fiscal year ended March 2026.\n\n"
    "Net sales for the year climbed 9.8% to ¥91.4 billion.\n"
)


def test_a_bare_datelines_place_owns_none_of_the_leads_figures() -> None:
    owners = owners_of(DATELINE_STORY, {"OSAKA": "osaka", "Velorix Holdings": "velorix"})
    assert owners[91.4e9] == "velorix"
    assert "osaka" not in owners.values()


# A deal's target owns the prose's only named figure; the block below is captioned by its buyer's name.
CAPTIONED_BLOCK = (
    "Velorix buys Quill\n\n"
    "Velorix said on Monday it had agreed to acquire Quill, a maker of chat software, for $900 million.\n\n"
    "Quill had revenue of $85 million in 2025 and counts 1,000 customers.\n\n"
    "Velorix second quarter 2025 at a glance\n\n"
    "- Total revenue: $726.8 million (+6%)\n\n"
    "- Net income: $121.4 million\n"
)


def test_a_heading_naming_a_company_without_a_colon_captions_its_block() -> None:
    owners = owners_of(CAPTIONED_BLOCK, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[726.8e6] == "velorix"
    assert owners[121.4e6] == "velorix"
    assert owners[85e6] == "quill"


# ---------------------------------------------------------------------------------------------
# A company's short name as a possessive (metrics/short_possessives.py)

from pipelines.extraction.metrics.short_possessives import (  # noqa: E402
    SHORT_POSSESSIVE_EXAMPLE,
    short_possessive_mentions,
)
from tests.unit.metric_rows import written_mentions  # noqa: E402


def test_a_short_possessive_is_a_mention_of_the_one_name_it_opens() -> None:
    names = {"Quill Capital": "quill capital", "Velorix Learning Holding": "velorix learning"}
    found = short_possessive_mentions(
        SHORT_POSSESSIVE_EXAMPLE, written_mentions(SHORT_POSSESSIVE_EXAMPLE, names)
    )
    assert [m.key for m in found if m.text == "Velorix"] == ["velorix learning"]
    owners = owners_of(SHORT_POSSESSIVE_EXAMPLE, names)
    assert owners[9.1e9] == "velorix learning"  # not the investor named first in the sentence before


def test_a_short_form_two_names_open_or_written_alone_elsewhere_is_left_alone() -> None:
    text = "Velorix Labs and Velorix Cloud grew. Velorix's revenue rose 16% to $9.1 billion."
    names = {"Velorix Labs": "labs", "Velorix Cloud": "cloud"}
    assert all(m.text != "Velorix" for m in short_possessive_mentions(text, written_mentions(text, names)))
    alone = "Velorix Labs grew. Velorix, its parent, earned more. Velorix's revenue rose 16%."
    names = {"Velorix Labs": "labs", "Velorix": "parent"}
    found = short_possessive_mentions(alone, written_mentions(alone, names))
    assert len(found) == len(written_mentions(alone, names))
