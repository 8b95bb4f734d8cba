"""An anaphor in a deal clause that stands for the business the clause is about is the buyer's.

"Lumen Data, which the Group acquired in 2021": the organizations stage and the pronoun masking resolve
"the Group", "we" or "it" to the organization named last, which in a relative clause or an apposition is
the business bought itself (the clause's antecedent). An organization never buys itself: the anaphor is
the article's own organization (the Group of an annual report, the "we" of a release).
"""

from __future__ import annotations

import re

from pipelines.extraction.model import DealFact, DealParticipant, OrgMention

# Clauses whose subject (?P<a>) has the organization (?P<b>) they describe as antecedent, each with its
# example (tests/unit/test_deal_self_antecedent_and_described_business.py).
SELF_ANTECEDENT_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a relative clause on the business: "Lumen Data, which the Group acquired in 2021," / "Lumen Data in
    # Lyon, which we bought in 2020,"
    (
        re.compile(r"⟨(?P<b>\d+)⟩(?:\s+in\s+[A-Z][\w-]*)?,\s+(?:which|that)\s+⟨(?P<a>\d+)⟩"),
        "Lumen Data, which the Group acquired in 2021, grew.",
    ),
    # an apposition describing it: "Lumen Data, the analytics maker the Group bought in 2011,"
    (
        re.compile(
            r"⟨(?P<b>\d+)⟩,\s+(?:the|an?)\s+[^⟨⟩,;]{1,60}?\s+(?:that\s+|which\s+)?⟨(?P<a>\d+)⟩\s+"
            r"(?:had\s+|has\s+)?(?:acquired|bought|purchased|took\s+over)\b"
        ),
        "Lumen Data, the analytics maker the Group bought in 2011, grew.",
    ),
)


def buyer_for_self_antecedent(
    slots: list[OrgMention], masked: str, main: OrgMention | None
) -> list[OrgMention]:
    """The slots with a clause's subject that was resolved to the clause's own antecedent replaced by
    the article's organization (unchanged where that is the antecedent too, or unknown)."""
    if main is None:
        return slots
    fixed = list(slots)
    for cue, _example in SELF_ANTECEDENT_CUES:
        for match in cue.finditer(masked):
            b, a = int(match.group("b")), int(match.group("a"))
            if fixed[a].key == fixed[b].key and main.key != fixed[b].key:
                old = fixed[a]
                fixed[a] = OrgMention(main.key, main.name, old.text, old.start, old.end)
    return fixed


# "Lumen Data, the analytics maker bought in 2011": a descriptor the organizations stage read as another
# mention of the name it describes is written back as words, so the clause reads as an apposition
# (a lookahead: the descriptor slot may be the name the next descriptor describes)
_DESCRIPTOR_SLOT = re.compile(r"⟨(?P<b>\d+)⟩,\s+(?=⟨(?P<d>\d+)⟩)")
_DESCRIPTOR_WORDS = re.compile(r"(?:the|an?)\s")
DESCRIPTOR_SLOT_EXAMPLE = "Lumen Data, the analytics maker bought in 2011, grew."


def descriptors_as_words(slots: list[OrgMention], masked: str) -> str:
    """The masked sentence with each descriptor slot right after the name it describes (same
    organization, lower-case "the"/"a" words) replaced by its words; the slot list is unchanged."""
    pieces, cursor = [], 0
    for match in _DESCRIPTOR_SLOT.finditer(masked):
        name, descriptor = slots[int(match.group("b"))], slots[int(match.group("d"))]
        if name.key == descriptor.key and _DESCRIPTOR_WORDS.match(descriptor.text):
            slot_end = match.end() + len(match.group("d")) + 2
            pieces += [masked[cursor : match.end()], descriptor.text]
            cursor = slot_end
    return "".join(pieces) + masked[cursor:]


# An adverbial clause of a deal verb has no subject of its own: it is the sentence's subject, not the
# name written nearest before it ("Orion Group set up Lumen Bank in 2010, after buying Kestrel Bank":
# Orion Group bought). The subject is the organization opening the sentence (not a possessor: "Orion
# Group's unit ..."); a copy of it is written in before the verb, as a subject written there would be.
_ADVERBIAL_DEAL = re.compile(
    r"^(?:[^⟨⟩]{0,50}?\s)?⟨(?P<s>\d+)⟩(?!['’]s)(?P<rest>[^;]*?⟨\d+⟩[^;⟨⟩]*?),?\s+"
    r"(?:after|before|since|by|through|following)\s+(?=(?:buying|acquiring|purchasing|taking\s+over|"
    r"investing|selling)\b)"
)
ADVERBIAL_DEAL_EXAMPLE = "Orion Group set up Lumen Bank in 2010, after buying Kestrel Bank."


