"""Shorthands for the full-extractor case tests (NER model plus rules on self-written texts with
invented companies): each turns the extracted facts into the tuples a test compares."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 5, 20)


def metric_rows(extractor, text: str, published: date | None = PUBLISHED) -> list[tuple]:
    """(owner, metric name, value, unit, period label) of every metric found."""
    facts = extractor.extract(text, published)
    return [(m.organization_name, m.metric_name, m.value, m.unit, m.period_label) for m in facts.metrics]


def deal_rows(extractor, text: str, published: date | None = PUBLISHED) -> list[tuple]:
    """(deal type, parties) of every deal found."""
    facts = extractor.extract(text, published)
    return [(d.deal_type, frozenset(p.organization_name for p in d.participants)) for d in facts.deals]


def deal_rows_with_amounts(extractor, text: str, published: date | None = PUBLISHED) -> list[tuple]:
    """(deal type, parties, amount, currency) of every deal found."""
    facts = extractor.extract(text, published)
    return [
        (d.deal_type, frozenset(p.organization_name for p in d.participants), d.amount, d.currency)
        for d in facts.deals
    ]


def party_sets(found: list[tuple]) -> set[frozenset]:
    return {d[1] for d in found}


def org_aliases(extractor, text: str) -> dict[str, list[str]]:
    """Every organization found, with its sorted aliases."""
    facts = extractor.extract(text, PUBLISHED)
    return {o.name: sorted(o.aliases) for o in facts.organizations}
