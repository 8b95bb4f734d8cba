"""The metric readers that read a line's, a cell's or a sentence's period phrases do it through the shared
cache (``memo.period_mentions``): a text asked about again (each figure of a list line, a caption read twice
in one call, a year-end sentence the calendar reads twice) is read once, with the same answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipelines.extraction import memo, periods
from pipelines.extraction.metrics import article_calendar, dating, lines

CAPTION = "Key figures (consolidated, 2024):\nRevenue: $5 million\n"
LIST_UNDER_A_DAY = "Key figures (as of 30 June 2026):\n- Velorix revenue in 2025: $40 million\n"

# (reader, its call on invented text): each reads one short text's period phrases, some of them twice.
READERS: list[tuple[str, Callable[[], object]]] = [
    (
        "heading_states_a_day",
        lambda: dating.heading_states_a_day(LIST_UNDER_A_DAY, LIST_UNDER_A_DAY.index("$40")),
    ),
    ("_own_period", lambda: lines._own_period("FY2025", 10)),
    ("_caption_year", lambda: lines._caption_year(CAPTION, CAPTION.index("Revenue"))),
    (
        "_named_by_starting_year",
        lambda: article_calendar._named_by_starting_year(
            "Velorix's fiscal 2024, the year that ended March 31, 2025, was its best.", 3
        ),
    ),
]


@pytest.mark.parametrize(("name", "read"), READERS, ids=[name for name, _ in READERS])
def test_a_period_reader_reads_each_text_once_through_the_cache(name, read, monkeypatch):
    texts: list[str] = []
    uncached = periods.find_period_mentions

    def counted(text: str) -> list[periods.PeriodMention]:
        texts.append(text)
        return uncached(text)

    monkeypatch.setattr(periods, "find_period_mentions", counted)
    memo._period_mentions.cache_clear()
    first = read()
    assert texts, f"{name} read no period phrase: the case does not exercise it"
    assert len(texts) == len(set(texts)), f"{name} read one text twice in one call"
    read_once = len(texts)
    assert read() == first
    assert len(texts) == read_once, f"{name} read its text again instead of asking the cache"
    memo._period_mentions.cache_clear()
