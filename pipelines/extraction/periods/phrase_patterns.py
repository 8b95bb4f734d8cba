"""The regular expressions of period phrases (``_PATTERNS``) and the words that rule a phrase out.

Decides which spans of text are candidate period phrases and which kind each one is.
"""

from __future__ import annotations

import re

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
# "the" before a split year ("the first quarter of the 2026/27 financial year"): the part is of that year
_THE_SPLIT_YEAR = rf"(?:the\s+(?={_YEAR}[/\u2013-]\d\d))?"
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
            # never "its first quarterly profit" (a first ever, no quarter)
            rf"financial\s+|calendar\s+)?quarters?(?!ly\b)"
            rf"(?:\s+(?:of\s+|in\s+)?{_THE_SPLIT_YEAR}{_POSS}(?P<fiscal>fiscal|financial)?\s*(?:year\s*)?(?:(?P<fy>FY)\s?)?"
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
            rf"(?:(?:\s+|\s?/\s?|(?<=[12]H)(?=(?:FY)?\d\d\b)|(?<=H[12])(?=FY))(?:of\s+)?{_THE_SPLIT_YEAR}{_POSS}(?P<fiscal>fiscal|financial)?\s*(?:year\s*)?(?P<fy>FY)?\s?(?P<year>{_YEAR}|"
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
    # "headline numbers for July-September:", "Revenue for Apr-Jun rose": two months joined by a dash name
    # the quarter or half they span without a noun or a year (the year is the page's); last, so that every
    # longer phrase naming the months ("July-September 2026", "the July-September quarter") wins. Not in a
    # bracket restating the part just named ("the first quarter of FY26 (April-June)"), nor with a year in
    # words after it ("EUR 551 million in July-September last year": a comparison's)
    (
        "month_pair",
        re.compile(
            rf"(?<!\()(?<!\(\s)\b(?P<m1>{_MONTH_RE})[ \t]?[-\u2013][ \t]?(?P<m2>{_MONTH_RE})(?![a-z])"
            rf"(?!,?\s+(?:of\s+)?(?:{_YEAR}|\d\d\b|quarter|period|three\s+months|(?:last|this|next|"
            rf"the\s+(?:previous|prior|same))\s+year|a\s+year\s+(?:earlier|ago|before)))",
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
    rf"\d|quarter|month|half|interim|year|period|fiscal|financial|ttm|ltm|ytd|same|"
    rf"{_MONTH_RE}[ \t]?[-\u2013]",
    re.IGNORECASE,
)
