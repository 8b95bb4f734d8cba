"""The headings of a page of several numbered items (a newsletter, a briefs page): one vocabulary.

A page of several stories numbers its headlines ("1. Velorix: a good year", "2) QUILL RAISES $60
MILLION"). Each item is a document of its own: the sentence reader starts afresh at its heading
(article.py), the issuer of the page is none of its items' companies (issuer.py), the page states no one
calendar (article_calendar.py), and a label line naming no organization belongs to its own item's
company, never to the page's reporting company (article.py, reporting.py). Every reader takes the
heading shapes from NUMBERED_ITEM_CUES below, so a shape added here is a boundary for all of them.

A heading is a whole line: the number mark, a capital, then a short title that ends without a
sentence's full stop ("1. Approved the issue of shares on a preferential basis." is an item of a
resolution, not a story's headline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberedItemCue:
    mark: str  # the regular expression of the number mark and what must follow it
    example: str  # a made-up page of two items whose headings only this cue reads


NUMBERED_ITEM_CUES: tuple[NumberedItemCue, ...] = (
    # the number and a full stop
    NumberedItemCue(
        r"\d{1,2}\.[ \t]+",
        "1. Velorix: a good year\nVelorix said revenue rose.\n\n2. Quill holds steady\nQuill sold more.\n",
    ),
    # the number and a closing bracket
    NumberedItemCue(
        r"\d{1,2}\)[ \t]+",
        "1) VELORIX: A GOOD YEAR\nVelorix said revenue rose.\n\n2) QUILL HOLDS STEADY\nQuill sold more.\n",
    ),
    # the number in brackets, as a filing numbers its sub-sections ("(1) Consolidated operating results"):
    # an item's heading only where a dash or a colon sets its subject off, as a page of stories does
    NumberedItemCue(
        r"\(\d{1,2}\)[ \t]+(?=[^\n]{1,60}?(?:[ \t][-–—][ \t]|:[ \t]))",
        "(1) Velorix - a good year\nVelorix said revenue rose.\n\n(2) Quill - steady\nQuill sold more.\n",
    ),
)

# A numbered heading: a cue's mark, then a capital and a title of at most about 100 characters that does
# not end as a sentence does ("2. Megaport agrees to buy Latitude.sh", "3) SHORT TAKES")
NUMBERED_HEADING = re.compile(
    "(?:" + "|".join(cue.mark for cue in NUMBERED_ITEM_CUES) + r")(?P<title>[A-Z][^\n]{0,100}[^.!?\s])"
)
# A title opening in capitals ("2) QUILL HOLDS STEADY"): what the issuer's reader counts, where a
# filing's numbered sections in ordinary case ("1. Overview of results") must not hide its letterhead
_CAPITALS = re.compile(r"[A-Z][A-Z]")
_LINE = re.compile(r"[^\n]+")


def is_numbered_heading(line: str) -> bool:
    """Whether ``line`` (one line, any surrounding blanks) is a numbered item's heading."""
    return NUMBERED_HEADING.fullmatch(line.strip()) is not None


def numbered_headings(text: str, capitals_only: bool = False) -> list[int]:
    """Where each numbered heading's line starts; ``capitals_only``: the headings written in capitals."""
    starts = []
    for match in _LINE.finditer(text):
        line = match.group().strip()
        heading = NUMBERED_HEADING.fullmatch(line)
        if heading is None:
            continue
        if capitals_only and not _CAPITALS.match(heading.group("title")):
            continue
        starts.append(match.start())
    return starts


def numbered_items(text: str, capitals_only: bool = False) -> list[int]:
    """Where the items of a page of two or more numbered items open; empty on a page that is one story."""
    starts = numbered_headings(text, capitals_only)
    return starts if len(starts) >= 2 else []
