"""A company's own figures no metric cue names, which the gold records as `other`
(pipelines/extraction/metrics/business_figures.py): shares of its own totals, operating ratios, money its
units contributed, money raised in all, disbursed or spent on buybacks, counts of its professional staff,
amounts whose measure noun is the verb's subject, counts of what it runs or reaches.
Companies and figures are invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.business_figures import EARLIER_COUNT_EXAMPLES, UNNAMED_BUSINESS_FIGURE_CUES
from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize("cue", UNNAMED_BUSINESS_FIGURE_CUES, ids=lambda cue: cue.example[:40])
def test_each_cue_names_its_example_other(cue) -> None:
    assert any(name == "other" for name, _value, _unit in velorix_rows(cue.example))


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Velorix said 76% of its borrowings were on fixed rates in 2024.", ("other", 76.0, "percent")),
        ("Staff turnover at Velorix fell to 16% in 2024.", ("other", 16.0, "percent")),
        ("Velorix said its Asian unit contributed $38.0 million in 2024.", ("other", 38_000_000.0, "USD")),
        ("Velorix repurchased $100 million of its own shares in 2024.", ("other", 100_000_000.0, "USD")),
        ("Velorix employed about 4,900 engineers at the end of June 2024.", ("other", 4900.0, "count")),
        # an amount whose own measure noun is the verb's subject, a few words of period between
        ("Velorix's net new monies for the half amounted to CHF 4.3 billion.", ("other", 4.3e9, "CHF")),
        (
            "Research and development spending at Velorix rose to $135.2 million in 2024.",
            ("other", 135.2e6, "USD"),
        ),
        # what the company runs or reaches, counted in digits before its noun
        ("Velorix operates 14 airports in Mexico.", ("other", 14.0, "count")),
        ("Velorix's fibre network now passes more than 1.1 million homes.", ("other", 1_100_000.0, "count")),
        # the level a count reached, after a verb of change or level
        ("Velorix opened nine stores in 2024, taking its network to 187.", ("other", 187.0, "count")),
        ("Velorix said its headcount ended the year at 11,800.", ("other", 11_800.0, "count")),
        ("Velorix added 140 customers in 2024 to reach 1,960.", ("other", 1960.0, "count")),
    ],
)
def test_a_companys_own_figure_no_other_cue_names_is_other(sentence: str, row: tuple) -> None:
    assert row in velorix_rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a round's own amount is the deal's, not a total raised
        "Velorix raised $60 million in a Series B round in 2024.",
        # people to be trained are no staff the company has
        "Velorix will train about 2,000 nurses over three years.",
        # a target is no reported figure
        "Velorix expects staff turnover to fall to 12% in 2025.",
        # a market's share of another total is no company's figure
        "Velorix said 40% of the market's buyers were first-time buyers.",
        # a count in words describes more often than it reports
        "Velorix operates two mills in Colombia.",
        # a physical quantity is no business figure (Conventions)
        "Velorix said its solar portfolio reached 91 megawatts in 2024.",
        # a plan: the verb after "to"
        "Velorix signed an agreement with the state to cover 150,000 workers.",
        # a price paid is the deal's
        "Velorix said the deal's value was $500 million.",
        # a physical measure at a level is no count of the company's, nor money in a currency word
        "Velorix said its installed capacity stands at 420 megawatts.",
        "Velorix said its capacity in operation stood at 23.4 GW on 30 June.",
    ],
)
def test_deals_forecasts_and_others_figures_stay_unnamed(sentence: str) -> None:
    assert not any(name == "other" for name, _value, _unit in velorix_rows(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Velorix said net debt to EBITDA stood at 1.6 times at the end of 2024.",
        # money in a currency word the quantity reader leaves unread
        "Velorix said its net profit rose 37% to 248 billion tenge.",
    ],
)
def test_a_ratio_or_unread_money_at_a_level_is_no_count(sentence: str) -> None:
    assert not any(unit == "count" for _name, _value, unit in velorix_rows(sentence))


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    list(zip(EARLIER_COUNT_EXAMPLES, (1650.0, 160.0, 2610.0), strict=True)),
    ids=lambda item: str(item)[:40],
)
def test_the_earlier_count_of_a_comparison_is_named(sentence: str, earlier: float) -> None:
    assert any(value == earlier and unit == "count" for _name, value, unit in velorix_rows(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # no period after the count: a source, not an earlier figure
        "Velorix buys milk from about 3,500 smallholder farmers in Beheira.",
        # a unit the count reader leaves off follows, not the comparison's period
        "Velorix's earnings per share came in at 42 kobo, compared with 29 kobo a year before.",
        # a count in words describes more often than it reports
        "Velorix's network grew to 214 outlets, up from two hundred a year earlier.",
    ],
)
def test_a_count_after_from_without_its_period_stays_unnamed(sentence: str) -> None:
    rows = velorix_rows(sentence)
    assert not any(unit == "count" and value in (3500.0, 29.0, 200.0) for _name, value, unit in rows)
