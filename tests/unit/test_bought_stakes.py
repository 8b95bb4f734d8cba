"""A stake bought or taken is the buyer's holding (`other`, in percent); a stake sold and a whole company
bought are the deal's terms, no holding."""

from __future__ import annotations

import pytest

from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize(
    "text",
    [
        "In October Velorix acquired a 30% stake in Zenbox SpA.",
        "Velorix paid $5.7 billion for a 9.99% stake in Zenbox in April.",
        "Velorix took a 10% stake in Zenbox through a capital increase.",
        "Velorix completed the acquisition of 85% of the shares of Zenbox.",
    ],
)
def test_a_stake_bought_is_the_buyers_holding(text: str) -> None:
    assert {(name, unit) for name, _, unit in velorix_rows(text)} == {("other", "percent")}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix agreed to sell a 31.7% stake in its towers unit Zenbox.",
        "Velorix will acquire a 100% shareholding in Zenbox.",
        "Velorix acquired 100% of the shares of Zenbox in 2024.",
    ],
)
def test_a_stake_sold_or_a_whole_company_bought_is_no_holding(text: str) -> None:
    assert not any(unit == "percent" for _, _, unit in velorix_rows(text))
