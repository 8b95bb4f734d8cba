"""Surfaces and keys: the cross-article key of an organization, its display name, and the trimming
that turns a span into the name it holds ("the Tencent's" -> "Tencent")."""

from __future__ import annotations

import re
import unicodedata

from pipelines.extraction.entities.function_word_openings import keeps_opening_word
from pipelines.extraction.entities.vocabulary import LEADING_NOISE, LEGAL_SUFFIXES, NAVIGATION_WORDS
from pipelines.extraction.org_cues import PUBLIC_BODY_OF
from pipelines.legal_forms import (
    LEADING_FORMS,
    MIXED_CASE_FORMS,
    NOT_CAPITALISED_FORMS,
    REGISTERED_FORMS,
    WRITTEN_FORMS,
)
from pipelines.letters import LOWER, UPPER

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
# Compiled once here, not looked up in re's module cache per call: these run ~1,000 times per article, and
# re's cache drops its oldest entries first, so the patterns an article builds from names would push them out.
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")
_KEY_BREAKS = re.compile(r"[^\w.]+")
_AND_CO_END = re.compile(r"&\s*Co\.?$")
_FIRST_WORD = re.compile(r"[\w'’]+")


def _legal_form_spellings() -> list[str]:
    """How the registered forms (pipelines/legal_forms.py, written once) end a name: "LTD", "Ltd", "AB",
    "Plc", "S.A", "GmbH"; longest first, so "S.A.B" is tried before "S.A"."""
    spellings = set(MIXED_CASE_FORMS)
    for form in REGISTERED_FORMS:
        spellings.add(form.upper())
        if form not in NOT_CAPITALISED_FORMS:
            spellings.add(form.capitalize())
    return sorted(spellings, key=lambda spelling: (-len(spelling), spelling))


# A registered form closing a name; the closing dot may have been trimmed as a sentence's ("Bancolombia S.A").
_LEGAL_FORM_END = re.compile(
    r"[\s,]+(?:" + "|".join(re.escape(spelling) + r"\.?" for spelling in _legal_form_spellings()) + r")$"
)


def _written_forms_end(forms: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<=[^\s,])[\s,]+(?:"
        + "|".join(
            # "& Co." is as often written "& Co": "Quarvo GmbH & Co KG" is one form, not "KG" after a "Co"
            re.escape(form.rstrip(".")).replace(r"Co\.", r"Co\.?") + (r"\.?" if form.endswith(".") else "")
            for form in sorted(forms, key=len, reverse=True)
        )
        + r")\s*$"
    )


# The forms written as they are registered, case-sensitive ("S.A.B. de C.V.", "A/S", "AB (publ)", "AS"), at
# the end of a name; the closing dot may have been trimmed as a sentence's. Longest first.
_WRITTEN_FORM_END = _written_forms_end([form for form, _example in WRITTEN_FORMS])
# A partnership's form stays in the name shown, as "Rothschild & Co" does ("Quarvo SE & Co. KGaA"); the key
# drops it with the others.
_PARTNERSHIP_END = _written_forms_end([form for form, _example in WRITTEN_FORMS if "&" in form])
# A form written before the name ("PT Quarvo Tbk", "JSC Quarvo"): dropped from the key when a name follows.
_LEADING_FORM = re.compile(
    r"^(?:[Tt]he\s+)?(?:" + "|".join(form for form, _example in LEADING_FORMS) + rf")\s+(?={UPPER}|\d)"
)


def strip_written_forms(name: str) -> str:
    """ "Quarvo, S.A.B. de C.V." -> "Quarvo", "PT Quarvo Tbk" -> "Quarvo Tbk": the registered forms of
    every country (pipelines/legal_forms.py) as the article writes them, never the whole name."""
    previous = None
    while previous != name:
        previous = name
        name = _WRITTEN_FORM_END.sub("", name)
        stripped = _LEADING_FORM.sub("", name)
        if stripped.strip():
            name = stripped
    return name


_LOOSE_END = re.compile(r"['’]s?$|\s+(?:and|&|of|for)$")
_NAME_AFTER_NOISE = re.compile(rf"\s+(?:(?:of|and|for|the|in|at|on)\s+)*{UPPER}")


