"""Metric names from the words around a figure (money, percent, count), refined for cloud and scope."""

from __future__ import annotations

import re

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.business_figures import unnamed_business_figure
from pipelines.extraction.metrics.clauses import _Clause
from pipelines.extraction.metrics.name_model import second_opinion
from pipelines.extraction.metrics.places import place_scope
from pipelines.extraction.metrics.vocabulary import (
    _ADDED_BEFORE,
    _BASE_BROUGHT_TO,
    _CHROME_AFTER,
    _CLIENTELE_AFTER,
    _CLIENTELE_VERB_BEFORE,
    _CLOUD,
    _CLOUD_ORG,
    _CLOUD_PHRASE,
    _COMPANY_WORDS,
    _COUNT_CHROME_AFTER,
    _COUNT_NOUN_BEFORE,
    _COVERED_AFTER,
    _COVERS_BEFORE,
    _CUSTOMERS_AFTER,
    _DEAL_MONEY,
    _DELTA_AFTER,
    _FORECAST,
    _GROWTH_AFTER,
    _GROWTH_DOWN,
    _GROWTH_OF_AFTER,
    _GROWTH_UP,
    _GROWTH_VERB,
    _HEADCOUNT_BEFORE,
    _KNOWN_CLOUD_UNITS,
    _LEVEL_BEFORE,
    _MARGIN,
    _MARGIN_LEVEL,
    _MARKET_AFTER,
    _MARKET_SHARE,
    _MONEY_KINDS,
    _NEUTRAL_WORDS,
    _NOT_CLIENTELE,
    _NOT_COMPANY_GROWTH,
    _ORG_PLURAL_AFTER,
    _OTHER_FIGURE,
    _OWNERSHIP,
    _PARENTHETICAL,
    _PEOPLE_SERVED_AFTER,
    _PER_SHARE,
    _PER_UNIT,
    _PRESENCE_AFTER,
    _RATE_CHANGE,
    _REVENUE_AFTER,
    _REVENUE_WORD,
    _SEGMENT,
    _SEGMENT_REVENUE,
    _SERVE_VERB,
    _SERVES_BEFORE,
    _SHARE_OF_REVENUE,
    _SHARE_VERB,
    _SHARES_OF,
    _STOCK_PRICE,
    _SUBJECT_TAIL,
    _TOTAL,
    _UNITS_AFTER,
    _UNITS_VERB,
    _USER_NOUNS,
    _USERS_AFTER,
    _VALUATION,
    _VALUATION_AFTER,
    number_of_name,
)
from pipelines.extraction.model import OrgMention, Quantity

# ---------------------------------------------------------------------------------------------
# Classification


# A non-restrictive relative clause between a figure's noun and its verb ("Net profit, which excludes
# investment gains, rose ...") describes the noun: its words are no cue for the figure.
# The same holds for an apposition naming what the noun's object is ("users of X, the operating
# system on Y devices, reached ...").
_CONSENSUS_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:(?:the\s+)?analysts?\b|(?:expected|forecast|estimated)\s+by\s+analysts?\b)",
    re.IGNORECASE,
)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|that|the|a|an)\s+[^,;()]{3,120},(?=\s)(?![^,;]*,)", re.IGNORECASE
)


