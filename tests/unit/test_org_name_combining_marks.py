"""Combining accents are a letter's own marks, not a word break: a name written with them ("Ọ̀yọ́ Foods",
decomposed) is read whole by the name patterns (entities/vocabulary.py CAP)."""

from __future__ import annotations

import re
import unicodedata

from pipelines.extraction.entities.candidates import NAME_PATTERN
from pipelines.extraction.entities.vocabulary import CAP


def test_a_word_with_combining_accents_is_one_capitalised_word() -> None:
    word = unicodedata.normalize("NFD", "Ọ̀yọ́")
    assert re.fullmatch(CAP, word)


def test_a_name_with_combining_accents_is_read_whole() -> None:
    name = unicodedata.normalize("NFD", "Àkàrà Foods Limited")
    assert [m.group() for m in NAME_PATTERN.finditer(f"shares of {name} rose.")] == [name]
