"""How a company names its fiscal years, and the date arithmetic of periods.

Decides which calendar months a fiscal year, quarter or half covers and the name a period carries
(fiscal years are named after the calendar year they end in, unless the company states otherwise).
"""

from __future__ import annotations

import calendar
from datetime import date

from pipelines.extraction.periods.records import Period

# ---------------------------------------------------------------------------------------------
# Resolving and labelling


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _span(end_year: int, end_month: int, months: int) -> tuple[date, date]:
    start_year, start_month = _add_months(end_year, end_month, -(months - 1))
    return date(start_year, start_month, 1), date(end_year, end_month, _last_day(end_year, end_month))


# A calendar whose years are named after the calendar year they start in ("fiscal 2023, the year ended
# 31 January 2024"; "fiscal 2024, the year that ended March 31, 2025") is written as its year-end month
# plus START_NAMED wherever a year-end month is passed: fiscal 2023 of month 1 + START_NAMED is the
# fiscal year 2024 of month 1, named one year earlier.
START_NAMED = 100
# A calendar the article itself states ("its fourth quarter and fiscal year ended June 30, 2021") adds
# STATED: its unqualified quarters ("Fourth quarter revenue grew 30%") are then the company's own.
STATED = 1000


def year_end_month(fy_end: int) -> int:
    """The month a (maybe start-named, maybe stated) fiscal calendar's year ends in."""
    return fy_end % START_NAMED


def _naming_lag(fy_end: int) -> int:
    return 1 if fy_end % STATED > START_NAMED else 0


def _stated(fy_end: int) -> bool:
    return fy_end >= STATED


def named_as_the_article_does(fy_end: int, stated: list[int]) -> int:
    """``fy_end`` named the way the article names the years of that closing month: an article that
    counts "fiscal 2024, the year ended March 31, 2025" names every March year so, a unit's, a partner's
    ("sold 3.5 million cars in the same fiscal year") as well as the company's that stated it."""
    if _naming_lag(fy_end):
        return fy_end
    for value in stated:
        if _naming_lag(value) and year_end_month(value) == year_end_month(fy_end):
            return fy_end + START_NAMED
    return fy_end


def calendar_of_year(period: Period | None, fy_end: int, stated: list[int]) -> int:
    """The calendar to label ``period`` in: a year closing off December for an organization of a December
    calendar (or none known) is a year of the calendar the article states with that closing month ("the
    Space unit lifted revenue" in a story of "fiscal 2024, the year ended March 31, 2025")."""
    if period is None or period.grain != "year" or year_end_month(fy_end) != 12 or period.end.month == 12:
        return fy_end
    return next((value for value in stated if year_end_month(value) == period.end.month), fy_end)


def fiscal_period(fiscal_year: int, fy_end: int, grain: str, index: int | None = None) -> Period:
    """Calendar dates of fiscal year ``fiscal_year`` (or its quarter/half ``index``)."""
    fiscal_year, fy_end = fiscal_year + _naming_lag(fy_end), year_end_month(fy_end)
    if grain == "year" or index is None:
        start, end = _span(fiscal_year, fy_end, 12)
        return Period(start, end, "year")
    months = 3 if grain == "quarter" else 6
    end_year, end_month = _add_months(fiscal_year, fy_end, -12 + months * index)
    start, end = _span(end_year, end_month, months)
    return Period(start, end, grain)


def fiscal_year_of(day: date, fy_end: int) -> int:
    """The fiscal year (named after the calendar year it ends in, or starts in) that contains ``day``."""
    lag, fy_end = _naming_lag(fy_end), year_end_month(fy_end)
    return (day.year if day.month <= fy_end else day.year + 1) - lag


def shift(period: Period, grain: str) -> Period:
    """The same-length period one year (grain 'year') or one quarter earlier."""
    months = 12 if grain == "year" else 3
    length = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    end_year, end_month = _add_months(period.end.year, period.end.month, -months)
    start, end = _span(end_year, end_month, length)
    return Period(start, end, period.grain)
