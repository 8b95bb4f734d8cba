"""A sales change measured against another quarter than the same quarter a year before is a sequential
change, `other` (GOLD_SCHEMA Conventions: "a sequential quarter-on-quarter change is `other`").

The sentence reader's sequential cues (cues.SEQUENTIAL_*) know the quarter before when it is named without
a year ("up 4% from the third quarter"). Named with its year or fiscal year, or with its own amount ("up
12% on the A$189.3 million recorded in the fourth quarter of FY2026", "6% more than the EUR 121 million
of the third quarter"), only the figure's own period tells: once periods are read, a quarter's rate
compared with a quarter of another number is against an earlier quarter, not the year before (a
year-on-year comparison names the same quarter: "up 9% from the third quarter of 2025").
"""

from __future__ import annotations

import re

from pipelines.extraction.metrics.unit_results import renamed_other, sentence_start_of
from pipelines.extraction.model import MetricFact, Quantity
from pipelines.extraction.periods import ORDINALS

_GROWTH_NAMES = {"revenue_growth", "cloud_revenue_growth"}
_OWN_QUARTER = re.compile(r"\bQ([1-4])\b")
# The compared quarter by its ordinal or its code: "the fiscal fourth quarter", "Q2 FY2026", "2Q25"; or
# the quarter before by name ("the preceding quarter", "the previous three months"), number 0: never the
# figure's own.
_QUARTER = (
    r"(?:the\s+)?(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b|"
    r"Q(?P<code>[1-4])\b|(?P<lead>[1-4])Q\d|"
    r"(?:the\s+)?(?P<before>previous|preceding|prior|immediately\s+preceding)\s+(?:quarter|three\s+months)\b"
)
_AMOUNT = (
    r"(?:the\s+)?(?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z]{1,3}\s?|Rs\.?\s?)?\d[\d.,]*\s*(?:million|billion|crore|bn|mn|m)?"
)
# Right after the rate: a comparison word, the earlier amount and its verb if written, then the quarter.
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?:higher|lower|more|less|above|below)\s+than(?:\s+in)?|from|on|over|above|below|against|versus|vs\.?|"
    r"compared\s+(?:with|to))\s+"
    rf"(?:{_AMOUNT}\s+(?:(?:booked|recorded|reported|posted|earned|generated|made)\s+)?(?:in|of|for)\s+)?"
    rf"(?:{_QUARTER})",
    re.IGNORECASE,
)
# Opening the rate's sentence: "Compared with the fiscal fourth quarter of 2026, total revenue rose 22%".
_COMPARED_OPENING = re.compile(
    rf"^\W*(?:compared\s+(?:with|to)|versus|against|relative\s+to|in\s+relation\s+to)\s+(?:{_QUARTER})",
    re.IGNORECASE,
)
COMPARED_QUARTER_EXAMPLES = (
    "Quill Systems reported revenue of A$212 million in the first quarter of FY2027. "
    "Revenue was up 12% on the A$189.3 million recorded in the fourth quarter of FY2026.",
    "Quill Systems reported revenue of EUR 128 million in the fourth quarter of 2025, "
    "6% more than the EUR 121 million of the third quarter.",
    "Quill Systems reported revenue of $90 million in the first quarter of fiscal 2027. "
    "Compared with the fiscal fourth quarter of 2026, total revenue rose 22%.",
    "Quill Systems reported revenue of $98 million in the third quarter of 2026, "
    "6.5% higher than the $92 million booked in the preceding quarter.",
    "Quill Systems reported revenue of A$212 million in the first quarter of FY2027. "
    "Revenue was 4% higher than in the fourth quarter of FY2026.",
)


def sequential_quarter_rates(
    text: str, facts: list[MetricFact], quantities: list[Quantity]
) -> list[MetricFact]:
    """``facts`` with a quarter's sales change against a quarter of another number renamed `other`."""
    return renamed_other(
        facts,
        quantities,
        _states_its_own_quarter,
        lambda fact, quantity: _compared_with_another_quarter(text, fact, quantity),
    )


def _states_its_own_quarter(fact: MetricFact) -> bool:
    return fact.metric_name in _GROWTH_NAMES and _OWN_QUARTER.search(fact.period_label or "") is not None


def _compared_with_another_quarter(text: str, fact: MetricFact, rate: Quantity) -> bool:
    own = _OWN_QUARTER.search(fact.period_label or "")
    compared = _compared_quarter(text, rate)
    return own is not None and compared is not None and compared != int(own.group(1))


def _compared_quarter(text: str, rate: Quantity) -> int | None:
    """The number of the quarter the rate is compared with: written right after it, or opening its
    sentence; None when no quarter is named there."""
    match = _COMPARED_AFTER.match(text, rate.end)
    if match is None:
        match = _COMPARED_OPENING.match(text[sentence_start_of(text, rate.start) : rate.start])
    if match is None:
        return None
    if match.group("before"):
        return 0
    if match.group("ordinal"):
        return ORDINALS[match.group("ordinal").lower()]
    return int(match.group("code") or match.group("lead"))
