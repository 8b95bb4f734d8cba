"""What the period modules pass around: ``Period``, ``PeriodMention``, ``PeriodLabel``, and the month and
ordinal words every reader shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Ordinal words of quarters and halves ("third quarter", "2nd half", "final quarter").
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


@dataclass(frozen=True)
class Period:
    """A span of calendar dates with its grain: year, half, quarter or range."""

    start: date
    end: date
    grain: str


@dataclass(frozen=True)
class PeriodLabel:
    label: str | None
    fiscal_year: int | None
    fiscal_quarter: int | None
    period_start: date | None
    period_end: date | None


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in the text, not yet resolved (resolution needs the company's calendar).

    role: 'period' (the period a figure is for), 'comparison' ("a year earlier": the base of a
    comparison, relative to the current period) or 'same' ("over the same period": repeats the
    periods of the previous sentence).
    """

    text: str
    start: int
    end: int
    role: str
    grain: str  # year, half, quarter, range
    fiscal: bool = False  # counted in the company's fiscal calendar
    year: int | None = None  # explicit year (the fiscal year's name when fiscal)
    index: int | None = None  # quarter 1-4 or half 1-2
    end_month: int | None = None  # "the December quarter", "three months ended June 30"
    end_day: date | None = None  # "the three months ended June 30, 2017"
    relative: str | None = None  # last, current, previous_year, previous_quarter
    fiscal_year_end_hint: int | None = None  # "fiscal year ending Mar. 31" -> 3

    @property
    def explicit(self) -> bool:
        return self.year is not None or self.end_day is not None
