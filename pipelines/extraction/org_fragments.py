"""One-word surfaces that are only ever the tail of a longer capitalised name the recognizer split
("Kestrel Co-operative Society" -> "Society"): fragments, not organizations (org_cues.FRAGMENT_EXAMPLES)."""

from __future__ import annotations

import re

from pipelines.extraction.literal_scan import literal_matches, not_after, not_before
from pipelines.extraction.org_cues import CLAUSE_OPENERS
from pipelines.letters import LOWER, UPPER

# The word written before a mention on the same line: a capitalised word (no possessive, no closing
# punctuation), a name's lower-case particle ("do", "de"), or "and"/"&" inside a name.
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([\w.&'’+-]+)[ ]$")
_PARTICLES = frozenset(("do", "da", "de", "dos", "das", "du", "del", "della", "di", "von", "van", "der"))
_CAPITALISED = re.compile(rf"{UPPER}[\w.&+-]*")
_NAME_GOES_ON = re.compile(rf"[ ]+{UPPER}")


def name_fragment(text: str, surface: str) -> bool:
    """Every mention of a one-word surface follows a capitalised word of the same name (or a particle or
    "and" inside it, when the name goes on after the surface): "Co-operative Society", "do Sul",
    "Exchanges and Clearing Limited"."""
    if " " in surface or not re.fullmatch(rf"{UPPER}{LOWER}+", surface):
        return False
    # str.find, not a pattern compiled per surface (the same matches: literal_scan.py)
    mentions = list(literal_matches(text, surface, not_after("&.'’-"), not_before("&'’-")))
    if not mentions or len(mentions) > 6:
        return False
    return all(_inside_longer_name(text, start, end) for start, end in mentions)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _PARTICLES or word in ("and", "&"):
        # "do Sul", "Exchanges and Clearing Limited": the particle or "and" joins two capitalised words
        if word in ("and", "&") and not _NAME_GOES_ON.match(text, end):
            return False  # "Quarvo and Tellvo said": a list of two names
        return _inside_longer_name(text, before.start(1), before.end(1)) or _capitalised_before(text, before)
    return bool(_CAPITALISED.fullmatch(word)) and word not in CLAUSE_OPENERS and not word.endswith(".")


def _capitalised_before(text: str, before: re.Match[str]) -> bool:
    previous = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
    return previous is not None and bool(_CAPITALISED.fullmatch(previous.group(1))) and (
        previous.group(1) not in CLAUSE_OPENERS
    )
