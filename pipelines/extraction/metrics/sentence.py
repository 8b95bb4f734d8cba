"""One sentence: its view (read once), candidate figures, and the facts they become."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from typing import NamedTuple

from pipelines.extraction import periods as P
from pipelines.extraction.memo import period_mentions
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.brackets import year_earlier_value
from pipelines.extraction.metrics.business_figures import earlier_count_of_a_comparison
from pipelines.extraction.metrics.clauses import _Clause, _clause_of, _clauses
from pipelines.extraction.metrics.context import _Context
from pipelines.extraction.metrics.dating import _periods_for, heading_states_a_day, undated_level
from pipelines.extraction.metrics.fractions import fraction_figures, unchanged_figures
from pipelines.extraction.metrics.group_scope import group_owner
from pipelines.extraction.metrics.naming import _RELATIVE_ASIDE, _classify, _refine_name
from pipelines.extraction.metrics.owners import (
    _HAD_SHARE,
    _LISTED_AT,
    _POSSESSIVE_NUMBER,
    _SOURCE_BEFORE,
    _attribute,
    _bare_listed,
    _descriptors,
    _hint_owner,
    _named_unit,
    _sentence_subject,
    _topic,
    discourse_subject,
)
from pipelines.extraction.metrics.parsed_owner import parsed_owner
from pipelines.extraction.metrics.person_affiliations import person_affiliations
from pipelines.extraction.metrics.vocabulary import (
    _BULLET,
    _CLOUD_ORG,
    _CONVERSION,
    _FORECAST,
    _FRACTION_MARKET,
    _FRACTIONS,
    _GOVERNED_POSSESSIVE,
    _LOOSE_GROWTH,
    _MAX_EVIDENCE,
    _METRIC_WORD,
    _NAMED_SEGMENT_SUBJECT,
    _NOW_STRICT,
    _PER_SHARE,
    _SEGMENT_MENTION,
    _SEGMENT_PRONOUN,
    _SEGMENT_SUBJECT,
    _STOCK_METRICS,
    _STOCK_SUBJECT,
)
from pipelines.extraction.model import Evidence, MetricFact, OrgMention, Quantity
from pipelines.extraction.sentences import Sentence

# ---------------------------------------------------------------------------------------------
# One sentence


class _Candidate(NamedTuple):
    """A figure read from a sentence, before its owner and period are known."""

    start: int
    end: int
    name: str
    value: float
    unit: str
    quantity: Quantity | None  # None for a phrase figure ("doubled", "half the market")
    # Last year's figure in a bracket after this year's ("SEK 199.6 million (181.4)"): dated a year
    # before the figure it follows.
    year_earlier: bool = False


@dataclass
class _SentenceView:
    """One sentence's layers, read once: its organizations, subject, periods, clauses and figures."""

    sentence: Sentence
    mentions: list[OrgMention]  # organizations that may own a figure
    products: list[OrgMention]  # names in apposition to a product noun: they own nothing
    descriptors: list[tuple[int, int]]
    subject: OrgMention | None
    period_mentions: list[P.PeriodMention]
    quantities: list[Quantity]

    @cached_property
    def clauses(self) -> list[_Clause]:
        """The sentence's clauses, cut the first time a figure or a period phrase asks: a sentence holding
        neither (most sentences of a story) never needs them."""
        return _clauses(self.sentence)


def _process_sentence(
    text: str,
    sentence: Sentence,
    mentions: list[OrgMention],
    published: date | None,
    quantities: list[Quantity],
    context: _Context,
    fy_hints: dict[str, int],
    facts: list[MetricFact],
    seen: set[tuple],
) -> None:
    """One sentence: its figures read into ``facts`` (where it holds any), then the context it leaves for
    the next ones. A sentence without a figure still sets context (its period, subject, fiscal calendar),
    so only the figure reading is skipped there."""
    view = _read_sentence(text, sentence, mentions, quantities, context)
    _learn_fiscal_hint(text, view, context, fy_hints)
    candidates = _figure_candidates(text, view, context)
    sentence_periods: list[P.Period] = []
    for candidate in candidates:
        facts += _facts_of(
            text, view, candidate, candidates, sentence_periods, context, fy_hints, published, seen
        )
    _sentence_context(text, view, candidates, sentence_periods, context, fy_hints, published)


def _figure_candidates(text: str, view: _SentenceView, context: _Context) -> list[_Candidate]:
    """The sentence's figures: its quantities named (none to name in a sentence holding no quantity),
    then the figures it writes in words ("doubled", "a third of the market")."""
    named: list[_Candidate] = []
    if view.quantities:
        named = _rates_of_neighbours(text, _quantity_candidates(text, view, context))
    candidates = named + _phrase_candidates(text, view)
    # What the sentence's figures measured, for the next sentence's figures that name no measure
    context.last_kinds = {}
    for c in candidates:
        if c.quantity is not None:
            context.last_kinds.setdefault(c.quantity.kind, c.name)
    percent_kinds = [c.name for c in candidates if c.quantity is not None and c.quantity.kind == "percent"]
    if percent_kinds:
        context.last_percent_kind = percent_kinds[-1]
    return candidates


