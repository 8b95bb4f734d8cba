"""A calendar year named as the object of a closing verb ("ended 2024 with a net profit of ...") or as the
year closing a line's label ("Revenue 2025: ...") is the period of the figures it governs; a day's year
before a label's colon ("Employees at 30 September 2025: ...") is not."""

from __future__ import annotations

import pytest

from pipelines.extraction import periods as P


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Velorix closed 2025 with net profit of TRY 4.1 billion.", 2025),
        ("The group ended 2024 with a net profit of EUR 1.03 billion.", 2024),
        ("Velorix finished 2023 with revenue of $2 billion.", 2023),
        ("Revenue 2025: RM 8.4 billion (+21%)", 2025),
        ("Singapore revenue 2024: RM 6.2 billion", 2024),
    ],
)
def test_year_is_the_period(text: str, year: int) -> None:
    years = [m.year for m in P.find_period_mentions(text) if m.grain == "year" and m.role == "period"]
    assert years == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Employees at 30 September 2025: 2,913",
        "Order backlog at December 31, 2025: EUR 356 million",
        "The deal closed 2025 deliveries early.",
        "Key figures (as of June 2026): total assets",
    ],
)
def test_no_year_period(text: str) -> None:
    assert not [m for m in P.find_period_mentions(text) if m.grain == "year"]
