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


def test_named_metrics_leave_out_the_other_name_on_both_sides():
    gold = {**GOLD, "metrics": [*GOLD["metrics"], {"organization": "Lark Cloud", "metric": "other",
                                                  "value": 23, "unit": "count", "period": None}]}
    facts = ArticleFacts(
        metrics=[
            metric("Lark Cloud", "revenue", 1.0e9, "USD", "2019"),  # named, matched
            metric("Lark Cloud", "other", 23, "count", None),  # matched, but "other": not counted
            metric("Lark Cloud", "other", 5, "count", None),  # spurious "other": not counted
            metric("Lark Cloud", "profit", 3.0e8, "USD", "2019"),  # spurious named
        ]
    )
    result = score_article("a", gold, facts)
    assert (result.slots["metrics"].tp, result.slots["metrics"].fp, result.slots["metrics"].fn) == (2, 2, 2)
    named = result.slots["metrics_named"]
    assert (named.tp, named.fp, named.fn) == (1, 1, 2)


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


def directed_deal(deal_type, roles, amount=None, currency=None, announced=None):
    from pipelines.extraction.entities import organization_key

    participants = [DealParticipant(organization_key(n), n, role) for n, role in roles.items()]
    return DealFact(deal_type, participants, announced, amount, currency, "", EVIDENCE)


ACQUISITION_GOLD = {
    "organizations": [
        {"name": "Lark Group", "aliases": [], "parent": None, "kind": "company"},
        {"name": "Kestrel Bank", "aliases": [], "parent": None, "kind": "bank"},
    ],
    "deals": [{"type": "acquisition", "parties": ["Lark Group", "Kestrel Bank"],
               "roles": {"Lark Group": "acquirer", "Kestrel Bank": "target"},
               "announced": "2020-03-02", "amount": 1.2e9, "currency": "USD"}],
}


def test_deal_roles_amount_and_date_are_scored_on_matched_deals():
    right = directed_deal("acquisition", {"Lark Group": "acquirer", "Kestrel Bank": "target"},
                          1.21e9, "USD", date(2020, 3, 2))
    result = score_article("a", ACQUISITION_GOLD, ArticleFacts(deals=[right]))
    assert {a: (c.correct, c.total) for a, c in result.attributes.items() if a.startswith("deal_")} == {
        "deal_type": (1, 1), "deal_roles": (1, 1), "deal_amount": (1, 1), "deal_date": (1, 1)}

    swapped = directed_deal("acquisition", {"Lark Group": "target", "Kestrel Bank": "acquirer"},
                            1.2e6, "USD", date(2020, 3, 3))
    result = score_article("a", ACQUISITION_GOLD, ArticleFacts(deals=[swapped]))
    assert result.slots["deals"].tp == 1, "the parties still match"
    assert {a: (c.correct, c.total) for a, c in result.attributes.items() if a.startswith("deal_")} == {
        "deal_type": (1, 1), "deal_roles": (0, 1), "deal_amount": (0, 1), "deal_date": (0, 1)}
    assert {cause for (slot, cause) in result.causes} >= {"wrong roles", "wrong amount", "wrong date"}


def test_a_predicted_seller_is_a_gold_target_but_no_acquirer():
    gold_deal = {**ACQUISITION_GOLD["deals"][0], "roles": {"Kestrel Bank": "target"}}
    gold = {**ACQUISITION_GOLD, "deals": [gold_deal]}
    for role, correct in (("seller", 1), ("target", 1), ("acquirer", 0)):
        deal = directed_deal("acquisition", {"Lark Group": "acquirer", "Kestrel Bank": role},
                             1.2e9, "USD", date(2020, 3, 2))
        result = score_article("a", gold, ArticleFacts(deals=[deal]))
        roles = result.attributes["deal_roles"]
        assert (roles.correct, roles.total) == (correct, 1)


def test_an_amount_or_date_only_one_side_states_is_wrong_and_neither_is_not_counted():
    gold = {**ACQUISITION_GOLD, "deals": [{**ACQUISITION_GOLD["deals"][0], "amount": None, "currency": None}]}
    invented = directed_deal("acquisition", {"Lark Group": "acquirer", "Kestrel Bank": "target"}, 5e8, "USD")
    result = score_article("a", gold, ArticleFacts(deals=[invented]))
    assert (result.attributes["deal_amount"].correct, result.attributes["deal_amount"].total) == (0, 1)
    assert (result.attributes["deal_date"].correct, result.attributes["deal_date"].total) == (0, 1)
    gold = {**gold, "deals": [{**gold["deals"][0], "announced": None, "roles": None}]}
    silent = directed_deal("acquisition", {"Lark Group": "acquirer", "Kestrel Bank": "target"})
    result = score_article("a", gold, ArticleFacts(deals=[silent]))
    assert all(result.attributes[a].total == 0 for a in ("deal_roles", "deal_amount", "deal_date"))


def test_errors_are_grouped_by_cause():
    facts = ArticleFacts(
        organizations=[org("Lark Group"), org("Kestrel"), org("Azure AI")],
        people=[PersonFact("Ann Ko", "chairman", None, None)],
        deals=[deal("partnership", "Lark Group", "Bank of Orion")],
        metrics=[
            metric("Kestrel Bank", "revenue", 1.0e9, "USD", "2019"),  # Lark Cloud's figure: wrong owner
            metric("Lark Cloud", "cloud_revenue_growth", 90, "percent", "Q2 2019"),  # wrong name
            metric("Lark Cloud", "revenue_growth", 70, "percent", "Q3 2019"),  # wrong value
        ],
    )
    causes = score_article("a", GOLD, facts).causes
    assert {key: n for key, n in causes.items() if n} == {
        ("organizations", "missed"): 2,  # Lark Cloud, Bank of Orion
        ("organizations", "wrong name"): 1,  # "Kestrel" for Kestrel Bank
        ("organizations", "not an organization"): 1,  # Azure AI
        ("people", "wrong title"): 1,
        ("deals", "wrong parties"): 1,
        ("metrics", "wrong owner"): 1,
        ("metrics", "wrong name"): 1,
        ("metrics", "wrong value"): 1,
    }


def test_the_report_shows_errors_by_cause_and_new_accuracies(tmp_path):
    from pipelines.extraction.evaluate import ArticleScore, Report, SlotCount

    article = ArticleScore("a")
    article.causes.update({("metrics", "wrong owner"): 3, ("metrics", "missed"): 5})
    text = format_report(Report([article], {s: SlotCount() for s in ("metrics",)}, {}, article.causes))
    assert "metrics        missed 5, wrong owner 3" in text


def test_eval_of_a_folder_without_gold_is_an_error(tmp_path, capsys):
    from pipelines.extraction.evaluate import main

    (tmp_path / "001_a.txt").write_text("An article nobody annotated.", encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    assert "no article with a gold .json" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty)]) == 2
