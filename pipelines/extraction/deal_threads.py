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
# ", a Denver-based start-up that rents out chips,"; one opening with an article may name another
# organization (", the spin-off from ⟨1⟩ that makes robots,"): the subject is still the name before it
_APPOSITION = r"(?:,[^⟨⟩.;]{1,160}?,|,\s+(?:the|an?)\s[^.;]{1,160}?,)?"
_MONEY = r"(?:[A-Z]{1,3}\$|[$€£¥₹]|Rs\.?\s?|RM\s?)\s?\d"  # an amount raised: "$600m", "US$5 million"


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
    # "⟨0⟩ signed three memoranda of understanding on Tuesday." / "⟨0⟩ signed a framework agreement."
    _opening("mou", "signatory", "signatory",
             rf"{_SLOT}{_WORDS}\b{_SIGNED}\s+{_WORDS}\b(?:memorand(?:um|a)|mous?|letters?\s+of\s+intent|"
             r"framework\s+agreements?)\b"),
    # "⟨0⟩ has signed two long-term power purchase agreements.": supply and offtake deals are contracts
    _opening("contract", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b{_SIGNED}\s+{_WORDS}\b(?:supply|purchase|offtake|services?|licen[cs]ing)\s+"
             r"(?:agreements?|contracts?|deals?)\b"),
    # "⟨0⟩ has won a supply contract worth $2 billion." / "⟨0⟩ awarded a four-year framework agreement.": the
    # other side (the customer, the contractors) named later
    _opening("contract", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b(?:won|wins|secured|secures|landed|lands|bagged|awarded|awards|"
             rf"(?:was|were|has\s+been|have\s+been)\s+awarded)\s+{_WORDS}\b(?:contracts?|orders?|"
             r"(?:framework\s+)?agreements?)\b"),
    # "A five-year agreement covering 4,100 clinics was signed by ⟨0⟩.": the signer named after the deal
    _opening("partnership", "partner", "partner",
             rf"\b(?:agreements?|contracts?|deals?|partnerships?)\b{_WORDS}\b(?:was|were|has\s+been|have\s+been)\s+"
             rf"(?:signed|concluded|agreed)\s+by\s+{_SLOT}"),
    # "⟨0⟩ has struck two supply agreements." / "⟨0⟩ announced a rural connectivity agreement." (its partner
    # named later: "Its partner is B")
    _opening("partnership", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b(?:{_SIGNED}|announced|announces|unveiled)\s+{_WORDS}\b(?:agreements?|"
             r"partnerships?|deals?|pacts?)\b"),
    # "⟨0⟩ raised $40 million in a Series B round." / "⟨0⟩, a Denver-based start-up, raised $600m last
    # year." / "⟨0⟩ has closed a $12 million Series A." (the money after its article) / "⟨0⟩ has completed a
    # Series B financing of 20 billion yen."
    _opening("funding", "investee", "investor",
             rf"{_SLOT}{_APPOSITION}{_WORDS}\b(?:raised|raises|raising|secured|secures|closed|closes|"
             r"completed|completes)\b"
             rf"(?:{_WORDS}\b(?:round|funding|financing)\b|"
             rf"\s+(?:an?\s+)?(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?{_MONEY})"),
    # "⟨0⟩ agreed to be sold for $1 billion." (its buyer named later: "The buyer is ...")
    _opening("acquisition", "target", "acquirer",
             rf"{_SLOT}{_WORDS}\b(?:agreed|agrees|is|was|will|has\s+been)\s+(?:to\s+be\s+|being\s+|be\s+)?"
             r"(?:sold|acquired|bought|taken\s+over)\b(?!\s+(?:by|to|from)\b)"),
    # "⟨0⟩ will sell its yogurt business for $2.1 billion." (its buyers named later: "... will be sold to
    # A; the Canadian operations go to B"): one sale, every buyer a party
    _opening("acquisition", "seller", "acquirer",
             rf"{_SLOT}{_WORDS}\b(?:will|would|is\s+to|(?:has\s+|have\s+)?(?:agreed|agrees|plans?|planned)\s+to)\s+"
             rf"sell\s+(?:its|their)\s+{_WORDS}\b(?:business(?:es)?|units?|divisions?|operations|arm|brands?)\b"
             r"(?!(?:[^⟨⟩.;]|\.(?=\d)){0,80}?\bto\s+⟨)"),
    # "⟨0⟩ is buying the urethane systems business for EUR 460 million." (its seller named later: "The
    # seller is B"); "⟨0⟩ agreed to acquire a Danish software company." (its target: "The target is B")
    _opening("acquisition", "acquirer", "seller",
             rf"{_SLOT}{_WORDS}\b(?:is\s+buying|is\s+acquiring|(?:will|would|is\s+to|(?:has\s+|have\s+)?agreed\s+to)\s+"
             rf"(?:buy|acquire)|bought|acquired|buys|acquires)\s+(?:the|a|an)\s+{_WORDS}\b(?:business(?:es)?|units?|"
             r"divisions?|operations|arm|assets|portfolio|compan(?:y|ies)|studios?|start-?ups?|firms?|makers?|"
             r"developers?|providers?|specialists?)\b(?!\s+of\b)(?![^⟨⟩.;]{0,80}?\b(?:from|of)\s+(?:the\s+)?⟨)"),
    # "⟨0⟩ is creating a joint fund."
    _opening("joint_venture", "partner", "partner",
             rf"{_SLOT}{_WORDS}\b(?:creat|form|set\w*\s+up|establish|launch)\w*\s+an?\s+(?:[\w-]+\s+){{0,2}}"
             r"joint\s+(?:venture|fund|company)\b"),
)

# A deal opened in the passive with no signer named ("A five-year agreement to lease ⟨0⟩'s fibre was signed
# in October."): in a company's own release or a story about it, the article's organization signed it; the
# other side is named later ("The counterparty is B"). Organizations inside the clause are possessors or
# objects of the deal ("⟨0⟩'s fibre"), never its signer; one naming an organization after its verb ("was
# signed with B") tells its other side itself.
AGENTLESS = _opening(
    "partnership", "partner", "partner",
    r"^\W*(?:an?|the)\s+(?:(?:[^⟨⟩.;]|\.(?=\d)|⟨\d+⟩['’]s?){0,80}?\s)?(?:agreements?|contracts?|deals?|"
    r"partnerships?)\b(?:(?:[^⟨⟩.;]|\.(?=\d)|⟨\d+⟩['’]s?){0,100}?\s)?(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:signed|concluded|agreed|struck)\b(?![^.;]*(?:\bby\b|⟨))",
)
# A sentence that starts by referring back to the deal just opened.
# "Its partners are A, B and C": the opening's own partners, its subject masked as "⟨0⟩'s"
FOLLOW_UP = re.compile(
    r"^\s*(?:the|these|those|both|all\s+(?:the\s+)?(?:three|four|five|six|\w+)|its|their|⟨\d+⟩['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|contracts?|memorand(?:um|a)|mous?|deals?|pacts?|partnerships?|round|financing|fundraising|"
    # the round named by its series or its form: "The Series B was led by A", "The placement was backed by A"
    r"series\s+[a-h]|placement|raise|targets?|"
    r"investors?|backers?|venture|fund|buyers?|acquirers?|purchasers?|sellers?|vendors?|signatories|parties|"
    r"counterpart(?:y|ies)|participants|partners?|co-signatories|"
    # the other side named by its role in the deal: "The customer is B", "The licensor is B"
    r"customers?|clients?|licensors?|licensees?|suppliers?|contractors?|lenders?)\b",
    re.IGNORECASE,
)
# The role a follow-up gives the other side says what an agreement opened as a plain one is: a customer,
# supplier, contractor or licensor is the other side of a contract. (role, deal type, example)
COUNTERPART_TYPES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?i)^\W*the\s+(?:[\w-]+\s+){0,2}?(?:customers?|clients?|suppliers?|contractors?|licensors?|"
                r"licensees?)\b"), "contract", "The customer is Harbor Energy."),
)
# A sentence identifying what the opening described without its name, by a copula: "The studio is B",
# "The school board in question is B" (any noun: the opening's own words for the other side vary without
# end). Never a name after a preposition ("The deal is subject to B's approval") nor a possessive.
IDENTIFIED = re.compile(
    r"^\s*the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in\s+question\s+)?(?:is|was)\s+(?:the\s+)?"
    r"(?:(?!(?:to|by|for|of|in|on|at|from|with|near|under|subject|part|now|also)\b)[\w-]+\s+){0,2}?"
    r"⟨\d+⟩(?!['’])",
    re.IGNORECASE,
)
# openings whose other side a copula may identify (a funding round's subject is often described again:
# "The start-up is B's spin-off")
_IDENTIFIABLE = {"contract", "partnership", "mou", "acquisition", "joint_venture"}
_REACH = 3  # sentences an opening waits for its follow-up (a quote or a detail may come between)
# A later sentence naming who buys what the opening's seller sells: "The US part will be sold to A; the
# Canadian operations go to the dairy cooperative B" (each buyer after its own cue).
BUYER_CUE = re.compile(
    r"\b(?:(?:be|been|is|are|was|were)\s+sold\s+to|go(?:es)?\s+to|(?:be|been|is|are|was|were)\s+"
    r"(?:bought|acquired|taken\s+over)\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+)⟩",
    re.IGNORECASE,
)


