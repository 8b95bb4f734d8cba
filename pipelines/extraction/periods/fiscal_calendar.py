"""Fiscal calendars: the month a company's fiscal year ends in, as listed or as the article states it.

Decides a company's year-end month from data/fiscal_calendars.json and from cues such as "fiscal year
ending March 31", and which month a phrase like "the year to June" closes.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pipelines.extraction.periods.records import MONTHS

# data/ sits beside this package, one folder up from this file
_CALENDARS_FILE = Path(__file__).parent.with_name("data") / "fiscal_calendars.json"


# ---------------------------------------------------------------------------------------------
# Fiscal calendars

_ORG_SUFFIXES = re.compile(
    r"(?:\s+(?:group|holdings?|inc|incorporated|ltd|limited|corp|corporation|co|company|plc|sa|ag|"
    r"nv|se|llc|technologies|technology))+\.?$"
)


@lru_cache(maxsize=1)
def _calendars() -> dict[str, int]:
    data = json.loads(_CALENDARS_FILE.read_text(encoding="utf-8"))
    return {key: int(month) for key, month in data.items() if not key.startswith("_")}


# A pure function of the name, asked about 100 times per article for the same few names (fiscal
# calendars); bounded, so memory stays flat over a night's corpus.
@lru_cache(maxsize=4096)
def normalize_org(name: str) -> str:
    lowered = re.sub(r"[’']s\b", "", name.lower()).replace(",", " ").strip()
    lowered = re.sub(r"^the\s+", "", lowered)
    lowered = re.sub(r"\s+", " ", lowered)
    return _ORG_SUFFIXES.sub("", lowered).strip()


def fiscal_year_end(*names: str) -> int:
    """Month in which the organization's fiscal year ends (12 when unknown).

    Tries each given key or name, then its normalized form, then its leading words
    ("alibaba damo academy" -> "alibaba"), so units inherit their parent's calendar.
    """
    known = known_fiscal_year_end(*names)
    return 12 if known is None else known


def known_fiscal_year_end(*names: str) -> int | None:
    """The data file's fiscal-year-end month for the organization (see ``fiscal_year_end``), None when
    it has none."""
    table = _calendars()
    for name in names:
        if not name:
            continue
        for candidate in (name.lower(), normalize_org(name)):
            if candidate in table:
                return table[candidate]
        words = normalize_org(name).split()
        for cut in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:cut])
            if prefix in table:
                return table[prefix]
    return None


_FY_END_HINT = re.compile(
    # "fiscal year 2025, which ended on 31 August": the label may stand between the words and the close;
    # "whose fiscal year ends in late January or early February": a retailer's year of whole weeks
    # "the fiscal year 2024-25 (FY25), which ended on June 30": a split year and its code in brackets
    # "we closed the fiscal year, which ended July 31, 2025": a comma before the relative clause
    r"\b(?:fiscal|financial)\s+years?(?:\s+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?(?:\s*\([^()\n]{1,12}\))?,?)?"
    r"(?:,(?=\s+(?:that|which)\b))?\s+(?:that\s+|which\s+)?(?:ending|ended|ends|end|to|closing|closes|"
    r"closed)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?(?:(?:late|early|mid)[\s-]+)?(?:(?P<pday>\d{1,2})\s+)?"
    r"(?P<month>[A-Za-z]{3,9})\.?(?:\s+(?P<day>\d{1,2})(?!\d))?",
    re.IGNORECASE,
)


# "the second quarter of fiscal year 2026 ended July 31", "the first half of its financial year to 30 June":
# the day closes the part named before "of", not the year.
PART_OF_BEFORE = re.compile(
    r"\b(?:quarter|half|months|weeks)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)


_NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATED_AFTER = re.compile(r"\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d\b")


def part_closing(text: str, start: int, end: int) -> bool:
    """Whether the fiscal-year close at [start, end) dates the part of the year named before it: a part of
    a named year ("the second quarter of fiscal 2026, which ended July 31") or closing on a day of a stated
    year ("... ended July 31, 2025"); "the second quarter of its fiscal year ending Mar. 31" (no year)
    still says when the year ends."""
    if PART_OF_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    if _NAMED_YEAR.search(text, start, end) is not None:
        return True
    # "the first quarter of the fiscal year ending May 31, 2027": "ending" right after the unnamed year
    # says when that year closes; the part is dated by it, not closed on the day.
    return _YEAR_STILL_RUNNING.search(text, start, end) is None and _DATED_AFTER.match(text, end) is not None


_YEAR_STILL_RUNNING = re.compile(
    r"\byears?\s+(?:that\s+|which\s+)?(?:ending|ends|closing|closes)\b", re.IGNORECASE
)


def detect_fiscal_year_end(text: str) -> int | None:
    """Fiscal-year-end month stated in ``text`` ("fiscal year ending Mar. 31" -> 3), else None."""
    for match in _FY_END_HINT.finditer(text):
        if part_closing(text, match.start(), match.end()):
            continue  # "the second quarter of fiscal year 2026 ended July 31, 2025": the quarter closed then
        month = MONTHS.get(match.group("month").lower())
        if month:
            return closing_month(month, match.group("day") or match.group("pday"))
    return None


def closing_month(month: int, day: str | int | None) -> int:
    """The month a period closing on ``day`` of ``month`` closes: a year of whole weeks ends on the
    weekday nearest a month's end, so "the quarter ended November 2" (or "the 53 weeks ended February 1")
    closes October (January)."""
    return (month - 2) % 12 + 1 if day is not None and int(day) <= 7 else month