def subject_of_adverbial_deal(slots: list[OrgMention], masked: str) -> tuple[list[OrgMention], str]:
    """The slots and masked sentence with the sentence's subject written in before a deal verb that
    opens an adverbial clause ("..., after ⟨n⟩ buying ⟨2⟩"); unchanged where no such clause follows a
    second name."""
    match = _ADVERBIAL_DEAL.match(masked)
    if match is None:
        return slots, masked
    n = len(slots)
    return [*slots, slots[int(match.group("s"))]], f"{masked[: match.end()]}⟨{n}⟩ {masked[match.end() :]}"


# "B, which A acquired in 2014, contributed $231 million of revenue" / "B, the maker bought in 2023, grew
# sales to $1 billion": a purchase told in a relative clause or an apposition on the business ends with that
# clause; a figure after its closing comma is the main clause's (a comma before a digit is a number's)
_TOLD_IN_CLAUSE = re.compile(
    r"⟨\d+⟩(?:\s+in\s+[A-Z][\w-]*)?,\s+(?:which|that|the|an?)\s(?:[^,;]|,(?=\d))*?"
    r"\b(?:acquired|bought|purchased)\b(?:[^,;]|,(?=\d))*(?=,)"
)
TOLD_IN_CLAUSE_EXAMPLE = "⟨0⟩, which ⟨1⟩ acquired in 2014 for $90 million, contributed $231 million"


def within_its_clause(clause: str) -> str:
    """A deal's clause cut at the comma closing the relative clause or apposition that tells it."""
    told = _TOLD_IN_CLAUSE.match(clause)
    return told.group() if told else clause


# A pronoun or role noun as the masking writes it in: "it", "its", "they", "the company", "The group"
# (never a name: "The Sage Group" has a capitalised word after "The").
_ANAPHOR = re.compile(r"[Ii]ts?|[Tt]hey|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")
# ... standing as the buyer of a purchase or stake told in the clause after it: "the company also bought",
# "The company's acquisition of", "it agreed to acquire", "The group purchased a 51% interest"
_BUYS_AFTER = re.compile(
    r"(?:['’]s?\s+|\s+(?:[a-z][\w-]*\s+){0,3}?)(?:bought|buys|acquired|acquires|purchased|purchases|"
    r"took\s+over|acquisition|purchase|takeover|(?:agreed|agrees|had\s+agreed|signed\s+up)\s+to\s+"
    r"(?:buy|acquire|purchase))\b"
)
# "the group" is the owner wherever it acts: a business just told as bought is its unit, never "the group"
_THE_GROUP = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?group")
BOUGHT_IS_NO_GROUP_EXAMPLE = (
    "Lumen Data, acquired by Orion Group in 2022, grew. The group also signed a partnership with Kestrel Air."
)
BOUGHT_IS_NO_BUYER_EXAMPLE = (
    "The lending arm grew out of Kestrel Bank, acquired by Orion Group in 2021. "
    "A year ago the company also bought Lumen Data."
)


def buyer_for_bought_anaphor(slots: list[OrgMention], masked: str, deals: list[DealFact]) -> list[OrgMention]:
    """The slots with a pronoun or role noun buying something replaced by the buyer of a deal told
    before, where the masking resolved it to that deal's target: the business just named as bought is
    the sentence's subject by position only ("... Kestrel Bank, acquired by Orion Group in 2021. A year ago
    the company also bought Lumen Data": Orion Group buys again, not Kestrel Bank)."""
    # a target's key -> the one organization told to buy it (a later deal's buyer overwrites)
    buyer_of: dict[str, DealParticipant] = {}
    for deal in deals:
        buyers = [p for p in deal.participants if p.role in ("acquirer", "investor")]
        if len(buyers) != 1:
            continue
        for target in (p for p in deal.participants if p.role in ("target", "investee")):
            buyer_of[target.organization_key] = buyers[0]
    fixed = list(slots)
    for match in re.finditer(r"⟨(\d+)⟩", masked):
        number = int(match.group(1))
        slot = fixed[number]
        buyer = buyer_of.get(slot.key)
        if buyer is None or buyer.organization_key == slot.key or not _ANAPHOR.fullmatch(slot.text):
            continue
        if _BUYS_AFTER.match(masked, match.end()) or _THE_GROUP.fullmatch(slot.text):
            fixed[number] = OrgMention(
                buyer.organization_key, buyer.organization_name, slot.text, slot.start, slot.end
            )
    return fixed
