"""Figures written as fractions in words: "fell by about a fifth", "a third more than a year ago",
"make up about a quarter of revenue".

Reports round changes and shares to a fraction as often as to a percentage; the quantity reader sees
no number there, so these phrases are read here, each by a cue of the table below (its pattern, the
kind of figure it states, and a made-up example). A change is signed by the direction word of its own
phrase ("lower", "down") or by the change verb nearest before it ("fell", "narrowed", "cut"); a share
("a quarter of revenue") is a ratio the cue tables do not name (`other`). The Conventions write a third
as 33.3 and two thirds as 66.7.

What is no figure: "a third party", "a third consecutive year", "the first half of 2025", "a quarter
earlier": the fraction word must be read as an amount (after "by", "up", "down", before "more than" or
"of" a measure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.memo import remembered_for_short_texts

# A fraction's value is its count of parts times one part, in percent ("three-fifths" = 3 x 20)
_PART_PERCENT = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "sixth": 100 / 6,
                 "ninth": 100 / 9, "tenth": 10.0}  # fmt: skip
_PART_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "seven": 7, "nine": 9}

_QUALIFIER = (
    r"(?:(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|over|under|"
    r"close\s+to|just\s+(?:over|under)|well\s+(?:over|under)|fully|at\s+least)\s+)?"
)
# "a fifth", "one-third", "two thirds", "half"; never a party, a round or a span of time
_FRACTION = (
    r"(?P<f>(?:a|one)[\s-](?:half|third|quarter|fifth|sixth|ninth|tenth)|two[\s-](?:thirds|fifths)|"
    r"three[\s-](?:quarters|fifths|tenths)|four[\s-]fifths|(?:seven|nine)[\s-]tenths|half)(?![\s-]+(?:part(?:y|ies)|consecutive|straight|successive|time|year|round|term|quarter|"
    r"earlier|ago|later|century|decade|point|stake|interest)\b)(?!-)"
)
# a share's whole is a measure, not a span of time ("half of 2025", "a third of the year")
_OF_A_MEASURE = (
    r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:year|period|quarter|month|week|decade|fiscal|"
    r"\d|way|time|day|century))"
)
# the whole a share is of: a determiner or a measure ("of its revenue", "of what we sell"), not a
# quality ("the quarter was a quarter of consolidation")
_MEASURE = (
    r"revenues?|sales|profits?|income|turnover|earnings|volumes?|output|orders|premiums|bookings|"
    r"deposits|loans|assets|users|customers|clients|subscribers|seats|contracts|shipments|payments"
)
_WHOLE = (
    r"(?:its|our|their|the|this|that|these|those|total|all|group|consolidated|what|it|them|[\w-]+['’]s|"
    # a measure its modifiers narrow ("of service revenue", "of new loans"), lower-case words only
    rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}(?:{_MEASURE}))\b"
)
_DOWN_WORDS = re.compile(
    r"\b(?:fell|fall(?:s|ing|en)?|dropp(?:ed|ing)|drops?|declin(?:ed|es|ing|e)|decreas(?:ed|es|ing|e)|"
    r"slipp(?:ed|ing)|slips?|slid|shr[au]nk|shrink(?:s|ing)?|narrow(?:ed|s|ing)?|cut(?:s|ting)?|"
    r"reduc(?:ed|es|ing|e)|lower(?:ed|ing)?|less|fewer|smaller|down|los(?:t|ing|es?)|contract(?:ed|s|ing)|"
    r"eas(?:ed|es|ing)|trimm(?:ed|ing)|shed(?:s|ding)?|slump(?:ed|s|ing)?|plung(?:ed|es|ing)|tumbl(?:ed|es|ing))\b",
    re.IGNORECASE,
)
_UP_WORDS = re.compile(
    r"\b(?:r[io]se|ris(?:es|ing|en)|gr[eo]w(?:s|n|ing)?|increas(?:ed|es|ing|e)|jump(?:ed|s|ing)?|"
    r"climb(?:ed|s|ing)?|lift(?:ed|s|ing)?|rais(?:ed|es|ing|e)|boost(?:ed|s|ing)?|widen(?:ed|s|ing)?|"
    r"improv(?:ed|es|ing|e)|expand(?:ed|s|ing)?|more|higher|larger|bigger|up|gain(?:ed|s|ing)?|"
    r"surg(?:ed|es|ing)|soar(?:ed|s|ing))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FractionCue:
    kind: str  # "change": a growth or fall of what the clause names; "share": a part of a whole
    pattern: re.Pattern[str]
    example: str  # a made-up sentence (company "Velorix") where the cue reads the figure
    value: float  # the figure the example states, in percent


FRACTION_CUES: tuple[FractionCue, ...] = (
    # "fell by about a fifth", "lifted profit by a third", "is down by a third", "sales up a quarter"
    FractionCue(
        "change",
        re.compile(rf"\b(?P<dir>by|up|down)\s+(?:by\s+)?{_QUALIFIER}{_FRACTION}\b(?!{_OF_A_MEASURE})", re.I),
        "Velorix said its card revenue fell by about a fifth in 2024.",
        -20.0,
    ),
    # the change verb right before the fraction, no "by": "fell a third to $104 million", "rose almost a
    # fifth"; "an increase of about one fifth", "a fall of a quarter"
    FractionCue(
        "change",
        re.compile(
            rf"\b(?P<dir>fell|dropped|declined|slid|shrank|r[io]se|grew|increased|jumped|climbed|"
            rf"an?\s+(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)\s+of)\s+{_QUALIFIER}{_FRACTION}"
            rf"\b(?!{_OF_A_MEASURE}|\s+(?:more|higher|larger|bigger|lower|less|fewer|smaller)\b)",
            re.I,
        ),
        "Velorix said its card revenue fell almost a fifth to $104 million.",
        -20.0,
    ),
    # "a third more than a year ago", "roughly a tenth lower than a year earlier"
    FractionCue(
        "change",
        re.compile(
            rf"\b{_QUALIFIER}{_FRACTION}\s+(?P<dir>more|higher|larger|bigger|lower|less|fewer|smaller)\b",
            re.I,
        ),  # fmt: skip
        "Velorix shipped 4,000 units, a third more than a year before.",
        33.3,
    ),
    # "make up about a quarter of revenue", "accounted for roughly two thirds of sales"
    FractionCue(
        "share",
        re.compile(
            r"\b(?:mak(?:e|es|ing)\s+up|made\s+up|account(?:s|ed|ing)?\s+for|generat(?:e|es|ed|ing)|"
            r"contribut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|(?:is|was|are|were)(?:\s+now)?|now)\s+"
            rf"{_QUALIFIER}{_FRACTION}{_OF_A_MEASURE}{_WHOLE}",
            re.I,
        ),
        "Exports now make up about a quarter of Velorix's revenue.",
        25.0,
    ),
    # in apposition to the amount it is a share of: "HK$468 million, roughly a quarter of the segment's
    # revenue", "246.5 billion yen, or just over half of revenue"
    FractionCue(
        "share",
        re.compile(
            rf"\d[\d.,]*(?:\s?%|(?:\s+(?-i:[a-z]{{1,8}})){{0,2}})\s*,(?:\s+or)?\s+{_QUALIFIER}{_FRACTION}"
            # not the amount set against an earlier one ("less than half of the previous year's")
            rf"{_OF_A_MEASURE}(?!(?:the\s+|its\s+)?(?:previous|prior|last|year)\b){_WHOLE}",
            re.I,
        ),
        "Cloud revenue reached $468 million, roughly a quarter of Velorix's revenue.",
        25.0,
    ),
    # "About a third of its sales come from abroad", "Half of our users live in cities": a sentence led
    # by the share
    FractionCue(
        "share",
        re.compile(rf"^\W*{_QUALIFIER}{_FRACTION}{_OF_A_MEASURE}(?:its|our|their|the\s+\w+'s|\w+'s)\b", re.I),
        "About a third of Velorix's sales now come from Asia.",
        33.3,
    ),
    # Any other share of the company's own whole, whatever verb governs it (44 of 70 such phrases on
    # blind60..109 are gold figures): "now hosts workloads for roughly a third of its clients", "took out
    # roughly half of group turnover". Not a span of its year ("the first half of its 2025/26 financial
    # year"), nor a change ("by a third or half of the budget": the change cues), nor an earlier year's
    # amount ("less than half of the previous year's").
    FractionCue(
        "share",
        re.compile(
            r"(?<!\bby\s)(?<!\bup\s)(?<!\bdown\s)(?<!\bor\s)(?<!\bfirst\s)(?<!\bsecond\s)"
            rf"\b{_QUALIFIER}{_FRACTION}"
            rf"{_OF_A_MEASURE}(?!(?:its|our|their|the)\s+(?:[\w/-]+\s+){{0,2}}?(?:financial|fiscal)\s+year\b)"
            r"(?!(?:the\s+|its\s+)?(?:previous|prior|last|year)\b)"
            rf"{_WHOLE}",
            re.I,
        ),
        "Velorix's cloud unit now hosts workloads for roughly a third of its clients.",
        33.3,
    ),
)


@dataclass(frozen=True)
class FractionFigure:
    start: int  # offsets in the text read
    end: int
    kind: str
    value: float


# What is no figure of the company's business: its stock's move ("shares have fallen by more than
# half"), a share of a country's or a market's total ("half of the debit cards issued in the country").
_STOCK_BEFORE = re.compile(
    r"\b(?:shares|stock|share\s+price|market\s+(?:value|capitali[sz]ation))\b[^,;]*$", re.IGNORECASE
)
_MARKET_WHOLE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:in|across)\s+the\s+(?:country|market|industry|sector)\b", re.IGNORECASE
)
NOT_A_FRACTION_FIGURE = (
    "Velorix shares have fallen by more than half this year.",
    "Velorix's scheme accounted for more than half of the debit cards issued in the country.",
)


def fraction_figures(text: str) -> list[FractionFigure]:
    """Each fraction phrase of ``text`` read as a figure in percent (a change signed by its direction)."""
    return list(_fraction_figures(text))


# A function of the sentence alone, read again when the sentence reader passes over a sentence twice (13,163
# calls for 7,307 sentences per 300 corpus articles). The figures are frozen; bounded in count and in the
# length of what is kept (memo.py), so memory stays flat over a night.
@remembered_for_short_texts
def _fraction_figures(text: str) -> tuple[FractionFigure, ...]:
    found: list[FractionFigure] = []
    for cue in FRACTION_CUES:
        for match in cue.pattern.finditer(text):
            start, end = match.span("f")
            if any(f.start < end and start < f.end for f in found):
                continue
            if cue.kind == "change" and _STOCK_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue
            if cue.kind == "share" and _MARKET_WHOLE_AFTER.match(text, end):
                continue
            value = fraction_value(match.group("f"))
            if cue.kind == "change" and _falls(text, match):
                value = -value
            found.append(FractionFigure(start, end, cue.kind, value))
    return tuple(found)


def fraction_value(words: str) -> float:
    """The percent a fraction in words states, to one decimal as the Conventions write it ("two thirds"
    66.7, "a sixth" 16.7, "half" 50)."""
    *count, part = words.lower().replace("-", " ").split()
    parts = _PART_COUNT[count[0]] if count else 1
    return round(parts * _PART_PERCENT[part.removesuffix("s")], 1)


def _falls(text: str, match: re.Match[str]) -> bool:
    """Whether the change is a fall: its own direction word ("down", "lower"), else the change verb
    nearest before it in its clause ("fell by a fifth", "narrowed its loss by a third")."""
    own = match.groupdict().get("dir") or ""
    if own.lower() != "by":
        noun = own.split()[-2] if own.lower().endswith("of") else own  # "a decline of": its noun
        return bool(_DOWN_WORDS.fullmatch(noun))
    clause = re.split(r"[,;:()]|\band\b|\bwhile\b", text[max(0, match.start() - 80) : match.start()])[-1]
    directions = [(m.end(), True) for m in _DOWN_WORDS.finditer(clause)]
    directions += [(m.end(), False) for m in _UP_WORDS.finditer(clause)]
    return max(directions)[1] if directions else False


# A change stated as none: "revenue was broadly flat", "S$488 million, virtually unchanged", "remained
# flat at Rp 3.9 trillion". The Conventions write it as a change of 0 percent. The word must follow a
# verb of being or an amount in apposition: "a flat fee", "an unchanged strategy" state no figure.
_NEARLY = (
    r"(?:(?:broadly|roughly|essentially|virtually|largely|basically|almost|nearly|about|relatively)\s+)?"
)
UNCHANGED_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:was|were|is|are|remained|remains|stayed|held|came\s+in)\s+{_NEARLY}(?P<f>flat|unchanged)\b",
            re.I,
        ),  # fmt: skip
        "Velorix's gross revenue was broadly flat in 2024.",
    ),
    (
        re.compile(
            rf"\d[\d.,]*(?:\s?%|(?:\s+(?-i:[a-z]{{1,8}})){{0,2}})\s*,\s+{_NEARLY}(?P<f>flat|unchanged)\b",
            re.I,
        ),  # fmt: skip
        "Velorix reported revenue of $488 million, virtually unchanged on a year earlier.",
    ),
)
# What stays the same without being a figure of the business: its plans and forecasts, its market, in
# the clause before the word; its stock, anywhere before it in the sentence ("X shares, which trade
# thinly, were unchanged").
_NO_FIGURE_SUBJECT = re.compile(
    r"\b(?:outlook|guidance|forecasts?|strategy|targets?|estimates?|plans?|proposition|view|rating|"
    r"policy|categor(?:y|ies)|market|industry|sector)\b[^,;]*$",
    re.IGNORECASE,
)
_STOCK_IN_SENTENCE = re.compile(r"\b(?:shares|stock|share\s+price)\b", re.IGNORECASE)
# the change written in its own number right after ("broadly flat at £1.55 billion, a decline of 1%")
_OWN_RATE_AFTER = re.compile(r"(?:[^.;]|\.\d){0,60}?\d\s?(?:%|per\s*cent|percent)", re.IGNORECASE)
NOT_AN_UNCHANGED_FIGURE = (
    "Velorix shares, which trade thinly, were unchanged in Paris.",
    "Velorix said its full-year outlook was unchanged.",
    "Velorix charges a flat fee for each transfer.",
    "Velorix revenue was broadly flat at $1.5 billion, a decline of 1%.",
)


def unchanged_figures(text: str) -> list[FractionFigure]:
    """Each "flat" or "unchanged" of ``text`` that states a change of a measure, read as 0 percent."""
    found: list[FractionFigure] = []
    for cue, _example in UNCHANGED_CUES:
        for match in cue.finditer(text):
            start, end = match.span("f")
            clause_start = max(text.rfind(",", 0, match.start()), text.rfind(";", 0, match.start()), 0)
            if any(f.start == start for f in found) or _OWN_RATE_AFTER.match(text, end):
                continue
            if _NO_FIGURE_SUBJECT.search(text, max(clause_start, match.start() - 60), match.start()):
                continue
            if _STOCK_IN_SENTENCE.search(text, 0, start):
                continue
            found.append(FractionFigure(start, end, "change", 0.0))
    return found
