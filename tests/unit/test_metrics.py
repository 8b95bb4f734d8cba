"""Company metrics: classification, attribution, periods and exclusions, on sentences written for the
tests, plus a regression check against the gold devset when /work/shared is available."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import METRIC_NAMES, MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities

_FUZZ_TOKENS = [
    "Zentra",
    "Harbex",
    "its",
    "it",
    "the company",
    "revenue",
    "net loss",
    "profit",
    "rose",
    "fell",
    "grew",
    "to",
    "of",
    "in",
    "the",
    "third",
    "quarter",
    "2020",
    "a year earlier",
    "compared with",
    "than",
    "while",
    "$5 billion",
    "RMB 3.2 million",
    "(about $1 million)",
    "12%",
    "-4%",
    "1 million users",
    "customers",
    "share of the market",
    "doubled",
    ",",
    ".",
    ";",
    "\n\n",
    "* ",
    "fiscal year ending March 31",
    "last fiscal year",
]


def _mentions(text: str, names: list[str]) -> list[OrgMention]:
    found = []
    for name in names:
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            found.append(OrgMention(name.lower(), name, name, match.start(), match.end()))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _run(text: str, names: list[str], published: date | None = None) -> list[MetricFact]:
    return find_metrics(text, _mentions(text, names), published, find_quantities(text))


def _rows(facts: list[MetricFact]) -> set[tuple]:
    return {(f.organization_name, f.metric_name, round(f.value, 3), f.unit, f.period_label) for f in facts}


def test_revenue_growth_and_profit_with_crore_and_fiscal_calendar() -> None:
    text = (
        "Infosys reported revenue of Rs 38,994 crore for the quarter ended September 30, 2023, "
        "up 6.7% from a year earlier. Net profit was Rs 6,212 crore."
    )
    rows = _rows(_run(text, ["Infosys"], date(2023, 10, 13)))
    assert ("Infosys", "revenue", 389_940_000_000.0, "INR", "FY2024 Q2") in rows
    assert ("Infosys", "revenue_growth", 6.7, "percent", "FY2024 Q2") in rows
    assert ("Infosys", "profit", 62_120_000_000.0, "INR", "FY2024 Q2") in rows


def test_a_loss_is_negative_and_the_comparison_gets_the_earlier_period() -> None:
    text = (
        "Steinwerk posted a net loss of €1.2 billion in the first half of 2023, "
        "compared with a profit of €3.4 billion a year earlier."
    )
    rows = _rows(_run(text, ["Steinwerk"]))
    assert rows == {
        ("Steinwerk", "profit", -1.2e9, "EUR", "H1 2023"),
        ("Steinwerk", "profit", 3.4e9, "EUR", "H1 2022"),
    }


def test_converted_figure_gives_one_row_per_currency() -> None:
    text = (
        "Its rival's cloud arm, Baidu AI Cloud, booked 5.2 billion yuan (about "
        "$740 million) in revenue in 2022."
    )
    rows = _rows(_run(text, ["Baidu AI Cloud", "Baidu"]))
    assert ("Baidu AI Cloud", "cloud_revenue", 5.2e9, "CNY", "2022") in rows
    assert ("Baidu AI Cloud", "cloud_revenue", 740e6, "USD", "2022") in rows


def test_figures_go_to_the_company_the_clause_is_about() -> None:
    text = (
        "Microsoft said its cloud revenue rose 30% in the quarter ended June 30, 2023, "
        "while Salesmax grew 12% over the same three months."
    )
    rows = _rows(_run(text, ["Microsoft", "Salesmax"]))
    assert ("Microsoft", "cloud_revenue_growth", 30.0, "percent", "FY2023 Q4") in rows
    # The same calendar months, in a December company's calendar.
    assert ("Salesmax", "revenue_growth", 12.0, "percent", "Q2 2023") in rows


def test_possessive_beats_the_sentence_subject() -> None:
    text = (
        "Researchers at Tallyworks estimate that Skyforge's share of the "
        "European storage market reached 31% in 2022."
    )
    rows = _rows(_run(text, ["Tallyworks", "Skyforge"]))
    assert rows == {("Skyforge", "market_share", 31.0, "percent", "2022")}


def test_pronouns_and_descriptors_follow_the_discourse_topic() -> None:
    text = (
        "Lumora Pay launched in Kenya in March. The company counts more than 12 million users, "
        "and it wants to serve 50 million customers within five years."
    )
    rows = _rows(_run(text, ["Lumora Pay"]))
    assert rows == {("Lumora Pay", "users", 12e6, "count", None)}


def test_loose_growth_words() -> None:
    text = "Brightline's revenue more than doubled to $80 million in 2021, and its bookings rose by half."
    rows = _rows(_run(text, ["Brightline"]))
    assert ("Brightline", "revenue_growth", 100.0, "percent", "2021") in rows
    assert ("Brightline", "revenue", 80e6, "USD", "2021") in rows


def test_margins_gross_profit_and_share_of_revenue_are_other() -> None:
    text = (
        "Gross profit at Norvik was $45 million, a gross margin of 18.5%, and the services arm made up "
        "22% of total revenue in 2020."
    )
    rows = _rows(_run(text, ["Norvik"]))
    assert {r[1] for r in rows} == {"other"}
    assert ("Norvik", "other", 45e6, "USD", "2020") in rows


def test_forecasts_deals_ownership_chrome_and_forecast_points_are_not_metrics() -> None:
    text = (
        "Zentra expects revenue to reach $2 billion by 2026. Zentra will invest $300 million in a plant "
        "and holds a 40% stake in the venture. Zentra's margin will widen by 3 percentage points. "
        "Zentra shares fell 4% on Monday. Get 50% off your first year. 1,204 views"
    )
    assert _run(text, ["Zentra"]) == []


def test_valuation_is_other_and_registered_capital_is_nothing() -> None:
    text = (
        "Corvel, which is valued at roughly $12 billion, set up a bank with "
        "registered capital of 4 billion yuan."
    )
    rows = _rows(_run(text, ["Corvel"]))
    assert rows == {("Corvel", "other", 12e9, "USD", None)}


def test_evidence_offsets_are_exact() -> None:
    text = "Intro line.\n\nHarbex said revenue climbed 14% to $1.9 billion in the fourth quarter of 2022."
    facts = _run(text, ["Harbex"])
    assert facts
    for fact in facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        assert fact.evidence.start <= text.index("$1.9") < fact.evidence.end


def test_headline_is_not_reported_but_the_body_is() -> None:
    text = (
        "Harbex sales jump 14% in strong quarter\n\nHarbex said sales rose 14% in the third quarter of 2022."
    )
    facts = _run(text, ["Harbex"])
    assert len(facts) == 1 and facts[0].evidence.text.startswith("Harbex said")


# ---------------------------------------------------------------------------------------------
# Devset regression (gold organization names stand in for the entity stage)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _gold_files() -> list[Path]:
    return sorted((SHARED / "seeds").glob("*.json")) + sorted((SHARED / "devset").glob("*.json"))


@pytest.mark.skipif(not (SHARED / "devset").is_dir(), reason="shared devset not available")
def test_devset_metrics_f1_and_period_accuracy() -> None:
    import sys

    sys.path.insert(0, str(SHARED / "devset"))
    from validate_gold import visible_text  # stdlib-only reader of the .html articles

    tp = fp = fn = period_ok = 0
    for gold_path in _gold_files():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_suffix(".txt")
        text = (
            txt.read_text(encoding="utf-8")
            if txt.exists()
            else visible_text(gold_path.with_suffix(".html").read_text(encoding="utf-8"))
        )
        names = [n for org in gold["organizations"] for n in [org["name"], *org["aliases"]]]
        canonical = {n: org["name"] for org in gold["organizations"] for n in [org["name"], *org["aliases"]]}
        parent = {org["name"]: org["parent"] for org in gold["organizations"]}
        mentions = [
            OrgMention(canonical[m.name].lower(), canonical[m.name], m.text, m.start, m.end)
            for m in _mentions(text, names)
        ]
        published = date.fromisoformat(gold["published"]) if gold["published"] else None
        facts = find_metrics(text, mentions, published, find_quantities(text))
        remaining = list(gold["metrics"])
        for fact in facts:
            for gold_metric in remaining:
                org_ok = (
                    gold_metric["organization"] == fact.organization_name
                    or fact.organization_name in (parent.get(gold_metric["organization"]),)
                    or parent.get(fact.organization_name) == gold_metric["organization"]
                )
                tolerance = 0.5 if gold_metric["unit"] == "percent" else 0.02 * abs(gold_metric["value"])
                if (
                    org_ok
                    and gold_metric["metric"] == fact.metric_name
                    and gold_metric["unit"] == fact.unit
                    and abs(gold_metric["value"] - fact.value) <= tolerance
                ):
                    tp += 1
                    period_ok += gold_metric["period"] == fact.period_label
                    remaining.remove(gold_metric)
                    break
            else:
                fp += 1
        fn += len(remaining)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    assert f1 >= 0.80, (tp, fp, fn)
    assert period_ok / max(tp, 1) >= 0.85


def test_a_named_unit_before_the_metric_noun_owns_the_figure() -> None:
    text = "Parentco's Skyvault segment reported sales of $2.4 billion, up 16% year over year."
    rows = _rows(_run(text, ["Parentco", "Skyvault"]))
    assert {r[0] for r in rows} == {"Skyvault"}


def test_for_the_quarter_without_context_is_the_quarter_before_publication() -> None:
    text = "Quillon said revenue for the quarter rose 9% to $310 million."
    rows = _rows(_run(text, ["Quillon"], date(2022, 10, 27)))
    assert ("Quillon", "revenue", 310e6, "USD", "Q3 2022") in rows


def test_counts_with_the_noun_before_the_number() -> None:
    text = "Lumora's monthly active consumers on its apps reached 75 million in 2021."
    rows = _rows(_run(text, ["Lumora"]))
    assert rows == {("Lumora", "users", 75e6, "count", "2021")}


def test_growth_of_something_other_than_revenue_is_other() -> None:
    text = (
        "Kestrel Bank said loans grew 8% in 2022. "
        "Kestrel Bank's revenue in the fourth quarter of 2022 rose 5%."
    )
    rows = _rows(_run(text, ["Kestrel Bank"]))
    assert ("Kestrel Bank", "other", 8.0, "percent", "2022") in rows
    assert ("Kestrel Bank", "revenue_growth", 5.0, "percent", "Q4 2022") in rows


def test_levels_and_discounts_are_not_growth_rates() -> None:
    text = (
        "Pellucid said its cloud penetration rose to 40% in 2021. "
        "Pellucid cut prices by up to 30% in 2021. "
        "Pellucid's revenue was $9 million in 2021, down 5% year over year."
    )
    rows = _rows(_run(text, ["Pellucid"]))
    assert {r[1:] for r in rows if r[3] == "percent"} == {("revenue_growth", -5.0, "percent", "2021")}


def test_pronoun_skips_an_aside_and_possessive_figures_go_to_their_owner() -> None:
    text = (
        "Skyforge, which is backed by Parentco, said its revenue for 2021 rose 53% to $1.1 billion. "
        "Tallyworks held a 14% share of the storage market in 2021, behind Skyforge's 40%."
    )
    rows = _rows(_run(text, ["Skyforge", "Parentco", "Tallyworks"]))
    assert ("Skyforge", "revenue", 1.1e9, "USD", "2021") in rows
    assert ("Tallyworks", "market_share", 14.0, "percent", "2021") in rows
    assert ("Skyforge", "market_share", 40.0, "percent", "2021") in rows
    assert not any(r[0] == "Parentco" for r in rows)


def test_a_base_figure_next_to_the_previous_quarter_gets_that_quarter() -> None:
    text = (
        "Harbex said sales rose 20% in the fourth quarter of 2021, slowing from 33% in the previous quarter."
    )
    rows = _rows(_run(text, ["Harbex"]))
    assert ("Harbex", "revenue_growth", 33.0, "percent", "Q3 2021") in rows
    assert ("Harbex", "revenue_growth", 20.0, "percent", "Q4 2021") in rows


def test_stock_moves_are_not_growth_even_after_long_names() -> None:
    text = "Shares of Victoria Harbour Investment Management Holdings rose 1.3% in afternoon trading in 2021."
    assert _run(text, ["Victoria Harbour Investment Management Holdings"]) == []


def test_organization_names_do_not_count_as_deal_words() -> None:
    text = "Operating profit at Bluewater Growth Fund rose to $9.0 billion in 2022."
    rows = _rows(_run(text, ["Bluewater Growth Fund"]))
    assert rows == {("Bluewater Growth Fund", "profit", 9e9, "USD", "2022")}  # operating profit is profit


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_FUZZ_TOKENS), max_size=40).map(" ".join))
def test_any_text_gives_evidence_at_exact_offsets(text: str) -> None:
    for fact in _run(text, ["Zentra", "Harbex"], date(2021, 5, 1)):
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        assert fact.metric_name in METRIC_NAMES


def test_fiscal_calendar_is_read_from_a_quarter_and_its_dates() -> None:
    text = (
        "Quillon Cloud, the cloud arm of Quillon, grew revenue 40% in the second quarter of Quillon's fiscal "
        "year, the three months ended September 30, 2021. Quillon Cloud posted revenue of $80 million "
        "in the fourth quarter of fiscal 2021."
    )
    rows = _rows(_run(text, ["Quillon Cloud", "Quillon"]))
    # Second fiscal quarter ends in September: the year ends in March, so this is FY2022 Q2.
    assert ("Quillon Cloud", "cloud_revenue_growth", 40.0, "percent", "FY2022 Q2") in rows
    assert ("Quillon Cloud", "cloud_revenue", 80e6, "USD", "FY2021 Q4") in rows


def test_the_earlier_figure_in_a_comparison_gets_the_earlier_period() -> None:
    text = (
        "Harbex said revenue rose to $5.2 billion in the third quarter of 2022 from $4.1 billion. "
        "Net profit was $300 million, compared with $250 million last year."
    )
    rows = _rows(_run(text, ["Harbex"]))
    assert ("Harbex", "revenue", 5.2e9, "USD", "Q3 2022") in rows
    assert ("Harbex", "revenue", 4.1e9, "USD", "Q3 2021") in rows
    assert ("Harbex", "profit", 250e6, "USD", "Q3 2021") in rows


def test_pronoun_subject_follows_the_paragraph_not_the_article_topic() -> None:
    text = (
        "Harbex said revenue rose 9% to $5 billion in 2022. Harbex said profit rose. Harbex grew.\n\n"
        "Quillon said its revenue slipped 2% to $1 billion in 2022. It serves more than 4,000 enterprise "
        "customers."
    )
    rows = _rows(_run(text, ["Harbex", "Quillon"]))
    assert ("Quillon", "revenue_growth", -2.0, "percent", "2022") in rows
    assert ("Quillon", "customers", 4000.0, "count", None) in rows


def test_market_share_list_continues_into_the_next_sentence() -> None:
    text = (
        "Skyforge held a 36% share of the storage market in 2021, ahead of Tallyworks at 19%. Harbex had 9%."
    )
    rows = _rows(_run(text, ["Skyforge", "Tallyworks", "Harbex"]))
    assert {(r[0], r[2]) for r in rows} == {("Skyforge", 36.0), ("Tallyworks", 19.0), ("Harbex", 9.0)}
    assert {r[1] for r in rows} == {"market_share"}


def test_unqualified_quarter_is_a_calendar_quarter_even_for_fiscal_companies() -> None:
    text = "Microsoft held a 21% share of the cloud market in the third quarter, according to Tallyworks."
    rows = _rows(_run(text, ["Microsoft", "Tallyworks"], date(2022, 11, 1)))
    # July-September 2022 is Microsoft's fiscal 2023 first quarter.
    assert rows == {("Microsoft", "market_share", 21.0, "percent", "FY2023 Q1")}


def test_doubling_of_something_other_than_revenue_is_other() -> None:
    text = "Quillon said gross merchandise value more than doubled in 2021, while its revenue doubled."
    rows = _rows(_run(text, ["Quillon"]))
    assert rows == {
        ("Quillon", "other", 100.0, "percent", "2021"),
        ("Quillon", "revenue_growth", 100.0, "percent", "2021"),
    }


def test_share_price_moves_are_not_metrics() -> None:
    text = (
        "Zentra shares climbed 6% in Frankfurt, extending their gain for the year to 31%.\n\n"
        "The stock has risen 12% this month, ahead of the benchmark index's 2% advance.\n\n"
        "Zentra said revenue rose 9% to $2 billion in 2023."
    )
    rows = _rows(_run(text, ["Zentra"], date(2024, 2, 1)))
    assert ("Zentra", "revenue_growth", 9.0, "percent", "2023") in rows
    assert not [r for r in rows if r[2] in (6.0, 31.0, 12.0, 2.0)]


def test_per_share_amounts_are_not_profit() -> None:
    text = "Harbex said net income rose to $1.2 billion, or $2.15 per share, in 2023."
    rows = _rows(_run(text, ["Harbex"]))
    assert ("Harbex", "profit", 1.2e9, "USD", "2023") in rows
    # the per-share figure is earnings per share (`other`, as the Conventions name EPS), never profit
    assert not [r for r in rows if abs(r[2] - 2.15) < 0.01 and r[1] != "other"]


def test_growth_of_a_figure_named_after_the_rate_is_that_figure() -> None:
    text = "Harbex reported a 14% rise in quarterly net profit and a 5% increase in revenue in 2023."
    rows = _rows(_run(text, ["Harbex"]))
    assert ("Harbex", "other", 14.0, "percent", "2023") in rows
    assert ("Harbex", "revenue_growth", 5.0, "percent", "2023") in rows


def test_double_down_is_not_growth() -> None:
    rows = _rows(_run("Clients of Harbex want to double down on automation, it said in 2023.", ["Harbex"]))
    assert not rows


def test_one_sentence_paragraphs_keep_the_reported_quarter_for_the_same_company() -> None:
    text = (
        "Zentra said revenue rose 8% to $3 billion in the third quarter of 2024.\n\n"
        "Net income increased to $400 million from $350 million a year earlier.\n\n"
        "Rival Harbex reported net income of $90 million."
    )
    rows = _rows(_run(text, ["Zentra", "Harbex"], date(2024, 10, 30)))
    assert ("Zentra", "profit", 400e6, "USD", "Q3 2024") in rows
    assert ("Harbex", "profit", 90e6, "USD", None) in rows


def test_an_unqualified_quarter_of_an_off_calendar_company_is_its_fiscal_quarter() -> None:
    # Nvidia's fiscal year ends in January (data/fiscal_calendars.json): quarters never align with
    # calendar quarters, so "the fourth quarter" in its own report is fiscal.
    text = "Nvidia said revenue for the fourth quarter was $20 billion."
    rows = _rows(_run(text, ["Nvidia"], date(2025, 2, 26)))
    assert ("Nvidia", "revenue", 20e9, "USD", "FY2025 Q4") in rows


def test_fy_in_a_rupee_story_is_a_march_fiscal_year() -> None:
    text = "Krishi Labs said its revenue grew 40% to ₹120 crore in FY24."
    rows = _rows(_run(text, ["Krishi Labs"]))
    assert ("Krishi Labs", "revenue", 1.2e9, "INR", "FY2024") in rows


def test_units_delivered_headcount_and_people_served() -> None:
    rows = _rows(
        _run(
            "Kestrel delivered 42,500 scooters in 2024. Kestrel's headcount rose to 3,100. "
            "Kestrel now serves more than 3 lakh farmers.",
            ["Kestrel"],
        )
    )
    assert ("Kestrel", "other", 42500, "count", "2024") in rows
    assert any(r[:4] == ("Kestrel", "other", 3100, "count") for r in rows)
    assert ("Kestrel", "customers", 300000, "count", None) in rows


def test_segment_revenue_share_of_total_and_operating_loss() -> None:
    rows = _rows(
        _run(
            "Halden Semiconductor reported revenue of $900 million in 2024. Automotive revenue reached "
            "$300 million, or about 33% of the total. It posted an operating loss of $20 million.",
            ["Halden Semiconductor"],
        )
    )
    assert ("Halden Semiconductor", "other", 300e6, "USD", "2024") in rows
    assert ("Halden Semiconductor", "other", 33, "percent", "2024") in rows
    assert ("Halden Semiconductor", "profit", -20e6, "USD", "2024") in rows  # a negative profit


def test_present_level_is_undated_and_rupee_fy_codes_set_a_march_year() -> None:
    rows = _rows(
        _run(
            "Tarang Infotech reported net profit of ₹120 crore for the July-September quarter. "
            "Revenue rose 12% to ₹900 crore in the second quarter of FY26, and it has 4,000 customers.",
            ["Tarang Infotech"],
            date(2025, 10, 20),
        )
    )
    assert ("Tarang Infotech", "profit", 1.2e9, "INR", "FY2026 Q2") in rows
    assert ("Tarang Infotech", "revenue", 9e9, "INR", "FY2026 Q2") in rows
    assert ("Tarang Infotech", "customers", 4000, "count", None) in rows


def test_growth_after_a_user_count_is_revenue_growth() -> None:
    rows = _rows(
        _run(
            "Zalo Pay said it had 20 million users and that its revenue rose 40% in 2024.",
            ["Zalo Pay"],
        )
    )
    assert ("Zalo Pay", "revenue_growth", 40, "percent", "2024") in rows


def test_items_of_a_briefs_page_do_not_share_an_owner_and_a_wire_credit_owns_nothing() -> None:
    text = (
        "-- Velorix closes Norvane purchase --\n\n"
        "OSLO, May 31 (Nordwire) - Velorix said on Friday it had completed its purchase of Norvane.\n\n"
        "Norvane's revenue rose 49% to $730 million in 2023.\n\n"
        "-- Kestrel profit surges --\n\n"
        "LONDON, May 22 (Nordwire) - Kestrel Group plc reported a jump in profit for 2023.\n\n"
        "Group revenue rose 9.2% to $13.0 billion in 2023.\n"
    )
    facts = _run(text, ["Velorix", "Norvane", "Kestrel Group", "Nordwire"])
    owners = {(f.organization_name, f.value) for f in facts}
    assert ("Kestrel Group", 13.0e9) in owners
    assert not any(owner in ("Nordwire", "Norvane", "Velorix") and value == 13.0e9 for owner, value in owners)


@pytest.mark.parametrize("number", ["2.", "2)"])
def test_a_numbered_item_of_a_briefs_page_starts_its_own_discourse(number: str) -> None:
    text = (
        "1. Velorix: yogurt sale\n\nVelorix sold its yogurt arm. Velorix said Velorix would buy back "
        "shares. Velorix revenue fell 1% to $19.9 billion in fiscal 2024.\n\n"
        f"{number} Kestrel: sauces lift sales\n\nKestrel closed its year with a new brand.\n\n"
        "Net sales rose 3% to $9.6 billion in 2024.\n"
    )
    owners = {(f.organization_name, f.value) for f in _run(text, ["Velorix", "Kestrel"])}
    assert ("Kestrel", 9.6e9) in owners and ("Velorix", 9.6e9) not in owners


def test_a_from_figure_after_a_to_figure_is_the_same_measure_with_its_sign() -> None:
    text = (
        "Velorix said revenue rose 7.8% to $2.07 billion in 2023, and its operating loss shrank "
        "to $212.9 million from $363.9 million a year earlier."
    )
    rows = {(f.metric_name, round(f.value), f.period_label) for f in _run(text, ["Velorix"])}
    assert ("profit", -212_900_000, "2023") in rows
    assert ("profit", -363_900_000, "2022") in rows
    assert not any(name == "revenue" and value == 363_900_000 for name, value, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "For 2023, Velorix posted net earnings of $10.1 billion, down 19% from $12.4 billion a year earlier.",
        "Velorix said net profit rose 13% to $490 million in 2023.",
    ],
)
def test_a_rate_written_against_a_profit_amount_is_other(text: str) -> None:
    rows = {(f.metric_name, f.unit) for f in _run(text, ["Velorix"])}
    assert ("other", "percent") in rows and ("revenue_growth", "percent") not in rows
