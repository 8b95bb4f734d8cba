"""Figures laid out as lines rather than prose: "Label: value (growth)" lines and tables.

Earnings releases list results as "Product revenue: $312.5 million, +110%", as period rows under a
heading ("Revenue by quarter" over "Q1 2018: $5.4bn (49%)"), or as a table whose header row names
periods over rows of labelled figures, or as a table whose header row names measures over rows of
units ("Division | Revenue | EBT" over "Kmart | 11,107 | 958"). The sentence reader sees no verb and
no metric word next to such figures; here the label (or the heading, or the column's period or
measure) supplies them.

A table's plain numbers take the currency and scale its caption, corner cell or row label states
("Rs crore", "(in thousands, except per share data)", "Revenue (billion yen)"); per-share rows stay in
units. A change column ("Change", "YoY (%)") gives each row's growth; an organization named in the
corner cell ("Campbell ($m)") owns the rows; rows naming units under a corner measure ("Sales ($m)"
over "Smiggle | 330.9") are the units' figures. Label lines under an outlook heading are forecasts.

A label may be joined to its figure by leader dots ("Net earnings ....... C$2.27 billion"), its figure
may be followed by the earlier one in brackets, bare ("Rs 6,982 crore (Rs 5,444 crore)": the year
before) or labelled ("(FY24: $1.60 billion)"), or by a ratio's change in points ("41% (+9 points)"); a
caption's lone year ("Key figures (consolidated, 2024):") dates the list below it. In a table an
indented row under a measure's row ("Net sales" over "  Mexico") is a segment's figure, a row labelled
"(%)" a ratio, and accounts' brackets are negatives ("(196)", "(39%)").

The metric name comes from the label's head noun (the money cue table) and its modifiers: a label
modifier that is not a neutral word ("Product", "Americas", "Subscription") narrows the scope, so the
figure is `other`; "Cloud revenue" is cloud revenue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.extraction import periods as P
from pipelines.extraction.memo import period_mentions
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.business_figures import AMOUNT_NOUNS
from pipelines.extraction.metrics.units import is_unit_name, split_unit_label, units_named_in
from pipelines.extraction.model import Quantity
from pipelines.extraction.quantities import (
    CAPTION_WORDS,
    CURRENCY_CODES,
    MARK_HOMES,
    bare_dollar_currency,
    bare_yen_currency,
    find_quantities,
    is_currency_mark,
    mark_currencies,
    table_scale,
    table_subunit,
)
from pipelines.extraction.span_index import StartIndex

# "Label: value ...", optionally as a bullet; the label is a short phrase, not a sentence. A label set
# apart by a run of spaces or a tab is the same ("Sales        EUR 6,370 million  (2023: ...)"), and so
# is one joined to its figure by leader dots ("Net earnings ........ C$2.27 billion", "Loan AUM . Rs").
_LABEL_LINE = re.compile(
    # "5G subscribers"; "Customers with ARR above $1 million": a threshold's amount inside the label
    # "2025 revenue": a label opened by its year
    r"^[ \t]*(?:[-*•–][ \t]+)?"
    r"(?P<label>(?:[A-Za-z]|\d[A-Za-z]|(?:19|20)\d\d[ \t](?=[A-Za-z]))[\w&/.,'’() $€£¥-]{1,60}?)"
    r"(?:[ \t]*:[ \t]+|[ \t]*\t[ \t]*|[ ]{3,}|[ \t]*(?:\.{2,}|…+)[ \t]*|[ \t]+\.[ \t]+)(?P<rest>\S[^\n]*)$",
    re.MULTILINE,
)
YEAR_LED_LABEL_EXAMPLES = (
    ("Velorix results.\n\n- 2025 revenue: $9.4 million (+160%)\n", 9.4e6, 160.0, "2025"),
    ("Velorix results.\n\n2024 net profit: EUR 3.1 million\n", 3.1e6, None, "2024"),
)
_TABLE_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
# Label words that name the whole organization's figure, not a narrower one.
_NEUTRAL_MODIFIERS = {
    "total", "net", "group", "consolidated", "reported", "gaap", "adjusted", "quarterly", "ebit",
    "annual", "full-year", "full", "year", "fiscal", "company", "operating", "income", "profit", "loss",
    "revenue", "revenues", "sales", "q1", "q2", "q3", "q4", "h1", "h2", "first", "second", "third",
    "fourth", "quarter", "half", "the", "of", "and", "from", "attributable", "to", "shareholders",
    "equity", "holders", "owners", "parent", "stockholders", "common", "for", "period",
    # "Revenue from operations", "Profit after tax", "Income from continuing operations": the whole
    # company's measure, named by what it counts or excludes.
    "after", "before", "tax", "taxes", "taxation", "operations", "continuing", "earnings", "statutory",
    "result",  # "Net result": the European name of the net profit
    # "Revenue from ordinary activities": Australian statements' name for the whole revenue
    "ordinary", "activities",
}  # fmt: skip
_BRACKETED_UNIT = re.compile(
    r"\((?:[A-Z]{3}|[$€£¥₹])?\s?(?:m|mn|bn|k|million|billion|thousand|thousands|millions|billions|%)?\)",
)
# The earlier figure of a row ("R188.0 billion, down 15.9% from R223.5 billion in 2023", "EBIT: EUR 226.3
# million (previous year: EUR 184.6 million)"), maybe with its own measure ("compared with a profit of").
_BRACKETED = re.compile(r"\([^()]{0,40}\)")


def _is_unit(bracket: str) -> bool:
    """ "(%)", "(DKKm)", "(Rs crore)", "($ million)", "(N'million)": how the figures are written."""
    inner = bracket.strip("() ")
    if _BRACKETED_UNIT.fullmatch(bracket) or table_scale(inner) or is_currency_mark(inner):
        return True
    written = find_quantities("1 " + inner)  # "(billion yen)": the unit written after the number
    return len(written) == 1 and written[0].kind == "money" and written[0].end == len(inner) + 2


_EARLIER_FIGURE_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|(?P<bracket>\(\s*(?P<when>(?:19|20)\d\d(?:/\d\d)?|"
    # "(FY24: $1.60 billion)", "(Q3 2023: C$2.34 billion)", "(H1 2024: ...)": a fiscal label of its own
    r"FY\s?'?\d\d(?:\d\d)?|[QH][1-4]\s+(?:FY\s?)?(?:19|20)\d\d|"
    r"(?:the\s+)?(?:previous|prior)\s+year|PY|a\s+year\s+(?:earlier|ago|before))\s*:))\s*(?:(?:a|an)\s+)?(?P<noun>[A-Za-z][\w\s-]{0,40}?)?\s*(?:of\s+)?$",
    re.IGNORECASE,
)
# "R188.0 billion, down 15.9%", "291.0 million at 31 December 2024, up 3.5%": a figure, maybe the day
# it stood on, then its growth.
_GROWTH_AFTER_VALUE = re.compile(
    r"^[\s,;]*(?:(?:at|as\s+of|on)\s+[^,;()]{1,30},\s*)?(?:\(\s*)?(?P<dir>up|down|\+|-|−)?\s*$|^[\s,;]*(?:\(\s*)?$",
    re.IGNORECASE,
)
_DOWN = re.compile(r"\bdown\b|-|−", re.IGNORECASE)
# The end of a bracket holding a row's earlier figure, before the row's growth: "(EUR 62.8 million), +1.8%".
_BRACKET_CLOSED = re.compile(r"[^()\d]{0,12}\)")
# ... or a separator inside it, the rate closing the bracket: "(Rs 448.0 crore, +14.4%)".
_SAME_BRACKET_RATE = re.compile(r"\s*[,;]")
_BRACKET_END = re.compile(r"\s*\)")
GROWTH_AFTER_EARLIER_EXAMPLES = (
    ("Revenue: EUR 63.9 million (EUR 62.8 million), +1.8%", 1.8),
    ("Revenue: Rs 52.1 crore (Rs 40.2 crore; +29.6%)", 29.6),
    ("Revenue: PLN 478.6m (PLN 410.3m), +16.6% y/y", 16.6),
    ("Revenue: $41.2 million (2024: $38.0 million), down 2.5%", -2.5),
)
_MAX_LABEL_WORDS = 6
_MAX_BULLET_LABEL_WORDS = 9
_BULLET = re.compile(r"[ \t]*[-*•–][ \t]+")
BULLET_LABEL_EXAMPLES = (
    ("- Share of recurring revenue in total revenue: 94.2% (93.5%)", 94.2, 93.5),
    ("* Net profit attributable to shareholders of the parent: PLN 48.6 million (PLN 41.9 million)",
     48.6e6, 41.9e6),
)
# The day a label's level stands on ("ARR at 30 June 2025", "Cash as of September 30, 2025"): it dates the
# figure, it does not lengthen the label into a sentence, so the label's words are counted without it.
_DAY_TAIL = re.compile(
    r"[ \t,]+(?:at|as\s+(?:of|at)|on)[ \t]+(?:(?:end[ -])?\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?,?"
    r"[ \t]+(?:19|20)\d\d[ \t]*$",
    re.IGNORECASE,
)
DAY_TAIL_EXAMPLES = (
    ("Annual recurring revenue (ARR) at 30 June 2025", "Annual recurring revenue (ARR)"),
    ("Cash and equivalents as of September 30, 2025", "Cash and equivalents"),
    ("Total client assets under custody as at 31 March 2026", "Total client assets under custody"),
)
# What may stand before a label line's first figure: a sign or bracket, or a rounding word ("Customers:
# about 31,400", "Stores: more than 2,000").
_FIGURE_FIRST = re.compile(
    r"[^\w\s]{0,2}\s?|(?:about|around|approximately|approx\.|over|more\s+than|nearly|almost|roughly|some|"
    r"close\s+to|c\.|ca\.|circa)\s+",  # "Group revenue: c. GBP 50.3 million"
    re.IGNORECASE,
)
_EARLIER_PERIOD_GAP = re.compile(r"\s*(?:in|for|during|,)?\s*")


@dataclass(frozen=True)
class LineFigure:
    quantity: Quantity
    name: str
    value: float
    unit: str
    line_start: int
    line_end: int
    period: P.PeriodMention | None  # the row's or column's own period (absolute offsets), if any
    # The row names a unit, not a measure (a table of measures by division): the figure is that
    # unit's, or, when the unit is no organization, a segment's (narrower than the company's).
    unit_row: bool = False
    label: str = ""  # the row's label (its first cell)
    # The table's corner cell ("Campbell ($m) | FY2024 | FY2023"): an organization named there owns
    # the rows that name none.
    corner: tuple[int, int] | None = None
    # A bare bracketed figure after the row's own ("Rs 6,982 crore (Rs 5,444 crore)"): the same
    # measure a year before the period that dates the row.
    year_earlier: bool = False
    # A count of what the period produced or carried ("Passengers flown", "Concentrate shipped"): a flow
    # over the period above, not a level on a day.
    flow: bool = False
    # A row of a table of parts kept only if its label names an organization (``_table_row``).
    needs_owner: bool = False
    # The business unit the label names before its measure ("Retail division revenue"): the owner
    # (units.py); the figure is named by the measure alone.
    unit_name: str = ""
    # The table's caption dates its columns by a day ("ARR, SEK million, 30 September"): a level on that
    # day, whatever year its column names.
    on_a_day: bool = False


_CLOUD = re.compile(r"\bcloud\b", re.IGNORECASE)
ORGANIZATION_CLOUD_LABEL_EXAMPLE = (
    "Velorix reported results for 2025.\n\n- Zenbox Cloud revenue: $161.0 million (+24%)\n"
)


def read_lines(
    text: str, quantities: list[Quantity], organizations: frozenset[str] = frozenset()
) -> list[LineFigure]:
    """Figures of label lines and tables; each quantity is read at most once. ``organizations``: the
    names (lowercased) of the organizations the article names: a label opening with one before its
    measure ("Skill Academy revenue: Rp 210 billion") is that organization's measure, not a narrower
    scope of it, as a unit's label is."""
    # A table's reading of a row comes first: its header dates and scales the figure ("$447.9" under
    # "(in millions)"), which the same row read as "Label   value" would not.
    # "Zenbox Cloud revenue" is its company's cloud revenue (GOLD_SCHEMA Conventions), whatever the
    # recognizer made of the offering's name: only a unit the text calls one owns it.
    known_units = units_named_in(text) | {name for name in organizations if not _CLOUD.search(name)}
    figures = _tables(text, quantities, known_units) + _label_lines(text, quantities, known_units)
    seen: set[int] = set()
    unique = []
    for figure in figures:
        if figure.quantity.start not in seen:
            seen.add(figure.quantity.start)
            unique.append(figure)
    return unique


