"""Parts of a year named by its close, spans of months from one month to another, fiscal-year codes with
their closing month, "in the half", weeks-long retail years, and periods that belong to another figure
(a later clause's own figures)."""

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


def test_a_later_clause_with_its_own_figures_keeps_its_period() -> None:
    text = "sales of £287m rose and it returned to a profit of £2.4m after a loss of £3.1m in FY24"
    year = next(m for m in P.find_period_mentions(text) if m.text == "FY24")
    first_clause = _Clause(0, text.index(" and it"), False)
    assert dating._past_other_figures(text, first_clause, text.index("£287m") + 5, year)
    own_clause = _Clause(text.index(" and it"), len(text), False)
    assert not dating._past_other_figures(text, own_clause, text.index("£3.1m") + 5, year)


@pytest.mark.parametrize(
    ("text", "grain", "end"),
    [
        ("the second quarter, the 13 weeks ended August 2, 2025.", "quarter", date(2025, 7, 31)),
        ("Net revenues for the 14 weeks ended February 2, 2025 rose", "quarter", date(2025, 1, 31)),
        ("For the 26 weeks ended August 2, 2025, sales fell", "half", date(2025, 7, 31)),
        ("sales for the 52 weeks to 29 June 2025 rose", "year", date(2025, 6, 30)),
    ],
)
def test_a_span_of_whole_weeks_is_a_quarter_half_or_year(text: str, grain: str, end: date) -> None:
    mention = next(m for m in P.find_period_mentions(text) if m.end_day is not None)
    assert (mention.grain, mention.end_day) == (grain, end)


def test_the_39_weeks_of_a_year_have_no_period() -> None:
    mention = P.find_period_mentions("sales for the 39 weeks ended November 1, 2025 rose")[0]
    assert P.label(P.resolve(mention, 1), 1).label is None


@pytest.mark.parametrize(
    "text",
    ["results for the three and nine months ended September 30, 2026.", "the three and six months to June"],
)
def test_a_report_of_the_quarter_and_the_year_to_date_names_the_quarter(text: str) -> None:
    (mention,) = P.find_period_mentions(text)
    assert (mention.grain, mention.index) == ("quarter", 3)


@pytest.mark.parametrize(
    "text", ["Acme AB Interim report January - September 2025", "INTERIM PERIOD JANUARY - SEPTEMBER 2025"]
)
def test_an_interim_report_of_named_months_is_no_half(text: str) -> None:
    assert all(m.grain != "half" for m in P.find_period_mentions(text))


def test_an_interim_report_alone_is_a_half() -> None:
    assert [m.grain for m in P.find_period_mentions("interim results showed")] == ["half"]


@pytest.mark.parametrize(
    ("fy_end", "expected"),
    [(1, "FY2025 Q2"), (1 + P.START_NAMED, "FY2025 Q2"), (12, "Q2 2025"), (3, "FY2026 Q1")],
)
def test_a_quarter_with_its_year_is_the_company_s_own_when_its_quarters_are_not_the_calendar_s(
    fy_end: int, expected: str
) -> None:
    (mention,) = P.find_period_mentions("Second Quarter 2025 Highlights")
    assert P.label(P.resolve(mention, fy_end), fy_end).label == expected


def test_a_fiscal_quarter_and_its_closing_day_name_the_years_by_their_start() -> None:
    from pipelines.extraction.metrics.article_calendar import _fiscal_quarter_closing
    from pipelines.extraction.sentences import split_sentences

    text = "Acme reported results for the second quarter of fiscal 2025, the 13 weeks ended August 2, 2025."
    found = _fiscal_quarter_closing(split_sentences(text))
    assert found is not None and found[0] == 1 + P.START_NAMED


@pytest.mark.parametrize("text", ["it serves 12,000 merchants", "sold in 50 markets", "runs 116 stores"])
def test_a_network_s_size_is_a_level(text: str) -> None:
    figure = next(w for w in text.split() if w[0].isdigit())
    start = text.index(figure)
    assert dating.level_measured(text, 0, start, start + len(figure))


def test_stores_opened_are_a_flow() -> None:
    text = "it opened 30 stores"
    start = text.index("30")
    assert not dating.level_measured(text, 0, start, start + 2)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("results for the third quarter ended November 2, 2025.", 1),
        ("For fiscal 2024, which ended on February 2, net revenues rose", 1),
        ("the fiscal year ended 1 February 2025", 1),
        ("the third quarter ended October 31, 2025", 1),
        ("its business year ended March 31, 2025", 3),
    ],
)
def test_a_close_in_the_first_days_of_a_month_closes_the_month_before(text: str, month: int) -> None:
    assert fiscal_year_end_stated(text) == month


def test_a_week_calendar_column_closes_the_month_before() -> None:
    (mention,) = P.find_period_mentions("13-Week Period Ended November 2, 2025")
    assert (mention.grain, mention.end_day) == ("quarter", date(2025, 10, 31))


def _periods(text: str, name: str, published: date) -> dict[int, str | None]:
    import re

    from pipelines.extraction.metrics import find_metrics
    from pipelines.extraction.model import OrgMention
    from pipelines.extraction.quantities import find_quantities

    mentions = [OrgMention(name.lower(), name, name, m.start(), m.end()) for m in re.finditer(name, text)]
    facts = find_metrics(text, mentions, published, find_quantities(text))
    return {round(f.value): f.period_label for f in facts}


def test_a_period_closing_a_later_clause_with_its_own_figures_is_not_the_first_figure_s() -> None:
    text = (
        "Velorix reported revenue of $800 million for the third quarter of 2025. "
        "Velorix delivered sales of $287 million (Q3 2024: $264 million) and returned to a profit of "
        "$2.4 million after a loss of $3.1 million in the third quarter of 2024."
    )
    periods = _periods(text, "Velorix", date(2025, 11, 4))
    assert periods.get(287_000_000) == "Q3 2025"


def test_a_fiscal_quarter_and_a_year_less_close_name_the_years_by_their_start_from_the_page_s_date() -> None:
    from pipelines.extraction.metrics.article_calendar import _fiscal_quarter_closing
    from pipelines.extraction.sentences import split_sentences

    text = "Net income for the quarter ended Nov. 1 fell. Highlights of the fiscal 2024 third quarter follow."
    found = _fiscal_quarter_closing(split_sentences(text), date(2024, 12, 5))
    assert found is not None and found[0] == 1 + P.START_NAMED
