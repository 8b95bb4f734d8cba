"""Deals told inside a relative clause that describes a name ("B, which bought C in 2017, earned ...",
"B, whose purchase by A closed in June, grew ..."): the clause's organizations are context for the
sentence's own facts, but parties of the deal the clause itself tells (invented names)."""

from __future__ import annotations

import pytest

from tests.unit.extractor_cases import deal_rows, deal_rows_with_amounts

A, B = "Orion Group", "Tallis Networks"

RELATIVE_CLAUSE_DEALS = {
    # the relative word is the clause's subject: the described name is the buyer
    "which as subject": ("Orion Group, which bought rival Tallis Networks in 2017 and runs a small unit, "
                         "earned net income of about $1.3 billion last year."),
    # the relative word owns the deal noun: the described name is what was bought
    "whose deal noun": ("Tallis Networks, whose acquisition by Orion Group closed in June for $170 million, "
                        "is widening its reach into security research."),
}


@pytest.mark.parametrize("text", RELATIVE_CLAUSE_DEALS.values(), ids=RELATIVE_CLAUSE_DEALS.keys())
def test_deal_told_in_a_relative_clause(extractor, text):
    assert ("acquisition", frozenset({A, B})) in deal_rows(extractor, text)


def test_relative_clause_amount_is_its_own(extractor):
    found = deal_rows_with_amounts(extractor, RELATIVE_CLAUSE_DEALS["whose deal noun"])
    assert ("acquisition", frozenset({A, B}), 170e6, "USD") in found


def test_relative_clause_without_a_deal_stays_context(extractor):
    found = deal_rows(
        extractor,
        "Tallis Networks, which runs the Orion Group app, signed a partnership with Kestrel Labs.",
    )
    assert all(A not in parties for _, parties in found)