_PROFIT_OR_LOSS = re.compile(r"\b(?:profit|income|earnings)\s*(?:/\s*)?\(\s*loss(?:es)?\s*\)", re.IGNORECASE)


def name_from_label(label: str, scoped: bool = True) -> str | None:
    """Metric name a row label gives its money figure: head noun by the cue table, scope by modifiers
    (a heading above a list names the company and its wording, so only its head noun counts)."""
    # The acronym a measure is given names it again ("Net profit after tax (NPAT)"): no modifier of it.
    label = _without_own_acronym(label)
    # "Net income, group share", "Net income (attr.)": the owners' part, the company's own profit.
    label = _OWNERS_SHARE.sub(" attributable ", label)
    # the cue ending last; of cues ending together the longest ("Total operating income" is revenue, not
    # "operating income"), then `other` (as naming._last_kind reads prose)
    best: tuple[str | None, int, int] = (None, -1, -1)
    for cue in C.MONEY_CUES:
        for match in cue.pattern.finditer(label):
            if (match.end(), -match.start()) > (best[1], -best[2]) or (
                (match.end(), match.start()) == (best[1], best[2]) and cue.name.startswith("other")
            ):
                best = (cue.name, match.end(), match.start())
    # A row's sign is written in its figure ("(60.0)"), not in its label's loss noun; "Net profit/(loss)",
    # "Operating income (loss)" name the profit whichever way it went.
    name = "other" if best[0] == "other_down" else best[0]
    if name == "loss" and _PROFIT_OR_LOSS.search(label):
        name = "profit"
    if name not in ("revenue", "profit", "loss"):
        return name
    if not scoped:
        return "cloud_revenue" if name == "revenue" and re.search(r"\bcloud\b", label, re.I) else name
    # The measure's own words are no modifier of it ("Gross written premium", "Total operating income").
    label = label[: best[2]] + " revenue " + label[best[1] :]
    # "Revenue (DKKm)", "Margin (%)": a bracketed unit says how the figure is written, not its scope.
    unitless = _without_dates(_BRACKETED.sub(lambda b: " " if _is_unit(b.group()) else b.group(), label))
    modifiers = [w for w in re.findall(r"[\w-]+", unitless.lower()) if w not in _NEUTRAL_MODIFIERS]
    modifiers = [w for w in modifiers if not P.find_period_mentions(w) and not w.isdigit()]
    if name == "revenue" and C.cloud_offering(modifiers):
        return "cloud_revenue"  # "Cloud revenue", "Cloud and managed services revenue"
    return "other" if modifiers else name


# The French statements' "part du groupe" and tables' abbreviation of "attributable": the part of a
# profit that belongs to the company's owners, which the neutral modifiers already count as the whole.
_OWNERS_SHARE = re.compile(r"\bgroup\s+share\b|\battr\b\.?", re.IGNORECASE)
OWNERS_SHARE_EXAMPLES = (
    ("Net income, group share", "profit"),
    ("Net income (attr.)", "profit"),
)
_ACRONYM_BRACKET = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*\)")
_ACRONYM_SKIPPED_WORDS = {"and", "of", "the", "&", "for"}
OWN_ACRONYM_EXAMPLES = (
    ("Net profit after tax (NPAT)", "profit"),
    ("Gross written premium (GWP)", "revenue"),
    ("Earnings before interest and tax (EBIT)", "profit"),
)


def _without_own_acronym(label: str) -> str:
    """The label without a bracketed acronym that spells its measure's initials: "(NPAT)" after "Net profit
    after tax" names the measure again; "(EMEA)" after "Revenue" names a region and stays."""
    for match in reversed(list(_ACRONYM_BRACKET.finditer(label))):
        acronym = match.group(1).lower()
        words = re.findall(r"[\w&]+", label[: match.start()].lower())
        spelled = "".join(w[0] for w in words[-len(acronym) :])
        content = [w for w in words if w not in _ACRONYM_SKIPPED_WORDS]
        spelled_content = "".join(w[0] for w in content[-len(acronym) :])
        if acronym in (spelled, spelled_content):
            label = label[: match.start()] + label[match.end() :]
    return label


# The preposition a removed period or day leaves at the label's end ("Net sales in", "Revenue for").
_DANGLING = re.compile(r"[\s,]+(?:in|at|for|during|to|as\s+(?:of|at)|ended|ending)?[\s,]*$", re.IGNORECASE)
DATED_LABEL_EXAMPLES = (
    ("Revenue for the year to 31 March 2026 (FY26)", "revenue"),
    ("Net sales in the first nine months of 2025", "revenue"),
    ("Revenue for the quarter ended September 30, 2025", "revenue"),
    ("Revenue at 30 June 2025", "revenue"),
)


def _without_dates(label: str) -> str:
    """The label without the periods and the day it names: when a figure stands is no part of its scope."""
    for mention in sorted(P.find_period_mentions(label), key=lambda m: m.start, reverse=True):
        label = label[: mention.start] + " " + label[mention.end :]
    label = _DAY_TAIL.sub("", label)
    label = re.sub(r"\(\s*\)", " ", label)  # "(FY26)" emptied
    return _DANGLING.sub("", label)


def _percent_name(label: str, name: str) -> str:
    """A row of percentages: the growth of the measure its label names, else a ratio (`other`)."""
    return _growth_name(name) if _CHANGE_COLUMN.search(label.replace("%", "")) else "other"


def _growth_name(name: str) -> str:
    return name + "_growth" if name in ("revenue", "cloud_revenue") else "other"


def _label_lines(
    text: str, quantities: list[Quantity], known_units: frozenset[str] = frozenset()
) -> list[LineFigure]:
    figures: list[LineFigure] = []
    placed = StartIndex(quantities, lambda q: (q.start, q.end))  # each line's own figures, not all per line
    for line, label, label_start, rest_start, rest_end in _label_segments(text):
        # a bulleted line is a list's row however long its label ("- Share of recurring revenue in
        # total revenue: 94.2%"); an unmarked one may be a sentence with a colon in it
        most = _MAX_BULLET_LABEL_WORDS if _BULLET.match(line.group()) else _MAX_LABEL_WORDS
        if len(_DAY_TAIL.sub("", label).split()) > most:
            continue
        in_rest = placed.starting(rest_start, rest_end)
        if not in_rest:
            continue
        if not _FIGURE_FIRST.fullmatch(text, rest_start, in_rest[0].start):
            unit = _unit_with_measure_after(text, label, rest_start, in_rest[0])
            if unit is not None and in_rest[0].kind == "money" and _cloud_offering_label(unit[0]):
                # "Cloud Services: revenue ¥62,340 million": the company's cloud line, not a unit's
                cloud_measure = "cloud " + unit[1]
                figures += _label_line_figures(text, line, cloud_measure, rest_start, rest_start, in_rest)
            elif unit is not None and in_rest[0].kind == "money":
                # "Retail: revenue $4.1 million (+9%)": the unit's label, then the measure, then the figure
                found = _label_line_figures(text, line, unit[1], rest_start, rest_start, in_rest)
                figures += [replace(figure, unit_name=unit[0]) for figure in found]
            continue
        if in_rest[0].kind == "money" and name_from_label(label) is None and _cloud_offering_label(label):
            # "Cloud and infrastructure: $146.2 million (+16.8%)", a business area's line: the company's
            # cloud revenue (gold names such lines so in every set), not a unit of that name
            figures += _label_line_figures(text, line, "cloud revenue", label_start, rest_start, in_rest)
            continue
        unit = split_unit_label(label, known_units) or _unit_under_caption(text, line.start(), label)
        if unit is not None and in_rest[0].kind != "count":
            # "Retail division revenue: $4.1 million, up 9%": the unit's revenue, named by its measure
            measure_start = label_start + len(label) - len(unit[1])
            found = _label_line_figures(text, line, unit[1], measure_start, rest_start, in_rest)
            figures += [replace(figure, unit_name=unit[0]) for figure in found]
            continue
        figures += _label_line_figures(text, line, label, label_start, rest_start, in_rest)
    return figures


# A caption over a list of business units: "By segment, the group reported:", "Revenue by division:";
# a retailer's or a medical group's parts are its brands and franchises ("By brand, sales were:").
_BY_UNIT = re.compile(
    r"\b(?:by|per)\s+(?:operating\s+|reportable\s+)?(?:segments?|divisions?|business(?:es|\s+areas?|\s+units?)?|"
    r"units?|brands?|franchises?)\b",
    re.IGNORECASE,
)
UNIT_CAPTION_EXAMPLE = "By segment, the group reported:\n\n- Retail: $4.1 million (+9%)\n"
BRAND_CAPTION_EXAMPLES = (
    "By brand, the sales picture for the year was:\n\n- Velor Home: $1.7 billion (-2.2%)\n",
    "Revenue by franchise:\n\n- Velor Surgical: $539 million (+6.5%)\n",
)


def _unit_under_caption(text: str, line_start: int, label: str) -> tuple[str, str] | None:
    """(unit, "revenue") for a label that names no measure but a business unit, in a list under a caption
    of units whose measure is revenue or unnamed ("By segment, the group reported:" over "Retail: $4m")."""
    if name_from_label(label) is not None or not is_unit_name(label.strip()):
        return None
    above = text[max(0, line_start - 1200) : line_start].splitlines()
    for line in reversed(above[-_LIST_ROWS:]):
        if line.strip() and not _LABEL_LINE.match(line):
            if not _BY_UNIT.search(line) or name_from_label(line, scoped=False) not in (None, "revenue"):
                return None
            return " ".join(label.split()), "revenue"
    return None


def _cloud_offering_label(label: str) -> bool:
    """A segment's label naming a kind of cloud offering ("Cloud Services", "Cloud and infrastructure")."""
    return C.cloud_offering([w for w in re.findall(r"[\w&-]+", label.lower()) if w != "and"])


CLOUD_SEGMENT_LINE_EXAMPLES = (
    "Velorix reported revenue of $900 million for 2025.\n\nRevenue by segment:\n\n"
    "- Cloud and infrastructure services: $146.2 million (up 16.8%)\n- Digital engineering: $268.5 million\n",
    "Velorix reported revenue of $900 million for 2025.\n\nOur three business areas reported as follows:\n\n"
    "Cloud Services: $121.6 million (+17.2%)\nDigital Solutions: $98.3 million (+4.1%)\n",
    "Velorix reported revenue of $900 million for 2025. It reports by segment.\n\n"
    "Cloud Services: revenue $62.3 million (up 22.8%)\nDigital Solutions: revenue $98.3 million (up 4.1%)\n",
)


