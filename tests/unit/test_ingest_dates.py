"""Publish dates are read from what the page states, never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.ingest.dates import (
    TIME_NOTE_ITEMS,
    find_published_date,
    is_date_line,
    parse_date_text,
    parse_iso_date,
)

BODY = "\n\nThe company said on Tuesday that it would open a new office in the city in November 2015.\n"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Headline here\n\nHONG KONG, March 3, 2021 -- The company said", date(2021, 3, 3)),
        ("Headline here\n\nLONDON, 7 September 2019 - The company said", date(2019, 9, 7)),
        ("Headline here\nNEW YORK, Sept. 30, 2022 /PRNewswire/ -- A company said", date(2022, 9, 30)),
        ("Headline here\nPublished Tue, Mar 9 2021 6:01 AM EDT | Updated Tue, Mar 9 2021", date(2021, 3, 9)),
        ("Headline here\nUpdated: 2018-11-02 10:31", date(2018, 11, 2)),
        ("Headline here\nDecember 1, 2016", date(2016, 12, 1)),
        ("Headline here\n\nOSLO, May 2, 2023\n\nThe company said", date(2023, 5, 2)),
        ("Headline here\n\nPune, 9 March 2024\n\nThe company said", date(2024, 3, 9)),
        ("Headline here\nSan Jose, California, April 8, 2022 -\nThe company said", date(2022, 4, 8)),
        ("Headline here\nAcme, Initech and Globex, 2023 results compared", None),
        ("Headline here\nFriday, 14 May 2021", date(2021, 5, 14)),
        ("Headline here\nPosted on 2 January 2020 by Sam", date(2020, 1, 2)),
        ("Headline here\nBy Alex Kim - Oct 2, 2019 at 10:15AM", date(2019, 10, 2)),
        ("Headline here\nJune 14, 2022 6:05 AM GMT+8 Updated 2 hours ago", date(2022, 6, 14)),
        ("News provided by\nContoso Ltd.\nMar 02, 2021, 07:00 ET\nHeadline here", date(2021, 3, 2)),
        ("Headline here\nJuly 4, 2019 was a big day for the company, it said.", None),
        ("Headline here\n发布时间：2019年8月5日", None),  # not a publish-line shape we know: no guess
        ("Headline here\n\nBEIJING, Jan. 6 -- A bank said", None),  # no year: no date
        ("Headline here\n\nUpdated: 2017-01-06 19:05\n\nBEIJING, Jan. 6 -- A bank said", date(2017, 1, 6)),
        ("Headline here\n\nThe firm was founded on March 3, 2001 in a garage.", None),  # body prose
        ("Headline here\nUpdated 2020-02-30", None),  # impossible date
    ],
)
def test_find_published_date(header: str, expected: date | None) -> None:
    assert find_published_date(header + BODY) == expected


def test_published_line_wins_over_updated_line() -> None:
    text = "Title\nUpdated: 2020-05-02\nPublished: 2020-05-01\n" + BODY
    assert find_published_date(text) == date(2020, 5, 1)


def test_dates_deep_in_the_article_are_ignored() -> None:
    text = "Title\n" + "A sentence of the article.\n" * 30 + "July 4, 2019\n"
    assert find_published_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-02-03T08:15:00+08:00", date(2021, 2, 3)),
        ("20190704", date(2019, 7, 4)),
        ("Mon, 04 Jul 2019 10:00:00 GMT", date(2019, 7, 4)),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_iso_date(text: str, expected: date | None) -> None:
    assert parse_iso_date(text) == expected


def test_parse_date_text_takes_the_first_date_written() -> None:
    assert parse_date_text("from 3 May 2020 until 2021-01-01") == date(2020, 5, 3)
    assert parse_date_text("2019年8月5日") == date(2019, 8, 5)
    assert parse_date_text("in May 2020") is None


def test_is_date_line() -> None:
    assert is_date_line("July 28, 2020")
    assert is_date_line("Updated: 2017-01-06 19:05")
    assert not is_date_line("Revenue rose on July 28, 2020, the company said in a long statement today.")


@pytest.mark.parametrize(
    ("stamp", "dateline", "expected"),
    [
        ("2017-01-07 01:05", "Jan. 6", date(2017, 1, 6)),
        ("2017-01-02 08:00", "Dec. 30", date(2016, 12, 30)),
        ("2017-06-02", "Jan. 6", date(2017, 6, 2)),  # too far from the stamp: the stamp is used
        ("2017-01-06 19:05", "6 January", date(2017, 1, 6)),
        ("2017-02-06", "Jan. 6", date(2017, 1, 6)),  # 31 days before the stamp: still the dateline's
        ("2017-02-07", "Jan. 6", date(2017, 2, 7)),  # 32 days: the stamp
    ],
)
def test_yearless_dateline_takes_its_year_from_the_update_stamp(stamp: str, dateline: str, expected) -> None:
    text = f"Title\nUpdated: {stamp}\n\nBEIJING, {dateline} -- A bank said" + BODY
    assert find_published_date(text) == expected


def test_markdown_emphasis_around_a_date_line() -> None:
    assert find_published_date("# Title\n\n*Sunday, 30 December 2018*\n" + BODY) == date(2018, 12, 30)
    assert is_date_line("_July 4, 2019_")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("H\nSource: Xinhua | Updated: 2021-04-07 16:45\n\nXI'AN, April 7 (Xinhua) --", date(2021, 4, 7)),
        ("Headline here\n2023年06月15日 09:32  来源：证券时报网  作者：李明", date(2023, 6, 15)),
        ("Headline here\nJanuary 22, 2025 07:00 AM Eastern Standard Time", date(2025, 1, 22)),
        ("Headline here\nMarkets | Banks | The bank said on 3 March 2021 it would", None),  # prose: no guess
    ],
)
def test_items_of_a_meta_row_and_spelled_out_time_zones(header: str, expected: date | None) -> None:
    assert find_published_date(header + BODY) == expected


def test_a_numeric_date_with_month_zero_is_no_date() -> None:
    assert parse_date_text("2021-00-15") is None
    assert parse_date_text("2021-01-15") == date(2021, 1, 15)


@pytest.mark.parametrize(("item", "example"), TIME_NOTE_ITEMS)
def test_each_time_note_item_reads_its_example(item, example: str) -> None:
    assert item.fullmatch(example)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # bylines and datelines of pages outside the US: time zones in words or offsets, day-first dates
        (
            "Headline here\nBy Mara Velk / Staff reporter\nThu, Nov 06, 2025 - 07:30 (Taipei time, UTC+8)",
            date(2025, 11, 6),
        ),
        ("Headline here\nNora Quill | 18.09.2025, 11:20 EEST", date(2025, 9, 18)),
        ("Headline here\nVon Ida Brenn | 30.10.2025, 11:48 Uhr MEZ (CET)", date(2025, 10, 30)),
        ("Headline here\nTove Lind · Velmar · 4 December 2026 kl. 08:12 (CET)", date(2026, 12, 4)),
        ("Headline here\nPor Ana Ruiz | 12 de noviembre de 2025, 09:40 CST (GMT-6)", date(2025, 11, 12)),
        (
            "Headline here\nMiércoles, 19 de febrero de 2025 - 7:00 a.m. (hora de Colombia, UTC-5)",
            date(2025, 2, 19),
        ),
        (
            "Headline here\nTom Bray, Western Correspondent — Wednesday 24 September 2025, 07:00 IST",
            date(2025, 9, 24),
        ),
        (
            "Headline here\nSara Holt | Tuesday, November 11, 2025, 10:22 Israel time (GMT+2)",
            date(2025, 11, 11),
        ),
        ("Headline here\nIssue #87 - Tuesday, 16 November 2021", date(2021, 11, 16)),
        ("Headline here\nMedia release | Vexford, 7 October 2026, 07:00 CEST", date(2026, 10, 7)),
        # numbers alone, day or month first as the line's time zone says, no date without one
        ("Headline here\nPublished on 07/11/2025 at 08h15 (Velmar time, UTC-3)", date(2025, 11, 7)),
        ("Headline here\nVELORIX WIRE | 07/11/2025 09:30 ET | Markets", date(2025, 7, 11)),
        ("Headline here\nVELORIX WIRE | 07/24/2025 07:00 ET | Markets", date(2025, 7, 24)),
        ("Headline here\nQuandra Bank | 05/10/2025", None),
        # labels of the day a page was released
        ("Headline here\nReleased: 12 March 2025, 07:05 SAST", date(2025, 3, 12)),
        ("Headline here\nAnnouncement received: 28-Aug-2025 15:42 PKT", date(2025, 8, 28)),
        ("Headline here\nFiled November 6, 2026", date(2026, 11, 6)),
        ("Headline here\nPublicerad 29 oktober 2025 kl. 08:30 CET", date(2025, 10, 29)),
        # a period's end after a dash is no page date
        ("Velorix Systems AB - Interim report, 1 May - 31 October 2025", None),
        ("Quandra Bank results (1 January 2025 - 30 September 2025)", None),
    ],
)
def test_header_dates_of_pages_from_everywhere(header: str, expected: date | None) -> None:
    assert find_published_date(header + BODY) == expected
