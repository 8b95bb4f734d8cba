"""``find_period_mentions``: the period phrases of a text, as ``PeriodMention`` records.

Decides which candidate phrases are kept, how numeric days and fiscal month codes are spelled out first,
and which months a restatement or a bracketed span repeats.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.periods.builders import _build
from pipelines.extraction.periods.fiscal_naming import _last_day
from pipelines.extraction.periods.phrase_patterns import _MAY_NAME_A_PERIOD, _PATTERNS, _STREAK, _WHEN_DONE
from pipelines.extraction.periods.records import MONTHS, PeriodMention

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
    original, text, code_months = text, *_spell_month_codes(_spell_numeric_days(without_day_ordinals(text)))
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


# A day of the month written as an ordinal beside its month: "31st March 2025", "March 31st, 2025",
# "30th June". British releases date their years so ("the year ended 31st March 2025").
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL_DAY = re.compile(
    rf"(?P<before>\b(?:{_MONTH_WORDS})\.?\s+)?\b(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)\b"
    rf"(?(before)|(?=\s+(?:of\s+)?(?:{_MONTH_WORDS})\b))",
    re.IGNORECASE,
)


def without_day_ordinals(text: str) -> str:
    """The text with each ordinal day beside a month written as its digits ("31st March" as "  31 March"),
    at the same length so offsets stay the text's: the patterns read "the year ended 31 March 2025"."""
    if not re.search(r"\d(?:st|nd|rd|th)\b", text, re.IGNORECASE):
        return text

    def digits(match: re.Match[str]) -> str:
        # the spaces before the day: "March   31, 2025" still reads as a month, its day and its year
        return (match.group("before") or "") + " " * len(match.group("suffix")) + match.group("day")

    return _ORDINAL_DAY.sub(digits, text)


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