# The measure written between a unit's label and its figure: "revenue", "net sales of", "Net Revenue:".
_MEASURE_BEFORE_FIGURE = re.compile(
    r"\s*(?P<measure>[A-Za-z][A-Za-z -]{1,30}?)\s*(?:of|:|was|were|at|totall?ed|reached|rose\s+to)?\s*"
)
# An article about a company's parts: it calls them segments, divisions or business units somewhere.
_PARTS_WORD = re.compile(r"\b(?:segments?|divisions?|business\s+(?:areas?|units?|lines?))\b", re.IGNORECASE)
UNIT_MEASURE_AFTER_EXAMPLE = "Velorix reported by segment.\n\n- Retail: revenue $4.1 million (+9%)\n"


def _unit_with_measure_after(
    text: str, label: str, rest_start: int, first: Quantity
) -> tuple[str, str] | None:
    """(unit, measure) for "Retail: revenue $4.1 million": a label naming a business unit (no measure, no
    place), then the measure the cue tables name right before the figure, in an article about segments."""
    between = _MEASURE_BEFORE_FIGURE.fullmatch(text, rest_start, first.start)
    unit = re.sub(r"\s*\([^)]*\)", "", label).strip()  # "Management (Gestão)": the aside is a translation
    if between is None or name_from_label(label) is not None or not is_unit_name(unit):
        return None
    if name_from_label(between.group("measure")) not in ("revenue", "profit", "other"):
        return None
    return (unit, between.group("measure")) if _PARTS_WORD.search(text) else None


def _label_line_figures(
    text: str, line: re.Match[str], label: str, label_start: int, rest_start: int, in_rest: list[Quantity]
) -> list[LineFigure]:
    """The figures of one "Label: value" segment, named by its label."""
    period = _own_period(label, label_start) or _caption_year(text, line.start())
    if _under_outlook(text, line.start()):
        return []  # "GUIDANCE" over "Fiscal 2026 revenue: $2.875 billion": a forecast, not a result
    if in_rest[0].kind == "count":
        # a label set off by a colon or dots, not a table's row of figures under a header
        marked = bool(re.search(r"[:.…]", text[label_start + len(label) : rest_start]))
        return _count_row(text, in_rest, label, line.start(), line.end(), period, marked)
    own = _own_period(label, 0) is not None
    name = name_from_label(label) or (_heading_name(text, line.start(), own) if period else None)
    if in_rest[0].kind == "percent":
        return _percent_row(text, in_rest, label, name, line.start(), line.end(), period)
    if name is None and in_rest[0].kind == "money" and _AMOUNT_NOUN.search(label.split(",")[0]):
        # "Gross invoiced income: GBP 3.62 billion": an amount the cue tables do not name, as in a table
        name = "other"
    if name is None:
        return []
    return _row_figures(text, in_rest, name, line.start(), line.end(), period)


# Nouns of an amount a company reports that the cue tables leave unnamed: a label line naming one
# ("Gross invoiced income: GBP 3.62 billion", "Value of transactions: USD 81.4 billion") is
# the company's `other` figure. Other unknown labels ("Yield", "International") stay to the prose reader.
_AMOUNT_NOUN = re.compile(rf"\b(?:{AMOUNT_NOUNS})\b", re.IGNORECASE)
AMOUNT_LABEL_EXAMPLES = (
    "Gross invoiced income: GBP 3.62 billion",
    "Value of transactions: USD 81.4 billion (+38%)",
    "Insurance service result: SAR 287 million",
    "Group revenue: c. GBP 50.3 million",
)


# "GAAP EPS: $0.22; Non-GAAP EPS: $0.39": a second label and its figure after a semicolon.
_NEXT_LABEL = re.compile(r";[ \t]+(?P<label>[A-Za-z][\w&/,'’() -]{1,60}?):[ \t]+")


def _label_segments(text: str) -> list[tuple[re.Match[str], str, int, int, int]]:
    """Each label of each label line with its figures' span: (line, label, label start, rest start,
    rest end); a line may hold several "Label: value" pairs split by semicolons."""
    segments = []
    for line in _LABEL_LINE.finditer(text):
        label, label_start, rest_start = line.group("label"), line.start("label"), line.start("rest")
        for following in _NEXT_LABEL.finditer(text, rest_start, line.end()):
            segments.append((line, label, label_start, rest_start, following.start()))
            label, label_start = following.group("label"), following.start("label")
            rest_start = following.end()
        segments.append((line, label, label_start, rest_start, line.end()))
    return segments


def _percent_row(
    text: str, in_row: list[Quantity], label: str, name: str | None, start: int, end: int,
    period: P.PeriodMention | None,
) -> list[LineFigure]:
    """A label line led by a percentage: "Non-GAAP operating margin: 25%" (a ratio or a growth the label
    names), "Revenue growth: 12%", "Organic net sales: -2.2%", "Gross stage 3 assets ... 3.37 per cent
    (3.29 per cent)" (a ratio of a narrower scope: `other`), with its earlier figure."""
    first = in_row[0]
    if _RATIO_LABEL.search(label):
        ratio = _percent_name(label, name or "other")
    else:
        ratio = _growth_name(name) if name in ("revenue", "cloud_revenue") else "other"
    figures = [LineFigure(first, ratio, first.value, "percent", start, end, period)]
    points = _POINTS_CHANGE.match(text, first.end, end)
    if points is not None:
        # "Gross margin: 26.4% (+0.6 points)", "(-46 basis points)": the ratio's change, `other` in percent
        value = float(points.group("num")) / (100 if points.group("basis") else 1)
        value = -value if points.group("sign") and points.group("sign") != "+" else value
        # placed on its number, where a count may sit that the sentence reader must not read again
        change = Quantity("percent", value, "percent", None, points.group("num"), *points.span("num"))
        figures.append(LineFigure(change, "other", value, "percent", start, end, period))
    return figures + _earlier_figures(text, in_row, ratio, start, end, period)


# A ratio's change in points written in brackets after it: "(+9 points)", "(-46 basis points)", "(+0.6pp)".
_POINTS_CHANGE = re.compile(
    r"[^\S\n]*(?:of\s+[\w\s-]{1,30}?\s*)?\(\s*(?P<sign>[-+−–])?\s*(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?:(?P<basis>basis[\s-]points?|bps?\b)|(?:percentage[\s-])?(?:points?|pts?\b|ppts?\b|pp\b|p\.\s?p\.))[^)\n]{0,20}\)",
    re.IGNORECASE,
)


# "Mobile subscribers: 291.0 million, up 3.5%", "Active customers: 2.1 million": a count of the people
# the company serves, by the label's last noun.
# "Brokerage customer accounts: 780,000": accounts held by customers count the customers.
# The head noun names the schema's count (each with a made-up label): "Customer base: 10,600" and
# "Active borrowers: 574,000" count customers, "Subscriber base: 4.1 million" and "Mobile subscriptions:
# 2.9 million" count users.
_COUNT_LABEL = re.compile(
    r"\b(?:(?P<customers>(?:customer|client)s?[\s-]+accounts|customers|clients|(?:customer|client)\s+base|"
    r"borrowers|depositors|policyholders|account\s+holders)|"
    r"(?P<users>users|members|subscribers|accounts|players|viewers|(?:user|subscriber|member)\s+base|"
    r"subscriptions))\s*$",
    re.IGNORECASE,
)
COUNT_HEAD_EXAMPLES = (
    ("Customer base: 10,600", "customers"),
    ("Active borrowers: 574,000", "customers"),
    ("Subscriber base: 4.1 million", "users"),
    ("Mobile subscriptions: 2.9 million", "users"),
    ("Monthly transacting users (MTUs): 9.8 million (+12%)", "users"),
)
CUSTOMER_ACCOUNTS_LABEL_EXAMPLE = (
    "Velorix reported 2025 results.\n\n- Brokerage customer accounts: 780,000 (+12%)\n"
)
# "Active clients at March 31, 2025": the day a count stood on, after its noun.
_COUNT_DAY = re.compile(r"\s+(?:at|as\s+(?:of|at)|on)\s+[^:]*$", re.IGNORECASE)


def _count_row(
    text: str, in_row: list[Quantity], label: str, start: int, end: int, period: P.PeriodMention | None,
    marked: bool = False,
) -> list[LineFigure]:
    """A label line counting users or customers (or other things the company counts of itself), and its
    growth right after the count."""
    head = _COUNT_QUALIFIER.sub("", _COUNT_DAY.sub("", label.strip()))  # "Customers with ARR of $100,000"
    # "Monthly transacting users (MTUs)": the bracketed acronym after the head noun names it again
    noun = _COUNT_LABEL.search(head) or _COUNT_LABEL.search(_BRACKETED.sub(" ", head).rstrip())
    first = in_row[0]
    if noun is None:  # "Employees: 6,597": a count the cue tables name (staff, outlets, volumes)
        other = C.count_label_name(_COUNT_DAY.sub("", label.strip()))
        # "Fixed broadband accesses: 4.1 million (-1.5%)", "Cloud deals signed in the quarter: 21"
        other = other or ("other" if marked and _PLURAL_HEAD.search(head) else None)
        # "Silver production: 4.3 million ounces (+19%)", "Fleet at 30 September: 417 aircraft": the
        # count's own unit noun says it counts things, whatever the label's head
        other = other or ("other" if marked and _COUNTED_UNIT_AFTER.match(text, first.end) else None)
        if other is None:
            return []
        flow = bool(_FLOW_PARTICIPLE.search(label))
        figures = [LineFigure(first, other, first.value, "count", start, end, period, flow=flow)]
        figures += _earlier_count(text, first, in_row[1:2], other, start, end)
        unit = _COUNTED_UNIT_AFTER.match(text, first.end)  # "4.3 million ounces (+19%)": past the unit
        after = replace(first, end=unit.end()) if unit is not None else first
        return figures + _growth_after(text, after, in_row[1:3], other, start, end, period)
    name = "users" if noun.group("users") else "customers"
    if _THRESHOLD.search(label):
        # "Customers with ARR above $1 million": a narrower set than the company's customers (`other`,
        # as a narrower revenue is)
        name = "other"
    figures = [LineFigure(first, name, first.value, "count", start, end, period)]
    figures += _earlier_count(text, first, in_row[1:2], name, start, end)
    return figures + _growth_after(text, first, in_row[1:3], name, start, end, period)


# A threshold inside a count's label: an amount ("$100,000", "€1 million", "$100k").
_THRESHOLD = re.compile(r"[$€£¥]\s?\d|\d\s?(?:k|m|million|thousand)\b", re.IGNORECASE)


def _earlier_count(
    text: str, first: Quantity, following: list[Quantity], name: str, start: int, end: int
) -> list[LineFigure]:
    """ "Employees: about 8,300, up from 7,700 a year earlier": the same count on an earlier day, a level
    left undated like the row's own."""
    figures = []
    for quantity in following:
        if quantity.kind == "count" and _EARLIER_FIGURE_BEFORE.search(text, first.end, quantity.start):
            figures.append(LineFigure(quantity, name, quantity.value, "count", start, end, None))
        elif (earlier := _bracketed_count(text, first, quantity)) is not None:
            # "Active customers: 3.4 million (3.3)": the bare bracket in the count's scale
            figures.append(LineFigure(quantity, name, earlier, "count", start, end, None, year_earlier=True))
    return figures


def _bracketed_count(text: str, first: Quantity, quantity: Quantity) -> float | None:
    """A count's earlier count alone in a bracket: in the count's scale ("3.4 million (3.3)"), or bare as
    a bare count ("87 (72 a year earlier)")."""
    if first.scale is None and quantity.kind == first.kind == "count" and quantity.scale is None:
        return plain_bracket(text, replace(first, kind="percent"), quantity)
    return plain_bracket(text, first, quantity)


