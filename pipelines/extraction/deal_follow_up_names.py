"""Names a follow-up sentence gives the parties of a deal told just before, where the organization stage
found none.

"Kestrel Labs signed a memorandum on Tuesday. The signatories are Orion Group, Fabrikam and Tallis
Institute": the deal stage threads such a sentence to its opening (``deal_threads``, the joiner cues of
``deals``), but only over organizations, and a short, foreign or public-body name ("Creadev",
"Hiroshima Prefecture", "Agency for Defense Development") is often none the organization stage proposed.
The shape of the sentence says those names are parties: a role noun referring back to the deal opens it
("The signatories are", "Its partner is", "The round was led by") or a lead investor is told by its own
verb ("A led it", "A led the round"). The capitalised names standing in its arguments (subject, complement,
objects, conjuncts of a list) are proposed, when a sentence just before names a known organization and
a deal word. Names describing a party (in a relative clause or a possessive) and places after a locative
preposition are never proposed; ``deal_named_parties`` filters places, products, titles and people.
The cues are vocabulary: one row per sentence shape with its example, each tested in
tests/unit/test_deal_follow_up_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.deal_threads import FOLLOW_UP
from pipelines.extraction.syntax import ParsedSentence, ParsedToken

# (example, the cue on the sentence's text): a sentence naming the parties of the deal told before it
FOLLOW_UP_NAME_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a role noun referring back to the deal opens the sentence (deal_threads' own cue)
    ("The signatories are Orion Group, Fabrikam and Tallis Institute.", FOLLOW_UP),
    ("Its partner is Kestrel Labs.", FOLLOW_UP),
    ("The round was led by Orion Ventures.", FOLLOW_UP),
    # ... or a colon lists them after it: "The other signatories: A, B and C"
    ("The other signatories: Orion Group and Tallis Institute.", re.compile(
        r"(?i)^\W*(?:the\s+)?(?:other\s+)?(?:signatories|partners|investors|backers|parties)\s*:")),
    # a lead investor told by its own verb, its round the pronoun or the round named again
    ("Orion Ventures led it; Fabrikam put in the rest.", re.compile(
        r"(?i)^\W*(?:[\w.&'’-]+\s+){1,5}?(?:led|co-led)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:round|raise|"
        r"financing|investment))\b")),
    # the deal's document or act named again with its parties: "The MoU was signed with A and B"
    ("The MoU was signed with Orion Group and Tallis Institute.", re.compile(
        r"(?i)^\W*the\s+(?:[\w-]+\s+){0,2}?(?:mou|memorandum|agreements?|contracts?|deal)\s+(?:was|were)\s+"
        r"(?:signed|concluded|agreed)\s+with\b")),
)
# sentences back an opening may be (deal_threads' reach: a quote or a detail may come between)
FOLLOW_UP_REACH = 3

# where a party stands in such a sentence (a list's later items climb to its first): the complement of
# its copula ("are A"), the object of "by", "with", "from" ("led by A", "signed with A"), the subject of a
# verb of taking part ("A led it", "A also invested"); what other verbs take ("values B at") is no party
_COMPLEMENT_DEPS = {"attr"}
_LISTED_DEPS = {"appos", "conj", "attr", "nsubj", "dobj", "pobj", "ROOT"}  # a list's items after a colon
_PARTY_PREPOSITIONS = {"by", "with", "from", "including", "alongside"}
_TAKING_PART = {"led", "co-led", "invested", "joined", "participated", "followed", "did"}  # "as did B"
# describing a party, never one: "B, which runs the network", "A's venture arm"
_DESCRIBING_DEPS = {"relcl", "poss", "acl"}
# a lead investor's verb: its subject may open the sentence as a one-word name ("Creadev led it")
_LEAD_VERBS = {"led", "co-led"}
# lower-case words inside a name ("Politecnico di Milano", "Bank of Gansu"): the name's first part is
# before them
_NAME_CONNECTORS = {"di", "de", "del", "della", "des", "du", "do", "da", "of", "for", "per", "la", "le", "y"}


def follow_up_sentence(text: str) -> bool:
    """The sentence names the parties of a deal told just before (one of the cue shapes)."""
    return any(cue.search(text) for _, cue in FOLLOW_UP_NAME_CUES)


def party_positions(parsed: ParsedSentence) -> list[int]:
    """Tokens of the follow-up sentence standing where a party is named (outside any clause or
    possessive that describes another word)."""
    tokens = parsed.tokens
    colon = next((i for i, t in enumerate(tokens) if t.text == ":"), len(tokens))
    found = []
    for index in range(len(tokens)):
        first = index  # "A, B and C": the list's first item says where all stand
        while tokens[first].dep in ("conj", "appos") and tokens[first].head != first:
            first = tokens[first].head
        token, head = tokens[first], tokens[tokens[first].head]
        placed = (token.dep in _COMPLEMENT_DEPS or (index > colon and tokens[index].dep in _LISTED_DEPS)
                  or (token.dep == "pobj" and head.lower in _PARTY_PREPOSITIONS and not _origin(parsed, head))
                  or (token.dep == "nsubj" and head.lower in _TAKING_PART))
        if placed and not any(tokens[a].dep in _DESCRIBING_DEPS for a in (index, *parsed.ancestors(index))):
            found.append(index)
    return found


def _origin(parsed: ParsedSentence, preposition: ParsedToken) -> bool:
    """ "A from the USA": a "from" on a name says where it is from; on a noun ("participation from A")
    it names a party."""
    return preposition.lower == "from" and parsed.tokens[preposition.head].text[:1].isupper()


def with_connected_start(parsed: ParsedSentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span with the capitalised words a connector ties to its start ("Politecnico di | Milano");
    None for a bracketed short form ("(ACN)"), the name before it is the party."""
    tokens = parsed.tokens
    first = next(i for i, t in enumerate(tokens) if t.start == span[0])
    if first and tokens[first - 1].text == "(":
        return None
    while first >= 2 and tokens[first - 1].lower in _NAME_CONNECTORS and tokens[first - 2].text[:1].isupper():
        first -= 2
        while first and tokens[first - 1].text[:1].isupper() and tokens[first - 1].dep == "compound":
            first -= 1
    return tokens[first].start, span[1]


def opens_as_lead_investor(parsed: ParsedSentence, index: int) -> bool:
    """The sentence's first word is the subject of a lead investor's verb: "Creadev led it" names
    Creadev, whatever the word is elsewhere."""
    token = parsed.tokens[index]
    return index == 0 and token.dep == "nsubj" and parsed.tokens[token.head].lower in _LEAD_VERBS


def after_an_opening(index: int, opened: Sequence[bool]) -> bool:
    """One of the ``FOLLOW_UP_REACH`` sentences before ``index`` names a known organization and a deal
    word (``opened`` tells it per sentence)."""
    return any(opened[i] for i in range(max(0, index - FOLLOW_UP_REACH), index))
