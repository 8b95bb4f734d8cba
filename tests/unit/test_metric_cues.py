"""Metric naming from the figure's own phrase: every cue's example, run through find_metrics, gives the
cue's name (GOLD_SCHEMA Conventions: operating income is profit, scope-narrowed figures are other)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


def _names(text: str) -> set[str]:
    return {f.metric_name for f in _facts(text)}


@pytest.mark.parametrize("cue", C.MONEY_CUES + C.RATIO_CUES, ids=lambda c: c.example)
def test_each_money_and_ratio_cue_names_its_example(cue: C.NameCue) -> None:
    expected = {"loss": "profit", "other_down": "other"}.get(cue.name, cue.name)
    assert _names(cue.example) == {expected}


def test_a_loss_before_tax_is_a_negative_other() -> None:
    cue = next(c for c in C.MONEY_CUES if c.name == "other_down")
    assert [(f.metric_name, f.value) for f in _facts(cue.example)] == [("other", -394e6)]


def test_a_loss_cue_gives_a_negative_profit() -> None:
    loss = next(c for c in C.MONEY_CUES if c.name == "loss")
    assert [f.value for f in _facts(loss.example)] == [-20e6]


@pytest.mark.parametrize(
    "cue",
    C.SCOPE_BEFORE + C.SCOPE_IN_CLAUSE + [C.SEQUENTIAL_AFTER, C.SEQUENTIAL_BEFORE],
    ids=lambda c: c.example,
)
def test_a_narrower_scope_makes_revenue_other(cue: C.NameCue) -> None:
    assert _names(cue.example) == {"other"}


def test_only_the_sequential_figure_is_other() -> None:
    text = (
        "Velorix said revenue was $4 billion in 2023, up 12% from the previous quarter "
        "and up 78% from a year ago."
    )
    rows = {(f.metric_name, f.value) for f in _facts(text)}
    assert ("other", 12.0) in rows and ("revenue_growth", 78.0) in rows


def test_percentage_points_are_other_in_percent() -> None:
    rows = {(f.metric_name, f.value, f.unit) for f in _facts(C.POINTS_EXAMPLE)}
    assert ("other", 3.0, "percent") in rows


def test_a_facility_count_is_other() -> None:
    assert {(f.metric_name, f.value) for f in _facts(C.FACILITY_EXAMPLE)} == {("other", 23.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix agreed to buy the lender at $20 per share in 2023.",
        "Velorix shares closed at $31.50 per share.",
    ],
)
def test_a_price_per_share_is_no_metric(text: str) -> None:
    assert _facts(text) == []


def _owned(text: str, names: list[str]) -> set[tuple[str, str]]:
    mentions = sorted(
        (
            OrgMention(name.lower(), name, name, m.start(), m.end())
            for name in names
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        ),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    kept: list[OrgMention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    facts = find_metrics(text, kept, None, find_quantities(text))
    return {(f.organization_name, f.metric_name) for f in facts}


def test_a_unit_named_after_its_unit_phrase_owns_the_figure() -> None:
    owned = _owned(C.NAMED_UNIT_EXAMPLE, ["Velorix", "Velorix Cloud"])
    assert {owner for owner, _ in owned} == {"Velorix Cloud"}


def test_a_product_in_apposition_owns_nothing_and_its_figure_is_other() -> None:
    assert _owned(C.PRODUCT_EXAMPLE, ["Velorix", "Zenbox"]) == {("Velorix", "other")}


def test_an_elliptical_clause_takes_the_verb_of_the_one_before() -> None:
    text = "In 2023 Velorix's North America segment grew 12% and the International segment by 27%."
    assert {(f.metric_name, f.value) for f in _facts(text)} == {("other", 12.0), ("other", 27.0)}


def test_a_headline_figure_does_not_hide_the_same_figure_in_the_body() -> None:
    text = "Velorix profit rises 10%\n\nVelorix said net profit rose 10% to $2 billion in 2023."
    assert ("other", 10.0) in {(f.metric_name, f.value) for f in _facts(text)}


def test_an_apposition_about_a_unit_does_not_decide_what_grew() -> None:
    text = "Velorix Cloud, the cloud unit of Velorix, grew 30% in 2023."
    assert _owned(text, ["Velorix", "Velorix Cloud"]) == {("Velorix Cloud", "cloud_revenue_growth")}


def test_the_parents_cloud_unit_is_the_unit_the_article_names() -> None:
    text = (
        "Velorix Cloud is the cloud unit of Velorix.\n\n"
        "Velorix's cloud unit posted revenue of $5 billion in the fourth quarter of 2023."
    )
    assert _owned(text, ["Velorix", "Velorix Cloud"]) == {("Velorix Cloud", "cloud_revenue")}


@pytest.mark.parametrize(
    "text",
    [
        "For the fourth quarter of 2025, Velorix sees revenue of $1.3 billion.",
        "Velorix guided for revenue of $1.3 billion in the fourth quarter of 2025.",
        "Velorix's revenue topped the $1.2 billion analysts had expected for 2025.",
    ],
)
def test_guidance_and_consensus_figures_are_no_metrics(text: str) -> None:
    assert _facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said organic sales growth was 5% in 2023.",
        "Velorix said like-for-like sales rose 3% in 2023.",
    ],
)
def test_organic_and_like_for_like_growth_are_other(text: str) -> None:
    assert _names(text) == {"other"}


def test_a_rate_written_against_an_earlier_period_is_growth() -> None:
    assert ("revenue_growth", 17.0) in {(f.metric_name, f.value) for f in _facts(C.GROWTH_AGAINST_EXAMPLE)}


def test_a_named_business_line_before_revenue_is_other_but_a_named_unit_is_its_own() -> None:
    text = "Velorix said net sales rose 3% in 2023, while Cloud Software and Services sales fell 2%."
    assert {(f.metric_name, f.value) for f in _facts(text)} == {("revenue_growth", 3.0), ("other", -2.0)}
    unit = "Velorix Cloud revenue rose 30% to $5 billion in 2023."
    assert _owned(unit, ["Velorix", "Velorix Cloud"]) == {
        ("Velorix Cloud", "cloud_revenue_growth"),
        ("Velorix Cloud", "cloud_revenue"),
    }


def test_a_product_owned_by_a_company_owns_nothing_but_a_cloud_unit_does() -> None:
    assert _owned(C.POSSESSED_PRODUCT_EXAMPLE, ["Velorix", "Zenbox"]) == {("Velorix", "other")}
    text = "Alphabet's Google Cloud service revenue rose 30% in 2023."
    assert {owner for owner, _ in _owned(text, ["Alphabet", "Google Cloud"])} == {"Google Cloud"}


@pytest.mark.parametrize(
    ("text", "not_owner"),
    [(C.STANDARD_EXAMPLE, "IFRS"), (C.CURRENCY_CODE_EXAMPLE, "EUR")],
)
def test_accounting_standards_and_currency_codes_own_nothing(text: str, not_owner: str) -> None:
    assert {owner for owner, _ in _owned(text, ["Velorix", not_owner])} == {"Velorix"}


def test_a_name_written_as_a_product_owns_nothing_in_the_whole_article() -> None:
    owned = _owned(C.ARTICLE_PRODUCT_EXAMPLE, ["Velorix", "Zenbox"])
    assert {owner for owner, _ in owned} == {"Velorix"}


def test_a_product_line_named_with_its_owns_nothing() -> None:
    text = (
        "Velorix said net profit rose to $3 billion in 2023. "
        "Norvane is now part of its Zenbox product line, Velorix said. "
        "Revenue from Zenbox reached $1.2 billion in 2023."
    )
    assert "Zenbox" not in {owner for owner, _ in _owned(text, ["Velorix", "Norvane", "Zenbox"])}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said billings were $1.8 billion in 2023.",
        "Velorix said deferred revenue was $4 billion in 2023.",
    ],
)
def test_billings_and_deferred_revenue_are_other(text: str) -> None:
    assert _names(text) == {"other"}


def test_a_loss_per_share_is_a_negative_other_either_way_round() -> None:
    for text in (
        "Velorix reported a net loss per share of $0.41 for 2023.",
        "Velorix reported a net loss of $0.50 per diluted share for 2023.",
    ):
        assert [(f.metric_name, f.value < 0) for f in _facts(text)] == [("other", True)], text


def test_a_pair_of_names_in_apposition_to_products_owns_nothing() -> None:
    text = f"Velorix reported results for 2023. {C.THE_PRODUCTS_EXAMPLE} Its net profit was $1 billion."
    assert {owner for owner, _ in _owned(text, ["Velorix", "Zenbox", "Quill"])} == {"Velorix"}
    # A singular apposition is about the last name of a list only: the first stays an organization.
    listed = "Revenue at Norvane, Quill and Zenbox, the messaging app, rose 10% to $2 billion in 2023."
    assert {owner for owner, _ in _owned(listed, ["Norvane", "Quill", "Zenbox"])} == {"Norvane"}


def test_a_descriptor_resolved_to_a_product_pair_owns_nothing_either() -> None:
    text = (
        "Velorix reported results for 2023. Revenue from Zenbox and Quill, the products Velorix sells to "
        "banks, rose 40% to $200 million. The company lost $5 million in 2023."
    )
    names = [("Velorix", "Velorix"), ("Zenbox", "Zenbox"), ("Quill", "Quill"), ("Zenbox", "The company")]
    mentions = sorted(
        (
            OrgMention(name.lower(), name, written, m.start(), m.end())
            for name, written in names
            for m in re.finditer(re.escape(written), text)
        ),
        key=lambda m: m.start,
    )
    facts = find_metrics(text, mentions, None, find_quantities(text))
    assert {f.organization_name for f in facts} == {"Velorix"}  # a recognizer's "the company" -> Zenbox


def test_names_after_a_relational_noun_qualify_the_subject_and_own_nothing() -> None:
    owned = _owned(C.RELATIONAL_OWNER_EXAMPLE, ["Velorix", "Zenbox", "Quill"])
    assert owned == {("Velorix", "other")}  # "its gross margin" is the owner's, the discourse's subject
    plain = "Velorix said sales rose in 2023. Quill said its gross margin widened to 57.8%."
    assert _owned(plain, ["Velorix", "Quill"]) == {("Quill", "other")}


@pytest.mark.parametrize("example", C.RATE_QUALIFIER_EXAMPLES)
def test_a_basis_phrase_of_a_rate_qualifies_the_rate_not_the_amount(example: str) -> None:
    facts = {(f.metric_name, f.unit) for f in _facts(example)}
    assert facts == {("other", "percent"), ("revenue", "USD")}


@pytest.mark.parametrize("basis", C.NARROWER_BASES, ids=lambda basis: basis.name)
def test_a_rate_on_each_shared_narrower_basis_is_other(basis: C.NameCue) -> None:
    assert {f.metric_name for f in _facts(basis.example) if f.unit == "percent"} == {"other"}


def test_a_constant_currency_phrase_before_the_amount_qualifies_the_clause() -> None:
    clause_wide = "On a constant-currency basis, Velorix's revenue rose to $5.4 billion in 2023."
    assert {f.metric_name for f in _facts(clause_wide)} == {"other"}


def test_a_product_a_company_publishes_owns_no_figure() -> None:
    text = C.PRODUCT_RELATIVE_EXAMPLE
    mentions = sorted(
        (
            OrgMention(name.lower(), name, name, m.start(), m.end())
            for name in ("Velorix", "Zenbox")
            for m in re.finditer(name, text)
        ),
        key=lambda m: m.start,
    )
    facts = find_metrics(text, mentions, None, find_quantities(text))
    assert facts and all(f.organization_name == "Velorix" for f in facts)


def test_an_expense_line_is_other_not_dropped() -> None:
    assert _names("Velorix said R&D expenses were $378 million in 2023.") == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "The Sugarbeet segment was the largest part of Velorix, with net sales of $810 million in 2023.",
        "Velorix's Europe, Middle East and Africa segment, which is being sold, reported net sales of $3.6 "
        "billion in 2023.",
        "Velorix said revenue rose 1.7% on a comparable basis in 2023.",
    ],
)
def test_a_named_segments_figure_or_a_comparable_basis_is_other(text: str) -> None:
    assert _names(text) == {"other"}


def test_a_unit_named_as_a_segment_and_reporting_its_own_figure_keeps_its_name() -> None:
    text = "Velorix Devices segment, which makes phones, had revenue of $1 billion in 2023."
    mentions = [OrgMention("velorix devices", "Velorix Devices", "Velorix Devices", 0, 15)]
    facts = find_metrics(text, mentions, None, find_quantities(text))
    assert {(f.organization_name, f.metric_name) for f in facts} == {("Velorix Devices", "revenue")}


def test_a_margin_with_a_qualifier_before_its_verb_is_other() -> None:
    text = "Velorix said gross margin excluding restructuring charges was 39.1% in 2023."
    assert {(f.metric_name, f.value) for f in _facts(text)} == {("other", 39.1)}


def test_a_write_down_is_no_profit_figure() -> None:
    text = "Velorix posted a net loss of $26.1 million for 2023, after writing down $32 million of goodwill."
    assert [(f.metric_name, f.value) for f in _facts(text)] == [("profit", -26.1e6)]


@pytest.mark.parametrize(("noun", "value"), [("decrease", -3.0), ("fall", -3.0), ("increase", 3.0)])
def test_a_rate_named_by_a_change_noun_is_growth(noun: str, value: float) -> None:
    text = f"Velorix said net sales came to $263 million in 2023, a 3% {noun} from $271 million in 2022."
    assert ("revenue_growth", value) in {(f.metric_name, f.value) for f in _facts(text)}


def test_a_clause_opening_with_its_owning_unit_is_no_kind_of_goods() -> None:
    text = "Zenbox revenue grew 97% in 2023."
    mentions = [OrgMention("zenbox", "Zenbox", "Zenbox", 0, 6)]
    facts = find_metrics(text, mentions, None, find_quantities(text))
    assert [(f.organization_name, f.metric_name) for f in facts] == [("Zenbox", "revenue_growth")]


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said operating income before items affecting comparability was $812 million in 2023.",
        "Velorix reported EBITDAaL of $12.9 billion in 2023.",
    ],
)
def test_adjusted_operating_measures_are_other(text: str) -> None:
    assert _names(text) == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Velorix said sales of Zenbox hardware fell 13.7% to 15.70 million units in 2023.",
        "Velorix said its subscriber base rose 9% to 24.9 million subscribers in 2023.",
    ],
)
def test_the_change_of_a_count_is_no_revenue_growth(text: str) -> None:
    rates = {f.metric_name for f in _facts(text) if f.unit == "percent"}
    assert rates == {"other"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velorix said EBIT from blasting products rose 14% to $707 million in 2023.", "other"),
        ("Velorix said revenue from the Velorix Cloud business grew 22% to $38.9 billion in 2023.", None),
        ("Velorix said EBIT rose to $226 million in 2023.", "profit"),
    ],
)
def test_a_measure_from_a_kind_of_business_is_other_but_not_a_named_units(
    text: str, name: str | None
) -> None:
    money = {f.metric_name for f in _facts(text) if f.unit == "USD"}
    assert (money == {name}) if name else ("other" not in money)


@pytest.mark.parametrize("form", C.NOT_AN_OWNER_FORMS, ids=lambda form: form[1])
def test_a_report_word_taken_for_a_name_owns_no_figure(form: tuple[re.Pattern[str], str, str]) -> None:
    _pattern, taken, example = form
    owners = {owner for owner, _name in _owned(example, [taken, "Velorix"])}
    assert taken not in owners
    assert owners <= {"Velorix"}


@pytest.mark.parametrize("form", C.NOT_AN_OWNER_FORMS, ids=lambda form: form[1])
def test_each_report_word_form_is_refused_as_an_owner(form: tuple[re.Pattern[str], str, str]) -> None:
    from pipelines.extraction.metrics.article import _may_own

    _pattern, taken, _example = form
    assert not _may_own(OrgMention(taken.lower(), taken, taken, 0, len(taken)))
    assert _may_own(OrgMention("velorix", "Velorix", "Velorix", 0, 7))
