"""Extraction quality on the shared gold articles (../shared devset and seeds).

Each score (F1 per slot, accuracy per attribute) must stay within a hair of today's
(tests/unit/scores_today.py, "devset+seeds"): one lost deal or metric fails. The product's own floor
(organizations 0.90, people 0.90, deals 0.85, metrics 0.80, metric period 0.85) is far below that.
"""

from __future__ import annotations

import pytest

from tests.conftest import DEVSET_DIR, SEED_DIR, require_shared
from tests.unit.scores_today import scores_below_today

FOLDERS = [DEVSET_DIR, SEED_DIR]


@pytest.fixture(scope="module")
def report():
    require_shared()
    from pipelines.extraction.evaluate import evaluate_folders

    return evaluate_folders(FOLDERS)


def test_every_gold_article_was_scored(report):
    gold_files = [p for f in FOLDERS for p in f.glob("*.json")]
    assert len(report.articles) == len(gold_files) > 0


def test_scores_hold_at_todays_level(report):
    assert scores_below_today(report, "devset+seeds") == {}
