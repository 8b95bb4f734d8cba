"""name_starts.py finds exactly what ``finditer`` finds for the name-first patterns it is handed."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities.candidates import NAME_PATTERN
from pipelines.extraction.name_starts import name_first_matches, name_starts
from pipelines.extraction.org_cues import NAME_FIRST_OPENINGS, ORGANIZATION_CUES
from pipelines.extraction.people import _NAME_FIRST_CREDIT, CREDIT_CUES

TEXTS = [
    "Quarvo, acquired for $200 million in 2020, is growing fast. Jet Quarvo chief executive Ben Wilson said.",
    "said Ana Ruiz, Chief Executive Officer of Velmora. Ana Ruiz, chief executive of Quarvo, said so.",
    "Quarvo reported first-quarter net revenue of R$11.6 billion. 3M reported sales growth; 7-Eleven too.",
    "non-Quarvo units agreed to buy; Émile Zola Group agreed to buy Tellbridge. ÉMILE agreed to pay.",
    "Rival Quarvo, based in Riyadh, is raising money. Brennick analyst Tom Allen said the stake looks cheap.",
    "Ana  Ruiz,  its chief financial officer. (Kim Park, CEO) Quarvo Quarvo, the world's largest maker",
    "the Ministry of Economy, Trade and Industry and Quarvo Labs business group; Bank of Lumbria Ltd rose",
    "The chief financial officer, Ana de la Ruiz, told analysts. Its chief executive is Tom Allen.",
    "",
    "Q",
]
# Every cue's example sentence too: each is written to be found.
TEXTS += [example for _cue, example, _name in ORGANIZATION_CUES]

NAME_FIRST_CUES = [cue for cue, _e, _n in ORGANIZATION_CUES if cue.pattern.startswith(NAME_FIRST_OPENINGS)]
NAME_FIRST_CREDITS = [c.pattern for c in CREDIT_CUES if c.pattern.pattern.startswith(_NAME_FIRST_CREDIT)]
TEXTS += [cue.example for cue in CREDIT_CUES]
TEXTS += ["Lyon - Clara Weiss, Ana Ruiz, markets correspondents; O'Brien, reporter; M P Vijay Kumar, editor"]


def _spans(matches: list[re.Match[str]]) -> list[list[tuple[int, int]]]:
    """Each match's span and every group's, so a match found elsewhere or read differently shows."""
    return [[m.span(group) for group in range(m.re.groups + 1)] for m in matches]


def test_the_name_first_families_are_the_ones_expected() -> None:
    assert len(NAME_FIRST_CUES) >= 10
    assert len(NAME_FIRST_CREDITS) == 1


NAME_FIRST = [*NAME_FIRST_CUES, NAME_PATTERN, *NAME_FIRST_CREDITS]


@pytest.mark.parametrize("pattern", NAME_FIRST, ids=lambda p: p.pattern[:40])
def test_name_first_matches_are_finditers(pattern: re.Pattern[str]) -> None:
    for text in TEXTS:
        assert _spans(name_first_matches(pattern, text)) == _spans(list(pattern.finditer(text)))
        for lo, hi in ((0, len(text) // 2), (len(text) // 3, len(text)), (5, 60), (7, 7)):
            windowed = list(pattern.finditer(text, lo, hi))
            assert _spans(name_first_matches(pattern, text, lo, hi)) == _spans(windowed)


def test_overlapping_candidates_are_skipped_as_finditer_skips_them() -> None:
    pattern = re.compile(r"(?<![\w-])[A-Z]\w*(?:[ ][A-Z]\w*)*")
    text = "Ana Ruiz Long met Bo Kim; X-Ray Y"
    assert [m.span() for m in name_first_matches(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_the_index_follows_the_text_it_is_asked_about() -> None:
    assert name_starts("Ana met Bo") == [0, 8]
    assert name_starts("met Bo and 3M") == [4, 11]
    assert name_starts("x-Ray _Ab a1 Ça") == [13]
