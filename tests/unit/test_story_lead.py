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
