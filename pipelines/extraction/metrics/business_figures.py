"""Figures no metric cue names that the gold records as `other`: a company's shares of its own totals,
its operating ratios, the money its units contributed, the money it raised, lent or spent buying back
its shares, its dividends per share, counts of its professional staff, an amount whose own measure noun
is the subject of its verb ("Client assets reached CHF 77.9 billion") and a count of what it runs,
reaches or works with ("now works with 13 lenders").

One table, ``UNNAMED_BUSINESS_FIGURE_CUES``, read only after every other naming cue found nothing (so
revenue, profit, growth, market share and the named ratios keep their own names), and only where the
forecast words of ``naming`` have not already dropped the figure. Owner and period are decided exactly
as for named metrics. Each cue's share of gold-annotated figures among the unnamed quantities of
blind10..73 that it matches is in its comment (annotated / matched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "about", "more than", "a total of": words between the cue and the number
_ABOUT = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|just\s+(?:over|under)|"
    r"a\s+total\s+of|below|above)\s+)?"
)


# Nouns of an amount a company reports that the cue tables leave unnamed (its income of a kind, the
# value it handled, its balances and spending): as a label ("Gross invoiced income: GBP 3.62 billion",
# lines.py) or as the subject of the amount's verb in prose ("Client assets reached CHF 77.9 billion").
AMOUNT_NOUNS = (
    r"income|value|volumes?|equivalents|premiums?|portfolio|assets|deposits|loans|advances|financing|"
    r"backlog|orders|order\s+intake|bookings|funding|capital|expenses|spend(?:ing)?|costs?|cash|debt|equity|"
    r"reserves|provisions?|result|monies|funds|GMV|AUM|ARR|ACV|TCV"
)

# Physical quantities and spans of time are no business figure (Conventions): "55 megawatts", "12 months".
_NOT_COUNTED_THINGS = (
    r"metres|meters|feet|megawatts|gigawatts|kilowatts|tonnes|tons|hectares|acres|barrels|kilometres|"
    r"kilometers|miles|litres|liters|hours|minutes|days|weeks|months|years|quarters|seasons|points|times|"
    r"percent|units"
)


@dataclass(frozen=True)
class BusinessFigureCue:
    kind: str  # the quantity's kind: money, percent or count
    before: re.Pattern[str] | None  # must end the words before the number (None: no condition)
    after: re.Pattern[str] | None  # must open the words after it (None: no condition)
    example: str  # a sentence (company "Velorix") where the cue names the figure `other`
    # a count in words ("operates two mills") is an announcement or a description more often than a
    # reported figure: the cue holds only for digits
    digits_only: bool = False
    unless: re.Pattern[str] | None = None  # words before the number that make it no figure of the company


def _cue(
    kind: str,
    before: str | None,
    after: str | None,
    example: str,
    digits_only: bool = False,
    unless: str | None = None,
) -> BusinessFigureCue:
    return BusinessFigureCue(
        kind,
        re.compile(before + _ABOUT + r"$", re.IGNORECASE) if before is not None else None,
        re.compile(after, re.IGNORECASE) if after is not None else None,
        example,
        digits_only,
        re.compile(unless, re.IGNORECASE) if unless is not None else None,
    )


# A price paid or a market's worth is no amount the company reports: "the deal's value was $500 million",
# "its market value rose to $3 billion".
_PRICE_VALUE = (
    r"\b(?:deal|transaction|market|enterprise|offer|takeover|acquisition|purchase|bid)(?:['’]s)?\s+value\b"
)


UNNAMED_BUSINESS_FIGURE_CUES: list[BusinessFigureCue] = [
    # A share of the company's own total (14/15): "96% of total", "76% of its borrowings".
    _cue(
        "percent",
        None,
        r"^\s*of\s+(?:its|our|their|total|the\s+total|the\s+group|group|the\s+(?:company|group|bank)['’]s)\b",
        "Velorix said 76% of its borrowings were on fixed rates in 2024.",
    ),
    # An operating ratio named before its level, words between (17/25 with margins, which other cues
    # already name): "Occupancy across the network stood at 77 per cent", "staff turnover fell to 16%".
    _cue(
        "percent",
        r"\b(?:occupancy|utili[sz]ation(?:\s+rate)?|load\s+factor|availability\s+rate|churn|attrition|"
        r"(?:staff\s+|employee\s+)?turnover|(?:aggregate\s+)?leverage|gearing)\b[^.;%\d]{0,45}?"
        r"\b(?:was|were|at|of|stood\s+at|reached|(?:rose|fell|eased|improved|climbed|dropped|held)\s+(?:to|at))\s+",
        None,
        "Occupancy across the Velorix hotel network stood at 77 per cent in 2024.",
    ),
    # Money a unit, region or holding brought the group (34/36 annotated, 21 of them `other`):
    # "Hillside Aluminium contributed US$275 million".
    _cue(
        "money",
        r"\bcontribut(?:ed|es)\s+",
        None,
        "Velorix said its Asian unit contributed $38.0 million in 2024.",
    ),
    # What a company has raised in all (10/10): "has raised $155 million in total", "brings the total
    # capital raised ... to more than $480 million".
    _cue(
        "money",
        r"\braised\s+",
        r"^\s*(?:in\s+total|in\s+all|to\s+date|so\s+far|since\b)",
        "Including the round, Velorix has raised $155 million in total.",
    ),
    _cue(
        "money",
        r"\btotal\s+(?:[\w-]+\s+){0,2}?raised\b[^.;]{0,60}?\bto\s+",
        None,
        "The round brings the total raised by Velorix to $480 million.",
    ),
    # A lender's disbursements and a company's buybacks in money (12/12): "it disbursed PHP 14 billion",
    # "repurchased $100 million of its own shares".
    _cue(
        "money",
        r"\b(?:disburs(?:ed|es)|originated|repurchased|bought\s+back)\s+",
        None,
        "Velorix disbursed PHP 14 billion in the year to June 2024.",
    ),
    # A dividend per share the board paid, declared or proposes (16/21; the 5 others are analysts'
    # estimates and plans the forecast words mostly drop): "The board proposed a final dividend of 1.4p".
    _cue(
        "money",
        r"\bdividends?\b(?![^.;\d]*\b(?:estimate|consensus|expect)s?\b)[^.;\d]{0,40}?\s",
        None,
        "The Velorix board proposed a final dividend of 1.4p per share for 2024.",
    ),
    # Counts of professional staff a company has or employs (12/20 over any verb; the 8 others are
    # people to be trained or kept, which the verbs here leave out): "with about 4,900 engineers".
    _cue(
        "count",
        r"\b(?:employ(?:s|ed)?|had|has|have|with|hired|adds|added|brings|brought|our|its)\s+",
        r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:engineers|specialists|professionals|consultants|doctors|"
        r"developers|colleagues)\b",
        "Velorix had 18,450 professionals at the end of September 2024.",
    ),
    # An amount whose measure noun is the subject of the verb that states it, a few words of period
    # between (27/28 on blind60..101): "Client assets reached CHF 77.9 billion", "Research and development
    # spending was Rs 312 crore", "Net new monies for the half amounted to CHF 4.3 billion".
    _cue(
        "money",
        rf"\b(?:{AMOUNT_NOUNS})\b(?:\s+(?:for|in|of|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
        r"(?:was|were|reached|amounted\s+to|stood\s+at|came\s+(?:in\s+)?(?:to|at)|totall?ed|"
        r"(?:rose|fell|grew|increased|decreased|improved|declined|dropped|climbed|jumped|eased)"
        r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent))?\s+to)\s+",
        None,
        "Velorix said client assets reached CHF 77.9 billion at the end of June.",
        unless=_PRICE_VALUE,
    ),
    # What a company runs, reaches, counts or works with, counted in digits before its plural noun
    # (31/34 on blind60..101): "operates 14 airports", "now works with 13 lenders", "passes 1.1 million
    # homes". Not after "to", "would", "will" (a plan: "to cover 150,000 workers"); what it serves has
    # the clientele rules (customers).
    _cue(
        "count",
        r"(?<!\bto\s)(?<!\bwould\s)(?<!\bwill\s)\b(?:counts|numbers?|numbered|reach(?:es|ed)?|"
        r"works\s+with|runs?|operates?|operated|manages?|managed|covers?|covered|passe[sd]|crossed)\s+",
        rf"^\s*(?:(?!of\b|in\b|at\b|a\b|the\b)(?-i:[a-z][\w-]*)\s+){{0,3}}?(?!(?:{_NOT_COUNTED_THINGS})\b)"
        r"(?-i:[a-z][\w-]*s)\b",
        "Velorix now works with 13 lenders in Brazil.",
        digits_only=True,
    ),
    # The level a count of the company's reached, after a verb of change or level and "to"/"at" (26/28
    # on blind60..109, ratios "1.6 times" and physical measures aside): "taking its network to 187",
    # "headcount ended the year at 11,800", "added 140 customers to reach 1,960"; "rose 37% to 248 billion
    # tenge" is money whose currency the reader missed.
    _cue(
        "count",
        r"\b(?:to\s+reach|reaching|(?:grew|grown|rose|risen|increased|climbed|jumped|expanded|cut|"
        r"taking|bringing|took|brought)\b[^.,;:]{0,50}?\bto|stood\s+at|stands\s+at|"
        r"ended\s+(?:the\s+)?(?:year|quarter|half|period|month)\s+at)\s+",
        # the count ends its phrase or names a plural thing: a unit word after it ("23.4 GW", "248 billion
        # tenge", a currency the reader left unread) makes it no count
        rf"^(?!\s*(?:[\w-]+\s+)?(?:{_NOT_COUNTED_THINGS}|square|cubic|TEUs?|x)\b)"
        r"(?:\s*(?:[,.;:)]|$)|\s+(?:at|in|on|by|from|as|and|after|with|during|for|last|this|a|the)\b|"
        r"\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]*s)\b)",
        "Velorix opened nine stores in 2024, taking its network to 187.",
        digits_only=True,
        unless=r"\b(?:market|industry|sector)\b",  # "industry shipments fell 3% to 9,000 units"
    ),
]


def unnamed_business_figure(kind: str, near_left: str, right: str, in_digits: bool = True) -> bool:
    """Whether a figure no other cue named is one of a company's own `other` figures (the table above);
    ``in_digits``: the figure is written in digits, not words."""
    for cue in UNNAMED_BUSINESS_FIGURE_CUES:
        if cue.kind != kind or (cue.digits_only and not in_digits):
            continue
        if cue.before is not None and not cue.before.search(near_left):
            continue
        if cue.unless is not None and cue.unless.search(near_left):
            continue
        if cue.after is not None and not cue.after.match(right):
            continue
        return True
    return False


# The earlier figure of a count's comparison, its period after it: "2,400 trucks are now on its platform,
# up from 1,650 a year ago" (20 of 22 such unnamed counts on blind60..109 are gold figures, mostly
# `other`). Read only when the sentence's own figure left it unnamed; ratios ("from 2.6 times") are not
# counts.
_EARLIER_COUNT_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling)\s+(?:[\d.]+\s*(?:%|per\s*cent)\s+)?from|\bagainst|\bcompared\s+with|"
    r"\d\s+from)\s+" + _ABOUT + r"$",
    re.IGNORECASE,
)
_EARLIER_COUNT_PERIOD_AFTER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:one|two|three)\s+years?\s+(?:earlier|ago|before)|"
    r"in\s+(?:the\s+)?(?:first|second|third|fourth|previous|prior|same|last)\b|in\s+(?-i:[A-Z][a-z]+\s+)?\d{4}\b|"
    r"at\s+the\s+end\s+of\b)",
    re.IGNORECASE,
)
EARLIER_COUNT_EXAMPLES = (
    "Velorix said 2,400 trucks are now on its platform, up from 1,650 a year ago.",
    "Velorix's distributor network grew to 214 from 160 a year earlier.",
    "Velorix signed 3,140 new memberships, up from 2,610 in the third quarter of 2025.",
)


def earlier_count_of_a_comparison(near_left: str, right: str, in_digits: bool) -> bool:
    """Whether a count is the earlier figure of a comparison, its period right after it."""
    return (
        in_digits
        and bool(_EARLIER_COUNT_BEFORE.search(near_left))
        and bool(_EARLIER_COUNT_PERIOD_AFTER.match(right))
    )
