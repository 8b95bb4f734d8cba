"""Deal parties and roles read from the dependency parse, where the trigger patterns found none.

A deal verb's subject (with its coordinated subjects) is one side; its object, or the organization a
preposition chain under it leads to ("putting S$500 million into a hub at Z"), the other. In the
passive the subject is the target and the agent ("by") the buyer. Organizations in an apposition are
context, never parties. Each verb below is tested on an example in tests/unit/test_deal_syntax.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.model import OrgMention
from pipelines.extraction.syntax import ParsedSentence

# verb form -> (deal type, role of the subject side, role of the object side)
DEAL_VERBS: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
                     "purchase", "purchases", "purchased"), ("acquisition", "acquirer", "target")),
    **dict.fromkeys(("invest", "invests", "invested", "investing", "put", "puts", "putting", "pour",
                     "pours", "poured", "pouring", "plough", "ploughs", "ploughed", "ploughing", "back",
                     "backs", "backed", "backing"), ("investment", "investor", "investee")),
    **dict.fromkeys(("partner", "partners", "partnered", "partnering", "collaborate", "collaborates",
                     "collaborated", "collaborating", "ally", "allied"),
                    ("partnership", "partner", "partner")),
}
# A sentence worth parsing for deals holds one of these verbs (and two organizations).
DEAL_VERB_CUE = re.compile(
    rf"(?i)(?<![\w-])(?:{'|'.join(sorted(DEAL_VERBS, key=len, reverse=True))})(?![\w-])"
)
_OBJECT_PREPOSITIONS = {"in", "into", "with", "from", "at", "for", "to"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def deals_from_parse(
    sentence: ParsedSentence, mentions: Sequence[OrgMention]
) -> list[tuple[str, list[tuple[OrgMention, str]]]]:
    """(deal type, [(organization, role), ...]) for each deal verb whose two sides are organizations."""
    found = []
    for index, token in enumerate(sentence.tokens):
        entry = DEAL_VERBS.get(token.lower)
        if entry is None:
            continue
        deal_type, subject_role, object_role = entry
        passive = any(sentence.tokens[c].dep == "auxpass" for c in sentence.children(index))
        subjects = _organizations(sentence, _subject_of(sentence, index), mentions)
        objects = _organizations(sentence, _object_of(sentence, index, passive), mentions)
        if passive:  # "B was bought by A": the subject is the target
            subjects, objects = objects, subjects
        subjects = [m for m in subjects if all(m.key != o.key for o in objects)]
        if subjects and objects:
            parties = [(m, subject_role) for m in subjects] + [(m, object_role) for m in objects]
            found.append((deal_type, parties))
    return found


def _subject_of(sentence: ParsedSentence, verb: int) -> int | None:
    """The verb's subject, or that of the verb it completes ("agreed to buy", "plans to invest")."""
    for candidate in (verb, *sentence.ancestors(verb)):
        subject = next((c for c in sentence.children(candidate) if sentence.tokens[c].dep in _SUBJECTS), None)
        if subject is not None:
            return subject
        if sentence.tokens[candidate].dep not in ("xcomp", "conj", "aux"):
            return None
    return None


def _object_of(sentence: ParsedSentence, verb: int, passive: bool) -> int | None:
    """The direct object, else the first organization a preposition chain reaches (or the agent)."""
    queue = [verb]
    for _depth in range(4):
        next_queue = []
        for head in queue:
            for child in sentence.children(head):
                dep, word = sentence.tokens[child].dep, sentence.tokens[child].lower
                if dep in ("dobj", "pobj") and (dep == "pobj" or not passive):
                    if _is_named(sentence, child):
                        return child
                    if dep == "dobj" and not _is_money_or_stake(sentence, child):
                        return None  # "buy chips from X": goods bought from a supplier, not a deal
                    next_queue.append(child)  # "S$500 million into ...", "a hub at ..."
                elif (dep == "agent" and passive) or (dep == "prep" and word in _OBJECT_PREPOSITIONS):
                    next_queue.append(child)
        queue = next_queue
    return None


_STAKE_WORDS = {"million", "billion", "trillion", "crore", "lakh", "stake", "stakes", "shares", "money",
                "capital", "funds", "funding", "investment", "majority", "minority", "control"}


def _is_money_or_stake(sentence: ParsedSentence, index: int) -> bool:
    """The object of "putting S$500 million into ...", "buy a 20% stake in ...": money or a share."""
    if sentence.tokens[index].lower in _STAKE_WORDS:
        return True
    return any(sentence.tokens[c].dep in ("nummod", "quantmod") for c in sentence.children(index))


def _is_named(sentence: ParsedSentence, index: int) -> bool:
    return sentence.tokens[index].text[:1].isupper()


def _organizations(
    sentence: ParsedSentence, head: int | None, mentions: Sequence[OrgMention]
) -> list[OrgMention]:
    """The organization named at ``head`` and at each token coordinated with it ("A and B")."""
    if head is None:
        return []
    heads = [head]
    heads += [c for c in sentence.children(head) if sentence.tokens[c].dep == "conj"]
    found: list[OrgMention] = []
    for index in heads:
        token = sentence.tokens[index]
        mention = next((m for m in mentions if m.start <= token.start < m.end), None)
        if mention is not None and all(mention.key != m.key for m in found):
            found.append(mention)
    return found