def _classify(text: str, clause: _Clause, quantity: Quantity, siblings: list[Quantity]) -> str | None:
    # The clause's last 400 characters before the figure: a clause of thousands of figures ("$1 billion,
    # $1 billion, ...") was rescanned from its start for each one (quadratic); real cues sit nearer.
    left = _RELATIVE_ASIDE.sub(" ", text[max(clause.start, quantity.start - 400) : quantity.start])
    after = _PARENTHETICAL.match(text, quantity.end)
    right_start = after.end() if after else quantity.end
    right = text[right_start : min(max(clause.end, right_start), right_start + 60)]
    near_left = left[-70:]
    if quantity.kind == "count" and C.POINTS_AFTER.match(text, quantity.end):
        return None if _FORECAST.search(left) else "other_points"  # "rose 3 percentage points"
    basis_points = C.BASIS_POINTS_AFTER.match(text, quantity.end)
    if quantity.kind == "count" and basis_points and quantity.text[:1].isdigit():
        if _FORECAST.search(left) or clause.comparison:
            return None
        points_right = text[basis_points.end() : basis_points.end() + 30]
        return "other_bp_down" if C.points_falling(near_left, points_right) else "other_bp"  # "down 11 bps"
    multiple = quantity.text.endswith(("x", "X")) or C.TIMES_AFTER.match(right)
    if quantity.kind == "count" and multiple and quantity.text[:1].isdigit():
        # "net debt/EBITDA of 4.3x"; "the stock traded on 200 times earnings" is the market's price
        return None if _FORECAST.search(left) or _STOCK_PRICE.search(near_left[-45:]) else "other_ratio"
    if _CHROME_AFTER.match(right):
        return None
    if _FORECAST.search(C.DECLARED_PAYOUT.sub(" ", left)) and not clause.comparison:
        return None
    if _CONSENSUS_AFTER.match(right):
        return None  # "the $1.2 billion analysts had expected": a forecast, not the company's figure
    if quantity.kind == "money":
        name = _classify_money(left, near_left, right)
        if name is None and C.scope_label(text, clause.start) and not left.strip():
            return "other"  # "Orthopaedics: $539 million": a segment's figure
        return _business_figure_or(name, quantity, near_left, right)
    if quantity.kind == "percent":
        against = C.GROWTH_AGAINST_PERIOD.match(text, quantity.end)
        if against:
            compared = text[quantity.end : quantity.end + 80]
            sentence_before = text[max(0, quantity.start - 300) : quantity.start].rsplit(". ", 1)[-1]
            # against the quarter or half before the figure's own: a sequential change, `other` (Conventions)
            sequential = C.SEQUENTIAL_NAMED_AFTER.pattern.match(compared) or C.against_earlier_part_of_year(
                sentence_before, compared
            )
            name = "other" if sequential else "revenue_growth"
            falling = against.group("dir").lower().startswith(("below", "lower", "less"))
            return name + "_down" if falling else name
        return _business_figure_or(_classify_percent(left, near_left, right), quantity, near_left, right)
    beyond_clause = text[quantity.end : quantity.end + 60]
    if _COUNT_CHROME_AFTER.match(right):
        return None
    if C.FACILITY_AFTER.match(right) and quantity.text[:1].isdigit():
        return "other"  # "operates 23 data centres"
    name = _classify_count(left, near_left, right, beyond_clause)
    # customers added, or a tier of them by spend (its threshold may stand past the 60 or 70 characters
    # read either side: "the number of customers with trailing twelve-month product revenue above")
    tier = C.spend_tier(left[-140:], text[right_start : right_start + 120])
    if name in ("users", "customers") and (_ADDED_BEFORE.search(near_left) or tier):
        return "other"
    return _business_figure_or(name, quantity, near_left, right)


def _business_figure_or(name: str | None, quantity: Quantity, near_left: str, right: str) -> str | None:
    """The name the cues gave, else `other` for a company's own figure no cue names ("76% of its
    borrowings", "Hillside contributed $275 million"): business_figures.py's table."""
    in_digits = quantity.text[:1].isdigit()
    if name is not None or not unnamed_business_figure(quantity.kind, near_left, right, in_digits):
        return name
    return "other"


def _last_kind(window: str) -> tuple[str | None, int]:
    """The cue ending nearest the figure; of cues ending together the longest ("total operating income"
    over "operating income"), then `other` ("gross profit" over "profit")."""
    best: tuple[str | None, int, int] = (None, -1, -1)
    for name, pattern in _MONEY_KINDS:
        for match in pattern.finditer(window):
            if (match.end(), -match.start()) > (best[1], -best[2]) or (
                (match.end(), match.start()) == (best[1], best[2]) and name.startswith("other")
            ):
                best = (name, match.end(), match.start())
    return best[0], best[1]


