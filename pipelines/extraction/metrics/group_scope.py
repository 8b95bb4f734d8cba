"""Figures whose own phrase scopes them to the whole group: the article's company's, not a unit's.

A story about a company often turns to one of its units or to a deal's counterparty for a paragraph, and
the discourse then hands every figure that names no one to that unit ("Velorix Cloud grew 30%. Group
operating profit rose to $61 million."). The Conventions give a unit a figure only where its own phrase or
sentence names it: a figure written as the group's ("Group operating profit", "consolidated net sales",
"attributable to owners of the parent", "group share") in a sentence that names no organization belongs to
the article's topic company (its issuer, the story's subject, else the most salient organization).

Each cue is a table row with its made-up example; tests/unit/test_metric_group_scope.py reads every example.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.extraction.model import OrgMention


class GroupCue(NamedTuple):
    pattern: re.Pattern[str]
    example: str  # a made-up sentence whose figure is the group's


_MEASURE = r"(?:revenues?|sales|turnover|profits?|income|loss|earnings|ebitda|ebit)"

GROUP_SCOPE_CUES: tuple[GroupCue, ...] = (
    # "Group" as the measure's modifier or possessor
    GroupCue(
        re.compile(rf"\b(?:the\s+)?group(?:[’']s)?\s+(?:[a-z-]+\s+){{0,2}}{_MEASURE}\b", re.I),
        "Group operating profit came in at $61.5 million.",
    ),
    # the consolidated accounts
    GroupCue(
        re.compile(rf"\bconsolidated\s+(?:[a-z-]+\s+){{0,2}}{_MEASURE}\b", re.I),
        "Consolidated net sales fell 9% to $205.4 million.",
    ),
    GroupCue(
        re.compile(r"\bon\s+a\s+consolidated\s+basis\b", re.I),
        "On a consolidated basis, revenue was $16.3 million.",
    ),
    # the parent's shareholders' part of the group's profit
    GroupCue(
        re.compile(
            r"\battributable\s+to\s+(?:the\s+)?(?:(?:owners|shareholders|equity\s+holders|stockholders)\s+"
            r"of\s+the\s+)?parent\b",
            re.I,
        ),
        "Net income attributable to owners of the parent was $151.2 million.",
    ),
    GroupCue(re.compile(r"\bgroup\s+share\b", re.I), "Net profit, group share, was 291 million euros."),
    # the group as what the figure is attributed to, without "owners of"
    GroupCue(
        re.compile(r"\battributable\s+to\s+the\s+group\b", re.I),
        "Net income attributable to the group rose 8.2% to $31.5 million.",
    ),
    # "Group" before a measure of growth, orders or debt (no income measure: those are the first row's)
    GroupCue(
        re.compile(
            r"\b(?:the\s+)?group(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}(?:growth|order\s+intake|orders|debt|cash\s+flow)\b",
            re.I,
        ),
        "Group net debt fell to $412 million at the end of June, and group organic growth was 8.4%.",
    ),
)


def scoped_to_group(
    text: str, start: int, end: int, mentions: list[OrgMention], descriptors: list[tuple[int, int]]
) -> bool:
    """Whether ``text[start:end]`` (a figure's sentence up to the figure) writes it as the group's, by a cue
    that is no part of an organization's name ("Retail Group sales" names the unit) and that no descriptor
    follows ("16% of group sales, and its profit doubled to $21 million": the unit's own)."""
    # "the parent", "the group": descriptors the recognizer resolved are part of the cue, not a name
    names = [m for m in mentions if m.text[:1].isupper()]
    for cue in GROUP_SCOPE_CUES:
        for found in cue.pattern.finditer(text, start, end):
            if any(m.start < found.end() and found.start() < m.end for m in names):
                continue
            if not any(found.end() <= d_start < end for d_start, _d_end in descriptors):
                return True
    return False


def group_owner(
    text: str,
    sentence_start: int,
    position: int,
    mentions: list[OrgMention],
    descriptors: list[tuple[int, int]],
    topic: OrgMention | None,
    known: list[OrgMention],
) -> OrgMention | None:
    """The topic company (or the group whose name its own extends) as owner of a figure its sentence
    writes as the group's and that names no organization before it; None where the rule does not apply
    (the other rules decide). ``known``: the article's organizations, one mention each."""
    if topic is None:
        return None
    named_before = [m for m in mentions if m.end <= position and m.text[:1].isupper()]
    if named_before or not scoped_to_group(text, sentence_start, position, mentions, descriptors):
        return None
    return group_of(topic, known)


def group_of(topic: OrgMention, known: list[OrgMention]) -> OrgMention:
    """The organization whose name the topic's extends ("Velorix Cloud" of "Velorix"): a story about a
    unit reports the group's figures for the group; else the topic itself."""
    words = topic.name.split()
    shorter = [
        m
        for m in known
        if m.key != topic.key
        and 0 < len(m.name.split()) < len(words)
        and words[: len(m.name.split())] == m.name.split()
    ]
    return max(shorter, key=lambda m: len(m.name), default=topic)
