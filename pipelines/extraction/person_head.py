"""A bare "head" is half a title: "head of Cyber Security", "head of the company's cloud unit" state the
whole of it, and a heading verb ("X leads the group", "X has run it since 1997") states no title at all
(people/ reads "head" from both; the annotators write the office the text names, or none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A word of the head's complement: no punctuation that ends a phrase.
_WORD = r"[^\s,.;:()\"“”]+"
# Where the complement stops: punctuation, or a word that opens what is said of it ("for the
# government", "since 2018", "said").
_STOP = (
    r"(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:for|at|since|said|says|and|who|until|from|in|to|with|after|before|on)"
    r"(?![\w-]))"
)
_HEAD_OF = re.compile(rf"(?i)(?<![\w-])(head\s+of\s+(?:{_WORD}\s+){{0,5}}?{_WORD}){_STOP}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_REACH = 150


def is_bare_head(title: str | None) -> bool:
    return title is not None and title.strip().lower() == "head"


def whole_head(text: str, mentions: Iterable[tuple[int, int]]) -> str | None:
    """ "head of X" stated after a mention of the person, in the same sentence ("Name, head of X",
    "Name will stay on as head of X"); None where no mention has one."""
    for _start, end in sorted(mentions):
        window = text[end : end + _REACH]
        stop = _SENTENCE_END.search(window)
        window = window[: stop.start()] if stop else window
        found = _HEAD_OF.search(window + ".")  # the sentence's end closes the complement
        if found is not None:
            return " ".join(found.group(1).split())
    return None
