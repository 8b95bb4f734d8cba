"""An office-holder's office ("the Quarva Marshal's Office") is one public body, not an owner and its unit;
"Velorix's Quandra Group" stays two. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.vocabulary import OFFICE_HOLDER_OFFICES


def _found(text: str, span: str) -> set[str]:
    start = text.index(span)
    ner = [(start, start + len(span), "ORG")]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(
    ("holder", "text", "name"), OFFICE_HOLDER_OFFICES, ids=[h for h, _t, _n in OFFICE_HOLDER_OFFICES]
)
def test_an_office_holders_office_is_one_body(holder, text, name):
    assert f"{holder}'s Office" in name
    found = _found(text, name)
    assert name in found
    assert "Office" not in found


def test_an_owner_and_its_unit_stay_two():
    found = _found("It signed with Velorix's Quandra Group.", "Velorix's Quandra Group")
    assert "Velorix's Quandra Group" not in found
