"""Rules added while reading the third blind set's errors, on self-written texts with invented
companies (full extractor: NER model plus rules)."""

from __future__ import annotations

from datetime import date


def deals(extractor, text: str, published: date | None = date(2024, 5, 20)) -> list[tuple]:
    facts = extractor.extract(text, published)
    return [
        (d.deal_type, frozenset(p.organization_name for p in d.participants), d.amount, d.currency)
        for d in facts.deals
    ]


def parties(found: list[tuple]) -> set[frozenset]:
    return {d[1] for d in found}


def test_progressive_purchase(extractor):
    found = deals(
        extractor,
        "Korvana Technologies is buying Dutch payroll software company Veldmark Group for 300 million euros.",
    )
    assert ("acquisition", frozenset({"Korvana Technologies", "Veldmark Group"}), 300e6, "EUR") in found


def test_division_of_a_seller_and_a_time_phrase_before_to_buy(extractor):
    found = deals(
        extractor,
        "Korvana Technologies agreed in March to buy the industrial sensors division of Brennholt Industries "
        "and Ostara Systems for $2 billion.",
    )
    assert found and found[0][0] == "acquisition"
    assert found[0][1] == frozenset({"Korvana Technologies", "Brennholt Industries", "Ostara Systems"})


def test_business_sold_to_a_buyer_is_an_acquisition(extractor):
    found = deals(
        extractor,
        "Brennholt Industries' cold-storage business was sold to Korvana Technologies for $500 million.",
    )
    assert found and found[0][0] == "acquisition"
    assert found[0][1] == frozenset({"Korvana Technologies", "Brennholt Industries"})


def test_new_shares_sold_to_an_investor_are_an_investment(extractor):
    found = deals(
        extractor,
        "Veltrona Motors has agreed to sell 100 million new shares to Orsino Capital for about $1 billion.",
    )
    assert ("investment", frozenset({"Veltrona Motors", "Orsino Capital"}), 1e9, "USD") in found


def test_contract_won_with_worth_clause_and_paired_descriptor(extractor):
    found = deals(
        extractor,
        "Korvana Technologies has won a seven-year contract worth about $400 million from Dutch pensions "
        "and insurance group Veldmark Group.",
    )
    assert ("contract", frozenset({"Korvana Technologies", "Veldmark Group"}), 400e6, "USD") in found


def test_licensing_technology_to_a_company_is_a_contract(extractor):
    found = deals(
        extractor,
        "Veltrona Motors will license its battery management technology to Ostara Systems for a fee.",
    )
    assert found and found[0][:2] == ("contract", frozenset({"Veltrona Motors", "Ostara Systems"}))


def test_relative_clause_after_the_issuer_holds_no_party(extractor):
    found = deals(
        extractor,
        "Veldmark Group, which runs the Paylo wallet app, has raised $50 million in a Series B round led by "
        "Orsino Capital.",
    )
    assert parties(found) == {frozenset({"Veldmark Group", "Orsino Capital"})}


def test_paid_for_a_stake_without_a_named_investee(extractor):
    found = deals(
        extractor,
        "Orsino Capital will invest $2 billion in Veltrona Motors. In July, Brennholt Industries paid "
        "$700 million for a 7% stake.",
    )
    assert frozenset({"Orsino Capital", "Veltrona Motors"}) in parties(found)
    assert frozenset({"Brennholt Industries", "Veltrona Motors"}) in parties(found)


def test_same_parties_with_far_apart_amounts_are_two_deals(extractor):
    found = deals(
        extractor,
        "Orsino Capital will invest $2 billion in Veltrona Motors. Earlier this year Orsino Capital invested "
        "$300 million in Veltrona Motors.",
    )
    assert sorted(d[2] for d in found) == [300e6, 2e9]


def test_same_deal_told_twice_stays_one(extractor):
    found = deals(
        extractor,
        "Orsino Capital to invest $2 billion in Veltrona Motors\n\nOrsino Capital will invest $2 billion in "
        "Veltrona Motors, the companies said on Monday.",
    )
    assert len(found) == 1


def test_indonesian_legal_form_before_a_name(extractor):
    facts = extractor.extract(
        "PT Sinar Makmur Digital Bank and Korvana Technologies today signed a memorandum of understanding.",
        date(2024, 5, 20),
    )
    names = {o.name for o in facts.organizations}
    assert "Sinar Makmur Digital Bank" in names and not any(n.startswith("PT ") for n in names)


def test_president_director_and_single_initial_names(extractor):
    facts = extractor.extract(
        "The agreement was signed by Bambang Sutrisno, President Director of Sinar Makmur Bank. "
        "R Venkataraman, chairman of Korvana Technologies, attended.",
        date(2024, 5, 20),
    )
    people = {p.name: p.title for p in facts.people}
    assert people.get("Bambang Sutrisno") == "President Director"
    assert people.get("R Venkataraman") == "chairman"


def test_same_quarter_in_a_new_paragraph(extractor):
    facts = extractor.extract(
        "Korvana Technologies' revenue for the second quarter rose 9% to $3 billion.\n\n"
        "Veltrona Motors has struggled more. Its revenue for the same quarter fell to $900 million.",
        date(2024, 8, 20),
    )
    found = {(m.organization_name, m.value, m.period_label) for m in facts.metrics}
    assert ("Veltrona Motors", 900e6, "Q2 2024") in found
