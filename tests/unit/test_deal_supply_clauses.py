"""A contract told by the clause that says what it does ("an agreement under which A will supply ... to
B"): the side that serves and the side served are its parties, whoever announced or approved it
(invented names)."""

from __future__ import annotations

import pytest

from tests.unit.extractor_cases import deal_rows

SUPPLY_CLAUSES = [
    ("Orvane Chemicals also announced today a long-term agreement under which it will supply binders for "
     "battery cathodes to Kestrel Cells.", {"Orvane Chemicals", "Kestrel Cells"}),
    ("The board also approved an agreement under which Orvane Chemicals will supply grinding aids to Kestrel "
     "Mining for five years.", {"Orvane Chemicals", "Kestrel Mining"}),
    ("Orvane Chemicals has a contract whereby Lumen Logistics is to deliver its resins to Kestrel Plastics.",
     {"Lumen Logistics", "Kestrel Plastics"}),
]


@pytest.mark.parametrize(("sentence", "parties"), SUPPLY_CLAUSES)
def test_supply_clause_names_the_contract_sides(extractor, sentence, parties):
    text = f"Orvane Chemicals reported results on Monday. {sentence}"
    assert ("contract", frozenset(parties)) in deal_rows(extractor, text)
