"""The article's calendar, read once before any figure is dated.

A figure's period is resolved in its company's fiscal calendar. Articles often state that calendar
after the first figure ("The company's fiscal year ends June 30" in the last paragraph), or only
implicitly ("its fiscal 2020 third quarter, which ended March 31"); resolving sentence by sentence
would date the early figures in a December calendar and label them in the June one. So the whole
text is read first for:

- fiscal-year-end statements and fiscal quarters named with their closing month, each credited to
  the organization the sentence is about (a possessive before "fiscal", else its first organization,
  else the article's main organization);
- the date of an undated page's dateline ("Paris, October 28, 2021 - ..."): the day the article
  speaks from, so a year-less "three months to September" is the last such quarter before it;
- else a reference year for undated pages: the first explicit, non-forecast year of the headline and
  lead, so a year-less "three months to June 30" there resolves in the article's own year.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from pipelines.extraction import periods as P
from pipelines.extraction.memo import period_mentions, remembered_for_short_texts
from pipelines.extraction.metrics.clauses import is_comparison_phrase, preposition_object
from pipelines.extraction.metrics.numbered_items import numbered_items
from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import Sentence
from pipelines.ingest.dates import DATE_PATTERNS, date_of_match

# "fiscal 2020 third quarter, which ended March 31", "the second quarter of fiscal 2024 ended July 31":
# a fiscal quarter next to the month it closed.
_MONTH_NAMES = "|".join(sorted(P.MONTHS, key=len, reverse=True))
_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th"
_QUARTER_CLOSE = re.compile(
    rf"(?:\bfiscal(?:\s+year)?(?:\s+(?:19|20)\d\d)?\s+(?P<before>{_ORDINAL})[\s-]+quarter|"
    # "the fourth quarter of its 2024 financial year, which ended June 30"
    rf"\b(?P<after>{_ORDINAL})[\s-]+(?:fiscal\s+)?quarter\s+of\s+(?:its\s+|the\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:fiscal|financial)"
    r"(?:\s+year)?(?:\s+(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?)?|"
    # "the third quarter ended October 31": a quarter that closes off the calendar quarters' months.
    rf"\b(?P<plain>{_ORDINAL})[\s-]+quarter)"
    r"[\s,(—–-]*(?:(?:which|that)\s+)?(?:ended|ending|closed|closing|to|through)\s+(?:on\s+)?"
    rf"(?P<month>{_MONTH_NAMES})\.?\b(?:\s+(?P<day>\d{{1,2}})(?!\d))?",
    re.IGNORECASE,
)
# "the fourth quarter of its fiscal year 2024/25 (January to March)": a quarter with its months.
_QUARTER_MONTHS = re.compile(
    rf"\b(?P<plain>{_ORDINAL})[\s-]+quarter\b(?P<between>[^().;]{{0,40}})\(\s*(?:{_MONTH_NAMES})\.?\s*"
    rf"(?:to|through|-|–)\s*(?P<month>{_MONTH_NAMES})\.?\s*\)",
    re.IGNORECASE,
)
# "the first half of fiscal 2025 (April-September 2025)": a half with its months, maybe their year.
_HALF_MONTHS = re.compile(
    r"\b(?P<ordinal>first|second|1st|2nd)[\s-]+half\b(?P<between>[^().;]{0,40})\(\s*"
    rf"(?:{_MONTH_NAMES})\.?\s*(?:to|through|-|–)\s*(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\s*\)",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "the fiscal year 2023/2024 (1 July 2023 to 30 June 2024)", "from April 1, 2024 to March 31, 2025":
# twelve months from one date to another are a year closing in the second date's month.
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
_YEAR_SPAN = re.compile(
    rf"{_DAY}(?P<first>{_MONTH_NAMES})\.?\s+(?:\d{{1,2}},?\s+)?(?P<first_year>(?:19|20)\d\d)\s*"
    rf"(?:to|through|until|-|–|—)\s*{_DAY}(?P<last>{_MONTH_NAMES})\.?\s+(?:\d{{1,2}},?\s+)?"
    r"(?P<last_year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# "According to ... fiscal": the owner of a fiscal calendar is not a cited source.
_POSSESSIVE_FISCAL = re.compile(r"[’']s\s+(?:own\s+)?(?:fiscal|financial)\s+(?:year|quarter|\d{4})", re.I)
# "reviewed the annual results of the Acme Group for the 2024-25 financial year": the organization whose
# results, accounts or figures a sentence names is the one whose year it dates, whoever else (a chairman,
# a regulator, a ruler) the sentence opens with.
_RESULTS_OF = re.compile(
    r"\b(?:results|accounts|financial\s+statements|earnings|figures|performance)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORECAST_CUE = re.compile(
    r"\b(?:expects?|expected|forecasts?|guidance|outlook|targets?|aims?|plans?|projects?|will|would|"
    r"sees|anticipates?|by)\s+(?:\S+\s+){0,8}$",
    re.IGNORECASE,
)
# "compared with 41.5% in the fourth quarter of 2022", "from SEK 271.5 billion in 2022", "founded in
# 1999", "since its 2017 launch": a year named for a comparison or an event is not the article's year.
_NOT_ARTICLE_YEAR_CUE = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against|founded|established|launched|listed|"
    r"acquired|bought|since|set\s+up)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
# The base of a comparison with its figure between ("narrower than the $12.8 million loss in Q3 2024",
# "up from $4.1 billion in the third quarter of 2024"): the span a year before the one reported on. A
# few words without digits may name the figure first: "compared with a net loss of $1.3 million in the
# third quarter of 2024", "from SEK 7.4 billion in the third quarter of 2024".
_BASE_FIGURE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against)\s+(?:[^\s\d]+\s+){0,4}?"
    r"[$\u20ac\u00a3\u00a5]?\d[\d,.]*\s*(?:\S+\s+){0,3}(?:in|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "from the same quarter of 2024", "than the corresponding period of 2023", "compared with $7.5 million in
# the same quarter of 2024": the same span a year before the one reported on, whatever word leads to it.
_SAME_SPAN_A_YEAR_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:same|corresponding)\s+"
    r"(?:quarter|period|half|months?|three\s+months|six\s+months|nine\s+months)\s+(?:of|in|last)\s+$",
    re.IGNORECASE,
)
_LEAD_SENTENCES = 4  # headline, dateline sentence and the lead paragraph


@dataclass(frozen=True)
class DocumentCalendar:
    """What the whole article says about dates, known before the first figure is dated."""

    fiscal_year_ends: dict[str, int]  # organization key -> fiscal-year-end month stated in the text
    reference_year: int | None  # the article's own year when it has no publish date
    dateline: date | None = None  # the date a dateline of the lead states when the page states none


def read_calendar(
    text: str,
    sentences: list[Sentence],
    mentions: list[OrgMention],
    published: date | None,
    issuer: OrgMention | None = None,
) -> DocumentCalendar:
    # A calendar the document states without naming whose ("We closed the fiscal year, which ended July
    # 31") is its issuer's, where the document has one; else the most mentioned organization's.
    main = issuer or main_organization(mentions)
    year_ends: dict[str, int] = {}
    previous_owners: list[OrgMention] = []
    fy_codes = bool(_FY_CODE.search(text))
    for sentence in sentences:
        inside = _named_inside(sentence, mentions)
        month = fiscal_year_end_stated(sentence.text)
        if month is None and fy_codes:
            month = _twelve_months_closing(sentence.text)
        if month is not None:
            value = month + P.START_NAMED if _named_by_starting_year(sentence.text, month) else month
            value += P.STATED if month != 12 else 0  # the article speaks in this calendar
            owner = _calendar_owner(text, sentence, inside)
            # "... which the company calls fiscal 2023": the company the text was just about.
            owners = [owner] if owner else [m for m in [main, *previous_owners] if m is not None]
            for each in owners:
                year_ends.setdefault(each.key, value)
        previous_owners = inside or previous_owners
    _share_with_main_namesake(year_ends, mentions, main)
    _share_with_units(text, year_ends, mentions, main)
    if fy_codes and main is not None and main.key in year_ends:
        _share_codes_calendar(year_ends, sentences, mentions, year_ends[main.key])
    # Not shared with units: an article comparing cloud businesses names the others' quarters next to the
    # main company's fiscal one ("... while Amazon Web Services grew 42% over the same three months").
    _credit_quarter_closing(text, sentences, mentions, published, main, year_ends)
    if published is not None:
        return DocumentCalendar(year_ends, None)
    dated = dateline_date(text)
    reference = dated.year if dated else _lead_year(sentences)
    return DocumentCalendar(year_ends, reference, dated)


def _credit_quarter_closing(
    text: str,
    sentences: list[Sentence],
    mentions: list[OrgMention],
    published: date | None,
    main: OrgMention | None,
    year_ends: dict[str, int],
) -> None:
    """Credit the calendar a fiscal quarter and its closing month imply to the organization of the
    sentence naming the quarter, else to the main one; not to the main one when another organization
    already states that calendar ("Quandra Bank, whose financial year ends on 31 January, ... Its third
    quarter of fiscal 2026, the three months to 31 October": Quandra's quarter, not the main company's)."""
    closing = _fiscal_quarter_closing(sentences, published)
    if closing is None:
        return
    named = _named_inside(closing[1], mentions)
    owner = _calendar_owner(text, closing[1], named)
    value = closing[0] + P.STATED
    if owner is None:
        if main is None:
            return
        # ... unless the main company's own stated calendar is that one ("fiscal 2024, which ended on
        # February 2" naming nobody, so credited to the main company and the brands named just before)
        mains = P.year_end_month(year_ends[main.key]) if main.key in year_ends else None
        if mains != P.year_end_month(value) and any(
            key != main.key and P.year_end_month(stated) == P.year_end_month(value)
            for key, stated in year_ends.items()
        ):
            return
        owner = main
    stated = year_ends.get(owner.key)
    # the same year end, now known to be named by the years' start ("its fiscal year ends in late
    # January" and "the fiscal 2024 third quarter ... the quarter ended Nov. 1")
    if stated is None or (P.year_end_month(stated) == P.year_end_month(value) and value > stated):
        year_ends[owner.key] = value


_DATELINE_LINES = 4  # headline, kicker, dateline paragraph
# What a dateline writes before its date: a place (maybe several, maybe a wire's name), then a comma
# or a dash, maybe a weekday: "Paris, ", "SAN FRANCISCO and SYDNEY, ", "Roubaix, France - ",
# "BRIEFS - Friday, ", "Riyadh, Tuesday " (the weekday's space stripped with the line's). No digits, no
# period words: "the three months ended June 30, 2017" is a period.
_BEFORE_DATELINE_DATE = re.compile(
    r"[^\W\d_][^\d\n]{0,58}?[,\-–—]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?(?:\s+|$))?",
    re.IGNORECASE,
)
_MASTHEAD_PIPE = re.compile(r"\s\|\s")
_PERIOD_WORDS = re.compile(r"\b(?:ended|ending|to|through|for|quarter|year|half|months?)\b", re.IGNORECASE)


def dateline_date(text: str) -> date | None:
    """The date a dateline at the top of the text states: a full date (day, month, year) written right
    after the place that opens one of the first lines ("Paris, October 28, 2021 - Capgemini ..."), or
    opening one of them ("May 14, 2025 (JST)")."""
    lines = [line for line in text.split("\n", 40)[:40] if line.strip()][:_DATELINE_LINES]
    # A masthead's fields stand between pipes, each read as a line of its own: "Issue 212 | Thursday,
    # 13 November 2025 | sent 07:00 CET", "VELORIX WIRE -- MARKETS | 07/11/2025 19:42".
    fields = [field for line in lines for field in _MASTHEAD_PIPE.split(line)]
    for line in fields:
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(line, 0, 120):
                before = line[: match.start()].strip("*_#> ")
                if (
                    # "May 14, 2025 (JST)" on a line of its own under the masthead: the page's date
                    (not before or _BEFORE_DATELINE_DATE.fullmatch(before))
                    and not _PERIOD_WORDS.search(before)
                    and (found := date_of_match(match)) is not None
                ):
                    return found
    return None


# "for the year ending March 2025", "its business year ended March 31": a year named by its closing month.
_YEAR_CLOSE = re.compile(
    # "the quarter and year ended March 31, 2025": the year closes with its last quarter
    # "Velorix, whose year ends on June 30": a relative clause stating the year's close
    r"(?:\b(?:the|its|whose)\s+(?:quarter\s+and\s+(?:the\s+)?(?:full[\s-])?)?(?:business\s+|accounting\s+|full\s+)?year|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d,?|"
    # "Fiscal 2024 results (year to March 31, 2025)", "(the twelve months to 30 June 2025)": a year in
    # brackets after the label it explains
    r"\(\s*(?:the\s+)?(?:(?:business|financial|fiscal)\s+)?(?:year|twelve\s+months|12\s+months)|"
    # "a trading update for the 52 weeks to 29 June 2025": a retailer's year of whole weeks
    r"\b(?:52|53|fifty[\s-]two|fifty[\s-]three)[\s-]weeks?|"
    # "Year to June 30 (US$m)", "Financial year ended 31 March 2025": a table's caption or a label line
    # that opens with the year it dates (ingestion writes a caption "Table: ...")
    r"\A\s*(?:Table:\s*)?(?:(?:business|financial|fiscal|full)[\s-]+)?year)"
    r"(?:\s+(?:which|that))?\s+"
    # not "in the year to June": British papers' rolling twelve months of prices and markets
    # nor "the year to June" ("the year to June 30", with its closing day, is a reporting year)
    rf"(?:(?:ending|ended|ends)\s+(?:in\s+|on\s+)?(?:(?P<dday>\d{{1,2}})\s+)?(?P<month>{_MONTH_NAMES})\b"
    rf"(?:\.?\s+(?P<yday>\d{{1,2}})(?!\d))?|to\s+(?P<to_month>{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|"
    rf"to\s+\d{{1,2}}\s+(?P<day_month>{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)


# "Renesas, whose fiscal year follows the calendar, ...": a December year, said in words.
_CALENDAR_YEAR = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:follows|matches|is|mirrors|tracks)\s+the\s+calendar(?:\s+year)?\b|"
    # "Velorix, which follows the calendar year as its financial year": the same, said the other way round
    r"\b(?:follows|uses|keeps|adopts)\s+the\s+calendar\s+year\s+as\s+its\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
_YEAR_WORD = r"(?:fiscal|financial|business|accounting)\s+year"
# A fiscal calendar stated by the months the year runs between or by the verb that closes it, each cue with
# a made-up example; the group "month" is the closing month.
YEAR_STATEMENT_CUES: list[tuple[str, str]] = [
    (
        rf"\b{_YEAR_WORD}\s+(?:runs|running|lasts|extends|goes)\s+from\s+(?:\d{{1,2}}\s+)?"
        rf"(?P<first>{_MONTH_NAMES})\.?(?:\s+\d{{1,2}})?\s+(?:to|through|until|till)\s+(?:\d{{1,2}}\s+)?"
        rf"(?P<month>{_MONTH_NAMES})\b",
        "Velorix Systems' financial year runs from July to June.",
    ),
    (
        rf"\b(?:closed|closes|closing|ended|ends|ending)\s+(?:its|their)\s+{_YEAR_WORD}\s+(?:on|in)\s+"
        rf"(?:(?P<pday>\d{{1,2}})\s+)?(?P<month>{_MONTH_NAMES})\b(?:\.?\s+(?P<day>\d{{1,2}})(?!\d))?",
        "Quandra Bank closed its financial year on 31 May.",
    ),
]
_YEAR_STATEMENT = [re.compile(cue, re.IGNORECASE) for cue, _ in YEAR_STATEMENT_CUES]


def _year_statement_closing(text: str) -> int | None:
    """The closing month of a fiscal year a sentence states by the months it runs between ("runs from
    July to June": twelve months, so June) or by the verb that closes it ("closed its financial year on
    31 May"); None when it states neither."""
    for pattern in _YEAR_STATEMENT:
        match = pattern.search(text)
        if match is None:
            continue
        month = P.MONTHS[match.group("month").lower().rstrip(".")]
        first = match.groupdict().get("first")
        if first is not None and (month - P.MONTHS[first.lower().rstrip(".")]) % 12 != 11:
            continue  # "runs from July to September": a season, not a year
        return P.closing_month(month, match.groupdict().get("day") or match.groupdict().get("pday"))
    return None


# A function of the sentence alone, read by both of the calendar's passes over an article's sentences (13,163
# calls for 7,307 sentences per 300 corpus articles). Bounded in count and in the length of what is kept
# (memo.py), so memory stays flat over a night.
@remembered_for_short_texts
def fiscal_year_end_stated(text: str) -> int | None:
    """Fiscal-year-end month a sentence states outright or through a fiscal quarter's closing month."""
    text = P.without_day_ordinals(text)  # "the year ended 31st March 2025" closes in March too
    stated = P.detect_fiscal_year_end(text)
    if stated:
        return stated
    if _CALENDAR_YEAR.search(text):
        return 12
    stated = _year_statement_closing(text)
    if stated:
        return stated
    # "the second quarter of fiscal year 2026 ended July 31, 2025": the quarter's close, not the year's
    closes = [m for m in _YEAR_CLOSE.finditer(text) if not P.part_closing(text, m.start(), m.end())]
    year_close = closes[0] if closes else None
    if year_close:
        closing = year_close.group("month") or year_close.group("to_month") or year_close.group("day_month")
        day = year_close.group("dday") or year_close.group("yday")
        return P.closing_month(P.MONTHS[closing.lower().rstrip(".")], day)
    for span in _YEAR_SPAN.finditer(text):
        first, last = (P.MONTHS.get(span.group(g).lower().rstrip(".")) for g in ("first", "last"))
        years = int(span.group("last_year")) - int(span.group("first_year"))
        if first and last and (last - first) % 12 == 11 and years == (1 if first > 1 else 0):
            return last
    half = _HALF_CLOSE.search(text)
    if half is not None:
        month = P.MONTHS[(half.group("month") or half.group("month_after")).lower().rstrip(".")]
        if month not in (6, 12) or _FIRST_HALF_CODE.match(text, half.end()):
            # "the six months to 30 September": a half that closes off the calendar halves' months
            # closes the first half of a year ending six months later (a March year); so does one its
            # code calls the first half of a fiscal year ("six months ended 31 December 2025 (1H FY26)")
            return (month + 5) % 12 + 1
    half_months = _half_with_months(text)
    if half_months is not None:
        return half_months[0]
    label = _YEAR_END_LABEL.search(text)
    if label is not None:
        return P.MONTHS[label.group("month").lower().rstrip(".")]
    code = P.fiscal_code_year_end(text)  # "Q1 FY5/27": the year closing in May 2027
    if code is not None:
        return code
    for match in [*_QUARTER_CLOSE.finditer(text), *_QUARTER_MONTHS.finditer(text)]:
        ordinal = next(match.group(g) for g in ("before", "after", "plain") if match.groupdict().get(g))
        month = P.MONTHS.get(match.group("month").lower())
        if not month:
            continue
        month = P.closing_month(month, match.groupdict().get("day"))  # "the third quarter ended November 2"
        year_end = (month - 3 * P.ORDINALS[ordinal.lower()] - 1) % 12 + 1
        # Without "fiscal", a calendar quarter says nothing about the company's own calendar.
        if year_end != 12 or not match.group("plain"):
            return year_end
    return None


# The fiscal-year-end label of an analyst's note or a data box, each cue with a made-up example.
YEAR_END_LABEL_CUES: list[tuple[str, str]] = [
    (r"\bFYE\s*[:\-]?\s*", "FYE: January"),
    (r"\b(?:fiscal\s+)?year[\s-]end\s*:\s*", "Year-end: June"),
]
_YEAR_END_LABEL = re.compile(
    r"(?:" + "|".join(cue for cue, _ in YEAR_END_LABEL_CUES) + rf")(?P<month>{_MONTH_NAMES})\b", re.IGNORECASE
)
# After a half's closing day: its code as the first half of a fiscal year, "(1H FY26)", "H1 FY2026".
_FIRST_HALF_CODE = re.compile(r"[^()\n]{0,12}?\(?\s*(?:1H|H1)\s?FY\s?'?\d\d(?:\d\d)?\b", re.IGNORECASE)


# "the six months to 30 September", "the half-year ended September 30": a half named by its closing month.
_HALF_CLOSE = re.compile(
    r"\b(?:(?:six|6)\s+months|half[\s-]+year|first\s+half(?:\s+of\s+(?:the|its)\s+(?:fiscal|financial)\s+year)?)"
    r",?\s+(?:to|ended|ending|through)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?P<month_after>"
    rf"{_MONTH_NAMES})\b|(?P<month>{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)
# "Revenue for the 12 months to June 30 increased 31.8 per cent ... compared with $161.5 million in FY24":
# in an article that names its years by codes, twelve months to a closing day are the fiscal year (without
# the codes, "the twelve months to March 31" may be a trailing window of prices or of a market).
_FY_CODE = re.compile(r"\bFY\s?'?\d\d(?:\d\d)?\b")
_TWELVE_MONTHS_TO = re.compile(
    rf"\b(?:12|twelve)\s+months\s+(?:to|ended|ending)\s+(?:(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_MONTH_NAMES})\b|"
    rf"(?P<month>{_MONTH_NAMES})\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


def _twelve_months_closing(text: str) -> int | None:
    """The closing month of "the 12 months to June 30" ("to 30 June"), else None."""
    match = _TWELVE_MONTHS_TO.search(text)
    if match is None:
        return None
    return P.MONTHS[(match.group("month") or match.group("month_after")).lower().rstrip(".")]


def _share_with_main_namesake(
    year_ends: dict[str, int], mentions: list[OrgMention], main: OrgMention | None
) -> None:
    """A calendar stated for one form of the main organization's name holds for the form the article
    counts most: "KWS SAAT SE & Co. KGaA (KWS)" and "KWS" may be read as two keys when a name is split."""
    if main is None or main.key in year_ends:
        return
    forms = [form for m in mentions if m.key == main.key for form in (m.text, m.name)]
    main_words = {form.split()[0].lower() for form in forms if form[:1].isupper()}
    main_compact = {_compact(form) for form in forms if form[:1].isupper()}
    names = {m.key: m.name for m in mentions}
    for key, value in year_ends.items():
        name = names.get(key)
        if not name:
            continue
        # "Open Text Corp." and "OpenText": one name written with and without its space
        compact = _compact(name)
        if name.split()[0].lower() in main_words or any(
            len(form) >= 4 and (compact.startswith(form) or form.startswith(compact)) for form in main_compact
        ):
            year_ends[main.key] = value
            return


def _share_with_units(
    text: str, year_ends: dict[str, int], mentions: list[OrgMention], main: OrgMention | None
) -> None:
    """A fiscal calendar the article states for its main organization (not December's) holds for the
    organizations it names that have no calendar of their own, stated or known: in a release of a
    company counting its own fiscal year, the units and subsidiaries reporting inside it ("Wound Care
    revenue grew 8% in fiscal 2026") count in the parent's year."""
    if main is None or main.key not in year_ends or _several_items(text):
        return  # a page of numbered stories is about several companies, each in its own calendar
    value = year_ends[main.key]
    if value < P.STATED or P.year_end_month(value) == 12:
        return
    reporters = {m.key for m in mentions if _REPORTS_ITSELF.match(text, m.end)}
    for mention in mentions:
        if (
            mention.key not in year_ends
            and mention.key not in reporters
            and P.known_fiscal_year_end(mention.key, mention.name) is None
        ):
            year_ends[mention.key] = value


# A company that reports or speaks for itself ("Quill Group, the Tokyo-listed software company, said
# first-quarter revenue grew 31%") is another company in its own calendar, not a unit of the main one.
_REPORTS_ITSELF = re.compile(
    r"(?:,[^.;\n]{0,100}?,)?\s+(?:said|says|reported|reports|posted|posts|announced|announces|booked|"
    r"recorded|delivered|unveiled)\b",
    re.IGNORECASE,
)


def _several_items(text: str) -> bool:
    """Whether the text is a page of two or more numbered items (a newsletter, a briefs page)."""
    return bool(numbered_items(text))


def _share_codes_calendar(
    year_ends: dict[str, int], sentences: list[Sentence], mentions: list[OrgMention], value: int
) -> None:
    """An article's year codes ("FY24") count in the calendar it states for its main organization: a unit
    or brand whose figures a sentence gives by those codes ("the chain's sales of £287m (FY24: £264m)")
    takes that calendar, unless its own is known."""
    if P.year_end_month(value) == 12:
        return
    for sentence in sentences:
        if not _FY_CODE.search(sentence.text):
            continue
        for mention in _named_inside(sentence, mentions):
            if mention.key not in year_ends and P.fiscal_year_end(mention.key, mention.name) == 12:
                year_ends[mention.key] = value


def _fiscal_quarter_closing(
    sentences: list[Sentence], published: date | None = None
) -> tuple[int, Sentence] | None:
    """The year-end month implied by the article's first fiscal quarter and the first quarter it dates
    by its closing month, when they are apart ("the fiscal 2026 second quarter" in the headline, "the
    three months ended September 30, 2025" in the body: the same quarter, so the year closes two quarters
    after September, in March). None when either is missing or the calendar comes out as December's."""
    ordinal: tuple[int, Sentence] | None = None
    first: int | None = None  # the number of the first quarter the article names: the one it reports on
    month: int | None = None
    named: int | None = None  # the fiscal year the ordinal quarter names, if it names one
    closed: date | None = None  # the day the dated quarter closes, if the text gives its year
    for sentence in sentences:
        for mention in period_mentions(sentence.text):
            if mention.role != "period" or is_comparison_phrase(sentence.text, mention.start, mention.end):
                continue
            numbered = mention.grain == "quarter" and mention.end_month is None and mention.index
            first = first or (mention.index if numbered else None)
            if ordinal is None and numbered and mention.fiscal:
                if mention.index != first:
                    # "AWS led in the second quarter ... Microsoft's fiscal fourth quarter": another
                    # company's quarter, not the one reported on ("Q4: ..." over "its fiscal fourth quarter")
                    return None
                ordinal = (mention.index or 0, sentence)
                named = mention.year
            if month is None and mention.grain == "quarter" and mention.end_month is not None:
                month = mention.end_month
                closed = mention.end_day or _last_before(month, published)
        if ordinal and month:
            year_end = (month + 3 * (4 - ordinal[0]) - 1) % 12 + 1
            if year_end == 12:
                return None
            # "the second quarter of fiscal 2025, the 13 weeks ended August 2, 2025" (a year closing in
            # January 2026): the company names its years after the calendar year they start in
            if named is not None and closed is not None and P.fiscal_year_of(closed, year_end) == named + 1:
                year_end += P.START_NAMED
            return year_end, ordinal[1]
    return None


def _last_before(month: int, published: date | None) -> date | None:
    """The last day of ``month`` in the latest year it had ended by the page's date ("the quarter ended
    Nov. 1" in a story of December 5, 2024: October 31, 2024)."""
    if published is None:
        return None
    year = published.year if month < published.month else published.year - 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _compact(name: str) -> str:
    return re.sub(r"\W", "", name.lower())


def _half_with_months(text: str) -> tuple[int, bool] | None:
    """The year-end month a half written with its months states ("the first half of fiscal 2025
    (April-September 2025)" closes a year in March), and whether its fiscal label names the year it
    starts in (that year's close falls in 2026, the label says 2025). None when no such half, or when
    it is a calendar half the text does not call fiscal ("the first half (January-June)")."""
    match = _HALF_MONTHS.search(text)
    if match is None:
        return None
    closing = P.MONTHS[match.group("month").lower().rstrip(".")]
    first = P.ORDINALS[match.group("ordinal").lower()] == 1
    year_end = (closing + 5) % 12 + 1 if first else closing
    between = match.group("between")
    if year_end == 12 and not re.search(r"\b(?:fiscal|financial)\b", between, re.IGNORECASE):
        return None
    label, year = _YEAR_IN.search(between), match.group("year")
    if label is None or year is None:
        return year_end, False
    closes_in = int(year) + (1 if first and closing + 6 > 12 else 0)
    return year_end, closes_in == int(label.group()) + 1


def _named_by_starting_year(text: str, month: int) -> bool:
    """Whether a sentence stating a year end names the year after the calendar year it starts in:
    "fiscal 2024, the year that ended March 31, 2025", "the fiscal year ended 31 January 2024, which the
    company calls fiscal 2023" (a fiscal label N next to its closing date in year N + 1)."""
    if month == 12:
        return False
    half_months = _half_with_months(text)
    if half_months is not None and half_months[0] == month and half_months[1]:
        return True
    # A label of the year compared with ("compared with R8.8 billion in its 2023 financial year") names
    # another year than the one closing on the stated day.
    labels = {
        m.year
        for m in period_mentions(text)
        if m.fiscal
        and m.grain == "year"
        and m.year is not None
        and m.end_day is None
        and not is_comparison_phrase(text, m.start, m.end)
    }
    closing = {
        found.year
        for pattern in DATE_PATTERNS
        for match in pattern.finditer(text)
        if (found := date_of_match(match)) is not None and found.month == month
    }
    # "the fiscal year that ended on March 31, 2026, which the company calls fiscal 2025": the closing
    # date's own year, read as a fiscal year too, is the date, not a label
    labels -= closing
    return bool(labels) and all(year + 1 in closing for year in labels)


def main_organization(mentions: list[OrgMention]) -> OrgMention | None:
    """The organization the article is about: most mentioned, the first named on ties."""
    if not mentions:
        return None
    counts = Counter(m.key for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.key] == best)


def _named_inside(sentence: Sentence, mentions: list[OrgMention]) -> list[OrgMention]:
    return [m for m in mentions if sentence.start <= m.start < sentence.end and m.text[:1].isupper()]


def _calendar_owner(text: str, sentence: Sentence, inside: list[OrgMention]) -> OrgMention | None:
    """Whose calendar a sentence states: a possessive before "fiscal", else its first organization
    that is no preposition's object ("Pursuant to Regulation 30 of SEBI, ... the Board of Directors of
    X approved the results for the financial year ended March 31": neither is the one reporting), else
    none (the article's main organization and the one the text was just about are meant)."""
    for mention in inside:
        if _POSSESSIVE_FISCAL.match(sentence.text, mention.end - sentence.start):
            return mention
    for mention in inside:
        if _RESULTS_OF.search(text, max(sentence.start, mention.start - 40), mention.start):
            return mention
    return next((m for m in inside if not preposition_object(text, m, sentence.start)), None)


def _lead_year(sentences: list[Sentence]) -> int | None:
    """First explicit year the headline or lead names for a period (not a forecast's year), else the
    first the body names."""
    return _first_year(sentences[:_LEAD_SENTENCES]) or _first_year(sentences[_LEAD_SENTENCES:])


def _first_year(sentences: list[Sentence]) -> int | None:
    for sentence in sentences:
        for mention in period_mentions(sentence.text):
            if mention.role != "period" or mention.year is None:
                continue
            before = sentence.text[: mention.start]
            if _SAME_SPAN_A_YEAR_BEFORE.search(before) or (
                # a fiscal base names its fiscal year, not the calendar year the article speaks from
                _BASE_FIGURE_BEFORE.search(before)
                and mention.grain in ("quarter", "half")
                and not mention.fiscal
            ):
                return mention.year + 1  # "fell 13% from the same quarter of 2024": the report is 2025's
            if _FORECAST_CUE.search(before) or _NOT_ARTICLE_YEAR_CUE.search(before):
                continue
            if mention.fiscal_year_end_hint is not None and mention.grain in ("quarter", "half"):
                # "the second quarter of the fiscal year ending March 31, 2026": the quarter is 2025's
                period = P.resolve(mention, mention.fiscal_year_end_hint)
                return period.end.year if period is not None else mention.year
            return mention.year
    return None
