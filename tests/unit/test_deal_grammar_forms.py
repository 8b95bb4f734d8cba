"""Deal forms added for issue 11 (deals recall on unseen news), one test per cause, on invented names:
nominal and participial forms with descriptors, sellers after the buyer, joint owners, assets bought
from their owner, stake increases, rounds whose backers are named in later sentences, descriptor names,
more signatories, several targets, denials and speakers."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deals import announced_date
from tests.unit.test_deals import deals_of, parties, roles


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun inside an apposition is never the organization the apposition describes
        (
            "Orion Group grew. The mutual already owns Lumen Technologies, the Oregon insurer it bought for "
            "$5bn in 2016.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        ),
        # a time phrase after the verb: "acquired at the end of 2023"
        (
            "Lumen Technologies, the radio company Orion Group acquired at the end of 2023, grew.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        ),
        # the nominal with descriptor words before the target
        (
            "In 2025 the acquisition of the preschool operator Lumen Technologies by Orion Group was "
            "completed.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        ),
        # the nominal with two targets, an acronym in parentheses (no party of its own)
        (
            "The unit was created through the acquisition of Lumen Technologies and Kestrel Holdings (KH) by "
            "Orion Group in 2021.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "target"},
        ),
        # the participle with a seller after the buyer
        (
            "Lumen Technologies, the tower company acquired by Orion Group from Kestrel Holdings in a deal "
            "valued at $563 million, grew.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        ),
        # an asset (a factory) bought from its owner, described before its name
        (
            "Orion Group agreed to buy a factory in the south from display panel maker Kestrel Holdings for "
            "$5 million.",
            {"Orion Group": "acquirer", "Kestrel Holdings": "seller"},
        ),
        # a stake raised past half is control
        (
            "Orion Group raised its shareholding in Lumen Technologies from 90 per cent to 100 per cent.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        ),
        # several businesses bought at once
        (
            "Orion Group agreed to buy Lumen Technologies and Kestrel Holdings for $2 billion.",
            {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "target"},
        ),
    ],
)
def test_acquisitions_read_from_their_grammar(text, expected):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [("acquisition", expected)]


def test_a_stake_raised_below_half_stays_an_investment():
    deals = deals_of("Orion Group raised its stake in Lumen Technologies to 20 per cent.")
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("investment", {"Orion Group": "investor", "Lumen Technologies": "investee"})
    ]


def test_a_list_of_targets_ends_before_a_new_clause():
    deals = deals_of(
        "Orion Group agreed to buy Lumen Technologies and Kestrel Holdings said it would object."
    )
    assert [parties(d) for d in deals] == [{"Orion Group", "Lumen Technologies"}]


@pytest.mark.parametrize(
    "text",
    [
        "Lumen Pensions, the fund manager that Orion Group owns in equal parts with Kestrel Holdings, grew.",
        "Lumen Pensions, in which Orion Group holds 51 per cent alongside Kestrel Holdings, made a loss.",
        "Orion Group also operates farms through Lumen Farms, its joint venture with the Japanese trading "
        "house Kestrel Holdings, which holds half.",
    ],
)
def test_joint_owners_are_a_joint_venture(text):
    deals = deals_of(text)
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("joint_venture", {"Orion Group", "Kestrel Holdings"})
    ]


def test_a_descriptor_name_before_a_name_is_no_party():
    deals = deals_of(
        "Orion Group signed a memorandum of understanding with Saudi Arabian AI company Kestrel Holdings to "
        "build data centres."
    )
    assert [(d.deal_type, parties(d)) for d in deals] == [("mou", {"Orion Group", "Kestrel Holdings"})]


ROUND = {"Lumen Technologies": "investee"}


@pytest.mark.parametrize(
    "text, investors",
    [
        # the round opened with its investee alone; the backers join by their cues in later sentences
        (
            "Lumen Technologies has raised $120 million, extending its Series C round. Orion Group put in "
            "the largest single cheque, the company said. Kestrel Holdings and Harbor Capital also joined "
            "the round.",
            ["Orion Group", "Kestrel Holdings", "Harbor Capital"],
        ),
        # an apposition between the investee and "raised", and no round word: the amount says it
        (
            "Lumen Technologies, a Denver-based start-up that rents out chips, raised $600m last December. "
            "The round was led by Orion Group, with Kestrel Holdings also taking part.",
            ["Orion Group", "Kestrel Holdings"],
        ),
        # "also took part" followed by a comment on the backers
        (
            "Lumen Technologies raised $50 million in a round led by Orion Group. Kestrel Holdings, Harbor "
            "Capital and Peak Ridge Partners also took part, the latter two as existing backers.",
            ["Orion Group", "Kestrel Holdings", "Harbor Capital", "Peak Ridge Partners"],
        ),
    ],
)
def test_backers_named_after_the_round(text, investors):
    deals = deals_of(text)
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("funding", {**ROUND, **dict.fromkeys(investors, "investor")})
    ]


def test_a_round_without_its_investee_is_no_deal():
    deals = deals_of("Orion Group led the round. Kestrel Holdings also joined the round.")
    assert deals == []


def test_the_speaker_of_a_joined_round_is_no_backer():
    deals = deals_of(
        "Lumen Technologies raised $50 million in a round led by Orion Group. Harbor Capital said Kestrel "
        "Holdings also joined the round."
    )
    assert [parties(d) for d in deals] == [{"Lumen Technologies", "Orion Group", "Kestrel Holdings"}]


def test_more_signatories_named_later():
    deals = deals_of(
        "Orion Group signed a memorandum of understanding with Lumen Technologies on Monday. Kestrel "
        "Holdings and Harbor Capital are also signatories."
    )
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("mou", {"Orion Group", "Lumen Technologies", "Kestrel Holdings", "Harbor Capital"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Orion Group denied that it had quietly backed Lumen Technologies.",
        "Orion Group dismissed reports that it would buy Lumen Technologies.",
    ],
)
def test_a_denied_deal_is_no_deal(text):
    assert deals_of(text) == []


# The full extractor: the parse reads these sentences (the rule-only tests above have no parse)


def test_a_denied_backing_read_from_the_parse_is_no_deal(extractor):
    from tests.unit.extractor_cases import deal_rows

    text = "Kestrel Labs denied that it quietly backed Harbor Robotics, a drone maker."
    assert deal_rows(extractor, text) == []


def test_a_lead_investor_named_with_digits_and_capitals_is_a_party(extractor):
    from tests.unit.extractor_cases import deal_rows

    found = deal_rows(
        extractor,
        "Harbor Robotics has raised $24 million in a Series B round led by 8VC, with Nexus Venture Partners "
        "and Arkam Ventures also taking part.",
    )
    assert found == [
        ("funding", frozenset({"Harbor Robotics", "8VC", "Nexus Venture Partners", "Arkam Ventures"}))
    ]


def test_a_party_and_its_named_agency_both_sign(extractor):
    from tests.unit.extractor_cases import deal_rows

    found = deal_rows(
        extractor,
        "Kestrel Labs signed a contract with Harbor Holdings and its cloud unit, Vale Invest Ltd, for a new "
        "campus.",
    )
    assert found == [("contract", frozenset({"Kestrel Labs", "Harbor Holdings", "Vale Invest"}))]


def test_who_receives_a_stake_is_its_investor(extractor):
    facts = extractor.extract(
        "As part of the payment, Kestrel Life will receive a 16.75% stake in Harbor Investments Holding, the "
        "unit that houses its asset managers."
    )
    assert [(d.deal_type, roles(d)) for d in facts.deals] == [
        ("investment", {"Kestrel Life": "investor", "Harbor Investments Holding": "investee"})
    ]


def test_a_contract_with_its_amount_in_two_currencies_and_a_unit_described_by_its_parent(extractor):
    from tests.unit.extractor_cases import deal_rows

    found = deal_rows(
        extractor,
        "SEOUL (MktWire) -- Harbor Cloud, the cloud computing unit of South Korea's Harbor Corp., signed an "
        "88.5 billion won ($64.6 million) contract with the Ministry of Science and ICT to operate a data "
        "center, MktWire said.",
    )
    assert ("contract", frozenset({"Harbor Cloud", "Ministry of Science and ICT"})) in found


@pytest.mark.parametrize(
    "text",
    [
        "Orion Group said it had signed a letter of intent with Kestrel Holdings and Harbor Capital to reuse "
        "waste heat.",
        "Orion Group said it had signed a strategic cooperation framework agreement on the use of software. "
        "The signatories alongside Orion Group are Kestrel Holdings and Harbor Capital.",
    ],
)
def test_letters_of_intent_and_framework_agreements_are_memoranda(text):
    deals = deals_of(text)
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("mou", {"Orion Group", "Kestrel Holdings", "Harbor Capital"})
    ]


def test_a_cooperation_agreement_stays_a_partnership():
    deals = deals_of("Orion Group signed a cooperation agreement with Kestrel Holdings.")
    assert [d.deal_type for d in deals] == ["partnership"]


@pytest.mark.parametrize(
    "text",
    [
        "The acquisition of Lumen Technologies by Orion Group in 2014 gave it leadership in Canada, and "
        "Kestrel Holdings, a maker of donuts in Spain, was bought by Orion Group in 2016.",
        "Lumen Technologies, a contact-centre specialist acquired by Orion Group in 2024, is now part of its "
        "practice, and Orion Group bought data-privacy consultancy Kestrel Holdings in the same year.",
    ],
)
def test_a_second_purchase_by_the_same_buyer_in_a_later_clause(text):
    deals = deals_of(text)
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("acquisition", {"Orion Group": "acquirer", "Lumen Technologies": "target"}),
        ("acquisition", {"Orion Group": "acquirer", "Kestrel Holdings": "target"}),
    ]


@pytest.mark.parametrize(
    "text, deal_type",
    [
        ("Orion Group signed a new roaming agreement with Kestrel Holdings in October.", "contract"),
        ("Orion Group last year signed a five-year broadcast agreement with Kestrel Holdings.", "contract"),
        ("Orion Group has renewed its lease agreement with Kestrel Holdings.", "contract"),
        # reselling another's goods is a partnership (the gold convention)
        ("Orion Group signed a distribution agreement with Kestrel Holdings last year.", "partnership"),
    ],
)
def test_an_agreement_to_sell_a_service_or_rights_is_a_contract(text, deal_type):
    assert [d.deal_type for d in deals_of(text)] == [deal_type]


def test_the_amount_of_a_deal_valued_at_a_sum():
    deals = deals_of(
        "Lumen Technologies, the tower company acquired by Orion Group from Kestrel Holdings in a deal "
        "valued at $563 million, grew. Kestrel Holdings was valued at $2 billion."
    )
    assert [(d.amount, d.currency) for d in deals] == [(563e6, "USD")]


def test_a_round_told_later_in_the_lead_is_dated_by_the_article():
    deals = deals_of(
        "Lumen Technologies has raised $120 million, extending its Series C round. Orion Group put in the "
        "largest single cheque. Kestrel Holdings also joined the round.",
        date(2024, 4, 2),
    )
    assert [d.announced for d in deals] == [date(2024, 4, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Orion Group, advised by Kestrel Holdings, agreed to buy Lumen Technologies.",
        "Orion Group, advised by Kestrel Holdings and Harbor Capital, agreed to buy Lumen Technologies for "
        "$5 million.",
        "Orion Group agreed to buy Lumen Technologies, advised by Kestrel Holdings.",
    ],
)
def test_an_adviser_is_no_party(text):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [
        ("acquisition", {"Orion Group": "acquirer", "Lumen Technologies": "target"})
    ]


def test_a_name_after_with_is_no_object_of_a_stake():
    text = (
        "Kestrel Holdings and Harbor Capital will each take a 25 per cent stake in the bidding vehicle, with "
        "Orion Group holding the remaining 50 per cent."
    )
    assert deals_of(text) == []


def test_a_pronoun_before_the_name_it_would_stand_for_is_the_articles_organization():
    deals = deals_of(
        "Orion Group grew. Orion Group hired. Kestrel Holdings made a profit. The lender also said it had "
        "raised its shareholding in Kestrel Holdings from 90 per cent to 100 per cent."
    )
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("acquisition", {"Orion Group": "acquirer", "Kestrel Holdings": "target"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lumen Technologies also counts on the support of Orion Group, which invested US$100 million in the "
        "Brazilian carrier in 2015 and remains a shareholder.",
        "Lumen Technologies said Orion Group took a stake in the airline.",
    ],
)
def test_the_described_investee_is_the_organization_in_context(text):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [
        ("investment", {"Orion Group": "investor", "Lumen Technologies": "investee"})
    ]


def test_a_described_investee_is_never_the_investor_itself():
    assert deals_of("Orion Group invested in the company in 2015.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative clause's antecedent is an unnamed unit, not the organization before it
        (
            "Orion Group also relies on a cloud subsidiary, which this month signed a contract with the "
            "Kestrel Agency to host data.",
            [],
        ),
        # the organization's own apposition or ticker before "which" keeps it the antecedent
        (
            "Orion Group also relies on Lumen Cloud, its cloud subsidiary, which this month signed a "
            "contract with the Kestrel Agency to host data.",
            [{"Lumen Cloud", "Kestrel Agency"}],
        ),
        (
            "Orion Group (NYSE: ORG), which this month signed a contract with the Kestrel Agency, grew.",
            [{"Orion Group", "Kestrel Agency"}],
        ),
    ],
)
def test_who_signed_in_a_relative_clause(text, expected):
    assert [parties(d) for d in deals_of(text)] == expected


@pytest.mark.parametrize(
    "sentence, announced",
    [
        # the day a deal told in passing took effect is no announcement
        ("The purchase of B by A was completed on 1 April 2025, adding 38 units.", None),
        ("The business was sold to A in a deal worth $2 billion that closed on May 1.", None),
        # the day the company says it completed the deal is the news
        ("A said on 2 July 2025 it had completed its merger with B.", date(2025, 7, 2)),
    ],
)
def test_a_completion_date_told_in_passing_is_no_announcement(sentence, announced):
    assert announced_date(sentence, date(2025, 8, 10)) == announced
