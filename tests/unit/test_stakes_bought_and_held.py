"""A stake a company buys or takes is its holding (`other`, percent, no period), owned by the buyer; a
stake it sells is the deal's term, not a figure it reports."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import owners_of, velorix_facts, written_mentions


@pytest.mark.parametrize("text", C.STAKE_BOUGHT_EXAMPLES)
def test_a_stake_bought_is_the_buyers_holding_with_no_period(text: str) -> None:
    percents = [f for f in velorix_facts(text) if f.unit == "percent"]
    assert [(f.metric_name, f.period_label) for f in percents] == [("other", None)]


@pytest.mark.parametrize("text", C.STAKE_BOUGHT_EXAMPLES)
def test_a_stake_bought_belongs_to_the_buyer_not_the_company_bought(text: str) -> None:
    owners = owners_of(text, {"Velorix": "velorix", "Zenbox": "zenbox"})
    assert [key for value, key in owners.items() if value < 101] == ["velorix"]


@pytest.mark.parametrize("text", C.NOT_A_STAKE_EXAMPLES)
def test_a_stake_sold_or_a_bare_held_share_is_no_holding(text: str) -> None:
    assert not any(f.metric_name == "other" and f.unit == "percent" for f in velorix_facts(text))


_NAMES = {"Velorix": "velorix", "Zenbox": "zenbox", "Quill": "quill"}


@pytest.mark.parametrize("text", C.HOLDING_WITHOUT_OBJECT_EXAMPLES)
def test_a_holding_told_without_its_object_is_other(text: str) -> None:
    percents = [f for f in velorix_facts(text) if f.unit == "percent"]
    assert percents and all((f.metric_name, f.period_label) == ("other", None) for f in percents)


@pytest.mark.parametrize("text", C.HOLDING_TO_COME_EXAMPLES)
def test_a_holding_still_to_come_is_no_figure(text: str) -> None:
    assert not [f for f in velorix_facts(text) if f.unit == "percent"]


@pytest.mark.parametrize("text", C.HOLDER_BEFORE_ITS_VERB_EXAMPLES)
def test_the_holder_is_the_name_right_before_the_verb_of_holding(text: str) -> None:
    owners = owners_of(text, _NAMES)
    before_last = text[: text.rindex("%")]
    last_figure = float(before_last.split()[-1])
    holder = next(w for w in before_last.split(",")[-1].split() if w in _NAMES)
    assert owners[last_figure] == _NAMES[holder]


def test_a_holding_whose_verb_is_left_out_is_held_with_no_period() -> None:
    text = "In the third quarter of 2025 Velorix agreed to own 51% of the venture and Zenbox 49%."
    facts = find_metrics(text, written_mentions(text, _NAMES), None, find_quantities(text))
    assert {(f.organization_key, f.value, f.period_label) for f in facts} == {
        ("velorix", 51.0, None),
        ("zenbox", 49.0, None),
    }


@pytest.mark.parametrize("text", C.COMPANY_HELD_EXAMPLES)
def test_the_company_a_holding_is_in_never_owns_it(text: str) -> None:
    assert "zenbox" not in owners_of(text, _NAMES).values()
