"""A named business unit that reports its own figures owns them, as `revenue` and `revenue_growth`
(GOLD_SCHEMA Conventions), on results lines and table rows. Companies and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.metrics.lines import BRAND_CAPTION_EXAMPLES
from pipelines.extraction.metrics.units import UNIT_NOUNS, is_unit_name, split_unit_label, units_named_in
from tests.unit.metric_rows import named_facts


def _rows(text: str, names: tuple[str, ...] = ("Velorix",)) -> set[tuple]:
    facts = named_facts(text, names, date(2025, 11, 5))
    return {(f.organization_name, f.metric_name, round(f.value, 3), f.unit) for f in facts}


@pytest.mark.parametrize(("noun", "example"), UNIT_NOUNS)
def test_a_label_naming_a_unit_before_its_measure_is_split(noun: str, example: str) -> None:
    label = example.split(":")[0]
    assert split_unit_label(label, frozenset()) == ("Retail", label.removeprefix(f"Retail {noun} "))


@pytest.mark.parametrize(("noun", "example"), UNIT_NOUNS)
def test_a_unit_line_gives_the_unit_its_revenue(noun: str, example: str) -> None:
    text = f"Velorix reported results for the third quarter of 2025.\n\n* {example}, up 9%\n"
    rows = _rows(text)
    assert ("Retail", "revenue", 4.1e6, "USD") in rows
    assert ("Retail", "revenue_growth", 9.0, "percent") in rows
    assert not any(row[0] == "Velorix" for row in rows)


def test_a_table_row_of_a_unit_the_article_names_is_the_units_revenue() -> None:
    text = (
        "Velorix reported results for 2025. "
        "The questions: has the Cyber Defence division stopped shrinking?\n\n"
        "£m, year to 31 May | FY25 | FY24 | Change\n"
        "Cyber Defence revenue | 243.2 | 256.3 | -5.1%\n"
        "Group revenue | 308.6 | 318.8 | -3.2%\n"
    )
    rows = _rows(text)
    assert ("Cyber Defence", "revenue", 243.2e6, "GBP") in rows
    assert ("Cyber Defence", "revenue_growth", -5.1, "percent") in rows
    assert ("Velorix", "revenue", 308.6e6, "GBP") in rows


def test_a_table_of_parts_gives_each_unit_row_its_revenue() -> None:
    text = (
        "Velorix reported results for 2025.\n\n"
        "Revenue by business area, DKK million\n\n"
        "Business area               2025    2024    Organic growth\n"
        "Ostomy Care                 11,020  10,540  6%\n"
        "Wound Care                   3,040   2,890  8%\n"
        "Total                       29,180  27,790  7%\n"
    )
    rows = _rows(text)
    assert ("Ostomy Care", "revenue", 11.02e9, "DKK") in rows
    assert ("Velorix", "revenue", 29.18e9, "DKK") in rows


@pytest.mark.parametrize(
    "name", ["Americas", "Germany", "Rest of World", "Total", "Other", "Corporate", "EBITDA"]
)
def test_places_totals_and_measures_are_no_unit(name: str) -> None:
    assert not is_unit_name(name)


def test_units_the_article_names_are_read_from_unit_nouns() -> None:
    assert units_named_in("Has the Cyber Defence division stopped shrinking? Its Americas segment grew.") == {
        "cyber defence"
    }
    assert split_unit_label("Product revenue", frozenset()) is None  # a product line, no unit


def test_a_units_row_is_named_by_the_measure_its_column_names() -> None:
    text = (
        "Velorix reported results for the half-year to 31 December 2025.\n\n"
        "The company's divisions each report their own earnings:\n\n"
        "Division (A$m) | 1H FY26 revenue | 1H FY25 revenue | 1H FY26 EBITDA\n"
        "Velor Data | 63.1 | 58.4 | 40.2\n"
        "Velor Cloud Services | 105.8 | 101.0 | 19.6\n"
        "Velor Telecom | 21.7 | 21.8 | 3.6\n"
    )
    rows = _rows(text, ("Velorix", "Velor Cloud Services", "Velor Telecom"))
    assert ("Velor Cloud Services", "revenue", 105.8e6, "AUD") in rows
    assert ("Velor Cloud Services", "other", 19.6e6, "AUD") in rows  # EBITDA: `other`
    assert not any(row[1] == "profit" for row in rows)  # not the caption's "earnings"


@pytest.mark.parametrize(
    ("caption", "owner"),
    [
        ("By segment, the group reported:", "Retail"),
        ("Revenue by division:", "Retail"),
        ("Revenue by region:", "Velorix"),  # a list of places or parts under a region caption: no unit
        ("Operating profit by segment:", "Velorix"),  # the unit's profit is not its revenue
    ],
)
def test_a_unit_listed_under_a_caption_of_units_owns_its_revenue(caption: str, owner: str) -> None:
    text = (
        "Velorix reported revenue of $9.9 million for the third quarter of 2025.\n\n"
        f"{caption}\n\n- Retail: $4.1 million (+9%)\n\n- Wholesale: $5.8 million (+2%)\n"
    )
    rows = _rows(text)
    if owner == "Retail":
        assert ("Retail", "revenue", 4.1e6, "USD") in rows
        assert ("Retail", "revenue_growth", 9.0, "percent") in rows
    else:
        assert not any(row[0] == "Retail" for row in rows)


@pytest.mark.parametrize("measure", ["revenue", "net sales", "Net Revenue of"])
def test_a_unit_label_then_its_measure_then_its_figure_is_the_units(measure: str) -> None:
    text = (
        "Velorix reported results by segment for the third quarter of 2025.\n\n"
        f"- Retail: {measure} $4.1 million (+9%)\n\n- Europe: {measure} $5.8 million (+2%)\n"
    )
    rows = _rows(text)
    assert ("Retail", "revenue", 4.1e6, "USD") in rows
    assert ("Retail", "revenue_growth", 9.0, "percent") in rows
    assert not any(row[0] == "Europe" for row in rows)  # a place is a region's figure, no unit


@pytest.mark.parametrize(
    ("written", "name"),
    [("(+7.9%)", "revenue_growth"), ("(+7.9% like-for-like)", "other"), ("(+7.9% organic)", "other"),
     ("(+7.9% at constant currency)", "other")],
)
def test_a_qualified_rate_after_a_line_figure_is_narrower_than_its_growth(written: str, name: str) -> None:
    text = f"Velorix reported results for the third quarter of 2025.\n\n- Revenue: $4.1 million {written}\n"
    assert ("Velorix", name, 7.9, "percent") in _rows(text)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Total operating income", "revenue"),  # a bank's top line: the longest cue, not "operating income"
        ("Gross written premium", "revenue"),  # an insurer's: the measure's own words are no modifier
        ("Premium income", "revenue"),
        ("Operating income", "profit"),
        ("Segment operating income", "other"),  # a narrower scope stays `other`
        ("Product revenue", "other"),
    ],
)
def test_a_label_is_named_by_its_longest_measure_and_other_words_narrow_it(label: str, name: str) -> None:
    from pipelines.extraction.metrics.lines import name_from_label

    assert name_from_label(label) == name


# --- Brands and franchises as a caption's units (missed18: "By brand, sales were:" over "Brand: $1.7bn")


@pytest.mark.parametrize("example", BRAND_CAPTION_EXAMPLES)
def test_a_brand_listed_under_a_caption_of_brands_owns_its_revenue(example: str) -> None:
    caption, rest = example.split("\n\n", 1)
    unit, figures = rest.removeprefix("- ").split(": ", 1)
    text = (
        f"Velorix reported results for 2025.\n\n{caption}\n\n- {unit}: {figures}\n"
        "- Velor Outdoor: $12 million (+1%)\n"
    )
    rows = {row[:2] for row in _rows(text)}
    assert (unit, "revenue") in rows
    assert (unit, "revenue_growth") in rows


# --- A label opening with an organization's name (missed18: "Zenbox Labs revenue: $210 million (+31%)")


@pytest.mark.parametrize("measure", ["revenue", "net sales"])
def test_a_label_opening_with_an_organizations_name_is_its_own_measure(measure: str) -> None:
    text = (
        "Velorix reported results for 2025, its Zenbox Labs business included.\n\n"
        f"- Zenbox Labs {measure}: $210 million (+31%)\n- Group revenue: $900 million (+4%)\n"
    )
    rows = _rows(text, ("Velorix", "Zenbox Labs"))
    assert ("Zenbox Labs", "revenue", 210e6, "USD") in rows
    assert ("Zenbox Labs", "revenue_growth", 31.0, "percent") in rows


def test_a_cloud_offering_named_like_an_organization_owns_no_revenue_of_its_own() -> None:
    from pipelines.extraction.metrics.lines import ORGANIZATION_CLOUD_LABEL_EXAMPLE

    rows = {row[:2] for row in _rows(ORGANIZATION_CLOUD_LABEL_EXAMPLE, ("Velorix", "Zenbox Cloud"))}
    assert ("Zenbox Cloud", "revenue") not in rows  # a cloud offering's revenue is no organization's own
