"""A person's title and organization read from the dependency parse of the sentence naming them.

The word-pattern rules in people.py read "Name, title of Org" and "Org title Name". A parse also
reads the forms those miss: the relations below, each with the example it is tested on. A title is
the title noun with its modifiers, a coordinated second title ("founder and chief executive") and a
lower-case scope ("of private equity"); the organization is the one the title phrase names (of, at,
for, a possessor), else "its" / "the group" resolved by the caller to the organization in context.
A past role ("former", "previously") never stands in for the current one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention
from pipelines.extraction.syntax import ParsedSentence

# The relations read, each tested on its example in tests/unit/test_titles.py: apposition ("Name,
# corporate vice president of cloud at Org,"), title apposition ("the current chief executive, Name"),
# copula ("Name is its chief executive"), becoming ("Name became chief executive of Org"),
# appointment ("Org appointed Name as chief operating officer", "Name was named chief executive"),
# heading verb ("Name heads the group") and an office's long title ("Minister of Trade and Industry").
_COPULAS = {"is", "was", "'s", "remains", "remained", "serves", "served", "became", "becomes", "become"}
_APPOINTING = {"named", "appointed", "promoted", "elevated", "hired", "tapped", "made", "elected"}
_HEADING = {"heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired"}
_PAST_MARKERS = {"former", "formerly", "previously", "ex", "once", "then", "earlier", "outgoing"}
_TIME_ADJECTIVES = {"current", "new", "incoming"}  # when the role is held, not part of it
# Words a title ends in ("chief executive officer", "head", "Minister").
_TITLE_HEAD = re.compile(
    r"(?i)officer|executive|economist|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|"
    r"president|director|manager|partner|head|founder|co-founder|analyst|scientist|strategist|"
    r"spokesman|spokeswoman|spokesperson|secretary|minister|governor|mayor|dean|principal|treasurer|"
    r"commissioner|chancellor|provost|professor"
)
# A sentence worth parsing for titles holds one of these words (and a person's name).
TITLE_CUE = re.compile(
    rf"(?i)(?<![\w-])(?:{_TITLE_HEAD.pattern.removeprefix('(?i)')}|{'|'.join(sorted(_HEADING))})s?(?![\w-])"
)
# Titles whose "of" phrase is part of the title even when capitalised: "Minister of Trade and Industry".
_OFFICE_HEAD = re.compile(r"(?i)minister|secretary|commissioner|governor|mayor")
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "advmod"}


@dataclass(frozen=True)
class ParsedTitle:
    title: str
    org: OrgMention | None
    needs_context_org: bool  # "its chief executive", "heads the group": the organization in context


def title_from_parse(
    text: str, sentence: ParsedSentence, start: int, end: int, mentions: Sequence[OrgMention]
) -> ParsedTitle | None:
    """The current title the parse gives the person named at [start, end), if any."""
    person = sentence.token_at(start, end)
    if person is None:
        return None
    tokens = sentence.tokens
    head = tokens[person].head
    candidates = [c for c in sentence.children(person) if tokens[c].dep == "appos"]
    if tokens[person].dep == "appos":
        candidates.append(head)
    if tokens[person].dep in ("nsubj", "nsubjpass", "dobj") and head != person:
        verb = tokens[head].lower
        if verb in _COPULAS or verb in _APPOINTING:
            candidates += _role_of_verb(sentence, head)
        elif verb in _HEADING and tokens[person].dep == "nsubj":
            return _heading(sentence, head, mentions)
    for candidate in candidates:
        if _TITLE_HEAD.fullmatch(tokens[candidate].text) and not _is_past(sentence, candidate):
            return _title_phrase(text, sentence, candidate, mentions)
    return None


def _role_of_verb(sentence: ParsedSentence, verb: int) -> list[int]:
    """ "is its chief executive" (attr), "named chief executive" (oprd), "appointed X as CFO" (as + pobj)."""
    roles = []
    for child in sentence.children(verb):
        dep = sentence.tokens[child].dep
        if dep in ("attr", "oprd", "xcomp", "acomp"):
            roles.append(child)
        elif dep == "prep" and sentence.tokens[child].lower == "as":
            roles += [c for c in sentence.children(child) if sentence.tokens[c].dep == "pobj"]
    return roles


def _heading(sentence: ParsedSentence, verb: int, mentions: Sequence[OrgMention]) -> ParsedTitle | None:
    """ "X heads the group" / "X leads Northwind's cloud unit": the person is its head."""
    for child in sentence.children(verb):
        if sentence.tokens[child].dep == "dobj":
            org = _mention_in(sentence, _subtree(sentence, child), mentions)
            return ParsedTitle("head", org, needs_context_org=org is None)
    return None


def _is_past(sentence: ParsedSentence, title: int) -> bool:
    near = {title, *sentence.children(title)}
    verb = sentence.tokens[title].head
    if sentence.tokens[title].dep in ("attr", "oprd", "pobj"):
        near.update(sentence.children(verb))
    return any(sentence.tokens[i].lower.strip("-") in _PAST_MARKERS for i in near)


def _subtree(sentence: ParsedSentence, root: int) -> list[int]:
    return [i for i in range(len(sentence.tokens)) if i == root or root in sentence.ancestors(i)]


def _mention_in(
    sentence: ParsedSentence, indices: Sequence[int], mentions: Sequence[OrgMention]
) -> OrgMention | None:
    for index in indices:
        token = sentence.tokens[index]
        for mention in mentions:
            if mention.start <= token.start < mention.end:
                return mention
    return None


def _title_phrase(
    text: str, sentence: ParsedSentence, head: int, mentions: Sequence[OrgMention]
) -> ParsedTitle | None:
    tokens = sentence.tokens
    first = _first_modifier(sentence, head)
    last = head
    org = None
    needs_context = False
    for child in sentence.children(head):
        token = tokens[child]
        if token.dep == "conj" and _TITLE_HEAD.fullmatch(token.text) and child > last:
            last = child  # "founder and chief executive"
        elif token.dep == "poss":
            org = _mention_in(sentence, _subtree(sentence, child), mentions) or org
            needs_context = needs_context or token.lower in ("its", "their")
        elif token.dep == "prep" and token.lower in ("of", "at", "for", "with"):
            scope = _subtree(sentence, child)
            named = _mention_in(sentence, scope, mentions)
            if named is not None:
                org = org or named
            elif token.lower == "of" and child == last + 1 and _is_scope(sentence, scope, head):
                last = max(scope)  # "of private equity", "of Investment, Trade and Industry"
    title = text[tokens[first].start : tokens[last].end]
    if "\n" in title or len(title) > 80:
        return None
    return ParsedTitle(title, org, needs_context_org=org is None and needs_context)


def _first_modifier(sentence: ParsedSentence, head: int) -> int:
    """Leftmost of the contiguous modifiers of the title noun: "corporate vice president"."""
    first = head
    while first > 0:
        previous = sentence.tokens[first - 1]
        attached = previous.head == head or previous.head == first
        if not attached or previous.dep not in _MODIFIER_DEPS or previous.lower in _TIME_ADJECTIVES:
            break
        if previous.lower in _PAST_MARKERS or not re.fullmatch(r"[\w-]+", previous.text):
            break
        first -= 1
    return first


def _is_scope(sentence: ParsedSentence, scope: Sequence[int], head: int) -> bool:
    """A scope of the title itself: lower-case words, or the capitalised portfolio of an office."""
    words = [sentence.tokens[i].text for i in scope if sentence.tokens[i].text.isalpha()]
    if not words or len(scope) > 8:
        return False
    if all(word.islower() for word in words):
        return True
    return _OFFICE_HEAD.fullmatch(sentence.tokens[head].text) is not None
