"""Extraction quality on the blind set (tests/fixtures/blind): ten articles (two saved .html pages)
about companies, countries and wording the rules had not been written for - a Korean bank and
fintech MoU, an Indonesian ride-hailing round in rupiah, a Japanese cloud quarter in a March fiscal
year, Indian IT results in crore, a European acquisition in euros, a sovereign fund investment,
a US chipmaker with a January fiscal year, a Chinese/Malaysian EV joint venture, a Gulf telco cloud
partnership and a research firm's cloud market-share report.

BEFORE any rule was changed for them (extractor version 2, gold as first written), F1 was:
organizations 0.786, people 0.839, deals 0.625, metrics 0.680; person titles 0.846, metric
periods 0.667. That is the honest estimate for unseen articles. Two gold labels were then aligned
with the devset's conventions (a fiscal-calendar company's market share labelled in its fiscal
quarter; "in 30 countries" counted as a presence metric); with them the same code scores metrics
0.694 and periods 0.706.

The thresholds below are what the set reaches after the general rules added while reading its
errors (and the held-out set's), minus a small margin. Having been read, the set is no longer
blind: these numbers are a regression guard, not an estimate. Never raise a threshold by adding
these articles' answers to code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"

THRESHOLDS = {
    "organizations": 0.89,  # reaches 0.919 (lower-case "stc Group", bare "Mobily", "LSEG", "Bluebeam" missed)
    "people": 0.95,  # reaches 1.000
    "deals": 0.85,  # reaches 0.900 (the two deals between unrecognized Gulf operators missed)
    "metrics": 0.87,  # reaches 0.907
}
PERIOD_ACCURACY = 0.82  # reaches 0.857 (market shares in a later paragraph lose the report's quarter)


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders([BLIND])


def test_every_blind_article_was_scored(report):
    assert len(report.articles) == len(list(BLIND.glob("*.json"))) == 10


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_blind_slot_f1(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_blind_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= PERIOD_ACCURACY
