"""Extraction quality on the second blind set (tests/fixtures/blind2): ten articles in the devset's
page formats (three saved .html pages, a newsletter issue, two wire items with breadcrumb headers,
a media release, an "In brief" item, a finance column with a nav bar, an analysis piece) about
companies no other set covers - Xiaomi's quarter, the Chinese carriers' cloud units, Malaysia's
digital bank licences (YTL and Sea), a Trip.com Group MoU with a tourism authority, the CATL and
Stellantis battery venture, Meituan's quarter, Google's stake in Jio Platforms, Lenovo's fiscal
quarter, Naver buying Poshmark and Inspur's server-market share.

BEFORE any rule was changed for them (extractor version 3, gold as first written), F1 was:
organizations 0.900, people 0.872, deals 0.667, metrics 0.713; person titles 0.882, deal types
0.800, metric periods 0.722. That is the honest estimate for unseen articles.

The thresholds below are what the set reaches after the general rules added while reading its
errors, minus a small margin. Having been read, the set is no longer blind: these numbers are a
regression guard, not an estimate. Never raise a threshold by adding these articles' answers to
code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

BLIND2 = Path(__file__).resolve().parents[1] / "fixtures" / "blind2"

THRESHOLDS = {
    "organizations": 0.95,  # reaches 0.984 (Shopee named only as "Sea's Shopee e-commerce platform" missed)
    "people": 0.95,  # reaches 1.000
    "deals": 0.84,  # reaches 0.889 (an investee left implicit, "paid $5.7 billion for a stake", missed)
    "metrics": 0.93,  # reaches 0.962
}
PERIOD_ACCURACY = 0.93  # reaches 0.980


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders([BLIND2])


def test_every_blind2_article_was_scored(report):
    assert len(report.articles) == len(list(BLIND2.glob("*.json"))) == 10


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_blind2_slot_f1(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_blind2_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= PERIOD_ACCURACY
