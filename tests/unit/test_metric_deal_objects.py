"""An organization named after a figure as a deal's or a comparison's object (metrics/deal_objects.py) is
a cause or a benchmark, never the figure's owner: the figure stays with the company the story is about."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.deal_objects import DEAL_OBJECT_CUES, deal_or_comparison_object
from pipelines.extraction.model import OrgMention
from tests.unit.metric_rows import owners_of


def _quill(text: str) -> OrgMention:
    start = text.index("Quill")
    return OrgMention("quill", "Quill", "Quill", start, start + len("Quill"))


@pytest.mark.parametrize("cue", DEAL_OBJECT_CUES, ids=lambda c: c.example[:30])
def test_each_cue_reads_its_example(cue) -> None:
    assert deal_or_comparison_object(cue.example, _quill(cue.example))


def test_a_subject_or_a_possessor_is_no_object() -> None:
    for text in ("Quill said revenue rose 5% to $90 million.", "Revenue at Quill rose 5% to $90 million."):
        assert not deal_or_comparison_object(text, _quill(text))


# The story's company is named in an earlier paragraph; the figure's sentence names only the company it
# bought, after the figure.
ACQUISITION_COST_STORY = (
    "Velorix bets on Quill as growth slows\n\n"
    "Velorix reported revenue of $671.4 million for 2025 on Tuesday.\n\n"
    "Profitability remained high. Net income fell slightly to $113.0 million, weighed down by costs "
    "related to the acquisition of Quill.\n"
)


def test_a_figure_before_the_acquisition_of_a_company_is_not_that_companys() -> None:
    owners = owners_of(ACQUISITION_COST_STORY, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[113.0e6] == "velorix"
