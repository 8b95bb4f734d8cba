"""Deals told across sentences: one sentence opens a deal with a single party, a later one names the
others and refers back to it ("The agreements are with ...", "The round was led by ...").

An opening is a deal statement with its subject alone ("⟨0⟩ signed three memoranda of understanding");
it waits at most ``_REACH`` sentences for a sentence that starts by referring back to it (the
agreements, the round, the deal, the memoranda) and names further organizations: those join as the
other side. Organizations in appositions or possessives of the follow-up are context, never parties.
Both cue tables are vocabulary; each row's example is tested in tests/unit/test_deal_threads.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention

_SLOT = r"⟨(\d+)⟩"
_WORDS = r"(?:[^⟨⟩.;]|\.(?=\d)){0,80}?"  # words within the clause, never another organization


@dataclass(frozen=True)
class Opening:
    deal_type: str
    subject_role: str
    other_role: str
    pattern: re.Pattern[str]  # on the masked sentence; group 1 is the subject slot


def _opening(deal_type: str, subject_role: str, other_role: str, pattern: str) -> Opening:
    return Opening(deal_type, subject_role, other_role, re.compile(pattern, re.IGNORECASE))


_SIGNED = r"(?:signed|signs|inked|inks|struck|strikes|reached|reaches|sealed|seals|entered\s+into|agreed)"
OPENINGS: tuple[Opening, ...] = (
    # "⟨0⟩ signed three memoranda of understanding on Tuesday."
    _opening("mou", "signatory", "signatory",
             rf"{_SLOT}{_WORDS}\b{_SIGNED}\s+{_WORDS}\b(?:memorand(?:um|a)|mous?)\b"),
    # "⟨0⟩ has struck two supply agreements."
    _opening("partnership", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b{_SIGNED}\s+{_WORDS}\b(?:agreements?|partnerships?|deals?|pacts?)\b"),
    # "⟨0⟩ raised $40 million in a Series B round."
    _opening("funding", "investee", "investor",
             rf"{_SLOT}{_WORDS}\b(?:raised|raises|raising|secured|secures|closed|closes)\b{_WORDS}"
             r"\b(?:round|funding|financing)\b"),
    # "⟨0⟩ is creating a joint fund."
    _opening("joint_venture", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b(?:creat|form|set\w*\s+up|establish|launch)\w*\s+an?\s+(?:[\w-]+\s+){{0,2}}"
             r"joint\s+(?:venture|fund|company)\b"),
)

# A sentence that starts by referring back to the deal just opened.
FOLLOW_UP = re.compile(
    r"^\s*(?:the|these|those|both|all\s+(?:the\s+)?(?:three|four|five|six|\w+))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|memorand(?:um|a)|mous?|deals?|pacts?|partnerships?|round|financing|fundraising|"
    r"investors?|backers?|venture|fund)\b",
    re.IGNORECASE,
)
_REACH = 2  # sentences an opening waits for its follow-up


@dataclass
class PendingDeal:
    opening: Opening
    subject: OrgMention
    sentence_index: int
    clause: str


def find_opening(masked: str, slots: list[OrgMention], index: int) -> PendingDeal | None:
    """A deal stated with one party only, waiting for the others."""
    for opening in OPENINGS:
        match = opening.pattern.search(masked)
        if match:
            return PendingDeal(opening, slots[int(match.group(1))], index, masked[match.start() :])
    return None


def follow_up_parties(
    pending: PendingDeal | None, masked: str, slots: list[OrgMention], index: int, context: set[int]
) -> list[tuple[OrgMention, str]] | None:
    """The parties of the pending deal once this sentence names the rest; ``context`` holds the slots
    that are appositions or possessors (never parties)."""
    if pending is None or index - pending.sentence_index > _REACH or not FOLLOW_UP.match(masked):
        return None
    others = [
        slots[int(m.group(1))]
        for m in re.finditer(_SLOT, masked)
        if int(m.group(1)) not in context and not re.match(r"['’]s\b", masked[m.end() : m.end() + 2])
    ]
    others = [m for m in others if m.key != pending.subject.key]
    if not others:
        return None
    parties = [(pending.subject, pending.opening.subject_role)]
    for mention in others:
        if all(mention.key != m.key for m, _ in parties):
            parties.append((mention, pending.opening.other_role))
    return parties
