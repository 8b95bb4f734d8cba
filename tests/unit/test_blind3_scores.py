"""Extraction quality on the third blind set (tests/fixtures/blind3): ten deal-heavy articles in the
devset's page formats (four saved .html pages, two wire items with breadcrumb headers, a newsletter
issue, a media release, an "In brief" item, an analysis piece) about companies no other set covers -
Renault and Geely's engine venture with Aramco, SK Telecom's stake in Anthropic and a telco AI
alliance, Indian IT services contracts and acquisitions, Bank Mandiri and NEC Indonesia, NIO's share
sales to CYVN, Midea / Haier / Bosch heat-pump deals, iQiyi and Douyin, a Series D led by SoftBank
Vision Fund 2, Tata Electronics and PSMC, KT and Microsoft.

BEFORE any rule was changed for them (extractor version 4, gold as first written), F1 was:
organizations 0.859, people 0.882, deals 0.526 (P 0.769, R 0.400), metrics 0.816; person titles
0.867, deal types 1.000, metric periods 0.950. That is the honest estimate for unseen deal-heavy
articles: deal recall is the weak point (uncommon trigger wording and parties the entity stage
missed).

The thresholds below are what the set reaches after the general rules added while reading its
errors, minus a small margin. Having been read, the set is no longer blind: these numbers are a
regression guard, not an estimate. Never raise a threshold by adding these articles' answers to
code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

BLIND3 = Path(__file__).resolve().parents[1] / "fixtures" / "blind3"

THRESHOLDS = {
    # reaches 0.945 (Square and Afterpay unrecognized, Douyin is a gazetteer product, Tata Sons folded
    # into Tata Group; "the Abu Dhabi government", "iPhones" and a split "Geely Automobile Holdings" extra)
    "organizations": 0.91,
    "people": 0.95,  # reaches 1.000
    # reaches 0.936 (Square/Afterpay and iQiyi/Douyin lack an organization; Korea Post is read as media)
    "deals": 0.90,
    "metrics": 0.94,  # reaches 0.980 (a valuation read as a metric of an investor)
}
PERIOD_ACCURACY = 0.95  # reaches 1.000


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders([BLIND3])


def test_every_blind3_article_was_scored(report):
    assert len(report.articles) == len(list(BLIND3.glob("*.json"))) == 10


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_blind3_slot_f1(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_blind3_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= PERIOD_ACCURACY
