"""Extraction quality on our own held-out articles (tests/fixtures/heldout): other companies,
industries, countries and wording than the shared devset, so the rules are checked for
generalizing rather than for remembering the devset.

The thresholds are what the held-out set reaches honestly, minus a small margin; where that is
below the product's devset thresholds (tests/unit/test_extraction_scores.py) the gap is stated
next to the number. Never raise a threshold by adding held-out answers to code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"

# Product thresholds: organizations 0.90, people 0.90, deals 0.85, metrics 0.80, period 0.85.
THRESHOLDS = {
    "organizations": 0.90,  # reaches 0.941
    "people": 0.95,  # reaches 1.000
    "deals": 0.88,  # reaches 0.933 (1 of 8 deals missed)
    "metrics": 0.90,  # reaches 0.949 (h02 gold gained the deal's valuation of Nordhafen as 'other')
}
# Reaches 1.000 (32 of 32) since datelines alone on a line ("CITY, Month D, YYYY") give the publish date.
PERIOD_ACCURACY = 0.85


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders([HELDOUT])


def test_every_heldout_article_was_scored(report):
    assert len(report.articles) == len(list(HELDOUT.glob("*.json"))) >= 8


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_heldout_slot_f1(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_heldout_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= PERIOD_ACCURACY
