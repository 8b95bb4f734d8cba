"""Common nouns a recognizer takes for organizations because a sentence or a line opens with them.

"License revenue fell 11%" and "- Vehicle deliveries were 146,200" write a kind of revenue or of goods
in capitals only because the sentence or the bullet starts there; a recognizer that reads the capital as
a name makes "License" an organization, and the owner rules then give it the figure its measure states.
In an issuer's own release such a word, never written anywhere else in the text, is the measure's
modifier: the figure is the issuer's.
"""

from __future__ import annotations

import re

from pipelines.extraction.model import OrgMention

# What opens a sentence or a line: its start, a bullet, or a sentence's end.
_OPENING_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’)]?[ \t]+)[ \t]*(?:[-–•*▪◦·][ \t]*)?$")
# A measure right after the word ("License revenue", "Vehicle sales revenue", "Subscription customers").
MEASURE_AFTER = re.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:revenues?|sales|deliveries|shipments|volumes?|orders|bookings|"
    r"margins?|income|profits?|costs?|expenses|customers|users|subscribers|units|gross\s+profit|"
    r"ebitda|arr|backlog)\b",
    re.IGNORECASE,
)
MEASURE_MODIFIER_EXAMPLES = (
    "License revenue fell 11% to $26.9 million.",
    "- Vehicle deliveries were 146,200, up 22%.",
    "Results were mixed. Subscription revenue rose 8%.",
)


def _opens_with_measure(text: str, mention: OrgMention) -> bool:
    return (
        len(mention.text.split()) == 1
        and mention.text[1:].islower()
        and _OPENING_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and MEASURE_AFTER.match(text, mention.end) is not None
    )


def measure_modifier_keys(text: str, mentions: list[OrgMention], issuer: OrgMention | None) -> set[str]:
    """Keys of the organizations, other than the issuer, whose every mention is one capitalised word
    opening a sentence or a line before a measure; none without an issuer (a story may open a sentence
    with a small company's name: "Quill revenue rose 5%")."""
    if issuer is None:
        return set()
    by_key: dict[str, list[OrgMention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, []).append(mention)
    return {
        key
        for key, found in by_key.items()
        if key != issuer.key and all(_opens_with_measure(text, m) for m in found)
    }