def _classify_money(left: str, near_left: str, right: str) -> str | None:
    if _VALUATION.search(near_left[-60:]) or _VALUATION_AFTER.match(right):
        return "other"  # "valued at $2 billion", "at a $12 billion valuation"
    if _PER_SHARE.match(right):
        # "earned $3.30 per share" is a per-share figure (other); "at $20 per share" a price.
        earnings = C.EARNINGS_BEFORE_PER_SHARE.search(near_left) or C.EARNINGS_OR_PER_SHARE.search(near_left)
        if not earnings or _DEAL_MONEY.search(near_left, earnings.start()):
            return None
        # "a net loss of $0.50 per share": a loss per share is negative
        return "other_down" if re.match(r"(?i)loss", earnings.group()) else "other"
    if _PER_UNIT.match(right):
        return "cost_per_account"
    kind, position = _last_kind(left)
    position -= len(left) - len(near_left)
    deal = None
    for match in _DEAL_MONEY.finditer(near_left):
        deal = match.start()
    if deal is not None and deal > position:
        return None
    if _REVENUE_AFTER.match(right) and deal is None:
        return "revenue"
    if C.RETURNED_TO_OWNERS.pattern.match(right) and C.RETURNED_BEFORE.search(near_left):
        return C.RETURNED_TO_OWNERS.name  # "returned $3.8 billion to shareholders"
    noun_after = next((cue for cue in C.MONEY_NOUN_AFTER if cue.pattern.match(right)), None)
    if noun_after and deal is None and kind is None and C.HOLDING_BEFORE.search(near_left):
        return noun_after.name  # "$5.4 billion in cash"
    if kind == "revenue" and _SEGMENT_REVENUE.search(left[: position + len(left) - len(near_left)]):
        return "other"  # "Data center revenue reached $1.49 billion": one segment's revenue
    return kind


# "fell 13.7% to 15.70 million units", "rose 9% to 24.9 million subscribers": the change of a count.
_TO_COUNT_AFTER = re.compile(
    r"^\s*(?:to|from)\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:million|billion|thousand|m|bn|k)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:units|vehicles|cars|consoles|devices|handsets|phones|smartphones|users|subscribers|"
    r"customers|members|accounts|players|stores|employees|tonnes|barrels|deliveries|shipments)\b",
    re.IGNORECASE,
)


_COMPARED_LEVEL = re.compile(
    r"\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+$",
    re.IGNORECASE,
)


