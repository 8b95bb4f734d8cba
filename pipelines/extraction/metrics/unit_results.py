"""A named unit that reports its own results in a sentence or a label of its own: its sales are its
`revenue` and their change its `revenue_growth` (GOLD_SCHEMA Conventions: "A named business unit that
reports its own figures ... is its own organization").

The sentence reader names a segment's or a unit's sales `other` (a narrower scope than the company), and
that is right while the figure belongs to the parent. Once the figure's owner is the unit itself, named
in the same sentence as the subject of a plain results verb with the plain measure right after it, no
narrower scope is left: "The Quill division reported revenue of $4.1 million" is the Quill division's
revenue. The sentence shapes, each a cue with its example (made-up names), are read on the words between
the unit's name and the figure; a kind of sales ("home broadband revenue", "same-store sales"), a
recurring or per-unit measure, a possessive ("Velorix's revenue rose ...", often a sequential or local
comparison) and a rate with an organic, constant-currency or sequential basis are left `other`.

The reverse for a company the group bought: its sales "contributed" for the part of a period it was in the
group ("in its first six months in the group", "since the closing") are no revenue of any period the
article reports, an `other` row (`part_period_contributions`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipelines.extraction.metrics.cues import basis_words
from pipelines.extraction.metrics.units import UNIT_NOUNS
from pipelines.extraction.metrics.vocabulary import _CLOUD_ORG
from pipelines.extraction.model import MetricFact, OrgMention, Quantity

_UNIT_NOUN = "|".join(
    [*(re.escape(noun).replace(r"\ ", r"\s+") for noun, _ in UNIT_NOUNS), "subsidiary", "business"]
)
# After the unit's name: the period of a legal form the name ends in ("Quill Logistics Ltd.", the
# recognizer's name stops before it; the comma after it shows no sentence ends there),
# its short form in brackets, a unit noun, up to two asides between commas.
_AFTER_NAME = (
    r"(?:(?<=[A-Za-z])\.(?=,))?"
    r"(?:\s*\([^()\n]{1,40}\))?"
    rf"(?:\s+(?:{_UNIT_NOUN}))?"
    r"(?:,(?:\s+[^,;:.\n]{2,160}?(?:\.\d[^,;:.\n]*?)?,){1,2})?"
)
_RESULTS_VERB = (
    r"\s+(?:reported|posted|recorded|booked|generated|delivered|had|achieved|earned|grew|increased|lifted)"
)
# The plain measure: a period word and "net" or "total" may stand before it, no kind of sales.
_PLAIN_MEASURE = (
    r"(?:\s+its(?:\s+own)?)?"
    r"(?:\s+(?:first-half|second-half|half-year|full-year|nine-month|six-month|quarterly|[a-z]+-quarter))?"
    r"(?:\s+(?:net|total))?\s+(?:revenues?|sales|turnover)"
)
_RATE = r"[+-]?\d[\d.,]*\s*(?:%|per\s?cent|percent)"
_BULLET = r"[ \t]*(?:[-*•·][ \t]*)?"


@dataclass(frozen=True)
class UnitCue:
    """One shape of a unit's own results: ``pattern`` full-matches the words between the unit's name
    and the figure (``kind`` amount or rate); ``line_start``: the name must open its line."""

    kind: str
    pattern: re.Pattern[str]
    example: str
    line_start: bool = False


def _cue(kind: str, words: str, example: str, line_start: bool = False) -> UnitCue:
    return UnitCue(kind, re.compile(words, re.IGNORECASE), example, line_start)


UNIT_RESULT_CUES: tuple[UnitCue, ...] = (
    _cue(
        "amount",
        rf"{_AFTER_NAME},?{_RESULTS_VERB}{_PLAIN_MEASURE}(?:\s+(?:by\s+)?{_RATE}\s+to|\s+of|\s+to)?"
        r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?",
        "The Quill Logistics division, which runs the group's trucks, reported revenue of $120 million.",
    ),
    _cue(
        "rate",
        rf"{_AFTER_NAME},?{_RESULTS_VERB}{_PLAIN_MEASURE}\s+(?:by\s+)?",
        "Quill Logistics, the group's freight arm, grew revenue by 12% to $98 million.",
    ),
    _cue(
        "amount",
        r"(?:\s*\([^()\n]{1,20}\))?(?:\s+(?:segment|division))?(?:\s+net)?\s+(?:revenues?|sales):\s*",
        "- Quill Payments revenue: $41.3 million (+12%)",
        line_start=True,
    ),
)
# A rate written after the unit's amount: "revenue of $4.1 million, up 12%", "revenue: $41.3 million (+12%".
_RATE_AFTER_AMOUNT = re.compile(
    r"(?:\s+\([^()\n]{1,40}\))?(?:\s+(?:in|for)\s+the\s+[\w -]{1,30}?)?,\s+"
    r"(?:up|down|an?\s+(?:increase|rise|decrease|decline|fall|drop)\s+of)\s+|\s*\(\s*(?:up\s+|down\s+)?",
    re.IGNORECASE,
)
# A unit whose name ends in a legal form's abbreviation: the recognizer's name stops before its period.
LEGAL_FORM_PERIOD_EXAMPLES = (
    "Quill Logistics Ltd., the group's freight subsidiary, reported sales of $61.3 million, up 28%.",
    "The payments arm, Quill Payments S.A., earned revenue of $96.3 million, up 8.1%.",
)
RATE_AFTER_AMOUNT_EXAMPLES = (
    "Quill Logistics, a unit of the group, had revenue of $68.7 million, up 55% year on year.",
    "- Quill Payments revenue: $41.3 million (+12%)",
)
# A rate measured on a narrower basis than the figure as reported (the shared NARROWER_BASES), or against
# the quarter before, stays `other` (Conventions).
_NARROWER_BASIS_AFTER = re.compile(
    r"\s*(?:(?:in|at|on)\s+(?:an?\s+)?)?"
    rf"(?:{basis_words('currency', 'organic', 'comparable', 'sequential')})\b|"
    r"\s*(?:from|on|over|against)\s+the\s+(?:first|second|third|fourth|previous|preceding|prior)\s+quarter",
    re.IGNORECASE,
)
# A name after a relative pronoun or a preposition in its own clause is no subject of the results verb.
_NAMED_AS_AN_OBJECT = re.compile(
    r"\b(?:which|that|who|whose|includ\w*|around|of|with|by|from|for|to|at|under)\b", re.IGNORECASE
)
NAMED_AS_AN_OBJECT_EXAMPLE = (
    "The games segment, built around Quill Logistics, reported revenue of $41 million."
)
_NARROWER_BASIS_BEFORE = re.compile(
    rf"\b(?:{basis_words('currency', 'organic', 'sequential')})", re.IGNORECASE
)


def units_own_results(
    text: str, facts: list[MetricFact], mentions: list[OrgMention], quantities: list[Quantity]
) -> list[MetricFact]:
    """``facts`` with a unit's own sales, read `other`, renamed `revenue` / `revenue_growth`."""
    owners = Counter(f.organization_key for f in facts)
    main = owners.most_common(1)[0][0] if owners else None
    by_start = sorted(quantities, key=lambda q: q.start)
    out = []
    for fact in facts:
        if fact.metric_name == "other" and fact.organization_key != main:
            name = _own_result_name(text, fact, mentions, by_start)
            if name is not None:
                fact = replace(fact, metric_name=name)
        out.append(fact)
    return out


