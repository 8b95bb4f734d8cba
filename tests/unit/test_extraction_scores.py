"""Extraction quality on the shared gold articles: the product's acceptance thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FOLDERS = [SHARED / "devset", SHARED / "seeds"]

pytestmark = pytest.mark.skipif(
    not all(f.is_dir() for f in FOLDERS), reason="shared gold articles not present"
)

THRESHOLDS = {"organizations": 0.90, "people": 0.90, "deals": 0.85, "metrics": 0.80}


@pytest.fixture(scope="module")
def report():
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders(FOLDERS)


def test_every_gold_article_was_scored(report):
    gold_files = [p for f in FOLDERS for p in f.glob("*.json")]
    assert len(report.articles) == len(gold_files)


@pytest.mark.parametrize("slot", sorted(THRESHOLDS))
def test_slot_f1_meets_threshold(report, slot):
    count = report.slots[slot]
    assert count.f1 >= THRESHOLDS[slot], (
        f"{slot}: P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f}"
    )


def test_metric_period_accuracy(report):
    assert report.attributes["metric_period"].accuracy >= 0.85
