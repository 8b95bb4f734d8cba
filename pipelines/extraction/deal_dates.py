"""The day an article's news happened, for dating the deals it tells as news.

A deal's ``announced`` date is the day the text states (an explicit date, "today", "on Monday"). Two
things decide what such words mean, and neither is in the deal's own sentence:
- the article's own date: the publish date ingestion found, else the first full date written in the
  header lines (masthead, byline, dateline: "Paris, 23 October 2025 - By ..."), which ingestion reads
  only in a few fixed layouts;
- the news day: the day the lead says the news happened ("... said on Wednesday" in a Thursday paper),
  which later sentences reporting the same news ("The company also said it had signed ...") share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from pipelines.ingest.dates import (
    HEADER_DATE_PATTERNS,
    OTHER_LANGUAGE_WEEKDAYS,
    date_of_match,
)


class _Text(Protocol):
    text: str


_HEADER_LINES = 10  # headline, kicker, masthead, byline, dateline: the page's own date is among them
_HEADER_LINE_CHARS = 200
# Words that make a date the end of a reporting period, not the page's date ("the quarter ended June 30,
# 2025", "for the year to 31 March 2025") or some other day ("since", "as of", "until", "founded on").
_NOT_THE_PAGES_DATE = re.compile(
    r"\b(?:ended|ending|ends|to|through|thru|until|till|for|since|as\s+of|as\s+at|from|between|before|"
    r"after|quarter|year|half|months?|period|founded|established|dated|due|expected|effective)\s*$",
    re.IGNORECASE,
)


# the lower-case words a dateline, byline or masthead writes before its date ("Published on", "Paris,
# Updated", "By A and B ·"); any other ("The deal was signed on") makes the line a sentence of the story
_HEADER_WORDS = {"and", "by", "de", "del", "da", "do", "on", "at", "published", "posted", "updated", "issue"}


def _a_header(before: str) -> bool:
    return all(word.lower() in _HEADER_WORDS for word in re.findall(r"\b[a-z][\w-]*", before))


# A header field's label or a dateline ends with a separator before its date ("Company update - 20 August
# 2025", "Announcement received: 28-Aug-2025", "Issue #118 - Friday 14 November 2025"): lower-case words
# there label the date, they are no sentence of the story
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FIELD_SEPARATOR = re.compile(rf"[:|·–—-]\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s*)?$", re.IGNORECASE)


# What a header writes between its label and the date, each with its example
# (tests/unit/test_deal_header_date_forms.py): the place of a dateline ("Regulatory information | Umeå,
# 22 October 2026"), a weekday in the page's language ("Bogotá, jueves 6 de marzo de 2025"), and a
# weekly issue's "Week ending" ("Issue 46/2025 | Week ending 14 November 2025": the date, not a
# reporting period's end).
_WEEKDAY_NAMES = "|".join((*WEEKDAYS, *OTHER_LANGUAGE_WEEKDAYS))
HEADER_DATE_PREFIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?i)\b(?:{_WEEKDAY_NAMES}),?\s*$"), "Bogotá, jueves 6 de marzo de 2025"),
    (
        re.compile(r"(?:^|(?<=[\s|·–—(\[]))(?:[A-ZÀ-Þ][\w'’-]*\s?){1,3}(?:,\s*[A-ZÀ-Þ][\w.]*\.?)?,\s*$"),
        "Regulatory information | Umeå, 22 October 2026, 07:30 CET",
    ),
    (re.compile(r"(?i)\bweek\s+(?:ending|ended)\s*$"), "Issue 46/2025 | Week ending 14 November 2025"),
)
# a sentence closed just before a dateline ("[Translated from the Spanish. Mexico City, 28 October 2026")
_SENTENCE_END = re.compile(r"[a-z)]\.\s*$")


def _label_before(raw: str) -> tuple[str, bool]:
    """The header's text before its date with a dateline's place, a weekday and "Week ending" taken off,
    and whether a place was taken off (a place makes the date a dateline's, which may follow a sentence)."""
    placed = False
    for _round in range(3):
        for cue, _example in HEADER_DATE_PREFIXES:
            match = cue.search(raw)
            if match is not None and match.group().strip():
                placed = placed or cue is HEADER_DATE_PREFIXES[1][0]
                raw = raw[: match.start()]
                break
        else:
            break
    return raw, placed


def _the_pages_date(raw: str) -> bool:
    """Whether the words before a date in a header line leave it the page's own date."""
    label, placed = _label_before(raw)
    before = label.rstrip(" ,(-–—|:")
    if _NOT_THE_PAGES_DATE.search(before):
        return False
    return bool(
        _a_header(before) or _FIELD_SEPARATOR.search(label) or (placed and _SENTENCE_END.search(label))
    )


def header_date(text: str) -> date | None:
    """The first full date (day, month, year) written in the article's first lines, where pages state when
    they were published, unless the words just before it make it a period's end or another day."""
    lines = [line for line in text.split("\n", 60)[:60] if line.strip()][:_HEADER_LINES]
    for line in lines:
        head = line[:_HEADER_LINE_CHARS]
        found: list[tuple[int, date]] = []
        for pattern in HEADER_DATE_PATTERNS:
            for match in pattern.finditer(head):
                day = date_of_match(match)
                if day is not None and _the_pages_date(head[: match.start()]):
                    found.append((match.start(), day))
        if found:
            return min(found)[1]
    return None


# The lead: the headline and the story's first sentences. Short lines ("FUNDING", "PRESS RELEASE") and a
# headline printed twice fill no place of it, so a kicker over the headline cannot push the first
# sentence of the story out.
LEAD_SENTENCES = 3
_LEAD_MIN_WORDS = 5
# The day of the news is often stated a sentence or two after the deal ("The bank disclosed the
# transaction on Tuesday"): looked for a little further than the lead.
_NEWS_DAY_SENTENCES = 6
# a weekday, "today" or "yesterday"; not a weekday that opens a written date ("Thursday, March 20, 2025"):
# that is the page's date line
_DAY_WORD = re.compile(
    rf"(?i)\b(?:today|yesterday|{'|'.join(WEEKDAYS)})\b"
    r"(?!,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


def lead_of(story: Sequence[_Text]) -> list[_Text]:
    """The story's headline and first sentences (LEAD_SENTENCES of them that count)."""
    lead: list[_Text] = []
    seen: set[str] = set()
    counted = 0
    for sentence in story:
        if counted >= LEAD_SENTENCES:
            break
        lead.append(sentence)
        words = sentence.text.split()
        key = " ".join(words).lower()
        if _word_count(sentence.text) >= _LEAD_MIN_WORDS and key not in seen:
            counted += 1
        seen.add(key)
    return lead


def news_day(texts: Sequence[str], published: date | None) -> date | None:
    """The day the news happened: the first day a sentence near the top names in words ("said on
    Wednesday", "today"), the latest such weekday on or before the article's date; else the article's
    date. Dates written in figures there are periods' ends as often as not ("the year ended March 31")."""
    if published is None:
        return None
    for text in _top_sentences(texts, _NEWS_DAY_SENTENCES):
        word = _DAY_WORD.search(text)
        if word is None:
            continue
        if word.group().lower() in ("today", "yesterday"):
            return published - timedelta(days=word.group().lower() == "yesterday")
        return latest_weekday(word.group(), published)
    return published


def _word_count(text: str) -> int:
    """Words of a sentence: a byline's or kicker's separators ("Ana Ortega · Saltillo, Coah.") are none."""
    return sum(any(c.isalnum() for c in word) for word in text.split())


def _top_sentences(texts: Sequence[str], count: int) -> list[str]:
    """The texts up to the ``count``-th sentence of the story: header lines (kickers, bylines, datelines of
    fewer than _LEAD_MIN_WORDS words) take no place among them."""
    top: list[str] = []
    counted = 0
    for text in texts:
        if counted >= count:
            break
        top.append(text)
        counted += _word_count(text) >= _LEAD_MIN_WORDS
    return top


def latest_weekday(name: str, published: date) -> date:
    """The latest day named ``name`` ("Tuesday") on or before ``published``: the day a dated article
    means by a weekday."""
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(name.lower())) % 7)