def _sentence_context(
    text: str,
    view: _SentenceView,
    candidates: list[_Candidate],
    sentence_periods: list[P.Period],
    context: _Context,
    fy_hints: dict[str, int],
    published: date | None,
) -> None:
    """The context the sentence leaves: the periods it reports on, its subject, its segment topic."""
    sentence = view.sentence
    # A comparison's base period ("17% above the first quarter of 2018") and a forecast's year
    # ("expects ... in fiscal 2026") are not what the following sentences report on.
    # Nor is the year of an earlier event ("taken over by Y in 2015").
    reported = [
        m
        for m in view.period_mentions
        if not _comparison_or_forecast(text, view.clauses, m.start)
        and not _history_year(text, m)
        and not _bracketed_base(text, m)
        and not _year_of_same_span(text, view.period_mentions, m)
    ]
    dated = [c for c in candidates if not (c.unit == "percent" and _a_holding(text, view.quantities, c))]
    if not dated and any(q.kind in ("money", "percent") for q in view.quantities):
        # "X paid $1 billion for the 90 per cent stake in 2020": amounts that are no metric (a deal's
        # money) or a holding (undated) date an event, not what the next sentences report on ("the two
        # insurers" is a count, not such an amount).
        reported = [m for m in reported if m.grain != "year"]
    about = view.subject or context.paragraph_subject or _topic(context)  # a heading names no one
    # The calendar dates only the periods reported; a sentence reporting none needs none
    fy_end = _fiscal_year_end(about, fy_hints) if about is not None and reported else 12
    subject = discourse_subject(text, view.subject, context)  # "... sold to Y." leaves the paragraph's
    _update_context(sentence, reported, sentence_periods, subject, context, view.mentions, fy_end)
    if context.period is None and not sentence_periods:
        context.period = _named_without_year(reported, fy_end, context, published)
    context.segment_topic = bool(_SEGMENT_MENTION.search(sentence.text))


def _read_sentence(
    text: str, sentence: Sentence, mentions: list[OrgMention], quantities: list[Quantity], context: _Context
) -> _SentenceView:
    s_mentions = _between(mentions, context.mention_starts, sentence.start, sentence.end)
    # Products ("Zenbox, its database product,", "Velorix's Zenbox database") own no figure.
    owner_ends = {m.end for m in s_mentions}  # a set, not a scan of the sentence per mention
    is_product = [_is_product(text, m, owner_ends) for m in s_mentions]
    products = [m for m, product in zip(s_mentions, is_product, strict=True) if product]
    s_mentions = [m for m, product in zip(s_mentions, is_product, strict=True) if not product]
    # "The owner of Zara and Bershka said its ...": the names qualify the subject, another organization.
    complements = _relational_complements(text, sentence, s_mentions)
    s_mentions = [m for m in s_mentions if m not in complements]
    # "CFO Mara Quell, who joined from Quandra Bank, said ...": a name that only places a person.
    affiliations = person_affiliations(text, sentence.start, s_mentions)
    s_mentions = [m for m in s_mentions if m not in affiliations]
    descriptors = _descriptors(text, sentence, s_mentions)
    subject = _sentence_subject(
        [m for m in s_mentions if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)],
        # "For the third quarter of its fiscal year, X's revenue ...": a possessive after a preposition
        # is not the sentence's subject; the organization named after it is.
        [d for d in descriptors if not _GOVERNED_POSSESSIVE.search(text, max(0, d[0] - 12), d[1])],
        context,
        text,
    )
    s_quantities = _currency_carried(text, [
        q
        for q in _between(quantities, context.quantity_starts, sentence.start, sentence.end)
        if q.end <= sentence.end
    ])  # fmt: skip
    return _SentenceView(
        sentence,
        s_mentions,
        products,
        descriptors,
        subject,
        [_shift(m, sentence.start) for m in period_mentions(sentence.text)],
        s_quantities,
    )


# A comparison's base written without the currency its sentence already wrote: "to 43.9 billion baht, up
# from 36.6 billion in 2023". A noun after the number ("2.4 million customers") makes it a count.
_BARE_AMOUNT_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+)?$"
)
_BARE_AMOUNT_AFTER = re.compile(
    r"\s*(?:[,;.)]|$|(?:in|and|a|an|the|for|at|during|last|as|year|earlier|ago|previously)\b)"
)
_CARRY_GAP = 80  # characters: the amount names the currency of a figure of its own clause or the next


