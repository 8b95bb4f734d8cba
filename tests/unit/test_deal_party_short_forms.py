"""A name a deal's grammar proposes that opens a known organization's name whose remaining words only
close a company's name is that organization named short, never a new one (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import _longer_known
from pipelines.extraction.model import OrganizationFact
from pipelines.extraction.org_cues import COMPANY_TAILS


@pytest.mark.parametrize("tail", [tail for tail, _example, _short, _full in COMPANY_TAILS])
def test_short_form_of_a_known_name_with_a_company_tail(tail):
    full = OrganizationFact(key="k", name=" ".join(("Quarvo", *tail)), kind="company")
    assert _longer_known("Quarvo", [full]) is full


def test_short_form_of_two_known_names_is_neither():
    known = [
        OrganizationFact(key="a", name="Quarvo Networks", kind="company"),
        OrganizationFact(key="b", name="Quarvo Minerals", kind="company"),
    ]
    assert _longer_known("Quarvo", known) is None


def test_short_form_of_two_known_names_is_the_one_the_prose_writes_first():
    known = [
        OrganizationFact(key="a", name="Quarvo Minerals", kind="company"),
        OrganizationFact(key="b", name="Quarvo Networks", kind="company"),
    ]
    text = "Quarvo deal\n\nQuarvo Networks formed Quarvo Minerals. The venture is 51% owned by Quarvo."
    assert _longer_known("Quarvo", known, text) is known[1]


def test_short_form_written_first_in_the_prose_names_a_parent():
    known = [OrganizationFact(key="a", name="Turkvale Superonline", kind="company")]
    text = "Turkvale bought a stake. Its unit Turkvale Superonline signed the deal."
    assert _longer_known("Turkvale", known, text) is None
