"""The "Ps" mark Latin American filings write before a peso amount and in a table's caption: the peso of
the country the text names, and no amount when it names none."""

from __future__ import annotations

import pytest

from pipelines.extraction.quantities import GLUED_CURRENCIES, find_quantities, table_scale


def money(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (next(g.example for g in GLUED_CURRENCIES if g.mark.startswith("Ps")), [(2508e6, "MXN")]),
        ("Bogota-based Velorix said net profit was Ps. 1.2 billion in 2024.", [(1.2e9, "COP")]),
        ("Velorix said revenues were Ps 2,508 million.", []),  # a peso of no named country
    ],
)
def test_ps_before_an_amount_is_the_named_countrys_peso(text: str, expected: list) -> None:
    assert money(text) == expected


def test_ps_in_a_caption_states_the_pesos_scale() -> None:
    assert table_scale("CONSOLIDATED RESULTS (Ps million)", marks={"PESO": "MXN"}) == ("MXN", 1e6)
    assert table_scale("CONSOLIDATED RESULTS (Ps million)") is None