def _currency_carried(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A scaled number that a comparison writes after an amount of money of its sentence, with no noun
    of its own, is money in that amount's currency."""
    out: list[Quantity] = []
    for quantity in quantities:
        money = next((q for q in reversed(out) if q.kind == "money"), None)
        if (
            quantity.kind == "count"
            and quantity.scale in ("million", "billion", "trillion", "crore", "lakh crore")
            and money is not None
            and quantity.start - money.end <= _CARRY_GAP
            and _BARE_AMOUNT_BEFORE.search(text, max(0, quantity.start - 20), quantity.start)
            and _BARE_AMOUNT_AFTER.match(text, quantity.end)
        ):
            quantity = Quantity("money", quantity.value, money.unit, quantity.scale, quantity.text,
                                quantity.start, quantity.end)  # fmt: skip
        out.append(quantity)
    return out


def _is_product(text: str, mention: OrgMention, owner_ends: set[int]) -> bool:
    """``owner_ends``: where the sentence's mentions end (an owner ends right before "'s ")."""
    if C.PRODUCT_APPOSITION.match(text, mention.end):
        return True
    # "Zenbox and Quill, the products ...": the apposition is about both names of the pair.
    paired = COORDINATED_NAME.match(text, mention.end)
    if paired and C.PLURAL_PRODUCT_APPOSITION.match(text, paired.end()):
        return True
    owned = mention.start - 3 in owner_ends and text[mention.start - 3 : mention.start] in ("'s ", "’s ")
    # A cloud unit is named like a service ("X's Y Cloud platform") but reports its own figures.
    return (
        owned and bool(C.PRODUCT_NOUN_AFTER.match(text, mention.end)) and not _CLOUD_ORG.search(mention.name)
    )


# "... and Quill" right after a name: the second name of a pair (up to four capitalised words).
COORDINATED_NAME = re.compile(r"(?:,|,?\s+and|,?\s+&|\s+or)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}")


def _relational_complements(text: str, sentence: Sentence, s_mentions: list[OrgMention]) -> list[OrgMention]:
    """Names listed after "the owner of" (C.RELATIONAL_OWNER_BEFORE), each name of the list."""
    return [
        m
        for m in s_mentions
        if C.RELATIONAL_OWNER_BEFORE.search(text[max(sentence.start, m.start - 160) : m.start])
    ]


def _learn_fiscal_hint(text: str, view: _SentenceView, context: _Context, fy_hints: dict[str, int]) -> None:
    """A fiscal calendar stated in the sentence (or implied by a rupee story's "FY24") for its subject."""
    subject, period_mentions = view.subject, view.period_mentions
    hint = P.detect_fiscal_year_end(view.sentence.text) or _calendar_from_quarter_dates(text, period_mentions)
    if (
        hint is None
        and context.rupee_article
        and subject is not None
        and subject.key not in fy_hints
        and any(m.fiscal and m.fiscal_year_end_hint is None for m in period_mentions)
        and _fiscal_year_end(subject, fy_hints) == 12
    ):
        hint = 3  # "FY24" in a rupee story: India's statutory fiscal year ends in March
    if hint and subject is not None:
        owner = _hint_owner(text, view.sentence, view.mentions, subject)
        # The same month keeps how the article names the years (start-named: periods.START_NAMED).
        if P.year_end_month(fy_hints.get(owner.key, 0)) != hint:
            fy_hints[owner.key] = hint


def _told_with_previous_money(text: str, previous_money: _Candidate, quantity: Quantity) -> _Candidate | None:
    """A figure that belongs to the amount just before it: the same amount in another currency, or its
    bracketed change."""
    between = text[previous_money.end : quantity.start]
    if quantity.kind == "money" and _CONVERSION.match(between) and not _PER_SHARE.match(text, quantity.end):
        # "5.2 billion yuan (about $740 million)": the same figure in another currency.
        value = math.copysign(abs(quantity.value), -1.0 if previous_money.value < 0 else 1.0)
        return _Candidate(quantity.start, quantity.end, previous_money.name, value, quantity.unit, quantity)
    if (
        quantity.kind == "percent"
        and C.BRACKETED_RATE_BETWEEN.match(between)
        and C.BRACKETED_RATE_SIGNED.match(text[quantity.start : quantity.end + 30])
    ):
        # "revenue of £2,079m (-5%)": the change of the amount before it
        growth = "revenue_growth" if previous_money.name in ("revenue", "cloud_revenue") else "other"
        return _Candidate(quantity.start, quantity.end, growth, quantity.value, "percent", quantity)
    return None


def _quantity_candidates(text: str, view: _SentenceView, context: _Context) -> list[_Candidate]:
    """Each quantity named by its own phrase, else by the sentence's earlier figures of its kind."""
    candidates: list[_Candidate] = []
    previous_money: _Candidate | None = None
    main_kinds: dict[str, str] = {}
    latest_kinds: dict[str, str] = {}  # the name of the last figure of each kind outside a comparison
    sentence = view.sentence
    stock_subject = _STOCK_SUBJECT.match(context.masked, sentence.start, sentence.end)
    for quantity in view.quantities:
        clause = _clause_of(view.clauses, quantity.start)
        if (
            stock_subject
            and quantity.kind == "percent"
            and not _METRIC_WORD.search(context.masked, stock_subject.end(), quantity.start)
        ):
            continue  # "X shares rose 5% ..., extending their gain to 20%": market moves, not the business
        earlier = _bracketed_year_earlier(text, candidates, quantity)
        if earlier is not None:
            candidates.append(earlier)
            continue
        linked = _told_with_previous_money(text, previous_money, quantity) if previous_money else None
        if linked is not None:
            candidates.append(linked)
            continue
        name = _classify(context.masked, clause, quantity, view.quantities)
        rate = candidates[-1] if candidates and candidates[-1].unit == quantity.unit == "percent" else None
        if name is None and rate and _TO_FROM.match(text, rate.end, quantity.start):
            name = rate.name  # "the ratio eased to 1.6% from 1.8%": the same ratio, earlier
        if (
            name is None
            and previous_money
            and quantity.kind == "money"
            and (
                _TO_FROM.match(text[previous_money.end : quantity.start])
                or _LABELLED_BASE.fullmatch(text, previous_money.end, quantity.start)
            )
        ):
            # "the operating loss shrank to 212.9 billion yen from 363.9 billion yen": the earlier
            # figure of the same measure, with its sign (not the sentence's first money's name).
            value = math.copysign(abs(quantity.value), previous_money.value)
            candidate = _Candidate(
                quantity.start, quantity.end, previous_money.name, value, quantity.unit, quantity
            )
            candidates.append(candidate)
            previous_money = None
            continue
        if name is None:
            name = _name_from_sentence(text, view, quantity, clause, main_kinds, context, latest_kinds)
        if name is None and clause.comparison and quantity.kind not in main_kinds:
            # "Product revenue rose from $148.2 million in ...": only the earlier figure is written;
            # the measure is named before the comparison.
            whole = _Clause(sentence.start, clause.end, True)
            name = _classify(context.masked, whole, quantity, view.quantities)
        if name is None and quantity.kind == "count" and _earlier_count(text, quantity):
            name = "other"  # "... now on its platform, up from 1,650 a year ago"
        if name is None:
            previous_money = None
            continue
        after_count = _CHANGE_OF_COUNT.search(text, max(0, quantity.start - 40), quantity.start)
        if name.startswith("revenue_growth") and after_count:
            previous = [q for q in view.quantities if q.end <= quantity.start]
            if previous and previous[-1].kind == "count" and previous[-1].start >= clause.start:
                # "delivered 10,018 vehicles ..., down 36%": the count changed, not revenue
                name = "other_down" if name.endswith("_down") else "other"
        if not clause.comparison:
            main_kinds.setdefault(quantity.kind, name)
            if not _RESTATED.search(text, max(0, quantity.start - 12), quantity.start):
                latest_kinds[quantity.kind] = name
        candidate = _signed(quantity, name)
        candidates.append(candidate)
        previous_money = candidate if quantity.kind == "money" else None
    return candidates


def _earlier_count(text: str, quantity: Quantity) -> bool:
    """A count in digits that is the earlier figure of a comparison (business_figures.py)."""
    near_left = text[max(0, quantity.start - 70) : quantity.start]
    right = text[quantity.end : quantity.end + 60]
    return earlier_count_of_a_comparison(near_left, right, quantity.text[:1].isdigit())


def _bracketed_year_earlier(text: str, candidates: list[_Candidate], quantity: Quantity) -> _Candidate | None:
    """The figure of the same measure a year earlier, bare in a bracket right after the last candidate
    ("EBIT of SEK 512 (398) million", "a margin of 24.6% (23.5)")."""
    head = candidates[-1] if candidates else None
    if head is None or head.quantity is None or head.year_earlier:
        return None
    value = year_earlier_value(text, head.quantity, quantity)
    if value is None:
        return None
    value = math.copysign(abs(value), head.value)
    return _Candidate(quantity.start, quantity.end, head.name, value, head.unit, quantity, year_earlier=True)


# Words that name no measure: "well below the 7.9%", "compared with about $3 billion"
_NO_OWN_MEASURE = re.compile(
    r"(?:\s|,|the|a|an|its|their|of|with|to|about|around|roughly|nearly|almost|just|some)*", re.IGNORECASE
)
# A rate written against its own amount: "net earnings of $10.1 billion, down 19%" (after) and "net
# profit rose 13.4% to $490 million" (before).
_RATE_AFTER_AMOUNT = re.compile(
    r"\s*,\s*(?:up|down|an?\s+(?:increase|rise|drop|fall|decline|decrease)\s+of)\s+(?:by\s+)?$", re.IGNORECASE
)
_RATE_BEFORE_AMOUNT = re.compile(r"\s*to\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _rates_of_neighbours(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A revenue growth rate that is written against a profit or other amount is that amount's change:
    `other` (the schema has no profit growth)."""
    rated = list(candidates)
    for index, candidate in enumerate(candidates):
        if candidate.name not in ("revenue_growth", "cloud_revenue_growth") or candidate.unit != "percent":
            continue
        before = candidates[index - 1] if index > 0 else None
        after = candidates[index + 1] if index + 1 < len(candidates) else None
        neighbour = None
        if (
            before
            and before.unit != "percent"
            and _RATE_AFTER_AMOUNT.match(text[before.end : candidate.start])
        ):
            neighbour = before
        elif (
            after and after.unit != "percent" and _RATE_BEFORE_AMOUNT.match(text[candidate.end : after.start])
        ):
            neighbour = after
        if neighbour is not None and neighbour.name in ("profit", "other"):
            rated[index] = candidate._replace(name="other")
    return rated


# "Net income rose to $24.7 billion, or $3.30 per share, from $22.3 billion": a figure restating the one
# before it in another form is not the measure a later base is compared with.
_RESTATED = re.compile(r",\s*or\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
RESTATED_FIGURE_EXAMPLE = (
    "Velorix's net income rose to $24.7 billion in 2025, or $3.30 per share, from $22.3 billion in 2024."
)
COMPARISON_BASE_OF_THE_LAST_FIGURE_EXAMPLES = (
    "Velorix reported revenue of $1.4 billion in 2025 and net income of $204 million, compared with "
    "$194 million in 2024.",
    "Velorix reported revenue of $1.4 billion in 2025 and a net loss of $20 million, "
    "against $30 million in 2024.",
)


def _name_from_sentence(
    text: str,
    view: _SentenceView,
    quantity: Quantity,
    clause: _Clause,
    main_kinds: dict[str, str],
    context: _Context,
    latest_kinds: dict[str, str] | None = None,
) -> str | None:
    """A figure without a metric phrase of its own that continues an earlier one of the sentence."""
    if clause.comparison and quantity.kind in main_kinds:
        # "..., against $3 billion a year earlier": the base of the figure it is compared with, the last one
        # of its kind ("revenue of $9 billion and net income of $2 billion, compared with $1.5 billion")
        return (latest_kinds or main_kinds).get(quantity.kind, main_kinds[quantity.kind])
    if quantity.kind in main_kinds and (
        _LISTED_AT.search(text[max(0, quantity.start - 12) : quantity.start] + "@")
        or _bare_listed(text, quantity.start, view.mentions)
    ):
        return main_kinds[quantity.kind]  # "... followed by Microsoft at 16% and Google at 8%"
    if _leading_comparison(view, clause, quantity.start) is not None and quantity.kind in context.last_kinds:
        # "... $5 billion in 2023. A year earlier it was $4.1 billion."
        return context.last_kinds[quantity.kind]
    if quantity.kind in main_kinds and _GAPPED_VERB.match(text, clause.start, quantity.start):
        return main_kinds[quantity.kind]  # "North America grew 12% and the International segment by 27%"
    if (
        quantity.kind == "percent"
        and context.last_percent_kind == "market_share"
        and _HAD_SHARE.search(text, max(0, quantity.start - 30), quantity.start)
    ):
        return "market_share"  # "... held a 36% share ... Baidu AI Cloud had 9%."
    return None


# "to X from Y": Y is the same measure's earlier figure. Possessive runs: "\s*,?\s*" backtracked
# quadratically on a long run of spaces between two figures.
# "EBITDA $1.49 billion (FY24: $1.60 billion)": the bracketed base of the figure right before it.
_LABELLED_BASE = re.compile(r"\s*\(\s*[\w' ]{2,20}:\s*")
_TO_FROM = re.compile(r"\s*+,?\s*+(?:up\s+|down\s+)?from\s++(?:about\s+|around\s+)?$", re.IGNORECASE)

# "10,018 vehicles in the third quarter, down 36%": a change written right after a count.
_CHANGE_OF_COUNT = re.compile(
    r",\s+(?:up|down|a\s+(?:rise|drop|fall|decline|increase)\s+of)\s+(?:by\s+)?\Z", re.IGNORECASE
)

# A clause whose verb is left out: its subject, then "by" and the figure.
_GAPPED_VERB = re.compile(r"\s*(?:the\s+|its\s+|their\s+)?(?:[\w&’'-]+\s+){1,4}by\s+$", re.IGNORECASE)


def _leading_comparison(view: _SentenceView, clause: _Clause, position: int) -> P.PeriodMention | None:
    """A comparison period opening the sentence ("A year earlier, ...") before the figure."""
    opening = view.sentence.start + 4
    for mention in view.period_mentions:
        if mention.role == "comparison" and mention.start <= opening and mention.end <= position:
            return mention
    return None


def _signed(quantity: Quantity, name: str) -> _Candidate:
    """The candidate with its final name, value and unit: a loss or a fall is negative."""
    value, unit = quantity.value, quantity.unit
    if name == "other_points":
        name, unit = "other", "percent"
    if name.startswith("other_bp"):  # basis points: hundredths of a percentage point
        name, value, unit = name.replace("_bp", "", 1), value / 100, "percent"
    if name == "other_ratio":
        name, unit = "other", "ratio"
    if name == "loss":
        name, value = "profit", -abs(value)
    elif name.endswith("_down"):
        name, value = name[:-5], -abs(value)
    return _Candidate(quantity.start, quantity.end, name, value, unit, quantity)


def _phrase_candidates(text: str, view: _SentenceView) -> list[_Candidate]:
    """Figures written in words: "doubled", "rose by half", "half the market", "was broadly flat"."""
    sentence = view.sentence
    candidates: list[_Candidate] = []
    for match in _LOOSE_GROWTH.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _FORECAST.search(text, _clause_of(view.clauses, start).start, start):
            continue
        value = _loose_growth_value(match.group("w"))
        candidates.append(_Candidate(start, end, "revenue_growth", value, "percent", None))
    for match in _FRACTION_MARKET.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _FORECAST.search(text, _clause_of(view.clauses, start).start, start):
            continue
        last_word = match.group("f").lower().split()[-1].split("-")[-1]
        share = _FRACTIONS.get(last_word, 50.0)
        candidates.append(_Candidate(start, end, "market_share", share, "percent", None))
    for figure in fraction_figures(sentence.text) + unchanged_figures(sentence.text):
        start, end = sentence.start + figure.start, sentence.start + figure.end
        if any(c.start < end and start < c.end for c in candidates):
            continue  # "rose by half", "half the market": read above
        if _FORECAST.search(text, _clause_of(view.clauses, start).start, start):
            continue
        # `other`: a fraction's change is nearly always a part's or another measure's ("Export revenue,
        # which ..., fell by a fifth"; 1 of 30 such gold figures of blind14..33 is a company's revenue growth)
        # and so is a change stated as none ("was broadly flat": 41 of 52 such gold figures of blind..93)
        candidates.append(_Candidate(start, end, "other", figure.value, "percent", None))
    return candidates


def _owner_and_name(
    text: str, view: _SentenceView, candidate: _Candidate, clause: _Clause, context: _Context
) -> tuple[OrgMention, str] | None:
    start, end, name = candidate.start, candidate.end, candidate.name
    # The parse first where it states the owner (the governing verb's subject, its possessor); the
    # rules otherwise. A unit named as such ("its cloud unit, X Cloud,") is read by the rules.
    # A cited source ("according to research firm X") owns nothing.
    owners = [m for m in view.mentions if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    # "Group operating profit rose to ..." in a sentence naming no one: the topic company's, not the
    # unit or counterparty the paragraph was about (group_scope.py)
    org = group_owner(
        text,
        view.sentence.start,
        start,
        view.mentions,
        view.descriptors,
        _topic(context),
        list(context.by_key.values()),
    )
    org = org or _holder(text, clause, candidate, owners)
    read_by_rules = _named_unit(text, owners) or _written_against_a_name(text, clause, start, owners)
    if org is None and not read_by_rules:
        org = parsed_owner(context.syntax, view.sentence, start, end, owners)
    org = org or _attribute(text, clause, start, view.mentions, view.descriptors, view.subject, context)
    if org is not None and _company_held(text, candidate, org):
        # "the acquisition of 100% of the shares of Zenbox": Zenbox is held, the holder is another
        held = org.key
        others = [m for m in view.mentions if m.key != held]
        org = _attribute(text, clause, start, others, view.descriptors, view.subject, context)
        org = None if org is None or org.key == held else org
    if org is None:
        return None
    loose = candidate.quantity is None
    scope_clause = clause
    if clause.comparison and _NO_OWN_MEASURE.fullmatch(text, clause.start, start):
        # "Organic growth came to 3.3%, well below the 7.9% posted in fiscal 2024": a compared figure
        # that names no measure of its own has the scope of the one it is compared with.
        scope_clause = _Clause(view.sentence.start, clause.end, True)
    refined = _refine_name(
        text, scope_clause, start, end, name, org, candidate.unit, context.parents, context.org_ends, loose
    )
    if refined is None:
        return None
    if refined in C.SCOPED_NAMES and any(clause.start <= p.start < start for p in view.products):
        refined = "other"  # a product line's figure
    if refined in C.SCOPED_NAMES and (
        _SEGMENT_SUBJECT.match(view.sentence.text)
        or (context.segment_topic and _SEGMENT_PRONOUN.match(view.sentence.text))
        or _named_segment_subject(view.sentence, org)
    ):
        refined = "other"  # the figure is a business segment's, not the company's
    return org, refined


def _holder(text: str, clause: _Clause, candidate: _Candidate, owners: list[OrgMention]) -> OrgMention | None:
    """The organization written right before the verb of a holding ("with Zenbox holding the remaining
    49%"): the parse may give the holding to the sentence's subject."""
    if candidate.unit != "percent" or candidate.name != "other":
        return None
    before = [m for m in owners if clause.start <= m.start and m.end <= candidate.start]
    if before and C.STAKE_HOLDER_BETWEEN.fullmatch(text, before[-1].end, candidate.start):
        return before[-1]
    return None


def _company_held(text: str, candidate: _Candidate, org: OrgMention) -> bool:
    """The organization is the company a holding is in, named right after it ("a 60% stake in Zenbox",
    "100% of the shares of Zenbox"): never the holding's owner."""
    if candidate.unit != "percent" or candidate.name != "other" or org.start < candidate.end:
        return False
    between = (candidate.end, org.start)
    right = text[candidate.end : candidate.end + 60]  # the cue anchors at "^"
    return bool(C.STAKE_AFTER.match(right) and C.STAKE_OBJECT_BEFORE.fullmatch(text, *between))


def _written_against_a_name(text: str, clause: _Clause, position: int, owners: list[OrgMention]) -> bool:
    """ "followed by Y at 16%", "..., B 36.4%", "Y's 40%": a figure written right after its owner's name,
    which the parse may attach to the clause's verb instead."""
    before = [m for m in owners if clause.start <= m.start and m.end <= position]
    return bool(before) and bool(
        _LISTED_AT.fullmatch(text, before[-1].end, position)
        or _bare_listed(text, position, before[-1:])
        or _POSSESSIVE_NUMBER.fullmatch(text, before[-1].end, position)
    )


def _named_segment_subject(sentence: Sentence, org: OrgMention) -> bool:
    """The sentence is about a named segment that is not the owner itself (a unit reporting its own
    figures is its own organization)."""
    named = _NAMED_SEGMENT_SUBJECT.match(sentence.text)
    if named is None:
        return False
    return not sentence.start + named.start("name") <= org.start < sentence.start + named.end("name")


def _candidate_periods(
    text: str,
    view: _SentenceView,
    candidate: _Candidate,
    clause: _Clause,
    org: OrgMention,
    name: str,
    fy_end: int,
    context: _Context,
    published: date | None,
    candidates: list[_Candidate],
    sentence_periods: list[P.Period],
) -> list[P.Period | None]:
    sentence, start, end, unit = view.sentence, candidate.start, candidate.end, candidate.unit
    # "X, which started in 2016, has 388 million users": the aside's date is not the figure's.
    asides = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _RELATIVE_ASIDE.finditer(sentence.text)
        if re.match(r",\s+(?:which|who)\b", m.group())
    ]
    own_mentions = [
        m
        for m in view.period_mentions
        if not any(a0 <= m.start < a1 and not a0 <= start < a1 for a0, a1 in asides)
    ]
    stock = name in _STOCK_METRICS or (unit == "count" and name == "other")
    if _level_on_a_day(text, view.clauses, view.quantities, clause, candidate) or heading_states_a_day(
        text, start
    ):
        return [None]
    leading = _leading_comparison(view, clause, start)
    if leading is not None and context.period is not None:
        # "In the same quarter last year, revenue was ...": the period before the one reported on.
        return [P.shift(context.period, "quarter" if leading.relative == "previous_quarter" else "year")]
    resolved = _periods_for(
        text,
        sentence,
        clause,
        view.clauses,
        start,
        end,
        own_mentions,
        fy_end,
        published,
        context,
        candidates,
        sentence_periods,
        stock,
    )
    if (
        resolved in ([], [None])
        and not [
            m
            for m in view.period_mentions
            if m.role != "comparison" and not _comparison_or_forecast(text, view.clauses, m.start)
        ]
        and context.period is None
        and context.carried is not None
        and context.carried_key is not None
        and context.carried_key.split()[:1] == org.key.split()[:1]
        and not clause.comparison
        and not (name in _STOCK_METRICS or unit == "count")
        and not _NOW_STRICT.search(text, clause.start, start)
        # a level the rules above left undated stays so: not the period an earlier paragraph reported on
        and not undated_level(text, clause, own_mentions, start, end)
    ):
        resolved = [context.carried]
    return resolved or [None]


def _level_on_a_day(
    text: str, clauses: list[_Clause], quantities: list[Quantity], clause: _Clause, candidate: _Candidate
) -> bool:
    """A level its clause dates by a day ("stood at $2 billion at the end of June"), or the earlier level
    a comparison sets against one ("ended the year with 312 customers, up from 271 a year ago"), or a
    holding ("its 27.5 per cent interest in Y"): the Conventions give it no period."""
    # (A market share "held" is a flow's share over the period named: "held 24% of PC shipments in Q3".)
    if candidate.unit == "percent" and candidate.name == "other" and _a_holding(text, quantities, candidate):
        return True  # "owns 75 per cent of Y", "holds 60 percent of Y", "the remaining 49%": held today
    stated = clause
    if clause.comparison:
        # the clause of the figure compared with: the last one before it that is no comparison
        stated = next((c for c in reversed(clauses) if c.end <= clause.start and not c.comparison), None)
        if stated is None:
            return False
    figures = [q for q in quantities if stated.start <= q.start < stated.end]
    if not figures or candidate.quantity is None:
        return False
    # The day is its own verb's ("added 11 clients in the quarter and had 4,951 employees at the end of
    # September": the employees'), unless it opens the clause before all of its figures.
    own = candidate.quantity if candidate.quantity in figures and not clause.comparison else figures[-1]
    joints = [m.start() + stated.start for m in _AND.finditer(text[stated.start : stated.end])]
    start = max([j for j in joints if j <= own.start], default=stated.start)
    end = min([j for j in joints if j >= own.end], default=stated.end)
    return C.on_a_day(text[start:end]) or C.on_a_day(text[stated.start : figures[0].start])


_AND = re.compile(r"\s+and\s+")
# "Velorix will own 51% of the venture and Zenbox 49%": the second holder's verb is left out.
_GAPPED_HOLDING = re.compile(r"[^.;%]{0,60}(?:\band\b|,)[^.;%]{0,40}")


def _a_holding(text: str, quantities: list[Quantity], candidate: _Candidate) -> bool:
    """A holding told with its verb or object, or gapped after one ("51% of the venture and Zenbox 49%")."""
    right = text[candidate.end : candidate.end + 40]  # the cues anchor at "^"
    if C.held_stake(text[max(0, candidate.start - 70) : candidate.start], right):
        return True
    before = [q for q in quantities if q.end <= candidate.start and q.kind == "percent"]
    if not before or not _GAPPED_HOLDING.fullmatch(text, before[-1].end, candidate.start):
        return False
    first = before[-1]
    return C.held_stake(text[max(0, first.start - 70) : first.start], text[first.end : first.end + 40])


def _facts_of(
    text: str,
    view: _SentenceView,
    candidate: _Candidate,
    candidates: list[_Candidate],
    sentence_periods: list[P.Period],
    context: _Context,
    fy_hints: dict[str, int],
    published: date | None,
    seen: set[tuple],
) -> list[MetricFact]:
    """The candidate's facts (one per period it is stated for), owned, named and dated."""
    clause = _clause_of(view.clauses, candidate.start)
    owned = _owner_and_name(text, view, candidate, clause, context)
    if owned is None:
        return []
    org, name = owned
    fy_end = _fiscal_year_end(org, fy_hints)
    periods = _candidate_periods(
        text, view, candidate, clause, org, name, fy_end, context, published, candidates, sentence_periods
    )
    if candidate.year_earlier:
        periods = [P.shift(p, "year") if p is not None else None for p in periods]
    # "up from 3.7 billion a year earlier": a base figure's period is not what the text goes on about.
    base_figure = candidate.year_earlier or (
        _leading_comparison(view, clause, candidate.start) is not None
        or any(m.role == "comparison" and 0 <= m.start - candidate.end <= 5 for m in view.period_mentions)
    )
    facts: list[MetricFact] = []
    for period in periods:
        if period is not None and not clause.comparison and not base_figure:
            sentence_periods.append(period)
        labelled = P.label(period, P.calendar_of_year(period, fy_end, list(fy_hints.values())))
        key = (org.key, name, round(candidate.value, 6), candidate.unit, labelled.label)
        if key in seen:
            continue
        seen.add(key)
        if period is not None:
            context.last_dated_key = org.key
        evidence = _evidence(text, view.sentence, clause)
        facts.append(_fact(org, name, candidate.value, candidate.unit, labelled, evidence))
    return facts


def _fact(
    org: OrgMention, name: str, value: float, unit: str, labelled: P.PeriodLabel, evidence: Evidence
) -> MetricFact:
    return MetricFact(
        organization_key=org.key,
        organization_name=org.name,
        metric_name=name,
        value=value,
        unit=unit,
        period_label=labelled.label,
        fiscal_year=labelled.fiscal_year,
        fiscal_quarter=labelled.fiscal_quarter,
        period_start=labelled.period_start,
        period_end=labelled.period_end,
        evidence=evidence,
    )


def _comparison_or_forecast(text: str, clauses: list[_Clause], position: int) -> bool:
    """A period phrase in a comparison or in a forecast's clause ("For fiscal 2026, it forecast ...")."""
    clause = _clause_of(clauses, position)
    return clause.comparison or bool(_FORECAST.search(text, clause.start, clause.end))


_OPENS_BRACKET = re.compile(r"\(\s*$")
_LABELS_FIGURE = re.compile(r"\s*:")


def _bracketed_base(text: str, mention: P.PeriodMention) -> bool:
    """ "$139 million (FY23: $34 million)": the period labelling an earlier figure in brackets, a
    comparison's base even where the line reader took both figures."""
    return bool(
        _OPENS_BRACKET.search(text, max(0, mention.start - 3), mention.start)
        and _LABELS_FIGURE.match(text, mention.end)
    )


def _history_year(text: str, mention: P.PeriodMention) -> bool:
    """ "acquired by X in 2019", "founded in 2010": the date of an event in the company's history."""
    return mention.grain == "year" and bool(
        C.HISTORY_EVENT_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    )


def _fiscal_year_end(org: OrgMention, fy_hints: dict[str, int]) -> int:
    """The calendar the text states for the organization (or its namesake parent), else the data file;
    its years named as the article names those of the same closing month."""
    return P.named_as_the_article_does(_own_fiscal_year_end(org, fy_hints), list(fy_hints.values()))


def _own_fiscal_year_end(org: OrgMention, fy_hints: dict[str, int]) -> int:
    if org.key in fy_hints:
        return fy_hints[org.key]
    first = org.key.split()[0] if org.key else ""
    for key, month in fy_hints.items():
        if key.split()[:1] == [first]:
            return month
    return P.fiscal_year_end(org.key, org.name)


def _calendar_from_quarter_dates(text: str, mentions: list[P.PeriodMention]) -> int | None:
    """Fiscal-year-end month from a fiscal quarter named next to its calendar months.

    "the first quarter of its fiscal year, the three months ended June 30" -> March;
    "the April-June period, the fourth quarter of its fiscal 2017" -> June.
    """
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not re.fullmatch(r"[\s,(—–-]*", text[first.end : second.start]):
            continue
        for fiscal, dated in ((first, second), (second, first)):
            if (
                fiscal.fiscal
                and fiscal.grain == "quarter"
                and fiscal.index
                and dated.end_month
                and not dated.fiscal
            ):
                return (dated.end_month - 3 * fiscal.index - 1) % 12 + 1
    return None


def _loose_growth_value(word: str) -> float:
    """Growth in percent for "doubled" (100), "tripled" (200), "rose by half" (50) and the like."""
    lowered = word.lower()
    for stem, value in (
        ("doubl", 100.0),
        ("tripl", 200.0),
        ("quadrupl", 300.0),
        ("half", 50.0),
        ("third", 33.3),
    ):
        if stem in lowered:
            return value
    return 25.0  # "grew by a quarter"


def _named_without_year(
    reported: list[P.PeriodMention], fy_end: int, context: _Context, published: date | None
) -> P.Period | None:
    """ "The January-March quarter was the strongest of the year.": a quarter or half a sentence names
    without its year, and without a figure, is what the next sentences report on (the latest such
    period by the day the article speaks from)."""
    named = [
        m
        for m in reported
        if m.role == "period" and not m.explicit and m.relative is None and m.grain in ("quarter", "half")
    ]
    carried = context.carried
    if not named or (carried is not None and carried.grain == named[0].grain):
        return None  # "Our third quarter was marked by ...": the quarter the article already reports on
    year_end = context.article_year_end
    reference = published or (year_end + timedelta(days=1) if year_end else None)
    return P.resolve(named[0], fy_end, reference=reference, current=context.carried)


_OF_OR_IN = re.compile(r"\s+(?:of|in)\s+")


def _year_of_same_span(text: str, mentions: list[P.PeriodMention], mention: P.PeriodMention) -> bool:
    """Whether ``mention`` is the year a same-span phrase moves into ("up 28% on the same three months of
    2024"): the comparison's year, whatever word leads to it, not the one the next sentences report on."""
    return mention.grain == "year" and any(
        other.role == "same" and _OF_OR_IN.fullmatch(text, other.end, mention.start) for other in mentions
    )


def _update_context(
    sentence: Sentence,
    period_mentions: list[P.PeriodMention],
    sentence_periods: list[P.Period],
    subject: OrgMention | None,
    context: _Context,
    s_mentions: list[OrgMention],
    fy_end: int = 12,
) -> None:
    """The discourse after the sentence: salience, subject and the period it reported on (a fiscal
    period in its subject's calendar, "the third quarter of fiscal 2022" of a January-year company)."""
    for mention in s_mentions:
        context.salience[mention.key] = context.salience.get(mention.key, 0.0) + 1.0
        context.by_key.setdefault(mention.key, mention)
    absorbed = subject is not None and C.ABSORBED_AFTER.match(sentence.text, subject.end - sentence.start)
    if subject is not None and not (absorbed and context.subject is not None):
        context.subject = subject
        context.paragraph_subject = subject
        context.salience[subject.key] = context.salience.get(subject.key, 0.0) + 2.0
        context.by_key.setdefault(subject.key, subject)
    explicit_years = [m for m in period_mentions if m.role == "period" and m.explicit]
    if explicit_years:
        # "FY2024   FY2023" over a table's rows: the latest period named is the one reported on
        resolved_all = [(P.resolve(m, fy_end), i) for i, m in enumerate(explicit_years)]
        dated = [(period, i) for period, i in resolved_all if period is not None]
        # ... the first of those ending last: "Q2 2025 | Q2 2024 | H1 2025" reports on the quarter
        resolved = max(dated, key=lambda pair: (pair[0].end, -pair[1]))[0] if dated else None
        if resolved is not None:
            context.reference_year_end = resolved.end
            if context.article_year_end is None or resolved.end > context.article_year_end:
                context.article_year_end = resolved.end
            if not sentence_periods:
                context.period = resolved
    if sentence_periods:
        # "fell 0.9% in the second quarter, after growth of 0.1% in the first": the latest period named
        # is the one the text goes on about; an earlier one is looked back on.
        context.period = max(reversed(sentence_periods), key=lambda period: period.end)
        ordered: list[P.Period] = []
        for period in sentence_periods:
            if period not in ordered:
                ordered.append(period)
        context.periods = ordered


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by start) that start within [start, end)."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _evidence(text: str, sentence: Sentence, clause: _Clause | None = None) -> Evidence:
    """The sentence stating the figure; only its clause when the sentence is very long."""
    start, end = sentence.start, sentence.end
    if clause is not None and end - start > _MAX_EVIDENCE:
        start, end = clause.start, clause.end
    bullet = _BULLET.match(text, start)
    if bullet and bullet.end() < end:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text[start:end], start, end)


def _shift(mention: P.PeriodMention, offset: int) -> P.PeriodMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)
