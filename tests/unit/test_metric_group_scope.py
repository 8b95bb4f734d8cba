"""Figures written as the group's (metrics/group_scope.py): in a sentence that names no organization they
are the topic company's, not the unit or counterparty the paragraph was about; a unit's own figure and a
sentence that names its owner are left to the other rules."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.group_scope import GROUP_SCOPE_CUES, group_of, scoped_to_group
from pipelines.extraction.model import OrgMention
from tests.unit.metric_rows import owners_of


@pytest.mark.parametrize("cue", GROUP_SCOPE_CUES, ids=lambda c: c.example[:30])
def test_each_group_cue_reads_its_example(cue) -> None:
    figure = cue.example.index("$") if "$" in cue.example else cue.example.index("291")
    assert scoped_to_group(cue.example, 0, figure, [], [])


def test_a_cue_inside_a_name_or_followed_by_a_descriptor_scopes_nothing() -> None:
    text = "Quill Group sales rose to $40 million."
    unit = OrgMention("quill group", "Quill Group", "Quill Group", 0, 11)
    assert not scoped_to_group(text, 0, text.index("$"), [unit], [])
    text = "The unit makes 16% of group sales, and its profit doubled to $21 million."
    its = text.index("its")
    assert not scoped_to_group(text, 0, text.index("$"), [], [(its, its + 3)])


def test_a_unit_topic_hands_group_figures_to_the_group_its_name_extends() -> None:
    group = OrgMention("velorix", "Velorix", "Velorix", 0, 7)
    unit = OrgMention("velorix cloud", "Velorix Cloud", "Velorix Cloud", 20, 33)
    assert group_of(unit, [group, unit]) is group
    assert group_of(group, [group, unit]) is group


# The paragraph of the group figures opens with a deal's counterparty, which the discourse would take for
# what "Consolidated net sales" is about.
COUNTERPARTY_STORY = (
    "Velorix profit falls; Quill stake raised\n\n"
    "Velorix reported on Monday that its results for 2025 were weaker.\n\n"
    "Quill makes soda ash in Wyoming and sells it across Asia. Consolidated net sales fell 9% to $205.4 "
    "million in 2025. Net profit attributable to equity holders of the parent dropped to $6.9 million.\n"
)


def test_group_figures_after_a_counterpartys_paragraph_are_the_topic_companys() -> None:
    owners = owners_of(COUNTERPARTY_STORY, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[205.4e6] == "velorix"
    assert owners[6.9e6] == "velorix"


def test_a_figure_of_a_named_unit_stays_the_units() -> None:
    text = (
        "Velorix profit falls\n\n"
        "Velorix reported on Monday that its results for 2025 were weaker.\n\n"
        "Quill, its soda unit, said consolidated net sales fell 9% to $205.4 million in 2025.\n"
    )
    owners = owners_of(text, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[205.4e6] == "quill"
