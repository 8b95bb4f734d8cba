"""Fiscal periods: phrases found, resolved to calendar dates, labelled in each company's calendar."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import periods as P


def _label(phrase: str, fy_end: int, **kwargs) -> str | None:
    mentions = P.find_period_mentions(phrase)
    assert mentions, phrase
    return P.label(P.resolve(mentions[0], fy_end, **kwargs), fy_end).label


@pytest.mark.parametrize(
    ("phrase", "fy_end", "expected"),
    [
        ("in the third quarter of 2021", 12, "Q3 2021"),
        ("in Q2 2020", 12, "Q2 2020"),
        ("for 2019", 12, "2019"),
        ("in the first half of 2022", 12, "H1 2022"),
        ("in fiscal 2021", 12, "2021"),
        ("FY2022 Q3", 3, "FY2022 Q3"),
        ("the third quarter of its fiscal 2022", 3, "FY2022 Q3"),
        # the year written before the word that makes it the company's own
        ("the fourth quarter of its 2024 financial year", 6, "FY2024 Q4"),
        # an analyst's quarter codes, the actual's "A" after the year
        ("net income of $210.4m in 4Q FY24, which", 4, "FY2024 Q4"),
        ("4Q FY24A   3Q FY25A", 4, "FY2024 Q4"),
        ("in 2Q24", 12, "Q2 2024"),
        ("the first half of its 2025 fiscal year", 3, "FY2025 H1"),
        ("its fiscal 2023 first quarter", 9, "FY2023 Q1"),
        ("the three months ended June 30, 2018", 3, "FY2019 Q1"),
        ("the three months ended June 30, 2018", 6, "FY2018 Q4"),
        ("the three months ended June 30, 2018", 12, "Q2 2018"),
        ("the fiscal year ended March 31, 2023", 3, "FY2023"),
        ("the first quarter of 2019", 3, "FY2019 Q4"),
        ("Q3 FY24", 3, "FY2024 Q3"),
        ("for the year ended March 2024", 3, "FY2024"),
        ("the three months to 30 June 2024", 12, "Q2 2024"),
        ("its fiscal year ended 31 August 2024", 8, "FY2024"),
        ("in the 2023 financial year", 6, "FY2023"),
    ],
)
def test_explicit_periods(phrase: str, fy_end: int, expected: str) -> None:
    assert _label(phrase, fy_end) == expected


def test_fiscal_period_dates() -> None:
    period = P.fiscal_period(2020, 3, "quarter", 3)
    assert (period.start, period.end) == (date(2019, 10, 1), date(2019, 12, 31))
    nvidia_q2 = P.fiscal_period(2024, 1, "quarter", 2)
    assert (nvidia_q2.start, nvidia_q2.end) == (date(2023, 5, 1), date(2023, 7, 31))


def test_relative_quarter_resolves_against_the_publish_date() -> None:
    # Published in early February: "the December quarter" is the one just completed.
    assert _label("in the December quarter", 3, reference=date(2022, 2, 4)) == "FY2022 Q3"
    assert _label("in the fourth quarter", 12, reference=date(2021, 3, 1)) == "Q4 2020"
    assert _label("in the fourth quarter", 12) is None


def test_relative_quarter_takes_the_year_stated_next_to_it() -> None:
    assert _label("in the fourth quarter", 12, anchor_year=2018) == "Q4 2018"
    assert _label("in the fourth quarter", 3, anchor_year=2018) == "FY2019 Q3"


def test_last_fiscal_year_and_current_fiscal_year() -> None:
    reference = date(2019, 1, 1)
    assert _label("in its last fiscal year", 3, reference=reference) == "FY2018"
    mentions = P.find_period_mentions("the second quarter of its fiscal year ending Mar. 31")
    assert mentions[0].fiscal_year_end_hint == 3
    assert P.label(P.resolve(mentions[0], 12, reference=reference), 3).label == "FY2019 Q2"


def test_comparison_period_shifts_the_current_one() -> None:
    current = P.fiscal_period(2021, 12, "quarter", 2)
    mention = P.find_period_mentions("against 4.1% a year earlier")[0]
    assert mention.role == "comparison"
    assert P.label(P.resolve(mention, 12, current=current), 12).label == "Q2 2020"


def test_two_quarters_joined_by_and_give_two_mentions() -> None:
    mentions = P.find_period_mentions("in the second and third quarters of 2020")
    assert [m.index for m in mentions] == [2, 3]


def test_rolling_windows_have_no_label() -> None:
    assert _label("over the past four quarters", 12, reference=date(2022, 1, 1)) is None


def test_fiscal_calendars_and_detection() -> None:
    assert P.fiscal_year_end("alibaba") == 3
    assert P.fiscal_year_end("Microsoft Corporation") == 6
    assert P.fiscal_year_end("alibaba damo academy") == 3  # units inherit the parent's calendar
    assert P.fiscal_year_end("some unknown maker") == 12
    assert P.detect_fiscal_year_end("for the financial year that closes in June") == 6
    assert P.detect_fiscal_year_end("in its fiscal year ending Sept. 30") == 9
    assert P.detect_fiscal_year_end("in the year to come") is None


def test_founding_years_are_not_reporting_periods() -> None:
    mentions = P.find_period_mentions("The lender, founded in 2009, grew fast in the fourth quarter")
    assert [m.year for m in mentions] == [None]


def test_last_quarter_is_the_latest_completed_quarter() -> None:
    reference = date(2021, 2, 10)
    assert _label("sales rose last quarter", 12, reference=reference) == "Q4 2020"
    assert _label("sales rose last quarter", 3, reference=reference) == "FY2021 Q3"


def test_full_year_follows_the_period_under_discussion() -> None:
    current = P.fiscal_period(2023, 12, "quarter", 4)
    assert _label("65% for the full year", 12, current=current) == "2023"


def test_closing_date_of_a_deal_is_not_a_period():
    from pipelines.extraction.periods import find_period_mentions

    text = "The deal is expected to close in the third quarter of 2025."
    assert [m for m in find_period_mentions(text) if m.role == "period"] == []


def test_calendar_year_keeps_its_label_in_a_march_calendar():
    from datetime import date as _date

    from pipelines.extraction.periods import Period, label

    assert label(Period(_date(2023, 1, 1), _date(2023, 12, 31), "year"), 3).label == "2023"


@pytest.mark.parametrize(
    ("phrase", "fy_end", "label"),
    [
        ("the six months to September 30", 3, "FY2025 H1"),  # no year: a half, not the last quarter
        ("the April-September period", 3, "FY2025 H1"),
        ("the January-June period of 2024", 12, "H1 2024"),
        ("the April-June quarter", 3, "FY2025 Q1"),
        ("the first six months of 2024", 12, "H1 2024"),
        ("the first nine months of 2024", 12, None),  # a span, not the year 2024
    ],
)
def test_month_spans_keep_their_length(phrase: str, fy_end: int, label: str | None) -> None:
    (mention,) = P.find_period_mentions(phrase)
    assert P.label(P.resolve(mention, fy_end, reference=date(2024, 11, 1)), fy_end).label == label


def test_a_year_to_a_stated_day_is_a_reporting_year_but_the_year_to_a_month_is_not() -> None:
    assert _label("for the year to June 30", 6, reference=date(2024, 8, 29)) == "FY2024"
    assert P.find_period_mentions("prices rose in the year to June") == []


def test_a_year_closing_at_another_month_end_is_a_fiscal_year_even_in_a_december_calendar() -> None:
    assert _label("for the year ended March 2024", 12) == "FY2024"
    assert _label("in the 12 months to June", 12, reference=date(2023, 7, 17)) is None


def test_a_day_first_fiscal_year_end_is_read_and_a_founding_year_is_no_period() -> None:
    assert P.detect_fiscal_year_end("for its fiscal year ended 31 August 2024") == 8
    text = "Velorix, founded by Ada Norvane in Roubaix in 1999, grew."
    assert [m for m in P.find_period_mentions(text) if m.role == "period"] == []



@pytest.mark.parametrize(("phrase", "index"), [("first-half revenue", 1), ("second-half sales", 2)])
def test_a_hyphenated_half_before_its_noun_is_a_half(phrase: str, index: int) -> None:
    mentions = P.find_period_mentions(f"Velorix reported {phrase} of $2 billion.")
    found = [m for m in mentions if m.grain == "half"]
    assert [m.index for m in found] == [index]


def test_an_estimates_quarter_code_names_no_period_and_a_bare_one_no_year() -> None:
    header = P.find_period_mentions("4Q FY24A   4Q FY25E   Consensus")
    assert [(m.text, m.year, m.fiscal) for m in header] == [("4Q FY24A", 2024, True)]
    bare = P.find_period_mentions("Cloud was 47% of total revenue in 4Q, up from 45%")
    assert [(m.index, m.year) for m in bare if m.grain == "quarter"] == [(4, None)]


def test_the_full_fiscal_year_is_the_year_the_text_is_talking_about() -> None:
    mentions = P.find_period_mentions("For the full fiscal year, cloud revenue was $687.0m.")
    assert [m.relative for m in mentions] == ["context_year"]
    current = P.resolve(P.find_period_mentions("4Q FY25")[0], 4)
    assert P.label(P.resolve(mentions[0], 4, current=current), 4).label == "FY2025"


def test_the_end_of_a_fiscal_year_times_an_event() -> None:
    text = "Projects were delivered before the end of the fiscal year."
    assert P.find_period_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "is_half"),
    [
        ("Velorix published its interim results on Monday.", True),
        ("In the interim period revenue rose.", True),
        ("The interim payout of N1.00 brings the total for the year to N5.00.", False),
        ("The board declared an interim dividend of 10 cents.", False),
        ("She is the interim chief executive.", False),
    ],
)
def test_interim_is_a_half_only_where_it_names_results(text: str, is_half: bool) -> None:
    assert any(m.grain == "half" for m in P.find_period_mentions(text)) is is_half


@pytest.mark.parametrize(
    "text",
    [
        "Ensham, bought from Idemitsu Australia in 2023, contributed revenue.",
        "Velorix, acquired by Harbex Holdings Ltd in 2019, grew.",
    ],
)
def test_the_year_of_a_purchase_named_with_its_seller_or_buyer_is_no_reporting_period(text: str) -> None:
    assert [m for m in P.find_period_mentions(text) if m.grain == "year"] == []


@pytest.mark.parametrize(
    "text", ["Kestrel released its 2024 annual results on Monday.", "2024 revenue rose."]
)
def test_a_year_before_annual_results_is_the_reporting_year(text: str) -> None:
    assert [(m.grain, m.year) for m in P.find_period_mentions(text)] == [("year", 2024)]