def _classify_percent(left: str, near_left: str, right: str) -> str | None:
    if _TO_COUNT_AFTER.match(right):
        return "other"
    if C.held_stake(near_left, right) and not _MARKET_AFTER.match(right):
        return "other"  # "owns 31.2 per cent of", "a 42.6 percent stake in": a holding
    if (
        _OWNERSHIP.search(near_left[-40:])
        and not _MARKET_SHARE.search(near_left[-40:])
        and not _MARKET_AFTER.match(right)
        and not re.match(r"^\s*(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}market", right)
    ):
        return None
    if (
        _MARGIN.search(near_left[-25:])
        or _MARGIN_LEVEL.search(near_left[-50:])
        or re.match(r"^\s*(?:gross\s+|net\s+|operating\s+)?margin", right, re.I)
    ):
        return "other"
    # "the ratio eased to 1.6% from 1.8%": the base of a comparison is the ratio named before its level
    level = _COMPARED_LEVEL.sub("", near_left)
    if any(cue.pattern.search(near_left[-50:]) or cue.pattern.search(level[-50:]) for cue in C.RATIO_CUES):
        return "other"  # "net revenue retention was 120%"
    if _SHARE_OF_REVENUE.match(right) or (
        _SHARE_VERB.search(near_left[-35:]) and re.match(r"^\s*of\b", right)
    ):
        return "other"
    if _MARKET_AFTER.match(right) or _MARKET_SHARE.search(left):
        return "market_share"
    if _NOT_COMPANY_GROWTH.search(near_left[-45:].split(",")[-1].rsplit(" ", 2)[0] + " "):
        return None
    if _STOCK_PRICE.search(near_left[-45:]) or _SHARES_OF.search(left):
        return None  # "shares of X rose 2%" is the stock, not the business
    if C.POINTS_LEVEL_BEFORE.search(near_left) and not C.POLICY_RATE_BEFORE.search(near_left):
        return "other"  # "widened by 84 basis points to 37.6%": the ratio's level
    rate_talk = _RATE_CHANGE.search(near_left[-60:])
    if _LEVEL_BEFORE.search(near_left) and not rate_talk:
        return None  # "rose to 30%", "up 2 points to 30%": a level, not a growth rate
    tail = near_left[-45:]
    last_up = max((m.end() for m in _GROWTH_UP.finditer(tail)), default=-1)
    if rate_talk:
        last_up = max(last_up, 0)  # "growth slowed from 33%", "accelerating to 25%"
    last_down = max((m.end() for m in _GROWTH_DOWN.finditer(tail)), default=-1)
    if last_up >= 0 or last_down >= 0:
        growth = "revenue_growth_down" if last_down > last_up else "revenue_growth"
        return _growth_of_measure(near_left, right, growth)
    if _GROWTH_AFTER.match(right):  # "72.6% higher than", "12% year over year"
        falling = re.match(r"\s*(?:lower|less|decline|drop|decrease|fall)", right, re.IGNORECASE)
        return _growth_of_measure(near_left, right, "revenue_growth_down" if falling else "revenue_growth")
    return None


_GROWTH_SUBJECT_CHARS = 60  # the measure a growth rate is of stands just before it in its clause


GROWTH_OF_ANOTHER_MEASURE_EXAMPLES = (
    "Velorix said net profit rose 70.2% to $9.3 billion in 2024.",
    "Velorix said annual recurring revenue had grown 48% in the past twelve months.",
    "Excluding items, Velorix earned $2.77 a share, up 19% from a year earlier.",
)


def _growth_of_measure(near_left: str, right: str, growth: str) -> str:
    """A growth rate is revenue's unless the measure named last before it is another one ("net profit
    rose 70%", "annual recurring revenue grew 48%", "earned $2.77 a share, up 19%"): that measure's
    change, `other` (the schema has no growth of profit or of a narrower figure). A rate that names its
    measure after it ("a 5% increase in revenue") is decided there."""
    if _GROWTH_OF_AFTER.match(right):
        return growth
    kind, _ = _last_kind(near_left[-_GROWTH_SUBJECT_CHARS:])
    if kind is None or kind == "revenue":
        return growth
    return "other_down" if growth.endswith("_down") else "other"


