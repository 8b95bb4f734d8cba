"""A named unit's own results (pipelines/extraction/metrics/unit_results.py): once a figure the sentence
reader named `other` is owned by the unit that is its sentence's subject, with the plain measure right
after a results verb (or the unit's own label line), it is the unit's `revenue` and its change the unit's
`revenue_growth`. Companies and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.metrics.cues import NARROWER_BASES
from pipelines.extraction.metrics.unit_results import (
    CONTRIBUTION_EXAMPLES,
    LEGAL_FORM_PERIOD_EXAMPLES,
    NAMED_AS_AN_OBJECT_EXAMPLE,
    NOT_A_CONTRIBUTION_EXAMPLES,
    PART_PERIOD_EXAMPLES,
    RATE_AFTER_AMOUNT_EXAMPLES,
    UNIT_RESULT_CUES,
    part_period_contributions,
    units_own_results,
)
from pipelines.extraction.model import Evidence, MetricFact
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import written_mentions

_PARENT = "Velorix Group reported revenue of $900 million, up 5%, and net profit of $70 million.\n\n"
_UNITS = {
    "Velorix Group": "velorix group",
    "Quill Logistics": "quill logistics",
    "Quill Payments": "quill payments",
    # the recognizer's names of a unit with a legal form stop before the abbreviation's period
    "Quill Logistics Ltd": "quill logistics",
    "Quill Payments S.A": "quill payments",
}


def _renamed(sentence: str) -> list[tuple[str, float, str]]:
    """(name, value, unit) of the unit's figures in ``sentence``, after a parent's paragraph: every figure
    starts as `other` of the organization named last before it, as the sentence reader leaves a unit's."""
    text = _PARENT + sentence
    mentions = written_mentions(text, _UNITS)
    facts = []
    for quantity in find_quantities(text):
        owner = [m for m in mentions if m.end <= quantity.start][-1]
        name = "other" if quantity.start >= len(_PARENT) else "revenue"
        value = -quantity.value if text[quantity.start - 5 : quantity.start] == "down " else quantity.value
        evidence = Evidence(text[len(_PARENT) :], len(_PARENT), len(text))
        if quantity.start < len(_PARENT):
            evidence = Evidence(_PARENT, 0, len(_PARENT))
        facts.append(
            MetricFact(
                owner.key,
                owner.name,
                name,
                value,
                quantity.unit,
                None,
                None,
                None,
                date(2024, 1, 1),
                None,
                evidence,
            )
        )
    # the parent's three figures make it the article's main owner
    facts = [f for f in facts if f.evidence.start == 0] * 2 + [f for f in facts if f.evidence.start > 0]
    renamed = units_own_results(text, facts, mentions, find_quantities(text))
    return [(f.metric_name, f.value, f.unit) for f in renamed if f.evidence.start > 0]


@pytest.mark.parametrize("cue", UNIT_RESULT_CUES, ids=lambda cue: cue.example[:40])
def test_each_cue_names_its_examples_figure(cue) -> None:
    expected = "revenue" if cue.kind == "amount" else "revenue_growth"
    assert expected in [name for name, _value, _unit in _renamed(cue.example)]


@pytest.mark.parametrize("sentence", LEGAL_FORM_PERIOD_EXAMPLES, ids=lambda s: s[:40])
def test_a_unit_named_with_a_legal_forms_period_reports_its_own_results(sentence: str) -> None:
    names = {unit: name for name, _value, unit in _renamed(sentence)}
    assert names == {"USD": "revenue", "percent": "revenue_growth"}


