"""A figure whose sentence names no period: the paragraph's, back to the article's after a look back at
the year before, and the article's reporting period for any of its organizations in later paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics.context import _Context
from pipelines.extraction.metrics.dating import looks_back, paragraph_period
from tests.unit.metric_rows import named_facts


def _run(text: str, names: list[str], published: date | None = None) -> set[tuple]:
    facts = named_facts(text, names, published)
    return {(f.organization_name, round(f.value, 3), f.period_label) for f in facts}


Q3_2025 = P.fiscal_period(2025, 12, "quarter", 3)
Q3_2024 = P.fiscal_period(2024, 12, "quarter", 3)
Q2_2025 = P.fiscal_period(2025, 12, "quarter", 2)


@pytest.mark.parametrize(
    ("period", "expected"), [(Q3_2024, True), (Q2_2025, False), (Q3_2025, False), (None, False)]
)
def test_only_the_year_before_is_a_look_back(period: P.Period | None, expected: bool) -> None:
    assert looks_back(period, Q3_2025) is expected


@pytest.mark.parametrize(
    ("period", "carried", "stock", "expected"),
    [
        (Q3_2024, None, False, Q3_2025),  # a look back: the article's own period again
        (Q2_2025, None, False, Q2_2025),  # another period the paragraph reports on stays
        (None, Q3_2025, False, Q3_2025),  # a later paragraph: the article's period
        (None, Q3_2025, True, None),  # ... not for a level
        (None, Q2_2025, False, None),  # a part handed on is not the article's period
    ],
)
def test_paragraph_period(
    period: P.Period | None, carried: P.Period | None, stock: bool, expected: P.Period | None
) -> None:
    context = _Context(period=period, carried=carried, document_period=Q3_2025)
    assert paragraph_period(context, stock) == expected


def test_a_look_back_sentence_does_not_date_the_next() -> None:
    text = (
        "Velorix reported revenue of $268 million for the third quarter of 2025, up 11%. "
        "Revenue in the third quarter of 2024 was $241 million. Net loss narrowed to $6.3 million."
    )
    found = _run(text, ["Velorix"], date(2025, 11, 13))
    assert ("Velorix", -6300000.0, "Q3 2025") in found
    assert ("Velorix", 241000000.0, "Q3 2024") in found


def test_the_articles_period_dates_a_subsidiarys_figures_in_a_later_paragraph() -> None:
    text = (
        "Velorix closed the third quarter of 2025 with revenue of $218 million.\n\n"
        "Its subsidiary Kestrana reported revenue of $19 million."
    )
    found = _run(text, ["Velorix", "Kestrana"], date(2025, 11, 18))
    assert ("Kestrana", 19000000.0, "Q3 2025") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rival Kestrana reported revenue of $19 million.",
        "Its larger competitor Kestrana reported revenue of $19 million.",
        "Among peers, Kestrana reported revenue of $19 million.",
    ],
)
def test_a_rivals_figure_does_not_take_the_articles_period(sentence: str) -> None:
    text = f"Velorix closed the third quarter of 2025 with revenue of $218 million.\n\n{sentence}"
    found = _run(text, ["Velorix", "Kestrana"], date(2025, 11, 18))
    assert ("Kestrana", 19000000.0, None) in found
