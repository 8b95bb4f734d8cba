"""Publish dates stated by an article: datelines, 'Published ...' lines, metadata values.

Never guessed: a date needs a day, a month and a year written together, in a place
where pages state when they were published (the lines around the headline, a dateline
opening the first paragraph). "BEIJING, Jan. 6 --" alone gives no date.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.letters import LETTER_CHARS, UPPER, UPPER_CHARS

# fmt: off
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# fmt: on
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Month and weekday names of the other languages pages in the corpus are written in, once for every reader
# of a written date (a translated page keeps its original header: "Bogotá, jueves 6 de marzo de 2025").
# Kept apart from _MONTHS: DATE_PATTERNS, which other stages read in prose, are English; header lines read
# both (HEADER_DATE_PATTERNS).
# fmt: off
OTHER_LANGUAGE_MONTHS = {
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # German
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
OTHER_LANGUAGE_WEEKDAYS = (
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)
# fmt: on
_OTHER_MONTH = r"(?P<month>" + "|".join(sorted(OTHER_LANGUAGE_MONTHS, key=len, reverse=True)) + r")"
# "6 de marzo de 2025", "21 de outubro de 2025", "14 novembre 2025", "3. März 2025", "1er avril 2025"
OTHER_LANGUAGE_DATE = re.compile(
    rf"(?<!\w)(?P<day>[0-3]?\d)(?:\.|er|º|°)?\s+(?:de\s+)?{_OTHER_MONTH}\s+(?:de\s+|del\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Full dates: ISO, "May 31, 2024", "29 November 2023", "2024年5月31日". Public: metrics reads datelines.
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
)
# Header dates written day first, as page headers outside the US write them, each with its example
# (tests/unit/test_deal_header_dates.py): with dots always day first; with a slash or a dash only where
# the first number cannot be a month; a month's short name between dashes.
DAY_FIRST_DATES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
        "Online: 02.07.2025, 10:30",
    ),
    (
        re.compile(
            r"(?<![\d/-])(?P<day>1[3-9]|2\d|3[01])[/-](?P<month>[01]?\d)[/-](?P<year>(?:19|20)\d\d)(?!\d)"
        ),
        "Published 23/10/2025 - 17:45",
    ),
    (
        re.compile(r"(?<![\w-])(?P<day>[0-3]?\d)-(?P<month>[A-Za-z]{3,9})-(?P<year>(?:19|20)\d\d)(?!\d)"),
        "Announcement received: 28-Aug-2025 15:42",
    ),
)
# Every way a header writes a full date: bylines and datelines of pages from everywhere ("18.09.2025,
# 11:20 EEST", "12 de noviembre de 2025, 09:40 CST"), not only the English layouts of DATE_PATTERNS.
HEADER_DATE_PATTERNS = (*DATE_PATTERNS, OTHER_LANGUAGE_DATE, *(cue for cue, _example in DAY_FIRST_DATES))
# A date of numbers alone whose day and month could be either ("07/11/2025") is told by the time zone its
# line gives: month first in North America ("07/24/2025 07:00 ET"), day first elsewhere ("07/11/2025 19:42
# BRT", "04/11/2026, 07:45 (KSA time)"); without a zone it is no date ("as of 05/10/2025").
_NUMBERS_DATE = re.compile(
    r"(?<![\d/.-])(?P<first>[0-3]?\d)(?P<sep>[/-])(?P<second>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"
)
_ZONE_NAME = re.compile(
    rf"(?:UTC|GMT)\s?[+\-−]\s?\d|\b(?!AM\b|PM\b)[{UPPER_CHARS}]{{2,5}}(?![{LETTER_CHARS}])|"
    r"\b(?:[Tt]ime|hora|horário|heure)\b"
)
# Eastern, Central (not "CST": China's and Mexico's too), Mountain and Pacific time
_NORTH_AMERICAN_ZONE = re.compile(r"\b(?:E[SD]?T|CDT|CT|M[SD]?T|P[SD]?T)\b|\b(?:Eastern|Pacific)\b")
# Lines that state when the page was published, best first: its label ("Released: 12 March 2025",
# "Announcement date: 2025/12/10", "Publicado: 13 de noviembre de 2025", "Publicerad 29 oktober 2025").
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:published|posted|date(?:d)?|first published|release date|released|issued|release time|"
    r"filed|announcement (?:date|received)|publicado|publicada|publicerad|publié|pubblicato|"
    r"veröffentlicht)\b",
    re.I,
)
_UPDATED_LINE = re.compile(r"^\s*(?:updated|last updated|modified)\b", re.I)
_BYLINE = re.compile(r"^\s*by\s+\S", re.I)
# "BEIJING, Nov. 18, 2020 --" / "SINGAPORE, 28 February 2018 -": upper-case place, comma, date, dash.
# Public: the metrics stage reads a second dateline as the start of another item of a briefs page.
DATELINE = re.compile(
    rf"^\s*{UPPER}[{UPPER_CHARS}.'’ -]{{1,40}}(?:,\s*{UPPER}[{LETTER_CHARS}.' ]{{1,30}})?,"
    r"\s*(?P<rest>.{6,40}?)\s*(?:--|[-–—]|/)\s"
)
# "OSLO, May 2, 2023" / "Pune, 9 March 2024" alone on a line: a place (maybe ", region"), a comma, a date.
_PLACE_THEN_DATE = re.compile(
    rf"^(?:{UPPER}[{LETTER_CHARS}.'’-]*\s?){{1,4}}(?:,\s*{UPPER}[{LETTER_CHARS}.' ]{{1,30}})?,"
    r"\s*(?P<rest>.{6,40})$"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_OTHER_WEEKDAY = r"(?:(?:" + "|".join(OTHER_LANGUAGE_WEEKDAYS) + r"),?\s+)?"
_WEEKDAY_PREFIX = re.compile(rf"^\s*{_WEEKDAY}{_OTHER_WEEKDAY}", re.I)
# What may follow a date on a date line, item by item, each with its example: a time, a time zone, a
# zone in words; items set apart by commas, dashes, brackets or bars ("- 07:30 (Taipei time, UTC+8)",
# "11:48 Uhr MEZ (CET)", "kl. 08:12 (CET)", "- 7:00 a.m. (hora de Colombia, UTC-5)").
_WHITESPACE_RUN = re.compile(r"\s+")
TIME_NOTE_ITEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"(?:(?:at|ore|kl\.?|um|às)\s)?\d{1,2}(?:[:.h]\d\d){1,2}(?:\s?(?:[ap]\.?\s?m\b\.?|uhr\b))?", re.I
        ),
        "10.04am",
    ),
    (
        re.compile(
            rf"(?:UTC|GMT)\s?[+\-−]\s?\d{{1,2}}(?::?\d\d)?|[{UPPER_CHARS}]{{2,5}}(?![{LETTER_CHARS}])"
        ),
        "TSİ",
    ),
    (
        re.compile(
            rf"(?:[{LETTER_CHARS}]+\s){{1,3}}time\b|(?:hora|horário|heure)(?:\s(?:de|do|da|del|local))?"
            rf"(?:\s[{LETTER_CHARS}]+)?",
            re.I,
        ),
        "horário de Brasília",
    ),
)
_NOTE_SEPARATORS = re.compile(r"[\s,;|·•()\[\]–—-]*")
# an "Updated ..." note or a source's credit closes the line
_CLOSING_NOTE = re.compile(
    r"(?:updated|modified|last updated)\b.{0,80}$|(?:source|来源|稿源)\s*[:：].{1,40}$", re.I
)
# "Issue #87 - Tuesday, 16 November 2021", "Renata Lima, São Paulo — 07/08/2025 19h32 (Brasília time)"
_ROW_SEPARATOR = re.compile(r"(\s+[|·•–—-]\s+|\s{2,}|\t)")
_DASHES = ("-", "–", "—")
# what ends the item before a dash when the dash joins the two ends of a period
_RANGE_START = re.compile(
    rf"(?:\b[0-3]?\d\.?\s+{_MONTH}|\d[./-][01]?\d[./-](?:19|20)\d\d|\b(?:19|20)\d\d)\s*$", re.I
)
HEADER_LINES = 12
_MONTH_DAY = (re.compile(rf"^{_MONTH}\s+{_DAY}\b", re.I), re.compile(rf"^{_DAY}\s+{_MONTH}", re.I))


def parse_date_text(text: str) -> date | None:
    """The first complete, valid calendar date written in ``text``, or None."""
    best: tuple[int, date] | None = None
    for pattern in (*HEADER_DATE_PATTERNS, _NUMBERS_DATE):
        for match in pattern.finditer(text):
            found = _date_by_zone(match, text) if pattern is _NUMBERS_DATE else date_of_match(match)
            if found is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), found)
                break
    return best[1] if best else None


def _date_by_zone(match: re.Match[str], text: str) -> date | None:
    """The date of numbers alone in ``match``, read the way the time zone after it on its line says."""
    after = text[match.end() : match.end() + 60].split("\n", 1)[0]
    if not _ZONE_NAME.search(after):
        return None
    first, second = int(match.group("first")), int(match.group("second"))
    month, day = (first, second) if _NORTH_AMERICAN_ZONE.search(after) else (second, first)
    try:
        return date(int(match.group("year")), month, day)
    except ValueError:
        return None


def date_of_match(match: re.Match[str]) -> date | None:
    month_text = match.group("month")
    name = month_text.lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(name, OTHER_LANGUAGE_MONTHS.get(name))
    try:
        return date(int(match.group("year")), month or 0, int(match.group("day")))
    except ValueError:
        return None


def parse_iso_date(value: str) -> date | None:
    """Date part of a metadata value like '2021-02-03T08:15:00+08:00' (the date the page states)."""
    match = re.match(r"\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)", value or "")
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    return parse_date_text(value or "")


def find_published_date(text: str) -> date | None:
    """Publish date stated near the top of an article's text, or None.

    Looks at the first HEADER_LINES non-blank lines: 'Published/Posted ...' lines win,
    then bylines, datelines and dates alone on a line, then 'Updated ...' lines.
    """
    lines = [line for line in text.split("\n", 200)[:200] if line.strip()][:HEADER_LINES]
    published: list[date] = []
    stated: list[date] = []
    updated: list[date] = []
    yearless: tuple[int, int] | None = None  # (month, day) of a dateline like "BEIJING, Jan. 6 --"
    for line in lines:
        head = _plain(line)
        n_found = len(published) + len(stated) + len(updated)
        if _PUBLISHED_LINE.match(head):
            _add(published, parse_date_text(head))
        elif _UPDATED_LINE.match(head):
            _add(updated, parse_date_text(head))
        elif _BYLINE.match(head) and len(head.split()) <= 20:
            _add(stated, parse_date_text(head))
        elif match := DATELINE.match(head):
            found = parse_date_text(match.group("rest"))
            _add(stated, found)
            yearless = yearless or (None if found else _month_day(match.group("rest")))
        elif match := _PLACE_THEN_DATE.match(head):
            _add(stated, _date_line_date(match.group("rest").rstrip(" -–—")))
        else:
            _add(stated, _date_line_date(head))
        if len(published) + len(stated) + len(updated) == n_found:
            # One item of a meta row: "Source: Xinhua | Updated: 2021-04-07 16:45".
            _meta_row_dates(head, published, stated, updated)
    if published or stated:
        return (published or stated)[0]
    if updated:
        return _dateline_in_year_of(yearless, updated[0]) or updated[0]
    return None


def _meta_row_dates(head: str, published: list[date], stated: list[date], updated: list[date]) -> None:
    """Dates of the items of a byline/meta row whose items are set apart by '|', bullets, dashes or wide
    spaces."""
    parts = _ROW_SEPARATOR.split(head)  # items, each after the separator that opens it
    items = [(parts[i - 1] if i else "", parts[i].strip()) for i in range(0, len(parts), 2)]
    if len([item for _separator, item in items if item]) < 2 or len(items) > 8:
        return
    for index, (separator, item) in enumerate(items):
        if not item or (separator.strip() in _DASHES and _RANGE_START.search(items[index - 1][1])):
            continue  # "Interim report, 1 May - 31 October 2025": the end of a period, not the page's date
        if _PUBLISHED_LINE.match(item):
            _add(published, parse_date_text(item))
        elif _UPDATED_LINE.match(item):
            _add(updated, parse_date_text(item))
        elif place := _PLACE_THEN_DATE.match(item):  # "Media release | Opfikon, 7 October 2026, 07:00 CEST"
            _add(stated, _date_line_date(place.group("rest")))
        else:
            _add(stated, _date_line_date(item))


def _month_day(text: str) -> tuple[int, int] | None:
    match = _MONTH_DAY[0].match(text.strip()) or _MONTH_DAY[1].match(text.strip())
    if not match:
        return None
    month = _MONTHS.get(match.group("month").lower().rstrip("."))
    return (month, int(match.group("day"))) if month else None


def _dateline_in_year_of(month_day: tuple[int, int] | None, updated: date) -> date | None:
    """A yearless dateline dated by the page's update stamp: the latest such day not after it.

    "BEIJING, Jan. 6 --" with "Updated: 2017-01-07 01:05" is 2017-01-06; with an update
    stamp of 2017-01-02 it would be 2016-01-06, which is too far: then the stamp is used.
    """
    if month_day is None:
        return None
    for year in (updated.year, updated.year - 1):
        try:
            candidate = date(year, *month_day)
        except ValueError:
            continue
        if candidate <= updated and (updated - candidate).days <= 31:
            return candidate
    return None


def _plain(line: str) -> str:
    """The line without Markdown emphasis or heading marks around it ('*Sunday, 30 December 2018*')."""
    return line[:300].strip().strip("*_#> ").strip()


def _add(found: list[date], value: date | None) -> None:
    if value is not None:
        found.append(value)


def is_date_line(line: str) -> bool:
    """A line that only states a date ('July 28, 2020', 'Updated: 2017-01-06 19:05', 'Published ...')."""
    head = _plain(line)
    if not head or len(head.split()) > 16 or parse_date_text(head) is None:
        return False
    return bool(_PUBLISHED_LINE.match(head) or _UPDATED_LINE.match(head) or _date_line_date(head))


def _date_line_date(line: str) -> date | None:
    """Date of a line that is a date, maybe with a time and an update note ('June 14, 2022 6:05 AM GMT')."""
    start = _WEEKDAY_PREFIX.match(line).end()
    for pattern in (*HEADER_DATE_PATTERNS, _NUMBERS_DATE):
        match = pattern.match(line, start)
        # Whitespace runs collapsed first: a tail read by one regex of several \s* in a row once made a run
        # of n spaces cost n**4 steps (regexploit; 200 spaces took 30 s); items keep each step bounded.
        if match and _only_time_notes(_WHITESPACE_RUN.sub(" ", line[match.end() :])):
            return _date_by_zone(match, line) if pattern is _NUMBERS_DATE else date_of_match(match)
    return None


def _only_time_notes(rest: str) -> bool:
    """Whether what follows a date on its line is only times, time zones and an update note."""
    position = _NOTE_SEPARATORS.match(rest).end()
    while position < len(rest):
        if _CLOSING_NOTE.match(rest, position):
            return True
        for item, _example in TIME_NOTE_ITEMS:
            found = item.match(rest, position)
            if found and found.end() > position:
                break
        else:
            return False
        position = _NOTE_SEPARATORS.match(rest, found.end()).end()
    return True
