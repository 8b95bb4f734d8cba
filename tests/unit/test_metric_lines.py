"""Figures laid out as lines: "Label: value (growth)" lines, period rows under a heading, and tables
whose header row names periods. Companies and figures are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.cues import CLOUD_OFFERING_LABEL_EXAMPLES, NOT_CLOUD_OFFERING_LABEL_EXAMPLES
from pipelines.extraction.metrics.lines import CLOUD_SEGMENT_LINE_EXAMPLES, name_from_label
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import named_facts, velorix_facts


def _rows(text: str, names: tuple[str, ...] = ("Velorix",)) -> set[tuple]:
    facts = named_facts(text, names, date(2020, 7, 28))
    return {(f.organization_name, f.metric_name, round(f.value, 3), f.unit, f.period_label) for f in facts}


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Total revenue", "revenue"),
        ("Revenue", "revenue"),
        ("Product revenue", "other"),  # a product line
        ("Americas revenue", "other"),  # a region
        ("Cloud revenue", "cloud_revenue"),
        ("Net income", "profit"),
        ("Operating loss", "loss"),
        ("Gross profit", "other"),
        ("EBIT", "profit"),  # earnings before interest and taxes: the operating profit
        ("EBIT before special items (DKKm)", "other"),  # an adjusted measure
        ("Adjusted EBIT", "other"),
        ("Backlog", "other"),
        ("Headcount", None),
    ],
)
def test_a_label_names_its_figure_by_head_noun_and_modifiers(label: str, name: str | None) -> None:
    assert name_from_label(label) == name


@pytest.mark.parametrize("label", CLOUD_OFFERING_LABEL_EXAMPLES)
def test_a_label_naming_a_kind_of_cloud_offering_is_cloud_revenue(label: str) -> None:
    assert name_from_label(label) == "cloud_revenue"


@pytest.mark.parametrize("label", NOT_CLOUD_OFFERING_LABEL_EXAMPLES)
def test_a_cloud_label_with_a_place_or_basis_stays_other(label: str) -> None:
    assert name_from_label(label) == "other"


def test_a_cloud_offering_line_gives_cloud_revenue_and_its_growth() -> None:
    text = "Velorix second quarter 2020 results\n\n- Cloud and managed services revenue: $76 million (+21%)"
    rows = _rows(text)
    assert ("Velorix", "cloud_revenue", 76e6, "USD", "Q2 2020") in rows
    assert ("Velorix", "cloud_revenue_growth", 21.0, "percent", "Q2 2020") in rows


def test_a_cloud_companys_private_cloud_segment_line_stays_other() -> None:
    text = "Velorix reported revenue of $900 million for 2025.\n\n- Private Cloud: $488 million, +15.6%\n"
    assert {f.metric_name for f in velorix_facts(text) if f.value in (488e6, 15.6)} == {"other"}


@pytest.mark.parametrize(
    "text", CLOUD_SEGMENT_LINE_EXAMPLES, ids=["under a caption", "business areas", "measure after"]
)
def test_a_cloud_segments_line_is_the_companys_cloud_revenue(text: str) -> None:
    rows = {(f.organization_name, f.metric_name) for f in velorix_facts(text)}
    assert {("Velorix", "cloud_revenue"), ("Velorix", "cloud_revenue_growth")} <= rows
    assert not any(org.startswith("Cloud") for org, _name in rows)


def test_label_lines_give_the_figure_and_its_growth() -> None:
    text = (
        "Velorix second quarter 2020 results\n\nProduct revenue: $312.5 million, +110%\n"
        "Total revenue: $400 million, up 90% year over year\nNet loss: $12 million"
    )
    rows = _rows(text)
    assert ("Velorix", "other", 312.5e6, "USD", "Q2 2020") in rows
    assert ("Velorix", "other", 110.0, "percent", "Q2 2020") in rows
    assert ("Velorix", "revenue", 400e6, "USD", "Q2 2020") in rows
    assert ("Velorix", "revenue_growth", 90.0, "percent", "Q2 2020") in rows
    assert ("Velorix", "profit", -12e6, "USD", "Q2 2020") in rows


def test_period_rows_take_their_metric_from_the_heading() -> None:
    text = "Velorix revenue by quarter:\n\nQ1 2018: $5.4bn (49%)\nQ2 2018: $6.1bn (47%)"
    rows = _rows(text)
    assert ("Velorix", "revenue", 5.4e9, "USD", "Q1 2018") in rows
    assert ("Velorix", "revenue_growth", 47.0, "percent", "Q2 2018") in rows


def test_a_table_dates_each_cell_by_its_header_column() -> None:
    text = (
        "Velorix results\n\n| | Q2 2020 | Q2 2019 |\n| Revenue | $2.1bn | $1.8bn |\n"
        "| Net income | $300m | $250m |"
    )
    assert _rows(text) == {
        ("Velorix", "revenue", 2.1e9, "USD", "Q2 2020"),
        ("Velorix", "revenue", 1.8e9, "USD", "Q2 2019"),
        ("Velorix", "profit", 3e8, "USD", "Q2 2020"),
        ("Velorix", "profit", 2.5e8, "USD", "Q2 2019"),
    }


def test_a_bullet_word_taken_for_an_organization_is_no_owner() -> None:
    text = (
        "Velorix reported results for the second quarter of 2020.\n\n* Consolidated revenue of $2.1 billion"
    )
    rows = _rows(text, ("Velorix", "Consolidated"))
    assert {row[0] for row in rows} == {"Velorix"}


def test_a_currency_mark_taken_for_an_organization_is_no_owner() -> None:
    text = "Velorix reported revenue of Rs 544.6 crore for the quarter ended March 31, 2025, Rs said."
    assert {row[0] for row in _rows(text, ("Velorix", "Rs"))} == {"Velorix"}


def test_a_plain_number_table_takes_its_scale_and_dates_from_the_caption_and_header() -> None:
    text = (
        "Velorix reports third quarter results\n\n(in millions of $, except per share data)\n\n"
        "Three months ended   Sept 30, 2023   Sept 30, 2022\n\nRevenue   1,728.8   1,001.4\n\n"
        "Net loss   (12.5)   (30.1)"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 1728.8e6, "USD", "Q3 2023") in rows
    assert ("Velorix", "revenue", 1001.4e6, "USD", "Q3 2022") in rows
    assert ("Velorix", "profit", -12.5e6, "USD", "Q3 2023") in rows


# ---------------------------------------------------------------------------------------------
# Table units, percentage rows and tables of measures by unit (issue 11)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Rs crore", ("INR", 1e7)),
        ("Segment results, FY2024 (A$m)", ("AUD", 1e6)),
        ("(in millions of US$)", ("USD", 1e6)),
        ("US$ in millions", ("USD", 1e6)),
        ("Full-year results, ¥ billion", ("JPY", 1e9)),
        ("€bn", ("EUR", 1e9)),
        ("Revenue by region", None),
    ],
)
def test_a_tables_caption_states_the_currency_and_scale_of_its_plain_numbers(caption, expected) -> None:
    from pipelines.extraction.quantities import table_scale

    assert table_scale(caption) == expected


def test_a_table_in_a_scale_of_its_own_with_a_percentage_row_is_read_by_column_period() -> None:
    text = (
        "Velorix, whose fiscal year ends in March, reported results for the fourth quarter on Thursday.\n\n"
        "Rs crore | Q4 FY21 | Q3 FY21 | FY21\n"
        "Revenue | 2,612 | 2,486 | 9,722\n"
        "Net profit | 334 | 315 | 1,217\n"
        "EBIT margin (%) | 15.6 | 15.9 | 15.8\n"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 24.86e9, "INR", "FY2021 Q3") in rows
    assert ("Velorix", "profit", 12.17e9, "INR", "FY2021") in rows
    assert ("Velorix", "other", 15.6, "percent", "FY2021 Q4") in rows  # a margin, not money


def test_a_table_of_measures_by_division_names_each_figure_by_its_column() -> None:
    text = (
        "Velorix said its annual profit rose, helped by its Norvane chain.\n\n"
        "Divisional results, FY2024 (A$m)\n"
        "Division | Revenue | EBT | Change in EBT\n"
        "Norvane | 11,107 | 958 | +24.4%\n"
        "Chemicals | 2,702 | 385 | -30.9%\n"
    )
    rows = _rows(text, ("Velorix", "Norvane"))
    assert ("Norvane", "revenue", 11.107e9, "AUD", "2024") in rows  # a named unit owns its row
    assert ("Norvane", "other", 958e6, "AUD", "2024") in rows  # a measure the cues do not name
    assert ("Norvane", "other", 24.4, "percent", "2024") in rows  # the change of that measure
    # A named division reports its own figures: its own organization (GOLD_SCHEMA Conventions, units.py)
    assert ("Chemicals", "revenue", 2.702e9, "AUD", "2024") in rows
    assert ("Chemicals", "other", -30.9, "percent", "2024") in rows
    assert not any(row[1] == "revenue" and row[0] == "Velorix" for row in rows)


def test_a_bare_change_column_is_the_change_to_its_left_and_a_restated_figure_is_dropped() -> None:
    text = (
        "Velorix reported net sales of ¥213.5 billion in 2023, up 40.6%. Norvane "
        "reported net sales of ¥504.9 billion for the year ended March 2024.\n\n"
        "Full-year results, ¥ billion\n\n"
        "  Company     Net sales   Change\n"
        "  Velorix     213.5       +40.6%\n"
        "  Norvane     504.9       +9.5%\n"
    )
    rows = _rows(text, ("Velorix", "Norvane"))
    assert ("Norvane", "revenue_growth", 9.5, "percent", "FY2024") in rows
    # The table restates the prose's figures: each is stated once, with the prose's period.
    assert [row[4] for row in rows if row[0] == "Velorix" and row[1] == "revenue"] == ["2023"]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Revenue (DKKm)", "revenue"),  # a bracketed unit is no scope
        ("Net profit (%)", "profit"),
        ("Americas revenue (USD m)", "other"),  # the region still narrows it
        ("Profit for the year", "profit"),
        ("Loss attributable to equity holders", "loss"),
        ("Revenue (Rs crore)", "revenue"),  # a currency mark and scale in brackets
        ("Net profit ($ million)", "profit"),
        ("Revenue from operations", "revenue"),  # what it counts, not a narrower line
        ("Profit after tax", "profit"),
        ("Revenue (Americas)", "other"),  # a bracketed region is a scope, not a unit
    ],
)
def test_a_labels_unit_and_holder_words_do_not_narrow_its_name(label: str, name: str) -> None:
    assert name_from_label(label) == name


def test_a_table_row_label_states_the_currency_and_scale_of_its_figures() -> None:
    text = (
        "For the full year, the group posted:\n\n"
        "Velorix, full year | 2019 | 2018\n"
        "Revenue (DKKm) | 167,106 | 150,791\n"
        "Diluted EPS (DKK) | 48.90 | 54.90\n"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 167106e6, "DKK", "2019") in rows
    assert ("Velorix", "revenue", 150791e6, "DKK", "2018") in rows
    assert ("Velorix", "other", 48.9, "DKK", "2019") in rows


@pytest.mark.parametrize(
    ("line", "earlier"),
    [
        ("- Revenue: R188.0 billion, down 15.9% from R223.5 billion in 2018", ("revenue", 223.5e9, "2018")),
        # EBIT is the operating profit of the Conventions (the gold of blind9, blind11, blind13 agrees)
        ("- EBIT: EUR 226.3 million (2018: EUR 184.6 million)", ("profit", 184.6e6, "2018")),
        (
            "- Net loss: R7.3 billion, compared with a profit of R6.3 billion in 2018",
            ("profit", 6.3e9, "2018"),
        ),
    ],
)
def test_a_label_lines_earlier_figure_is_read_with_its_own_period(line: str, earlier: tuple) -> None:
    text = f"Velorix results for the year ended 31 December 2019\n\n{line}\n"
    name, value, period = earlier
    rows = _rows(text)
    assert any(r[1] == name and r[2] == round(value, 3) and r[4] == period for r in rows), rows


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Mobile subscribers: 291.0 million", "users"),
        ("- Active fintech users: 63.0 million, up 13.3%", "users"),
        ("- Active customers: 2.1 million", "customers"),
        ("- Employees: 21,000", "other"),  # no count of the people it serves: its staff, `other`
        ("- Interconnections: 20,214", "other"),  # a plural noun no cue table names: a count of things
        ("- Status: 3", None),  # no plural, no count
    ],
)
def test_a_label_line_counting_users_or_customers_is_read_undated(line: str, name: str | None) -> None:
    text = f"Velorix results for the year ended 31 December 2019\n\n{line}\n"
    counts = {(r[1], r[4]) for r in _rows(text) if r[3] == "count"}
    assert counts == ({(name, None)} if name else set())


def test_a_table_whose_header_names_split_years_dates_each_column_by_its_closing_year() -> None:
    text = (
        "Velorix closed the fiscal year 2018/2019 (1 July 2018 to 30 June 2019) with higher sales.\n\n"
        "Velorix Group, in EUR million | 2018/2019 | 2017/2018 | +/-\n"
        "Net sales | 1,680.2 | 1,617.0 | 3.9%\n"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 1680.2e6, "EUR", "FY2019") in rows
    assert ("Velorix", "revenue", 1617e6, "EUR", "FY2018") in rows


def test_a_count_rows_growth_after_the_day_it_stood_on_is_other() -> None:
    text = "Velorix results for 2019\n\n- Mobile subscribers: 291.0 million at 31 December 2019, up 3.5%\n"
    assert {(r[1], r[2], r[3]) for r in _rows(text)} == {("users", 291e6, "count"), ("other", 3.5, "percent")}


def test_a_scale_only_caption_scales_marked_cells_and_spares_per_share_rows() -> None:
    text = (
        "Velorix reported results for the fourth quarter and fiscal year ended June 30, 2025.\n\n"
        "Summary (in thousands, except per share data)\n\n"
        "Three Months Ended June 30, | 2025 | 2024\n"
        "Revenue | $ 615,375 | $ 559,929\n"
        "Net income | 111,520 | 92,631\n"
        "Diluted earnings per share | $ 1.52 | $ 1.27\n\n"
        "Year Ended June 30, | 2025 | 2024\n"
        "Revenue | $ 2,375,420 | $ 2,215,543\n"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 615375e3, "USD", "FY2025 Q4") in rows  # the caption's day closes the year
    assert ("Velorix", "profit", 92631e3, "USD", "FY2024 Q4") in rows
    assert ("Velorix", "other", 1.52, "USD", "FY2025 Q4") in rows  # per share: in units
    assert ("Velorix", "revenue", 2375420e3, "USD", "FY2025") in rows  # second table, same caption


def test_a_per_share_row_naming_its_currency_mark_is_in_units() -> None:
    text = (
        "Velorix reported its results on Tuesday.\n\n"
        "Velorix ($m) | FY2024 | FY2023\nNet sales | 9,636 | 9,357\nAdjusted EPS ($) | 3.08 | 3.09\n"
    )
    rows = _rows(text)
    assert ("revenue", 9636e6, "USD") in {row[1:4] for row in rows}
    assert {row[2] for row in rows if row[1] == "other"} == {3.08, 3.09}


def test_a_table_corner_naming_an_organization_gives_it_the_rows() -> None:
    prose = (
        "Velorix sold its yogurt arm to Norvane Foods. Velorix said revenue rose. Velorix expects more. "
        "Velorix shares rose.\n\n"
    )
    text = prose + "Norvane Foods ($m) | FY2024 | FY2023\nNet sales | 9,636 | 9,357\n"
    # The entity model reads no table cell: only the prose names the buyer.
    mentions = [
        OrgMention(name.lower(), name, name, m.start(), m.end())
        for name in ("Velorix", "Norvane Foods")
        for m in re.finditer(name, prose)
    ]
    mentions.sort(key=lambda m: m.start)
    facts = find_metrics(text, mentions, date(2024, 9, 1), find_quantities(text))
    assert {f.organization_name for f in facts if f.value in (9636e6, 9357e6)} == {"Norvane Foods"}


def test_a_change_column_gives_each_row_its_growth_and_a_suffix_unit_scales_the_row() -> None:
    text = (
        "Velorix reported its results on Tuesday.\n\n"
        "                        FY2024     FY2023     Change\n"
        "Revenue (billion yen)   1,036.2    921.9      +12.4%\n"
        "Operating profit (billion yen)   149.4   127.1   +17.5%\n"
    )
    rows = {row[1:4] for row in _rows(text)}
    assert {("revenue", 1036.2e9, "JPY"), ("revenue", 921.9e9, "JPY"), ("profit", 149.4e9, "JPY")} <= rows
    assert {("revenue_growth", 12.4, "percent"), ("other", 17.5, "percent")} <= rows


def test_rows_naming_units_under_a_corner_measure_are_segments() -> None:
    text = (
        "Velorix reported its results on Tuesday.\n\n"
        "Sales (A$m) | FY24 | FY23 | Change\nKids wear | 330.9 | 339.7 | -2.6%\n"
    )
    rows = {row[:4] for row in _rows(text)}
    assert {("Velorix", "other", 330.9e6, "AUD"), ("Velorix", "other", -2.6, "percent")} <= rows


def test_label_lines_read_bracketed_labels_and_ratios_and_skip_an_outlook_list() -> None:
    text = (
        "Velorix reported results for the first quarter of 2025 on Tuesday.\n\n"
        "KEY FIGURES\n"
        "- Remaining performance obligations (RPO): $4.08 billion (+21% y/y)\n"
        "- Operating margin: 25%, up 3 percentage points\n\n"
        "GUIDANCE\n"
        "- Fiscal 2026 revenue: $2.875 billion to $2.885 billion\n"
    )
    rows = {row[1:4] for row in _rows(text)}
    assert {("other", 4.08e9, "USD"), ("other", 25.0, "percent")} <= rows
    assert not any(row[1] == 2.875e9 for row in rows)


def test_count_label_lines_with_the_day_they_stood_on() -> None:
    text = (
        "Velorix reported results for the year ended March 31, 2025.\n\n"
        "- Active clients at March 31, 2025: 279\n"
    )
    assert ("customers", 279.0, "count") in {row[1:4] for row in _rows(text)}


def test_label_lines_aligned_by_spaces_read_like_label_colon_value() -> None:
    text = (
        "Velorix reported its results for 2024.\n\n"
        "  Sales                 EUR 6,370 million  (2023: EUR 6,714 million)\n"
        "  EBITDA margin         9.6 %              (2023: 7.6 %)\n"
    )
    rows = _rows(text)
    assert ("Velorix", "revenue", 6.37e9, "EUR", "2024") in rows
    assert ("Velorix", "revenue", 6.714e9, "EUR", "2023") in rows
    assert ("Velorix", "other", 9.6, "percent", "2024") in rows


def test_the_organization_a_caption_names_owns_the_lines_below_it() -> None:
    text = (
        "Quill is buying a unit of Velorix. Quill said the deal fits. Quill will pay cash.\n\n"
        "Velorix key figures for 2024:\n\n  Sales              EUR 6,370 million\n"
    )
    assert ("Velorix", "revenue", 6.37e9, "EUR", "2024") in _rows(text, ("Velorix", "Quill"))


def test_a_caption_names_no_owner_by_the_object_of_a_preposition() -> None:
    text = (
        "Velorix said revenue rose in 2024. Velorix, Velorix and Velorix.\n\n"
        "In its results filed with Quill on Wednesday, the company reported:\n\n- Revenue: $958.8 million\n"
    )
    assert {row[0] for row in _rows(text, ("Velorix", "Quill"))} == {"Velorix"}


def test_lines_after_prose_about_one_of_the_main_organizations_are_its_own() -> None:
    # Quill is mentioned most, but the paragraph above the table is about Velorix (the lead's company).
    text = (
        "Velorix agreed to buy Quill for $18 billion in 2024.\n\n"
        "Quill makes roofs. Quill has 760 branches. Quill was founded in 2008. Quill is based in Texas.\n\n"
        "The deal is Velorix's largest.\n\n"
        "($ billions) | Fiscal 2023 | Fiscal 2022\nNet sales | 152.7 | 157.4\n"
    )
    rows = _rows(text, ("Velorix", "Quill"))
    assert ("Velorix", "revenue", 152.7e9, "USD", "2023") in rows
    # "Quill has 760 branches" is Quill's own count (an `other` figure); no line of the table is Quill's
    assert not {row for row in rows if row[0] == "Quill" and row[3] != "count"}


def test_a_passing_mention_above_the_lines_does_not_take_them() -> None:
    # The last subject is an organization named once; the lines stay the article's main one's.
    text = (
        "Velorix grew in 2024. Velorix cut costs. Velorix hired staff.\n\n"
        "Zenbox, a platform Velorix bought, grew fast.\n\nKEY FIGURES\n- Total revenue: $688 million\n"
    )
    assert ("Velorix", "revenue", 688e6, "USD", "2024") in _rows(text, ("Velorix", "Zenbox"))
