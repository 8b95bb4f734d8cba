"""Figures that were never read: a filing's defined term after a name whose legal form ends with a full
stop ("Velorix Brands, S.A. ("Velorix" or the "Company")") names the issuer, who owns the sentences
naming no one below a numbered section heading; counts of shares bought back, of units exported or sold
(a volume noun, its change, "to N units") and of subscribers that fell."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import issuer as I
from pipelines.extraction.metrics import vocabulary as V
from pipelines.extraction.quantities import MARK_HOME_EXAMPLES, find_quantities
from tests.unit.metric_rows import owners_of, velorix_rows, written_mentions

# --- the defined term after an abbreviated legal form ------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        'Velorix Brands, S.A. ("Velorix" or the "Company") hereby informs of the following:',
        'Velorix Holdings Inc. (the "Company") announces its results.',
        'Velorix Co., Ltd. ("the Group") reports its results.',
    ],
)
def test_a_defined_term_after_a_legal_forms_full_stop_names_the_issuer(opening: str) -> None:
    # the recognizer's mention stops before the abbreviation's full stop ("S.A", "Inc", "Ltd")
    name = opening.split(" (")[0].rstrip(".")
    text = "Rules of the Quill Authority apply. " + opening
    found = I.document_issuer(text, written_mentions(text, {"Quill Authority": "quill", name: "velorix"}))
    assert found is not None and found.key == "velorix"


def test_sentences_below_a_numbered_section_heading_are_the_issuers() -> None:
    text = (
        'Under the rules of the Quill Authority, Velorix Brands, S.A. ("Velorix" or the "Company") '
        "informs of the following:\n\n1. Trading update for the first nine months of 2025\n\n"
        "Net revenue for the nine months amounted to 3,654 million euros.\n"
    )
    owners = owners_of(text, {"Quill Authority": "quill", "Velorix Brands, S.A": "velorix"})
    assert owners.get(3_654e6) == "velorix"
# --- counts ----------------------------------------------------------------------------------------


def test_shares_bought_back_are_a_count_of_its_own() -> None:
    buyback = next(cue for cue in C.COUNT_CUES if "repurchased" in cue.example)
    assert velorix_rows(buyback.example) == {("other", 1.9e6, "count")}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said 1.9 million shares changed hands on Tuesday.",  # trading volume, no buyback verb
        "Velorix issued 1.9 million new shares in the placement.",
    ],
)
def test_shares_without_a_buyback_verb_are_no_count(text: str) -> None:
    assert [r for r in velorix_rows(text) if r[2] == "count"] == []


@pytest.mark.parametrize("text", V.UNITS_VERB_EXAMPLES)
def test_units_exported_or_a_volume_changed_to_n_units_are_counted(text: str) -> None:
    counts = [r for r in velorix_rows(text) if r[2] == "count"]
    assert len(counts) == 1 and counts[0][0] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said market sales rose 5% to 2 million vehicles.",  # the market's volume
        "Velorix said industry shipments fell 3% to 9,000 units.",
    ],
)
def test_a_markets_volume_is_no_companys_count(text: str) -> None:
    assert [r for r in velorix_rows(text) if r[2] == "count"] == []


def test_subscribers_that_fell_are_still_users() -> None:
    text = "Velorix said pay-TV subscribers fell to 2.74 million at the end of March."
    assert (text, "users") in V.COUNT_NOUN_BEFORE_EXAMPLES
    assert velorix_rows(text) == {("users", 2.74e6, "count")}


# --- shares written as fractions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Velorix said cloud is now about a fifth of service revenue.", 20.0),  # a measure with a modifier
        ("Velorix said the module now accounts for about three quarters of new seats.", 75.0),
        ("Velorix said R&D came to 246.5 billion yen, or just over half of revenue.", 50.0),  # apposition
        ("Cloud revenue reached $468 million, roughly a quarter of Velorix's revenue.", 25.0),
    ],
)
def test_a_fraction_of_a_narrowed_measure_or_in_apposition_is_a_share(text: str, value: float) -> None:
    assert ("other", value, "percent") in velorix_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velorix cut costs by a third or half of the budget.",  # no amount before the comma
        "Velorix said the quarter was a quarter of Consolidation Works.",
    ],
)
def test_a_fraction_without_a_measure_or_an_amount_before_it_is_no_share(text: str) -> None:
    rows = velorix_rows(text)
    assert ("other", 50.0, "percent") not in rows and ("other", 25.0, "percent") not in rows


# --- a shared currency mark by a dateline in capitals ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("KARACHI: Velorix posted a net profit of Rs1.46 billion for the quarter.", "PKR"),
        ("KAMPALA, May 5 - Velorix said net profit rose to 25 billion shillings in 2024.", "UGX"),
    ],
)
def test_a_dateline_in_capitals_names_the_rupees_or_shillings_country(text: str, currency: str) -> None:
    assert (text, currency) in MARK_HOME_EXAMPLES
    assert [q.unit for q in find_quantities(text) if q.kind == "money"] == [currency]


# --- people and accounts a company serves ----------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), V.SERVED_COUNT_EXAMPLES)
def test_people_covered_held_or_a_base_brought_to_a_level_are_served(text: str, name: str) -> None:
    counts = sorted((value, n) for n, value, unit in velorix_rows(text) if unit == "count")
    assert counts[-1][1] == name  # the served count is the sentence's largest (others: additions, places)


@pytest.mark.parametrize(
    "text",
    [
        "Velorix has 3,000 people in Ireland.",  # its staff, not people it covers
        "Velorix said 4.2 million people live in the region it covers.",
    ],
)
def test_people_a_company_has_or_a_region_holds_are_no_customers(text: str) -> None:
    assert all(name != "customers" for name, _, _ in velorix_rows(text))


def test_an_amount_set_against_an_earlier_years_is_no_share() -> None:
    text = "Velorix said profit fell to R4.2 billion, less than half of the previous year's figure."
    assert ("other", 50.0, "percent") not in velorix_rows(text)
