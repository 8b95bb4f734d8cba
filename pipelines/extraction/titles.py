"""A person's title and organization read from the dependency parse of the sentence naming them.

The word-pattern rules in people/ read "Name, title of Org" and "Org title Name". A parse also
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
from pipelines.offices import OFFICE_HEAD

# The relations read, each tested on its example in tests/unit/test_titles.py: apposition ("Name,
# corporate vice president of cloud at Org,"), title apposition ("the current chief executive, Name"),
# copula ("Name is its chief executive"), becoming ("Name became chief executive of Org"),
# appointment ("Org appointed Name as chief operating officer", "Name was named chief executive"),
# heading verb ("Name heads the group") and an office's long title ("Minister of Trade and Industry").
_COPULAS = {"is", "was", "are", "were", "'s", "remains", "remained", "serves", "served", "became", "becomes",
            "become", "been", "be"}
_APPOINTING = {"named", "appointed", "promoted", "elevated", "hired", "tapped", "made", "elected"}
_HEADING = {"heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired"}
_PAST_MARKERS = {"former", "formerly", "previously", "ex", "once", "then", "earlier", "outgoing"}
# When the role is held or which of several holders, not part of it: "the other co-chief executive".
_TIME_ADJECTIVES = {"current", "new", "incoming", "other", "same", "sole"}
# Words a title ends in ("chief executive officer", "head", "Minister").
_TITLE_HEAD = re.compile(rf"(?i){OFFICE_HEAD}")  # pipelines/offices.py: ingestion reads the same words
# A title word, singular or plural ("co-founders and co-CEOs" of two people named together).
_TITLE_WORD = re.compile(rf"(?i)(?:{_TITLE_HEAD.pattern.removeprefix('(?i)')})s?")
_FOUNDER = re.compile(r"(?i)\bco-?founders?\b|\bfounders?\b")
# Verbs whose "as" phrase gives the subject's role: "will lead Beko Europe as its chief executive".
_AS_ROLE_VERBS = {"lead", "leads", "led", "join", "joins", "joined", "serve", "serves", "served", "continue",
                  "continues", "return", "returns", "returned", "stay", "stays", "remain", "remains", "act",
                  "acts", "take", "takes", "took"}
# A sentence worth parsing for titles holds one of these words (and a person's name), also as the end
# of a hyphenated word ("co-president").
TITLE_CUE = re.compile(
    rf"(?i)(?<!\w)(?:{_TITLE_HEAD.pattern.removeprefix('(?i)')}|{'|'.join(sorted(_HEADING))})s?(?![\w-])"
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
    # "A and B, the company's co-founders": the second of coordinated names shares the first's relations
    anchor = _first_conjunct(sentence, person)
    head = tokens[anchor].head
    candidates = [c for c in sentence.children(anchor) if tokens[c].dep == "appos"]
    if tokens[person].dep == "appos":
        candidates.append(_first_conjunct(sentence, tokens[person].head))  # "Minister for A and B, Name"
    if tokens[anchor].dep in ("nsubj", "nsubjpass", "dobj") and head != anchor:
        verb = tokens[head].lower
        if verb in _COPULAS or verb in _APPOINTING:
            candidates += _role_of_verb(sentence, head)
        elif verb in _HEADING and tokens[anchor].dep == "nsubj":
            heading = _heading(sentence, head, mentions)
            if heading is not None:
                return heading
        if verb in _AS_ROLE_VERBS and tokens[anchor].dep == "nsubj":
            candidates += _as_roles(sentence, head)
    candidates += _relative_roles(sentence, anchor)
    found = [
        _title_phrase(text, sentence, candidate, mentions, (start, end))
        for candidate in candidates
        if _TITLE_WORD.fullmatch(tokens[candidate].text) and not _is_past(sentence, candidate)
    ]
    found = [title for title in found if title is not None]
    # "the co-founder who ..., is the chief executive of B": an office stated beats "founder"
    offices = [title for title in found if not _FOUNDER.search(title.title)]
    chosen = (offices or found or [None])[0]
    coordinated = anchor != person or any(tokens[c].dep == "conj" for c in sentence.children(anchor))
    if chosen is not None and coordinated:
        chosen = ParsedTitle(_singular(chosen.title), chosen.org, chosen.needs_context_org)
    if chosen is None or chosen.org is not None:
        return chosen
    employer = _employer(sentence, anchor, mentions)
    return chosen if employer is None else ParsedTitle(chosen.title, employer, needs_context_org=False)


def _singular(title: str) -> str:
    """ "A and B are co-chief executives": each of them is a co-chief executive."""
    return re.sub(r"[\w-]+", lambda w: w.group()[:-1] if _is_plural_title(w.group()) else w.group(), title)


def _is_plural_title(word: str) -> bool:
    return word.endswith("s") and _TITLE_HEAD.fullmatch(word[:-1].rsplit("-", 1)[-1]) is not None


def _employer(sentence: ParsedSentence, person: int, mentions: Sequence[OrgMention]) -> OrgMention | None:
    """ "Name, Global Head of X at B," / "Name will lead B as its chief executive": the organization
    the person's own phrase or the verb's object names, when the title phrase names none."""
    tokens = sentence.tokens
    for child in sentence.children(person):
        if tokens[child].dep == "prep" and tokens[child].lower == "at":
            return _mention_in(sentence, _subtree(sentence, child), mentions)
    verb = tokens[person].head
    if tokens[person].dep == "nsubj" and tokens[verb].lower in _AS_ROLE_VERBS:
        objects = [c for c in sentence.children(verb) if tokens[c].dep == "dobj"]
        return _mention_in(sentence, [i for c in objects for i in _subtree(sentence, c)], mentions)
    return None


def _first_conjunct(sentence: ParsedSentence, index: int) -> int:
    while sentence.tokens[index].dep == "conj" and sentence.tokens[index].head != index:
        index = sentence.tokens[index].head
    return index


def _relative_roles(sentence: ParsedSentence, person: int) -> list[int]:
    """ "Name, who became chief executive in February, ..." / "who remains chairman" / "who co-founded
    Org and is its chief executive": the role a relative clause on the name states."""
    roles = []
    for clause in sentence.children(person):
        if sentence.tokens[clause].dep != "relcl":
            continue
        verbs = [clause, *(c for c in sentence.children(clause) if sentence.tokens[c].dep == "conj")]
        for verb in verbs:
            if sentence.tokens[verb].lower in _COPULAS:
                roles += _role_of_verb(sentence, verb)
    return roles


