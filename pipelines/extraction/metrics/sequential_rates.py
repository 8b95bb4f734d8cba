"""A sales change measured against another quarter than the same quarter a year before is a sequential
change, `other` (GOLD_SCHEMA Conventions: "a sequential quarter-on-quarter change is `other`"); a half's
change against the other half of its year likewise.

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
# The figure's own part of its year: a quarter or a half of its period label ("Q3 2026", "FY2027 H2").
_OWN_PART = re.compile(r"\b(?P<kind>[QH])(?P<number>[1-4])\b")
# The compared quarter by its ordinal or its code: "the fiscal fourth quarter", "Q2 FY2026", "2Q25"; or
# the quarter before by name ("the preceding quarter", "the previous three months"), number 0: never the
# figure's own.
_QUARTER = (
    r"(?:the\s+)?(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b|"
    r"Q(?P<code>[1-4])\b|(?P<lead>[1-4])Q\d|"
    r"(?:the\s+)?(?P<before>previous|preceding|prior|immediately\s+preceding)\s+(?:quarter|three\s+months)\b|"
    # a half of the year, compared the same way ("8.5% higher than the KES 4.72 billion of the first half")
    r"(?:the\s+)?(?P<half>first|second)\s+half\b|H(?P<hcode>[12])\b|"
    r"(?:the\s+)?(?P<half_before>previous|preceding|prior)\s+(?:half|six\s+months)\b"
)
# The earlier amount, its currency word after it if so written ("the 3.61 billion lira").
_AMOUNT = (
    r"(?:the\s+)?(?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z]{1,3}\s?|Rs\.?\s?)?\d[\d.,]*\s*(?:million|billion|crore|bn|mn|m)?"
    r"(?:\s+(?!in\b|of\b|for\b|we\b|it\b)[a-z]{3,10}\b)?"
)
# Right after the rate: a comparison word, the earlier amount and its verb if written, then the quarter.
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?:higher|lower|more|less|above|below)\s+than(?:\s+in)?|from|on|over|above|below|against|versus|vs\.?|"
    r"compared\s+(?:with|to))\s+"
    rf"(?:{_AMOUNT}\s+(?:(?:we\s+|it\s+)?(?:booked|recorded|reported|posted|earned|generated|made)\s+)?"
    r"(?:in|of|for)\s+)?"
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
    "Quill Systems reported revenue of 4.1 billion lira in the third quarter of 2026, "
    "9% higher than the 3.76 billion lira of the second quarter.",
    "Quill Systems reported revenue of ₹731 crore in the second quarter of FY2027, "
    "11.6% higher than the ₹655 crore we reported in the first quarter.",
    "Quill Systems reported revenue of A$203.1 million in the second half of FY2026, "
    "10.8% higher than the A$183.3 million recorded in the first half of FY2026.",
    "Quill Systems reported revenue of $352.5 million in the second half of 2026. "
    "Compared with the first half, revenue rose 6.3%.",
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
    return fact.metric_name in _GROWTH_NAMES and _OWN_PART.search(fact.period_label or "") is not None


def _compared_with_another_quarter(text: str, fact: MetricFact, rate: Quantity) -> bool:
    """A quarter's rate against another quarter, a half's against another half; a quarter against a
    half (or the reverse) is left alone."""
    own = _OWN_PART.search(fact.period_label or "")
    compared = _compared_part(text, rate)
    if own is None or compared is None or compared[0] != own.group("kind"):
        return False
    return compared[1] != int(own.group("number"))


def _compared_part(text: str, rate: Quantity) -> tuple[str, int] | None:
    """The kind ("Q" or "H") and number of the part of a year the rate is compared with: written right
    after it, or opening its sentence; number 0 for "the preceding" one; None when none is named there."""
    match = _COMPARED_AFTER.match(text, rate.end)
    if match is None:
        match = _COMPARED_OPENING.match(text[sentence_start_of(text, rate.start) : rate.start])
    if match is None:
        return None
    if match.group("before"):
        return ("Q", 0)
    if match.group("half_before"):
        return ("H", 0)
    if match.group("half"):
        return ("H", ORDINALS[match.group("half").lower()])
    if match.group("hcode"):
        return ("H", int(match.group("hcode")))
    if match.group("ordinal"):
        return ("Q", ORDINALS[match.group("ordinal").lower()])
    return ("Q", int(match.group("code") or match.group("lead")))
