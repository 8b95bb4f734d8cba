"""``resolve``: a period mention to calendar dates, given the company's calendar and the article's date.

Decides the dates of relative ("last quarter"), closing ("three months ended"), numbered ("Q3") and
year phrases, and leaves unresolved what the text does not settle.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipelines.extraction.periods.fiscal_naming import (
    _naming_lag,
    _span,
    _stated,
    fiscal_period,
    fiscal_year_of,
    shift,
    year_end_month,
)
from pipelines.extraction.periods.records import Period, PeriodMention


def _latest_ending_before(candidates: list[Period], reference: date) -> Period | None:
    done = [p for p in candidates if p.end < reference]
    return max(done, key=lambda p: p.end) if done else None


def resolve(
    mention: PeriodMention,
    fy_end: int,
    *,
    anchor_year: int | None = None,
    anchor_fiscal: bool = False,
    reference: date | None = None,
    current: Period | None = None,
) -> Period | None:
    """Calendar dates of ``mention`` for a company whose fiscal year ends in month ``fy_end``.

    anchor_year: an explicit year stated nearby (same sentence or paragraph); anchor_fiscal tells
    whether it named a fiscal year. reference: the date the text speaks from (publish date, or the
    end of the period it is about). current: the period the text is currently talking about, the
    base for "a year earlier".
    """
    if mention.fiscal_year_end_hint:
        fy_end = mention.fiscal_year_end_hint
    relative = _resolve_relative(mention, fy_end, reference, current)
    if relative is not _UNHANDLED:
        return relative
    if mention.end_day is not None or mention.end_month is not None:
        return _resolve_closing(mention, anchor_year, anchor_fiscal, reference)
    if mention.grain == "year":
        return _resolve_year(mention, fy_end, anchor_year, anchor_fiscal, reference)
    return _resolve_numbered(mention, fy_end, anchor_year, anchor_fiscal, reference)


# _resolve_relative's answer when the mention is no relative phrase (None is an answer: no period).
_UNHANDLED = Period(date.min, date.min, "none")


def _resolve_relative(
    mention: PeriodMention, fy_end: int, reference: date | None, current: Period | None
) -> Period | None:
    """Phrases dated by the period the text is talking about: "a year earlier", "over the same period",
    "for the quarter", "for the full year"; a rolling window has no period."""
    if mention.role == "comparison":
        if current is None:
            return None
        return shift(current, "quarter" if mention.relative == "previous_quarter" else "year")
    if mention.role == "same":
        return current
    if mention.relative == "rolling":
        return None
    if mention.relative == "context_period":
        if current is not None or "quarter" not in mention.text.lower() or reference is None:
            return current
        return resolve(replace(mention, relative="last", grain="quarter"), fy_end, reference=reference)
    if mention.relative == "context_year":
        if current is not None:
            year = fiscal_year_of(current.end, fy_end)
            return fiscal_period(year, fy_end, "year")
        if reference is None:
            return None
        candidates = [fiscal_period(y, fy_end, "year") for y in (reference.year - 1, reference.year)]
        return _latest_ending_before(candidates, reference)
    return _UNHANDLED


def _resolve_closing(
    mention: PeriodMention, anchor_year: int | None, anchor_fiscal: bool, reference: date | None
) -> Period | None:
    """A span named by the day or month it closes: "the three months ended June 30, 2017"."""
    if mention.end_day is not None:
        start, end = _span(mention.end_day.year, mention.end_day.month, mention.index or 3)
        return Period(start, end, mention.grain)
    assert mention.end_month is not None
    # "the three months to June 30" is a quarter; "the six months to September 30" a half; "the
    # year to June 30" a year.
    grain = mention.grain if mention.grain in ("half", "range", "year") else "quarter"
    months = (mention.index or 3) if grain != "quarter" else 3
    if mention.year is not None:
        return Period(*_span(mention.year, mention.end_month, months), grain)
    if anchor_year is not None and not anchor_fiscal:
        return Period(*_span(anchor_year, mention.end_month, months), grain)
    if reference is None:
        return None
    candidates = [
        Period(*_span(y, mention.end_month, months), grain) for y in (reference.year - 1, reference.year)
    ]
    return _latest_ending_before(candidates, reference)


def _resolve_numbered(
    mention: PeriodMention, fy_end: int, anchor_year: int | None, anchor_fiscal: bool, reference: date | None
) -> Period | None:
    """A quarter or half by its number ("the third quarter", "H1 2024"), or "last quarter"."""
    if mention.index is None:
        # "last quarter": the latest quarter completed by the reference date.
        if reference is None:
            return None
        year = fiscal_year_of(reference, fy_end)
        candidates = [fiscal_period(y, fy_end, "quarter", q) for y in (year - 1, year) for q in (1, 2, 3, 4)]
        return _latest_ending_before(candidates, reference)
    if mention.year is not None:
        # "Second Quarter 2025" of a company whose quarters never line up with the calendar's (a year
        # ending in January) or that names its years by their start: its own quarter, as it reports them
        if mention.fiscal or year_end_month(fy_end) % 3 or _naming_lag(fy_end):
            return fiscal_period(mention.year, fy_end, mention.grain, mention.index)
        return fiscal_period(mention.year, 12, mention.grain, mention.index)
    if anchor_year is not None:
        # "from X in the first quarter of 2019 to Y in the fourth quarter": the anchor's calendar.
        if mention.fiscal or anchor_fiscal:
            return fiscal_period(
                anchor_year, fy_end if anchor_fiscal or mention.fiscal else 12, mention.grain, mention.index
            )
        return fiscal_period(anchor_year, 12, mention.grain, mention.index)
    if reference is None:
        return None
    if mention.fiscal and mention.relative is None and mention.fiscal_year_end_hint:
        # "the second quarter of its fiscal year ending Mar. 31": the fiscal year under way.
        return fiscal_period(fiscal_year_of(reference, fy_end), fy_end, mention.grain, mention.index)
    # An unqualified "the third quarter" is a calendar quarter: writers say "fiscal" when they mean it.
    # Except for a company whose quarters never line up with calendar quarters (a year ending in
    # January, May, July ...): its own reports say "the fourth quarter" for its fiscal quarter.
    # So does an article that names the company's years its own way ("fiscal 2024, the year that ended
    # March 31, 2025"): it counts the quarters of those years.
    own_quarters = year_end_month(fy_end) % 3 or _naming_lag(fy_end) or _stated(fy_end)
    calendar_end = fy_end if mention.fiscal or own_quarters else 12
    year = fiscal_year_of(reference, calendar_end)
    candidates = [fiscal_period(y, calendar_end, mention.grain, mention.index) for y in (year - 1, year)]
    return _latest_ending_before(candidates, reference)


def _resolve_year(
    mention: PeriodMention,
    fy_end: int,
    anchor_year: int | None,
    anchor_fiscal: bool,
    reference: date | None,
) -> Period | None:
    if mention.year is not None:
        return fiscal_period(mention.year, fy_end if mention.fiscal else 12, "year")
    if reference is None:
        return None
    calendar_end = fy_end if mention.fiscal else 12
    if mention.relative == "current":
        return fiscal_period(fiscal_year_of(reference, calendar_end), calendar_end, "year")
    # "last fiscal year": the latest one completed by the reference date.
    year = fiscal_year_of(reference, calendar_end)
    return _latest_ending_before(
        [fiscal_period(y, calendar_end, "year") for y in (year - 1, year)], reference
    )