def _as_roles(sentence: ParsedSentence, verb: int) -> list[int]:
    return [
        c
        for child in sentence.children(verb)
        if sentence.tokens[child].dep == "prep" and sentence.tokens[child].lower == "as"
        for c in sentence.children(child)
        if sentence.tokens[c].dep == "pobj"
    ]


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
    text: str, sentence: ParsedSentence, head: int, mentions: Sequence[OrgMention], person: tuple[int, int]
) -> ParsedTitle | None:
    tokens = sentence.tokens
    first = _first_modifier(sentence, head)
    last = head
    org = None
    needs_context = False
    second = [c for c in sentence.children(head) if tokens[c].dep == "conj" and _TITLE_WORD.fullmatch(
        tokens[c].text)]
    # the phrases of the title and of a second title coordinated with it ("Director and Global Head of X")
    for child in sorted({*sentence.children(head), *(c for t in second for c in sentence.children(t))}):
        token = tokens[child]
        owner = token.head  # the title word this phrase belongs to
        if token.dep == "conj" and _TITLE_WORD.fullmatch(token.text) and child > last:
            last = child  # "founder and chief executive"
        elif token.dep == "poss":
            org = _mention_in(sentence, _subtree(sentence, child), mentions) or org
            needs_context = needs_context or token.lower in ("its", "their")
        elif token.dep == "prep" and token.lower in ("of", "at", "for", "with"):
            scope = _subtree(sentence, child)
            named = _mention_in(sentence, scope, mentions)
            own = _own_scope(sentence, child, scope, mentions)  # "chair of the board (of Org)"
            if named is not None:
                org = org or named
            if _extends_title(sentence, owner, child, last, own):
                last = max(own)  # "of private equity", "of Investment, Trade and Industry", "for Energy"
    last = _office_portfolio(sentence, head, last, mentions)
    last = _scope_apposition(sentence, head, last, mentions, person)
    title = text[tokens[first].start : tokens[last].end]
    if "\n" in title or len(title) > 80:
        return None
    return ParsedTitle(title, org, needs_context_org=org is None and needs_context)


def _own_scope(
    sentence: ParsedSentence, prep: int, scope: Sequence[int], mentions: Sequence[OrgMention]
) -> list[int]:
    """The words of a title's "of" phrase before a nested phrase naming an organization: "of the
    board" in "chair of the board of Org"."""
    for index in scope:
        token = sentence.tokens[index]
        nested = index > prep and token.dep == "prep"
        if nested and _mention_in(sentence, _subtree(sentence, index), mentions):
            return [i for i in scope if i < index]
    return [] if _mention_in(sentence, scope, mentions) else list(scope)


