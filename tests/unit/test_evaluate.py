"""Scoring rules of the evaluation command on hand-made gold and predictions."""

from __future__ import annotations

import json
from datetime import date

from pipelines.extraction.evaluate import (
    format_report,
    load_articles,
    max_matching,
    normalize_title,
    score_article,
)
from pipelines.extraction.model import (
    ArticleFacts,
    DealFact,
    DealParticipant,
    Evidence,
    MetricFact,
    OrganizationFact,
    PersonFact,
)

EVIDENCE = Evidence("x", 0, 1)


def org(name, aliases=(), parent=None, key=None):
    from pipelines.extraction.entities import organization_key

    return OrganizationFact(
        key=key or organization_key(name),
        name=name,
        kind="company",
        aliases=list(aliases),
        parent_key=organization_key(parent) if parent else None,
        parent_name=parent,
    )


def deal(deal_type, *names):
    from pipelines.extraction.entities import organization_key

    return DealFact(
        deal_type,
        [DealParticipant(organization_key(n), n, "partner") for n in names],
        None,
        None,
        None,
        "",
        EVIDENCE,
    )


def metric(org_name, name, value, unit, period):
    from pipelines.extraction.entities import organization_key

    return MetricFact(
        organization_key(org_name), org_name, name, value, unit, period, None, None, None, None, EVIDENCE
    )


GOLD = {
    "organizations": [
        {"name": "Lark Group", "aliases": ["Lark"], "parent": None, "kind": "company"},
        {"name": "Lark Cloud", "aliases": [], "parent": "Lark Group", "kind": "company"},
        {"name": "Kestrel Bank", "aliases": ["KB", "the bank"], "parent": None, "kind": "bank"},
        {"name": "Bank of Orion", "aliases": [], "parent": None, "kind": "bank"},
    ],
    "people": [{"name": "Ann Ko", "title": "Chief Executive", "organization": "Lark Group"}],
    "deals": [{"type": "partnership", "parties": ["Lark Group", "Kestrel Bank"]}],
    "metrics": [
        {"organization": "Lark Cloud", "metric": "revenue", "value": 1.0e9, "unit": "USD", "period": "2019"},
        {
            "organization": "Lark Cloud",
            "metric": "revenue_growth",
            "value": 90,
            "unit": "percent",
            "period": "Q2 2019",
        },
        {
            "organization": "Lark Cloud",
            "metric": "revenue_growth",
            "value": 90,
            "unit": "percent",
            "period": "Q3 2019",
        },
    ],
}


def test_organizations_match_by_alias_or_key_one_to_one():
    facts = ArticleFacts(
        organizations=[
            org("Lark Holdings Ltd", key="lark"),  # key equals the gold alias's key
            org("KB"),  # matches an alias
            org("Agricultural Bank of Orion"),  # must not match "Bank of Orion"
            org("Kestrel Bank Co Ltd"),  # second match for the same gold: a false positive
        ]
    )
    score = score_article("a", GOLD, facts).slots["organizations"]
    assert (score.tp, score.fp, score.fn) == (2, 2, 2)


def test_generic_descriptor_alias_never_matches():
    facts = ArticleFacts(organizations=[org("Other Bank", aliases=["the bank"])])
    assert score_article("a", GOLD, facts).slots["organizations"].tp == 0


def test_deal_parties_roll_up_one_level_and_type_accuracy():
    facts = ArticleFacts(
        organizations=[org("Lark Group"), org("Lark Cloud", parent="Lark Group"), org("Kestrel Bank")],
        deals=[deal("investment", "Lark Cloud", "Kestrel Bank")],
    )
    result = score_article("a", GOLD, facts)
    assert result.slots["deals"].tp == 1
    assert result.attributes["deal_type"].correct == 0 and result.attributes["deal_type"].total == 1


def test_deal_with_extra_party_does_not_match():
    facts = ArticleFacts(deals=[deal("partnership", "Lark Group", "Kestrel Bank", "Bank of Orion")])
    result = score_article("a", GOLD, facts).slots["deals"]
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_metrics_tolerance_and_period_preference():
    facts = ArticleFacts(
        metrics=[
            metric("Lark Group", "revenue", 1.015e9, "USD", "2019"),  # parent of gold org, within 2%
            metric("Lark Cloud", "revenue_growth", 90.4, "percent", "Q3 2019"),
            metric("Lark Cloud", "revenue_growth", 89.8, "percent", "Q2 2019"),
            metric("Lark Cloud", "revenue", 1.05e9, "USD", "2019"),  # 5% off: no match
        ]
    )
    result = score_article("a", GOLD, facts)
    assert (result.slots["metrics"].tp, result.slots["metrics"].fp) == (3, 1)
    assert result.attributes["metric_period"].correct == 3


def test_person_title_normalized():
    facts = ArticleFacts(people=[PersonFact("Ann Ko", "the chief executive", None, None)])
    result = score_article("a", GOLD, facts)
    assert result.slots["people"].tp == 1 and result.attributes["person_title"].correct == 1
    assert normalize_title("Head of the fintech division") == normalize_title("head of fintech division")


def test_max_matching_finds_augmenting_paths():
    compatible = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda g, p: (g, p) in compatible) == [(0, 1), (1, 0)]


def test_load_articles_skips_files_without_gold(tmp_path):
    body = (
        "Lark Group signed a partnership agreement with Kestrel Bank on Monday, the two companies said, "
        "adding that the deal covers cloud services, payments and lending to small businesses in the region."
    )
    (tmp_path / "001_a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "001_a.json").write_text(json.dumps({**GOLD, "published": "2020-01-01"}), encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "002_b.txt").write_text(body, encoding="utf-8")
    articles = list(load_articles([tmp_path]))
    assert [a.stem for a in articles] == ["001_a"]
    assert "Kestrel Bank" in articles[0].text
    assert articles[0].published is None or isinstance(articles[0].published, date)


def test_report_lists_every_slot():
    from pipelines.extraction.evaluate import Report, SlotCount

    text = format_report(
        Report([], {s: SlotCount() for s in ("organizations", "people", "deals", "metrics")}, {})
    )
    for slot in ("organizations", "people", "deals", "metrics"):
        assert slot in text