def _own_result_name(
    text: str, fact: MetricFact, mentions: list[OrgMention], quantities: list[Quantity]
) -> str | None:
    if fact.unit == "count" or _CLOUD_ORG.search(fact.organization_name):
        return None  # a cloud arm's sales are cloud revenue, decided by the naming rules
    quantity = fact_quantity(fact, quantities)
    if quantity is None:
        return None
    sentence_start = sentence_start_of(text, quantity.start)
    names = [
        m for m in mentions
        if m.key == fact.organization_key and sentence_start <= m.start and m.end <= quantity.start
    ]  # fmt: skip
    if not names or _NAMED_AS_AN_OBJECT.search(_clause_before(text, sentence_start, names[-1].start)):
        return None  # "The games segment, built around Quill, recorded ...": the segment reports, not Quill
    name = names[-1]
    if fact.unit == "percent":
        return "revenue_growth" if _unit_rate(text, name, quantity, quantities) else None
    return "revenue" if _matches(text, name, quantity.start, "amount") else None


def _unit_rate(text: str, name: OrgMention, rate: Quantity, quantities: list[Quantity]) -> bool:
    """The unit's sales change: right after the measure, or right after the unit's amount."""
    if _NARROWER_BASIS_AFTER.match(text, rate.end):
        return False
    if _NARROWER_BASIS_BEFORE.search(text, name.end, rate.start):
        return False
    if _matches(text, name, rate.start, "rate"):
        return True
    amounts = [q for q in quantities if name.end < q.end <= rate.start and q.kind == "money"]
    if not amounts:
        return False
    amount = amounts[-1]
    between = _RATE_AFTER_AMOUNT.fullmatch(text, amount.end, rate.start)
    return between is not None and _matches(text, name, amount.start, "amount")


