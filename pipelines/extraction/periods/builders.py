"""One builder per kind of period phrase (``_BUILDERS``): a matched phrase to its ``PeriodMention``.

Decides each phrase's grain, year, quarter or half, closing month and whether it counts fiscal time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pipelines.extraction.periods.fiscal_calendar import closing_month, detect_fiscal_year_end
from pipelines.extraction.periods.fiscal_naming import _add_months, _last_day
from pipelines.extraction.periods.phrase_patterns import _MONTH_RE, _NOT_A_PERIOD_YEAR, _YEAR
from pipelines.extraction.periods.records import MONTHS, ORDINALS, PeriodMention


def _year(written: str | None) -> int | None:
    if not written:
        return None
    digits = written.strip("'")
    if len(digits) == 2:
        return 2000 + int(digits)
    return int(digits)


def _closing_year(year: int | None, groups: dict[str, str | None]) -> int | None:
    """The year a split year closes in ("2023/24" -> 2024); a single year as written."""
    closing = _year(groups.get("closing") or groups.get("closing2"))
    if year is not None and closing == year + 1:
        return closing
    return year


@dataclass(frozen=True)
class _Found:
    """One pattern's match, trimmed to [start, end): what a builder turns into period mentions."""

    match: re.Match[str]
    text: str
    start: int
    end: int

    @property
    def groups(self) -> dict[str, str | None]:
        return self.match.groupdict()

    @property
    def base(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


_MONTH_COUNTS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}


# Spans of whole weeks and the months they stand for: a retailer's quarter, half, three quarters and year.
_WEEK_MONTHS = {"13": 3, "14": 3, "thirteen": 3, "fourteen": 3, "26": 6, "27": 6, "39": 9, "40": 9}


def _week_months(written: str | None) -> int | None:
    if not written:
        return None
    return _WEEK_MONTHS.get(written.lower(), 12)


def _months_ended(found: _Found) -> list[PeriodMention]:
    """ "the three months ended June 30, 2017", "the year to June 30", "the quarter to September 30"."""
    groups = found.groups
    month = MONTHS[groups["month"].lower().rstrip(".")]
    year = _year(groups.get("year"))
    weeks = _week_months(groups.get("wk"))
    if closing_month(month, groups.get("day")) != month:
        # "the 13 weeks ended August 2, 2025": a year of whole weeks closes its months in the first days
        # of the next one; the quarter is May to July
        year, month = _add_months(year, month, -1) if year else (None, closing_month(month, groups["day"]))
    a_year = bool(groups.get("yr")) or weeks == 12
    written = groups.get("n0") or groups.get("n")
    months = _MONTH_COUNTS[written.lower()] if written else 3
    length = weeks or (12 if a_year else 6 if groups.get("hy") else months)
    # "the twelve months to June" is a trailing window unless it lines up with the calendar; "the
    # year to June 30" is a reporting year.
    grain = {3: "quarter", 6: "half", 12: "year" if a_year else "range"}.get(length, "range")
    end_day = date(year, month, _last_day(year, month)) if year else None
    return [
        PeriodMention(
            **found.base, role="period", grain=grain, end_month=month, end_day=end_day, index=length
        )
    ]


def _first_months(found: _Found) -> list[PeriodMention]:
    """ "the first nine months of 2024": a span from the start of the year."""
    groups = found.groups
    length = _MONTH_COUNTS[groups["n"].lower()]
    year = _year(groups.get("year"))
    if groups.get("fiscal") or year is None:
        # A span of the company's own year whose dates the text does not fix: no period.
        return [PeriodMention(**found.base, role="period", grain="range", relative="rolling")]
    grain = {3: "quarter", 6: "half"}.get(length, "range")
    end_day = date(year, length, _last_day(year, length))
    return [
        PeriodMention(
            **found.base, role="period", grain=grain, end_month=length, end_day=end_day, index=length
        )
    ]


def _fiscal_then_quarter(found: _Found) -> list[PeriodMention]:
    groups = found.groups
    return [
        PeriodMention(
            **found.base,
            role="period",
            grain="quarter",
            fiscal=True,
            year=_year(groups["year"]),
            index=ORDINALS[groups["q1"].lower()],
        )
    ]


_YEAR_CLOSING_AFTER = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?:ending|ends|closing|closes)\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?{_MONTH_RE}"
    rf"(?:\s+\d{{1,2}})?,?\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)


