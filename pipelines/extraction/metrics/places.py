"""A figure for one place (a country, a city, a region of the gazetteer) is a narrower scope than its
organization: `other` (GOLD_SCHEMA Conventions), like the fixed region words of cues.SCOPE_BEFORE.

Two shapes, each with its example: a sentence opening with the place ("In Sweden, revenue rose 2%") and
the place written on the revenue noun ("Japan sales were $1 billion", "sales in the US rose 31%").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction.gazetteer import default_gazetteer

PLACE_OPENING_EXAMPLES = (
    "Velorix's revenue was $9 billion in 2025. In Sweden, revenue rose 1.9% to $1 billion.",
    "Velorix's revenue was $9 billion in 2025. "
    "In Lithuania, Latvia and Estonia together, revenue was $1.4 billion.",
)
PLACE_ON_NOUN_EXAMPLES = (
    "Velorix's revenue was $9 billion in 2025, with its China revenue up 6%.",
    "Velorix's revenue was $9 billion in 2025, while sales in the US rose 31%.",
    # the noun opening its sentence is capitalised; the place stays case-sensitive ("US", not "us")
    "Velorix's revenue was $9 billion in 2025. Revenue in Japan slipped 1.2% to $1.6 billion.",
)


# "revenue in Danish kroner": a currency, not a place (the gazetteer's places hold adjectives too)
_MONEY_WORD = (
    r"(?:kroner|kronor|krone|crowns?|dollars?|euros?|yen|yuan|renminbi|rupees?|pounds?|francs?|reais|real|"
    r"pesos?|rand|won|ringgit|baht|currency|terms)\b"
)
CURRENCY_NOT_PLACE_EXAMPLE = "Velorix's revenue in Danish kroner rose 5% to DKK 29,180 million in 2025."


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # longest first, so "South Korea" is read whole; case-sensitive: "US" is a place, "us" is not
    places = sorted(default_gazetteer().places, key=len, reverse=True)
    place = r"(?:the\s+)?(?:" + "|".join(re.escape(p) for p in places) + r")(?![\w-])"
    opening = re.compile(
        rf"^\W*(?:[Ii]n|[Aa]cross|[Ff]or)\s+{place}(?:\s*(?:,|and|&)\s*{place})*"
        r"(?:\s+(?:together|alone|combined))?\s*,"
    )
    on_noun = re.compile(
        rf"(?<![\w-])(?P<place>{place})\s+(?i:revenues?|sales|turnover)\b|"
        rf"\b(?i:revenues?|sales|turnover)\s+(?:in|from)\s+(?P<after>{place})(?!\s+{_MONEY_WORD})"
    )
    return opening, on_noun


def place_scope(sentence_before: str, before: str, before_start: int, org_ends: set[int]) -> bool:
    """Whether the figure's sentence opens with a place, or a place is written on the revenue noun within
    ``before`` (text ending at the figure, starting at ``before_start``); a place ending an organization's
    name ("Velorix Sweden sales") is that organization's, no scope."""
    opening, on_noun = _patterns()
    if opening.match(sentence_before):
        return True
    for match in on_noun.finditer(before):
        group = "place" if match.group("place") else "after"
        if before_start + match.end(group) not in org_ends:
            return True
    return False
