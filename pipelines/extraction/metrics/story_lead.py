"""Where a story states whose figures it reports: what its lead opens with and how it captions a block.

Two shapes hand a whole article's figures to another organization when read wrongly:

- a wire's bare dateline, a place in capitals before a dash ("TOKYO -- Velorix reported ..."), is read by
  the recognizer as an organization; as the first name of the lead it becomes the story's lead and the
  owner of every figure the prose writes without a name. A place opening the lead that way is a
  dateline, never an owner (the Conventions: datelines are no organizations);
- a heading over a block of figure lines that names its company without a colon ("Velorix second
  quarter 2025 at a glance") captions the block as "Velorix key figures:" does: the lines are that
  company's, whoever the prose above (a deal's target, say) was about.

Each cue is a table row with its example; tests/unit/test_story_lead.py reads every example.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class LeadCue(NamedTuple):
    pattern: re.Pattern[str]
    example: str


# A place in capitals (one to three words) opening a line of prose, then a dash and the sentence.
BARE_DATELINES: tuple[LeadCue, ...] = (
    # a double hyphen, the wires' typewritten dash
    LeadCue(
        re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2}[ \t]+--[ \t]+(?=[A-Z\"“])"),
        "TOKYO -- Velorix Holdings reported on Tuesday that revenue rose 9% to ¥91.4 billion.",
    ),
    # an em or en dash
    LeadCue(
        re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2}[ \t]+[—–][ \t]+(?=[A-Z\"“])"),
        "SAO PAULO — Velorix said on Monday its net profit rose 12% to R$1.2 billion in the quarter.",
    ),
)

# A line of prose: a dateline opens a sentence that ends, never a heading of a few words.
_PROSE_LINE = re.compile(r"(?:\S+\s+){7,}.*[.!?\"”)]\s*$")


def bare_dateline_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the places that open lines of prose as bare datelines (``BARE_DATELINES``)."""
    spans = []
    for line in re.finditer(r"(?m)^[ \t]*[^\n]+", text):
        if not _PROSE_LINE.match(line.group()):
            continue
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        for cue in BARE_DATELINES:
            found = cue.pattern.match(text, start)
            if found is not None:
                spans.append((start, found.end()))
                break
    return spans


# Headings that caption a block of figure lines as a company's, written without a colon.
FIGURES_HEADINGS: tuple[LeadCue, ...] = (
    LeadCue(re.compile(r"\bat\s+a\s+glance\s*$", re.I), "Velorix second quarter 2025 at a glance"),
    LeadCue(re.compile(r"\bin\s+(?:brief|numbers|figures|short)\s*$", re.I), "Velorix's year in numbers"),
    LeadCue(
        re.compile(r"\bkey\s+(?:figures|numbers|metrics|data|financials)(?:\s+\S+){0,4}\s*$", re.I),
        "Velorix key figures for 2025",
    ),
    LeadCue(
        re.compile(r"\b(?:financial\s+|results\s+)?highlights(?:\s+\S+){0,4}\s*$", re.I),
        "Velorix Q3 highlights",
    ),
)


def captions_figures(line: str) -> bool:
    """Whether a heading without a colon introduces the figure lines below it (``FIGURES_HEADINGS``);
    a sentence ending in a full stop introduces nothing."""
    line = line.strip()
    if not line or line[-1] in ".!?" or len(line.split()) > 12:
        return False
    return any(cue.pattern.search(line) for cue in FIGURES_HEADINGS)