# What narrows a counted noun after it: "Mobile subscribers in Argentina", "Cloud deals signed in ...",
# "Passengers flown", "Units sold through the platform".
_COUNT_QUALIFIER = re.compile(
    r"\s+(?:in|with|at|over|above|under|from|across|outside|since|signed|added|won|opened|flown|carried|"
    r"sold|shipped|produced|handled|served|processed|delivered|mined|booked|transported|treated|admitted|"
    r"completed|installed|launched)\b.*$",
    re.IGNORECASE,
)
# "Passengers flown", "Units sold", "Ore mined": what the period produced, carried or sold; so does a
# label named for such a flow ("Total vehicle sales: 51,236 units", "Exports: 3,962 units",
# "Gold production: 412,000 ounces").
_FLOW_PARTICIPLE = re.compile(
    r"\b(?:flown|carried|sold|shipped|produced|handled|served|processed|delivered|mined|booked|transported|"
    r"treated|admitted|completed|sales|exports|imports|deliveries|shipments|production|output|dispatches)\b",
    re.IGNORECASE,
)
# A unit noun right after a label line's count ("417 aircraft", "96,400 dmt", "4.3 million ounces"); units
# that carry a scale ("kt", "GWh") are read by the quantity reader, not here.
_COUNTED_UNIT_AFTER = re.compile(
    r"[ \t]+(?:tonnes|tons|dmt|wmt|ounces|aircraft|planes|vessels|ships|trucks|buses|vehicles|units|"
    r"TEUs?|carats|passengers|tickets|outlets|stores|branches)\b(?![/-])",  # not a rate ("boe/d")
    re.IGNORECASE,
)
COUNT_ROW_EXAMPLES = (
    ("Passengers flown: 6.9 million (+12%)", [6.9e6, 12.0]),
    ("Silver production: 4.3 million ounces (+19%)", [4.3e6, 19.0]),
    ("Fleet at 30 September: 417 aircraft", [417.0]),
    ("Concentrate shipped: 91,800 dmt", [91800.0]),
)
# A label whose head is a plural noun of letters ("accesses", "deals", "downloads"): a count of things.
# ("Status", "Business", "Analysis" are no plurals)
_PLURAL_HEAD = re.compile(r"(?<![\w'’])[a-z]{2,}(?:[^\W\dsuia_]s|[^\Ws_]es)$", re.IGNORECASE)


def _row_figures(
    text: str, in_row: list[Quantity], name: str, start: int, end: int, period: P.PeriodMention | None
) -> list[LineFigure]:
    """A row's first money figure under its name, and a growth percentage right after it."""
    first = in_row[0]
    if first.kind != "money":
        return []
    value = -abs(first.value) if name == "loss" else first.value  # "EUR -183 million" keeps its sign
    figures = [LineFigure(first, "profit" if name == "loss" else name, value, first.unit, start, end, period)]
    figures += _growth_after(text, first, in_row[1:3], name, start, end, period)
    return figures + _earlier_figures(text, in_row, name, start, end, period)


def _growth_after(
    text: str,
    first: Quantity,
    following: list[Quantity],
    name: str,
    start: int,
    end: int,
    period: P.PeriodMention | None,
) -> list[LineFigure]:
    """The growth percentage written right after a row's figure ("R188.0 billion, down 15.9%"), or after
    the earlier figure bracketed after it ("EUR 63.9 million (EUR 62.8 million), +1.8%")."""
    figures = []
    for index, quantity in enumerate(following[:2]):
        between = text[first.end : quantity.start]
        if index == 1:
            earlier = following[0]
            # "(EUR 62.8 million), +1.8%", or the change inside the bracket: "(Rs 448.0 crore, +14.4%)"
            closed = _BRACKET_CLOSED.match(text, earlier.end, quantity.start) or (
                _SAME_BRACKET_RATE.match(text, earlier.end, quantity.start)
                if _BRACKET_END.match(text, quantity.end)
                else None
            )
            if earlier.kind != first.kind or closed is None:
                break
            between = text[closed.end() : quantity.start]
        if quantity.kind != "percent" or not _GROWTH_AFTER_VALUE.match(between):
            continue
        down = bool(_DOWN.search(between)) or quantity.value < 0
        value = -abs(quantity.value) if down else abs(quantity.value)
        # "(+7.9% like-for-like)", "(+4% organic)": a narrower rate than the figure's own, `other`
        qualified = C.RATE_QUALIFIER.match(text, max(0, quantity.end - 2)) is not None
        growth = "other" if qualified else _growth_name(name)
        figures.append(LineFigure(quantity, growth, value, "percent", start, end, period))
    return figures


def _earlier_figures(
    text: str, in_row: list[Quantity], name: str, start: int, end: int, period: P.PeriodMention | None
) -> list[LineFigure]:
    """A row's comparison figures, each dated by its own period phrase ("from R223.5 billion in 2023")."""
    figures = []
    for previous, quantity in zip(in_row, in_row[1:], strict=False):
        before = _EARLIER_FIGURE_BEFORE.search(text, previous.end, quantity.start)
        if previous is in_row[0] and bare_bracket(text, previous, quantity):
            value = -abs(quantity.value) if name == "loss" else quantity.value
            figures.append(LineFigure(quantity, "profit" if name == "loss" else name, value, quantity.unit,
                                      start, end, period, year_earlier=True))  # fmt: skip
            continue
        if previous is in_row[0] and (plain := plain_bracket(text, previous, quantity)) is not None:
            value = -abs(plain) if name == "loss" else plain
            figures.append(LineFigure(quantity, "profit" if name == "loss" else name, value, previous.unit,
                                      start, end, period, year_earlier=True))  # fmt: skip
            continue
        if before is None or quantity.kind != "money" and not quantity.kind == in_row[0].kind == "percent":
            continue  # "Cost-to-income ratio: 32.3% (2023: 33.7%)": a ratio's earlier figure too
        earlier = _earlier_period(text, before, quantity, period)
        noun = before.group("noun") or ""
        own_name = name_from_label(noun) if noun.strip() else None
        earlier_name = own_name or name
        if earlier is None or earlier_name in ("revenue_growth", "cloud_revenue_growth"):
            continue
        value = -abs(quantity.value) if earlier_name == "loss" else quantity.value
        earlier_name = "profit" if earlier_name == "loss" else earlier_name
        figures.append(LineFigure(quantity, earlier_name, value, quantity.unit, start, end, earlier))
    return figures


# "Rs 6,982 crore (Rs 5,444 crore)", "3.37 per cent (3.29 per cent)", "(vs SAR 9.8 million)": the bracket
# holds one figure only, or that figure and the change to the row's figure.
_OPEN_BRACKET = re.compile(r"\s*\(\s*(?:about|approximately|approx\.?|c\.|vs\.?|versus)?\s*")
# The bracket may say whose year its figure is: "(68% a year earlier)", "(90% in the first half of 2024)",
# and end with the row's change: "(Rs 5,444 crore, +28%)".
_RATE_IN_BRACKET = r"[,;]\s*[+\-−–]?\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s*"
_CLOSE_BRACKET = re.compile(
    r"\s*(?:,?\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?(?:the\s+)?(?:previous|prior|last)\s+year|"
    r"in\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)|first\s+nine\s+months)\s+of\s+"
    rf"(?:fiscal\s+)?(?:19|20)\d\d|in\s+(?:19|20)\d\d)\s*)?(?:{_RATE_IN_BRACKET})?\)",
    re.IGNORECASE,
)
YEAR_EARLIER_BRACKET_EXAMPLES = (
    ("Recurring revenue: 73% of total revenue (68% a year earlier)", 68.0),
    ("Recurring revenue: 91% of the total (90% in the first half of 2025)", 90.0),
    ("Net sales: EUR 12.4 million (EUR 11.0 million a year earlier)", 11.0e6),
    ("Operating profit: SAR 71.5 million (vs SAR 12.4 million)", 12.4e6),
    ("Revenue from operations: Rs 512.3 crore (Rs 448.0 crore, +14.4%)", 448.0e7),
)


def bare_bracket(text: str, first: Quantity, quantity: Quantity) -> bool:
    """Whether ``quantity`` stands alone in a bracket right after the row's figure, in its unit."""
    opening = _SHARE_OPEN_BRACKET if first.kind == "percent" else _OPEN_BRACKET
    return (
        quantity.unit == first.unit
        and opening.fullmatch(text, first.end, quantity.start) is not None
        and _CLOSE_BRACKET.match(text, quantity.end) is not None
    )


# A share's whole may stand between it and its bracket: "73% of total revenue (68%)".
_SHARE_OPEN_BRACKET = re.compile(rf"(?:\s+of\s+[\w -]{{1,30}}?)?{_OPEN_BRACKET.pattern}")


