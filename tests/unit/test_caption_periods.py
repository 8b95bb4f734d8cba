"""The period that dates label lines below a caption (GOLD_SCHEMA Conventions: a comparison figure is a
metric of the earlier period, so its year never dates the lines reported on): a caption's quarter named by
its months introduces the lines; "the same period of 2024" above them is the base's year."""

from __future__ import annotations

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics.article import _period_above, _yearless_caption


def _mention(text: str) -> P.PeriodMention:
    return next(m for m in P.find_period_mentions(text) if m.role == "period")


@pytest.mark.parametrize(
    ("caption", "introduces"),
    [
        ("The main figures for the April-June quarter were:", True),
        ("In the fourth quarter, the figures were:", True),
        ("Revenue in the April-June quarter rose 4%.", False),  # a prose sentence dates its own figures
    ],
)
def test_a_caption_quarter_named_by_its_months_dates_the_lines_below(caption: str, introduces: bool) -> None:
    assert _yearless_caption(caption, _mention(caption)) is introduces


def test_the_same_period_of_a_year_above_the_lines_is_the_base_year() -> None:
    text = (
        "Velorix Systems reported net income of $137.2 million, roughly three times the $45.6 million it "
        "earned in the same period of 2024.\nThe main figures were:\nNet revenue: $1.07 billion\n"
    )
    phrases = [m for m in P.find_period_mentions(text) if m.role == "period" and m.explicit]
    assert [m.year for m in phrases] == [2024]
    assert _period_above(text, phrases, text.index("Net revenue")) is None