def _ordinal_quarter(found: _Found) -> list[PeriodMention]:
    """ "the second and third quarters of its fiscal year ending Mar. 31": one mention per quarter."""
    groups = found.groups
    fiscal = bool(groups.get("fiscal") or groups.get("fy") or groups.get("fiscal_after"))
    fiscal = fiscal or "fiscal" in found.text.lower()
    year = _closing_year(_year(groups.get("year")), groups)
    # "the third quarter of 2025/26": a year split over two calendar years is a fiscal one
    fiscal = fiscal or year != _year(groups.get("year"))
    hint = detect_fiscal_year_end(found.match.string[found.start : found.end + 40])
    if year is None and hint is not None:
        # "the third quarter of its financial year ending June 30, 2026": the year closing then
        closing = _YEAR_CLOSING_AFTER.match(found.match.string, found.end)
        year = int(closing.group("year")) if closing else None
    indexes = [ORDINALS[groups["q1"].lower()]]
    if groups.get("q2"):
        indexes.append(ORDINALS[groups["q2"].lower()])
    return [
        PeriodMention(
            **found.base,
            role="period",
            grain="quarter",
            fiscal=fiscal,
            year=year,
            index=i,
            fiscal_year_end_hint=hint,
        )
        for i in indexes
    ]


# The closing half of a split year written after a quarter's code: "2QFY25/26", "Q3 FY2025/26".
_CODE_SPLIT_AFTER = re.compile(r"/(?P<closing>\d\d(?:\d\d)?)\b(?![/\d])")


def _q_code(found: _Found) -> list[PeriodMention]:
    groups = found.groups
    index = int(groups.get("q") or groups.get("q3"))
    year = _year(groups.get("yearA") or groups.get("yearB") or groups.get("yearC"))
    fiscal = bool(groups.get("fy1") or groups.get("fy2") or groups.get("fy3"))
    base = found.base
    split = _CODE_SPLIT_AFTER.match(found.match.string, found.end)
    if split and year is not None and _closing_year(year, split.groupdict()) != year:
        # "2QFY25/26": the quarter of the fiscal year closing in 2026, the code read to its end
        year, fiscal = year + 1, True
        base = {**base, "text": found.match.string[found.start : split.end()], "end": split.end()}
    return [PeriodMention(**base, role="period", grain="quarter", fiscal=fiscal, year=year, index=index)]


def _half(found: _Found) -> list[PeriodMention]:
    groups = found.groups
    if groups.get("hw"):
        index = 1
    elif groups.get("h"):
        index = 1 if groups["h"].lower() == "first" else 2
    else:
        index = int(groups["hcode"].upper().replace("H", ""))
    fiscal = bool(groups.get("fiscal") or groups.get("fy") or groups.get("fiscal_after"))
    written = _year(groups.get("year"))
    year = _closing_year(written, groups)
    return [
        PeriodMention(
            **found.base,
            role="period",
            grain="half",
            fiscal=fiscal or year != written,  # a split year ("H1 2025/26") is a fiscal year
            year=year,
            index=index,
        )
    ]


def _month_quarter(found: _Found) -> list[PeriodMention]:
    """ "the December quarter", "the April-June period"."""
    groups = found.groups
    last = MONTHS[groups["m2"].lower().rstrip(".")]
    first = MONTHS[groups["m1"].lower().rstrip(".")] if groups.get("m1") else None
    length = ((last - first) % 12 + 1) if first else 3
    grain = {3: "quarter", 6: "half"}.get(length, "range")
    if length not in (3, 6, 9):
        return []  # "the May-June period" is no reporting period
    index = None if grain == "quarter" else length  # months, as for "the six months to ..."
    return [
        PeriodMention(
            **found.base,
            role="period",
            grain=grain,
            end_month=last,
            index=index,
            year=_year(groups.get("year")),
        )
    ]


def _month_pair(found: _Found) -> list[PeriodMention]:
    """ "July-September", "Apr-Sep": a quarter or half named by its months alone (a span from January to
    September is the year to date, which ``YEAR_TO_DATE_CUES`` read first)."""
    groups = found.groups
    first, last = (MONTHS[groups[g].lower().rstrip(".")] for g in ("m1", "m2"))
    return _month_quarter(found) if (last - first) % 12 + 1 in (3, 6) else []


def _month_span(found: _Found) -> list[PeriodMention]:
    """ "the three months from June to August 2026": the span closing at the end of the last month."""
    groups = found.groups
    first, last = (MONTHS[groups[g].lower().rstrip(".")] for g in ("m1", "m2"))
    length = (last - first) % 12 + 1
    written = groups.get("n")
    if length not in (3, 6, 12) or (written and _MONTH_COUNTS[written.lower()] != length):
        # "from January to May 2025": no quarter, half or year, so no reporting period
        return [PeriodMention(**found.base, role="period", grain="range", relative="rolling")]
    year = int(groups["year"])
    grain = {3: "quarter", 6: "half", 12: "year"}[length]
    end_day = date(year, last, _last_day(year, last))
    return [
        PeriodMention(**found.base, role="period", grain=grain, end_month=last, end_day=end_day, index=length)
    ]


def _fiscal_year(found: _Found) -> list[PeriodMention]:
    groups = found.groups
    if groups.get("y4"):
        split = _year(groups["y4"])
        closing = _year(groups["closing3"])
        if split is None or closing != split + 1:
            return []  # "2023/2025" names no one year
        return [PeriodMention(**found.base, role="period", grain="year", fiscal=True, year=closing)]
    year = _closing_year(_year(groups.get("y1") or groups.get("y2") or groups.get("y3")), groups)
    return [PeriodMention(**found.base, role="period", grain="year", fiscal=True, year=year)]