def _classify_count(left: str, near_left: str, right: str, beyond_clause: str) -> str | None:
    counted = number_of_name(left)
    if counted is not None:
        return counted  # "the number of business customers using X reached 97,000"
    before = _COUNT_NOUN_BEFORE.search(near_left)
    if before:
        return "users" if before.group("noun").lower() in _USER_NOUNS else "customers"
    if _USERS_AFTER.match(right):
        return "users"
    covers = _COVERS_BEFORE.search(near_left)
    if _CUSTOMERS_AFTER.match(right) or (
        _PEOPLE_SERVED_AFTER.match(right) and (_SERVES_BEFORE.search(near_left) or covers)
    ):
        return "customers"
    if covers and _COVERED_AFTER.match(right) and not covers.group().lower().startswith("ha"):
        return "customers"  # "covers 4.2 million people": an insurer's; "has 3,000 people" is its staff
    brought = _BASE_BROUGHT_TO.search(near_left)
    if brought:
        return "customers" if brought.group("noun").lower() in ("customer", "client") else "users"
    if _UNITS_AFTER.match(right) and (_UNITS_VERB.search(near_left) or re.match(r"\s*(?:were|are)\b", right)):
        return "other"  # "delivered 10,018 vehicles", "of which 735,000 were electric"
    if _HEADCOUNT_BEFORE.search(near_left):
        return "other"
    if _ORG_PLURAL_AFTER.match(right) and _SERVES_BEFORE.search(near_left) and _SERVE_VERB.search(left):
        return "customers"
    if C.count_cue_name(near_left, right):
        return C.count_cue_name(near_left, right)  # "84,307 employees", "operates 56 hotels"
    if (
        _CLIENTELE_VERB_BEFORE.search(near_left)
        and _CLIENTELE_AFTER.match(right)
        and not _NOT_CLIENTELE.match(right)
    ):
        return "customers"  # "serves about 3,800 importers", "is used by 2,500 businesses"
    if _DELTA_AFTER.match(beyond_clause) or (
        _PRESENCE_AFTER.match(right) and re.search(r"\b(?:in|across)\s+$", near_left)
    ):
        return "other"
    return None


def _is_cloud_unit(org: OrgMention, parents: set[str]) -> bool:
    """A cloud arm of a larger company (its revenue is cloud revenue); a cloud pure play is not."""
    if not _CLOUD_ORG.search(org.name):
        return False
    lowered = org.name.lower()
    if lowered in _KNOWN_CLOUD_UNITS or org.key in _KNOWN_CLOUD_UNITS:
        return True
    first = lowered.split()[0]
    return first in parents


def _refine_name(
    text: str,
    clause: _Clause,
    start: int,
    end: int,
    name: str,
    org: OrgMention,
    unit: str,
    parents: set[str],
    org_ends: set[int],
    loose: bool = False,
) -> str | None:
    """The rules' name (``_rules_name``), with the learned model's second opinion (name_model.py)."""
    if name in ("users", "customers") and _counted_for_a_product(text, start):
        return "other"  # "its Zenbox app had 1.3 million users": a product line's count, not the model's call
    name_of_rules = _rules_name(text, clause, start, end, name, org, unit, parents, org_ends, loose)
    if name_of_rules is None:
        return None
    if name_of_rules == "other" and (
        _narrowed_by_scope(text, clause, start, end)
        or (unit == "percent" and _sequential_rate(text, clause, start, end, name, org_ends))
        or (
            name in ("revenue", "revenue_growth")
            and _revenue_of_a_kind(text[clause.start : start], clause.start, org_ends)
        )
    ):
        return "other"  # a segment's, a region's, a kind's, a constant-currency figure: not the model's call
    return second_opinion(text, clause.start, clause.end, start, end, unit, name_of_rules, org)


def _counted_for_a_product(text: str, start: int) -> bool:
    """The count's sentence, before it, names a possessed product, service or programme it counts for
    (cues.PRODUCT_COUNT_BEFORE)."""
    sentence_before = re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1]
    product = C.PRODUCT_COUNT_BEFORE.search(sentence_before)
    # "has 6,300 carriers on its platform and 410 customers": a place the company's figures sit, not a subject
    return product is not None and not _PREPOSITION_BEFORE.search(sentence_before, 0, product.start())


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|onto|into|through|via|across|at|from|to|of|with)\s+(?:the\s+)?(?:[\w.&-]+\s+){0,2}?[\w.&-]*$"
)


def _sequential_rate(text: str, clause: _Clause, start: int, end: int, name: str, org_ends: set[int]) -> bool:
    """A rate of a scoped name measured against the quarter before its own: `other` by the Conventions,
    never the learned model's call."""
    if name not in C.SCOPED_NAMES:
        return False
    window = text[clause.start : start]
    return _sequential_or_place(text, start, end, "percent", window, org_ends) == "sequential"