@pytest.mark.parametrize("sentence", RATE_AFTER_AMOUNT_EXAMPLES, ids=lambda s: s[:40])
def test_a_rate_after_the_units_amount_is_its_revenue_growth(sentence: str) -> None:
    names = [name for name, _value, unit in _renamed(sentence) if unit == "percent"]
    assert names == ["revenue_growth"]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "The Quill Logistics division, which runs the trucks, reported revenue of $120 million, down 4%.",
            [("revenue", 120e6, "USD"), ("revenue_growth", -4.0, "percent")],
        ),
        (
            "Its freight arm, Quill Logistics, grew net sales by 14% to $196 million.",
            [("revenue_growth", 14.0, "percent"), ("revenue", 196e6, "USD")],
        ),
    ],
)
def test_the_units_sales_and_their_change(sentence: str, rows: list) -> None:
    assert _renamed(sentence) == rows


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind of sales, a recurring measure, same-store sales: narrower than the unit's revenue
        "Quill Logistics reported home delivery revenue of $120 million.",
        "Quill Logistics had annual recurring revenue of $12 million.",
        "Quill Logistics grew its own same-store sales 2.9%.",
        # a possessive subject, most often with a sequential or local comparison
        "Compared with the second quarter, Quill Logistics's revenue rose 6%.",
        # the unit is named inside another subject's aside
        NAMED_AS_AN_OBJECT_EXAMPLE,
        "The digital business, which includes Quill Logistics, grew revenue 32% to $316 million.",
        # another measure than sales
        "Quill Logistics reported EBITDA of $20 million.",
    ],
)
def test_a_units_other_figures_stay_other(sentence: str) -> None:
    assert all(name == "other" for name, _value, _unit in _renamed(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Quill Logistics increased revenue to $110 million, an organic rise of 9.2%.",
        "Quill Logistics reported revenue of $120 million, up 4% from the second quarter.",
        "Quill Logistics reported revenue of $120 million, up 4% in local currencies.",
    ],
)
def test_a_units_rate_on_an_organic_or_sequential_basis_stays_other(sentence: str) -> None:
    assert [name for name, _value, unit in _renamed(sentence) if unit == "percent"] == ["other"]


@pytest.mark.parametrize("basis", NARROWER_BASES, ids=lambda basis: basis.name)
def test_a_units_rate_on_each_shared_narrower_basis_stays_other(basis) -> None:
    # the basis as its example writes it after the rate: " in local currency in 2023."
    qualifier = basis.example.split("%", 1)[1]
    sentence = f"Quill Logistics reported revenue of $120 million, up 4%{qualifier}"
    assert [name for name, _value, unit in _renamed(sentence) if unit == "percent"] == ["other"]


def test_the_main_owners_scoped_figure_stays_other() -> None:
    text = "Velorix Group reported revenue of $120 million, up 4% from the second quarter."
    mentions = written_mentions(text, _UNITS)
    quantities = find_quantities(text)
    facts = [
        MetricFact(
            "velorix group", "Velorix Group", "other", q.value, q.unit, None, None, None, None, None,
            Evidence(text, 0, len(text)),
        )
        for q in quantities
    ]  # fmt: skip
    assert [f.metric_name for f in units_own_results(text, facts, mentions, quantities)] == ["other", "other"]


def _contribution_names(sentence: str) -> list[str]:
    """The names ``part_period_contributions`` leaves on the sentence's money figures, each read `revenue`."""
    quantities = find_quantities(sentence)
    facts = [
        MetricFact(
            "quill", "Quill", "revenue", q.value, q.unit, None, None, None, None, None,
            Evidence(sentence, 0, len(sentence)),
        )
        for q in quantities
        if q.kind == "money"
    ]  # fmt: skip
    return [f.metric_name for f in part_period_contributions(sentence, facts, quantities)]


@pytest.mark.parametrize("sentence", PART_PERIOD_EXAMPLES, ids=lambda s: s[:40])
def test_a_contribution_for_part_of_a_period_is_other(sentence: str) -> None:
    assert _contribution_names(sentence) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a full year in the group is a year's revenue
        "Quill Clinics contributed revenue of $96 million in its first full year inside the group.",
        # no contribution: the company's own period
        "Quill Logistics reported revenue of $120 million in its first six months in the group.",
    ],
)
def test_a_full_year_or_a_companys_own_period_stays_revenue(sentence: str) -> None:
    assert _contribution_names(sentence) == ["revenue"]


@pytest.mark.parametrize("sentence", CONTRIBUTION_EXAMPLES, ids=lambda s: s[:40])
def test_sales_contributed_to_the_group_are_other(sentence: str) -> None:
    assert _contribution_names(sentence) == ["other"]


@pytest.mark.parametrize("sentence", NOT_A_CONTRIBUTION_EXAMPLES, ids=lambda s: s[:40])
def test_a_results_verb_or_a_verb_of_another_clause_is_no_contribution(sentence: str) -> None:
    assert _contribution_names(sentence) == ["revenue"]