@dataclass
class PendingDeal:
    opening: Opening
    subject: OrgMention
    sentence_index: int
    clause: str


def find_opening(
    masked: str,
    slots: list[OrgMention],
    index: int,
    context: frozenset[int] = frozenset(),
    main: OrgMention | None = None,
) -> PendingDeal | None:
    """A deal stated with one party only, waiting for the others; ``context`` holds the slots inside
    appositions ("B, the app licensed by ⟨1⟩, has raised $22 million"), never the deal's subject; ``main``
    (the article's organization) signed a deal told in the passive with no signer."""
    for opening in OPENINGS:
        match = opening.pattern.search(masked)
        while match and int(match.group(1)) in context:
            match = opening.pattern.search(masked, match.start() + 1)
        if match:
            return PendingDeal(opening, slots[int(match.group(1))], index, masked[match.start() :])
    match = AGENTLESS.pattern.match(masked) if main is not None else None
    return PendingDeal(AGENTLESS, main, index, masked) if match and main is not None else None


def follow_up_type(pending: PendingDeal, masked: str) -> str:
    """The deal type of the pending opening, as the follow-up's role for the other side refines it."""
    if pending.opening.deal_type == "partnership":
        for cue, deal_type, _example in COUNTERPART_TYPES:
            if cue.match(masked):
                return deal_type
    return pending.opening.deal_type


