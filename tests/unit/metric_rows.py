"""Test helpers for the metric tests: the facts and rows an article about "Velorix" gives; mentions of
named organizations and the owner of each figure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def velorix_facts(text: str) -> list[MetricFact]:
    """The metrics of `text` with every "Velorix" a mention of the one organization."""
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


def velorix_rows(text: str) -> set[tuple[str, float, str]]:
    """(name, value, unit) of each metric of `text`."""
    return {(f.metric_name, round(f.value, 6), f.unit) for f in velorix_facts(text)}


def written_mentions(text: str, names: dict[str, str]) -> list[OrgMention]:
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


def owners_of(text: str, names: dict[str, str]) -> dict[float, str]:
    """Each figure's value -> the key of the organization that owns it, the names written as `names` says."""
    facts: list[MetricFact] = find_metrics(text, written_mentions(text, names), None, find_quantities(text))
    return {f.value: f.organization_key for f in facts}


def name_mentions(text: str, names: Iterable[str]) -> list[OrgMention]:
    """Every whole-word occurrence of each name as a mention of its own organization, in text order."""
    found = [
        OrgMention(name.lower(), name, name, m.start(), m.end())
        for name in names
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    ]
    return sorted(found, key=lambda m: m.start)


def named_facts(text: str, names: Iterable[str], published: date | None = None) -> list[MetricFact]:
    """The metrics of `text` with each of `names` an organization wherever it is written."""
    return find_metrics(text, name_mentions(text, names), published, find_quantities(text))
