"""A bare "$" is a dollar country's own where two of the lead's home cues agree (quantities.HOME_CUES:
dateline, time zone, listing, results idiom) and the text never marks that country's dollar."""

from __future__ import annotations

import pytest

from pipelines.extraction.quantities import HOME_CUE_EXAMPLES, bare_dollar_currency, find_quantities


@pytest.mark.parametrize(("example", "currency"), HOME_CUE_EXAMPLES, ids=lambda x: str(x)[:40])
def test_two_home_cues_agreeing_make_the_bare_dollar_local_one_cue_does_not(
    example: str, currency: str
) -> None:
    assert bare_dollar_currency(example) == currency
    bare = [q for q in find_quantities(example) if q.kind == "money" and q.text.lstrip().startswith("$")]
    assert bare and {q.unit for q in bare} == {currency}


def test_a_dateline_and_time_zone_of_one_country_date_the_table_in_its_dollar() -> None:
    text = "PERTH, 3 March 2026, 10:00 AWST\nQuarterly notes\n  Revenue: $412m\n  EBITDA: $88m\n"
    assert {q.unit for q in find_quantities(text) if q.kind == "money"} == {"AUD"}


def test_two_cues_of_different_countries_decide_nothing() -> None:
    text = "SYDNEY, 3 March 2026 - TSX-listed Velorix said revenue rose to $412 million."
    assert bare_dollar_currency(text) == "USD"
