"""Deal parties and roles from the parse where no trigger pattern reads the sentence (invented names)."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_syntax import DEAL_VERB_CUE, DEAL_VERBS, deals_from_parse
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences

# one example per deal type the verbs give: (text, type, roles)
EXAMPLES = {
    "investment": ("Orion Group is putting S$500 million into a hub at Northwind Labs.", "investment",
                   {"Orion Group": "investor", "Northwind Labs": "investee"}),
    "acquisition": ("Orion Group, which had long wanted to, finally bought Northwind Labs outright.",
                    "acquisition", {"Orion Group": "acquirer", "Northwind Labs": "target"}),
    "partnership": ("Orion Group has partnered closely with Northwind Labs since spring.", "partnership",
                    {"Orion Group": "partner", "Northwind Labs": "partner"}),
}


def parsed_deals(text: str):
    sentences = split_sentences(text)
    organizations = find_organizations(text, [], [], sentences)
    sentence = parse_sentences(sentences).sentences[0]
    return [
        (deal_type, {m.name: role for m, role in parties})
        for deal_type, parties in deals_from_parse(sentence, organizations.mentions)
    ]


def test_every_deal_type_of_the_verbs_has_an_example():
    assert {deal_type for deal_type, _, _ in DEAL_VERBS.values()} == set(EXAMPLES)


@pytest.mark.parametrize("deal_type", sorted(EXAMPLES))
def test_subject_and_object_are_the_parties(deal_type):
    text, expected_type, roles = EXAMPLES[deal_type]
    assert DEAL_VERB_CUE.search(text)
    assert parsed_deals(text) == [(expected_type, roles)]


def test_goods_bought_from_a_supplier_are_no_deal():
    assert parsed_deals("It is harder for Orion Group to buy high-end chips from Northwind Labs.") == []


def test_passive_subject_is_the_target():
    assert parsed_deals("Northwind Labs was quietly bought last year by Orion Group.") == [
        ("acquisition", {"Orion Group": "acquirer", "Northwind Labs": "target"})
    ]
