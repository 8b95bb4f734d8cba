"""Bounded caches of pure functions of a short text that several stages ask about the same text.

A metric sentence's period phrases are read by the calendar (twice), the article's period context and the
sentence reader: four reads of one sentence, each a dozen patterns (about 38,000 calls per 300 articles).
Each answer is kept for texts up to ``CACHED_TEXT_CHARS`` (a sentence, a cell), at most ``CACHE_SIZE`` of
them, so memory stays flat over a night's corpus; each caller gets a list of its own (the mentions
themselves are frozen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from pipelines.extraction import periods

CACHED_TEXT_CHARS = 2_000
CACHE_SIZE = 8192

Answer = TypeVar("Answer")


def remembered_for_short_texts(read: Callable[[str], Answer]) -> Callable[[str], Answer]:
    """``read`` (a pure function of a text with a frozen answer: a tuple, a frozenset, a number) kept for
    texts up to CACHED_TEXT_CHARS, at most CACHE_SIZE of them; a longer text is read afresh and not kept.
    The result has ``__wrapped__`` (``read`` itself) and lru_cache's ``cache_info`` / ``cache_clear``."""
    cached = lru_cache(maxsize=CACHE_SIZE)(read)

    @wraps(read)
    def remembered(text: str) -> Answer:
        return cached(text) if len(text) <= CACHED_TEXT_CHARS else read(text)

    remembered.cache_info = cached.cache_info  # type: ignore[attr-defined]
    remembered.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return remembered


def period_mentions(text: str) -> list[periods.PeriodMention]:
    """``periods.find_period_mentions(text)``, from the cache when ``text`` was read before."""
    return list(_period_mentions(text))


@remembered_for_short_texts
def _period_mentions(text: str) -> tuple[periods.PeriodMention, ...]:
    return tuple(periods.find_period_mentions(text))
