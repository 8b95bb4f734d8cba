"""Deal triggers, parties, dates and amounts on small self-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deals import announced_date, find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.sentences import split_sentences


def deals_of(text: str, published: date | None = None, ner=()):
    sentences = split_sentences(text)
    organizations = find_organizations(text, ner, [], sentences)
    return find_deals(text, sentences, organizations, published)


def parties(deal) -> set[str]:
    return {p.organization_name for p in deal.participants}


def test_mou_with_government():
    deals = deals_of(
        "Microsoft signed a memorandum of understanding with the Indonesian government on Tuesday.",
        date(2024, 5, 2),
    )
    assert len(deals) == 1
    assert deals[0].deal_type == "mou"
    assert parties(deals[0]) == {"Microsoft", "Indonesian government"}
    assert deals[0].announced == date(2024, 4, 30)


def test_funding_round_led_by_investor():
    deals = deals_of("Grab raised $1 billion in a funding round led by SoftBank.")
    assert deals[0].deal_type == "funding"
    roles = {p.organization_name: p.role for p in deals[0].participants}
    assert roles == {"Grab": "investee", "SoftBank": "investor"}
    assert (deals[0].amount, deals[0].currency) == (1e9, "USD")


def test_acquisition_with_amount_and_explicit_date():
    text = "Siemens agreed to acquire Altair Engineering Inc for $10 billion on October 30, 2024."
    deals = deals_of(text)
    assert deals[0].deal_type == "acquisition"
    roles = {p.organization_name: p.role for p in deals[0].participants}
    assert roles == {"Siemens": "acquirer", "Altair Engineering": "target"}
    assert deals[0].amount == 10e9 and deals[0].currency == "USD"
    assert deals[0].announced == date(2024, 10, 30)


def test_apposition_is_not_a_party_and_pronoun_is_the_subject():
    text = (
        "Orion Pay, the payments affiliate of Marlin Group, will invest $50 million in Lark Bank. "
        "Last week it also agreed to buy Heron Software Co Ltd."
    )
    deals = deals_of(text)
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("investment", {"Orion Pay", "Lark Bank"}),
        ("acquisition", {"Orion Pay", "Heron Software"}),
    ]


def test_coordinated_subjects_and_joint_venture():
    text = "Lark Bank and internet company Zenlayer won approval to set up a direct bank together."
    deals = deals_of(text, ner=[(text.index("Zenlayer"), text.index("Zenlayer") + 8, "ORG")])
    assert deals[0].deal_type == "joint_venture"
    assert parties(deals[0]) == {"Lark Bank", "Zenlayer"}


def test_same_deal_told_twice_is_merged_with_most_specific_type():
    text = (
        "Kestrel Bank partnered with Orion Capital Ltd. "
        "Orion Capital will invest $20 million in Kestrel Bank as part of the partnership."
    )
    deals = deals_of(text)
    assert len(deals) == 1
    assert deals[0].deal_type == "investment"
    assert deals[0].amount == 20e6


def test_evidence_is_exact_substring():
    text = "Intro line.\n\nHexa Networks teamed up with Kestrel Bank to build a payments cloud."
    deals = deals_of(text)
    evidence = deals[0].evidence
    assert text[evidence.start : evidence.end] == evidence.text
    assert "teamed up" in evidence.text


def test_no_deal_without_two_organizations():
    assert deals_of("Hexa Networks signed a partnership agreement to expand in Asia.") == []
    assert deals_of("Hexa Networks and its rivals compete fiercely.") == []


def test_weekday_resolves_against_publish_date_only():
    published = date(2017, 6, 24)  # a Saturday
    assert announced_date("The companies said on Thursday that they agreed.", published) == date(2017, 6, 22)
    assert announced_date("The companies said on Saturday that they agreed.", published) == published
    assert announced_date("The companies said on Thursday that they agreed.", None) is None
    assert announced_date("In March, they struck an agreement.", published) is None


def test_explicit_dates_and_datelines():
    assert announced_date("The deal was signed on Tuesday, July 28, at a summit.", date(2020, 7, 28)) == date(
        2020, 7, 28
    )
    assert announced_date("SINGAPORE, 28 February 2018 - The partners met.", None) is None
    assert announced_date("They signed it on 3 March 2019.", None) == date(2019, 3, 3)


def test_today_in_a_press_release_takes_the_dateline_date():
    sentence = (
        "NANJING, China, March 4, 2023 /PRNewswire/ -- Hexa Energy today announced a pact with Lark Bank."
    )
    assert announced_date(sentence, None) == date(2023, 3, 4)
    assert announced_date("BEIJING, Jan. 6 -- Lark Bank and Hexa won approval.", date(2017, 1, 6)) is None


def test_pronoun_after_a_speaker_is_that_speaker():
    text = (
        "Meanwhile, Orion Pay invested in Lark Bank, and Hexa Networks said it had acquired "
        "Heron Software Ltd."
    )
    deals = deals_of(text)
    assert {(d.deal_type, frozenset(parties(d))) for d in deals} == {
        ("investment", frozenset({"Orion Pay", "Lark Bank"})),
        ("acquisition", frozenset({"Hexa Networks", "Heron Software"})),
    }


def test_amount_belongs_to_its_own_clause():
    text = "It agreed to buy Heron Software Ltd for $80 million, and Orion Pay put money into Lark Bank."
    deals = {frozenset(parties(d)): d for d in deals_of("Hexa Networks grew. " + text)}
    assert deals[frozenset({"Hexa Networks", "Heron Software"})].amount == 80e6
    assert deals[frozenset({"Orion Pay", "Lark Bank"})].amount is None


def test_received_investment_reverses_roles():
    deals = deals_of(
        "Westgate Growth Fund said it had received an investment of $12 million from Orion Capital."
    )
    roles = {p.organization_name: p.role for p in deals[0].participants}
    assert roles == {"Orion Capital": "investor", "Westgate Growth Fund": "investee"}
    assert deals[0].amount == 12e6


def test_offer_and_stake_purchase_and_picked_partner():
    text = (
        "Lark Bank has made an offer for Heron Software Ltd worth $5 million. "
        "Orion Capital completed its purchase of a 12.5% stake in Kestrel Bank, "
        "valuing the target at $9 billion. "
        "Sable Bank has picked Hexa Networks as its technology partner for a lending platform."
    )
    deals = {frozenset(parties(d)): d for d in deals_of(text)}
    assert deals[frozenset({"Lark Bank", "Heron Software"})].deal_type == "acquisition"
    stake = deals[frozenset({"Orion Capital", "Kestrel Bank"})]
    assert stake.deal_type == "investment" and stake.amount is None  # a valuation is not the price
    assert deals[frozenset({"Sable Bank", "Hexa Networks"})].deal_type == "partnership"


def test_job_title_partner_is_not_a_deal():
    text = "Lark Bank grew fast, said Ann Ko, a partner with Orion Capital."
    assert deals_of(text) == []


def test_headline_round_merges_into_the_fuller_story():
    text = (
        "Zenlayer raises $50 million in round led by Anatole Capital\n\n"
        "Zenlayer has raised $50 million in a funding round led by Anatole Capital, with participation "
        "from Prosperity Ventures."
    )
    deals = deals_of(text, ner=[(0, 8, "ORG")])
    assert len(deals) == 1
    roles = {p.organization_name: p.role for p in deals[0].participants}
    assert roles == {"Zenlayer": "investee", "Anatole Capital": "investor", "Prosperity Ventures": "investor"}


def test_ended_or_denied_deals_are_not_deals():
    assert deals_of("Hexa Networks ended its partnership with Lark Bank last year.") == []
    assert deals_of("Hexa Networks has no plans to acquire Lark Bank, a spokesman said.") == []
    assert len(deals_of("Hexa Networks agreed to acquire Lark Bank.")) == 1


def test_more_ways_to_state_a_deal():
    text = (
        "Hexa Networks inks pact with Lark Bank\n\n"
        "The partnership between Orion Capital and Sable Bank will focus on payments. "
        "Lumen Motors signed a deal to supply Harbor Transit with 500 buses. "
        "Nimbus Cloud has been selected by Redwood Insurance as its cloud provider. "
        "Granite Foods merged with Summit Dairy in 2019."
    )
    found = {(d.deal_type, frozenset(parties(d))) for d in deals_of(text)}
    assert found == {
        ("partnership", frozenset({"Hexa Networks", "Lark Bank"})),
        ("partnership", frozenset({"Orion Capital", "Sable Bank"})),
        ("contract", frozenset({"Lumen Motors", "Harbor Transit"})),
        ("contract", frozenset({"Redwood Insurance", "Nimbus Cloud"})),
        ("acquisition", frozenset({"Granite Foods", "Summit Dairy"})),
    }


def test_each_clause_has_its_own_subject():
    text = (
        "Orion Pay said it would spend $10 million on drones, and ride-hailing giant Zoomcar Chuxing "
        "struck a deal with Lark Bank to develop a car loan."
    )
    ner = [(text.index("Zoomcar Chuxing"), text.index("Zoomcar Chuxing") + 15, "PERSON")]
    found = {(d.deal_type, frozenset(parties(d))) for d in deals_of(text, ner=ner)}
    assert found == {("partnership", frozenset({"Zoomcar Chuxing", "Lark Bank"}))}


def test_amount_in_the_next_sentence_about_the_same_deal():
    text = (
        "Orion Logistics said on Monday it had agreed to acquire Sable Freight GmbH. "
        "The deal values the company at 900 million euros including debt."
    )
    deals = deals_of(text)
    assert deals[0].deal_type == "acquisition"
    assert (deals[0].amount, deals[0].currency) == (900e6, "EUR")


def test_contract_worth_amount_with_customer():
    deals = deals_of(
        "Zensar Technologies signed a three-year contract worth about $80 million with Lufthansa Group."
    )
    assert deals[0].deal_type == "contract"
    assert parties(deals[0]) == {"Zensar Technologies", "Lufthansa Group"}


def test_sale_of_a_business_to_a_buyer_is_an_acquisition():
    deals = deals_of(
        "Last year Arvana Systems sold its storage business to Kelvin Technologies for $900 million."
    )
    assert deals[0].deal_type == "acquisition"
    assert parties(deals[0]) == {"Arvana Systems", "Kelvin Technologies"}


def test_later_investors_join_the_round_and_joined_round_for():
    deals = deals_of(
        "Parcelo Technologies has raised $50 million in a Series B round led by Lightwave Ventures. "
        "Ember Capital and Harbor Bank also joined the round. "
        "In 2023 Lightwave Ventures joined a funding round for Quokka Pay."
    )
    rounds = {frozenset(parties(d)) for d in deals if d.deal_type == "funding"}
    assert frozenset({"Parcelo Technologies", "Lightwave Ventures", "Ember Capital", "Harbor Bank"}) in rounds
    assert frozenset({"Lightwave Ventures", "Quokka Pay"}) in rounds


def test_jointly_invest_is_a_partnership():
    deals = deals_of(
        "Hitachi Rail Group and Sumitomo Electric Industries said they would jointly invest $1 billion "
        "in research."
    )
    assert deals[0].deal_type == "partnership"
    assert parties(deals[0]) == {"Hitachi Rail Group", "Sumitomo Electric Industries"}


@pytest.mark.parametrize(
    "joining, joins",
    [
        ("Harbor Bank also took part.", True),
        ("Harbor Bank, an earlier investor, also put in more money.", True),
        ("Harbor Bank also participated.", True),
        # a new sentence about the backer, not a further investment in the round
        ("Harbor Bank took part in a conference.", False),
        ("Harbor Bank also put in a bid for Quokka Pay.", False),
    ],
)
def test_a_backer_that_also_took_part_joins_the_round(joining, joins):
    deals = deals_of(
        "Parcelo Technologies has raised $50 million in a Series B round led by Lightwave Ventures. "
        + joining
    )
    rounds = [parties(d) for d in deals if d.deal_type == "funding"]
    assert ("Harbor Bank" in rounds[0]) is joins


# One example per grammar-decided trigger (ROLE_TRIGGERS), in the order of the table: (text, type, roles)
ROLE_EXAMPLES = [
    (
        "Lumen Technologies, which Orion Group acquired for $1.5 billion last year, grew quickly.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Lumen Technologies, which was acquired by Orion Group in 2020, grew quickly.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group also owns Lumen Technologies, the analytics maker it bought in 2011.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "The board approved an agreement under which Orion Group will supply chips to Lumen Technologies.",
        "contract",
        {"Orion Group": "partner", "Lumen Technologies": "partner"},
    ),
    (
        "Kestrel Holdings, the joint venture Orion Group operates with Lumen Technologies, grew quickly.",
        "joint_venture",
        {"Orion Group": "partner", "Lumen Technologies": "partner"},
    ),
    (
        "Orion Group has signed a five-year contract to supply chips to Lumen Technologies.",
        "contract",
        {"Orion Group": "partner", "Lumen Technologies": "partner"},
    ),
    (
        "Orion Group, which acquired Germany's Lumen Technologies in 2020, grew quickly.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "It will also repay a $700 million debt facility that Lumen Technologies secured from Orion Group "
        "in February.",
        "funding",
        {"Orion Group": "investor", "Lumen Technologies": "investee"},
    ),
    (
        "Orion Group, which invested $100 million in Lumen Bank in 2015, is its largest shareholder.",
        "investment",
        {"Orion Group": "investor", "Lumen Bank": "investee"},
    ),
    (
        "Lumen Bank, in which Orion Group had bought a 9.9% stake, collapsed.",
        "investment",
        {"Orion Group": "investor", "Lumen Bank": "investee"},
    ),
    (
        "Lumen Bank, the Oslo lender in which Orion Group acquired a 51% stake in 2019, collapsed.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Bank": "target"},
    ),
    (
        "Orion Group purchased a 51% interest in the mine from Kestrel Holdings in 2023.",
        "acquisition",
        {"Orion Group": "acquirer", "Kestrel Holdings": "seller"},
    ),
    (
        "As part of the deal, Orion Group paid Kestrel Holdings $690 million in cash for half of its "
        "interest in the mine.",
        "acquisition",
        {"Orion Group": "acquirer", "Kestrel Holdings": "seller"},
    ),
    (
        "The acquisition of 60% equity interest in Lumen Technologies by Orion Group was completed.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "The acquisition of a 49% stake in Lumen Technologies by Orion Group made them partners.",
        "investment",
        {"Orion Group": "investor", "Lumen Technologies": "investee"},
    ),
    (
        "The acquisition of Lumen Technologies by Orion Group, Kestrel Holdings and Harbor Bank closed.",
        "acquisition",
        {
            "Orion Group": "acquirer",
            "Kestrel Holdings": "acquirer",
            "Harbor Bank": "acquirer",
            "Lumen Technologies": "target",
        },
    ),
    (
        "Lumen Technologies was bought by Orion Group from Kestrel Holdings in 2017.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
    ),
    (
        "Orion Group is growing. Its purchase of Lumen Technologies, completed in 2021, helped.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group is growing. Lumen Energy, its joint venture with Kestrel Holdings, is profitable.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group's partnership with Kestrel Holdings has grown.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group's ticketing agreement with Kestrel Holdings runs to 2032.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group's merger with Kestrel Holdings took effect in January.",
        "acquisition",
        {"Orion Group": "acquirer", "Kestrel Holdings": "target"},
    ),
    (
        "Orion Group's shirt sponsorship of Kestrel Holdings, agreed in 2020, ended last year.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group also runs Lumen Bank in Kenya, a joint venture with Kestrel Holdings.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Lumen Technologies, the banking platform Orion Group runs with Kestrel Bank, grew.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Bank": "partner"},
    ),
    (
        "Sales rose on a contract signed in May with Kestrel Holdings, under which Orion Group will supply.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group, the cosmetics group, agreed on Wednesday to sell Lumen Technologies to German private "
        "equity firm Kestrel Holdings for $200 million.",
        "acquisition",
        {"Kestrel Holdings": "acquirer", "Lumen Technologies": "target", "Orion Group": "seller"},
    ),
    (
        "The merger of Lumen Bank and Kestrel Bank closed in April.",
        "acquisition",
        {"Lumen Bank": "merging party", "Kestrel Bank": "merging party"},
    ),
    (
        "A 200 MW contract was awarded to Orion Group by Kestrel Holdings in February.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Lumen Pensions, the fund manager that Orion Group owns in equal parts with Kestrel Holdings, grew.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
    ),
    (
        "Orion Group took Lumen Technologies private in 2018.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "The contract, which Kestrel Holdings awarded to Orion Group after a tender, is worth $9 million.",
        "contract",
        {"Kestrel Holdings": "partner", "Orion Group": "partner"},
    ),
]


def roles(deal) -> dict[str, str]:
    return {p.organization_name: p.role for p in deal.participants}


def test_every_role_trigger_has_an_example():
    from pipelines.extraction.deals import ROLE_TRIGGERS

    assert len(ROLE_TRIGGERS) == len(ROLE_EXAMPLES)


@pytest.mark.parametrize("text, deal_type, expected", ROLE_EXAMPLES)
def test_grammar_decides_who_is_who(text, deal_type, expected):
    deals = deals_of(text)
    assert [(d.deal_type, roles(d)) for d in deals] == [(deal_type, expected)]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause without a purchase
        "Lumen Technologies, which Orion Group supplies with chips, grew quickly.",
        "Lumen Bank, in which Orion Group keeps its deposits, collapsed.",
        "The merger of Lumen Bank's two units closed in April, said Kestrel Bank.",
    ],
)
def test_relative_and_nominal_clauses_without_a_deal(text):
    assert [d for d in deals_of(text) if d.deal_type in ("acquisition", "investment")] == []


def test_sellers_co_buyers_and_controlling_stakes():
    deals = deals_of(
        "Orion Group (NYSE: ORG) and Kestrel Holdings today announced a definitive agreement to acquire "
        "Lumen Technologies, a data centre operator, from Harbor Capital and Peak Ridge Partners."
    )
    assert roles(deals[0]) == {
        "Orion Group": "acquirer",
        "Kestrel Holdings": "acquirer",
        "Lumen Technologies": "target",
        "Harbor Capital": "seller",
        "Peak Ridge Partners": "seller",
    }
    deals = deals_of(
        "Harbor Capital acquired its majority stake in Lumen Technologies in 2020 alongside Kestrel Holdings."
    )
    assert [(d.deal_type, roles(d)) for d in deals] == [
        (
            "acquisition",
            {"Harbor Capital": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "acquirer"},
        )
    ]
    deals = deals_of(
        "Harbor Capital co-led a $40 million round in Lumen Technologies in May with Kestrel Holdings."
    )
    assert parties(deals[0]) == {"Harbor Capital", "Lumen Technologies", "Kestrel Holdings"}
    # a minority stake stays an investment; "from" a place is no seller
    deals = deals_of("Harbor Capital bought a 10% stake in Lumen Technologies from London.")
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("investment", {"Harbor Capital", "Lumen Technologies"})
    ]


def test_a_completed_merger_of_their_businesses_is_a_joint_venture():
    deals = deals_of(
        "Orion Group and Kestrel Holdings have completed the merger of their UK mobile businesses."
    )
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("joint_venture", {"Orion Group", "Kestrel Holdings"})
    ]


# One example per AGENTLESS rule: the unnamed side is the article's organization (named most often)
AGENTLESS_EXAMPLES = [
    (
        "Orion Group grew. Orion Group hired. Lumen Technologies, acquired for $800 million in 2020, is now "
        "part of its cloud line.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group grew. Orion Group hired. Lumen Technologies, bought from Kestrel Holdings in 2023, "
        "makes software.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
    ),
    (
        "Orion Group grew. Orion Group hired. Sales at the Lumen Technologies chain bought in 2023 fell.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group grew. Orion Group hired. The filing notes the completion of the acquisition of Lumen "
        "Technologies from Kestrel Holdings last year.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
    ),
    (
        "Orion Group grew. Orion Group hired. Lumen Technologies, sold to Kestrel Holdings for $8 billion, "
        "left the group.",
        {"Orion Group": "seller", "Lumen Technologies": "target", "Kestrel Holdings": "acquirer"},
    ),
    (
        "Orion Group grew. Orion Group hired. Game developer Lumen Technologies was acquired in 2021 for "
        "$500 million upfront.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
    ),
    (
        "Orion Group grew. Orion Group hired. The controlling stake in Lumen Technologies was purchased from "
        "Kestrel Holdings in 2012.",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
    ),
    (
        "Orion Group grew. Orion Group hired. The motors businesses bought from Kestrel Holdings for "
        "$400 million last year added to sales.",
        {"Orion Group": "acquirer", "Kestrel Holdings": "seller"},
    ),
]


def test_every_agentless_rule_has_an_example():
    from pipelines.extraction.deals import AGENTLESS

    assert len(AGENTLESS) == len(AGENTLESS_EXAMPLES)


@pytest.mark.parametrize("text, expected", AGENTLESS_EXAMPLES)
def test_the_unnamed_side_is_the_articles_organization(text, expected):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [("acquisition", expected)]


def test_the_unnamed_buyer_is_the_buyer_named_in_the_same_sentence():
    text = (
        "Kestrel Holdings grew. Kestrel Holdings hired. Kestrel Holdings won. The unit, built around "
        "Lumen Technologies, acquired by Orion Group in 2022, and the Harbor Bank chain bought in 2023, lost."
    )
    assert sorted(sorted(parties(d)) for d in deals_of(text)) == [
        ["Harbor Bank", "Orion Group"],
        ["Lumen Technologies", "Orion Group"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a product or figure bought, not an organization; a deal that did not happen
        "Orion Group grew. Orion Group hired. Lumen Technologies, which it supplies, bought chips.",
        "Orion Group grew. Orion Group hired. Lumen Technologies, never acquired in 2020, is free.",
    ],
)
def test_no_agentless_deal_without_a_business_changing_hands(text):
    assert deals_of(text) == []


@pytest.mark.parametrize(
    "text, deal_type, expected",
    [
        (
            "Orion Group has a contract with Kestrel Holdings to supply software.",
            "contract",
            {"Orion Group", "Kestrel Holdings"},
        ),
        (
            "Orion Group agreed to buy more than $100 million worth of recycled fibre from Kestrel Holdings.",
            "contract",
            {"Orion Group", "Kestrel Holdings"},
        ),
        (
            "Orion Group is also a joint owner, with Kestrel Holdings, of the grocery business.",
            "joint_venture",
            {"Orion Group", "Kestrel Holdings"},
        ),
        (
            "In 2023 Orion Group bought a 90.01% stake in Kestrel Holdings.",
            "acquisition",
            {"Orion Group", "Kestrel Holdings"},
        ),
        (
            "Orion Group and Harbor Bank agreed to acquire the Lumen brand and app from Kestrel Holdings.",
            "acquisition",
            {"Orion Group", "Harbor Bank", "Kestrel Holdings"},
        ),
    ],
)
def test_more_deal_cues(text, deal_type, expected):
    assert [(d.deal_type, parties(d)) for d in deals_of(text)] == [(deal_type, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Orion Group has a contract dispute with Kestrel Holdings.",  # no contract between them
        "Orion Group agreed to buy chips from Kestrel Holdings.",  # goods from a supplier, no worth stated
        "Orion Group is the joint owner of a patent.",
    ],
)
def test_more_deal_cues_negative(text):
    assert deals_of(text) == []


def test_a_stake_of_half_or_less_stays_an_investment():
    deals = deals_of("In 2023 Orion Group bought a 49.9% stake in Kestrel Holdings.")
    assert [d.deal_type for d in deals] == ["investment"]


def test_the_two_companies_are_the_pair_of_the_last_deal():
    text = (
        "Orion Group and Harbor Bank have agreed to acquire the Lumen brand from Kestrel Holdings. "
        "The two companies are also creating a joint venture, Lumen Africa."
    )
    assert [(d.deal_type, parties(d)) for d in deals_of(text)] == [
        ("acquisition", {"Orion Group", "Harbor Bank", "Kestrel Holdings"}),
        ("joint_venture", {"Orion Group", "Harbor Bank"}),
    ]


def test_its_after_a_speaker_with_a_time_phrase_is_the_speaker():
    text = (
        "LONDON, May 3 (Harbor News) - Orion Group said on Friday it had completed its acquisition of "
        "Lumen Technologies."
    )
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [
        ("acquisition", {"Orion Group": "acquirer", "Lumen Technologies": "target"})
    ]


def test_seller_after_an_apposition_that_names_other_things():
    text = (
        "Orion Group agreed to acquire Lumen Technologies, a developer that ports games to Kestrel Holdings "
        "consoles, from Sweden's Harbor Capital."
    )
    assert [roles(d) for d in deals_of(text)] == [
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Harbor Capital": "seller"}
    ]


def test_selling_products_to_a_customer_is_no_sale_of_a_business():
    assert deals_of("Orion Group sells its radios to Kestrel Holdings.") == []


def test_the_venture_named_before_joint_venture_is_no_partner():
    text = "Orion Group is growing. Its Lumen Energy joint venture with Kestrel Holdings opened a mine."
    assert [(d.deal_type, parties(d)) for d in deals_of(text)] == [
        ("joint_venture", {"Orion Group", "Kestrel Holdings"})
    ]


@pytest.mark.parametrize("text", [
    "Orion Group said it completed the formation of the Lumen Energy Corp. joint venture with Kestrel "
    "Holdings.",
    "Orion Group grew. Fabrikam Holdings's Harbor Bank unit and the Nord project are now held by Lumen "
    "Energy Corp., a joint venture in which each company owns 50%.",
])
def test_a_venture_named_next_to_joint_venture_is_no_partner(text):
    assert "Lumen Energy" not in {n for d in deals_of(text) for n in parties(d)}


def test_a_venture_and_a_purchase_between_the_same_pair_are_two_deals():
    text = (
        "Orion Group completes formation of Lumen Energy joint venture with Kestrel Holdings. As part of the "
        "transaction, Kestrel Holdings paid Orion Group $690 million in cash for half of its interest."
    )
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [
        ("joint_venture", {"Orion Group": "partner", "Kestrel Holdings": "partner"}),
        ("acquisition", {"Kestrel Holdings": "acquirer", "Orion Group": "seller"}),
    ]


def test_a_unit_bought_leaves_its_parent_as_seller():
    deals = deals_of("Lumen Data, a unit of Kestrel Holdings, was sold to Orion Group for $35 million.")
    assert [roles(d) for d in deals] == [
        {"Orion Group": "acquirer", "Lumen Data": "target", "Kestrel Holdings": "seller"}
    ]
    # a unit of the buyer itself: no seller
    deals = deals_of("Orion Group grew. Lumen Data, a unit of Orion Group, was acquired by Orion Group in "
                     "2019.")
    assert [roles(d) for d in deals] == [{"Orion Group": "acquirer", "Lumen Data": "target"}]


def test_descriptor_words_before_the_venture_partner():
    text = (
        "Orion Group is growing. Its Lumen Energy joint venture with Chilean miner Kestrel Holdings opened."
    )
    assert [(d.deal_type, parties(d)) for d in deals_of(text)] == [
        ("joint_venture", {"Orion Group", "Kestrel Holdings"})
    ]


def test_a_lead_deal_without_a_date_was_announced_on_the_publish_date():
    published = date(2024, 3, 6)
    text = ("Kestrel Labs has agreed to buy Orion Group for $2 billion. Analysts welcomed it. "
            "Orion Group was founded in 1990. The buyers said little. Kestrel Labs bought Fabrikam Holdings.")
    found = {frozenset(parties(d)): d.announced for d in deals_of(text, published)}
    assert found[frozenset({"Kestrel Labs", "Orion Group"})] == published
    assert found[frozenset({"Kestrel Labs", "Fabrikam Holdings"})] is None  # told later: its date is unknown


@pytest.mark.parametrize("lead", [
    "Kestrel Labs bought Orion Group in 2019 for $2 billion.",
    "Kestrel Labs bought Orion Group last year for $2 billion.",
    "Kestrel Labs and Orion Group won the regulator's approval to set up a bank.",
])
def test_a_lead_deal_placed_in_the_past_takes_no_publish_date(lead):
    deals = deals_of(lead, date(2024, 3, 6))
    assert len(deals) == 1 and deals[0].announced is None


def test_an_investment_as_part_of_a_round_is_the_round():
    deals = deals_of(
        "Orion Group has invested $15 million in Kestrel Labs as part of a $40 million Series B round. "
        "The rest came from existing shareholders, with Fabrikam Capital and Lumen Ventures among the "
        "investors taking part."
    )
    assert [(d.deal_type, d.amount) for d in deals] == [("funding", 40e6)]
    assert {p.organization_name: p.role for p in deals[0].participants} == {
        "Orion Group": "investor", "Kestrel Labs": "investee", "Fabrikam Capital": "investor",
        "Lumen Ventures": "investor",
    }


def test_a_date_the_story_states_beats_the_publish_date_of_the_headline():
    published = date(2017, 6, 24)  # a Saturday
    text = ("Kestrel Labs, Orion Bank team up in payments\n\nKestrel Labs and Orion Bank said on Thursday "
            "that they will jointly build a payments platform.")
    deals = deals_of(text, published)
    assert [d.announced for d in deals] == [date(2017, 6, 22)]


@pytest.mark.parametrize("opening", [
    "The lender, acquired for $2 billion in 2019, is part of Orion Group.",
    "The carrier has agreed to merge with Orion Group.",
])
def test_a_sentence_opening_with_a_described_organization_speaks_of_the_one_in_context(opening):
    deals = deals_of("Fabrikam Holdings reported a loss on Monday. " + opening)
    assert [parties(d) for d in deals] == [{"Fabrikam Holdings", "Orion Group"}]


# Forms met on news nobody here had read (issue 11), each with its example and the roles it gives.
UNSEEN_FORMS = [
    pytest.param(
        "Orion Group said on Wednesday that it had completed its acquisition of Lumen Technologies from "
        "Kestrel Holdings.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="possessive-purchase-with-seller",
    ),
    pytest.param(
        "Orion Group won approval to buy Lumen Technologies.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="approval-to-buy",
    ),
    pytest.param(
        "Orion Group snapped up Lumen Technologies in 2021.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="snapped-up",
    ),
    pytest.param(
        "Orion Group will take over rival Lumen Technologies next year.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="take-over",
    ),
    pytest.param(
        "Lumen Technologies, the Madrid-based insurer acquired by Orion Group in 2020, grew.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="participial-after-a-descriptor",
    ),
    pytest.param(
        "Harbor Capital bought a 76% stake in Lumen Technologies from the Kestrel Holdings for $60 million.",
        "acquisition",
        {"Harbor Capital": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="majority-stake-from-the-seller",
    ),
    pytest.param(
        "Orion Group agreed to buy Lumen Technologies for $500 million. The seller is Kestrel Holdings.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="seller-in-the-next-sentence",
    ),
    pytest.param(
        "Orion Group agreed to buy Lumen Technologies. Kestrel Holdings was the seller.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="seller-as-subject-in-the-next-sentence",
    ),
    pytest.param(
        "Goldman Sachs advised Orion Group on its purchase of Lumen Technologies.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="adviser-is-no-buyer",
    ),
    pytest.param(
        "Harbor Capital subscribed for new shares and now holds 29.3% of Lumen Technologies.",
        "investment",
        {"Harbor Capital": "investor", "Lumen Technologies": "investee"},
        id="share-subscription",
    ),
    pytest.param(
        "Lumen Energy, the fuel group controlled jointly by Orion Group and Kestrel Holdings, fell.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="jointly-controlled-venture",
    ),
    pytest.param(
        "Orion Group said it has a joint development agreement on hybrid bonding with Kestrel Holdings.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="has-an-agreement-on-a-topic-with",
    ),
    pytest.param(
        "Orion Group has renewed its tower lease agreements with Kestrel Holdings, extending them to 2032.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="renewed-lease-agreements",
    ),
    pytest.param(
        "Orion Group completed the sale of its corn business in South America to the seed company "
        "Kestrel Holdings.",
        "acquisition",
        {"Kestrel Holdings": "acquirer", "Orion Group": "target"},
        id="sale-of-a-business-in-a-region",
    ),
    pytest.param(
        "Orion Group reported results. Orion Group hired staff. We also signed a supply agreement with "
        "Kestrel Holdings last year.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="first-person-is-the-articles-organization",
    ),
    pytest.param(
        "Orion Group agreed in the spring to sell its 49% stake in its corn joint venture, Lumen Energy, "
        "to its partner Kestrel Holdings.",
        "acquisition",
        {"Kestrel Holdings": "acquirer", "Lumen Energy": "target", "Orion Group": "seller"},
        id="stake-in-a-venture-sold-to-the-partner",
    ),
    pytest.param(
        "Orion Group and Kestrel Bank said their boards had approved a merger of equals.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Bank": "partner"},
        id="merger-of-equals",
    ),
    pytest.param(
        "Orion Group agreed a merger of equals with Kestrel Bank.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Bank": "partner"},
        id="merger-of-equals-with",
    ),
    pytest.param(
        "When the merger of Orion Group and Kestrel Bank closed in April, creating Lumen Bank, it grew.",
        "acquisition",
        {"Orion Group": "merging party", "Kestrel Bank": "merging party"},
        id="a-plain-merger-stays-an-acquisition",
    ),
    # round 2 on blind10/blind11 (issue 11): forms any outlet writes, each with its example
    pytest.param(
        "Lumen Technologies, the industrial distributor it had spun off, was bought back by Orion Group "
        "in 2020.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target"},
        id="bought-back-by",
    ),
    pytest.param(
        "Harbor Capital had itself bought Lumen Technologies from the Franco-Belgian lender Kestrel Holdings "
        "in 2012.",
        "acquisition",
        {"Harbor Capital": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="seller-after-descriptor-words",
    ),
    pytest.param(
        "Orion Group agreed to buy Lumen Technologies. The seller is the US investment firm Kestrel "
        "Holdings, which had held a majority stake since 2019.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="seller-named-with-a-long-descriptor",
    ),
    pytest.param(
        "Orion Group agreed to buy Lumen Technologies. The sellers are a consortium of investors led by "
        "private equity firm Kestrel Holdings.",
        "acquisition",
        {"Orion Group": "acquirer", "Lumen Technologies": "target", "Kestrel Holdings": "seller"},
        id="sellers-a-consortium-led-by",
    ),
    pytest.param(
        "Tessaly Robotics raised $40 million in a round led by Peak Ridge Capital. Existing backers Bluefin "
        "Ventures and Harbor Capital put in money as well.",
        "funding",
        {"Tessaly Robotics": "investee", "Peak Ridge Capital": "investor", "Bluefin Ventures": "investor",
         "Harbor Capital": "investor"},
        id="backers-put-in-money-as-well",
    ),
    pytest.param(
        "Orion Group reported results. In Kenya, the start-up signed a memorandum of understanding with "
        "Kestrel Holdings.",
        "mou",
        {"Orion Group": "signatory", "Kestrel Holdings": "signatory"},
        id="described-organization-after-an-opening-phrase",
    ),
    pytest.param(
        "Lumen Motors, set up by Orion Group and Kestrel Holdings in 2019, builds cars.",
        "joint_venture",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="company-set-up-by-two-organizations",
    ),
    pytest.param(
        "A connectivity agreement was signed on Monday by Orion Group, which runs the network, and the "
        "Kestrel Holdings (KH). The first banks are Harbor Bank, Lumen Bank and Fabrikam Bank (FB), which "
        "signed the agreement alongside the two operators.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner", "Harbor Bank": "partner",
         "Lumen Bank": "partner", "Fabrikam Bank": "partner"},
        id="agreement-signed-by-and-later-signatories",
    ),
    pytest.param(
        "Orion Group signed a three-year sponsorship deal with Kestrel Holdings.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="sponsorship-deal-with",
    ),
    pytest.param(
        "Since 2021 Orion Group has sponsored Kestrel Holdings.",
        "contract",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="sponsors",
    ),
    pytest.param(
        "Under a partnership with Kestrel Holdings, Orion Group will sell insurance.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="partnership-noun-fronted",
    ),
    pytest.param(
        "Orion Group grew. The partnership with Kestrel Holdings will bring loans to farmers.",
        "partnership",
        {"Orion Group": "partner", "Kestrel Holdings": "partner"},
        id="partnership-noun-with-the-organization-in-context",
    ),
    pytest.param(
        "A memorandum of understanding was signed by Orion Group, Kestrel Holdings and Harbor Bank.",
        "mou",
        {"Orion Group": "signatory", "Kestrel Holdings": "signatory", "Harbor Bank": "signatory"},
        id="memorandum-signed-by",
    ),
]


@pytest.mark.parametrize(("text", "deal_type", "expected"), UNSEEN_FORMS)
def test_unseen_forms_give_the_deal_and_its_roles(text, deal_type, expected):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [(deal_type, expected)]


def test_an_elided_second_purchase_has_the_first_ones_buyer():
    deals = deals_of(
        "Panalpina was bought by Orion Group in 2019, and the Lumen Logistics business of Kuwait's "
        "Kestrel Holdings followed two years later."
    )
    assert [roles(d) for d in deals] == [
        {"Orion Group": "acquirer", "Panalpina": "target"},
        {"Orion Group": "acquirer", "Lumen Logistics": "target", "Kestrel Holdings": "seller"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "our" in a quote is its speaker's organization, not the article's
        "Orion Group grew. Orion Group hired. Ana Ruiz, chief executive of Kestrel Holdings, said the "
        'cooperation would "put new money into our research".',
        # a question states no deal; a seller with no acquisition before it; a stake sold "in order to"
        "Did Orion Group sign a licence agreement with Kestrel Holdings?",
        "Orion Group grew in Kenya. The seller is Kestrel Holdings.",
        "Orion Group sold its stake in order to focus on Kestrel Holdings.",
        "Ana Ruiz took over as chief executive of Orion Group after Kestrel Holdings hired her predecessor.",
        # money paid for services is no purchase; one founder makes no joint venture
        "Orion Group paid Kestrel Holdings $5 million for its services.",
        "Lumen Motors, set up by Orion Group in 2019, builds cars.",
        # a holding described, no investment told
        "Orion Group, which owns a 20% stake in Kestrel Holdings, said sales rose.",
        # a partnership noun with two other organizations: whose it is stays unclear
        "Orion Group grew. The partnership with Kestrel Holdings will bring loans to Harbor Bank and Lumen "
        "Bank clients.",
    ],
)
def test_unseen_forms_negative(text):
    assert deals_of(text) == []


def test_a_merger_of_equals_decides_an_undetermined_merger_of_the_same_pair():
    text = (
        "The merger of Orion Group and Kestrel Bank was approved. Orion Group and Kestrel Bank said their "
        "boards had called it a merger of equals."
    )
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [
        ("joint_venture", {"Orion Group": "partner", "Kestrel Bank": "partner"})
    ]


def test_the_amount_written_before_a_possessive_purchase_is_its_price():
    deals = deals_of("Orion Group's $2 billion acquisition of Lumen Technologies closed in May.")
    assert [(roles(d), d.amount, d.currency) for d in deals] == [
        ({"Orion Group": "acquirer", "Lumen Technologies": "target"}, 2e9, "USD")
    ]


def test_a_name_cut_by_the_sentence_splitter_is_a_party_where_it_starts():
    text = "Orion Group has signed a partnership with J.P. Morgan Payments, the payments arm of the bank."
    sentences = split_sentences(text)
    assert len(sentences) == 2  # the splitter cuts at "J.P."
    start = text.index("J.P.")
    ner = [(start, start + len("J.P. Morgan Payments"), "ORG")]
    organizations = find_organizations(text, ner, [], sentences)
    assert "J.P. Morgan Payments" in {o.name for o in organizations.organizations}
    assert [parties(d) for d in find_deals(text, sentences, organizations)] == [
        {"Orion Group", "J.P. Morgan Payments"}
    ]
