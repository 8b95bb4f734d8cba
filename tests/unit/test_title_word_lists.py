"""The office lists and board scopes the title word patterns read whole (``TITLE_SCOPED`` in
pipelines/extraction/people/title_words.py) and a contact line listing several offices
(``people_roles.contact_lines``). Every name and company is invented."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.people import TITLE_SCOPED
from pipelines.extraction.people_roles import contact_lines

# (the text after a name's comma, the title read from its start)
TITLES_READ_WHOLE = [
    # a Japanese board's rank with "managing" before "executive officer", in a list closed by "and"
    (
        "Director, Managing Executive Officer and Chief Financial Officer, said",
        "Director, Managing Executive Officer and Chief Financial Officer",
    ),
    # a department named after an office in the list
    (
        "Executive Director, Finance and Chief Financial Officer, said",
        "Executive Director, Finance and Chief Financial Officer",
    ),
    # an office after the pair of a representative director
    ("Chairman and Representative Director, Group CEO\n", "Chairman and Representative Director, Group CEO"),
    # three offices joined by "and"
    (
        "Co-founder and Whole-time Director and Chief Financial Officer Rhea Vale said",
        "Co-founder and Whole-time Director and Chief Financial Officer",
    ),
    # a head with the function headed, as the second office
    (
        "Chief Financial Officer and Head of Investor Relations.",
        "Chief Financial Officer and Head of Investor Relations",
    ),
    # a German board's name and the member's portfolio
    ("Chairman of the Board of Management, said", "Chairman of the Board of Management"),
    (
        "member of the Board of Management responsible for Finance, said",
        "member of the Board of Management responsible for Finance",
    ),
    (
        "Deputy Chairman of the Management Board for Economics and Finance, said",
        "Deputy Chairman of the Management Board for Economics and Finance",
    ),
    # a committee named in capitals
    ("Chair of the Audit and Risk Committee, said", "Chair of the Audit and Risk Committee"),
    # a stretch of time is no portfolio
    ("member of the board for five years, said", "member of the board"),
    # "head of the" is no department's name: the office alone
    ("head of the Velorix Systems board, said", "head"),
]


@pytest.mark.parametrize(("text", "title"), TITLES_READ_WHOLE, ids=[t for _, t in TITLES_READ_WHOLE])
def test_title_pattern_reads_the_listed_offices_whole(text: str, title: str) -> None:
    match = re.match(TITLE_SCOPED, text)
    assert match is not None and match.group() == title


def test_contact_line_keeps_every_listed_office() -> None:
    text = "Contact: Mira Tanaka-Olsen, Director, Managing Executive Officer and Chief Financial Officer\n"
    assert [title for _, _, title in contact_lines(text)] == [
        "Director, Managing Executive Officer and Chief Financial Officer"
    ]


def test_contact_line_stops_at_the_telephone_number() -> None:
    text = "Contact: Ana Ruiz, CFO, +46 8 555 01 00\n"
    assert [title for _, _, title in contact_lines(text)] == ["CFO"]
