"""Writers and photographers credited on the page (``CREDIT_CUES``): page chrome, not people in the story.

Decides which names a byline, a photo credit or a reporter's line credits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extraction.name_starts import name_first_matches
from pipelines.extraction.people.name_words import _NAME
from pipelines.letters import LOWER


@dataclass(frozen=True)
class CreditCue:
    """A line crediting the article's writers: reporters are page chrome, not people in the story."""

    name: str
    example: str  # tested in tests/unit/test_people.py
    pattern: re.Pattern[str]
    # Words any match holds (one of them), looked for in the text lower-cased: a text with none of them is
    # not scanned (most articles credit no one, and a name-first pattern tries every word).
    needs: tuple[str, ...] = ()

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        if self.needs and not any(word in lowered for word in self.needs):
            return iter(())
        if self.pattern.pattern.startswith(_NAME_FIRST_CREDIT):  # tried only where a name can start
            return iter(name_first_matches(self.pattern, text))
        return self.pattern.finditer(text)


_CREDITED = rf"({_NAME})(?:(?:\s*,\s*|\s+(?:and|&)\s+)({_NAME}))?"
# Every _NAME opens on a capital: a cue opening so ("Clara Weiss, markets correspondent") matches only where
# a capitalised word starts (name_starts.py; a third less time than scanning every position).
_NAME_FIRST_CREDIT = rf"(?<![\w'’-])({_NAME})"
CREDIT_CUES: tuple[CreditCue, ...] = (
    CreditCue("byline", "Lyon, 2 May 2025 - By Clara Weiss, markets correspondent",
              re.compile(rf"(?:^|\n|[-–—|]\s*)By\s+{_CREDITED}", re.MULTILINE), ("by",)),
    # a wire's byline in brackets closing the story: "... before the results. (By Clara Weiss) Enditem"
    CreditCue("byline in brackets", "closed up 3.4 percent.\n\n(By Clara Weiss) Enditem/ls",
              re.compile(rf"\(By\s+{_CREDITED}\)"), ("(by",)),
    CreditCue("written by", "This newsletter is written by Ada Lund and Omar Reyes.",
              re.compile(rf"(?i:written|reported|edited|compiled|interview|interviewed|reporting|writing|"
                         rf"photos?|photographs?)\s+by\s+{_CREDITED}"), ("by",)),
    # the byline closing a standfirst's line: "... can compete with AI upstarts. By Clara Weiss"
    CreditCue("byline after a standfirst", "Can the old guard compete with AI upstarts? By Clara Weiss\n",
              re.compile(rf"(?<=[.!?])[ \t]+By[ \t]+{_CREDITED}[ \t]*$", re.MULTILINE), ("by",)),
    CreditCue("reporter's role", "Clara Weiss, markets correspondent",
              re.compile(rf"(?<![\w'’-]){_CREDITED},\s+(?:{LOWER}+\s+){{0,2}}(?:correspondent|reporter|columnist|"
                         rf"staff\s+writer)(?![\w-])"), ("correspondent", "reporter", "columnist", "staff")),
    # a wire's closing credit: "-- With a report from Ana Ruiz", "With reporting from Ana Ruiz and Dana Osei"
    CreditCue("with a report from", "-- With a report from Ramil Q. Bustamante",
              re.compile(rf"(?i:with\s+(?:a\s+)?(?:reports?|reporting)\s+(?:from|by))\s+{_CREDITED}"),
              ("report",)),
)


def credited_names(text: str) -> set[str]:
    """The names the article credits as its writers ("By Name", "Interview by Name")."""
    names = set()
    lowered = text.lower()
    for cue in CREDIT_CUES:
        for match in cue.finditer(text, lowered):
            # a name never runs across a line break: "By Clara Weiss\n\nQuarvo said" credits Clara Weiss
            names.update(name.split("\n")[0].rstrip() for name in match.groups() if name)
    return names
