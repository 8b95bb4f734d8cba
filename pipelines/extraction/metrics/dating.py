"""A figure's period: the period phrase next to it, the sentence's, the paragraph's, or the earlier
period of a comparison."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.extraction import periods as P
from pipelines.extraction.memo import period_mentions
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.clauses import _Clause, _clause_of
from pipelines.extraction.metrics.context import _Context
from pipelines.extraction.metrics.vocabulary import _HAS_BEFORE, _NOW, _NOW_STRICT
from pipelines.extraction.sentences import Sentence

# ---------------------------------------------------------------------------------------------
# Periods


def _periods_for(
    text: str,
    sentence: Sentence,
    clause: _Clause,
    clauses: list[_Clause],
    start: int,
    end: int,
    mentions: list[P.PeriodMention],
    fy_end: int,
    published: date | None,
    context: _Context,
    candidates: list,
    sentence_periods: list[P.Period],
    stock: bool,
) -> list[P.Period | None]:
    """Periods for a figure; stock: a level (users, share) rather than a flow (revenue, growth)."""
    if undated_level(text, clause, mentions, start, end):
        return [None]
    in_comparison = [m for m in mentions if _clause_of(clauses, m.start).comparison]
    # ... when the paragraph or the article has a period of its own for the figure to fall back on (a lone
    # "... made up 22% of revenue in 2020" still dates the whole sentence)
    fallback = context.period is not None or context.document_period is not None
    main = [
        m
        for m in mentions
        if m not in in_comparison and not (fallback and _past_other_figures(text, clause, end, m))
    ]
    main_period = _main_period(
        text, start, end, main, fy_end, published, context, sentence, candidates, sentence_periods, stock
    )
    if clause.comparison:
        own = [m for m in in_comparison if m.start >= clause.start and m.start < clause.end]
        # The base of "up from $3.7 billion a year earlier": the period of the figure compared, else the
        # paragraph's, else the one an earlier paragraph reported on.
        base = main_period[0] if main_period and main_period[0] is not None else None
        base = base or paragraph_period(context, stock) or context.carried
        out: list[P.Period | None] = []
        own, earlier = _same_span_in_year(text, own, base)
        out += earlier
        for mention in own:
            if mention.relative == "last" and mention.grain == "year" and base and (
                not mention.fiscal or base.grain == "year"
            ):
                # "compared with $3 million last year", "from ¥291.8 billion in the previous fiscal year"
                out.append(P.shift(base, "year"))
            else:
                out.append(_resolve(mention, fy_end, published, context, sentence, mentions, base))
        return out or [P.shift(base, "year")] if base and not own else out or [None]
    if not main and not share_of_flow(text, end) and (
        _NOW.search(text, clause.start, start) if stock else _NOW_STRICT.search(text, clause.start, start)
    ):
        return [None]
    if stock and _NOW_STRICT.search(text, clause.start, start):
        return [None]  # "now has 9 million users and ... last year": the level is today's
    if (
        stock
        and not [m for m in main if clause.start <= m.start < clause.end]
        and _HAS_BEFORE.search(text[clause.start : start])
    ):
        return [None]  # "revenue rose in 2024, and it has 2,300 customers": the year is the other clause's
    return main_period


def undated_level(text: str, clause: _Clause, mentions: list[P.PeriodMention], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a level on a day its own clause dates by no period: "ARR rose
    23% to $4.24 billion" is a run rate, not a flow over the period the paragraph (or an earlier one)
    reports on; only a period its own clause names dates it."""
    if any(clause.start <= m.start < clause.end for m in mentions):
        return False
    # A label's colon cuts a clause, not the measure off its figure ("Cloud ARR: $3.6bn (+20%)").
    labelled = text[max(0, clause.start - 4) : clause.start].rstrip().endswith(":")
    label = text.rfind("\n", 0, clause.start) + 1 if labelled else clause.start
    return level_measured(text, label, start, end)


