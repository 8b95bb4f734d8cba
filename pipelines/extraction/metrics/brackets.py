"""Last year's figure written in brackets after this year's, in prose ("SEK 199.6 million (181.4)").

Nordic, Swiss and some Asian reports write the year-earlier figure bare in a bracket right after the
figure it compares with, in that figure's unit and scale. Two layouts:

- the scale after the bracket, shared by both numbers: "SEK 2,057 (1,804) million", "24.9 (22.1) percent".
  The quantity finder reads "SEK 2,057" alone (no scale) and two bare counts; `shared_scale` rewrites
  both numbers into the unit and scale written after the bracket.
- the scale before it: "SEK 199.6 million (181.4)", "24.6% (23.5)", "548 (532) employees": the bracket's
  number is read in the head figure's unit and scale (`year_earlier_value`).

Label lines read the second layout on their own (lines._earlier_figures); this module serves the
sentence reader and runs before both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.metrics.lines import bare_bracket, plain_bracket
from pipelines.extraction.model import Quantity
from pipelines.extraction.quantities import SCALES

# The unit or scale written once after "head (earlier)": each names its value factor and the kind the
# two numbers take. "percent" turns two bare counts into percentages.
# One space at most before the bracket: "221.6       (7.7)%" is two columns of a table (a figure, then its
# change), not a figure and last year's sharing a unit.
_SHARED_AFTER = re.compile(
    r"[ \t]?\(\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\)\s?"
    r"(?P<scale>(?i:billion|million|thousand|bn|mn|m)|(?i:per\s?cent|percent)|%)(?![\w%])"
)
# Cue table: each layout with a made-up example (text, head value, earlier value, unit).
SHARED_SCALE_EXAMPLES = (
    ("Net sales rose to SEK 2,057 (1,804) million.", 2057e6, 1804e6, "SEK"),
    ("EBIT reached EUR 41.5 (38.2) billion.", 41.5e9, 38.2e9, "EUR"),
    ("The EBIT margin was 24.9 (22.1) percent.", 24.9, 22.1, "percent"),
    ("The margin was 8.4 (9.0) per cent.", 8.4, 9.0, "percent"),
)
_SCALE_WORDS = {"bn": "billion", "mn": "million", "m": "million"}


def shared_scale(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (sorted by start) with each "head (earlier) scale" pair read in the shared scale."""
    by_start = {q.start: i for i, q in enumerate(quantities)}
    out = list(quantities)
    for i, head in enumerate(quantities):
        if head.scale is not None or head.kind not in ("money", "count"):
            continue
        found = _SHARED_AFTER.match(text, head.end)
        if found is None:
            continue
        j = by_start.get(found.start("num"))
        if j is None or j != i + 1:
            continue
        scale = found.group("scale").lower()
        if "%" in scale or "cent" in scale:
            if head.kind != "count":
                continue
            out[i] = _as(head, "percent", head.value, "percent", None)
            out[j] = _as(quantities[j], "percent", quantities[j].value, "percent", None)
            continue
        if head.kind != "money":
            continue  # "548 (532) million": a count's scale after a bracket is too rare to guess at
        word = _SCALE_WORDS.get(scale, scale)
        factor = SCALES[word]
        out[i] = _as(head, "money", head.value * factor, head.unit, word)
        out[j] = _as(quantities[j], "money", quantities[j].value * factor, head.unit, word)
    return out


def _as(quantity: Quantity, kind: str, value: float, unit: str, scale: str | None) -> Quantity:
    return replace(quantity, kind=kind, value=value, unit=unit, scale=scale)


# Cue table: a sentence's figure and last year's in a bracket after it (text, earlier value, unit).
YEAR_EARLIER_EXAMPLES = (
    ("Velorix's net sales amounted to SEK 199.6 million (181.4) in the third quarter of 2025.",
     181.4e6, "SEK"),
    ("In the third quarter of 2025 Velorix's EBITA margin was 24.6% (23.5).", 23.5, "percent"),
    ("Velorix's operating profit was EUR 38.0 million (EUR 32.1 million) in the third quarter of 2025.",
     32.1e6, "EUR"),
    ("In the third quarter of 2025 Velorix's EBIT reached SEK 512 (398) million.", 398e6, "SEK"),
)


def year_earlier_value(text: str, head: Quantity, quantity: Quantity) -> float | None:
    """The value of ``quantity`` when it stands alone in a bracket right after ``head``, in head's
    unit and scale (the figure a year before head's); None otherwise."""
    if quantity.start - head.end > 6:
        return None
    if head.kind == "count" and head.scale is not None and quantity.scale is None:
        value: float | None = plain_bracket(text, head, quantity)  # "3.4 million (3.3)": in millions too
    elif bare_bracket(text, head, quantity):
        value = quantity.value
    elif head.kind == "count" and quantity.kind == "count" and quantity.scale == head.scale:
        # "548 (532) employees": a count's earlier count, bare as the head
        value = plain_bracket(text, replace(head, kind="percent"), quantity)
    else:
        value = plain_bracket(text, head, quantity)
    if value is None or not head.value:
        return value
    # A year's change stays within a factor of five; a footnote mark is no figure ("$5.2 million (1)").
    return value if 0.2 <= abs(value / head.value) <= 5 else None