def normalize_surface(name: str) -> str:
    """Lower-case, straight quotes, no leading "the", no possessive, single spaces."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE_END.sub("", text)
    return _SPACES.sub(" ", text).strip().lower()


def organization_key(name: str) -> str:
    """Cross-article key: "Tencent", "Tencent Holdings Ltd" and "the Tencent's" -> "tencent".

    Only legal/holding suffixes are dropped, never distinguishing words, so "Bank of China"
    and "Agricultural Bank of China" keep different keys.
    """
    key = _key_once(name)
    # Splitting at punctuation can expose a prefix the surface normalizer drops ("THE:0" -> "the 0"):
    # repeat until stable, so a key is always its own key (a bounded loop: each pass drops words).
    for _ in range(8):
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key


def _key_once(name: str) -> str:
    text = normalize_surface(strip_written_forms(name)).replace("&", " and ")
    tokens = [t for t in _KEY_BREAKS.split(text) if t]
    tokens = [t.strip(".") for t in tokens if t.strip(".")]
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


def display_name(surface: str, keep_opening: bool = False) -> str:
    """A surface form without leading "the", possessive or trailing legal form ("Co Ltd", "Inc");
    ``keep_opening`` keeps a function word the article shows opening the name ("Over the Wire")."""
    text = clean_surface(surface, keep_opening)
    previous = None
    while previous != text and not _AND_CO_END.search(text) and not _PARTNERSHIP_END.search(text):
        previous = text
        text = _LEGAL_FORM_END.sub("", _WRITTEN_FORM_END.sub("", text))
    return text or surface


def clean_surface(surface: str, keep_opening: bool = False) -> str:
    # trimmed as a name inside a sentence: a menu word opening it is part of the name ("Home Credit")
    padded = " " + surface
    start, end = trim_span(padded, 1, len(padded))
    if keep_opening:  # read alone, "Even Healthcare" looks sentence-initial; the article showed it whole
        start = 1 + len(surface) - len(surface.lstrip())
    return padded[start:end]


# "Hamburg-based Nordhafen", "SoftBank-backed Paytm", "state-owned X": the qualifier describes the name.
_LOCATED_PREFIX = re.compile(
    rf"(?:{UPPER}[\w.&]*(?:[ -]{UPPER}[\w.&]*){{0,2}}|{LOWER}+)-"
    r"(?:based|headquartered|listed|backed|owned|run|"
    rf"controlled|born|focused)\s+(?={UPPER})"
)


# A dateline or wire credit the model read into the name after it: "TOKYO, Japan - Terumo Corporation",
# "/PR Wire Canada/ - Lundin Mining": a name holds no spaced dash and no slash before one.
# A wire service's dateline glued to the name by a double dash, no space: "NEW YORK--Wix.com", "BURBANK,
# Calif.--The Walt Disney Company".
_DATELINE_PREFIX = re.compile(rf"[^\n]{{1,60}}?(?:(?:/\s*|\s)[-–—]{{1,2}}\s+(?=\S)|(?<=[\w.)])--(?={UPPER}))")


# Compiled once: written inline, the pattern string (with its class of every capital letter) was built and
# looked up in re's cache on every call, several times the cost of the match itself.
_ARTICLE_BEFORE_NAME = re.compile(rf"(?:(?:the|an?|of|and|for|in|at|on)\s+)+(?={UPPER})")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip leading "the"/function words, possessives and stray punctuation from a span."""
    changed = True
    while changed and start < end:
        changed = False
        segment = text[start:end]
        stripped = segment.lstrip(" \t\n\"“”'‘’(-–—•*")
        if stripped != segment:
            start += len(segment) - len(stripped)
            changed = True
        article = _ARTICLE_BEFORE_NAME.match(text[start:end])
        if article:
            start += article.end()
            changed = True
        qualifier = _LOCATED_PREFIX.match(text, start, end) or _DATELINE_PREFIX.match(text, start, end)
        if qualifier and not PUBLIC_BODY_OF.match(text, start, end):  # "Department of Quarva – Abu Dhabi"
            # is a public body and the place it serves, never a dateline before a name
            start = qualifier.end()
            changed = True
        first = _FIRST_WORD.match(text[start:end])
        if (
            first
            and (
                first.group() in LEADING_NOISE
                or (first.group() in NAVIGATION_WORDS and text.rfind("\n", 0, start) + 1 == start)
            )
            and end - start > len(first.group()) + 1
            and _NAME_AFTER_NOISE.match(text[start + len(first.group()) : end])
            and not keeps_opening_word(text, start, end)  # "acquired Over the Wire Holdings": its own word
        ):
            start += len(first.group())
            changed = True
        segment = text[start:end]
        new_end = start + len(segment.rstrip(" \t\n\"“”'‘’),.;:!?-–—"))
        unclosed = text.count("(", start, new_end) > text.count(")", start, new_end)
        if unclosed and text[new_end : new_end + 1] == ")":
            new_end += 1  # "Quarvo Bank (Ghana)": a parenthesis the name opens, it closes
        tail = _LOOSE_END.search(text[start:new_end])  # "Marsh & McLennan and"
        if tail:
            new_end -= len(tail.group())
        if new_end != end:
            end = new_end
            changed = True
    return start, end
