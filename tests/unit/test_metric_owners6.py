"""Owners of figures by structure (GOLD_SCHEMA Conventions): a name written later in the sentence as
another figure's possessor owns that figure only; "the company" is never a cloud unit named after its
parent."""

from __future__ import annotations

import re

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _mentions(text: str, names: dict[str, str]) -> list[OrgMention]:
    """Each written form -> its key, longest forms first (a form inside a longer one is not a mention)."""
    found: list[OrgMention] = []
    taken: set[int] = set()
    for form in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(form), text):
            if taken.isdisjoint(range(m.start(), m.end())):
                key = names[form]
                found.append(OrgMention(key, key.title(), form, m.start(), m.end()))
                taken.update(range(m.start(), m.end()))
    return sorted(found, key=lambda m: m.start)


def _owners(text: str, names: dict[str, str]) -> dict[float, str]:
    facts: list[MetricFact] = find_metrics(text, _mentions(text, names), None, find_quantities(text))
    return {f.value: f.organization_key for f in facts}


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
