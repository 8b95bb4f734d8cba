"""The full extractor on self-written texts with invented organizations: every party of a deal with
many parties, each form a general way of naming the rest of them."""

from __future__ import annotations

import pytest

from tests.unit.extractor_cases import deal_rows

# (text, deal type, every party): investors who take part in a round by a bare verb closing the clause
BARE_PARTICIPATION = [
    ("Korvana Technologies has closed a $15 million Series B. The round was led by Brennholt Partners; "
     "Ostara Capital and the trading house Veldmark Holdings participated.",
     "funding", {"Korvana Technologies", "Brennholt Partners", "Ostara Capital", "Veldmark Holdings"}),
    ("Korvana Technologies has raised $40 million in a Series C round. The round was led by Brennholt "
     "Partners. Ostara Capital and Veldmark Investors took part.",
     "funding", {"Korvana Technologies", "Brennholt Partners", "Ostara Capital", "Veldmark Investors"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), BARE_PARTICIPATION)
def test_investors_taking_part_by_a_bare_verb_join_the_round(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): a public body whose "of" name coordinates its remit words is one party
REMIT_NAMES = [
    ("Korvana Technologies signed a memorandum of understanding on Tuesday with the Ostara Postal "
     "Corporation and the Veldmark Chamber of Commerce and Industry to build pickup points.",
     "mou", {"Korvana Technologies", "Ostara Postal", "Veldmark Chamber of Commerce and Industry"}),
    ("Korvana Technologies signed a memorandum of understanding with the Veldmark Ministry of Internal "
     "Affairs and Communications and the Ostara Institute of Information and Communications Technology.",
     "mou", {"Korvana Technologies", "Veldmark Ministry of Internal Affairs and Communications",
             "Ostara Institute of Information and Communications Technology"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), REMIT_NAMES)
def test_remit_words_after_and_stay_in_a_public_bodys_name(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): a list item's own short name in brackets does not end the list
ACRONYM_IN_LIST = [
    ("Korvana Technologies signed a memorandum of understanding with the Ostara Information Agency (OIA), "
     "the Veldmark Data Agency and the Brennholt Provincial Government to build a corpus.",
     "mou", {"Korvana Technologies", "Ostara Information Agency", "Veldmark Data Agency",
             "Brennholt Provincial Government"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), ACRONYM_IN_LIST)
def test_a_bracketed_short_name_does_not_end_a_party_list(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): returning backers, and several joiner clauses in one sentence
RETURNING_BACKERS = [
    ("Korvana Technologies said Tuesday it had raised $96 million in a Series C round. The round was led by "
     "the state-run Brennholt Development Bank. Existing backers Ostara Networks and Veldmark Ventures "
     "returned, and Quarvo Investment Partners joined as a new investor, the company said.",
     "funding", {"Korvana Technologies", "Brennholt Development Bank", "Ostara Networks", "Veldmark Ventures",
                 "Quarvo Investment Partners"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), RETURNING_BACKERS)
def test_returning_backers_and_every_joiner_clause_join_the_round(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): a round opened by completing it, its investors told next
COMPLETED_ROUND = [
    ("Korvana Technologies announced that it has completed a Series B financing of 20 billion yen. The "
     "round was led by Ostara Ventures.", "funding", {"Korvana Technologies", "Ostara Ventures"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), COMPLETED_ROUND)
def test_a_completed_financing_opens_a_round(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)


# (text, deal type, every party): the round's further investors listed in the next sentence
OTHERS_INCLUDED = [
    ("Korvana Technologies has raised $40 million in a Series B round led by Ostara Ventures. Other "
     "investors included Veldmark Associates and Quarvo Capital.",
     "funding", {"Korvana Technologies", "Ostara Ventures", "Veldmark Associates", "Quarvo Capital"}),
    ("Korvana Technologies has raised $40 million in a Series B round led by Ostara Ventures. Existing "
     "backers include Veldmark Associates, Brennholt Partners and Quarvo Capital.",
     "funding", {"Korvana Technologies", "Ostara Ventures", "Veldmark Associates", "Brennholt Partners",
                 "Quarvo Capital"}),
]


@pytest.mark.parametrize(("text", "deal_type", "parties"), OTHERS_INCLUDED)
def test_other_investors_listed_next_join_the_round(extractor, text, deal_type, parties):
    assert (deal_type, frozenset(parties)) in deal_rows(extractor, text)
