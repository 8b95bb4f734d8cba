"""A name's first word that no capital opens, read back into the span a capital started.

The name patterns and the recognizer open a name on a capital, so a name whose first word is written
otherwise loses it and becomes another, shorter name: "Halden+Moor" read as "Moor", "U+ Ventures"
as "Ventures", "quarvix Security Networks AG" as "Security Networks". The span is grown back over that word
where the word is glued to it by a "+" ("Halden+"), ends in one ("U+"), or is a lower-case word the article
itself writes as a name: it opens a sentence, a heading or a paragraph in lower case ("quarvix grows on
..."), which no common word does (a line a hard wrap opens is no opening: the line before it must end a
sentence or be blank).
"""

from __future__ import annotations

import re

from pipelines.extraction.entities.vocabulary import CONNECTORS
from pipelines.extraction.name_starts import remembered_for_the_last_text
from pipelines.letters import LOWER, LOWER_CHARS, UPPER

# A word glued to the span by a "+" ("Halden+Moor"), or ending in one before a space ("U+ Ventures").
_PLUS_HEAD = re.compile(r"(?<![\w+&.-])[\w]{1,20}\+[ ]?$")
# A lower-case word right before the span, one space between: "quarvix Security Networks AG".
_LOWER_HEAD = re.compile(rf"(?<![\w+&.'’-])({LOWER}[\w-]{{1,20}})[ ]$")
# Lower-case words that open sentences but never a name: English function words, the particles of names
# in other languages ("di Ana Ruiz", a byline), and a reporting verb after a quote (". said Ana Ruiz").
_FUNCTION_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "it",
        "their",
        "our",
        "his",
        "her",
        "my",
        "your",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "when",
        "while",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "onto",
        "to",
        "with",
        "within",
        "without",
        "about",
        "after",
        "before",
        "between",
        "under",
        "over",
        "via",
        "per",
        "than",
        "then",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "also",
        "both",
        "either",
        "neither",
        "not",
        "no",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "do",
        "does",
        "did",
    )
)
_REPORTING_VERBS = frozenset(("said", "says", "told", "added", "noted", "wrote", "writes"))
_NEVER_A_BRAND = _FUNCTION_WORDS | frozenset(CONNECTORS) | _REPORTING_VERBS
# Where a sentence, a heading or a paragraph opens: the text's start, after a blank line, after a
# sentence's end ("quarvix grows", ". quarvix reported"); never after a colon ("Outlook: group revenue") nor
# an abbreviation's full stop ("Its U.S. subsidiary Quarvo").
_SENTENCE_END = rf"[{LOWER_CHARS}0-9)%][.!?]"
_SENTENCE_OPENING = rf"(?:\A|(?<=\n\n)|(?<={_SENTENCE_END}\s)|(?<={_SENTENCE_END}[\"”’]\s))[ \t]*"


_LOWER_OPENER = re.compile(rf"{_SENTENCE_OPENING}({LOWER}[\w-]{{0,40}})(?![\w-])")


# the stage asks once per candidate: the text is scanned once
@remembered_for_the_last_text
def _lower_openers(text: str) -> frozenset[str]:
    """The lower-case words the article opens a sentence, a heading or a paragraph with."""
    return frozenset(match.group(1) for match in _LOWER_OPENER.finditer(text))


# Compiled once: asked of every candidate name (about 50 times per article).
_CAPITAL_OR_DIGIT = re.compile(rf"{UPPER}|\d")


def with_name_head(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over a first word no capital opens ("Halden+", "U+ ", "quarvix "); the span
    unchanged where no such word touches it. (A "+" closing a name, "Velar+", is left out: after a
    company's name it is most often its product, a streaming or software tier.)"""
    if start == 0 or not _CAPITAL_OR_DIGIT.match(text[start]):
        return start, end
    before = text[max(0, start - 24) : start]
    plus = _PLUS_HEAD.search(before)
    if plus:
        return start - (len(before) - plus.start()), end
    lower = _LOWER_HEAD.search(before)
    if lower and lower.group(1) in _lower_openers(text) and lower.group(1) not in _NEVER_A_BRAND:
        return start - (len(before) - lower.start(1)), end
    return start, end


def read_as_capitalised(surface: str) -> str:
    """The surface with its first letter in capitals: how a name written in lower case ("quarvix
    Security Networks") is judged by the rules that take a lower-case opening for a phrase."""
    return surface[:1].upper() + surface[1:]
