"""A name's first word that no capital opens, read back into the span a capital started.

The name patterns and the recognizer open a name on a capital, so a name whose first word is written
otherwise loses it and becomes another, shorter name: "Giesecke+Devrient" read as "Devrient", "U+ Ventures"
as "Ventures", "secunet Security Networks AG" as "Security Networks". The span is grown back over that word
where the word is glued to it by a "+" ("Giesecke+"), ends in one ("U+"), or is a lower-case word the article
itself writes as a name: it opens a sentence, a heading or a paragraph in lower case ("secunet grows on
..."), which no common word does (a line a hard wrap opens is no opening: the line before it must end a
sentence or be blank).
"""

from __future__ import annotations

import re

from pipelines.letters import LOWER, UPPER

# A word glued to the span by a "+" ("Giesecke+Devrient"), or ending in one before a space ("U+ Ventures").
_PLUS_HEAD = re.compile(r"(?<![\w+&.-])[\w]{1,20}\+[ ]?$")
# A "+" closing the name right after the span ("Canal+ said"): part of the name, never an operator.
_PLUS_TAIL = re.compile(r"\+(?![\w+])")
# A lower-case word right before the span, one space between: "secunet Security Networks AG".
_LOWER_HEAD = re.compile(rf"(?<![\w+&.'’-])({LOWER}[\w-]{{1,20}})[ ]$")
# Where a sentence, a heading or a paragraph opens: the text's start, after a blank line, after a
# sentence's end ("secunet grows", ". secunet reported"); never after a colon ("Outlook: group revenue").
_SENTENCE_OPENING = r"(?:\A|(?<=\n\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))[ \t]*"


_LOWER_OPENER = re.compile(rf"{_SENTENCE_OPENING}({LOWER}[\w-]{{0,40}})(?![\w-])")
# The last text asked about and its lower-case openers, one pair replaced whole (name_starts.py does the
# same): the stage asks once per candidate, the text is scanned once.
_last: tuple[str, frozenset[str]] = ("", frozenset())


def _lower_openers(text: str) -> frozenset[str]:
    """The lower-case words the article opens a sentence, a heading or a paragraph with."""
    global _last
    last_text, words = _last
    if text is last_text or text == last_text:
        return words
    words = frozenset(match.group(1) for match in _LOWER_OPENER.finditer(text))
    _last = (text, words)
    return words


def with_name_head(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over a first word no capital opens ("Giesecke+", "U+ ", "secunet "), and over a
    "+" closing it ("Canal+"); the span unchanged where no such word touches it."""
    if _PLUS_TAIL.match(text, end) and end > start and text[end - 1].isalnum():
        end += 1
    if start == 0 or not re.match(rf"{UPPER}|\d", text[start]):
        return start, end
    before = text[max(0, start - 24) : start]
    plus = _PLUS_HEAD.search(before)
    if plus:
        return start - (len(before) - plus.start()), end
    lower = _LOWER_HEAD.search(before)
    if lower and lower.group(1) in _lower_openers(text):
        return start - (len(before) - lower.start(1)), end
    return start, end


def read_as_capitalised(surface: str) -> str:
    """The surface with its first letter in capitals: how a name written in lower case ("secunet
    Security Networks") is judged by the rules that take a lower-case opening for a phrase."""
    return surface[:1].upper() + surface[1:]
