"""A revenue noun whose own phrase names a kind of goods or a line of business ("ticket revenue", "the
carrier's roaming revenue"), or a revenue per unit ("revenue per seat"), is not the company's
revenue: `other` (cues.revenue_of_a_kind). Words that size, date or restate the whole figure, verbs, and
an owner's name opening the clause name no kind."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", (*C.KIND_OF_REVENUE_EXAMPLES, C.REVENUE_PER_UNIT_EXAMPLE))
def test_a_kind_of_revenue_or_a_revenue_per_unit_is_other(text: str) -> None:
    facts = _facts(text)
    assert facts and {f.metric_name for f in facts} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix revenue rose 5% to $3 billion in 2024.",
        "Velorix cut costs and posted revenue of $3 billion in 2024.",
        "Velorix said its quarterly revenue rose 5% to $3 billion in 2024.",
        "Velorix said revenue rose in 2024. The net revenue of the group reached $3 billion in 2024.",
        "Velorix said revenue rose in 2024. In euro terms revenue reached $3 billion in 2024.",
        "The lingerie chain Velorix reported sales of $3 billion in 2024.",
        "Velorix said revenue rose in 2024. Its own retail sales were $3 billion in 2024.",
        "Velorix said revenue rose in 2024. Dollar revenue for 2024 was $637 million, up 1%.",
        "Velorix said revenue rose in 2024. In the fourth quarter alone revenue was $508 million.",
        "Velorix said costs rose in 2024, although net revenue still rose 4% to $7 billion.",
    ],
)
def test_words_of_the_whole_figure_verbs_and_owners_name_no_kind(text: str) -> None:
    assert {f.metric_name for f in _facts(text)} <= {"revenue", "revenue_growth"}


@pytest.mark.parametrize(
    ("window", "kind"),
    [
        ("Velorix said revenue rose, as ticket revenue rose ", True),
        ("Bakery revenue for the quarter was ", True),
        ("Average revenue per seat rose ", True),
        ("Velorix revenue rose ", False),  # the owner opens the clause (its name ends at 7)
        ("Of that, cloud storage revenue grew ", False),  # cloud revenue has a name of its own
        ("Q3 revenue was ", False),
        ("SaaS revenue increased ", False),  # cloud revenue too
        ("Revenues from power sales and grid fees of ", False),  # "sales" complements "Revenues"
        ("Velorix generated revenue of ", False),
        ("July-September sales rose ", False),  # a span of months dates the figure
        ("Its cloud and managed-services revenue reached ", False),  # cloud anywhere in the phrase
    ],
)
def test_revenue_of_a_kind_reads_the_nouns_own_phrase(window: str, kind: bool) -> None:
    name_ends = frozenset(m.end() for m in re.finditer("Velorix", window))
    assert C.revenue_of_a_kind(window, name_ends) is kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The tiles business, which makes floor tiles, posted revenue of $705 million, up 10%.",
        "The group's leasing segments, which rent out cranes, posted revenue of $705 million, up 10%.",
        "The bakery business reported sales of $705 million, up 10%.",
    ],
)
def test_a_line_of_business_as_the_subject_owns_no_company_revenue(sentence: str) -> None:
    rows = {
        (f.value, f.metric_name)
        for f in _facts(f"Velorix reported revenue of $5 billion in 2024. {sentence}")
    }
    assert rows == {(5e9, "revenue"), (705e6, "other"), (10.0, "other")}


def test_the_company_saying_its_business_grew_keeps_its_revenue() -> None:
    text = (
        "Velorix reported its results for 2024. The company said its business grew revenue 5% to $5 billion."
    )
    rows = {f.metric_name for f in _facts(text)}
    assert rows == {"revenue", "revenue_growth"}
