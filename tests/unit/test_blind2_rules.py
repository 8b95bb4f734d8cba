"""Rules added while reading the second blind set's errors, on self-written texts with invented
companies (full extractor: NER model plus rules)."""

from __future__ import annotations

from datetime import date


def metrics(extractor, text: str, published: date | None = date(2024, 5, 20)) -> set[tuple]:
    facts = extractor.extract(text, published)
    return {(m.organization_name, m.metric_name, m.value, m.unit, m.period_label) for m in facts.metrics}


def test_share_based_pay_is_no_market_share(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd reported results on Monday. Net profit, which excludes share-based pay and "
        "investment gains, rose 40% to $300 million in the first quarter.",
    )
    assert ("Korvana", "profit", 300e6, "USD", "Q1 2024") in found
    assert not any(m[1] == "market_share" for m in found)


def test_revenue_from_a_product_line_is_other(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd said revenue rose 10% to $2 billion in the first quarter. "
        "Revenue from tablets fell 5% to $400 million.",
    )
    assert ("Korvana", "other", 400e6, "USD", "Q1 2024") in found
    assert not any(m[1] == "revenue" and m[2] == 400e6 for m in found)


def test_named_segment_subject_and_its_revenue(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd said revenue rose 10% to $2 billion in the first quarter.\n\n"
        "The standout was the storage solutions group, which sells disk arrays. "
        "Its revenue jumped 30% to $500 million.",
    )
    assert ("Korvana", "other", 500e6, "USD", "Q1 2024") in found


def test_research_firm_is_not_the_owner_of_its_share(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd shipped 20 million phones in the first quarter, and research firm Canalys put "
        "its share of global shipments at 9.5%.",
    )
    assert ("Korvana", "market_share", 9.5, "percent", "Q1 2024") in found


def test_base_figure_period_does_not_carry(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd said revenue rose 10% in the first quarter to $2 billion.\n\n"
        "Net profit came in at $300 million, up from $200 million a year earlier. "
        "Operating profit rose 12% to $350 million.",
    )
    assert ("Korvana", "profit", 350e6, "USD", "Q1 2024") in found


def test_undated_page_takes_the_year_it_named(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd held 20% of the market in the first half of 2023, analysts said.\n\n"
        "Korvana said revenue fell 8% in the first half to $900 million.",
        published=None,
    )
    assert ("Korvana", "revenue", 900e6, "USD", "H1 2023") in found


def test_plural_subject_is_the_market(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd leads the market.\n\nThe overall market shrank. Vendors sold machines worth $5 billion "
        "in 2023, down 4% from a year earlier.",
    )
    assert not any(m[2] in (5e9, -4.0) for m in found)


def test_aside_date_is_not_the_figure_period(extractor):
    found = metrics(
        extractor,
        "Korvana Ltd, which started selling phones in 2016, now has more than 50 million users.",
    )
    assert ("Korvana", "users", 50e6, "count", None) in found


def test_list_after_organization_plural(extractor):
    facts = extractor.extract(
        "Korvana Ltd owns travel brands including Zestigo, Pellwing and Tarnhop.", date(2024, 5, 20)
    )
    names = {o.name for o in facts.organizations}
    assert {"Zestigo", "Pellwing", "Tarnhop"} <= names


def test_consortium_led_by_two_companies_is_a_venture(extractor):
    facts = extractor.extract(
        "The central bank licensed a consortium led by Marrow Holdings Sdn Bhd and Tellis Bank Berhad.",
        date(2024, 5, 20),
    )
    assert any(d.deal_type == "joint_venture" and len(d.participants) == 2 for d in facts.deals)


def test_people_title_list_and_place_list(extractor):
    facts = extractor.extract(
        "Founder, chairman and chief executive Arun Velkar said Korvana Ltd would expand. The tours go "
        "beyond Bangkok, Phuket and Chiang Mai.",
        date(2024, 5, 20),
    )
    people = {p.name: p.title for p in facts.people}
    assert people.get("Arun Velkar") == "Founder, chairman and chief executive"
    assert "Chiang Mai" not in people
