"""Publish dates: the edges the mutation run of `pipelines/ingest/dates.py` found unguarded.

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.ingest.dates import find_published_date, is_date_line

BODY = "\n\nThe company said on Tuesday that it would open a new office in the city.\n"


def test_a_long_article_keeps_the_date_of_its_header() -> None:
    text = "Title\nPublished: 2020-05-01\n\n" + "A sentence of the article.\n" * 300
    assert find_published_date(text) == date(2020, 5, 1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # A meta row's published item wins over an earlier "Updated" line and an earlier stated date.
        ("Title\nUpdated: 2020-05-02\nSource: Xinhua | Published: 2020-05-01", date(2020, 5, 1)),
        ("Title\nMay 3, 2020\nSource: Xinhua | Published: 2020-05-01", date(2020, 5, 1)),
        # A meta row's plain date item is a stated date.
        ("Title\nSource: Xinhua | May 1, 2020 10:00", date(2020, 5, 1)),
        ("Title\nUpdated: 2020-05-02\nSource: Xinhua | May 1, 2020", date(2020, 5, 1)),
    ],
)
def test_meta_row_items_are_read_after_other_header_lines(header: str, expected: date) -> None:
    assert find_published_date(header + BODY) == expected


def _row(items: int) -> str:
    return " | ".join(["May 1, 2020"] + [f"Item {n}" for n in range(2, items + 1)])


def test_a_meta_row_has_at_most_eight_items() -> None:
    assert find_published_date("Title\n" + _row(8) + BODY) == date(2020, 5, 1)
    # Nine or more items: a menu or the header row of a table, not a row about this page.
    assert find_published_date("Title\n" + _row(9) + BODY) is None


def _byline(words: int) -> str:
    filler = " ".join(["and"] * (words - 7))
    return f"By Alex Kim {filler} on May 3, 2021"


def test_a_byline_has_at_most_twenty_words() -> None:
    assert len(_byline(20).split()) == 20
    assert find_published_date("Title\n" + _byline(20) + BODY) == date(2021, 5, 3)
    # A longer line starting with "By" is a sentence of the article, not a byline.
    assert find_published_date("Title\n" + _byline(21) + BODY) is None


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_place_and_date_line_may_end_with_a_dash(dash: str) -> None:
    assert find_published_date(f"Title\nOSLO, May 2, 2023 {dash}" + BODY) == date(2023, 5, 2)


def _updated_line(words: int) -> str:
    return "Updated 2020-05-01: " + " ".join(["word"] * (words - 2))


def test_a_date_line_has_at_most_sixteen_words() -> None:
    assert is_date_line(_updated_line(16))
    assert not is_date_line(_updated_line(17))


def test_a_published_line_without_a_date_is_no_date_line() -> None:
    assert not is_date_line("Published by Reuters")
    assert not is_date_line("Updated regularly")


def test_a_date_line_may_open_with_the_weekday() -> None:
    assert is_date_line("Friday, 14 May 2021")
    assert is_date_line("Thu. June 3, 2021 10:15 AM")
