"""A figure's owner read from the dependency parse, where the parse states it.

The word rules (owners.py) guess an owner from what stands near the figure. Where a sentence names
more than one organization, the parse says which one the figure is about: the subject of the verb
that governs the figure ("Gol, which ... in the United States, reported a net loss of R$1.3 billion":
Gol, not United), an organization the figure hangs on ("followed by Microsoft at 16%"), the
possessor of that subject ("Velorix's revenue rose 5%"), the organization after
"revenue at/of", and the antecedent of a relative pronoun ("Quill, which reported revenue of ...").
When the governing verb's subject is not an organization ("Revenue rose 5%, Velorix said"), the parse
states no owner and the rules decide.

Only sentences naming two or more organizations are parsed, and only when a figure asks.
"""

from __future__ import annotations

from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.syntax import ParsedSentence, Syntax

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_PRONOUNS = ("which", "that", "who")
# "revenue at Velorix", "sales of Velorix", "income from Velorix": the organization the measure is of
_OWNER_PREPOSITIONS = ("at", "of", "from", "for")


def parsed_owner(
    syntax: Syntax | None, sentence: Sentence, start: int, end: int, mentions: list[OrgMention]
) -> OrgMention | None:
    """The organization the parse makes the figure at [start, end) about, else None."""
    named = [m for m in mentions if m.text[:1].isupper()]
    if syntax is None or len({m.key for m in named}) < 2:
        return None
    syntax.add([sentence])
    parsed = syntax.sentence_at(start)
    if parsed is None:
        return None
    figure = parsed.token_at(start, end)
    if figure is None:
        return None
    for governor in (figure, *parsed.ancestors(figure)):
        named_here = _mention_at(parsed, governor, named) if governor != figure else None
        if named_here is not None:
            return named_here  # "followed by Microsoft at 16%": the figure hangs on the name
        subjects = [c for c in parsed.children(governor) if parsed.tokens[c].dep in _SUBJECTS]
        if subjects:
            return _owner_of_subject(parsed, governor, subjects[0], named)
    return None


def _owner_of_subject(
    parsed: ParsedSentence, verb: int, subject: int, mentions: list[OrgMention]
) -> OrgMention | None:
    """The organization a subject names: itself, its possessor, the organization after "revenue at",
    or, for a relative pronoun, the noun the relative clause hangs on."""
    if parsed.tokens[subject].lower in _RELATIVE_PRONOUNS and parsed.tokens[verb].dep == "relcl":
        subject = parsed.tokens[verb].head
    own = _mention_at(parsed, subject, mentions)
    if own is not None:
        return own
    for child in parsed.children(subject):
        token = parsed.tokens[child]
        if token.dep == "poss":
            return _mention_at(parsed, child, mentions)
        if token.dep == "prep" and token.lower in _OWNER_PREPOSITIONS:
            objects = [c for c in parsed.children(child) if parsed.tokens[c].dep == "pobj"]
            if objects:
                return _mention_at(parsed, objects[0], mentions)
    return None


def _mention_at(parsed: ParsedSentence, index: int, mentions: list[OrgMention]) -> OrgMention | None:
    token = parsed.tokens[index]
    return next((m for m in mentions if m.start <= token.start and token.end <= m.end), None)