# A share of a flow, named right after the figure: "now" before it ("Cloud now accounts for about a third of
# group revenue") speaks of the period the paragraph reports on, not of a level today. Each with its example.
SHARE_OF_FLOW_CUES: list[tuple[str, str]] = [
    (r"of\s+(?:[\w'’&-]+\s+){0,3}?(?:revenues?|sales|income|turnover|profits?|volumes?|EBITDA)\b",
     "Velorix Cloud now accounts for about a third of group revenue"),
    (r"of\s+(?:the|its|our|their)\s+total\b", "Velorix's exports now make up 40% of the total"),
]
_SHARE_OF_FLOW = re.compile(r"\s*(?:" + "|".join(cue for cue, _ in SHARE_OF_FLOW_CUES) + ")", re.IGNORECASE)


def share_of_flow(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a share of a flow named right after it (SHARE_OF_FLOW_CUES)."""
    return _SHARE_OF_FLOW.match(text, end) is not None


# Levels on a day, not flows over a period: a figure they measure takes a period only from its own
# clause. Each cue with a made-up example. Not performance obligations (RPO): some writers date them by
# the quarter's end, others not, so the paragraph's period stays theirs.
LEVEL_CUES: list[tuple[str, str]] = [
    (r"\b(?:ARR|annual(?:i[sz]ed)?\s+(?:run[\s-]rate\s+|recurring\s+)revenue|annual\s+recurring\s+revenue)\b",
     "ARR rose 23% to $4.2 billion"),
    (r"\b(?:funded\s+|order\s+|revenue\s+|services\s+)?backlog\b", "its order backlog stood at $2 billion"),
    (r"\bnet\s+(?:financial\s+)?debt\b", "net debt fell to $1.9 billion"),
    (r"\b(?:net\s+|financial\s+)?leverage\b|\bdebt[\s/-]+(?:to[\s-]+)?EBITDA\b", "net leverage of 1.3x"),
    (r"\b(?:CET\s?1|common\s+equity\s+tier[\s-]?(?:1|one)|core\s+capital|capital\s+adequacy)(?:\s+ratio)?\b",
     "a core capital ratio of 20.1%"),
    # a price put on the whole company is its worth on the day of the deal or round, not a flow
    (r"\bvalu(?:es|ed|ing)\s+(?:\S+\s+){0,3}at\b|\bvaluation\b|\b(?:enterprise|post[\s-]money|pre[\s-]money)\s+value\b",
     "the round values it at $3 billion"),
    (r"\b(?:total|financing|gross|managed)\s+assets\b|\bassets\s+under\s+management\b|\bAUM\b",
     "financing assets of RM19 billion"),
    (r"\bborrowings\b", "borrowings were $255 million"),
    # not a cash flow, which runs over the period
    (r"\b(?:net\s+|total\s+)?cash(?:\s+(?:and|&)\s+(?:cash\s+equivalents|marketable\s+securities|investments))?"
     r"(?![\s-]+(?:flows?|generat\w*|from|used|conversion|burn))\b(?=\s*(?::|of|was|were|stood|totall?ed|"
     r"reached|balance|position|rose|fell|increased|decreased))", "cash and investments of $1.45 billion"),
    (r"\boccupancy\b", "occupancy of 98 per cent"),
    (r"\b(?:workforce|headcount)\b", "the workforce grew to 34,290 employees"),
    # a dividend declared each quarter is no figure of the period (an interim dividend is the half's)
    (r"\b(?:quarterly|regular)\s+(?:cash\s+)?dividend\b", "raised the quarterly dividend to $0.59 per share"),
]
_LEVEL_MEASURE = re.compile("|".join(cue for cue, _ in LEVEL_CUES), re.IGNORECASE)
# A count of what a company has on a day, named after the figure: "about 7,400 employees", "30 hospitals".
LEVEL_AFTER_CUES: list[tuple[str, str]] = [
    (r"(?:full[\s-]time\s+)?(?:employees|people)\b", "employs about 7,400 people"),
    (r"(?:hospitals|outlets|branches|warehouses|clinics)\b", "operates 30 hospitals"),
    # a network's size on a day: "sells in 50 markets", "serves 12,000 merchants", "runs 116 stores"
    (r"(?:stores|showrooms|markets|countries|merchants)\b", "serves 12,000 merchants"),
    (r"in\s+cash\b(?!\s+flows?)", "had about $3.7 billion in cash"),
    # a share of a level is a level: "about 68% of the backlog is from abroad"
    (r"of\s+(?:the\s+|its\s+)?(?:order\s+|total\s+)?backlog\b", "68% of the backlog is from abroad"),
]
_LEVEL_AFTER = re.compile(r"\s*(?:" + "|".join(cue for cue, _ in LEVEL_AFTER_CUES) + ")", re.IGNORECASE)
# ... unless the figure is how many were added or cut in the period: "opened 20 new outlets".
_CHANGED_COUNT = re.compile(
    r"\b(?:new|added|adding|opened|hired|cut|closed|laid\s+off|net)\s+(?:\S+\s+){0,2}$", re.IGNORECASE
)


def level_measured(text: str, label: int, start: int, end: int) -> bool:
    """Whether the figure at [start, end) measures a level on a day (LEVEL_CUES before it, within its
    clause or line label from ``label`` on, or LEVEL_AFTER_CUES right after it)."""
    if _LEVEL_MEASURE.search(text, max(label, start - 80), start):
        return True
    changed = _CHANGED_COUNT.search(text, max(label, start - 30), start)
    return bool(_LEVEL_AFTER.match(text, end)) and not changed


# A list's heading that dates its lines by a day ("Key figures (as of 30 June 2026):") makes the levels
# listed under it levels on that day; a line naming its own period ("Net profit, first half: ...") keeps it.
_LIST_LINE = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d+[.)])\s|[ \t]*[A-Z][^\n:]{0,60}:[ \t]")
_HEADING_LINES_BACK = 12  # a list longer than this has lost its heading


def heading_states_a_day(text: str, position: int) -> bool:
    """Whether the figure at ``position`` sits on a list line (a bullet or a "Label: figure" line) under a
    heading that ends with a colon and states the day its figures are taken on, its own line naming no
    period."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not _LIST_LINE.match(line) or period_mentions(line):
        return False
    end = line_start - 1
    for _ in range(_HEADING_LINES_BACK):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if above.strip() and not _LIST_LINE.match(above):
            return above.rstrip().endswith(":") and C.on_a_day(above)
        end = start - 1
    return False


_OF_YEAR = re.compile(r"\s+(?:of|in)\s+")
_OF_BASE = re.compile(r"\s+of\s+")


def _same_span_in_year(
    text: str, own: list[P.PeriodMention], base: P.Period | None
) -> tuple[list[P.PeriodMention], list[P.Period | None]]:
    """ "from EUR 3,908 million in the same quarter of 2020": the compared figure's span of dates,
    moved into the year named; the phrase is then read, not its parts."""
    for same, year in zip(own, own[1:], strict=False):
        if (
            same.role == "same"
            and year.grain == "year"
            and year.year is not None
            and base is not None
            and _OF_YEAR.fullmatch(text, same.end, year.start)
        ):
            period = base
            for _ in range(max(0, base.end.year - year.year)):
                period = P.shift(period, "year")
            return [m for m in own if m is not same and m is not year], [period]
    return own, []


def _main_period(
    text: str,
    start: int,
    end: int,
    main: list[P.PeriodMention],
    fy_end: int,
    published: date | None,
    context: _Context,
    sentence: Sentence,
    candidates: list,
    sentence_periods: list[P.Period],
    stock: bool = False,
) -> list[P.Period | None]:
    adjacent = [m for m in main if m.role == "comparison" and 0 <= m.start - end <= 5]
    if adjacent:
        # "slowed from 33% in the previous quarter": the base figure belongs to the earlier period.
        current = sentence_periods[-1] if sentence_periods else context.period
        return [
            P.shift(current, "quarter" if adjacent[0].relative == "previous_quarter" else "year")
            if current
            else None
        ]
    # "rose 2.4% from the second quarter", "Compared with Q2/2026, profit rose 8%": the base of a change
    bases = [m for m in main if _BASE_BEFORE.search(text, max(0, m.start - 30), m.start)]
    usable = [
        m
        for m in main
        if m.role != "comparison"
        and m not in bases
        # ... with the year it is "of": "up 2.9% on the same period of 2024" (not a period "in" which the
        # change is measured: "grew 39% from a year earlier in the fourth quarter")
        and not (m.grain == "year" and any(_OF_BASE.fullmatch(text, b.end, m.start) for b in bases))
    ]
    following = [m for m in usable if m.start >= end]
    preceding = [m for m in usable if m.end <= start]
    chosen: list[P.PeriodMention] = []
    # "Networks sales in the quarter dropped 24% to SEK 47.9 billion, hit by ... a rollout in 2022": a
    # period past a comma dates what the aside is about when the figure's own clause named one before it.
    unbroken = [m for m in following if not re.search(r"[,;]", text[end : m.start])]
    if preceding and not unbroken:
        following = []
    if following:
        chosen = _group(text, following, forward=True)
    elif preceding:
        chosen = _group(text, preceding, forward=False)
    if not chosen:
        return [paragraph_period(context, stock, text[sentence.start : start])]
    if chosen[0].role == "same":
        # The same period as a figure already read in this sentence (in calendar dates, so
        # "Microsoft's fiscal Q4" stays April-June for Amazon), else the previous sentence's.
        others = [m for m in usable if m.role != "same"]
        if others and sentence_periods:
            return [sentence_periods[-1]]
        if others:
            return [_resolve(others[-1], fy_end, published, context, sentence, usable, None)]
        if len(context.periods) > 1:
            same_kind = [c for c in candidates if c[5] is not None]
            index = next((i for i, c in enumerate(same_kind) if c[0] == start), 0)
            return [context.periods[min(index, len(context.periods) - 1)]]
        # "the same quarter" opening a paragraph: the period an earlier paragraph reported on
        return [context.period or context.carried]
    current = sentence_periods[-1] if sentence_periods else None
    return [_resolve(m, fy_end, published, context, sentence, usable, current) for m in chosen]


# What names the base a change is measured from, right before its period: not the figure's period.
BASE_CUES: list[tuple[str, str]] = [
    (r"\bfrom", "revenue rose 2.4% from the second quarter"),
    (r"\bcompared\s+(?:with|to)", "Compared with Q2/2026, net profit rose 8%"),
    (r"\b(?:versus|vs\.?|against|relative\s+to)", "margin of 25.7% versus the first quarter"),
    # a change measured "on" an earlier period, right after its rate
    (r"(?<=[%\d]\s)on|\bper\s?cent\s+on", "revenue was up 4% on the June quarter"),
]
_BASE_BEFORE = re.compile(
    r"(?:" + "|".join(cue for cue, _ in BASE_CUES) + r")\s+(?:(?:in|during)\s+)?(?:the\s+)?$", re.IGNORECASE
)


# A figure written with its unit: another clause's own figures between a figure and a later period.
_FIGURE = re.compile(
    r"[$\u20ac\u00a3\u00a5]\s?\d|\d\s?(?:%|per\s?cent|percent)|\d\s?(?:million|billion|bn|mn|m|crore)\b",
    re.IGNORECASE,
)


def _past_other_figures(text: str, clause: _Clause, end: int, mention: P.PeriodMention) -> bool:
    """Whether ``mention`` closes a later clause with figures of its own between it and the figure that
    ends at ``end``: "sales of £287m and returned to a profit of £2.4m after a loss of £3.1m in FY24" --
    the year is the loss's, not the sales'."""
    return mention.start >= clause.end and _FIGURE.search(text, end, mention.start) is not None


def looks_back(period: P.Period | None, document: P.Period | None) -> bool:
    """Whether ``period`` is the year-earlier copy of the article's reporting period: a sentence dated so
    ("Revenue in the third quarter of 2024 was $241 million." in a story about the third quarter of
    2025) looks back at the base of a comparison, and the story goes on about its own period."""
    return period is not None and document is not None and period == P.shift(document, "year")


def paragraph_period(context: _Context, stock: bool, before: str = "") -> P.Period | None:
    """The period of a figure whose sentence names none: the paragraph's (back to the article's after a
    look back), else, for a flow, the article's reporting period when the last paragraph handed that on
    (whichever of the article's organizations, units or subsidiaries the figure is about; not a rival's:
    ``before`` is the sentence up to the figure)."""
    period, document = context.period, context.document_period
    if period is not None:
        return document if looks_back(period, document) else period
    if not stock and document is not None and context.carried == document and not RIVAL.search(before):
        return document
    return None


# Another company's figures in a story about one: "Rival Harbex reported ...", "its larger competitor".
RIVAL = re.compile(r"\b(?:rivals?|competitors?|peers?|competing)\b", re.IGNORECASE)


def _group(text: str, ordered: list[P.PeriodMention], forward: bool) -> list[P.PeriodMention]:
    """The nearest mention plus appositives next to it; the most explicit of them wins.

    Quarters joined by 'and' share a span and are all kept ("the second and third quarters").
    """
    sequence = ordered if forward else list(reversed(ordered))
    first = sequence[0]
    group = [first]
    for mention in sequence[1:]:
        last = group[-1]
        gap = text[min(last.end, mention.end) : max(last.start, mention.start)]
        if mention.start == last.start or re.fullmatch(r"[\s,]*", gap):
            group.append(mention)
        else:
            break
    explicit = [m for m in group if m.explicit]
    if explicit:
        best_start = explicit[0].start
        return [m for m in explicit if m.start == best_start]
    return [m for m in group if m.start == first.start]


def _resolve(
    mention: P.PeriodMention,
    fy_end: int,
    published: date | None,
    context: _Context,
    sentence: Sentence,
    usable: list[P.PeriodMention],
    base: P.Period | None,
) -> P.Period | None:
    # An unqualified "the fourth quarter" next to "the first quarter of 2019" takes that year.
    anchor_year = None
    anchor_fiscal = False
    if not mention.explicit and mention.relative is None and mention.fiscal_year_end_hint is None:
        same_sentence = [m for m in usable if m.explicit and m.year is not None and m.end <= mention.start]
        if same_sentence:
            anchor_year = same_sentence[-1].year
            anchor_fiscal = same_sentence[-1].fiscal
    cached = context.resolved.get((sentence.start, mention.start, mention.index))
    if cached is not None:
        # One phrase names one span of dates, whichever company the next figure belongs to.
        return cached
    reference: date | None
    if context.reference_year_end is not None:
        reference = context.reference_year_end + timedelta(days=1)
    elif published is None and context.article_year_end is not None:
        # An undated page: "the first half" is the one of the latest year the article has named.
        reference = context.article_year_end + timedelta(days=1)
    else:
        reference = published
    current = base or context.period
    if current is None and mention.relative == "context_period" and _carries_into(mention, context.carried):
        # "booked revenue of X in the quarter" in a later paragraph: the quarter an earlier paragraph
        # reported on, not the latest quarter closed before the page's date.
        current = context.carried
    period = P.resolve(
        mention,
        fy_end,
        anchor_year=anchor_year,
        anchor_fiscal=anchor_fiscal,
        reference=reference,
        current=current,
    )
    if period is not None and mention.role == "period":
        context.resolved[(sentence.start, mention.start, mention.index)] = period
    return period


def _carries_into(mention: P.PeriodMention, carried: P.Period | None) -> bool:
    """Whether "in the quarter" / "in the half" / "in the period" can mean the period an earlier paragraph
    reported on: "the quarter" only a quarter, "the half" only a half."""
    if carried is None:
        return False
    written = mention.text.lower()
    for grain in ("quarter", "half"):
        if grain in written:
            return carried.grain == grain
    return True


# An earlier figure in brackets after the one reported, with its period: "91% of the total (90% in the
# first half of 2025)", "EUR 36.8 million (EUR 33.9 million in H1 2025)". Its period is the comparison's.
_BRACKETED_FIGURE_BEFORE = re.compile(
    r"\(\s*(?:[A-Z]{3}\s?|[$\u20ac\u00a3\u00a5\u20b9]\s?)?[-+]?\d[\d.,]*\s?"
    r"(?:%|per\s?cent|percent|(?:b|m|tr)illion|bn|mn|m|crore)?\s+(?:in|for|during|over|of)\s+$",
    re.IGNORECASE,
)


def in_bracketed_earlier_figure(text: str, start: int) -> bool:
    """Whether the period phrase starting at ``start`` dates a figure a bracket opens with (the year-ago
    figure after the one reported), not the lines below it."""
    return bool(_BRACKETED_FIGURE_BEFORE.search(text, max(0, start - 40), start))
