"""Reporting periods: find period phrases, resolve them to calendar dates, label them per company.

A period is kept as calendar dates first ("April to June 2017") and labelled only once the
company is known, because the same three months are 'Q2 2017' for Amazon, 'FY2017 Q4' for
Microsoft (year ends in June) and 'FY2018 Q1' for Alibaba (year ends in March). Fiscal years
are named after the calendar year in which they end.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

_CALENDARS_FILE = Path(__file__).with_name("data") / "fiscal_calendars.json"

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


# ---------------------------------------------------------------------------------------------
# Finding period phrases

_YEAR = r"(?:19|20)\d\d"
_Q_WORD = r"first|second|third|fourth|final|1st|2nd|3rd|4th"
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "fiscal 2023/2024", "FY2024/25", "fiscal year 2024/25": a split year is named by the year it closes in.
_SPLIT_YEAR = r"(?:[/\u2013-](?P<closing>\d\d(?:\d\d)?)(?![\d/\u2013-]))?"
_SPLIT_YEAR_2 = _SPLIT_YEAR.replace("closing", "closing2")  # the same, in a pattern's second branch
_POSS = (
    r"(?:(?:its|their|the\s+company[’']s|the\s+group[’']s|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}[’']s)\s+)?"
)

# Spans from the start of a year to a day inside it, each cue with a made-up example. Spans the patterns
# before "year_to_date" name with their dates ("the nine months ended September 30, 2025", "the first
# nine months of 2024") are theirs.
YEAR_TO_DATE_CUES: list[tuple[str, tuple[str, ...]]] = [
    # an analyst's code with its year; never a bare "9M" (nine million)
    (
        rf"(?<![$\u20ac\u00a3\u00a5\d.,])\b9M\s?(?:FY|CY)?\s?'?(?:{_YEAR}|\d\d)\b",
        ("9M24 revenue rose 8%", "profit for 9MFY25 was flat"),
    ),
    (
        rf"\bnine[\s-]months?\b(?:\s+of\s+(?:the\s+)?(?:year\s+)?{_YEAR})?",
        ("nine-month profit rose 25%", "sales in the nine months of 2026"),
    ),
    # not "three quarters of revenue" (a share)
    (
        rf"\b(?:the\s+)?(?:first\s+(?:three|3)\s+quarters|(?:three|3)\s+quarters(?=\s+of\s+(?:the\s+year|{_YEAR})))"
        rf"(?:\s+of\s+(?:the\s+)?(?:year\s+)?(?:{_YEAR})?)?",
        ("in the three quarters of 2026", "over the first three quarters"),
    ),
    (r"\byear[\s-]to[\s-]date\b|\bYTD\b", ("year-to-date revenue", "YTD sales")),
    # January to a month that closes no quarter, half or year: "January-March 2025" is a quarter
    (
        rf"\bJan(?:uary)?\.?\s?(?:-|\u2013|to|through)\s?(?:Feb|Apr|May|Jul|Aug|Sep|Oct|Nov)[a-z]*\.?(?:,?\s+{_YEAR})?",
        ("sales in January-September 2025", "from January to August 2025"),
    ),
]

# A half-year's report named by the day it closes on ("the half-year report at 30 June 2026", "its
# half-yearly financial statements as of 30 June"): the half closing that day, as "the half-year to" is.
_REPORT = r"(?:(?:consolidated|condensed|interim|financial)\s+){0,3}(?:report|results|statements|accounts)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "the three months ended June 30, 2017", "the quarter to September 30, 2020"
    (
        "months_ended",
        re.compile(
            # "the year to June 30", "the year ended March 2024": a year closing on a stated day or in a
            # stated year (with neither, "the year to June" is a British rolling twelve months of prices;
            # after "quarter of its", the year only dates the quarter)
            # "the 52 weeks to March 30": a retailer's year of whole weeks is its year.
            # "the half-year to 30 June 2025": six months, not the "year to 30 June" inside it; so is "the
            # half-year report at 30 June 2026" (a report named by the day its half closes on).
            # "the three and nine months ended September 30": a report of the quarter and the year to date;
            # its story and headline figures are the quarter's, so the shorter span is the one it names
            rf"\b(?:the\s+)?(?:(?:(?P<n0>three|six|3|6)\s+and\s+)?(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]months?|(?P<hy>half[\s-]year(?:ly)?(?:\s+{_REPORT})?)|(?P<wk>13|14|26|27|39|40|52|53|thirteen|fourteen|fifty[\s-]two|fifty[\s-]three)[\s-]weeks?|(?<!of\s)(?<!its\s)(?<!fiscal\s)(?<!financial\s)(?<!full\s)"
            rf"(?P<yr>(?:financial\s+|fiscal\s+|full\s+)?year)(?=\s+(?:ended|ending|to)\s+(?:\d{{1,2}}\s+)?{_MONTH_RE}\s+(?:\d{{1,2}}\b|{_YEAR})))\s+(?:period\s+)?(?:ended|ending|to|"
            rf"through|until|at|as\s+at|as\s+of)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?P<month>{_MONTH_RE})(?:\s+(?P<day>\d{{1,2}})(?!\d))?,?"
            rf"(?:\s+(?P<year>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    # "the first nine months of 2024": a span from the start of the year, not the year
    (
        "first_months",
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>three|six|nine|3|6|9)\s+months\s+(?:of\s+)?(?:(?:its|the)\s+)?"
            rf"(?P<fiscal>fiscal\s+|financial\s+)?(?:year\s+)?(?P<year>{_YEAR})?",
            re.IGNORECASE,
        ),
    ),
    # A span from the start of the year to a day inside it (nine months, year to date): no reporting
    # period of its own, so the figure it dates gets none (the Conventions label quarters, halves, years).
    ("year_to_date", re.compile("|".join(cue for cue, _ in YEAR_TO_DATE_CUES), re.IGNORECASE)),
    # "the six months from April to September 2025", "between July and September 2026": a span of months
    # named by its first and last month; three of them a quarter, six a half, twelve a year. Interim
    # reports and Japanese and Nordic papers name their quarter by its months alone: "July-September
    # 2026", "Apr–Jun 2025" (with no "from", "and" would join two months of a list, not a span).
    (
        "month_span",
        re.compile(
            rf"\b(?:the\s+)?(?:(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]months?\s+)?(?:(?P<lead>from|between)\s+)?"
            rf"(?P<m1>{_MONTH_RE})(?:\s*[-\u2013\u2014]\s*|\s+(?:to|through|until)\s+|(?(lead)\s+and\s+|(?!)))"
            rf"(?P<m2>{_MONTH_RE}),?\s+(?P<year>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter_ended",
        re.compile(
            rf"\b(?:the\s+)?(?:fiscal\s+|financial\s+)?quarter\s+(?:ended|ending|to|through)\s+"
            rf"(?:\d{{1,2}}\s+)?(?P<month>{_MONTH_RE})(?:\s+(?P<day>\d{{1,2}})(?!\d))?,?(?:\s+(?P<year>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    # "its fiscal 2023 first quarter", "FY24 third quarter"
    (
        "fiscal_then_quarter",
        re.compile(
            rf"\b(?:its\s+|the\s+|their\s+)?(?:fiscal|financial|FY)\s?'?(?P<year>{_YEAR}|\d\d)\s+(?P<q1>{_Q_WORD})[\s-]"
            r"quarter\b",
            re.IGNORECASE,
        ),
    ),
    # "the second and third quarters of its fiscal year ending Mar. 31", "third quarter of its fiscal 2020"
    (
        "ordinal_quarter",
        re.compile(
            rf"\b(?:the\s+)?(?:(?:its|their)\s+)?(?:fiscal\s+|financial\s+)?(?P<q1>{_Q_WORD})(?:\s+and\s+(?:the\s+)?(?P<q2>{_Q_WORD}))?[\s-]+(?:fiscal\s+|"
            rf"financial\s+|calendar\s+)?quarters?"
            rf"(?:\s+(?:of\s+|in\s+)?{_POSS}(?P<fiscal>fiscal|financial)?\s*(?:year\s*)?(?:(?P<fy>FY)\s?)?"
            # "the fourth quarter of its 2024 financial year": the year before the word that makes it fiscal
            rf"(?P<year>{_YEAR}|'\d\d|\d\d(?=\b))?{_SPLIT_YEAR}(?P<fiscal_after>\s+(?:fiscal|financial)\s+year\b)?)?",
            re.IGNORECASE,
        ),
    ),
    (
        "q_code",
        re.compile(
            # "Q4FY25", "Q3/2025", "Q1 CY25": the year glued on, after a slash, or marked calendar
            rf"\b(?:(?P<fy1>FY|fiscal\s+)\s?(?P<yearA>{_YEAR}|\d\d)\s+)?Q(?P<q>[1-4])(?:(?:\s+(?:of\s+)?|\s?/\s?|"
            rf"(?=FY|CY))(?:(?P<fy2>FY|fiscal\s+)\s?|CY\s?)?(?P<yearB>{_YEAR}|\d\d)\b)?|"
            # "1Q24", "4Q FY24A" (an actual), a bare "4Q"; never an estimate's column ("4Q FY25E")
            rf"\b(?P<q3>[1-4])Q(?!\s?(?:FY|fiscal\s+)?\s?(?:{_YEAR}|\d\d)E\b)"
            rf"(?:\s?(?:(?P<fy3>FY|fiscal\s+)|CY)?\s?(?P<yearC>{_YEAR}|\d\d)(?=A?\b)A?)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            # "interim results", "the interim period"; not an "interim dividend" nor "interim chief executive"
            # "1H25", "H1FY26", "H1/2025": a half's code with its year glued on or after a slash; not the
            # "H1" of a model name ("H100")
            rf"\b(?:the\s+)?(?:(?P<h>first|second)[\s-]+half|(?P<hcode>H[12](?!\d)|[12]H)|(?P<hw>interim(?=\s+(?:results?|"
            rf"period|financial|reports?|accounts|statements?|figures|profits?|earnings|revenues?|sales))"
            # "Interim report January - September 2025", "interim period ended 30 September": the span
            # it names is the report's, not a half
            # "interim financial results for the period ending 30 September" too: the span stated after it,
            # also in brackets ("Interim period (January-September 2025)")
            rf"(?!(?:\s+\w+){{1,2}}\s+\(?(?:for\s+the\s+(?:period\s+)?)?(?:{_MONTH_RE}(?![a-z])|"
            rf"(?:three|nine|3|9)\s+months|ended|ending|to\b))))"
            rf"(?:(?:\s+|\s?/\s?|(?<=[12]H)(?=(?:FY)?\d\d\b)|(?<=H[12])(?=FY))(?:of\s+)?{_POSS}(?P<fiscal>fiscal|financial)?\s*(?:year\s*)?(?P<fy>FY)?\s?(?P<year>{_YEAR}|"
            rf"\d\d\b)?{_SPLIT_YEAR}(?P<fiscal_after>\s+(?:fiscal|financial)\s+year\b)?)?",
            re.IGNORECASE,
        ),
    ),
    # "the December quarter", "the April-June period", "the July-September quarter"
    (
        "month_quarter",
        re.compile(
            rf"\b(?:the\s+)?(?:(?P<m1>{_MONTH_RE})\s?(?:-|–|to|through)\s?)?(?P<m2>{_MONTH_RE})\s+"
            rf"(?:quarter|period|three\s+months)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "fiscal_year",
        re.compile(
            rf"\b(?:(?P<fy>FY)\s?'?(?P<y1>{_YEAR}|\d\d){_SPLIT_YEAR}\b|(?:its\s+|the\s+)?(?:fiscal|financial)\s+"
            rf"(?:year\s+)?(?P<y2>{_YEAR}){_SPLIT_YEAR_2}|(?:its\s+|the\s+)(?P<y3>{_YEAR})\s+(?:fiscal|financial)\s+year\b|"
            # "2023/2024", "2024/25" alone (a table's column), "in 2023-24", "the 2024–25 financial year": a
            # split year (its second year the next one, checked in _build) is a fiscal year
            rf"(?P<y4>{_YEAR})[/\u2013-](?P<closing3>\d\d(?:\d\d)?)(?![\d/\u2013-]))",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_fiscal",
        re.compile(
            r"\b(?P<rel>last|previous|prior|current|this|latest|most\s+recent|past|same)\s+(?P<fiscal>fiscal|financial)"
            r"\s+year\b|\b(?:(?P<own>its|the|their)\s+)?(?:fiscal|financial)\s+year\b(?P<hint>\s+(?:that\s+|which\s+)?"
            r"(?:ending|ended|ends|closing|closes|closed|to)\s+(?:in\s+|on\s+)?(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?(?:\s+\d{1,2}(?!\d))?"
            rf"(?:,?\s+(?P<hy>{_YEAR}))?)?",
            re.IGNORECASE,
        ),
    ),
    # Rolling windows have no label: "its last four reported quarters", "the past 12 months".
    (
        "rolling",
        re.compile(
            r"\b(?:the\s+|its\s+|their\s+)?(?:last|past|previous|trailing|latest)\s+(?:two|three|four|five|six|eight|twelve|"
            r"\d+)\s+(?:reported\s+|fiscal\s+|full\s+)?(?:quarters|months|years)\b|\b(?:trailing|rolling)\s+"
            r"(?:twelve|12)[\s-]months?\b|\bTTM\b|\bLTM\b",
            re.IGNORECASE,
        ),
    ),
    (
        "comparison",
        re.compile(
            r"\b(?:a|one)\s+(?P<unit>year|quarter)\s+(?:earlier|ago|before)\b|\bthe\s+(?:year|quarter)[\s-]"
            r"(?:earlier|ago)\s+(?:period|quarter)\b|\bthe\s+(?:previous|preceding|prior)\s+(?P<unit2>year|quarter)\b|"
            r"\b(?:the\s+)?(?:same|corresponding)\s+(?:period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|"
            r"a\s+year\s+earlier|the\s+prior)\s+year\b|\blast\s+year\b",
            re.IGNORECASE,
        ),
    ),
    (
        "same",
        re.compile(
            r"\b(?:over\s+|in\s+|during\s+|for\s+)?the\s+same\s+(?:period|quarter|three\s+months|time|months|year)\b|"
            # "in the half": the half the text reports on, as "in the quarter" is its quarter
            r"\b(?P<ctx>(?:for|in|during)\s+the\s+(?:period|quarter|half(?:[\s-]year)?))\b"
            r"(?![\s-]+(?:ended|ending|to|through|year))",
            re.IGNORECASE,
        ),
    ),
    (
        "last_quarter",
        re.compile(
            r"\b(?:last|the\s+latest|the\s+most\s+recent|the\s+recent|the\s+just-ended|the\s+just\s+ended)\s+quarter\b",
            re.IGNORECASE,
        ),
    ),
    # "for the full year", "for the year": the year the text is talking about.
    (
        "full_year",
        re.compile(
            # "For the full fiscal year": the company's year the text is talking about
            r"\b(?:for\s+|in\s+|during\s+)?the\s+(?:full|whole|entire)[\s-](?:fiscal\s+|financial\s+)?year\b"
            r"(?!\s+(?:19|20)\d\d)|\bfull[\s-](?:fiscal\s+|financial\s+)?year\b(?!\s+(?:19|20)\d\d)|"
            r"\bfor\s+the\s+year\b(?!\s+(?:earlier|ago|before|to|ended|ending))",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:(?P<prep>in|for|during|of|through|throughout|full[\s-]year|calendar|calendar\s+year|"
            # the year a company closed with a figure: "ended 2024 with a net profit of ..."
            rf"(?:closed|ended|finished|concluded|wrapped\s+up|rounded\s+off)(?=\s+{_YEAR}\s+with\b))\s+)"
            # "the 2024 accounts", "2024 profit": a year before what a company reports for it
            rf"(?P<year>{_YEAR})\b(?![-/]\d)|^(?P<lead>{_YEAR})\b|(?P<pre>{_YEAR})\s+(?:(?:annual|full[\s-]year)\s+)?"
            r"(?:revenues?|sales|results|net|accounts|numbers|figures|earnings|profits?|annual\s+report)\b|"
            # a label closed by its year: "Revenue 2025: RM 8.4 billion" (not a day's: "at 30 June 2025:")
            rf"(?P<label>{_YEAR})(?=\s*:\s)",
            re.IGNORECASE,
        ),
    ),
]
_NOT_A_PERIOD_YEAR = re.compile(
    r"\b(?:founded|established|set\s+up|launched|created|started|listed|born|incorporated|opened|formed|"
    r"acquired|bought|since|until|as\s+early\s+as)\s+(?:\w+\s+){0,2}?(?:in|during)?\s*$|"
    # a founding is named with its founders and place: "founded by Octave Klaba in Roubaix in 1999"
    r"\b(?:founded|established|incorporated)\s+(?:by\s+)?(?:[\w.-]+\s+){0,6}?in\s*$|"
    # a purchase with its seller: "Ensham, bought from Idemitsu Australia in 2023, contributed revenue"
    r"\b(?:acquired|bought|purchased)\s+(?:from|by)\s+(?:[\w.&-]+\s+){1,4}?in\s*$",
    re.IGNORECASE,
)


_WHEN_DONE = re.compile(
    r"\b(?:expected|due|set|scheduled|slated|likely|planned|poised)\s+to\s+(?:close|complete|be\s+completed|"
    r"be\s+finali[sz]ed|conclude|take\s+effect|launch|start|begin|open)\s+(?:in|by|during|before|within)\s+$|"
    # "delivered before the end of the fiscal year": the time of an event, not a reporting period
    r"\b(?:before|by|until|ahead\s+of)\s+the\s+(?:end|close|start|beginning)\s+of\s+$",
    re.IGNORECASE,
)


# "for the third quarter in a row", "the second year running": a streak's length, not a period.
_STREAK = re.compile(
    rf"(?:the\s+|a\s+)?(?:{_Q_WORD}|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)[\s-]+(?:quarter|year|half)"
    r"\s+(?:in\s+a\s+row|running)\b",
    re.IGNORECASE,
)


# Every pattern above needs a digit or one of these words: half the sentences of a news article have
# none, and skipping them saves running all the patterns over them.
_MAY_NAME_A_PERIOD = re.compile(
    r"\d|quarter|month|half|interim|year|period|fiscal|financial|ttm|ltm|ytd|same", re.IGNORECASE
)


# A heading's closing bracket that names the span of the lines under it: "Third quarter (July-September
# 2026)", "Key figures (Q3 FY26)", "Interim period (January-September 2026)"; a bracket of prose or a
# source ("(Reuters)") names none.
_CLOSING_BRACKET = re.compile(r"\((?P<inside>[^()\n]{3,40})\)\s*$")


def closes_with_bracketed_span(line: str) -> bool:
    """Whether a line ends with a bracket that holds a span of time (a quarter, a half, a year, the year
    to date): a heading's, whose lines below report on it."""
    bracket = _CLOSING_BRACKET.search(line)
    if bracket is None:
        return False
    return any(m.role == "period" for m in find_period_mentions(bracket.group("inside")))


