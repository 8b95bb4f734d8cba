"""The article's own date read from more header forms: dates written in another language, a dateline's
place or a weekday between the header's label and its date, a weekly issue's "Week ending"; and the deal
said on a weekday dated by it, through the full extractor."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deal_dates import HEADER_DATE_PREFIXES, header_date
from pipelines.ingest.dates import OTHER_LANGUAGE_DATE, date_of_match


def _page(line: str) -> str:
    return f"Orion Group buys Lumen Data\n{line}\nOrion Group said it bought Lumen Data."


PREFIX_EXPECTED = {
    "Bogotá, jueves 6 de marzo de 2025": date(2025, 3, 6),
    "Regulatory information | Umeå, 22 October 2026, 07:30 CET": date(2026, 10, 22),
    "Issue 46/2025 | Week ending 14 November 2025": date(2025, 11, 14),
}


@pytest.mark.parametrize("cue, example", HEADER_DATE_PREFIXES)
def test_each_header_prefix_leaves_the_pages_date(cue, example):
    assert header_date(_page(example)) == PREFIX_EXPECTED[example]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("6 de marzo de 2025", date(2025, 3, 6)),  # Spanish
        ("21 de outubro de 2025", date(2025, 10, 21)),  # Portuguese
        ("14 novembre 2025", date(2025, 11, 14)),  # French, Italian
        ("3. März 2025", date(2025, 3, 3)),  # German
    ],
)
def test_a_date_written_in_another_language_is_read(written, expected):
    match = OTHER_LANGUAGE_DATE.search(written)
    assert match is not None and date_of_match(match) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ana Ortega · Saltillo, Coah. · 21 de octubre de 2025 · 13:45 hrs", date(2025, 10, 21)),
        ("Client note - Equity desk - Milan, 12 November 2026, 17:30 CET", date(2026, 11, 12)),
        ("[Translated from the Spanish. Mexico City, 28 October 2026, 08:15 h]", date(2026, 10, 28)),
    ],
)
def test_a_header_line_with_a_place_before_its_date_dates_the_page(line, expected):
    assert header_date(_page(line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The deal was signed in London, 5 May 2025.",  # a sentence of the story, not a dateline
        "The quarter ended in Lyon, 30 June 2025",
        "Results for the period ending 30-09-2025",
        "Orion Group, founded on martes 4 de marzo de 2025",
    ],
)
def test_a_story_sentence_or_a_periods_end_is_still_no_pages_date(line):
    assert header_date(_page(line)) is None


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Edición en inglés | Bogotá, jueves 6 de marzo de 2025", date(2025, 3, 5)),
        ("Issue 12/2025 | Week ending 14 November 2025 | Gulf edition", date(2025, 11, 12)),
    ],
)
def test_a_deal_said_on_a_weekday_is_dated_by_these_headers(extractor, header, expected):
    text = (
        f"REVISTA ORION\n\n{header}\n\nSTARTUPS\n\n"
        "Orion Group said on Wednesday that it had agreed to buy Kestrel Labs, a Lima-based start-up, "
        "for $40 million.\nKestrel Labs makes billing software for clinics."
    )
    deals = extractor.extract(text, None).deals
    assert [(d.deal_type, d.announced) for d in deals] == [("acquisition", expected)]


# --- a byline's separators are no words: header lines take no place in the lead or the news day's reach ---


def test_a_deal_below_a_byline_and_dateline_is_the_days_news_end_to_end(extractor):
    text = (
        "Orion and Kestrel to build a battery plant in Lyon\n\n"
        "Industria · Translated from Spanish\n\n"
        "Orion and Kestrel to build a battery plant in Lyon\n\n"
        "Ana Ortega · Saltillo, Coah. · 21 de octubre de 2025 · 13:45 hrs\n\n"
        "Orion Group and Kestrel Holdings have formed a joint venture that will invest $220 million "
        "in a plant.\n\n"
        "The plant will make aluminium housings for electric cars.\n\n"
        "The agreement was signed on Monday in the presence of the state governor."
    )
    deals = extractor.extract(text, None).deals
    assert [(d.deal_type, d.announced) for d in deals] == [("joint_venture", date(2025, 10, 20))]
