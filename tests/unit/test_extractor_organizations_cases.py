"""The full extractor (NER model plus rules) on self-written texts with invented companies:
organizations: names, aliases and what is not one."""

from __future__ import annotations

from datetime import date

from tests.unit.extractor_cases import deal_rows, org_aliases


def test_list_after_organization_plural(extractor):
    facts = extractor.extract(
        "Korvana Ltd owns travel brands including Zestigo, Pellwing and Tarnhop.", date(2024, 5, 20)
    )
    names = {o.name for o in facts.organizations}
    assert {"Zestigo", "Pellwing", "Tarnhop"} <= names


def test_indonesian_legal_form_before_a_name(extractor):
    facts = extractor.extract(
        "PT Sinar Makmur Digital Bank and Korvana Technologies today signed a memorandum of understanding.",
        date(2024, 5, 20),
    )
    names = {o.name for o in facts.organizations}
    assert "Sinar Makmur Digital Bank" in names and not any(n.startswith("PT ") for n in names)


def test_first_word_of_a_capital_partners_name_is_the_same_firm(extractor):
    named = org_aliases(
        extractor,
        "Marlow Retail teamed up with Ashgrove Capital Partners on the bid. Marlow Retail and Ashgrove will "
        "put $50 million into Quenby.",
    )
    assert "Ashgrove" in named.get("Ashgrove Capital Partners", [])


def test_place_based_modifier_is_not_an_organization(extractor):
    text = "Orvane Technology will take a minority stake in Hunan-based talent agency Brightwell Technology."
    assert "Hunan-based" not in org_aliases(extractor, text)
    assert ("investment", frozenset({"Orvane Technology", "Brightwell Technology"})) in deal_rows(
        extractor, text
    )


def test_led_suffix_resolves_to_the_bare_name(extractor):
    named = org_aliases(
        extractor, "Talvex Group sells tower stake to Harrowgate-led group\n\nTalvex Group said so."
    )
    assert "Harrowgate-led" not in named


def test_short_name_in_parentheses_folds_into_the_registered_name(extractor):
    named = org_aliases(
        extractor,
        "Perdana Niaga Berhad (Perniaga) and payments firm Tap 'n Pay Digital signed a memorandum of "
        "understanding on Monday. Perniaga said the deal would help merchants.",
    )
    assert "Perniaga" not in named
    assert any("Perniaga" in aliases for aliases in named.values())
    assert "Tap 'n Pay Digital" in named


def test_formerly_makes_the_old_name_an_alias(extractor):
    named = org_aliases(
        extractor,
        "Zelmora Foods bought grocery delivery firm Quickcart Technologies, formerly Grovana Technologies, "
        "in 2022. Quickcart's orders grew 40%.",
    )
    assert "Grovana Technologies" not in named
    assert "Grovana Technologies" in named.get("Quickcart Technologies", [])


def test_the_company_behind_a_brand_owns_the_brand_name(extractor):
    named = org_aliases(
        extractor,
        "The numbers from Seven Rivers Communications, the company behind Payvio, improved. "
        "Payvio's revenue rose 20% to $40 million.",
    )
    assert "Payvio" not in named
    assert "Payvio" in named.get("Seven Rivers Communications", [])


def test_leading_words_written_as_one_word_are_the_same_bank(extractor):
    named = org_aliases(
        extractor,
        "Merchants can now collect payments through Harbor Bank of the Islands. HarborBank accounts open "
        "in minutes.",
    )
    assert "HarborBank" not in named
