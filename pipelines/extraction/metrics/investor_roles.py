"""Organizations a funding story names as a round's investors: never the owner of the fundraiser's figures.

A story about a round names the company that raised it and the investors that led it or took part. The
investors stand where a subject stands ("Quill Capital led the round"), so the discourse would take them
for what the next sentence ("The company said its revenue doubled") is about. Their role is written in
a few general ways, each a cue below with a made-up example; a mention in that role owns no figure of
its sentence and is not what a later "the company" stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention


@dataclass(frozen=True)
class RoleCue:
    pattern: re.Pattern[str]
    example: str  # a made-up sentence; the investor is "Quill Capital"
    before: bool  # True: the cue is written before the name (searched up to it), else right after it


# Names and the words that join them in a list of investors ("Quill Capital, Nova and the Aster Fund").
_NAME_LIST = r"(?:[A-Z0-9][\w&'-]*,?[ \t]+|and[ \t]+|the[ \t]+){0,12}"
# One name written after the investor, in the same list ("Quill Capital and Nova Partners also invested").
_MORE_NAMES = r"(?:,?[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?[A-Z0-9][\w&'-]*(?:[ \t]+[A-Z0-9][\w&'-]*){0,5}){0,6}"
_ROUND = r"(?:[\w$.-]+[ \t]+){0,4}?(?:round|raise|financing|investment|funding)"

INVESTOR_CUES: tuple[RoleCue, ...] = (
    # the round's agent, written before it: "The round was led by Quill Capital"
    RoleCue(
        re.compile(rf"\b(?:(?:co-)?led|joined|backed)[ \t]+by[ \t]+{_NAME_LIST}$"),
        "Velorix raised $40 million in a round led by Quill Capital.",
        before=True,
    ),
    # "with participation from Quill Capital", "investors including Quill Capital"
    RoleCue(
        re.compile(
            r"\b(?:with[ \t]+participation[ \t]+(?:from|of|by)"
            r"|investors?[ \t]+(?:include|including|such[ \t]+as))"
            rf"[ \t]+{_NAME_LIST}$",
            re.IGNORECASE,
        ),
        "Velorix raised $40 million, with participation from Quill Capital.",
        before=True,
    ),
    # the investor as the subject of the round's verb: "Quill Capital led the Series B round"
    RoleCue(
        re.compile(
            rf"{_MORE_NAMES}[ \t]+(?:also[ \t]+)?"
            rf"(?:(?:co-)?led[ \t]+(?:the[ \t]+|this[ \t]+|its[ \t]+)?{_ROUND}"
            r"|(?:co-)?led[ \t]+it\b|co-led\b|led(?=[,;]))"  # "Quill Capital led, joined by Nova"
        ),
        "Velorix raised $40 million. Quill Capital led the round.",
        before=False,
    ),
    # "Quill Capital and Nova also invested", "... joined as new investors", "... took part"
    RoleCue(
        re.compile(
            rf"{_MORE_NAMES}[ \t]+(?:also[ \t]+)?"
            r"(?:invested\b|participated\b|took[ \t]+part\b|taking[ \t]+part\b|followed[ \t]+on\b"
            r"|joined[ \t]+(?:as[ \t]+(?:a[ \t]+)?(?:new[ \t]+)?investors?\b|the[ \t]+round\b))"
        ),
        "Velorix raised $40 million. Quill Capital also invested.",
        before=False,
    ),
)


def investor_mentions(text: str, mentions: list[OrgMention]) -> set[int]:
    """Starts of the named mentions that the text casts as a round's investors."""
    found = set()
    for mention in mentions:
        if not mention.text[:1].isupper() or mention.text.lower().startswith(("the ", "its ")):
            continue
        floor = max(0, mention.start - 160, _clause_start(text, mention.start))
        for cue in INVESTOR_CUES:
            if cue.before and cue.pattern.search(text, floor, mention.start):
                found.add(mention.start)
                break
            if not cue.before and cue.pattern.match(text, mention.end, min(len(text), mention.end + 200)):
                found.add(mention.start)
                break
    return found


def _clause_start(text: str, position: int) -> int:
    """Where the sentence (or the clause after a semicolon) holding ``position`` opens."""
    cut = max(text.rfind(". ", 0, position), text.rfind(";", 0, position), text.rfind("\n", 0, position))
    return cut + 1
