"""``label``: a resolved period to its label in the company's fiscal calendar ("FY2018 Q1").

Decides the label, fiscal year and quarter a period of dates carries for one company.
"""

from __future__ import annotations

from pipelines.extraction.periods.fiscal_naming import _last_day, _naming_lag, fiscal_year_of, year_end_month
from pipelines.extraction.periods.records import Period, PeriodLabel


def label(period: Period | None, fy_end: int) -> PeriodLabel:
    """The contract's label for ``period`` in a company's calendar ('Q3 2019', 'FY2020 Q3', ...)."""
    if period is None:
        return PeriodLabel(None, None, None, None, None)
    fiscal_year = fiscal_year_of(period.end, fy_end)
    months_into_year = (period.start.month - year_end_month(fy_end) - 1) % 12
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    aligned = months_into_year % months == 0 if months in (3, 6, 12) else False
    if not aligned:
        if months == 12 and period.start.month == 1 and period.start.day == 1:
            # A calendar year named for a company with another fiscal calendar ("sold ... in 2023").
            return PeriodLabel(str(period.start.year), None, None, period.start, period.end)
        if months == 12 and period.start.day == 1 and period.grain == "year":
            # Twelve months closing at another month's end ("the year ended March 2024" of a company
            # whose calendar the text never states): a fiscal year by the text's own dates.
            named = period.end.year - _naming_lag(fy_end)
            return PeriodLabel(f"FY{named}", named, None, period.start, period.end)
        return _calendar_part_label(period, months)
    december = year_end_month(fy_end) == 12
    prefix = "" if december else "FY"
    if months == 12:
        text = f"{prefix}{fiscal_year}"
        return PeriodLabel(text, fiscal_year, None, period.start, period.end)
    if months == 3:
        quarter = months_into_year // 3 + 1
        text = f"Q{quarter} {fiscal_year}" if december else f"FY{fiscal_year} Q{quarter}"
        return PeriodLabel(text, fiscal_year, quarter, period.start, period.end)
    half = months_into_year // 6 + 1
    text = f"H{half} {fiscal_year}" if december else f"FY{fiscal_year} H{half}"
    return PeriodLabel(text, fiscal_year, None, period.start, period.end)


def _calendar_part_label(period: Period, months: int) -> PeriodLabel:
    """A calendar quarter or half of a company whose fiscal year it does not fit ("revenue in the first
    half of 2026" of a group the article puts on a March year, from a unit's or an associate's line): the
    text named calendar dates, so it keeps its calendar label rather than none."""
    start, end = period.start, period.end
    whole = start.day == 1 and end.day == _last_day(end.year, end.month) and start.year == end.year
    if not whole or months not in (3, 6) or (start.month - 1) % months:
        return PeriodLabel(None, None, None, start, end)
    part = (start.month - 1) // months + 1
    text = f"Q{part} {start.year}" if months == 3 else f"H{part} {start.year}"
    return PeriodLabel(text, start.year, part if months == 3 else None, start, end)
