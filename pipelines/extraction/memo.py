"""Bounded caches of pure functions of a short text that several stages ask about the same text.

A metric sentence's period phrases are read by the calendar (twice), the article's period context and the
sentence reader: four reads of one sentence, each a dozen patterns (about 38,000 calls per 300 articles).
Each answer is kept for texts up to ``CACHED_TEXT_CHARS`` (a sentence, a cell), at most ``CACHE_SIZE`` of
them, so memory stays flat over a night's corpus; each caller gets a list of its own (the mentions
themselves are frozen).
"""

from __future__ import annotations

from functools import lru_cache

from pipelines.extraction import periods

CACHED_TEXT_CHARS = 2_000
CACHE_SIZE = 8192


def period_mentions(text: str) -> list[periods.PeriodMention]:
    """``periods.find_period_mentions(text)``, from the cache when ``text`` was read before."""
    if len(text) > CACHED_TEXT_CHARS:
        return periods.find_period_mentions(text)
    return list(_period_mentions(text))


@lru_cache(maxsize=CACHE_SIZE)
def _period_mentions(text: str) -> tuple[periods.PeriodMention, ...]:
    return tuple(periods.find_period_mentions(text))
