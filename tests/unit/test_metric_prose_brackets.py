"""Last year's figure in a bracket after this year's, in prose: the shared scale after the bracket and
the bracket's figure dated a year before the one it follows."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import brackets as B
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import velorix_facts


@pytest.mark.parametrize(("text", "head", "earlier", "unit"), B.SHARED_SCALE_EXAMPLES)
def test_shared_scale_reads_both_numbers_in_the_scale_after_the_bracket(
    text: str, head: float, earlier: float, unit: str
) -> None:
    found = B.shared_scale(text, find_quantities(text))
    assert [(q.value, q.unit) for q in found] == [
        pytest.approx((head, unit)), pytest.approx((earlier, unit))
    ]


@pytest.mark.parametrize(
    "text", ["Velorix paid SEK 40 (about) million.", "Velorix sold 2,057 (1,804) million shares."]
)
def test_shared_scale_leaves_other_brackets_alone(text: str) -> None:
    assert B.shared_scale(text, find_quantities(text)) == find_quantities(text)


@pytest.mark.parametrize(("text", "value", "unit"), B.YEAR_EARLIER_EXAMPLES)
def test_bracketed_figure_in_prose_is_the_same_measure_a_year_earlier(
    text: str, value: float, unit: str
) -> None:
    facts = velorix_facts(text)
    earlier = [f for f in facts if f.value == pytest.approx(value) and f.unit == unit]
    current = [f for f in facts if f is not earlier[0] and f.unit == unit] if earlier else []
    assert earlier and current, facts
    assert earlier[0].metric_name == current[0].metric_name
    assert earlier[0].period_label == "Q3 2024"
    assert current[0].period_label == "Q3 2025"


@pytest.mark.parametrize(
    "text",
    [
        "Velorix's net sales amounted to SEK 199.6 million (2024) in the third quarter of 2025.",
        "Velorix's net sales amounted to SEK 199.6 million (181 stores) in the third quarter of 2025.",
        "Velorix's net sales amounted to SEK 199.6 million, with 181.4 in the third quarter of 2025.",
        "Velorix's net sales amounted to SEK 199.6 million (1) in the third quarter of 2025.",
    ],
)
def test_no_year_earlier_figure_without_a_bare_bracket(text: str) -> None:
    facts = velorix_facts(text)
    assert not [f for f in facts if f.period_label == "Q3 2024"], facts
