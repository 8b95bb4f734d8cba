"""What a title cue sees around a mention of a name: the text and the organizations near it.

Decides which organization a title belongs to when the cue names none (``_nearest_org``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.model import OrgMention
from pipelines.extraction.span_index import StartIndex


class _OrgLookup:
    """One article's organization mentions, indexed once: what a name asks of them (overlapping it,
    starting at a position, the nearest one before it) is a lookup, not a scan of every mention; on a
    long text names x mentions grew with its square."""

    def __init__(self, text: str, organizations: OrganizationResult) -> None:
        self.text = text
        self.organizations = organizations
        self.by_start = {m.start: m for m in organizations.mentions}
        self.by_end = {m.end: m for m in organizations.mentions}
        self.mentions = StartIndex(organizations.mentions, lambda m: (m.start, m.end))
        self._breaks: tuple[list[int], list[int]] | None = None

    def last_break_before(self, end: int) -> int:
        """``max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))``, by bisection over positions found
        once (an rfind with no break before it read the whole text back to its start, per name)."""
        if self._breaks is None:
            self._breaks = ([m.start() for m in re.finditer(r"\. ", self.text)],
                            [m.start() for m in re.finditer(r"\n", self.text)])
        length = len(self.text)
        end = max(0, end + length) if end < 0 else min(end, length)  # rfind's reading of its end
        dots, newlines = self._breaks
        dot, newline = bisect_right(dots, end - 2) - 1, bisect_right(newlines, end - 1) - 1
        return max(dots[dot] if dot >= 0 else -1, newlines[newline] if newline >= 0 else -1)


@dataclass(frozen=True)
class _Around:
    """A name's position and the organization mentions around it, as every title cue reads them."""

    text: str
    start: int
    end: int
    organizations: OrganizationResult
    by_start: dict[int, OrgMention]
    by_end: dict[int, OrgMention]
    lookup: _OrgLookup | None = None  # find_people's, built once per article

    @property
    def orgs(self) -> _OrgLookup:
        return self.lookup or _OrgLookup(self.text, self.organizations)

    @property
    def after(self) -> str:
        return self.text[self.end : self.end + 200]

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 120) : self.start]


# A cue's reading: (title, organization); (None, None) settles that the name has no title here;
# None means the cue does not apply and the next one is tried.
_Reading = tuple[str | None, OrgMention | None] | None


def _nearest_org(lookup: _OrgLookup, position: int, roll_up: bool = True) -> OrgMention | None:
    """The closest earlier organization mention within the last few sentences, at the top of its family."""
    organizations = lookup.organizations
    window_start = position
    for _ in range(3):
        window_start = max(lookup.last_break_before(window_start - 1), 0)
        if window_start == 0:
            break
    chosen = lookup.mentions.last_within(
        window_start, position, lambda m: organizations.by_key[m.key].kind not in ("media", "government"))
    if chosen is None:
        return None
    if not roll_up:
        return chosen
    root = organizations.root_key(chosen.key)
    if root != chosen.key:
        fact = organizations.by_key[root]
        return OrgMention(key=root, name=fact.name, text=chosen.text, start=chosen.start, end=chosen.end)
    return chosen
