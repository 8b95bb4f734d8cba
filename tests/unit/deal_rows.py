"""Test helper for the deal tests: each deal the rules find in a text, as its type and its parties' roles."""

from __future__ import annotations

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences


def roles_of(text: str) -> list[tuple[str, dict[str, str]]]:
    """(deal type, {organization name: role}) of each deal the rules find in `text`."""
    sentences = split_sentences(text)
    organizations = find_organizations(text, [], [], sentences)
    deals = find_deals(text, sentences, organizations)
    return [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals]
