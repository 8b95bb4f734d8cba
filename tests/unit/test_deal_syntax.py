"""Deal parties and roles from the parse where no trigger pattern reads the sentence (invented names).

Every frame of pipelines/extraction/deal_syntax.py (a deal verb or noun) carries its example; each
example must give the deal and the roles listed here, so a frame added without an expected reading
fails the first test.
"""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_syntax import DEAL_VERB_CUE, NOUN_FRAMES, VERB_FRAMES, deals_from_parse
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences

A, T, S, INV, E, P = "acquirer", "target", "seller", "investor", "investee", "partner"
OR, K, F = "Orion Group", "Kestrel Labs", "Fabrikam Holdings"

# each frame's example -> (deal type, roles)
FRAME_EXAMPLES = {
    "Orion Group bought Kestrel Labs from Fabrikam Holdings.": ("acquisition", {OR: A, K: T, F: S}),
    "Fabrikam Holdings sold Kestrel Labs to Orion Group.": ("acquisition", {F: S, K: T, OR: A}),
    "Orion Group invested in Kestrel Labs.": ("investment", {OR: INV, K: E}),
    "Orion Group backed Kestrel Labs last year.": ("investment", {OR: INV, K: E}),
    "Orion Group has partnered with Kestrel Labs.": ("partnership", {OR: P, K: P}),
    "Orion Group will merge with Kestrel Labs.": ("acquisition", {OR: "merging party", K: "merging party"}),
    "Orion Group licensed the molecule from Kestrel Labs.": ("contract", {OR: P, K: P}),
    "Orion Group renewed its licence with Kestrel Labs.": ("contract", {OR: P, K: P}),
    "Kestrel Labs raised $40 million from Orion Ventures.": ("funding", {K: E, "Orion Ventures": INV}),
    "Regulators cleared Orion Group's purchase of Kestrel Labs from Fabrikam Holdings.":
        ("acquisition", {OR: A, K: T, F: S}),
    "Fabrikam Holdings completed the sale of Kestrel Labs to Orion Group.":
        ("acquisition", {F: S, K: T, OR: A}),
    "Orion Group's investment in Kestrel Labs doubled its value.": ("investment", {OR: INV, K: E}),
    "The merger of Orion Group and Kestrel Labs closed in May.":
        ("acquisition", {OR: "merging party", K: "merging party"}),
    "Orion Group announced a partnership with Kestrel Labs.": ("partnership", {OR: P, K: P}),
    "Orion Group signed a memorandum of understanding with Kestrel Labs.":
        ("mou", {OR: "signatory", K: "signatory"}),
    "Orion Group and Kestrel Labs formed a joint venture.": ("joint_venture", {OR: P, K: P}),
    "Orion Group won a contract from Kestrel Labs.": ("contract", {OR: P, K: P}),
    "Orion Ventures led a round in Kestrel Labs.": ("funding", {"Orion Ventures": INV, K: E}),
    "Orion Group won an order for 50 jets from Kestrel Airways.": ("contract", {OR: P, "Kestrel Airways": P}),
}
# forms read by the same frames, beyond their examples
FORMS = {
    "relative object": ("Kestrel Labs, which Orion Group bought in 2019, makes chips.",
                        ("acquisition", {OR: A, K: T})),
    "participle with agent": ("Kestrel Labs, bought by Orion Group in 2019, makes chips.",
                              ("acquisition", {OR: A, K: T})),
    "passive": ("Kestrel Labs was quietly bought last year by Orion Group.", ("acquisition", {OR: A, K: T})),
    "sale announced": ("Orion Group agreed to sell Kestrel Labs to Fabrikam Holdings for $1 billion.",
                       ("acquisition", {OR: S, K: T, F: A})),
    "amount before the noun": ("Kestrel Labs received a $50 million investment from Orion Group.",
                               ("investment", {OR: INV, K: E})),
    "round led by two": ("Kestrel Labs raised $40 million in a round led by Orion Ventures and Fabrikam "
                         "Capital.",
                         ("funding", {K: E, "Orion Ventures": INV, "Fabrikam Capital": INV})),
    "three signatories": ("Orion Group, Kestrel Labs and Fabrikam Holdings signed a memorandum of "
                          "understanding.",
                          ("mou", {OR: "signatory", K: "signatory", F: "signatory"})),
    "joint fund": ("Orion Group and Kestrel Labs are creating a joint fund.",
                   ("joint_venture", {OR: P, K: P})),
    "money into a place": ("Orion Group is putting S$500 million into a hub at Northwind Labs.",
                           ("investment", {OR: INV, "Northwind Labs": E})),
}
# sentences naming two organizations and a deal word that state no deal between them
NO_DEAL = {
    "goods bought": "It is harder for Orion Group to buy high-end chips from Kestrel Labs.",
    "goods sold": "Orion Group sells phones to Kestrel Labs.",
    "round of another": "Orion Group said the round was the largest since Kestrel Labs listed.",
    "investors alone": "The round was led by Orion Ventures and Fabrikam Capital.",
    "in order to": "Orion Group met Kestrel Labs in order to discuss prices.",
    "negated verb": "Unlike Fabrikam Holdings, Orion Group has not invested in Kestrel Labs.",
    "negated light verb": "Orion Group never signed a memorandum of understanding with Kestrel Labs.",
    "orders as a figure": "Orion Group said orders from Kestrel Labs rose 5%.",
    "holding sold": "The gain came from the sale of part of Orion Group's stake in payments company Kestrel "
                    "Labs, which listed in April.",
    "holding told in passing": "Orion Group's 42.6 percent stake in paint maker Kestrel Labs contributed "
                               "$540 million in profit from associates.",
}


def parsed_deals(text: str):
    sentences = split_sentences(text)
    organizations = find_organizations(text, [], [], sentences)
    sentence = parse_sentences(sentences).sentences[0]
    return [
        (deal_type, {m.name: role for m, role in parties})
        for deal_type, parties in deals_from_parse(sentence, organizations.mentions)
    ]


def test_every_frame_example_has_its_reading():
    examples = {frame.example for frame in (*VERB_FRAMES.values(), *NOUN_FRAMES.values())}
    assert examples == set(FRAME_EXAMPLES)


@pytest.mark.parametrize("text", sorted(FRAME_EXAMPLES))
def test_frame_example_gives_its_parties_and_roles(text):
    assert DEAL_VERB_CUE.search(text)
    assert parsed_deals(text) == [FRAME_EXAMPLES[text]]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_form_read_from_the_parse(form):
    text, expected = FORMS[form]
    assert parsed_deals(text) == [expected]


@pytest.mark.parametrize("case", sorted(NO_DEAL))
def test_no_deal_without_two_sides(case):
    assert parsed_deals(NO_DEAL[case]) == []


def test_a_pronoun_stands_for_its_organization_in_the_parse():
    from pipelines.extraction.deals import find_deals

    text = "Orion Group reported results on Monday. It quietly backed Kestrel Labs last year."
    sentences = split_sentences(text)
    organizations = find_organizations(text, [], [], sentences)
    deals = find_deals(text, sentences, organizations, None, (), parse_sentences(sentences))
    assert [(d.deal_type, {p.organization_name: p.role for p in d.participants}) for d in deals] == [
        ("investment", {OR: INV, K: E})
    ]
