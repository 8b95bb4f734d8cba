"""Test helpers for the organization tests: the organizations an invented text gives (name -> aliases),
and model spans placed on the names as written."""

from __future__ import annotations

from pipelines.extraction.entities import boilerplate_spans, find_organizations


def found(text: str, ner=()) -> dict[str, list[str]]:
    """Every organization found in text with the given model spans, by display name, with its aliases."""
    result = find_organizations(text, ner, boilerplate_spans(text))
    return {o.name: list(o.aliases) for o in result.organizations}


def spans(text: str, label: str, *names: str) -> list[tuple[int, int, str]]:
    """A model span with the label on the first occurrence of each name."""
    return [(text.index(n), text.index(n) + len(n), label) for n in names]
