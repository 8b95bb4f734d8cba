"""A letterhead above a release's or a filing's title (a company's registered name: "VELORIX HOLDINGS
LIMITED", "Velorix Technology, Inc.") stays in the clean text, so extraction can see whose document it
is; section labels and site names above the headline still go (pipelines/ingest/text_cleaning.py)."""

from __future__ import annotations

import pytest

from pipelines.ingest.text_cleaning import drop_labels_above, find_title, is_registered_name

_TITLE = "Interim report for the six months ended 30 June 2025\n\nVelorix said revenue rose 5%.\n"


@pytest.mark.parametrize(
    "letterhead",
    [
        "VELORIX HOLDINGS LIMITED",
        "Velorix Technology, Inc.",
        "VELORIX SOFTWARE AB (PUBL)",
        "Velorix Berhad",
    ],
)
def test_a_registered_name_above_the_title_stays(letterhead: str) -> None:
    text = f"{letterhead}\n{_TITLE}"
    title, index = find_title(text)
    assert title == _TITLE.split("\n")[0]  # still not the headline
    assert drop_labels_above(text, index).startswith(letterhead + "\n")


@pytest.mark.parametrize("label", ["FINTECH", "MEDIA RELEASE", "VELORIX MEDIA GROUP", "Markets"])
def test_labels_and_names_without_a_registered_legal_form_still_go(label: str) -> None:
    text = f"{label}\n{_TITLE}"
    _title, index = find_title(text)
    assert drop_labels_above(text, index).startswith("Interim report")


@pytest.mark.parametrize("line", ["Inc.", "LIMITED", "A very long line of words that ends with Limited"])
def test_a_legal_form_alone_or_at_the_end_of_a_long_line_is_no_registered_name(line: str) -> None:
    assert not is_registered_name(line)
