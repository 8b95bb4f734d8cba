"""entities/later_short_forms.py: a one-word name written after the longer name it opens is that company
written shorter; written first, or beside a longer name ending in a place, it stays an organization."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.entities.later_short_forms import fold_short_forms_written_later
from pipelines.extraction.entities.records import Org
from pipelines.extraction.gazetteer import default_gazetteer


def folded(text: str, *names: str, legal: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """Name -> aliases after the fold, one record per name in ``names``."""
    orgs = {
        organization_key(name): Org(key=organization_key(name), names=Counter({name: 1}), legal=name in legal)
        for name in names
    }
    surface_to_key = {name: organization_key(name) for name in names}
    fold_short_forms_written_later(orgs, surface_to_key, text, default_gazetteer())
    return {org.name: org.aliases for org in orgs.values()}


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # the full name introduces the company, the short one refers back to it
        ("Velorix Software reported revenue. Velorix said margins rose.", "Velorix Software", "Velorix"),
        # a unit-like last word ("Bank") does not keep the short name apart when the article shortens it
        ("Quandra Bank swung to a profit. Shares of Quandra rose 3%.", "Quandra Bank", "Quandra"),
    ],
)
def test_a_short_name_written_after_the_full_name_is_the_same_company(text, long, short):
    found = folded(text, long, short)
    assert short not in found
    assert short in found[long]


def test_the_short_name_joins_the_longer_name_written_first():
    text = "Tarsel Bank lifted profit. Tarsel Loan Services, its servicer, grew. Tarsel kept its dividend."
    found = folded(text, "Tarsel Bank", "Tarsel Loan Services", "Tarsel")
    assert "Tarsel" in found["Tarsel Bank"]
    assert "Tarsel" not in found and "Tarsel" not in found["Tarsel Loan Services"]


@pytest.mark.parametrize(
    ("text", "long", "short", "legal"),
    [
        # the parent written first, its unit after it: two organizations
        ("Quandra lifted profit. Its unit Quandra Securities grew.", "Quandra Securities", "Quandra", ()),
        # a longer name ending in a country is the company's arm there, whatever the order
        ("Velorix Kenya grew sales. Velorix, its parent, owns 60%.", "Velorix Kenya", "Velorix", ()),
        ("Velorix Perú grew sales. Velorix, its parent, owns 60%.", "Velorix Perú", "Velorix", ()),
        # ... and one ending in a division's word a part of the company
        ("Velorix Cloud grew 30%. Velorix said margins widened.", "Velorix Cloud", "Velorix", ()),
        # a short name written with a legal form is a company of its own
        ("Orbanta Studios shipped a game. Orbanta AB owns it.", "Orbanta Studios", "Orbanta", ("Orbanta",)),
    ],
)
def test_a_short_name_stays_its_own_organization(text, long, short, legal):
    found = folded(text, long, short, legal=legal)
    assert short in found
    assert short not in found[long]
