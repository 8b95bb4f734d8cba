"""leading_words.py: the words a pattern's matches open on, read from the pattern, and the matches found at
those words only, which must be exactly ``finditer``'s."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.leading_words import (
    leading_words,
    matches_at_leading_words,
    opens_with,
    word_starts,
)
from pipelines.extraction.people import titled_names


def test_the_words_are_read_from_the_pattern_with_their_optional_endings() -> None:
    words = leading_words(re.compile(r"(?<![\w-])(?i:co-?)?(?i:chief|head)s?\s+\w+"))
    assert words is not None
    expected = {"chief", "chiefs", "head", "heads", "co", "cochief", "cochiefs", "cohead", "coheads"}
    assert words.closed == expected
    assert words.open == ()


def test_a_class_holding_letters_leaves_the_word_open() -> None:
    words = leading_words(re.compile(r"(?<![\w-])chief[a-z]+\s"))
    assert words is not None and words.open == ("chief",) and not words.closed


def test_a_pattern_that_may_open_on_any_word_has_no_words() -> None:
    assert leading_words(re.compile(r"(?<![\w-])[A-Z]\w+")) is None
    # the optional word may be absent
    assert leading_words(re.compile(r"(?<![\w-])(?:chief\s)?[A-Z]\w+")) is None
    assert leading_words(re.compile(r"(?<![\w-])\d+ chiefs")) is None


def test_a_pattern_opens_with_a_prefix_only_where_no_quantifier_or_alternation_crosses_it() -> None:
    assert opens_with(re.compile(r"(?<![\w-])(Ana) Ruiz"), r"(?<![\w-])(Ana)")
    assert not opens_with(re.compile(r"(?<![\w-])(Ana)? Ruiz"), r"(?<![\w-])(Ana)")
    assert not opens_with(re.compile(r"(?<![\w-])chief|ceo"), r"(?<![\w-])")
    assert not opens_with(re.compile(r"(?<![\w-])(Ana)|Ruiz"), r"(?<![\w-])(Ana)")


def test_the_title_first_forms_have_their_words() -> None:
    forms = [form for form in titled_names._TITLED_NAME_PATTERNS if form.leading is not None]
    assert len(forms) >= 2  # "Quarvo CEO Ana Ruiz", "co-CEOs Ana Ruiz and Tom Lee"
    assert {"ceo", "ceos", "chief", "co"} <= forms[0].leading.closed


# Invented texts: titles in several cases and spellings, hyphens, plurals, a case-insensitive match on a
# non-ASCII letter ("ſ" is matched by "s" under IGNORECASE), and words that merely start like a title.
_TEXTS = [
    "Quarvo CEO Ana Ruiz said the deal closed. The co-CEOs Ana Ruiz and Tom Lee agreed.",
    "Senior Vice President Tom Lee and CHIEF EXECUTIVE Ana Ruiz met; chiefly Dana Osei spoke.",
    "Velorix co-founder and chief technology officer Ana Ruiz said. Co-chairs Tom Lee and Dana Osei agreed.",
    "The cochairmen Tom Lee and Ana Ruiz, head of research Dana Osei, and Preſident Tom Lee spoke.",
    "non-executive director Ana Ruiz; Minister of Trade and Industry Tom Lee; prime minister Dana Osei.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_at_the_leading_words_are_finditers(text: str) -> None:
    windows = [(0, len(text)), (5, len(text) - 7), (len(text) // 3, len(text))]
    for window in windows:
        starts = word_starts(text, [window])
        for form in titled_names._TITLED_NAME_PATTERNS:
            if form.leading is None:
                continue
            expected = [m.span() for m in form.pattern.finditer(text, *window)]
            at_words = matches_at_leading_words(form.pattern, form.leading, text, window, starts)
            assert [m.span() for m in at_words] == expected


def _every_form_on(text: str, window: tuple[int, int]) -> None:
    openings = titled_names._Openings(
        word_starts(text, [window]), titled_names._name_openings(text, [window])
    )
    for form in titled_names._TITLED_NAME_PATTERNS:
        expected = [m.span(1) for m in form.pattern.finditer(text, *window)]
        assert [m.span(1) for m in form.finditer(text, window, openings)] == expected, form.example


def test_every_titled_name_form_finds_what_finditer_finds() -> None:
    # each form's own example, run together and apart, and every invented text above
    examples = [form.example for form in titled_names._TITLED_NAME_PATTERNS]
    for text in [*examples, " ".join(examples), "\n".join(examples), *_TEXTS]:
        for window in [(0, len(text)), (3, max(3, len(text) - 4))]:
            _every_form_on(text, window)


def test_the_name_first_forms_are_tried_at_name_openings_only() -> None:
    name_first = [form for form in titled_names._TITLED_NAME_PATTERNS if form.name_first]
    assert len(name_first) >= 8  # "Ana Ruiz, chairman of Quarvo", "Ana Ruiz is its chief executive", ...
    text = "Quarvo said. Ana Ruiz, chairman of Quarvo, spoke."
    assert titled_names._name_openings(text, [(0, len(text))]) == [text.index("Ana")]


def test_the_invented_texts_hold_matches() -> None:
    # the equality above is worth something only where the forms find names
    form = titled_names._TITLED_NAME_PATTERNS[0]
    assert sum(1 for text in _TEXTS for _ in form.pattern.finditer(text)) >= 5
