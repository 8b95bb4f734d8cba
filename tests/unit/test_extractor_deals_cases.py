"""The full extractor (NER model plus rules) on self-written texts with invented companies:
deal forms: types, parties and amounts."""

from __future__ import annotations

from datetime import date

from tests.unit.extractor_cases import deal_rows, deal_rows_with_amounts, party_sets


def test_consortium_led_by_two_companies_is_a_venture(extractor):
    facts = extractor.extract(
        "The central bank licensed a consortium led by Marrow Holdings Sdn Bhd and Tellis Bank Berhad.",
        date(2024, 5, 20),
    )
    assert any(d.deal_type == "joint_venture" and len(d.participants) == 2 for d in facts.deals)


def test_progressive_purchase(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Korvana Technologies is buying Dutch payroll software company Veldmark Group for 300 million euros.",
    )
    assert ("acquisition", frozenset({"Korvana Technologies", "Veldmark Group"}), 300e6, "EUR") in found


def test_division_of_a_seller_and_a_time_phrase_before_to_buy(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Korvana Technologies agreed in March to buy the industrial sensors division of Brennholt Industries "
        "and Ostara Systems for $2 billion.",
    )
    assert found and found[0][0] == "acquisition"
    assert found[0][1] == frozenset({"Korvana Technologies", "Brennholt Industries", "Ostara Systems"})


def test_business_sold_to_a_buyer_is_an_acquisition(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Brennholt Industries' cold-storage business was sold to Korvana Technologies for $500 million.",
    )
    assert found and found[0][0] == "acquisition"
    assert found[0][1] == frozenset({"Korvana Technologies", "Brennholt Industries"})


def test_new_shares_sold_to_an_investor_are_an_investment(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Veltrona Motors has agreed to sell 100 million new shares to Orsino Capital for about $1 billion.",
    )
    assert ("investment", frozenset({"Veltrona Motors", "Orsino Capital"}), 1e9, "USD") in found


def test_contract_won_with_worth_clause_and_paired_descriptor(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Korvana Technologies has won a seven-year contract worth about $400 million from Dutch pensions "
        "and insurance group Veldmark Group.",
    )
    assert ("contract", frozenset({"Korvana Technologies", "Veldmark Group"}), 400e6, "USD") in found


def test_licensing_technology_to_a_company_is_a_contract(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Veltrona Motors will license its battery management technology to Ostara Systems for a fee.",
    )
    assert found and found[0][:2] == ("contract", frozenset({"Veltrona Motors", "Ostara Systems"}))


def test_relative_clause_after_the_issuer_holds_no_party(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Veldmark Group, which runs the Paylo wallet app, has raised $50 million in a Series B round led by "
        "Orsino Capital.",
    )
    assert party_sets(found) == {frozenset({"Veldmark Group", "Orsino Capital"})}


def test_paid_for_a_stake_without_a_named_investee(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Orsino Capital will invest $2 billion in Veltrona Motors. In July, Brennholt Industries paid "
        "$700 million for a 7% stake.",
    )
    assert frozenset({"Orsino Capital", "Veltrona Motors"}) in party_sets(found)
    assert frozenset({"Brennholt Industries", "Veltrona Motors"}) in party_sets(found)


def test_same_parties_with_far_apart_amounts_are_two_deals(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Orsino Capital will invest $2 billion in Veltrona Motors. Earlier this year Orsino Capital invested "
        "$300 million in Veltrona Motors.",
    )
    assert sorted(d[2] for d in found) == [300e6, 2e9]


def test_same_deal_told_twice_stays_one(extractor):
    found = deal_rows_with_amounts(
        extractor,
        "Orsino Capital to invest $2 billion in Veltrona Motors\n\nOrsino Capital will invest $2 billion in "
        "Veltrona Motors, the companies said on Monday.",
    )
    assert len(found) == 1


def test_debt_facility_from_a_lender_is_funding(extractor):
    found = deal_rows(
        extractor,
        "Quillbrook Finance secured a $75 million credit facility from Marrow Ridge Capital last week.",
    )
    assert ("funding", frozenset({"Quillbrook Finance", "Marrow Ridge Capital"})) in found


def test_money_raised_from_a_list_of_investors_is_funding(extractor):
    found = deal_rows(
        extractor,
        "Tovani Labs has grown fast. The company raised $120 million between March and June 2023 from "
        "Helmfield Ventures, Corvane Capital and Ostrich Partners.",
    )
    assert (
        "funding",
        frozenset({"Tovani Labs", "Helmfield Ventures", "Corvane Capital", "Ostrich Partners"}),
    ) in found


def test_capital_injection_into_a_subsidiary_is_an_investment(extractor):
    found = deal_rows(
        extractor,
        "Brenmoor Industries' board approved a capital injection of $90 million into its wholly owned "
        "subsidiary Kestrel Components.",
    )
    assert ("investment", frozenset({"Brenmoor Industries", "Kestrel Components"})) in found


def test_stake_sold_to_a_consortium_led_by_a_buyer(extractor):
    found = deal_rows(
        extractor,
        "Talvex Group agreed to sell a 25% stake in its fibre unit Lumora Networks to a consortium led by "
        "Harrowgate Partners for $1.1 billion.",
    )
    assert ("acquisition", frozenset({"Talvex Group", "Harrowgate Partners"})) in found


def test_loan_agreement_with_amount_and_hyphenated_modifier_is_a_contract(extractor):
    found = deal_rows(
        extractor,
        "Separately, Corbell Bank signed a $400 million green-linked loan agreement "
        "with utility Fennick Power.",
    )
    assert ("contract", frozenset({"Corbell Bank", "Fennick Power"})) in found


def test_business_which_it_acquired(extractor):
    found = deal_rows(
        extractor,
        "Corbell Bank also finished moving clients of Starling Ridge Financial's retail business in Vietnam, "
        "which it acquired in May 2022.",
    )
    assert ("acquisition", frozenset({"Corbell Bank", "Starling Ridge Financial"})) in found


def test_would_acquire_business_and_assets_with_a_co_owner(extractor):
    found = deal_rows(
        extractor,
        "Marlow Retail said on Monday it would acquire the business and assets of fashion platform "
        "Velloria Holdings through a new vehicle, in which Marlow Retail will own 70% and investment "
        "firm Ashgrove Capital Partners the rest.",
    )
    assert (
        "acquisition",
        frozenset({"Marlow Retail", "Velloria Holdings", "Ashgrove Capital Partners"}),
    ) in found


def test_definitive_agreement_under_which_one_will_acquire_the_other(extractor):
    found = deal_rows(
        extractor,
        "Pellham Instruments and Vardex Labs today announced a definitive agreement under which Pellham "
        "Instruments will acquire Vardex Labs for $30 per share in cash.",
    )
    assert found == [("acquisition", frozenset({"Pellham Instruments", "Vardex Labs"}))]
