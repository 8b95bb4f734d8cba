"""A fiscal calendar stated by a label ("FYE: January") or by a half's code next to its closing day."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.article_calendar import YEAR_END_LABEL_CUES, fiscal_year_end_stated
from pipelines.extraction.periods import MONTHS


@pytest.mark.parametrize("example", [example for _, example in YEAR_END_LABEL_CUES])
def test_year_end_labels(example: str) -> None:
    assert fiscal_year_end_stated(example) == MONTHS[example.split()[-1].lower()]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("HALF-YEAR RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2025 (1H FY26)", 6),
        ("Results for the half-year ended June 30, 2025 (H1 FY2026) were strong.", 12),
        ("Results for the six months ended 31 December 2025 were strong.", None),  # a calendar half
        ("Revenue for the six months to 30 June 2025 (H1 2025) rose.", None),
    ],
)
def test_a_first_half_code_dates_the_fiscal_year(sentence: str, month: int | None) -> None:
    assert fiscal_year_end_stated(sentence) == month