def _relative_fiscal(found: _Found) -> list[PeriodMention]:
    """ "last fiscal year", "the fiscal year ended March 31, 2023", "its fiscal year"."""
    groups, base, text = found.groups, found.base, found.text
    if groups.get("rel"):
        rel = groups["rel"].lower()
        relative = (
            "last" if rel in ("last", "previous", "prior", "latest", "most recent", "past") else "current"
        )
        if rel == "same":
            return [PeriodMention(**base, role="same", grain="year", fiscal=True)]
        return [PeriodMention(**base, role="period", grain="year", fiscal=True, relative=relative)]
    hint = detect_fiscal_year_end(text) if groups.get("hint") else None
    if groups.get("hy"):
        # "the fiscal year ended March 31, 2023" is FY2023 whatever the company's usual calendar.
        return [
            PeriodMention(
                **base,
                role="period",
                grain="year",
                fiscal=True,
                year=int(groups["hy"]),
                fiscal_year_end_hint=hint,
            )
        ]
    if groups.get("own") is None and hint is None:
        return []
    return [
        PeriodMention(
            **base,
            role="period",
            grain="year",
            fiscal=True,
            # "the fiscal year that ended March 31": the latest one closed, not the one under way
            relative="last" if re.search(r"\b(?:ended|closed)\b", text, re.IGNORECASE) else "current",
            fiscal_year_end_hint=hint,
        )
    ]


def _comparison(found: _Found) -> list[PeriodMention]:
    lowered = found.text.lower()
    if lowered == "last year":
        return [PeriodMention(**found.base, role="period", grain="year", relative="last")]
    unit = "quarter" if "quarter" in lowered and "same" not in lowered else "year"
    return [
        PeriodMention(
            **found.base,
            role="comparison",
            grain=unit,
            relative="previous_quarter" if unit == "quarter" else "previous_year",
        )
    ]


def _same(found: _Found) -> list[PeriodMention]:
    if found.groups.get("ctx"):
        # "for the quarter": the period the text is already talking about.
        return [PeriodMention(**found.base, role="period", grain="range", relative="context_period")]
    return [PeriodMention(**found.base, role="same", grain="range")]


_DAY_BEFORE_LABEL_YEAR = re.compile(rf"(?:\d|\b(?:{_MONTH_RE}))[\s.,]*$", re.IGNORECASE)


def _calendar_year(found: _Found) -> list[PeriodMention]:
    """ "in 2023", "2023 revenue", a line opening with its year."""
    m, groups, start = found.match, found.groups, found.start
    if _NOT_A_PERIOD_YEAR.search(
        m.string, max(0, start - 40), start + (m.end("prep") - m.start() if groups.get("prep") else 0)
    ):
        return []  # "founded in 2009" dates an event, not a reporting period
    if groups.get("label") and _DAY_BEFORE_LABEL_YEAR.search(m.string, max(0, start - 16), start):
        return []  # "Employees at 30 September 2025: 2,913": the day of a level, no period
    year = _year(groups.get("year") or groups.get("lead") or groups.get("pre") or groups.get("label"))
    if groups.get("year"):
        span_start = start + m.start("year") - m.start()
        return [
            PeriodMention(
                text=m.string[span_start : span_start + 4],
                start=span_start,
                end=span_start + 4,
                role="period",
                grain="year",
                year=year,
            )
        ]
    return [PeriodMention(text=str(year), start=start, end=start + 4, role="period", grain="year", year=year)]


def _fixed(grain: str, relative: str) -> Callable[[_Found], list[PeriodMention]]:
    """A phrase whose meaning is all in its kind: "last quarter", "the full year", "the past 12 months"."""

    def build(found: _Found) -> list[PeriodMention]:
        return [PeriodMention(**found.base, role="period", grain=grain, relative=relative)]

    return build


# Each pattern kind of _PATTERNS and the builder that turns its match into mentions.
_BUILDERS: dict[str, Callable[[_Found], list[PeriodMention]]] = {
    "months_ended": _months_ended,
    "quarter_ended": _months_ended,
    "first_months": _first_months,
    "fiscal_then_quarter": _fiscal_then_quarter,
    "ordinal_quarter": _ordinal_quarter,
    "q_code": _q_code,
    "half": _half,
    "month_quarter": _month_quarter,
    "month_span": _month_span,
    "month_pair": _month_pair,
    "fiscal_year": _fiscal_year,
    "relative_fiscal": _relative_fiscal,
    "comparison": _comparison,
    "same": _same,
    "last_quarter": _fixed("quarter", "last"),
    "full_year": _fixed("year", "context_year"),
    "rolling": _fixed("range", "rolling"),
    "year_to_date": _fixed("range", "rolling"),
    "year": _calendar_year,
}


def _build(kind: str, m: re.Match[str], text: str, start: int, end: int) -> list[PeriodMention]:
    builder = _BUILDERS.get(kind)
    return builder(_Found(m, text, start, end)) if builder else []
