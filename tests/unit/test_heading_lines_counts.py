"""org_evidence.heading_lines counts letters per distinct character: the same lines as counting per
character (the definition it replaced, kept here as the reference)."""

import pytest

from pipelines.extraction.org_evidence import heading_lines


def _reference(text: str) -> list[tuple[int, int]]:
    if sum(ch.islower() for ch in text) <= sum(ch.isupper() for ch in text):
        return []
    spans, start = [], 0
    for line in text.split("\n"):
        if sum(ch.isupper() for ch in line) >= 4 and not any(ch.islower() for ch in line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


@pytest.mark.parametrize("text", [
    "OUR VIEW\nQuarvo Labs bought Lattice for $2 billion.\n2) THE BUYOUT: QUARVO LABS\nMore prose here.",
    "ALL CAPS WIRE STORY\nQUARVO BUYS LATTICE FOR $2 BILLION",
    "Straße und ÉCOLE\nÉCOLE NORMALE SUPÉRIEURE\nª º ß are lower-case letters without capitals",
    "ǅ is titlecase, neither upper nor lower\nǄUROS ǅ",
    "ABC\nABCD\nab\n",
    "",
    "Mostly lower case text\nTHE END",
])
def test_the_same_heading_lines_as_counting_each_character(text: str) -> None:
    assert heading_lines(text) == _reference(text)


def test_a_heading_is_found() -> None:
    text = "OUR VIEW\nQuarvo Labs bought Lattice."
    assert heading_lines(text) == [(0, 8)]
