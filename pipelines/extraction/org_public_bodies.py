"""A public body's name cut at a seam inside it: "Ministry of Energy" + "and Mineral Resources",
"Ministry of Planning" + ", Development & Special Initiatives", "Danish Agency" + "for Digital
Government", "Department of Energy" + "– Abu Dhabi", "Ministry of X of the Republic" + "of Quarvia". The
recognizer returns the halves as two names (or the second as a place), and each half is then a false
organization while the body is missed. These checks extend the body's candidate over the rest of its name
(PUBLIC_BODY_TAILS in org_cues.py); the longer span wins when overlaps are resolved. Pure functions over the
text; the entities package applies them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.entities.vocabulary import HEADS, SEAM_WORDS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.org_cues import (
    PUBLIC_BODY_HEAD,
    PUBLIC_BODY_OF,
    PUBLIC_BODY_TAILS,
    STATE_CUT_AT_END,
    STATE_SERVED_AT_END,
)

# A remit holding an organization's head word is a second name ("Ministry of Agriculture and Development
# Bank of Quarva"), never the body's remit; a head word that is also a remit ("Finance", "Energy") is not.
_HEAD_WORD = re.compile(rf"\b(?:{HEADS})\b")


def _has_name_head(words: str) -> bool:
    return any(_HEAD_WORD.fullmatch(word) and word not in SEAM_WORDS for word in re.findall(r"[\w&]+", words))


_BODY_AT_END = re.compile(rf"{PUBLIC_BODY_HEAD.pattern}$")


def _written_alone(text: str, words: str) -> bool:
    """The words stand elsewhere in the article without an "and"/"&"/"for" before them: a name of its own
    ("Mineral Velors said ..."), not a remit."""
    pattern = rf"(?<![\w&-])(?<!and )(?<!& )(?<!for )(?<!of ){re.escape(words)}(?![\w-])"
    return re.search(pattern, text) is not None


def _tail_end(text: str, surface: str, end: int, gaz: Gazetteer) -> int | None:
    """Where the body's name ends once the first tail that fits is read on from ``end``, or None."""
    for kind, pattern, _example, _name in PUBLIC_BODY_TAILS:
        if kind in ("remit after for", "remit after of"):
            if not _BODY_AT_END.search(surface):
                continue  # "Agency" + "for ...": the body's head word closes the cut name
        elif kind == "state served":
            if not STATE_CUT_AT_END.search(surface):
                continue  # "Ministry of X of the Republic" + "of Quarvia": the state's name was cut off
        elif not PUBLIC_BODY_OF.search(surface):
            continue  # the other tails go on a name that already reads "Ministry of ..."
        elif STATE_SERVED_AT_END.search(surface):
            continue  # "... of the Republic of Quarvia" + "and Velor Bulog": no remit after the state
        match = pattern.match(text, end)
        if match is None:
            continue
        groups = match.groupdict()
        item = groups.get("item")
        if item is not None and (_has_name_head(item) or _written_alone(text, item)):
            continue
        if "place" in groups and not gaz.is_place(groups["place"]):
            continue
        if item is None and "place" not in groups and _has_name_head(match.group(0)):
            continue  # a list's item with a head word is a second body ("..., Velor Bank and ...")
        return match.end()
    return None


def extend_public_bodies(text: str, candidates: Sequence[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates plus each public body's candidate extended over the rest of its name."""
    added: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if PUBLIC_BODY_HEAD.search(surface) is None:
            continue  # cheap prefilter: only a body's name goes on past these seams
        end = _tail_end(text, surface, cand.end, gaz)
        if end is not None:
            added[(cand.start, end)] = Candidate(cand.start, end, "pattern")
    return list(candidates) + list(added.values())
