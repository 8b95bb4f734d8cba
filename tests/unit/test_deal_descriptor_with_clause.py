"""A business described by a descriptor the organizations stage read as its alias, with words of its own
after it, before "acquired by": "Lumen Data, the company that designs tools acquired by Orion Group in
2023" is Orion Group's purchase of Lumen Data."""

from __future__ import annotations

from pipelines.extraction.deals import _deals_in_sentence
from pipelines.extraction.model import OrgMention

LUMEN = OrgMention("lumen data", "Lumen Data", "Lumen Data", 0, 10)
DESCRIPTOR = OrgMention("lumen data", "Lumen Data", "the company", 12, 23)
ORION = OrgMention("orion group", "Orion Group", "Orion Group", 60, 71)


def _roles(masked: str) -> list[tuple[str, dict[str, str]]]:
    return [
        (deal_type, {m.name: role for m, role in parties})
        for deal_type, parties, _clause in _deals_in_sentence(masked, [LUMEN, DESCRIPTOR, ORION])
    ]


def test_a_descriptor_alias_with_a_clause_of_its_own_before_acquired_by():
    masked = "⟨0⟩, ⟨1⟩ that designs deck and handling systems acquired by ⟨2⟩ in 2023, grew."
    assert _roles(masked) == [("acquisition", {"Orion Group": "acquirer", "Lumen Data": "target"})]


def test_the_descriptor_alias_alone_still_reads():
    masked = "⟨0⟩, ⟨1⟩ acquired by ⟨2⟩ in 2023, grew."
    assert _roles(masked) == [("acquisition", {"Orion Group": "acquirer", "Lumen Data": "target"})]
