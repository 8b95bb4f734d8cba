"""Parts of a year named by its close, spans of months from one month to another, fiscal-year codes with
their closing month, "in the half", weeks-long retail years, and periods that belong to another figure
(a bracket's prior-year label, a later clause's own figures)."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import dating
from pipelines.extraction.metrics.article_calendar import fiscal_year_end_stated
from pipelines.extraction.metrics.clauses import _Clause


def _label(
    text: str, fy_end: int, reference: date = date(2026, 10, 15)
) -> tuple[str | None, P.PeriodMention]:
    found = [m for m in P.find_period_mentions(text) if m.role == "period"]
    assert len(found) == 1, found
    mention = found[0]
    period = P.resolve(mention, fy_end, reference=reference)
    return P.label(period, fy_end).label, mention


@pytest.mark.parametrize(
    ("text", "fy_end", "expected"),
    [
        ("profit for the first half of the fiscal year ending March 2026 rose", 3, "FY2026 H1"),
        ("results for the first quarter of the fiscal year ending May 31, 2027.", 5, "FY2027 Q1"),
        ("sales in the third quarter of its financial year ending June 30, 2026 fell", 6, "FY2026 Q3"),
    ],
)
def test_a_part_of_the_year_named_by_its_close_is_that_part(text: str, fy_end: int, expected: str) -> None:
    label, mention = _label(text, fy_end)
    assert label == expected
    assert mention.fiscal_year_end_hint == fy_end


@pytest.mark.parametrize(
    "text",
    [
        "results for the first quarter of the fiscal year ending May 31, 2027.",
        "the first half of the year ending May 2027",
    ],
)
def test_the_close_of_the_year_a_part_is_of_states_the_calendar(text: str) -> None:
    assert fiscal_year_end_stated(text) == 5


def test_a_part_of_a_named_year_closing_on_a_day_is_still_the_part_that_closed() -> None:
    # "the second quarter of fiscal year 2026 ended July 31, 2025": the quarter's close, not the year's
    assert fiscal_year_end_stated("the second quarter of fiscal year 2026 ended July 31, 2025") != 7


@pytest.mark.parametrize(
    ("text", "fy_end", "expected"),
    [
        ("For the six months from April to September 2025, sales rose", 3, "FY2026 H1"),
        ("For the three months from June to August 2026, sales were", 5, "FY2027 Q1"),
        ("sales between July and September 2026 rose", 12, "Q3 2026"),
        ("the twelve months from July 2025 to June 2026", 6, None),  # years inside: not this shape
    ],
)
def test_a_span_from_one_month_to_another_is_its_quarter_half_or_year(
    text: str, fy_end: int, expected: str | None
) -> None:
    found = [m for m in P.find_period_mentions(text) if m.role == "period"]
    if expected is None:
        assert all(m.grain != "half" for m in found)
        return
    label, _ = _label(text, fy_end)
    assert label == expected


@pytest.mark.parametrize(
    "text", ["sales from January to May 2025 rose", "the six months from March to May 2025"]
)
def test_a_span_of_other_lengths_has_no_period(text: str) -> None:
    label, mention = _label(text, 12)
    assert label is None and mention.relative == "rolling"


@pytest.mark.parametrize(
    ("text", "expected", "month"),
    [
        ("Acme (1234) Q1 FY5/27 earnings call", "FY2027 Q1", 5),
        ("against 18.2 billion in the first half of FY3/25.", "FY2025 H1", 3),
        ("net sales for FY3/26 were", "FY2026", 3),
    ],
)
def test_a_fiscal_code_with_its_closing_month(text: str, expected: str, month: int) -> None:
    label, mention = _label(text, month)
    assert label == expected
    assert mention.fiscal_year_end_hint == month
    assert "/" in mention.text  # the mention is the text as written
    assert fiscal_year_end_stated(text) == month


def test_a_date_with_a_slash_is_no_fiscal_code() -> None:
    assert P.fiscal_code_year_end("on 3/26 the board met") is None


@pytest.mark.parametrize(
    "text",
    ["sold 22 million units in the half, of which", "Profit during the half year rose", "for the half, X"],
)
def test_in_the_half_is_the_half_the_text_reports_on(text: str) -> None:
    found = P.find_period_mentions(text)
    assert [m.relative for m in found] == ["context_period"]


def test_in_the_half_carries_only_a_half() -> None:
    half = P.Period(date(2026, 1, 1), date(2026, 6, 30), "half")
    quarter = P.Period(date(2026, 4, 1), date(2026, 6, 30), "quarter")
    mention = P.find_period_mentions("sold 2 million units in the half")[0]
    assert dating._carries_into(mention, half)
    assert not dating._carries_into(mention, quarter)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ('a trading update for the 52 weeks to 29 June 2025 ("FY25")', 6),
        ("sales for the 53 weeks ended 30 August 2025 rose", 8),
    ],
)
def test_a_year_of_whole_weeks_states_the_calendar(text: str, month: int) -> None:
    assert fiscal_year_end_stated(text) == month


def test_a_bracketed_prior_year_label_dates_only_its_bracket() -> None:
    text = "the chain delivered sales of £287m (FY24: £264m) this year"
    start = text.index("£287m")
    label = next(m for m in P.find_period_mentions(text) if m.text == "FY24")
    assert dating._in_other_bracket(text, label, start, start + 5)
    inside = text.index("£264m")
    assert not dating._in_other_bracket(text, label, inside, inside + 5)


def test_a_later_clause_with_its_own_figures_keeps_its_period() -> None:
    text = "sales of £287m rose and it returned to a profit of £2.4m after a loss of £3.1m in FY24"
    year = next(m for m in P.find_period_mentions(text) if m.text == "FY24")
    first_clause = _Clause(0, text.index(" and it"), False)
    assert dating._past_other_figures(text, first_clause, text.index("£287m") + 5, year)
    own_clause = _Clause(text.index(" and it"), len(text), False)
    assert not dating._past_other_figures(text, own_clause, text.index("£3.1m") + 5, year)
