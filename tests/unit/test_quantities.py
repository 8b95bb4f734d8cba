"""The raw quantity layer: values in base units, ISO currencies, exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extraction.quantities import DOLLAR_HOMES, DollarHome, find_quantities


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "scale"),
    [
        ("Sales hit RMB 4.2 billion last year.", 4.2e9, "CNY", "billion"),
        ("Turnover was RMB2,345.6 million.", 2_345.6e6, "CNY", "million"),
        ("It booked US$87.5 million in fees.", 87.5e6, "USD", "million"),
        ("The unit made $412 mln.", 412e6, "USD", "million"),
        ("Net sales rose to 61 billion crowns.", 61e9, "SEK", "billion"),
        ("Sales were SEK 61 billion.", 61e9, "SEK", "billion"),
        ("It earned 3.2 billion Norwegian crowns.", 3.2e9, "NOK", "billion"),
        ("Revenue was NZD 410 million.", 410e6, "NZD", "million"),
        ("It lost 300 million Philippine pesos.", 300e6, "PHP", "million"),
        ("Orders reached 23 billion yuan.", 23e9, "CNY", "billion"),
        ("It paid HK$3.5bn for the site.", 3.5e9, "HKD", "billion"),
        ("A S$20m grant was approved.", 20e6, "SGD", "million"),
        ("Profit fell to €1.25 billion.", 1.25e9, "EUR", "billion"),
        ("Revenue rose to £640m.", 640e6, "GBP", "million"),
        ("Revenue was Rs 41,764 crore.", 41_764e7, "INR", "crore"),
        ("A fine of 3 lakh rupees was paid.", 3e5, "INR", "lakh"),
        ("The budget is 12 trillion won.", 12e12, "KRW", "trillion"),
        ("Sales were 2.1 billion euros.", 2.1e9, "EUR", "billion"),
        ("The plant cost A$1.1 billion.", 1.1e9, "AUD", "billion"),
        ("It raised NT$9 billion.", 9e9, "TWD", "billion"),
        ("Assets of C$40bn were moved.", 40e9, "CAD", "billion"),
        ("The grant was 5 million U.S. dollars.", 5e6, "USD", "million"),
        ("Spending reached ¥800 billion.", 800e9, "JPY", "billion"),
        ("Loans hit Rs 3.2 lakh crore.", 3.2e12, "INR", "lakh crore"),
        ("It earned Rs500cr.", 500e7, "INR", "crore"),
        ("Sales were R$ 4 billion.", 4e9, "BRL", "billion"),
    ],
)
def test_money_forms(text: str, value: float, unit: str, scale: str) -> None:
    quantity = _one(text)
    assert quantity.kind == "money"
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    assert quantity.scale == scale
    assert text[quantity.start : quantity.end] == quantity.text


def test_yen_sign_means_yuan_when_the_text_talks_about_yuan() -> None:
    text = "Sales were ¥30 billion, or about 30 billion yuan."
    units = [q.unit for q in find_quantities(text)]
    assert units == ["CNY", "CNY"]


def test_converted_figure_gives_two_money_quantities() -> None:
    text = "It earned 3 billion yuan (about 430 million U.S. dollars) in the year."
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert [(q.value, q.unit) for q in money] == [(3e9, "CNY"), (430e6, "USD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Margins were 12.4% in May.", 12.4),
        ("Costs rose 9 per cent.", 9.0),
        ("Sales grew 15 percent.", 15.0),
        ("The net margin was -4.2%.", -4.2),
    ],
)
def test_percent_forms(text: str, value: float) -> None:
    quantity = _one(text)
    assert (quantity.kind, quantity.unit) == ("percent", "percent")
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It has two million members.", 2e6),
        ("More than 3 million drivers joined.", 3e6),
        ("It operates 2,350 stores.", 2350.0),
        ("Some twenty-five thousand staff left.", 25_000.0),
        ("A million riders used it.", 1e6),
    ],
)
def test_counts_including_spelled_numbers(text: str, value: float) -> None:
    quantity = _one(text)
    assert quantity.kind == "count"
    assert quantity.value == pytest.approx(value)


def test_years_dates_and_times_are_not_counts() -> None:
    text = "On Oct. 14, 2022 at 9:30AM the firm said 2021 was hard."
    assert find_quantities(text) == []


def test_offsets_are_exact_and_sorted() -> None:
    text = "Revenue was $5.5 billion, up 12%, from 3,400 clients in 2023."
    found = find_quantities(text)
    assert [q.kind for q in found] == ["money", "percent", "count"]
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    assert [q.start for q in found] == sorted(q.start for q in found)


_TOKENS = st.sampled_from(
    [
        "RMB",
        "US$",
        "$",
        "HK$",
        "€",
        "¥",
        "Rs",
        "1,234.5",
        "9",
        "0.5",
        "2019",
        "million",
        "bn",
        "m",
        "crore",
        "yuan",
        "dollars",
        "%",
        "per cent",
        "percent",
        "-",
        "(",
        ")",
        "one",
        "twenty",
        "thousand",
        "Mar.",
        "31",
        ",",
        ".",
        " ",
        "\n",
        "revenue",
        "rose",
        "Q3",
        "fiscal",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map(" ".join))
def test_any_text_gives_exact_non_overlapping_spans(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start >= previous_end
        previous_end = quantity.end


def test_currency_words_beyond_the_majors():
    from pipelines.extraction.quantities import find_quantities as fq

    found = fq("a net profit of 12.5 billion Kenyan shillings")
    assert [(q.value, q.unit) for q in found] == [(12.5e9, "KES")]
    assert [q.unit for q in fq("sales of 3 billion rand")] == ["ZAR"]
    assert [q.unit for q in fq("a 2 billion riyal facility")] == ["SAR"]


def test_rupiah_ringgit_and_riyal_prefixes_are_money():
    from pipelines.extraction.quantities import find_quantities

    text = "Rp 1.5 trillion, RM300 million and SAR 2 billion"
    got = [(q.kind, q.value, q.unit) for q in find_quantities(text)]
    assert got == [("money", 1.5e12, "IDR"), ("money", 3e8, "MYR"), ("money", 2e9, "SAR")]


def test_every_prefix_currency_and_number_word_starts_a_match() -> None:
    """The first-character lookaheads (a speed-up) must not hide any currency or number word."""
    import re as _re

    from pipelines.extraction import quantities

    prefixes = quantities._PREFIX.removeprefix("(?:").removesuffix(")").split("|")
    for prefix in prefixes:
        written = _re.sub(r"\\(.)", r"\1", prefix).replace("?", "")
        for form in (written, written.lower()):
            found = quantities.find_quantities(f"It paid {form}5 million.")
            assert [q.kind for q in found] == ["money"], form
    for word in quantities._WORD_NUMBERS:
        found = quantities.find_quantities(f"It hired {word.capitalize()} thousand people.")
        assert found and found[0].kind == "count", word


@pytest.mark.parametrize("home", DOLLAR_HOMES, ids=lambda h: h.currency)
def test_a_bare_dollar_is_the_home_currency_of_a_company_based_there(home: DollarHome) -> None:
    money = [q for q in find_quantities(home.example) if q.kind == "money"]
    assert [q.unit for q in money] == [home.currency]


def test_a_bare_dollar_stays_usd_without_a_home_cue_or_with_a_listing_only() -> None:
    for text in (
        "Velorix, the Hong Kong-listed group, said revenue rose to $9 billion.",
        "Velorix signed with the Australian wind developer Norvane; it earned $2 billion.",
        "Velorix said revenue rose to $2 billion, and US$1 billion came from Asia.",
    ):
        assert {q.unit for q in find_quantities(text) if q.kind == "money"} == {"USD"}, text


def test_rand_lira_and_codes_after_the_amount() -> None:
    text = "Deposits of R6 billion, GMV of 71.8 billion lira and sales of 4,525 million EUR."
    money = [(q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]
    assert money == [(6e9, "ZAR"), (71.8e9, "TRY"), (4525e6, "EUR")]


def test_a_model_name_or_lower_case_code_word_is_not_money() -> None:
    assert [q.kind for q in find_quantities("Its R2 storage and 5 million try.")] == ["count"]


def test_naira_lira_and_dirham_marks_glued_to_the_number() -> None:
    text = "Sales of N958.8 billion, shares at ₦900, assets TRY 192 billion, TL 1.1 billion, Dh4.3 billion."
    money = [(q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]
    assert money == [(958.8e9, "NGN"), (900, "NGN"), (192e9, "TRY"), (1.1e9, "TRY"), (4.3e9, "AED")]


def test_a_letter_mark_without_a_scale_word_is_no_money() -> None:
    assert not [q for q in find_quantities("N95 masks and TL 5 items.") if q.kind == "money"]


def test_an_article_stating_its_dollar_makes_a_bare_dollar_that_currency() -> None:
    text = "Results for the 2024 financial year, in Australian dollars:\n  Revenue: $2.74 billion, up 20%"
    assert [q.unit for q in find_quantities(text) if q.kind == "money"] == ["AUD"]
    assert [q.unit for q in find_quantities("It raised 5 billion Australian dollars; Revenue: $2 billion.")
            if q.kind == "money"] == ["AUD", "USD"]  # fmt: skip
