"""Deals told inside an apposition ("B, the firm acquired by A in 2021, grew"): the apposition's
organizations are context for the sentence's own deal, but parties of the deal the apposition itself
tells, with its descriptor standing for the name it describes (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_syntax import PHRASAL_FRAMES, deals_from_parse
from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences
from tests.unit.extractor_cases import deal_rows, deal_rows_with_amounts

K, OR = "Tallis Networks", "Orion Group"

APPOSITIVE_DEALS = {
    # a participle on a descriptor that names another company ("the Salesforce consulting firm")
    "participle": "Orion Group reported results. Tallis Networks, the Salesforce consulting firm acquired by "
                  "Orion Group in 2021, contributed EUR 19.8 million to group revenue.",
    # a relative clause whose antecedent is the descriptor ("the Oracle reseller that A bought")
    "relative object": "Orion Group reported results. Tallis Networks, the Oracle reseller that Orion Group "
                       "bought in 2024, grew its revenue by 38%.",
    # shares bought "in which": the share's company is the relative's antecedent
    "shares in which": "Orion Group reported results. Tallis Networks, the Oslo-based security firm in which "
                       "Orion Group bought the remaining shares in 2025, grew its revenue by 38%.",
}


@pytest.mark.parametrize("text", APPOSITIVE_DEALS.values(), ids=APPOSITIVE_DEALS.keys())
def test_deal_told_in_an_apposition(extractor, text):
    assert ("acquisition", frozenset({OR, K})) in deal_rows(extractor, text)


@pytest.mark.parametrize(("text", "amount"), [
    ("Tallis Networks, the Microsoft partner bought by Orion Group for $40 million in 2020, "
     "earned $5 million.",
     40e6),
    ("Tallis Networks, the Microsoft partner bought by Orion Group in 2020, earned $5 million.", None),
])
def test_apposition_amount_is_its_own_not_the_sentence_figure(extractor, text, amount):
    found = deal_rows_with_amounts(extractor, f"Orion Group reported results. {text}")
    assert ("acquisition", frozenset({OR, K}), amount, "USD" if amount else None) in found


def test_apposition_without_a_deal_stays_context(extractor):
    found = deal_rows(
        extractor,
        "Tallis Networks, the Oslo-based unit of Orion Group, signed a partnership with Kestrel Labs.",
    )
    assert all(OR not in parties for _, parties in found)


@pytest.mark.parametrize("example", [row[3] for row in PHRASAL_FRAMES])
def test_phrasal_deal_verbs(extractor, example):
    text = f"Orion Group reported results. {example}"
    assert ("acquisition", frozenset({OR, "Kestrel Labs"})) in deal_rows(extractor, text)


# read from the parse alone, the two names given as the organizations found
PARSED_FORMS = {
    # a relative clause without its relative word: what it describes is its object
    "relative without which": "Tallis Networks, the British label Orvane bought in 2019, again led growth.",
    # the parse may hang the name and its descriptor on one verb as two objects
    "descriptor as a second object": "It follows Tallis Networks, the data operations specialist bought by "
                                     "Orion Group in 2023.",
}


@pytest.mark.parametrize("text", PARSED_FORMS.values(), ids=PARSED_FORMS.keys())
def test_descriptor_forms_from_the_parse(text):
    sentence = split_sentences(text)[0]
    parsed = parse_sentences([sentence]).sentence_at(sentence.start)
    buyer = OR if OR in text else "Orvane"
    mentions = [OrgMention(n, n, n, text.index(n), text.index(n) + len(n)) for n in (K, buyer)]
    found = deals_from_parse(parsed, mentions)
    assert [(t, {m.name: role for m, role in parties}) for t, parties in found] == [
        ("acquisition", {buyer: "acquirer", K: "target"})
    ]
