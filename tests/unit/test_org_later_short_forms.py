"""entities/later_short_forms.py: a one-word name written after the longer name it opens is that company
written shorter; written first, or beside a longer name ending in a place, it stays an organization."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.entities.later_short_forms import (
    fold_short_forms_written_later,
    full_name_written_first,
    in_a_heading,
)
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


@pytest.mark.parametrize(
    "text",
    [
        # a headline shortens the company before the story introduces it
        "Velorix to buy Quandra for $40 million\n\nVelorix Software said on Monday. Velorix expects growth.",
        # so does an e-mail's subject line or a contents line
        "Subject: Digest #4 - Velorix's year\n\n1) Velorix results\n\n"
        "Velorix Software lifted profit. Velorix grew.",
        # and a boxed heading over a story in a digest
        "Other news.\n\n=== In brief: Velorix widens footprint ===\n\n"
        "Velorix Software said revenue rose. Velorix grew.",
    ],
)
def test_a_short_name_in_a_heading_does_not_count_as_written_first(text):
    found = folded(text, "Velorix Software", "Velorix")
    assert "Velorix" not in found
    assert "Velorix" in found["Velorix Software"]


def test_a_short_name_in_a_sentence_before_the_full_name_keeps_its_record():
    text = "Velorix to buy Quandra.\n\nVelorix Software, its unit, said on Monday. Velorix expects growth."
    found = folded(text, "Velorix Software", "Velorix")
    assert "Velorix" in found


@pytest.mark.parametrize(
    ("text", "position", "heading"),
    [
        ("Velorix to buy Quandra\n\nVelorix Software said so.", 0, True),
        ("Velorix to buy Quandra\n\nVelorix Software said so.", 24, False),
        ("Date: Mon\nSubject: Velorix's year\n\nBody text here.", 20, True),
        ('Intro.\n\nVelorix said, "we grew."\n\nEnd', 9, False),
    ],
)
def test_in_a_heading_reads_blocks_that_close_no_sentence(text, position, heading):
    assert in_a_heading(text, position) is heading


@pytest.mark.parametrize(
    ("short", "longer", "text", "full"),
    [
        # the only longer name, written before the short one in the prose
        (
            "Tsurugi",
            ["Tsurugi Estate"],
            "Tsurugi Estate signed. It is owned 49% by Tsurugi.",
            "Tsurugi Estate",
        ),
        # of two longer names, the one written first; a headline's short name does not count
        (
            "Kazeyama",
            ["Kazeyama Cloud Solutions", "Kazeyama Telecom"],
            "Kazeyama deal\n\nKazeyama Telecom formed Kazeyama Cloud Solutions. Kazeyama owns 51%.",
            "Kazeyama Telecom",
        ),
        # a kind word may open the full name
        ("Traxión", ["Grupo Traxión"], "Grupo Traxión said so. Traxión bought a rival.", "Grupo Traxión"),
    ],
)
def test_full_name_written_first_is_the_company_a_short_name_refers_back_to(short, longer, text, full):
    assert full_name_written_first(short, longer, text, default_gazetteer()) == full


@pytest.mark.parametrize(
    ("short", "longer", "text"),
    [
        # the short name written first in a sentence: a parent before its unit
        ("Turkvale", ["Turkvale Superonline"], "Turkvale bought it. Turkvale Superonline, its unit, grew."),
        # a unit's division word or a country closes the longer name
        ("Velorix", ["Velorix Cloud"], "Velorix Cloud grew. Velorix said so."),
        ("Velorix", ["Velorix Kenya"], "Velorix Kenya grew. Velorix said so."),
    ],
)
def test_full_name_written_first_is_none_for_a_parent_or_its_part(short, longer, text):
    assert full_name_written_first(short, longer, text, default_gazetteer()) is None


def test_a_headline_naming_the_parent_before_its_unit_keeps_two_records():
    text = "Velorix grows 9%; cloud unit Velorix Nuvo passes $1m\n\nIT firm Velorix reported sales."
    found = folded(text, "Velorix Nuvo", "Velorix")
    assert "Velorix" in found


def test_a_word_written_alone_only_in_a_headline_keeps_its_record():
    text = "Velmont data-centre deal signed\n\nIt signed with the Velmont Government and Velmont University."
    found = folded(text, "Velmont Government", "Velmont University", "Velmont")
    assert "Velmont" in found


@pytest.mark.parametrize("numbered", ["Velorix I", "Velorix IV", "Velorix Private Equity III", "Velorix 2"])
def test_full_name_written_first_is_never_a_numbered_one_of_a_series(numbered):
    text = f"{numbered} grew. Velorix owns it."
    assert full_name_written_first("Velorix", [numbered], text, default_gazetteer()) is None
