"""Extraction quality on our own gold sets (tests/fixtures/*): other companies, industries, countries
and wording than the shared devset (tests/unit/test_extraction_scores.py holds the devset's product
thresholds).

Each blind set was written and scored BEFORE anyone changed a rule for it; that score is the honest
estimate for unseen articles (F1 orgs / people / deals / metrics):
  blind   0.786 / 0.839 / 0.625 / 0.680   (extractor version 2)
  blind2  0.900 / 0.872 / 0.667 / 0.713   (version 3)
  blind3  0.859 / 0.882 / 0.526 / 0.816   (version 4, deal-heavy: P 0.769, R 0.400 on deals)
  blind4  0.878 / 0.968 / 0.571 / 0.737   (version 5)
Each set's README.md says what it holds and which labelling calls it made; blind4/ERRORS.md lists
every error it had before. The thresholds below are what a set reaches after the general rules
added while reading its errors, minus a small margin: having been read, a set is a regression
guard, not an estimate. Never raise a threshold by adding a set's answers to code or data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass(frozen=True)
class GoldSet:
    articles: int
    f1: dict[str, float]
    period_accuracy: float


GOLD_SETS = {
    "heldout": GoldSet(9, {
        "organizations": 0.90,  # reaches 0.941
        "people": 0.95,  # reaches 1.000
        "deals": 0.88,  # reaches 0.933 (1 of 8 deals missed)
        # reaches 0.886 since the gold follows GOLD_SCHEMA's Conventions (0.974 before): a company's
        # operating profit is `profit`, a sequential change `other`, a year-earlier figure its own row
        "metrics": 0.85,
    }, period_accuracy=0.85),  # reaches 1.000
    "blind": GoldSet(10, {
        "organizations": 0.89,  # reaches 0.919 (lower-case "stc Group", "Mobily", "LSEG", "Bluebeam" missed)
        "people": 0.95,  # reaches 1.000
        "deals": 0.85,  # reaches 0.900 (the two deals between unrecognized Gulf operators missed)
        "metrics": 0.87,  # reaches 0.889 (0.926 before the Conventions made operating profit `profit`)
    }, period_accuracy=0.82),  # reaches 0.860 (market shares in a later paragraph lose the quarter)
    "blind2": GoldSet(10, {
        "organizations": 0.95,  # reaches 0.984 ("Sea's Shopee e-commerce platform" missed)
        "people": 0.95,  # reaches 1.000
        "deals": 0.84,  # reaches 1.000
        "metrics": 0.93,  # reaches 0.962
    }, period_accuracy=0.93),  # reaches 0.980
    "blind3": GoldSet(10, {
        # reaches 0.945 (Square and Afterpay unrecognized, Douyin is a gazetteer product, Tata Sons folded
        # into Tata Group; "the Abu Dhabi government", "iPhones" and a split "Geely Automobile Holdings")
        "organizations": 0.91,
        "people": 0.95,  # reaches 1.000
        "deals": 0.90,  # reaches 0.936 (Square/Afterpay and iQiyi/Douyin lack an organization)
        "metrics": 0.94,  # reaches 0.980 (a valuation read as a metric of an investor)
    }, period_accuracy=0.95),  # reaches 1.000
    "blind4": GoldSet(10, {
        # reaches 0.957 (Douyin is a gazetteer product; DBS Bank folded into DBS Group Holdings;
        # a dateline city and "Science Park" extra)
        "organizations": 0.93,
        "people": 0.94,  # reaches 0.968 (a place after "in" read as a person)
        "deals": 0.95,  # reaches 1.000
        # reaches 0.914 (segment figures, multiplicative growth, an About-paragraph headcount, a quoted
        # speaker's organization and a platform's loan volume are not covered)
        "metrics": 0.89,
    }, period_accuracy=0.90),  # reaches 0.922 (a comparison year, "now" and "at the end of December")
}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def scored(request):
    from pipelines.extraction.evaluate import evaluate_folders

    folder = FIXTURES / request.param
    return request.param, folder, evaluate_folders([folder])


def test_every_article_was_scored(scored):
    name, folder, report = scored
    assert len(report.articles) == len(list(folder.glob("*.json"))) == GOLD_SETS[name].articles


def test_slot_f1_holds(scored):
    name, _, report = scored
    low = {
        slot: f"P={report.slots[slot].precision:.3f} R={report.slots[slot].recall:.3f} "
              f"F1={report.slots[slot].f1:.3f} < {threshold}"
        for slot, threshold in GOLD_SETS[name].f1.items()
        if report.slots[slot].f1 < threshold
    }
    assert low == {}, f"{name}: {low}"


def test_metric_period_accuracy_holds(scored):
    name, _, report = scored
    assert report.attributes["metric_period"].accuracy >= GOLD_SETS[name].period_accuracy, name