def find_period_mentions(text: str) -> list[PeriodMention]:
    """Every period phrase in ``text`` (typically one sentence), sorted by offset, non-overlapping."""
    if not _MAY_NAME_A_PERIOD.search(text):
        return []
    original, text, code_months = text, *_spell_month_codes(_spell_numeric_days(text))
    mentions: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = _trim(text, match.start(), match.end())
            if start >= end or any(not (end <= s or start >= e) for s, e in taken):
                continue
            if _STREAK.match(text, start):
                taken.append((start, end))
                continue  # "grew for the third quarter in a row" counts quarters, it dates none
            if _WHEN_DONE.search(text, max(0, start - 60), start):
                taken.append((start, end))
                continue  # "expected to close in the third quarter" times an event, not a figure
            built = _build(kind, match, text[start:end], start, end)
            mentions += built
            if built or kind != "relative_fiscal":
                taken.append((start, end))  # a bare "fiscal year" names none: "the full fiscal year" may
    mentions.sort(key=lambda m: (m.start, m.index or 0))
    mentions = _parts_of_closing_years(text, mentions)
    if code_months or text != original:
        mentions = [_with_code_month(original, m, code_months) for m in mentions]
    return mentions


_OPEN_BRACKET_BETWEEN = re.compile(r"[\s,]*\(\s*")


