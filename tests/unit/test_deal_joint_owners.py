"""Joint owners of a venture told in a clause on the venture: the relative pronoun left out ("the mine
Orion Group jointly owns with B"), the partner after a place's possessive ("with Peru's B"), and owners
"in equal parts" after "controlled by"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_deal_grammar_forms import deals_of, parties

JOINT_OWNER_TEXTS = [
    # no "that" before the owner
    "Lumen Chips, the manufacturing company Orion Group jointly owns with Kestrel Holdings, grew.",
    # the partner after a place's possessive
    "Lumen Copper, the copper mine that Orion Group owns jointly with Poland's Kestrel Holdings, grew.",
    # "controlled in equal parts by A and B"
    "Lumen Grid, the transmission company that is controlled in equal parts by Orion Group and the Spanish "
    "group Kestrel Holdings, grew.",
]


@pytest.mark.parametrize("text", JOINT_OWNER_TEXTS)
def test_joint_owners_told_in_a_clause_on_the_venture_are_a_joint_venture(text):
    assert [(d.deal_type, parties(d)) for d in deals_of(text)] == [
        ("joint_venture", {"Orion Group", "Kestrel Holdings"})
    ]


def test_a_company_one_organization_owns_is_no_joint_venture():
    assert deals_of("Lumen Bank, the company Orion Group owns, signed a loan with Kestrel Holdings.") == []


def test_joint_owners_without_that_end_to_end(extractor):
    text = (
        "Orion Group reported higher sales on Tuesday.\n\n"
        "Its revenue rose 8% to $2.1 billion in 2024.\n\n"
        "Lumen Copper, the copper mine Orion Group jointly owns with Poland's Kestrel Mining, produced "
        "180,000 tonnes."
    )
    deals = extractor.extract(text, date(2025, 3, 6)).deals
    assert ("joint_venture", {"Orion Group", "Kestrel Mining"}) in [
        (d.deal_type, {p.organization_name for p in d.participants}) for d in deals
    ]
