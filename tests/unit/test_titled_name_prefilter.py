"""people.py's titled-name patterns skip a window that holds none of the words every match of the pattern
holds: the matches must be exactly those of scanning every window."""

import pytest

from pipelines.extraction import people

TEXTS = [
    "Ana Ruiz, who is chief executive of Quarvo, said the deal closed. Shares rose.",
    "Ana Ruiz, who remains chief executive, spoke. The chief executive said so.",
    "Ana Ruiz heads the company since 2019, its chief executive said.",
    "Ana Ruiz runs the bank. The chief financial officer Tom Lee agreed.",
    "Ana Ruiz leads the group, the chief executive said. Tom Lee chairs the board.",
    "Ana Ruiz, the bank's chief executive, said the bank runs well; Tom Lee leads its unit.",
    "The president said nothing. Who is the chief executive? Nobody heads it.",
]


def _matches(text: str, prefilter: bool) -> list[tuple[int, int, int]]:
    windows = people._title_windows(text)
    found = []
    for index, (pattern, _trusted, words) in enumerate(people._TITLED_NAME_SCANS):
        scanned = people._windows_holding(text, windows, words) if prefilter else windows
        found += [(index, m.start(), m.end()) for lo, hi in scanned for m in pattern.finditer(text, lo, hi)]
    return found


def test_three_patterns_carry_the_words_their_matches_hold() -> None:
    words = {index: scan[2] for index, scan in enumerate(people._TITLED_NAME_SCANS) if scan[2]}
    assert sorted(words.values()) == [("heads", "runs"), ("leads", "chairs"), ("who",)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_prefilter_keeps_every_match(text: str) -> None:
    assert _matches(text, prefilter=True) == _matches(text, prefilter=False)


def test_the_examples_do_match_the_prefiltered_patterns() -> None:
    # Otherwise the test above would pass on patterns that never match.
    prefiltered = {index for index, scan in enumerate(people._TITLED_NAME_SCANS) if scan[2]}
    hit = {index for text in TEXTS for index, _s, _e in _matches(text, prefilter=False)}
    assert prefiltered <= hit


def test_a_window_without_the_words_is_skipped() -> None:
    text = "Ana Ruiz, the chief executive, said."
    windows = people._title_windows(text)
    assert people._windows_holding(text, windows, ("heads", "runs")) == []
    assert people._windows_holding(text, windows, ()) == windows
