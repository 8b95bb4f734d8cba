"""Regex character classes for the letters of names, in every script with letter case.

Python's ``re`` has no ``\\p{Lu}``; a rule written with ``[A-Z]`` or ``[a-z]`` cuts "Jean François"
at the "ç" and drops "Émile" and "Łukasz" altogether. Every rule that reads a name (extraction and
ingestion alike) builds its classes from these, so the definition of a name letter is written once.

``UPPER``, ``LOWER`` and ``LETTER`` are complete bracketed classes (``[...]``) to paste into a
pattern; ``UPPER_CHARS`` and friends are their insides, to combine with other characters in one class.
"""

from __future__ import annotations

import unicodedata

# Cased letters end in the Adlam block (U+1E900-U+1E95F); scanning beyond it finds none.
_LAST_CASED = 0x1E95F


def _ranges(test) -> str:
    """The code points passing ``test`` as a regex class body of ranges ("A-ZÀ-ÖØ-Þ...")."""
    parts: list[str] = []
    start = previous = None
    for code in range(_LAST_CASED + 1):
        if test(chr(code)):
            if start is None:
                start = code
            elif code != previous + 1:
                parts.append(_range(start, previous))
                start = code
            previous = code
    if start is not None:
        parts.append(_range(start, previous))
    return "".join(parts)


def _range(first: int, last: int) -> str:
    return _char(first) if first == last else f"{_char(first)}-{_char(last)}"


def _char(code: int) -> str:
    # The letter itself, not a \U escape: a class of letters is compiled into every pattern that pastes it,
    # some per article, and the parser reads a letter about three times faster than its ten-character escape.
    # Only a class's own syntax characters would need escaping, and no letter is one.
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


# Titlecase letters ("ǅ") start a capitalised word as an uppercase one does.
UPPER_CHARS = _ranges(lambda char: char.isupper() or char.istitle())


def _modifier_letter(char: str) -> bool:
    return unicodedata.category(char) == "Lm" and char != "\u02bc"


# Combining marks count as lower-case letters: "Ìfẹ́olúwa" writes its "ẹ́" as "ẹ" and a combining acute that
# no precomposed letter replaces, and a name must not be cut there.
# Modifier letters count too: Uzbek "Yoʻldoshev" and a transliterated "Al-Muʿtaz" write a letter with one
# (all but the modifier apostrophe "ʼ", which some texts type for the possessive's apostrophe).
LOWER_CHARS = _ranges(
    lambda char: char.islower() or unicodedata.category(char) == "Mn" or _modifier_letter(char)
)
LETTER_CHARS = UPPER_CHARS + LOWER_CHARS

UPPER = f"[{UPPER_CHARS}]"
LOWER = f"[{LOWER_CHARS}]"
LETTER = f"[{LETTER_CHARS}]"


def without_accents(name: str) -> str:
    """The name with its letters' accents dropped ("Perú" -> "Peru"), as the gazetteer spells places."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
