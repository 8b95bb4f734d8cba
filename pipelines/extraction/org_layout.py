"""Names the page's layout and the article's own voice make something other than an organization: the
publication itself (credited on its own credit lines, or the one a source "told"), the items of a postal
address, and a place named as the site of a company's plant. Rows of cues with examples are in
org_cues.py (PRESS_CREDIT_LINE, TOLD_THE_PUBLICATION, ADDRESS_LINE, SITE_NOUN_AFTER)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction.literal_scan import literal_matches, not_after, not_before
from pipelines.extraction.org_cues import (
    ADDRESS_LINE,
    PLACE_POSITIONS,
    PRESS_CREDIT_LINE,
    SITE_NOUN_AFTER,
    SITE_OWNER_BEFORE,
    TICKER_NOTE_EXCHANGE,
    TOLD_THE_PUBLICATION,
)

Span = tuple[int, int]

_PROSE_WORD = re.compile(r"(?<![\w-])(?!(?:and|of|the|de|di|du|la|no)\b)[a-z]{2,}\b")
# A company "told" an exchange, a regulator or a court in a filing: a body, not the publication.
_BODY_TOLD = re.compile(
    r"\b(?:Exchange|Commission|Authority|Ministry|Department|Regulator|Court|Bank|Board)\b"
)
ADDRESS_CUE = re.compile(r"Office|Address|Avenue|Road|Street|Lane|Boulevard|Marg|Nagar")

_NOT_AFTER_WORD = not_after("-")
_NOT_BEFORE_WORD = not_before("'’-")


def _mentions(text: str, surface: str) -> list[Span]:
    return list(literal_matches(text, surface, _NOT_AFTER_WORD, _NOT_BEFORE_WORD)) if surface else []


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


@lru_cache(maxsize=8)
def _has_press_cues(text: str) -> bool:
    """Whether the article has a "told" or a credit line at all (read once per article, not per name)."""
    return "told" in text or PRESS_CREDIT_LINE.search(text) is not None


def publication_only(text: str, surface: str) -> bool:
    """Every mention of the name is the publication speaking of itself: on its credit, disclaimer or
    copyright line ("Disclaimer: Kestrel Daily has no ...", "(c) 2025 Kestrel Daily"), or the one a source
    spoke to ("the founder told Kestrel Daily"). Gold leaves the publication out like other page chrome."""
    if not _has_press_cues(text):  # once per article: most articles have none
        return False
    mentions = _mentions(text, surface)
    if not mentions or len(mentions) > 6:
        return False
    for start, _end in mentions:
        told = TOLD_THE_PUBLICATION.search(text, max(0, start - 30), start)
        if told and not _BODY_TOLD.search(surface):
            continue
        if PRESS_CREDIT_LINE.search(_line_of(text, start)):
            continue
        return False
    return True


def address_lines(text: str) -> list[Span]:
    """Where each postal address line lies ("Regd. Office: Plot No. 3, Kestrel Park, Velmont - 600 130");
    its comma-separated items are streets, sites and towns."""
    if not ADDRESS_CUE.search(text):  # cheap prefilter: no address label, no street word
        return []
    return [
        (m.start(), m.end()) for m in ADDRESS_LINE.finditer(text)
        # a sentence about a company at its street address is prose: its lower-case words say so
        if ":" in m.group(0)[:40] or not _PROSE_WORD.search(m.group(0))
    ]


def in_address(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def site_of_a_plant(text: str, start: int, end: int) -> bool:
    """The name stands where a company's site is named by its place: "its Velmont plant", "its Velmont
    and Kestrel Bay facilities" (every mention must be so for the name to go: see filtering)."""
    before = text[max(0, start - 12) : start]
    return bool(SITE_OWNER_BEFORE.search(before)) and SITE_NOUN_AFTER.match(text, end) is not None


_PLACE_CONTEXT = 80  # characters read before a mention: a firm's description and "from" fit in it


def stands_as_a_place(text: str, start: int, end: int) -> bool:
    """The mention [start, end) stands where a town or a site is named (org_cues.PLACE_POSITIONS): "a
    Velmont cloud consultancy", "a maker from Velmont", "Velmont, 26 March 2025", "the Velmont copper
    mine" (every mention must be so for the name to go: see filtering.only_a_location)."""
    before = text[max(0, start - _PLACE_CONTEXT) : start]
    return any(
        (cue_before is None or cue_before.search(before) is not None)
        and (cue_after is None or cue_after.match(text, end) is not None)
        for cue_before, cue_after, _example, _place in PLACE_POSITIONS
    )


def ticker_note_exchanges(text: str) -> list[Span]:
    """Where each exchange of a ticker note stands ("(ASX/NZX: VLX)": both), each exchange of a slash
    pair a span of its own."""
    if ":" not in text:
        return []
    spans = []
    for match in TICKER_NOTE_EXCHANGE.finditer(text):
        position = match.start(1)
        for part in re.split(r"(/)", match.group(1)):
            if part != "/":
                spans.append((position, position + len(part)))
            position += len(part)
    return spans