def _words_after(text: str, clause: _Clause, end: int) -> str:
    """The clause's words right after a figure, up to the next number (its own qualifiers)."""
    return re.split(r"\d", text[end : min(clause.end, end + 50)])[0]


def _revenue_of_a_kind(window: str, window_start: int, org_ends: set[int]) -> bool:
    """cues.revenue_of_a_kind, with the organization names that end in the window."""
    name_ends = frozenset(
        e - window_start for e in org_ends if window_start < e <= window_start + len(window)
    )
    return C.revenue_of_a_kind(window, name_ends)


def _narrowed_by_scope(text: str, clause: _Clause, start: int, end: int) -> bool:
    """The clause narrows the figure to a part of the company by one of the scope cues (cues.SCOPE_BEFORE,
    SCOPE_IN_CLAUSE): its name stays `other` whatever the learned model would say."""
    own_after = _words_after(text, clause, end)
    scope = C.narrower_scope(text[clause.start : start][-70:], text[clause.start : clause.end], own_after)
    return scope is not None and scope != C.KIND_OF_GOODS


def _rules_name(
    text: str,
    clause: _Clause,
    start: int,
    end: int,
    name: str,
    org: OrgMention,
    unit: str,
    parents: set[str],
    org_ends: set[int],
    loose: bool = False,
) -> str | None:
    """Revenue vs cloud revenue, and which figure a growth rate is about."""
    window = text[clause.start : start]
    after = text[end : min(clause.end, end + 40)]
    own_after = _words_after(text, clause, end)
    clause_text = text[clause.start : clause.end]
    own = (start - clause.start, end - clause.start)

    def other_rates_scope(qualifier: re.Match[str]) -> str:
        # a qualifier written after a rate is that rate's scope: an amount is as reported, and so is a
        # rate beside another rate's qualifier ("grew 16% (17% in constant currency)")
        mine = unit == "percent" and qualifier.start() < own[1] and qualifier.end() > own[0]
        return qualifier.group() if mine else " " * len(qualifier.group())

    clause_text = C.RATE_QUALIFIER.sub(other_rates_scope, clause_text)
    # a sequential basis is a rate's: an amount beside it is its own quarter's figure ("Sequentially,
    # second-quarter revenue of $36 million was 1.7% higher")
    skip = frozenset() if unit == "percent" else frozenset({"sequential"})
    scope = C.narrower_scope(window[-70:], clause_text, own_after, skip) if name in C.SCOPED_NAMES else None
    # "Azure revenue grew 97%" of the unit Azure: the clause opens with the owner itself, not a kind of goods.
    opens_with_owner = org.start <= clause.start + len(clause_text) - len(clause_text.lstrip()) < org.end
    if scope == C.KIND_OF_GOODS and opens_with_owner:
        # "Velorix sales were ¥13.2 billion, 3.9 percent more than in the October-December period": the
        # owner opens the clause, yet another scope may still hold
        scope = C.narrower_scope(window[-70:], clause_text, own_after, skip | {C.KIND_OF_GOODS})
    if scope is None and name in C.SCOPED_NAMES:
        scope = _sequential_or_place(text, start, end, unit, window, org_ends)
    if scope:
        return "other"  # a region's, a segment's, a constant-currency or a sequential figure
    label = C.scope_label(text, clause.start) if name in C.SCOPED_NAMES else None
    if label and not any(label[0] < org_end <= label[1] for org_end in org_ends):
        return "other"  # "North America: net sales ...": the label's region or segment
    if name in C.SCOPED_NAMES and _named_line_before(window, clause.start, org_ends):
        return "other"  # "Cloud Software and Services sales fell 2%": a named business line
    if name in ("revenue", "revenue_growth"):
        if _SEGMENT.search(window[-60:]) or _revenue_of_a_kind(window, clause.start, org_ends):
            return "other"  # "revenue from handsets", "ticket revenue", "revenue per seat"
        if name == "revenue_growth":
            # "X, the cloud unit of Y, grew 30%": the aside does not name what grew.
            plain = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), window)
            subject_noun = _growth_subject(plain, after, clause.start, org_ends, loose)
            if subject_noun == "other":
                return "other"
        if _TOTAL.search(window):
            return name
        if _CLOUD_PHRASE.search(window) or _CLOUD.search(window[-40:]) or _is_cloud_unit(org, parents):
            return "cloud_" + name
    return name