# A deal told later in the story is the day's news too where the sentence reports it as what was said on
# that day, or ties it to that day. Each cue with its example
# (tests/unit/test_deal_news_day_and_listed_parties.py).
NEWS_REPORT_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # reported speech of a deal just done: "said it had signed", "also said on Tuesday that it has agreed"
    (
        re.compile(
            r"\b(?:said|says|announced|disclosed|confirmed|added)\b(?:\s+(?:on\s+\w+|today|in\s+a\s+[\w\s-]{1,30}?))?"
            r",?\s+(?:that\s+)?(?:it|they|the\s+(?:company|group|firm|bank|lender|two|pair|companies))\s+"
            r"(?:had|has|have)\s+(?:also\s+)?\w+",
            re.IGNORECASE,
        ),
        "Orion Group also said it had signed an agreement with Kestrel Labs.",
    ),
    # the same day as the news: "On the same day, A and B signed ...", "At the same board meeting, ..."
    (
        re.compile(
            r"\b(?:the|that)\s+same\s+(?:board\s+)?(?:day|morning|afternoon|evening|meeting|ceremony|event)\b",
            re.IGNORECASE,
        ),
        "At the same board meeting, Orion Group approved a joint venture with Kestrel Labs.",
    ),
)


# "Separately, A said it had signed ...": a statement set apart from the news, of no stated day
_SET_APART = re.compile(
    r"^\W*(?:separately|in\s+a\s+separate\s+(?:statement|announcement|filing))\b", re.IGNORECASE
)


def reported_as_news(text: str) -> bool:
    return not _SET_APART.search(text) and any(cue.search(text) for cue, _example in NEWS_REPORT_CUES)