def _extends_title(sentence: ParsedSentence, head: int, prep: int, last: int, own: Sequence[int]) -> bool:
    """An "of" scope right after the title, or an office's "for" portfolio, is part of the title."""
    if not own or prep != last + 1:
        return False
    word = sentence.tokens[prep].lower
    office = _OFFICE_HEAD.fullmatch(sentence.tokens[head].text) is not None
    return (word == "of" or (word == "for" and office)) and _is_scope(sentence, own, head)


def _office_portfolio(sentence: ParsedSentence, head: int, last: int, mentions: Sequence[OrgMention]) -> int:
    """ "Minister for Energy and Clean Economy Jobs": an office's portfolio coordinated after its "for"
    phrase (the parse may hang the second item on the office); a dangling "and" is never kept."""
    tokens = sentence.tokens
    if _OFFICE_HEAD.fullmatch(tokens[head].text) and tokens[last].lower in ("and", ","):
        for child in sentence.children(head):
            appositions = [c for c in sentence.children(child) if tokens[c].dep == "appos"]
            named = {i for c in appositions for i in _subtree(sentence, c)}
            scope = [i for i in _subtree(sentence, child) if i not in named and tokens[i].text != ","]
            adjoining = tokens[child].dep == "conj" and min(scope) == last + 1 and len(scope) <= 5
            capitalised = all(tokens[i].text[:1].isupper() for i in scope if tokens[i].text.isalpha())
            if adjoining and capitalised and not _mention_in(sentence, scope, mentions):
                return max(scope)
    while last > head and (tokens[last].lower in ("and", "or") or not tokens[last].text[:1].isalnum()):
        last -= 1
    return last


def _scope_apposition(
    sentence: ParsedSentence, head: int, last: int, mentions: Sequence[OrgMention], person: tuple[int, int]
) -> int:
    """ "Name, co-president, Asia Pacific, said": a short unnamed scope set off by commas after the title
    is part of it (a named organization there is the employer, not the title)."""
    tokens = sentence.tokens
    comma = last + 1
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return last
    end = comma + 1
    while end < len(tokens) and tokens[end].text not in (",", ";", "."):
        end += 1
    words = range(comma + 1, end)
    if not 1 <= len(words) <= 4 or end >= len(tokens) or tokens[end].text != ",":
        return last
    titled = any(_TITLE_WORD.fullmatch(tokens[i].text) for i in words)
    if titled or _mention_in(sentence, list(words), mentions):
        return last
    if any(person[0] <= tokens[i].start < person[1] for i in words):
        return last  # "the chief executive, Name,": the name itself
    owner = tokens[head].head if tokens[head].dep in ("appos", "conj") else head
    if not all(tokens[i].head in (*words, owner, head) for i in words):
        return last  # the words must hang on the title or the name, not open a new clause
    if any(tokens[i].dep in ("nsubj", "ROOT", "relcl", "advcl") or tokens[i].lower in ("who", "which")
           for i in words):
        return last
    return end - 1


def _first_modifier(sentence: ParsedSentence, head: int) -> int:
    """Leftmost of the contiguous modifiers of the title noun: "corporate vice president"; a hyphenated
    word is one word ("co-founder"); a proper noun before a lower-case title names the employer or a
    place ("Northwind Labs Australia chief executive"), not the title."""
    first = head
    while first > 0:
        previous = sentence.tokens[first - 1]
        if previous.text[:1].isupper() and sentence.tokens[head].text.islower() and first - 1 > 0:
            break
        touching = previous.end == sentence.tokens[first].start
        if touching and "-" in (previous.text, sentence.tokens[first].text):
            first -= 1  # "co-founder", "co-CEOs": the pieces of one hyphenated word
            continue
        attached = previous.head == head or previous.head == first
        if not attached or previous.dep not in _MODIFIER_DEPS or previous.lower in _TIME_ADJECTIVES:
            break
        if previous.lower in _PAST_MARKERS or not re.fullmatch(r"[\w-]+", previous.text):
            break
        if previous.text[:1].isupper() and sentence.tokens[head].text.islower():
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
    if _OFFICE_HEAD.fullmatch(sentence.tokens[head].text):
        return True
    after = max(scope) + 1
    if sentence.tokens[head].text[:1].isupper() and all(w[:1].isupper() or w == "and" for w in words[1:]):
        # "Global Head of Real Assets at B": a Title Case title's own scope, its employer after "at"
        return len(words) <= 5 and after < len(sentence.tokens) and sentence.tokens[after].lower == "at"
    return False
