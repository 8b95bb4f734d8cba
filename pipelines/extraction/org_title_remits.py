"""A person's title holds capitalised words that are no organization: the remit of the post ("Head of Cloud
and Digital Platforms at Velorix", "Minister of Energy and Natural Resources"). The recognizer and the name
patterns read such remits as names ("Digital Platforms", "Natural Resources"). A remit is told by its
place in the sentence: after a post's head word and "of" / "for" / a comma, among the other remit items,
and, for a company's post, before "at" and the employer's name. Pure functions over the text; the
entities package applies them before overlaps are resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.entities.vocabulary import CAP
from pipelines.letters import UPPER

# A remit item: one to four capitalised words ("Data Centres", "Global Telco Alliances").
_ITEM = rf"{CAP}(?:[ ]+{CAP}){{0,3}}"
# Between two items: a comma, "and", "&" or both ("Economy, Employment and Digital Transformation").
_BETWEEN = r"(?:,[ ]+(?:and[ ]+)?|[ ]+(?:and|&)[ ]+)"
_EARLIER_ITEMS = rf"(?:{_ITEM}{_BETWEEN})*"
# A company's post, whose remit is followed by "at" and the employer; each head with a made-up example.
COMPANY_POST_HEADS: tuple[tuple[str, str, str], ...] = (
    ("Head", "Ana Velt, Head of Cloud and Digital Platforms at Velorix, said so.", "Digital Platforms"),
    ("Director", "Ana Velt, Director of Data Centres at Quandra Bank, said so.", "Data Centres"),
    (
        "President",
        "Ana Velt, Vice President, Global Telco Alliances at Velorix, said so.",
        "Global Telco Alliances",
    ),
    ("Officer", "Ana Velt, Chief Officer for Retail Banking at Quandra Bank, said so.", "Retail Banking"),
    (
        "Manager",
        "Ana Velt, General Manager for Commercial Affairs at Velorix, said so.",
        "Commercial Affairs",
    ),
    ("Controller", "Ana Velt, Controller for Group Treasury at Velorix, said so.", "Group Treasury"),
    (
        "Partner",
        "Ana Velt, Partner for Portfolio Management at Quandra Capital, said so.",
        "Portfolio Management",
    ),
)
# A government's post, whose remit needs no employer after it; each with a made-up example.
OFFICE_POST_HEADS: tuple[tuple[str, str, str], ...] = (
    ("Minister", "It met the Minister of Energy and Natural Resources of Quarva.", "Natural Resources"),
    (
        "in charge of",
        "Ana Velt, Vice Mayor in charge of Economic Development, said so.",
        "Economic Development",
    ),
)


def _heads(table: tuple[tuple[str, str, str], ...]) -> str:
    return "|".join(re.escape(head) for head, _text, _remit in table)


# Text before a remit item: the post's head, "of" / "for" / a comma, the items before this one.
_AFTER_COMPANY_POST = re.compile(
    rf"\b(?:{_heads(COMPANY_POST_HEADS)})(?:[ ]+(?:of|for)[ ]+|,[ ]+){_EARLIER_ITEMS}$"
)
_AFTER_OFFICE_POST = re.compile(rf"\b(?:{_heads(OFFICE_POST_HEADS)})(?:[ ]+(?:of|for))?[ ]+{_EARLIER_ITEMS}$")
# Text after it: the rest of its item where the span was cut ("Sovereign Cloud" + " Partnerships"), the later
# items, then "at" and the employer.
_BEFORE_EMPLOYER = re.compile(rf"(?:[ ]+{CAP})*(?:{_BETWEEN}{_ITEM})*[ ]+at[ ]+{UPPER}")
_LOOK_BACK = 160  # characters before a candidate read for the post and the earlier items


def in_a_title_remit(text: str, start: int, end: int) -> bool:
    """The span [start, end) is an item of a post's remit: after a government post's head, or after a
    company post's head with "at" and the employer after the remit."""
    before = text[max(0, start - _LOOK_BACK) : start]
    if _AFTER_OFFICE_POST.search(before):
        return True
    return _AFTER_COMPANY_POST.search(before) is not None and _BEFORE_EMPLOYER.match(text, end) is not None


def outside_title_remits(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without those that are items of a post's remit."""
    return [c for c in candidates if not in_a_title_remit(text, c.start, c.end)]
