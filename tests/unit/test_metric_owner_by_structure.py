"""Owners of figures by structure (GOLD_SCHEMA Conventions): a name written later in the sentence as
another figure's possessor owns that figure only; "the company" is never a cloud unit named after its
parent."""

from __future__ import annotations

from tests.unit.metric_rows import owners_of as _owners


def test_a_later_possessor_of_another_figure_does_not_own_the_figures_before_it() -> None:
    text = (
        "Velorix reported its results for 2024 on Tuesday. Total revenue of $5 billion grew 16%, "
        "and Zenbox Cloud revenue of $2 billion grew 23%."
    )
    owners = _owners(text, {"Velorix": "velorix", "Zenbox Cloud": "zenbox cloud"})
    assert owners[5e9] == "velorix" and owners[16] == "velorix"
    assert owners[2e9] == "zenbox cloud"


def test_the_company_is_never_a_cloud_unit_named_after_its_parent() -> None:
    text = (
        "Velorix reported its results for 2024 on Tuesday. Velorix Cloud revenue rose 20% to $2 billion. "
        "The company had about 5,000 customers."
    )
    names = {"Velorix": "velorix", "Velorix Cloud": "velorix cloud", "The company": "velorix cloud"}
    assert _owners(text, names)[5000] == "velorix"


def test_the_company_may_be_a_subsidiary_named_after_its_parent() -> None:
    text = (
        "Velorix reported its results for 2024 on Tuesday. Velorix Uplus revenue rose 20% to $2 billion. "
        "The company had about 5,000 customers."
    )
    names = {"Velorix": "velorix", "Velorix Uplus": "velorix uplus", "The company": "velorix uplus"}
    assert _owners(text, names)[5000] == "velorix uplus"