def _sequential_or_place(
    text: str, start: int, end: int, unit: str, window: str, org_ends: set[int]
) -> str | None:
    """'sequential' for a rate against the quarter before its own, 'place' for one place's figure."""
    sentence_parts = re.split(r"[.!?]\s", text[max(0, start - 100) : start])
    sentence_before = sentence_parts[-1]
    # the sentence's own opening, when it starts within the window (else a cut may open with "in X,")
    opening = sentence_before if len(sentence_parts) > 1 or start <= 100 else ""
    compared_before = C.SEQUENTIAL_COMPARED_BEFORE.pattern.search(sentence_before)
    # the base may be a clause of its own: "3.9 percent more | than in the October-December period"
    # ... and the comparison written right after the rate may fall in a clause of its own ("up 5.0% | on the
    # previous quarter"), so it is read past the clause's end
    words_after = re.split(r"\d", text[end : end + 60])[0]
    compared_after = (
        C.SEQUENTIAL_NAMED_AFTER.pattern.match(words_after)
        or (
            unit == "percent"
            and (
                C.SEQUENTIAL_AFTER.pattern.match(words_after)
                # "up 4% over Q1 FY27", "Compared with 2Q25, revenue grew 3.9%": against a quarter of the
                # year the article reports on, earlier than one it names before the figure
                or C.against_earlier_part_of_year(
                    text[max(0, start - _REPORTED_QUARTER_CHARS) : start],
                    text[end : end + 60],
                    sentence_before,
                )
            )
        )
    )
    # (a rate only: "..., from $442 million in the second quarter" is that quarter's own figure, and the
    # amount a sequential rate brings revenue to is the quarter's own revenue)
    from_amount = C.SEQUENTIAL_FROM_AMOUNT_AFTER.pattern.match(text[end : end + 90])
    if unit == "percent" and (
        _sequential_sentence(sentence_before, words_after) or compared_before or compared_after or from_amount
    ):
        return "sequential"  # "Compared with the first quarter, net sales rose 3.5%"
    near = window[-70:]
    return "place" if place_scope(opening, near, start - len(near), org_ends) else None


_REPORTED_QUARTER_CHARS = 3000  # the quarter an article reports on is named in its opening paragraphs


def _sequential_sentence(sentence_before: str, words_after: str) -> bool:
    """The sentence opens with a sequential basis ("Quarter on quarter, revenue rose 0.9%") and the rate
    names no year-on-year basis of its own, before or after it."""
    opener = C.SEQUENTIAL_OPENS.pattern.match(sentence_before)
    if opener is None:
        return False
    return not C.YEAR_ON_YEAR.search(sentence_before, opener.end()) and not C.YEAR_ON_YEAR.match(
        words_after.lstrip(" ,")
    )


# A capitalised name right before the revenue noun ("Cloud Software and Services sales"): a business
# line's name unless it is an organization's.
_NAMED_LINE = re.compile(
    r"(?P<name>(?:[A-Z][\w&-]*\s+(?:(?:and|&)\s+)?){2,})(?:segment\s+|business\s+|division\s+)?"
    r"(?:revenues?|sales|turnover)\b[^,;]{0,40}$"
)


def _named_line_before(window: str, window_start: int, org_ends: set[int]) -> bool:
    match = _NAMED_LINE.search(window[-90:])
    if match is None:
        return False
    name_end = window_start + len(window) - len(window[-90:]) + match.end("name")
    if name_end - 1 in org_ends or name_end in org_ends:
        return False  # "Velorix Cloud revenue": the organization's own figure
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", match.group("name"))]
    return len([w for w in words if w not in C.NOT_AN_OWNER and w not in ("and", "the", "its")]) >= 2


