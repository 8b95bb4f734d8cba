"""A company whose name opens with a function word ("Over the Wire Holdings", "Even Healthcare") keeps it.

Span cleaning drops a capitalised function word before a name (``LEADING_NOISE``: "Over", "Even",
"After"), since at a sentence's start it opens the sentence, not the name. Inside a sentence, after a
lower-case word ("acquired Over the Wire Holdings", "Bengaluru-based Even Healthcare"), nothing but a name
capitalises it, so there the text shows the whole name: that name keeps its opening word wherever the
article writes it, at a sentence's start too. The articles "The", "A" and "An" are left to the keys,
which read "The Quarvo Company" and "Quarvo Company" as one name already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction.entities.vocabulary import LEADING_NOISE, MONTHS_DAYS
from pipelines.letters import UPPER

_ARTICLES = {"The", "A", "An", "PT"}
# A weekday after "on" dates the sentence ("on Wednesday Quarvo signed"): never a name's opening word.
_OPENERS = sorted(LEADING_NOISE - _ARTICLES - MONTHS_DAYS, key=len, reverse=True)
# After a lower-case word and a space or a hyphen ("based Even", "bought Over"): the function word, then a
# capitalised run that may hold "the"/"of"/"and"/"&" between its words ("Over the Wire Holdings").
_CAP_WORD = rf"{UPPER}[\w'’.&-]*"
_SHOWN_WHOLE = re.compile(
    rf"(?<![\w'’])[a-z][a-z'’]*[ -]((?:{'|'.join(_OPENERS)})"
    rf"(?:[ ]+(?:the|of|and|&)[ ]+|[ ]+)(?:{_CAP_WORD})(?:(?:[ ]+(?:of|and|&|the))*[ ]+{_CAP_WORD})*)"
)
# A trailing connector or possessive is no part of the name ("Even Healthcare's" -> "Even Healthcare").
_LOOSE_TAIL = re.compile(r"(?:[ ]+(?:of|and|&|the))+$|['’]s?$")


@lru_cache(maxsize=16)
def names_shown_whole(text: str) -> tuple[str, ...]:
    """The names ``text`` writes inside a sentence opening with a capitalised function word, longest
    first ("Over the Wire Holdings"). Cached: every span the cleaning trims asks about its own text (the
    article, or a surface cleaned alone), and a few texts are in play at a time."""
    found = {_LOOSE_TAIL.sub("", match.group(1)) for match in _SHOWN_WHOLE.finditer(text)}
    return tuple(sorted((name for name in found if " " in name), key=len, reverse=True))


def keeps_opening_word(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]``, opening with a function word, is (the start of) a name the
    text shows whole, so the word is the name's own."""
    names = names_shown_whole(text)
    if not names:
        return False
    surface = text[start:end]
    return any(surface.startswith(name) or name.startswith(surface) and " " in surface for name in names)


def with_opening_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown back over the function word (and a "the"/"of" after it) a name shown whole opens
    with, where the span holds that name without them ("Wire Holdings" or "the Wire Holdings" after
    "Over")."""
    surface = text[start:end]
    for name in names_shown_whole(text):
        for prefix in _openings(name):
            rest, begin = name[len(prefix) :], start - len(prefix)
            if begin >= 0 and text[begin:start] == prefix and _same_opening(rest, surface):
                return begin, end
    return start, end


def _openings(name: str) -> list[str]:
    """ "Over " and "Over the " for "Over the Wire Holdings": the function word, then each lower-case
    word after it."""
    words = name.split(" ")
    prefixes = [words[0] + " "]
    for word in words[1:]:
        if word not in _LINKS:
            break
        prefixes.append(prefixes[-1] + word + " ")
    return prefixes


def _same_opening(rest: str, surface: str) -> bool:
    """The span holds the rest of the name, or the name's rest opens the span, at a word's end."""
    shorter, longer = sorted((rest, surface), key=len)
    return (
        bool(shorter) and longer.startswith(shorter) and longer[len(shorter) : len(shorter) + 1] in {"", " "}
    )


_LINKS = {"the", "of", "and", "&"}