def follow_up_parties(
    pending: PendingDeal | None, masked: str, slots: list[OrgMention], index: int, context: set[int]
) -> list[list[tuple[OrgMention, str]]]:
    """The parties of each deal the pending opening told once this sentence names the rest;
    ``context`` holds the slots that are appositions or possessors (never parties). A list whose
    items each carry their own "with" ("with A in Kenya; with B; and with C") names one agreement
    per item; any other list names the other side of one deal."""
    if pending is None or index - pending.sentence_index > _REACH:
        return []
    if pending.opening.subject_role == "seller":
        return _buyers(pending, masked, slots, context)
    identified = not FOLLOW_UP.match(masked)
    if identified and not (pending.opening.deal_type in _IDENTIFIABLE and IDENTIFIED.match(masked)):
        return []
    told = _RELATIVE_CLAUSE.search(masked)  # "The licensor is B, whose platform A will use": A is told before
    usable = [
        m
        for m in re.finditer(_SLOT, masked[: told.start() + 1 if told else len(masked)])
        if int(m.group(1)) not in context and not re.match(r"['’]s\b", masked[m.end() : m.end() + 2])
    ]
    usable = [m for m in usable if slots[int(m.group(1))].key != pending.subject.key]
    if not usable:
        return []
    subject = (pending.subject, pending.opening.subject_role)
    other = _named_role(pending, masked)
    if identified and pending.opening.subject_role == "acquirer":
        other = "target"  # "agreed to acquire a studio. The studio is B": the thing bought, named
    items = _with_items(masked, usable)
    if len(items) >= 2:
        return [[subject, (slots[int(m.group(1))], other)] for m in items]
    parties = [subject]
    for mention in (slots[int(m.group(1))] for m in usable):
        if all(mention.key != m.key for m, _ in parties):
            parties.append((mention, other))
    return [parties]


# The role an acquisition's follow-up names the other side by, where it differs from the opening's
# (role, cue, example): "A agreed to acquire a software company. The target is B" (the opening expected
# a seller)
NAMED_ROLES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("target", re.compile(r"(?i)^\W*the\s+targets?\b"), "The target is Kestrel Labs."),
)


def _named_role(pending: PendingDeal, masked: str) -> str:
    if pending.opening.deal_type == "acquisition":
        for role, cue, _example in NAMED_ROLES:
            if cue.match(masked):
                return role
    return pending.opening.other_role


# a relative clause describing a party named in the follow-up: organizations inside it are context
_RELATIVE_CLAUSE = re.compile(r"⟩,\s+(?:whose|which|who|where)\b")
_WITH_ITEM = re.compile(r"(?:^|;)\s*(?:and\s+)?[^;⟨⟩]*?\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def _with_items(masked: str, usable: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first organization of each ";"-separated item that opens with its own "with"."""
    items = []
    for segment_start in [0, *(m.end() for m in re.finditer(";", masked))]:
        first = next((m for m in usable if m.start() >= segment_start), None)
        if first is None or ";" in masked[segment_start : first.start()]:
            continue
        if _WITH_ITEM.search(masked[max(0, segment_start - 1) : first.start()]):
            items.append(first)
    return items


def _buyers(
    pending: PendingDeal, masked: str, slots: list[OrgMention], context: set[int]
) -> list[list[tuple[OrgMention, str]]]:
    """The buyers of what the pending seller sells, each named after its own cue: one deal with all."""
    parties = [(pending.subject, pending.opening.subject_role)]
    for match in BUYER_CUE.finditer(masked):
        buyer = slots[int(match.group(1))]
        if int(match.group(1)) not in context and all(buyer.key != m.key for m, _ in parties):
            parties.append((buyer, pending.opening.other_role))
    return [parties] if len(parties) > 1 else []
