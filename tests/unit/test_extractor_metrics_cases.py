"""The full extractor (NER model plus rules) on self-written texts with invented companies:
metrics: names, owners, values and periods."""

from __future__ import annotations

from datetime import date

from tests.unit.extractor_cases import metric_rows


def test_share_based_pay_is_no_market_share(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd reported results on Monday. Net profit, which excludes share-based pay and "
        "investment gains, rose 40% to $300 million in the first quarter.",
    )
    assert ("Korvana", "profit", 300e6, "USD", "Q1 2024") in found
    assert not any(m[1] == "market_share" for m in found)


def test_revenue_from_a_product_line_is_other(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd said revenue rose 10% to $2 billion in the first quarter. "
        "Revenue from tablets fell 5% to $400 million.",
    )
    assert ("Korvana", "other", 400e6, "USD", "Q1 2024") in found
    assert not any(m[1] == "revenue" and m[2] == 400e6 for m in found)


def test_named_segment_subject_and_its_revenue(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd said revenue rose 10% to $2 billion in the first quarter.\n\n"
        "The standout was the storage solutions group, which sells disk arrays. "
        "Its revenue jumped 30% to $500 million.",
    )
    assert ("Korvana", "other", 500e6, "USD", "Q1 2024") in found


def test_research_firm_is_not_the_owner_of_its_share(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd shipped 20 million phones in the first quarter, and research firm Canalys put "
        "its share of global shipments at 9.5%.",
    )
    assert ("Korvana", "market_share", 9.5, "percent", "Q1 2024") in found


def test_base_figure_period_does_not_carry(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd said revenue rose 10% in the first quarter to $2 billion.\n\n"
        "Net profit came in at $300 million, up from $200 million a year earlier. "
        "Operating profit rose 12% to $350 million.",
    )
    assert ("Korvana", "profit", 350e6, "USD", "Q1 2024") in found


def test_undated_page_takes_the_year_it_named(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd held 20% of the market in the first half of 2023, analysts said.\n\n"
        "Korvana said revenue fell 8% in the first half to $900 million.",
        published=None,
    )
    assert ("Korvana", "revenue", 900e6, "USD", "H1 2023") in found


def test_plural_subject_is_the_market(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd leads the market.\n\nThe overall market shrank. Vendors sold machines worth $5 billion "
        "in 2023, down 4% from a year earlier.",
    )
    assert not any(m[2] in (5e9, -4.0) for m in found)


def test_aside_date_is_not_the_figure_period(extractor):
    found = metric_rows(
        extractor,
        "Korvana Ltd, which started selling phones in 2016, now has more than 50 million users.",
    )
    assert ("Korvana", "users", 50e6, "count", None) in found


def test_same_quarter_in_a_new_paragraph(extractor):
    facts = extractor.extract(
        "Korvana Technologies' revenue for the second quarter rose 9% to $3 billion.\n\n"
        "Veltrona Motors has struggled more. Its revenue for the same quarter fell to $900 million.",
        date(2024, 8, 20),
    )
    found = {(m.organization_name, m.value, m.period_label) for m in facts.metrics}
    assert ("Veltrona Motors", 900e6, "Q2 2024") in found


def test_its_after_a_preposition_does_not_make_the_topic_the_subject(extractor):
    found = metric_rows(
        extractor,
        "Corvane Systems is growing fast, and Velta Technologies is still ahead of it.\n\n"
        "For the quarter ended December 31, 2023, the third quarter of its fiscal 2024, "
        "Velta Technologies's revenue rose 20% to $50 million. "
        "Its net loss shrank to $9 million from $14 million.",
    )
    owners = {row[0] for row in found if row[1] == "profit"}
    assert owners == {"Velta Technologies"}


def test_the_company_skips_a_science_parks_corporation(extractor):
    found = metric_rows(
        extractor,
        "Nuvora AI said it had teamed up with Eastbay Science and Technology Parks Corporation "
        "to open a lab. "
        "The company counted more than 2,000 customers for its cloud platform.",
    )
    assert [row[:3] for row in found if row[1] == "customers"] == [("Nuvora AI", "customers", 2000)]


def test_total_income_of_a_bank_is_revenue(extractor):
    found = metric_rows(
        extractor,
        "Corbell Bank said total income for the year rose 18% to $9.5 billion in 2023.",
    )
    names = {(row[1], row[2]) for row in found}
    assert ("revenue", 9.5e9) in names
    assert ("revenue_growth", 18.0) in names


def test_count_after_growth_rate_and_averaged(extractor):
    found = metric_rows(
        extractor,
        "In the second quarter of 2023, Marlow Retail's net revenue rose 12% to $2 billion, and its active "
        "customers grew 9% to 14.2 million. Monthly transacting users averaged 30 million, up 5%.",
    )
    names = {(row[1], row[2]) for row in found}
    assert ("customers", 14.2e6) in names
    assert ("users", 30e6) in names


def test_market_share_list_distributes_to_each_organization(extractor):
    found = metric_rows(
        extractor,
        "Data from the Payments Council of Veldia (PCV) shows Harbor-owned Quipay Technologies handled 48.1% "
        "of card transactions by volume in May, Nexa Pay 30.2% and Brightwell Payments 11.5%.",
    )
    shares = {(row[0], row[2]) for row in found if row[1] == "market_share"}
    assert ("Quipay Technologies", 48.1) in shares
    assert ("Nexa Pay", 30.2) in shares
    assert ("Brightwell Payments", 11.5) in shares


def test_amount_followed_by_valuation_is_a_valuation(extractor):
    found = metric_rows(
        extractor,
        "Tovani Labs raised $90 million from Helmfield Ventures at a $1.5 billion valuation.",
    )
    assert ("Tovani Labs", "other", 1.5e9, "USD", None) in found
