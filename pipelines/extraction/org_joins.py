"""Where the recognizer cut one official name in two at its "and": "General Directorate for National
Roads and Motorways", "Hong Kong Exchanges and Clearing Limited", "New Energy and Industrial Technology
Development Organization". Both halves come back as candidates side by side; this check joins them where
the right half opens with a remit word (a field, a sector, an activity: SEAM_WORDS), not a name. Pure
functions over the text; the entities package applies them before overlaps are resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate
from pipelines.extraction.entities.vocabulary import HEADS, LEGAL_SUFFIXES, SEAM_WORDS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.letters import UPPER

_AND = frozenset((" and ", " & "))
# A head word that closes a run of capitalised words ("Development Bank of ...", "... Department"), not a
# modifier inside one ("Financial Market").
_HEAD_WORD = re.compile(rf"\b(?:{HEADS})\b(?![ ]+{UPPER})")

# Made-up examples: (text, the one name it holds). Each joins at a different seam.
JOIN_EXAMPLES: tuple[tuple[str, str], ...] = (
    # a remit word opens the right half
    (
        "The Directorate for Quarva Roads and Motorways tendered it.",
        "Directorate for Quarva Roads and Motorways",
    ),
    # the right half is an activity with the legal form of the whole
    ("Lumbra Exchanges and Clearing Limited owns it.", "Lumbra Exchanges and Clearing Limited"),
    # the left half closes with its own head word, the right with the body's
    (
        "Velor Energy and Industrial Quarva Organization funds it.",
        "Velor Energy and Industrial Quarva Organization",
    ),
    (
        "The Agency for Regulation and Development of the Quarva Market said so.",
        "Agency for Regulation and Development of the Quarva Market",
    ),
    # the right half closes with a public body's head, the left half has none ("Practitioners" or
    # "Agricultural" ends no name)
    (
        "The Quarva Medical Practitioners and Dentists Council vets the panel.",
        "Quarva Medical Practitioners and Dentists Council",
    ),
    (
        "It signed with the Quarva Agricultural and Livestock Research Organization.",
        "Quarva Agricultural and Livestock Research Organization",
    ),
)
# Two names, each with a head of its own: never joined.
NOT_JOINED_EXAMPLES: tuple[str, ...] = (
    "The Ministry of Agriculture and Development Bank of Quarva signed it.",
    "Velor Bank and Finance Quarva Limited signed it.",
    "The Quarva Investment and Lumbrasees fund signed it.",
    "The Directorate of Information Technology and Velor Quarva University signed it.",
    # a body's head closes the right half, but the left half has a head of its own
    "The Velor Bank and Quarva Regulatory Authority signed it.",
)
# A public body's head closing the right half, maybe before the place it serves: "... Research Council",
# "... Port Authority of Quarva".
_BODY_HEAD_LAST = re.compile(
    rf"\b(?:Council|Authority|Organi[sz]ation|Commission|Board)(?:[ ]+of[ ]+(?:the[ ]+)?{UPPER}\w*)?$"
)
# An institution's head after one more word, the whole right half, its left half headless: "and" joins two
# kinds of care or two remits before the one head. Each with a made-up example. A longer right half
# ("Quarva National University Hospital", "Lumbra Growth Fund") is a name of its own.
INSTITUTION_HEADS: tuple[tuple[str, str, str], ...] = (
    (
        "Hospital",
        "Velor bought the Lumbra Maternity and Children's Hospital.",
        "Lumbra Maternity and Children's Hospital",
    ),
    (
        "Fund",
        "It invested through its Quarvian Defence and Security Fund.",
        "Quarvian Defence and Security Fund",
    ),
    ("Agency", "The Quarva Seeds and Fertiliser Agency signed it.", "Quarva Seeds and Fertiliser Agency"),
    (
        "Institute",
        "Staff came from the Velor Geology and Metallurgy Institute.",
        "Velor Geology and Metallurgy Institute",
    ),
    ("Centre", "It works with the Lumbra Cancer and Heart Centre.", "Lumbra Cancer and Heart Centre"),
    ("Center", "It works with the Lumbra Eye and Ear Center.", "Lumbra Eye and Ear Center"),
    (
        "Syndicate",
        "The Quarva Dockers and Porters Syndicate signed it.",
        "Quarva Dockers and Porters Syndicate",
    ),
    (
        "Association",
        "The Velor Millers and Bakers Association backed it.",
        "Velor Millers and Bakers Association",
    ),
    (
        "Federation",
        "The Quarva Fishers and Boatmen Federation backed it.",
        "Quarva Fishers and Boatmen Federation",
    ),
)
_INSTITUTION_HALF = re.compile(
    rf"{UPPER}[\w'’-]*[ ]+(?:{'|'.join(head for head, _text, _name in INSTITUTION_HEADS)})"
)


def _stands_alone(text: str, half: str) -> bool:
    """The half is written elsewhere in the article without an "and"/"&" joining it to a neighbour."""
    pattern = rf"(?<![\w&-])(?<!and )(?<!& ){re.escape(half)}(?![\w-])(?!\s+(?:and|&)\s)"
    return re.search(pattern, text) is not None


def one_name_across_and(text: str, left: str, right: str, gaz: Gazetteer) -> bool:
    """ "X and Y" is one name: a remit word opens Y (or Y closes with a public body's head and X has no
    head of its own), not both halves headed as names, neither half known to the gazetteer or written
    alone elsewhere in the article."""
    body_head = _BODY_HEAD_LAST.search(right) is not None or _INSTITUTION_HALF.fullmatch(right) is not None
    body_with_headless_left = body_head and not _HEAD_WORD.search(left)
    if right.split()[0] not in SEAM_WORDS and not body_with_headless_left:
        return False  # "Kiwoom Investment and Monashees", "... Technology and Pune University": two names
    if _HEAD_WORD.search(left) and _HEAD_WORD.search(right) and not _legal_only(right):
        return False  # "Ministry of Agriculture" and "Development Bank of Kenya": two names
    if gaz.lookup(left) is not None or gaz.lookup(right) is not None:
        return False
    return not _stands_alone(text, left) and not _stands_alone(text, right)


def _legal_only(right: str) -> bool:
    """ "Clearing Limited": the right half's only head is the legal form the whole name closes with."""
    words = right.split()
    return len(words) == 2 and words[1].rstrip(".").lower() in LEGAL_SUFFIXES


def join_at_and(text: str, candidates: Sequence[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates with each pair cut at an inner "and" replaced by the one name it is."""
    by_start: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_start.setdefault(candidate.start, []).append(candidate)
    joined: list[Candidate] = []
    halves: set[tuple[int, int]] = set()
    for left in candidates:
        for seam in _AND:
            if text[left.end : left.end + len(seam)] != seam:
                continue
            for right in by_start.get(left.end + len(seam), ()):
                if one_name_across_and(text, text[left.start : left.end], text[right.start : right.end], gaz):
                    joined.append(Candidate(left.start, right.end, left.source))
                    halves |= {(left.start, left.end), (right.start, right.end)}
    if not joined:
        return list(candidates)
    kept = [c for c in candidates if (c.start, c.end) not in halves]
    unique = {(c.start, c.end): c for c in joined}
    return kept + list(unique.values())
