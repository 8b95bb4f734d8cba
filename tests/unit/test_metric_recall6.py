"""Metric recall and naming, round 6: the dollar of a text that tells dollars apart, table headers of
month ranges and of spans over days, and several labelled figures on one line."""

from __future__ import annotations

import pytest

from pipelines.extraction.quantities import (
    LOCAL_DOLLAR_COUNTER_EXAMPLES,
    LOCAL_DOLLAR_EXAMPLES,
    bare_dollar_currency,
    find_quantities,
)


@pytest.mark.parametrize(("example", "currency"), LOCAL_DOLLAR_EXAMPLES, ids=lambda x: str(x)[:40])
def test_a_text_that_tells_dollars_apart_writes_a_bare_dollar_for_its_local_one(
    example: str, currency: str
) -> None:
    assert bare_dollar_currency(example) == currency
    bare = [q for q in find_quantities(example) if q.kind == "money" and q.text.lstrip().startswith("$")]
    assert bare and {q.unit for q in bare} == {currency}


@pytest.mark.parametrize("example", LOCAL_DOLLAR_COUNTER_EXAMPLES, ids=lambda x: x[:40])
def test_a_listing_alone_or_a_named_us_keeps_the_bare_dollar_american(example: str) -> None:
    assert bare_dollar_currency(example) == "USD"
