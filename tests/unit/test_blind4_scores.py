"""Extraction quality on the fourth blind set (tests/fixtures/blind4): ten articles in the devset's
page formats (four saved .html pages, an "In brief" item, a wire release with a two-city dateline,
an analysis piece) about Asian fintech, telecom towers, banks and retailers.

BEFORE any rule was changed for them (extractor version 5, gold as first written), F1 was:
organizations 0.878, people 0.968, deals 0.571 (P 0.727, R 0.471), metrics 0.737; person titles
1.000, deal types 0.875, metric periods 0.898. That is the honest estimate for unseen text: deal
recall (trigger wording, parties in the previous sentence, coordinated parties) and metric
attribution were the weak points, then organization name boundaries and aliases.

The thresholds below are what the set reaches after the general rules added while reading its
errors (see ERRORS.md), minus a small margin. Having been read, the set is no longer blind: these
numbers are a regression guard, not an estimate. Never raise a threshold by adding these articles'
answers to code or data."""

from __future__ import annotations

from pathlib import Path

import pytest

BLIND4 = Path(__file__).resolve().parents[1] / "fixtures" / "blind4"

THRESHOLDS = {
    # reaches 0.957 (Douyin is a gazetteer product; DBS Bank folded into DBS Group Holdings;
    # a dateline city and "Science Park" extra)
    "organizations": 0.93,
    "people": 0.94,  # reaches 0.968 (a place after "in" read as a person)
    "deals": 0.95,  # reaches 1.000
    # reaches 0.914 (segment figures, multiplicative growth, an About-paragraph headcount, a quoted
    # speaker's organization and a platform's loan volume are not covered)
    "metrics": 0.89,
}
PERIOD_ACCURACY = 0.90  # reaches 0.922 (a comparison year, "now" and "at the end of December")


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders([BLIND4])


def test_every_blind4_article_was_scored(report):
    assert len(report.articles) == len(list(BLIND4.glob("*.json"))) == 10


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_blind4_slot_f1(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_blind4_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= PERIOD_ACCURACY