def without_restated_months(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Drops the months in brackets that restate the quarter or half just named ("the fourth quarter
    (April-June 2025)"): for the lists below it, the named part is what the prose read (a part of the year
    reported on, which does not carry into them), not a second, explicit period."""
    kept: list[PeriodMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.end_day is not None
            and mention.grain == previous.grain
            and previous.index is not None
            and _OPEN_BRACKET_BETWEEN.fullmatch(text, previous.end, mention.start)
        ):
            continue
        kept.append(mention)
    return kept


# A day written in digits, day first or month first: "30-09-2025", "31/03/2025", "30.06.2026", "09/30/2025".
NUMERIC_DAY = re.compile(
    r"(?<![\d/.-])(?P<a>\d\d?)(?P<sep>[./-])(?P<b>\d\d?)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _spell_numeric_days(text: str) -> str:
    """The text with each month's last day written in digits ("30-09-2025", "31/03/2025") spelled as its
    month and year at the same length ("  Sep 2025"), so the patterns that read "the period ended September
    2025" read it too and offsets stay the text's. Only a month's last day: a period closes on one, and so
    "09/30/2025" (month first) and "30/09/2025" (day first) are read alike, other days not at all."""
    if not re.search(r"\d[./-]\d", text):
        return text

    def spelled(match: re.Match[str]) -> str:
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        for day, month in ((a, b), (b, a)):
            if 1 <= month <= 12 and day == _last_day(year, month):
                written = f"{_MONTH_ABBREVIATIONS[month - 1]} {year}"
                return " " * (len(match.group()) - len(written)) + written
        return match.group()

    return NUMERIC_DAY.sub(spelled, text)


# A Japanese-style fiscal-year code, the closing month and the closing year: "FY3/26" (the year ending
# March 2026), "Q1 FY5/27", "the first half of FY3/25".
FISCAL_MONTH_CODE = re.compile(r"\bFY\s?(?P<month>1[0-2]|0?[1-9])/(?P<year>\d\d)\b(?![/\d])")


def _spell_month_codes(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The text with each "FY3/26" written "FY2026" at the same length (so every pattern reads it as a
    fiscal year and offsets stay the text's), and each code's span and closing month."""
    spans: list[tuple[int, int, int]] = []
    if "/" not in text:
        return text, spans
    pieces: list[str] = []
    last = 0
    for match in FISCAL_MONTH_CODE.finditer(text):
        spelled = f"FY20{match.group('year')}"
        pieces += [text[last : match.start()], " " * (match.end() - match.start() - len(spelled)) + spelled]
        last = match.end()
        spans.append((match.start(), match.end(), int(match.group("month"))))
    return "".join([*pieces, text[last:]]), spans


def _with_code_month(text: str, mention: PeriodMention, codes: list[tuple[int, int, int]]) -> PeriodMention:
    """The mention as written, with the closing month of a code inside it as its fiscal-year end."""
    code = next(((s, e, m) for s, e, m in codes if s < mention.end and e > mention.start), None)
    if code is None:
        return replace(mention, text=text[mention.start : mention.end])
    start, end = min(mention.start, code[0]), max(mention.end, code[1])
    hint = code[2] if code[2] != 12 else mention.fiscal_year_end_hint
    return replace(mention, text=text[start:end], start=start, end=end, fiscal_year_end_hint=hint)


def fiscal_code_year_end(text: str) -> int | None:
    """The closing month a fiscal-year code in ``text`` states ("FY3/26" -> 3), else None."""
    match = FISCAL_MONTH_CODE.search(text)
    return int(match.group("month")) if match else None


# "the first half of", "the second quarter of its": a part of the year named right after it.
_PART_OF = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _parts_of_closing_years(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """ "the first half of the fiscal year ending March 2026": one half of the year closing then, not
    the year (nor an undated half); the year's closing month dates the part in the company's calendar."""
    out: list[PeriodMention] = []
    for mention in mentions:
        part = out[-1] if out else None
        if (
            part is not None
            and part.grain in ("quarter", "half")
            and part.index is not None
            and part.year is None
            and part.end_month is None
            and mention.grain == "year"
            and mention.end_month is not None
            and mention.role == "period"
            and _PART_OF.search(text[part.start : mention.start])
        ):
            out[-1] = replace(
                part,
                text=text[part.start : mention.end],
                end=mention.end,
                fiscal=True,
                year=mention.end_day.year if mention.end_day else None,
                fiscal_year_end_hint=mention.end_month,
            )
            continue
        out.append(mention)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return start, end


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