def _matches(text: str, name: OrgMention, figure_start: int, kind: str) -> bool:
    line_start = text.rfind("\n", 0, name.start) + 1
    opens_line = re.fullmatch(_BULLET, text[line_start : name.start]) is not None
    return any(
        cue.kind == kind
        and (opens_line or not cue.line_start)
        and cue.pattern.fullmatch(text, name.end, figure_start) is not None
        for cue in UNIT_RESULT_CUES
    )


def fact_quantity(fact: MetricFact, quantities: list[Quantity]) -> Quantity | None:
    """The figure the fact states: a quantity of its value and unit inside its evidence."""
    for quantity in quantities:
        inside = fact.evidence.start <= quantity.start < fact.evidence.end
        # a fall is stored negative; the quantity as written is not
        close = abs(abs(quantity.value) - abs(fact.value)) <= 1e-6 * max(1.0, abs(fact.value))
        if inside and quantity.unit == fact.unit and close:
            return quantity
    return None


def renamed_other(
    facts: list[MetricFact],
    quantities: list[Quantity],
    concerned: Callable[[MetricFact], bool],
    narrower: Callable[[MetricFact, Quantity], bool],
) -> list[MetricFact]:
    """``facts`` in order, each ``concerned`` one whose own figure ``narrower`` judges narrower than its
    name renamed `other` (the shape every post-naming pass shares: find the figure, then decide)."""
    by_start = sorted(quantities, key=lambda q: q.start)
    out = []
    for fact in facts:
        if concerned(fact):
            quantity = fact_quantity(fact, by_start)
            if quantity is not None and narrower(fact, quantity):
                fact = replace(fact, metric_name="other")
        out.append(fact)
    return out


def _clause_before(text: str, sentence_start: int, position: int) -> str:
    """The words between the last comma (or the sentence's start) and ``position``."""
    cut = max(text.rfind(",", sentence_start, position), text.rfind(";", sentence_start, position))
    return text[max(cut + 1, sentence_start) : position]


def sentence_start_of(text: str, position: int) -> int:
    stop = max(text.rfind(". ", 0, position) + 2, text.rfind("\n", 0, position) + 1)
    return stop if stop > 1 else 0