# "NOK 2,914 million (2,104)", "76.2% (80.4)": the bracket's bare number is in the row figure's unit
# and scale (the Nordic and Swiss habit of writing last year's figure bare). A year is no figure.
_PLAIN_NUMBER = re.compile(r"[-−–]?\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?|[-−–]?\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
PLAIN_BRACKET_EXAMPLES = (
    ("Insurance revenue: NOK 10,123 million (9,347)", 9347e6, "NOK"),
    ("Combined ratio: 76.2% (80.4)", 80.4, "percent"),
    ("Net sales: SEK 4,115 million (3,962), EBIT margin 7.2% (7.5)", 3962e6, "SEK"),
    ("Active customers: 3.4 million (3.3)", 3.3e6, "count"),
)


def plain_bracket(text: str, first: Quantity, quantity: Quantity) -> float | None:
    """The value of a bare number alone in a bracket right after the row's money or percentage, in
    that figure's unit and scale; None when the bracket holds anything else."""
    # a scaled count takes a bare prior in its scale too ("3.4 million (3.3)" customers)
    scaled_count = first.kind == "count" and first.scale is not None
    if first.kind not in ("money", "percent") and not scaled_count:
        return None
    if quantity.kind != "count" or quantity.scale is not None:
        return None
    if not _PLAIN_NUMBER.fullmatch(quantity.text) or _YEAR.fullmatch(quantity.text):
        return None
    if _OPEN_BRACKET.fullmatch(text, first.end, quantity.start) is None:
        return None
    if _CLOSE_BRACKET.match(text, quantity.end) is None:
        return None
    if first.kind == "percent":
        return quantity.value
    written = _PLAIN_NUMBER.search(first.text)
    number = float(re.sub(r"[^\d.]", "", written.group())) if written else 0.0
    if not number:
        return None
    return quantity.value * abs(first.value) / number


def _earlier_period(
    text: str, before: re.Match[str], quantity: Quantity, period: P.PeriodMention | None
) -> P.PeriodMention | None:
    """ "(2023: ...)" names its year; "from R223.5 billion in 2023" names it after the figure."""
    if before.group("bracket"):
        # "(previous year: ...)" names no year of its own: left undated rather than guessed.
        return _own_period(before.group("when"), before.start("when"))
    after = text[quantity.end : quantity.end + 40]
    found = _own_period(after, quantity.end)
    if found is not None and _EARLIER_PERIOD_GAP.fullmatch(after, 0, found.start - quantity.end):
        return found
    return None


def _own_period(cell: str, offset: int) -> P.PeriodMention | None:
    found = [
        m
        for m in period_mentions(cell)
        if m.role == "period" and (m.year is not None or m.end_day is not None)
    ]
    if not found:
        return None
    mention = found[0]
    # "H1 2024/25": a half of a year that spans two calendar years is the fiscal year's own half
    fiscal = mention.fiscal or bool(_SPLIT_YEAR.search(mention.text))
    return replace(mention, start=mention.start + offset, end=mention.end + offset, fiscal=fiscal)


_SPLIT_YEAR = re.compile(r"(?:19|20)\d\d\s?[/-]\s?\d\d(?!\d)")


# A label naming a percentage measure: "Operating margin", "Net retention rate", "Revenue growth".
_RATIO_LABEL = re.compile(r"\b(?:margin|rate|ratio|growth|share|retention|yield|return)\b", re.IGNORECASE)
# A heading over forecasts: its label lines are targets, not results.
_OUTLOOK_HEADING = re.compile(r"\b(?:guidance|outlook|forecasts?|targets?)\b", re.IGNORECASE)


def _under_outlook(text: str, line_start: int) -> bool:
    """Whether the nearest heading above a label line (the last line not itself a label line) is an
    outlook's ("GUIDANCE", "Fiscal 2026 Outlook")."""
    above = text[max(0, line_start - 600) : line_start].splitlines()
    for line in reversed(above):
        if line.strip() and not _LABEL_LINE.match(line):
            return bool(_OUTLOOK_HEADING.search(line)) and len(line) < 80 and not line.rstrip().endswith(".")
    return False


_NARROWING_HEADING = next(cue.pattern for cue in C.SCOPE_IN_CLAUSE if cue.name == "constant currency")


_LIST_ROWS = 16  # rows of a list under one caption
_CAPTION_YEAR = re.compile(r"(?<![\w/-])(?:19|20)\d\d(?![\w/-])")


def _caption_year(text: str, line_start: int) -> P.PeriodMention | None:
    """The period of the caption over a list where the article's own reading would miss it: its one
    year when no period phrase states it ("Key figures (consolidated, 2024):"), its period outside a
    legend of the bracketed figures ("Key figures for FY25 (FY24 in brackets):")."""
    segment = max(0, line_start - 1200)
    lines = [(segment + m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[segment:line_start])]
    for start, line in reversed(lines[-_LIST_ROWS:]):
        if not line.strip() or _LABEL_LINE.match(line):
            continue  # the list's rows above this one
        if not line.rstrip().endswith(":"):
            return None
        mentions = [m for m in period_mentions(line) if m.role == "period" and m.explicit]
        legend = _BRACKETS_LEGEND.search(line)
        if legend and any(legend.start() <= m.start < legend.end() for m in mentions):
            # "Key figures for FY25 (FY24 in brackets):", "Revenue (FY2025, with FY2024 in brackets):": the
            # period the legend's "in brackets" follows is the comparison's, any other the list's own
            said = legend.start() + legend.group().lower().find("bracket")
            bracketed = max((m for m in mentions if legend.start() <= m.start < said), key=lambda m: m.start)
            own = [m for m in mentions if m is not bracketed]
            return replace(own[0], start=own[0].start + start, end=own[0].end + start) if own else None
        years = list(_CAPTION_YEAR.finditer(line))
        if len({y.group() for y in years}) != 1 or period_mentions(line):
            return None  # "Key figures for 2024:": the period phrase dates the list already
        return _own_period(f"in {years[0].group()}", start + years[0].start() - 3)
    return None


# "(FY24 in brackets)", "(prior year in parentheses)": a caption's legend for the bracketed figures.
_BRACKETS_LEGEND = re.compile(r"\([^()]*\b(?:in\s+(?:brackets|parenthes[ie]s)|bracketed)\b[^()]*\)", re.I)


def _heading_name(text: str, line_start: int, period_row: bool = True) -> str | None:
    """The metric a list of rows is about, named in a line above it: "Revenue by quarter" over period
    rows; "Revenue by market" over rows naming markets, each a part of it (`other`)."""
    above = text[max(0, line_start - 1200) : line_start].splitlines()
    for line in reversed(above[-_LIST_ROWS:]):  # past the list's rows above this one
        if line.strip() and not _LABEL_LINE.match(line):
            name = name_from_label(line, scoped=False)
            # "Revenue growth at constant exchange rates by quarter": every row is of that narrower scope
            narrower = _NARROWING_HEADING.search(line) or (not period_row and _BY_PART.search(line))
            return "other" if name and narrower else name
    return None


# "Revenue by market", "Sales by division": a heading over rows that each name a part of the measure.
_BY_PART = re.compile(
    r"\b(?:by|per)\s+(?:markets?|regions?|segments?|divisions?|business(?:es)?|countr(?:y|ies)|geograph\w*|"
    r"products?|units?|brands?|sectors?|channels?|categor(?:y|ies)|subsidiar(?:y|ies))\b",
    re.IGNORECASE,
)


def _tables(
    text: str, quantities: list[Quantity], known_units: frozenset[str] = frozenset()
) -> list[LineFigure]:
    """Rows of a table whose header row names periods (each figure dated by its column) or measures
    (each figure named by its column)."""
    figures: list[LineFigure] = []
    header: _Header | None = None
    dollar, yen, marks = bare_dollar_currency(text), bare_yen_currency(text), mark_currencies(text)
    placed = StartIndex(quantities, lambda q: (q.start, q.end))
    position = 0
    parent: tuple[int, str] | None = None  # indent and measure of the last row naming one
    spans: list[str] | None = None  # a row of spans ("Three months ended | Six months ended") just read
    group: tuple[int, str] | None = None  # indent and name of a part's heading inside the table
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if not line.strip():
            continue  # rendered tables may leave blank lines between rows
        cells = _cells(line, start)
        if len(cells) < 2 and _GROUP_HEADING.fullmatch(line):
            continue  # "Revenue:" over its parts' rows: a heading inside the table, which goes on
        if len(cells) < 2 and (heading := _part_heading(line, header)) is not None:
            group = heading  # "Public Cloud" over its indented rows: the table goes on
            continue
        if (scaled := _scale_row_under(header, line, dollar, yen, marks)) is not None:
            # "($ millions, except per share)" or "(Rs mn) | (Rs mn)" under the periods: the rows' scale
            header = scaled
            continue
        if len(cells) < 2:
            header = parent = group = None
            # "Three Months Ended July 31," alone over "2025 | 2024": one span with its day over every column
            spans = [line.strip()] if _SPAN_WITH_DAY.fullmatch(line) else None
            continue
        # Cells lie inside their line: the line's own figures stand for all (scanning all per line
        # was lines x figures).
        in_line = placed.starting(start, start + len(line))
        if not _has_quantity(in_line, start, start + len(line)):
            scale = _caption_scale(text[max(0, start - 200) : start + len(line)], dollar, yen, marks)
            # A second table under the same caption ("Year Ended ..." after "Three Months Ended ...").
            scale = scale or (header.scale if header is not None else None)
            counts = _has_quantity(in_line, start, start + len(line), "count")
            read = _read_header(cells, scale, counts, spans)
            if read is not None and read.periods is not None:
                parts = _rows_are_parts(text, start, cells[0][0])
                read = replace(
                    read,
                    caption_measure=_caption_measure(text, start),
                    caption_parts=parts,
                    caption_day=_caption_dates_a_day(text, start),
                )
            spans = [cell for cell, _ in cells] if all(_SPAN_ONLY.fullmatch(c) for c, _ in cells) else None
            if read is not None or header is None:
                known = {"marks": tuple(marks.items()), "dollar": dollar}
                header = replace(read, **known) if read is not None else None
                continue
        if header is None:
            continue
        if header.periods is not None:
            indent = len(line) - len(line.lstrip())
            own = name_from_label(cells[0][0])
            # "Net sales" over an indented "  Mexico": a part of the measure above, a segment's figure
            under = parent[1] if parent is not None and own is None and indent > parent[0] else None
            if own is not None:
                parent = (indent, "profit" if own == "loss" else own)
            unit = split_unit_label(cells[0][0], known_units)
            if unit is None and header.caption_parts:
                # "Results by division" over "Optical Solution revenue": the caption makes it a part
                parted = split_unit_label(cells[0][0], known_units, parts_table=True)
                unit = parted if parted is not None and _part_and_measure(*parted) else None
            if unit is not None:
                # "Retail revenue | 4.1 | 3.9" of a unit the article names: the unit's revenue
                measured = [(unit[1], cells[0][1] + len(cells[0][0]) - len(unit[1])), *cells[1:]]
                rows = _table_row(measured, header, in_line, start, start + len(line), under)
                rows = [replace(row, unit_name=unit[0]) for row in rows]
            else:
                rows = _table_row(cells, header, in_line, start, start + len(line), under)
            group = group if group is not None and indent > group[0] else None
            part = {"unit_row": True, "label": group[1]} if group is not None else {}
            day = header.caption_day
            figures += [replace(row, corner=header.corner, on_a_day=day, **part) for row in rows]
        else:
            figures += _measure_row(cells, header, in_line, start, start + len(line))
    return figures


def _part_and_measure(unit: str, measure: str) -> bool:
    """Whether a row label split as (unit, measure) names a part, then a measure of money: "Optical
    Solution revenue" is; "Net sales", "Gross profit", "EBITDA margin" are one measure's words."""
    words = {w for w in re.split(r"[\s&]+", unit.lower()) if w}
    if words & _NEUTRAL_MODIFIERS or name_from_label(unit) is not None or _RATIO_LABEL.search(measure):
        return False
    return name_from_label(measure) in ("revenue", "profit", "loss")


# A part's name alone on a line inside a table dated by its columns ("Public Cloud" over indented
# "  Revenue   $447.9   $449.6"): the rows indented under it are that part's (its owner, when the part is
# an organization; else the company's narrower figure).
_PART_HEADING = re.compile(r"[ \t]*[A-Z][\w&'’.-]*(?:[ \t][\w&'’.-]+){0,3}[ \t]*")
PART_HEADING_EXAMPLES = ("Public Cloud", "Enterprise Solutions", "Asia Pacific")


def _part_heading(line: str, header: _Header | None) -> tuple[int, str] | None:
    """(indent, name) of a part's heading inside a table of periods; None for any other line."""
    if header is None or header.periods is None or re.search(r"\d", line):
        return None
    if not _PART_HEADING.fullmatch(line):
        return None
    if name_from_label(line.strip()) is not None:
        return None  # "Revenue" alone: a measure's heading, not a part's
    return len(line) - len(line.lstrip()), line.strip()


# A short line ending in a colon inside a table ("Revenue:", "Operating expenses:"): a group heading.
_GROUP_HEADING = re.compile(r"[ \t]*[A-Za-z][\w&/,'’() -]{0,50}:[ \t]*")


_CAPTION_LINES = 3  # a table's caption stands right above its header (a blank line or a unit between)


# The corner cell of a table whose rows are the company's parts: "Division (EUR million)", "Segment".
_PART_CORNER = re.compile(
    r"(?:by\s+)?(?:segments?|divisions?|business(?:es|\s+units?)?|operating\s+segments?|units?)\b[^|]{0,30}",
    re.IGNORECASE,
)
PART_ROWS_EXAMPLES = (
    ("Revenue by division\n\n", "Division (EUR million)"),
    ("Sales by segment:\n", "EUR m"),
)


def _rows_are_parts(text: str, header_start: int, corner: str) -> bool:
    """Whether the caption over a table ("Revenue by division") or its corner ("Division (EUR m)") says
    each row names a part of the company."""
    if _PART_CORNER.fullmatch(corner.strip()):
        return True
    above = text[max(0, header_start - 300) : header_start].splitlines()[-_CAPTION_LINES:]
    caption = next((line.strip() for line in reversed(above) if line.strip()), "")
    return len(caption) <= 80 and not caption.endswith(".") and _BY_PART.search(caption) is not None


def _caption_measure(text: str, header_start: int) -> str | None:
    """The measure the caption over a table names ("Revenue by region (GBP m):", "Table: Gross revenue
    by region"), read by its head noun: a heading, not a sentence."""
    above = text[max(0, header_start - 300) : header_start].splitlines()[-_CAPTION_LINES:]
    for line in reversed(above):
        caption = line.strip().removeprefix("Table:").strip()
        if not caption:
            continue
        if len(caption) > 80 or caption.endswith("."):
            return None
        name = name_from_label(caption, scoped=False)
        return "profit" if name == "loss" else name
    return None


def _caption_dates_a_day(text: str, header_start: int) -> bool:
    """Whether the caption over a table names the day its columns are taken on and no span."""
    above = text[max(0, header_start - 300) : header_start].splitlines()[-_CAPTION_LINES:]
    for line in reversed(above):
        caption = line.strip()
        if caption:
            return len(caption) <= 80 and not caption.endswith(".") and C.caption_on_a_day(caption)
    return False


@dataclass(frozen=True)
class _Header:
    """A table's header row: the period of each column, else the measure each column names."""

    periods: list[P.PeriodMention | None] | None
    measures: list[str | None]
    scale: tuple[str, float] | None
    corner: tuple[int, int] | None = None  # span of the header's first cell
    corner_measure: str | None = None  # "Sales ($m) | FY24 | FY23": the measure of rows naming units
    changes: list[bool] | None = None  # columns of changes ("Change", "YoY (%)"), by position
    texts: tuple[str, ...] = ()  # the header's cells as written
    caption_measure: str | None = None  # the measure the line above names ("Revenue by region (GBP m):")
    # The caption or the corner says the rows are parts ("Revenue by division", "Division (EUR m)"):
    # a row naming no measure is a part's figure of the caption's measure.
    caption_parts: bool = False
    caption_day: bool = False  # the caption dates the columns by a day ("ARR, SEK million, 30 September")
    # "Year ended | Year ended" and no days: the period the text above states, then the year before
    undated: bool = False
    # What a rupee's or shilling's mark means in this article (quantities.mark_currencies): a row's own
    # "(Rs bn)" under a caption naming no currency is the article's rupee, not always India's.
    marks: tuple[tuple[str, str | None], ...] = ()
    dollar: str = "USD"  # what a bare "$" means in this article (quantities.bare_dollar_currency)


def _read_header(
    cells: list[tuple[str, int]], scale: tuple[str, float] | None, has_counts: bool,
    spans: list[str] | None = None,
) -> _Header | None:
    """The header a row without money or percentages may be: periods, else (without any number) measures."""
    periods = _header_periods(cells, spans)
    if any(p is not None for p in periods[1:]):
        first, first_start = cells[0]
        changes = [periods[i] is None and bool(_CHANGE_COLUMN.search(c)) for i, (c, _) in enumerate(cells)]
        measure = name_from_label(first, scoped=False) if periods[0] is None else None
        texts = tuple(c for c, _ in cells)
        return _Header(periods, [], scale, (first_start, first_start + len(first)), measure, changes, texts)
    if has_counts:
        return None
    if all(_SPAN_ONLY.fullmatch(cell) for cell, _ in cells):
        # spans over days on the next row, or the same span twice with no days ("Year ended | Year
        # ended"): this year's column, then last year's; never a row of measures
        same = len(cells) == 2 and cells[0][0].lower() == cells[1][0].lower()
        return _Header([None, None], [], scale, undated=True) if same else None
    if any(_signed_cell(cell, 0) or _NOT_MEANINGFUL.fullmatch(cell) for cell, _ in cells[1:]):
        # "EBITDA | -1.2 | -2.8 | n.m.": a row of negatives (the text's reader leaves a bare signed
        # number alone) and a change not meaningful; a header of measures holds neither
        return None
    measures = [_measure_name(cell) for cell, _ in cells]
    for index in range(2, len(measures)):
        if measures[index] == "%other" and measures[index - 1] and not name_from_label(cells[index][0]):
            # "Net sales | Change": a bare change column is the change of the measure to its left.
            measures[index] = "%" + _growth_name(measures[index - 1].lstrip("%"))
    if any(m is not None for m in measures[1:]) and not any(_own_period(c, 0) for c, _ in cells):
        return _Header(None, measures, scale)
    return None


# "Change in EBT", "Growth (%)", "% change": a column of changes of a measure.
_CHANGE_COLUMN = re.compile(r"\b(?:change|growth|chg)\b|%", re.IGNORECASE)
# A column header that names a measure the cue tables may not know ("EBT", "Bookings"): a short
# label of letters; a column of money under it is `other`.
_MEASURE_LABEL = re.compile(r"[^\W\d_][\w&/.,'’() -]{0,40}")


def _measure_name(cell: str) -> str | None:
    """What a header cell's column measures: a change ("revenue_growth", else "other" in percent) or an
    amount ("revenue", "profit", else "other"); None for a cell that names no measure."""
    if not _MEASURE_LABEL.fullmatch(cell):
        return None
    name = name_from_label(cell)
    if _CHANGE_COLUMN.search(cell):
        return "%" + (_growth_name(name) if name else "other")
    return "profit" if name == "loss" else name or "other"


def _measure_row(
    cells: list[tuple[str, int]], header: _Header, quantities: list[Quantity], start: int, end: int
) -> list[LineFigure]:
    """A unit's row of a table of measures: each figure named by its column, the unit's by its label."""
    figures = []
    measures = header.measures
    for column, (cell, cell_start) in enumerate(reversed(cells[1:]), start=1):
        if column >= len(measures) or measures[-column] is None:
            continue
        measure = measures[-column] or ""
        in_cell = [q for q in quantities if cell_start <= q.start < cell_start + len(cell)]
        if not in_cell:
            continue
        quantity = in_cell[0]
        read: tuple[str, float, str] | None = None  # name, value, unit
        if measure.startswith("%"):
            read = (measure[1:], quantity.value, "percent") if quantity.kind == "percent" else None
        elif quantity.kind == "money":
            read = (measure, quantity.value, quantity.unit)
        elif quantity.kind == "count" and header.scale is not None:
            sign = -1.0 if cell.startswith("(") else 1.0
            read = (measure, sign * abs(quantity.value) * header.scale[1], header.scale[0])
        if read is not None:
            figures.append(LineFigure(quantity, *read, start, end, None, unit_row=True, label=cells[0][0]))
    return figures


# "Three months ended | Sept 30, 2023 | Sept 30, 2022": the first cell says what span each date closes.
_SPAN_CAPTION = re.compile(r"\b(?:three|six|nine|twelve)\s+months\s+ended|\b(?:quarter|year)\s+ended", re.I)
# A header cell that is a span and nothing else ("Three months ended", "Year Ended"): a row of them
# captions the row of days below it, each over its share of the columns.
_SPAN_ONLY = re.compile(rf"\s*(?:{_SPAN_CAPTION.pattern})\s*", re.I)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
# "Three Months Ended July 31,": a span and the day (not the year) it closes on, captioning the years below.
_SPAN_WITH_DAY = re.compile(
    rf"\s*(?:{_SPAN_CAPTION.pattern})\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}},?\s*",
    re.I,
)
# "Apr-Jun 2025", "Jul 2024 - Jun 2025", "January-September 2025": a column of the months it spans.
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_RANGE = re.compile(
    rf"(?P<m1>{_MONTH_NAME})\s*(?P<y1>(?:19|20)\d\d)?\s*(?:-|–|—|to)\s*(?P<m2>{_MONTH_NAME})\s*(?P<y2>(?:19|20)\d\d)",
    re.I,
)
_SPAN_WORDS = {3: "three months", 6: "six months", 9: "nine months", 12: "year"}
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a February span ends on the 28th or 29th
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip


# Header cells and the span each is read as (the first with a row of spans above it).
HEADER_PERIOD_EXAMPLES = (
    ("Apr-Jun 2025", None, "three months ended June 30, 2025"),
    ("Jul 2024-Jun 2025", None, "year ended June 30, 2025"),
    ("January - June 2025", None, "six months ended June 30, 2025"),
    ("Oct 2024-Jun 2025", None, "nine months ended June 30, 2025"),
    ("Sep 30, 2025", "Six months ended", "Six months ended Sep 30, 2025"),
    ("Dec. 31, 2024", "Year ended", "Year ended Dec. 31, 2024"),
)


def _month_range_period(cell: str, offset: int) -> P.PeriodMention | None:
    """A header cell naming the months it spans ("Apr-Jun 2025"): the quarter, half, nine months or year
    that ends with its last month, read as "three months ended June 30, 2025"."""
    found = _MONTH_RANGE.fullmatch(cell.strip())
    if found is None:
        return None
    first, last = P.MONTHS.get(found["m1"][:3].lower()), P.MONTHS.get(found["m2"][:3].lower())
    if first is None or last is None:
        return None
    end_year = int(found["y2"])
    start_year = int(found["y1"]) if found["y1"] else end_year - (1 if first > last else 0)
    months = (end_year * 12 + last) - (start_year * 12 + first) + 1
    if months not in _SPAN_WORDS:
        return None
    day = _MONTH_DAYS[last - 1] if last != 2 else (29 if end_year % 4 == 0 else 28)
    phrase = f"{_SPAN_WORDS[months]} ended {_MONTH_NAMES[last - 1]} {day}, {end_year}"
    mention = _own_period(phrase, 0)
    return replace(mention, start=offset, end=offset + len(cell)) if mention is not None else None


# "Current Year Quarter 30 Jun 2025", "Half-year 31 Dec 2024": a span and the day it closes on, without
# "ended" (Malaysian and Singaporean filings' headers).
_SPAN_DAY = re.compile(
    rf"(?:^|\s)(?P<span>quarter|half[- ]?year|(?:three|six|nine|twelve)\s+months|financial\s+year|year)\s+"
    rf"(?P<day>\d{{1,2}}\s+{_MONTH_NAME}\s+(?:19|20)\d\d|{_MONTH_NAME}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\s*$",
    re.I,
)
SPAN_DAY_EXAMPLES = (
    ("Current Year Quarter 30 Jun 2025", "quarter ended 30 Jun 2025"),
    ("Preceding Year Corresponding Quarter 30 Jun 2024", "quarter ended 30 Jun 2024"),
    ("Financial year 31 March 2025", "year ended 31 March 2025"),
)


def _span_day_period(cell: str, offset: int) -> P.PeriodMention | None:
    """A header cell naming a span and its closing day without "ended": read as "<span> ended <day>"."""
    found = _SPAN_DAY.search(cell.strip())
    if found is None:
        return None
    span = "half year" if found["span"].lower().startswith("half") else found["span"].split()[-1]
    span = found["span"] if "months" in found["span"].lower() else span
    mention = _own_period(f"{span} ended {found['day']}", 0)
    return replace(mention, start=offset, end=offset + len(cell)) if mention is not None else None


# "4Q FY25E", "2026E", "FY26 (est.)": a column of estimates, not results.
_ESTIMATE_COLUMN = re.compile(
    r".*\d[eE]|.*\b(?:est\.?|estimated?|forecast|consensus|guidance|outlook|target)\b.*", re.IGNORECASE
)


def _spans_over(cells: list[tuple[str, int]], spans: list[str] | None) -> list[str | None]:
    """The caption over each cell of a header of days, from the row of spans above it ("Three months
    ended | Six months ended" over four days): each span over an equal share of the columns, in order."""
    if not spans or len(cells) % len(spans):
        return [None] * len(cells)
    share = len(cells) // len(spans)
    return [spans[index // share] for index in range(len(cells))]


# A column of a span the periods reader dates by no year of its own ("9M 2025", "Jan-Sep 2025" beside
# "Q3 2025 | Q3 2024"): its figures are the table's (a cumulative span, undated), not a column to skip.
CUMULATIVE_COLUMN_EXAMPLES = ("9M 2025", "9M25", "Nine months 2025")


def _cumulative_column(cell: str, offset: int) -> P.PeriodMention | None:
    if _ESTIMATE_COLUMN.fullmatch(cell):
        return None
    found = [m for m in P.find_period_mentions(cell) if m.role == "period" and m.grain == "range"]
    if not found or len(cell.strip()) - len(found[0].text) > 5:
        return None  # the span is the whole cell, give or take its year
    return replace(found[0], start=found[0].start + offset, end=found[0].end + offset)


def _header_periods(
    cells: list[tuple[str, int]], spans: list[str] | None = None
) -> list[P.PeriodMention | None]:
    periods = [
        None if _ESTIMATE_COLUMN.fullmatch(cell)
        else _own_period(cell, at) or _month_range_period(cell, at) or _span_day_period(cell, at)
        for cell, at in cells
    ]
    if any(p is not None for p in periods[1:]):
        paired = zip(periods, cells, strict=True)
        periods = [p if p is not None else _cumulative_column(cell, at) for p, (cell, at) in paired]
    caption = _SPAN_CAPTION.search(cells[0][0])
    if caption is None:
        # "Sep 30, 2025 | Sep 30, 2024" under "Three months ended | Six months ended"
        over = _spans_over(cells, spans)
        for index, ((cell, cell_start), span) in enumerate(zip(cells, over, strict=True)):
            # a bare year under a span with its day ("Three Months Ended July 31," over "2025") is that span
            open_cell = periods[index] is None or _BARE_YEAR.fullmatch(cell.strip()) is not None
            spanned = _own_period(f"{span} {cell}", 0) if span and open_cell else None
            if spanned is not None and spanned.end_day is not None:
                periods[index] = replace(spanned, start=cell_start, end=cell_start + len(cell))
        return periods
    for index, (cell, cell_start) in enumerate(cells[1:], start=1):
        # "Three Months Ended June 30, | 2025": the caption's day closes each column's year; without a
        # day ("Three months ended | Sept 30, 2023") the cell names it.
        whole = _own_period(f"{cells[0][0]} {cell}", 0)
        spanned = whole if whole is not None and whole.end_day else None
        spanned = spanned or _own_period(f"{caption.group()} {cell}", 0)
        if spanned is not None and (periods[index] is None or spanned.end_day):
            periods[index] = replace(spanned, start=cell_start, end=cell_start + len(cell))
    return periods


def _table_row(
    cells: list[tuple[str, int]], table: _Header, quantities: list[Quantity], start: int, end: int,
    parent: str | None = None,
) -> list[LineFigure]:
    header = table.periods or []
    name = name_from_label(cells[0][0])
    if name is None and (counted := _count_row_name(cells[0][0])) is not None:
        return _table_count_row(cells, table, quantities, counted, start, end)
    percent_row = "%" in cells[0][0]  # "EBIT margin (%) | 15.6 | 15.9": plain numbers are percentages
    total = _TOTAL_ROW.fullmatch(cells[0][0]) is not None
    part_measure = table.caption_measure if table.caption_parts and not total else None
    # A part's row whose label reads like a count or a list ("Financial Markets") is kept only when it
    # names an organization (the owner reader decides): a segment no one names is no figure of ours.
    needs_owner = name is None and part_measure is not None and not _other_measure(cells[0][0])
    unit_row = name is None and (table.corner_measure or parent or part_measure) is not None
    if unit_row:
        # "Sales ($m) | FY24 | FY23" over "Smiggle | 330.9 | 339.7": the row names a unit, the corner
        # the measure; an indented row under a measure's row ("Net sales" over "  Mexico") likewise.
        name = parent or table.corner_measure or part_measure
    elif name is None and percent_row:
        name = "other"  # "Net interest margin (%)", "Gross NPA (%)": a ratio the cue tables do not name
    elif name is None and table.caption_measure and _TOTAL_ROW.fullmatch(cells[0][0]):
        name = table.caption_measure  # "Total" under "Revenue by region (GBP m):": the whole revenue
    elif name is None and _other_measure(cells[0][0]):
        # "Free cash flow | -35.4 | -61.0": an amount the cue tables do not name; "APAC" under "Revenue
        # by region": a part of the caption's measure, narrower than the company's
        name = "other"
    if name is None:
        return []
    row_scale = _row_scale(cells[0][0], table.scale, dict(table.marks), table.dollar)
    scale = row_scale or table.scale
    if scale is not None and row_scale is None and _PER_SHARE.search(cells[0][0]):
        scale = (scale[0], 1.0)  # "(in thousands, except per share data)": a per-share row is in units
    figures = []
    if not _CHANGE_LIKE.search(cells[-1][0]):  # a row ending in "+7.9%" has its change cell
        header = _without_missing_changes(header, table.changes or [], len(cells) - 1)
    # Header and row may differ by a leading empty cell: align from the right.
    for column, (cell, cell_start) in enumerate(reversed(cells[1:]), start=1):
        if column > len(header) or (header[-column] is None and not table.undated):
            continue
        in_cell = [q for q in quantities if cell_start <= q.start < cell_start + len(cell)]
        in_cell = in_cell or _signed_cell(cell, cell_start)
        if in_cell and percent_row and in_cell[0].kind in ("count", "percent"):
            percent_name = _percent_name(cells[0][0], name)
            figures.append(LineFigure(in_cell[0], percent_name, in_cell[0].value, "percent", start, end,
                                      header[-column]))  # fmt: skip
        elif in_cell and in_cell[0].kind == "percent":
            # "Gross margin | 62.7% | 60.0%": a ratio (or the growth a change label names) of the column
            ratio, value = _percent_name(cells[0][0], name), in_cell[0].value
            figures.append(LineFigure(in_cell[0], ratio, value, "percent", start, end, header[-column]))
        elif in_cell and in_cell[0].kind == "money" and (scale is None or in_cell[0].scale):
            figures += _row_figures("", in_cell[:1], name, start, end, header[-column])
        elif in_cell and in_cell[0].kind in ("count", "money") and scale is not None:
            # "$ 615,375" under "(in thousands)": the cell's mark names the currency, the caption the scale.
            currency = in_cell[0].unit if in_cell[0].kind == "money" else scale[0]
            sign = -1.0 if name == "loss" or cell.startswith("(") or _MINUS.match(cell) else 1.0
            # "66 480": thousands set apart by a space, one number (as in a count row)
            spaced = _SPACED_THOUSANDS.fullmatch(cell) is not None
            number = float(cell.replace(" ", "")) if spaced else abs(in_cell[0].value)
            value = sign * number * scale[1]
            if value == 0:
                continue  # "Dividend per share | 0.00 | 0.00": nothing declared, no figure
            figures.append(LineFigure(in_cell[0], "profit" if name == "loss" else name, value, currency,
                                      start, end, header[-column]))  # fmt: skip
    if table.undated:
        # "Year ended | Year ended" without days: the period above, then the year before it
        figures = [replace(f, year_earlier=True) if f.quantity.start >= cells[-1][1] else f for f in figures]
    figures += _change_cells(cells, table, quantities, name, start, end)
    if not unit_row:
        return figures
    figures = _named_by_column(cells, table, figures)
    return [replace(figure, unit_row=True, label=cells[0][0], needs_owner=needs_owner) for figure in figures]


COLUMN_MEASURE_EXAMPLE = (
    "The company's divisions each report their own earnings:\n\n"
    "Division (A$m) | 1H FY26 revenue | 1H FY25 revenue | 1H FY26 EBITDA\n"
    "Velor Data | 63.1 | 58.4 | 40.2\n"
)


def _named_by_column(
    cells: list[tuple[str, int]], table: _Header, figures: list[LineFigure]
) -> list[LineFigure]:
    """A unit's amounts under columns that each name their measure ("1H FY26 revenue | 1H FY26 EBITDA")
    are named by their column, not by the caption's measure over the rows ("each report their earnings")."""
    named = []
    for figure in figures:
        column = next((len(cells) - i for i, (cell, start) in enumerate(cells)
                       if start <= figure.quantity.start < start + len(cell)), 0)
        heading = table.texts[-column] if 0 < column <= len(table.texts) else ""
        measure = name_from_label(heading) if heading and figure.unit != "percent" else None
        if measure is not None:
            figure = replace(figure, name="profit" if measure == "loss" else measure)
        named.append(figure)
    return named


# The scale a count row's label states: "Average daily active users (m)", "Paying subscribers (thousand)".
_COUNT_SCALE = re.compile(r"\(\s*(?P<scale>m|mn|million|millions|k|thousands?|'?000s?|bn|billion)\s*\)", re.I)
_COUNT_FACTORS = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "k": 1e3, "thousand": 1e3,
                  "thousands": 1e3, "000": 1e3, "'000": 1e3, "000s": 1e3, "'000s": 1e3, "bn": 1e9,
                  "billion": 1e9}  # fmt: skip


def _count_row_name(label: str) -> str | None:
    """What a table row counting the company's users, customers or other things is ("Paying
    subscribers (thousand)", "Employees"): by its noun, the bracketed scale set aside."""
    head = _COUNT_QUALIFIER.sub("", _COUNT_DAY.sub("", _BRACKETED.sub(" ", label).strip())).strip()
    noun = _COUNT_LABEL.search(head)
    if noun is not None:
        return "users" if noun.group("users") else "customers"
    return C.count_label_name(head)


def _table_count_row(
    cells: list[tuple[str, int]], table: _Header, quantities: list[Quantity], name: str, start: int, end: int
) -> list[LineFigure]:
    """A count row of a table dated by its columns: each plain number, times the label's scale."""
    header = table.periods or []
    scale = _COUNT_SCALE.search(cells[0][0])
    factor = _COUNT_FACTORS[scale["scale"].lower()] if scale else 1.0
    figures = []
    for column, (cell, cell_start) in enumerate(reversed(cells[1:]), start=1):
        if column > len(header) or header[-column] is None:
            continue
        in_cell = [q for q in quantities if cell_start <= q.start < cell_start + len(cell)]
        if in_cell and in_cell[0].kind == "count":
            # "8 840": thousands set apart by a space, one number though the text's reader saw two
            spaced = _SPACED_THOUSANDS.fullmatch(cell)
            value = (float(cell.replace(" ", "")) if spaced else in_cell[0].value) * factor
            figures.append(LineFigure(in_cell[0], name, value, "count", start, end, header[-column]))
    return figures


_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")


# A row label that names an amount of its own ("Free cash flow", "EMEA" under "Revenue by region"), not
# a count of things ("Employees", "Stores"), which a money caption's scale must not turn into money.
_AMOUNT_LABEL = re.compile(r"[A-Za-z][A-Za-z&/,'’() -]{1,60}")
# The row that sums the others: the measure the table's caption names ("Revenue by region" over "Total").
_TOTAL_ROW = re.compile(r"(?:group\s+)?total(?:\s+group)?", re.IGNORECASE)


def _other_measure(label: str) -> bool:
    """Whether a row the cue tables do not name is an amount the company reports (`other`)."""
    head = _BRACKETED.sub(" ", label).strip()
    if _AMOUNT_LABEL.fullmatch(head) is not None and _row_scale(label) is not None:
        # "Gross rents (EUR million)", "Royalties (MSEK)": the label states its own currency, so the row
        # is money whatever its head noun; a row of things counted names no currency
        return True
    # "Deposits", "Perpetual and services", "Provision for income taxes": a plural that names money,
    # not things counted
    plural = _PLURAL_HEAD.search(head)
    return (
        _AMOUNT_LABEL.fullmatch(label.strip()) is not None
        and C.count_label_name(head) is None
        and (plural is None or _AMOUNT_PLURAL.fullmatch(plural.group()) is not None)
        and _COUNT_LABEL.search(head) is None
    )


_AMOUNT_PLURAL = re.compile(
    r"(?:services|fees|charges|commissions|taxes|assets|deposits|loans|advances|expenses|costs|reserves|"
    r"provisions|premiums|receivables|payables|borrowings|liabilities|proceeds|earnings|sales)",
    re.IGNORECASE,
)
AMOUNT_PLURAL_ROW_EXAMPLES = ("Perpetual and services", "Provision for income taxes", "Customer deposits")
OWN_CURRENCY_ROW_EXAMPLES = ("Gross rents (EUR million)", "Licence fees received (MSEK)", "Tolls (A$m)")


# A cell that is a signed plain number ("-35.4", "−1,204"): the text's reader leaves a minus before a
# bare number alone (a dash in prose), a table's cell holds nothing else.
_SIGNED_CELL = re.compile(r"[-−–]\s?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)")
_MINUS = re.compile(r"\s*[-−–]\s?\d")


def _signed_cell(cell: str, cell_start: int) -> list[Quantity]:
    """The number of a cell holding only a signed plain number, as a count (the caption scales it)."""
    found = _SIGNED_CELL.fullmatch(cell)
    if found is None:
        return []
    value = -float(found["num"].replace(",", ""))
    return [Quantity("count", value, "count", None, cell, cell_start, cell_start + len(cell))]


# A cell saying a change is not meaningful or not available ("n.m.", "n/a", "nm") stands where a
# change would: written once, read by the row reader and the header reader.
NOT_MEANINGFUL_EXAMPLES = ("n.m.", "n/m", "nm", "n/a", "n.a.")
_NOT_MEANINGFUL = re.compile(r"\bn[/.]?[ma]\b\.?", re.IGNORECASE)
_CHANGE_LIKE = re.compile(rf"%|^\s*[-+−–]|\bpp\b|{_NOT_MEANINGFUL.pattern}", re.IGNORECASE)


def _without_missing_changes(
    header: list[P.PeriodMention | None], changes: list[bool], values: int
) -> list[P.PeriodMention | None]:
    """The header's columns a row of ``values`` figures fills: a row leaving its change cells empty
    ("Net income per share | 78.12 | 61.38" under "Fiscal 2024 | Fiscal 2023 | Change") fills the
    period columns, not the last ones."""
    trimmed = list(header)
    corner = 1 if header and header[0] is None and not (changes and changes[0]) else 0  # a label's column
    while len(trimmed) - corner > values and len(changes) >= len(trimmed) and changes[len(trimmed) - 1]:
        trimmed.pop()
    return trimmed


def _change_cells(
    cells: list[tuple[str, int]], table: _Header, quantities: list[Quantity], name: str, start: int, end: int
) -> list[LineFigure]:
    """A row's cell under a change column ("FY2024 | FY2023 | Change" over "1,036.2 | 921.9 | +12.4%"):
    the growth of the row's measure over the table's first period."""
    changes, periods = table.changes or [], table.periods or []
    latest = next((p for p in periods if p is not None), None)
    figures = []
    for column, (cell, cell_start) in enumerate(reversed(cells[1:]), start=1):
        if column > len(changes) or not changes[-column]:
            continue
        in_cell = [q for q in quantities if cell_start <= q.start < cell_start + len(cell)]
        # "YoY (%) | 9.9": a plain number under a percent change column is a percentage.
        plain_percent = in_cell and in_cell[0].kind == "count" and "%" in table.texts[-column]
        if in_cell and (in_cell[0].kind == "percent" or plain_percent):
            # "(39%)": a change in brackets is a fall, as accounts write negatives
            down = _DOWN.match(cell) or cell.strip().startswith("(")
            value = -abs(in_cell[0].value) if down else in_cell[0].value
            # "FX-adjusted growth", "Organic change": a change with effects taken out, narrower (`other`)
            narrowed = column <= len(table.texts) and _NARROWING_HEADING.search(table.texts[-column])
            grown = "other" if narrowed else _growth_name(name)
            figures.append(LineFigure(in_cell[0], grown, value, "percent", start, end, latest))
    return figures


# "Diluted adjusted EPS (DKK)": a row label naming its currency alone, figures in units.
_LABEL_CURRENCY = re.compile(r"\((?P<code>[A-Z]{3})\)")


# A per-share row: its figures are in units of the currency whatever scale the table's caption states.
_PER_SHARE = re.compile(r"\b(?:EPS|DPS|per\s+(?:equity\s+|ordinary\s+|common\s+)?(?:share|ADS|unit))\b", re.I)
# "Adjusted EPS ($)", "Dividend (Rs)": a row label naming its currency mark alone, figures in units.
_LABEL_MARK = re.compile(r"\((?P<mark>[^\w\s()]{1,2}|[A-Za-z]{1,3}\$?|Rs\.?)\)")


_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"})
# Currencies one mark stands for ("Rs": the Indian, Pakistani, Sri Lankan ... rupee).
_SHARED_MARKS = [frozenset({default, *homes}) for default, homes in MARK_HOMES.values() if default]


def _row_scale(
    label: str, table: tuple[str, float] | None = None, marks: dict[str, str | None] | None = None,
    dollar: str = "USD",
) -> tuple[str, float] | None:
    """The unit a row's label states for its plain numbers ("Revenue (DKKm)" -> DKK millions), if any;
    a mark several countries share is the table's currency ("EPS (Rs.)" under a Pakistani caption), else
    the article's ("(Rs bn)" in a Karachi paper: ``marks``)."""
    stated = _row_unit(label, table, marks, dollar)
    if stated is not None and table is not None and any({stated[0], table[0]} <= f for f in _SHARED_MARKS):
        return (table[0], stated[1])
    return stated


# A label naming its own currency with the subunit ("EPS (US cents)"): read by table_scale as written.
_TABLE_SCALE_IN_LABEL = re.compile(r"\b[A-Z]{2,3}\s?cents\b|\bUS\s?cents\b")


def _row_unit(
    label: str, table: tuple[str, float] | None = None, marks: dict[str, str | None] | None = None,
    article_dollar: str = "USD",
) -> tuple[str, float] | None:
    # A bare "$" of a row is the table's dollar ("A$m" caption over "EPS ($)"), never its rupee or yen;
    # under a caption naming no currency, the dollar a bare "$" means in the article ("Revenue ($m)" in
    # a Sydney release is Australian).
    dollar = table[0] if table and table[0] in _DOLLARS else article_dollar
    if table is not None and table_subunit(label) == "cents" and not _TABLE_SCALE_IN_LABEL.search(label):
        # "Basic EPS (sen)" under "(RM'000)", "EPS (cents)" under "($m)": the table currency's hundredth
        return (table[0], 0.01)
    stated = table_scale(label, dollar, marks=marks)
    if stated is not None:
        return stated
    code = _LABEL_CURRENCY.search(label)
    if code and code.group("code") in CURRENCY_CODES:
        return (code.group("code"), 1.0)
    for bracket in _BRACKETED.finditer(label):
        # "Revenue (billion yen)", "(bn yen)": the unit written after the number.
        written = find_quantities("1 " + bracket.group().strip("() "))
        if len(written) == 1 and written[0].kind == "money" and written[0].scale:
            return (written[0].unit, written[0].value)
    mark = _LABEL_MARK.search(label)
    if mark and is_currency_mark(mark.group("mark")):
        # A bare "$" is the table's dollar (its caption's currency), else the mark's own currency.
        written = find_quantities(mark.group("mark") + "1")
        currency = written[0].unit if written and written[0].kind == "money" else None
        shared = table_scale(mark.group(), dollar, marks=marks) if marks else None
        if currency is not None and shared is not None and shared[1] == 1.0:
            currency = shared[0]  # "EPS (Rs)": the article's rupee
        if mark.group("mark") == "$" and table is not None and table[0] in _DOLLARS:
            currency = table[0]
        return (currency, 1.0) if currency else None
    return None


# "(in thousands, except per share data)", "(in millions)": a caption stating the scale, not the
# currency; each cell's own mark ("$ 615,375") or the article's dollar names that.
_SCALE_OF = re.compile(r"(?<!\bin\s)\b(?:thousands|millions|billions)\s+of\b", re.I)
# "(billion won)", "(million euros)": the scale, then the currency's word, no "in" or "of" between; not
# a figure's own scale ("5.7 trillion won" in the prose above a table)
_SCALE_BEFORE_WORD = re.compile(
    rf"(?<![\d.,])(?<![\d.,]\s)\b(?:thousand|million|billion|trillion)s?\s+(?=(?:{CAPTION_WORDS})\b)", re.I
)
SCALE_OF_CAPTION_EXAMPLES = (("(Millions of yen, rounded down)", ("JPY", 1e6)),
                             ("Thousands of U.S. dollars", ("USD", 1e3)),
                             ("(billion won) | Q3 2026 | Q2 2026", ("KRW", 1e9)),
                             ("Results (million euros) | 2025 | 2024", ("EUR", 1e6)))  # fmt: skip
_SCALE_ONLY_CAPTION = re.compile(r"\bin\s+(?P<scale>thousands|millions|billions)\b", re.I)
_CAPTION_FACTORS = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _caption_scale(
    caption: str, dollar: str, yen: str, marks: dict[str, str] | None = None
) -> tuple[str, float] | None:
    stated = table_scale(caption, dollar, yen, marks)
    if stated is None and (_SCALE_OF.search(caption) or _SCALE_BEFORE_WORD.search(caption)):
        # "(Millions of yen, ...)", "(billion won)": the scale first, without the "in" the quantity
        # reader waits for
        written = _SCALE_BEFORE_WORD.sub(r"in \g<0>", _SCALE_OF.sub(r"in \g<0>", caption))
        stated = table_scale(written, dollar, yen, marks)
    if stated is not None:
        return stated
    found = list(_SCALE_ONLY_CAPTION.finditer(caption))
    return (dollar, _CAPTION_FACTORS[found[-1].group("scale").lower()]) if found else None


# A line holding only a bracketed scale, "($ millions, except per share)", between a header and its rows.
_SCALE_ROW = re.compile(r"\(\s*[^()]{1,60}\)")
SCALE_ROW_UNDER_HEADER_EXAMPLE = (
    "Velorix reported its fourth quarter results.\n\n"
    "                      Q4 FY25     Q4 FY24\n"
    "  ($ millions, except per share)\n"
    "  Net sales           1,676.4     1,614.1\n"
)
SCALE_CELLS_UNDER_HEADER_EXAMPLE = (
    "Velorix reported its fourth quarter results.\n\n"
    "                      Q4 FY25     Q4 FY24\n"
    "                      (EUR m)     (EUR m)\n"
    "  Net sales             9,482       9,964\n"
)


def _scale_row_under(
    header: _Header | None, line: str, dollar: str, yen: str, marks: dict[str, str | None]
) -> _Header | None:
    """The header with the scale a bracketed line under it states, when the header had none: the
    table goes on under it (else the line, one cell, would end the table before its rows)."""
    if header is None or header.scale is not None or header.periods is None:
        return None
    # "(Rs mn)   (Rs mn)" under "9M FY26   9M FY25": each column's scale, the same for all
    scales = {cell for cell, _ in _cells(line, 0)} or {line.strip()}
    if len(scales) != 1 or not _SCALE_ROW.fullmatch(scales.pop()):
        return None
    scale = _caption_scale(line, dollar, yen, marks)
    return replace(header, scale=scale) if scale is not None else None


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    if "|" not in line and "\t" not in line and not re.search(r"\S {2,}\S", line):
        return []
    cells = []
    cursor = 0
    for part in _TABLE_CELL_SPLIT.split(line):
        at = line.find(part, cursor) if part else cursor
        cursor = at + len(part)
        if part.strip():
            cells.append((part.strip(), offset + at))
    return cells


def _has_quantity(
    quantities: list[Quantity], start: int, end: int, kinds: tuple[str, ...] = ("money", "percent")
) -> bool:
    return any(start <= q.start < end and q.kind in kinds for q in quantities)
