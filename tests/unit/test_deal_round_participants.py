"""A round's investors named in the sentence after it, by the verbs of taking part ("came in alongside",
"followed on", "also taking part", "A led, joined by B"), and the round's opening never taking its
investee from an apposition (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_threads import find_opening
from pipelines.extraction.model import OrgMention
from tests.unit.extractor_cases import deal_rows

OPENING = "Kestrel Labs has raised $13 million in a Series A round. "
INVESTORS = {"Kestrel Labs", "Orion Ventures", "Fabrikam Capital", "Tellis Partners"}

PARTICIPATION = {
    "came in alongside / followed on": "Orion Ventures led the round; Fabrikam Capital came in alongside, "
                                       "and existing backer Tellis Partners followed on.",
    "also taking part": "Orion Ventures led the round, with Fabrikam Capital and Tellis Partners also taking "
                        "part.",
    "led, joined by": "Orion Ventures led, joined by Fabrikam Capital and by Tellis Partners.",
    "also came in": "Orion Ventures led the round. Fabrikam Capital and two angel investors from London also "
                    "came in. Tellis Partners also took part.",
    "took part through": "Orion Ventures led the round. Fabrikam Capital also invested. The state agency "
                         "Tellis Partners took part through its innovation fund.",
    "more money after a relative clause": "Orion Ventures led the round. Fabrikam Capital also took part. "
                                          "Tellis Partners, which backed the seed round, put in more money "
                                          "as well.",
}


@pytest.mark.parametrize("follow_up", PARTICIPATION.values(), ids=PARTICIPATION.keys())
def test_round_participants_named_after_the_round(extractor, follow_up):
    found = deal_rows(extractor, OPENING + follow_up)
    assert ("funding", frozenset(INVESTORS)) in found


def test_opening_subject_is_never_inside_an_apposition():
    slots = [OrgMention("a", "A", "A", 0, 1)]
    masked = "Kestrel, the app licensed by the ⟨0⟩, has raised $22 million."
    assert find_opening(masked, slots, 0).subject.key == "a"  # what the pattern alone reads
    assert find_opening(masked, slots, 0, frozenset({0})) is None


def test_opening_subject_before_an_apposition_naming_another_organization():
    slots = [OrgMention("a", "A", "A", 0, 1), OrgMention("b", "B", "B", 5, 6)]
    masked = "⟨0⟩, the spin-off from ⟨1⟩ that makes robots, closed a $75 million Series C round."
    assert find_opening(masked, slots, 0).subject.key == "a"


def test_an_acronym_in_brackets_is_the_name_before_it_not_context():
    from pipelines.extraction.deals import _context_only

    orion = OrgMention("orion", "Orion Group", "Orion Group", 4, 15)
    acronym = OrgMention("orion", "Orion Group", "OG", 17, 19)
    other = OrgMention("fab", "Fabrikam", "Fabrikam", 40, 48)
    assert _context_only("The ⟨0⟩ (⟨1⟩) on Thursday signed a memorandum.", [orion, acronym]) == frozenset()
    licensed = "⟨1⟩, the app licensed by the ⟨0⟩, has raised $2 million."
    assert _context_only(licensed, [other, orion]) == {0}
