"""A contact block's line naming a person and their office stays in the clean text (the company's own
officers are people of the story) with the heading over it; bare phones, addresses and desks still go."""

from __future__ import annotations

import pytest

from pipelines.ingest.text_cleaning import is_officer_line, strip_chrome

_BODY = "Revenue rose 12% in the quarter, the company said."

# Each row: a made-up officer line in one of the shapes contact blocks use.
OFFICER_LINES = [
    "Jane Roe, CFO, +46 8 000 00 00",
    "Jon P. Doe, President and CEO",
    "Ana-Maria Roe - Head of Investor Relations, Contoso",
    "Ola Nord, acting CFO, +46 8 000 00 01",
    "Kim Lee — Executive Officer and Chief Financial Officer",
]
NOT_OFFICER_LINES = [
    "Investor Relations",
    "Tel: +86-10-5555-0100",
    "E-mail: ir@contoso.example",
    "Contoso Holdings Ltd.",
    "Jane Roe",
    "Jane Roe, jane.roe@contoso.example",
    "Corporate Communications, +1 555 010 0123",
]


@pytest.mark.parametrize("line", OFFICER_LINES)
def test_an_officer_line_is_recognized(line: str) -> None:
    assert is_officer_line(line)


@pytest.mark.parametrize("line", NOT_OFFICER_LINES)
def test_a_desk_phone_or_bare_name_is_no_officer_line(line: str) -> None:
    assert not is_officer_line(line)


@pytest.mark.parametrize("line", OFFICER_LINES)
def test_an_officer_line_stays_inside_a_dropped_contact_block(line: str) -> None:
    heading = "For further information, please contact:"
    text = f"{_BODY}\n\n{heading}\n{line}\nTel: +46 8 000 00 02\nir@contoso.example\n"
    assert strip_chrome(text) == f"{_BODY}\n\n{heading}\n{line}"


def test_the_rest_of_a_contact_block_still_goes() -> None:
    text = f"{_BODY}\n\nMedia contact:\nJane Roe\nContoso Holdings Ltd.\nTel: +86-10-5555-0100\n"
    assert strip_chrome(text) == _BODY


@pytest.mark.parametrize(
    "heading", ["Media contacts:", "Press contact:", "For media inquiries, please contact:"]
)
def test_a_press_office_contact_is_dropped_with_its_block(heading: str) -> None:
    text = f"{_BODY}\n\n{heading}\nJane Roe, Head of Press Relations\nTel: +46 8 000 00 02\n"
    assert strip_chrome(text) == _BODY