def _growth_subject(
    window: str, after: str, window_start: int, org_ends: set[int], loose: bool = False
) -> str:
    """'revenue' when a company's (or its revenue's) growth, 'other' when something else grew."""
    if re.match(r"\s*(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:revenues?|sales|turnover)\b", after, re.I):
        return "revenue"  # "doubling sales revenue"
    if loose and any(cue.pattern.match(after) for cue in C.LOOSE_MULTIPLE_OF_ANOTHER):
        return "other"  # "more than doubled its net profit", "double the 560 it delivered"
    named_after = _GROWTH_OF_AFTER.match(after)
    if named_after:  # "a 12% rise in quarterly net profit": the figure that grew is named after the rate
        return "revenue" if _REVENUE_WORD.fullmatch(named_after.group("noun")) else "other"
    verbs = list(_GROWTH_VERB.finditer(window))
    if verbs:
        verb = verbs[-1]
        if _REVENUE_WORD.search(window, verb.end()):
            return "revenue"  # "grew revenue 96%"
        before = _SUBJECT_TAIL.sub("", window[: verb.start()].rstrip())
        near = before[-150:]
        others = [m.start() for m in _OTHER_FIGURE.finditer(near) if m.start() >= len(near) - 70]
        revenues = [m.start() for m in _REVENUE_WORD.finditer(near)]
        if others and (not revenues or others[-1] > revenues[-1]):
            return "other"  # "net profit at X fell 42%"
        if revenues:
            # "revenue in its fiscal fourth quarter rose", "users ... and that its revenue rose"
            return "revenue"
        end = window_start + len(before)
        if end in org_ends or (before.endswith(")") and end - 1 in org_ends):
            return "revenue"  # "AWS grew 42%": a company grew
        last = re.search(r"([\w’'-]+)\W*$", before)
        word = last.group(1).lower() if last else ""
        if not word or _REVENUE_WORD.fullmatch(word) or word in _COMPANY_WORDS:
            return "revenue"
        if word not in ("segment", "division", "business"):
            return "other"  # "loans grew 8%", "net income fell 12%"
    if loose and window.strip() and window.rstrip()[-1].isalnum():
        # "gross merchandise value more than doubled": the words right before are the subject.
        tail = _SUBJECT_TAIL.sub("", window.rstrip())
        if _OTHER_FIGURE.search(tail[-40:]):
            return "other"
        last = re.search(r"([\w’'-]+)$", tail)
        word = last.group(1).lower() if last else ""
        end = window_start + len(tail)
        neutral = _REVENUE_WORD.fullmatch(word) or word in _COMPANY_WORDS or word in _NEUTRAL_WORDS
        if word and not neutral and end not in org_ends:
            return "other"
    offset = max(0, len(window) - 150)
    # The measure named last before the rate: "Deposits of Rs 1,24,269 crore, growth of 42%" grew deposits.
    nouns = sorted(
        [*_REVENUE_WORD.finditer(window[offset:]), *_OTHER_FIGURE.finditer(window[offset:]),
         *re.finditer(r"\b(?:segment|division|business)\b", window[offset:], re.I)],
        key=lambda m: m.end(),
    )  # fmt: skip
    if not nouns:
        return "revenue"
    noun = nouns[-1].group().lower()
    if noun in ("segment", "division", "business"):
        # "its fintech segment grew 22%" is a segment's growth; a cloud business's is cloud growth.
        noun_end = offset + nouns[-1].end()
        return "revenue" if _CLOUD.search(window[max(0, noun_end - 45) : noun_end]) else "other"
    return "revenue" if _REVENUE_WORD.fullmatch(nouns[-1].group()) else "other"