# A company's sales for the part of a period it belonged to the group ("contributed revenue of X in its
# first six months in the group"): not its revenue for any period the article reports, an `other` row
# (Conventions, newer gold sets). A contribution over a full year ("its first full year") stays revenue.
_CONTRIBUTION_VERB = re.compile(r"\b(?:contribut(?:ed|es|ing)|added|adds|brought\s+in)\b", re.IGNORECASE)
_PART_PERIOD = re.compile(
    r"\b(?:(?:in|during|over)\s+(?:its|their|the)\s+first\s+(?!full\b)(?:[\w-]+\s+)?(?:months?|weeks?|quarters?|year)"
    r"\s+(?:in|with|inside|within|under|as\s+part\s+of)"
    r"|since\s+(?:the\s+|its\s+)?(?:closing|completion|acquisition|deal|consolidation|takeover|merger)"
    r"|part[\s-]year)\b",
    re.IGNORECASE,
)
PART_PERIOD_EXAMPLES = (
    "Quill Clinics, acquired by Velorix Group in October, contributed revenue of $21 million in its first "
    "six months in the group.",
    "Quill Logistics contributed $18.3 million of revenue in the three months since the closing.",
    "Quill Logistics added revenue of $68 million in the part-year it was owned.",
)
# Sales a company "contributed" or "added" to the group's ("contributed $18.3 million of revenue in the
# quarter"): a part of the group's revenue, a narrower scope than any organization's own top line
# (Conventions; gold from blind105 on names every such contribution `other`). The verb stands right
# before the figure (a few words: "contributed revenue of", "added a further") and the revenue noun
# between them or right after the figure ("of revenue", "to group sales"); "brought in" is also a
# company's own results verb ("the quarter brought in net sales of"), so only the part-period rule reads it.
_CONTRIBUTED_BEFORE = re.compile(
    r"\b(?:contribut(?:ed|es|ing)|added|adds)(?P<between>(?:\s+(?!and\b|but\b)[\w'’-]+){0,4}?)\s*$",
    re.IGNORECASE,
)
_SALES_NOUN = r"(?:(?:net|gross|total)\s+)?(?:revenues?|sales|turnover)"
_REVENUE_BETWEEN = re.compile(rf"\b{_SALES_NOUN}\s+of\b", re.IGNORECASE)
_REVENUE_AFTER_FIGURE = re.compile(
    rf"\s*(?:of|to|in)\s+(?:the\s+)?(?:(?:group|group's|company's|its|their|our|consolidated)\s+)?"
    rf"(?:[\w-]+\s+)?{_SALES_NOUN}\b",
    re.IGNORECASE,
)
_FULL_YEAR = re.compile(r"\bfull\s+(?:financial\s+|fiscal\s+)?year\b", re.IGNORECASE)
CONTRIBUTION_EXAMPLES = (
    "Quill Logistics contributed $18.3 million of revenue in the quarter.",
    "Quill Logistics, bought in May, contributed revenue of €29.5 million.",
    "Quill Logistics added NT$380 million of revenue in the quarter.",
    "It contributed RM19.7 million to group revenue in the quarter.",
)
NOT_A_CONTRIBUTION_EXAMPLES = (
    "The quarter brought in net sales of $30.5 million for Velorix.",
    "Velorix added 12 stores and reported revenue of $18.3 million.",
)


def part_period_contributions(
    text: str, facts: list[MetricFact], quantities: list[Quantity]
) -> list[MetricFact]:
    """``facts`` with a company's revenue contributed to its group, or for the part of a period it was
    in the group, renamed `other`."""
    return renamed_other(
        facts,
        quantities,
        lambda fact: fact.metric_name == "revenue" and fact.unit not in ("percent", "count"),
        lambda _fact, quantity: _part_period_contribution(text, quantity) or _contributed(text, quantity),
    )


def _contributed(text: str, quantity: Quantity) -> bool:
    """A contribution verb right before the figure, the revenue noun between them or right after it."""
    verb = _CONTRIBUTED_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
    if verb is None or _FULL_YEAR.search(text, quantity.end, _sentence_end(text, quantity.end)):
        return False
    return bool(
        _REVENUE_BETWEEN.search(verb.group("between")) or _REVENUE_AFTER_FIGURE.match(text, quantity.end)
    )


def _part_period_contribution(text: str, quantity: Quantity) -> bool:
    """A contribution verb before the figure in its sentence, a part of a period after it."""
    start = sentence_start_of(text, quantity.start)
    end = _sentence_end(text, quantity.end)
    if _CONTRIBUTION_VERB.search(text[start : quantity.start]) is None:
        return False
    return _PART_PERIOD.search(text, quantity.end, end) is not None


def _sentence_end(text: str, position: int) -> int:
    ends = [e for e in (text.find(". ", position), text.find("\n", position)) if e >= 0]
    return min(ends) if ends else len(text)
