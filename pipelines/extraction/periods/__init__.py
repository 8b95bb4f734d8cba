"""Reporting periods: find period phrases, resolve them to calendar dates, label them per company.

A period is kept as calendar dates first ("April to June 2017") and labelled only once the
company is known, because the same three months are 'Q2 2017' for Amazon, 'FY2017 Q4' for
Microsoft (year ends in June) and 'FY2018 Q1' for Alibaba (year ends in March). Fiscal years
are named after the calendar year in which they end.

The package, one module per concern: records (the period records and month words), fiscal_calendar
(a company's year-end month), phrase_patterns, mentions and builders (period phrases found in a text),
fiscal_naming (how fiscal years are named; period arithmetic), resolve (a phrase to dates) and labels
(dates to a company's label). This module exports what other modules have imported from ``periods``
since it was one file.
"""

from __future__ import annotations

from pipelines.extraction.periods.fiscal_calendar import (
    closing_month,
    detect_fiscal_year_end,
    fiscal_year_end,
    known_fiscal_year_end,
    part_closing,
)
from pipelines.extraction.periods.fiscal_naming import (
    START_NAMED,
    STATED,
    calendar_of_year,
    fiscal_period,
    fiscal_year_of,
    named_as_the_article_does,
    shift,
    year_end_month,
)
from pipelines.extraction.periods.labels import label
from pipelines.extraction.periods.mentions import (
    _spell_numeric_days,
    closes_with_bracketed_span,
    find_period_mentions,
    fiscal_code_year_end,
    without_day_ordinals,
    without_restated_months,
)
from pipelines.extraction.periods.phrase_patterns import _MONTH_RE, YEAR_TO_DATE_CUES
from pipelines.extraction.periods.records import MONTHS, ORDINALS, Period, PeriodLabel, PeriodMention
from pipelines.extraction.periods.resolve import resolve

__all__ = [
    "MONTHS",
    "ORDINALS",
    "Period",
    "PeriodLabel",
    "PeriodMention",
    "START_NAMED",
    "STATED",
    "YEAR_TO_DATE_CUES",
    "_MONTH_RE",
    "_spell_numeric_days",
    "calendar_of_year",
    "closes_with_bracketed_span",
    "closing_month",
    "detect_fiscal_year_end",
    "find_period_mentions",
    "fiscal_code_year_end",
    "fiscal_period",
    "fiscal_year_end",
    "fiscal_year_of",
    "known_fiscal_year_end",
    "label",
    "named_as_the_article_does",
    "part_closing",
    "resolve",
    "shift",
    "without_day_ordinals",
    "without_restated_months",
    "year_end_month",
]
