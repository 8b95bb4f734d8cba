"""Which organization owns a figure (pipelines/extraction/metrics/owners.py), through find_metrics.

Written from the survivors of a mutation run (docs/testing.md): each test guards one way of deciding
the owner that no other unit test pinned down."""

from __future__ import annotations

from datetime import date

from tests.unit.test_metrics import _rows, _run

_PUBLISHED = date(2024, 2, 1)


def _owners(text: str, names: list[str]) -> set[tuple]:
    return {(row[0], row[1], row[2]) for row in _rows(_run(text, names, _PUBLISHED))}


def test_a_descriptor_in_a_new_paragraph_goes_to_the_most_mentioned_organization() -> None:
    # No organization in the paragraph: "the company" is the discourse topic, the organization named
    # most so far, not the first or the last one named.
    text = (
        "Harbex opened a plant. Zentra hired staff and Zentra cut prices.\n\n"
        "The company's revenue rose 12% in 2023."
    )
    assert _owners(text, ["Zentra", "Harbex"]) == {("Zentra", "revenue_growth", 12.0)}


def test_the_topic_is_the_most_mentioned_organization_even_when_another_spoke_last() -> None:
    text = (
        "Harbex opened a plant. Harbex hired staff. Harbex cut prices. Later Zentra said it would wait.\n\n"
        "The company's revenue rose 12% in 2023."
    )
    # Harbex comes first in the alphabet too, and Zentra last: neither order decides it.
    assert _owners(text, ["Zentra", "Harbex"]) == {("Harbex", "revenue_growth", 12.0)}


def test_the_topic_on_a_tie_is_the_last_subject() -> None:
    text = "Harbex opened a plant. Zentra hired staff.\n\nThe company's revenue rose 12% in 2023."
    assert _owners(text, ["Zentra", "Harbex"]) == {("Zentra", "revenue_growth", 12.0)}


def test_a_research_firm_is_a_source_not_the_owner_of_its() -> None:
    text = "Zentra met analysts. Research firm Harbex said its revenue rose 12% in 2023."
    assert _owners(text, ["Zentra", "Harbex"]) == {("Zentra", "revenue_growth", 12.0)}


def test_organizations_listed_right_before_their_figures_own_them() -> None:
    text = "In 2022 Zentra held 40% of the market, Harbex 31% and Quillon 12%."
    assert _owners(text, ["Zentra", "Harbex", "Quillon"]) == {
        ("Zentra", "market_share", 40.0),
        ("Harbex", "market_share", 31.0),
        ("Quillon", "market_share", 12.0),
    }


def test_revenue_at_a_unit_named_in_apposition_is_the_unit_s() -> None:
    text = "Sales at the unit, Zentra Cloud, rose 12% in 2023."
    assert _owners(text, ["Zentra Cloud", "Harbex"]) == {("Zentra Cloud", "cloud_revenue_growth", 12.0)}


def test_revenue_at_a_named_company_is_that_company_s() -> None:
    text = "Revenue at Zentra rose 12% in 2023, while Harbex said sales fell."
    assert _owners(text, ["Zentra", "Harbex"]) == {("Zentra", "revenue_growth", 12.0)}


def test_a_possessive_before_fiscal_year_owns_the_figure() -> None:
    text = "Zentra said Harbex's fiscal year revenue rose 12% to $5 billion."
    assert _owners(text, ["Zentra", "Harbex"]) == {
        ("Harbex", "revenue", 5e9),
        ("Harbex", "revenue_growth", 12.0),
    }



def test_a_company_described_as_acquired_does_not_become_the_company_the_text_goes_on_about() -> None:
    from pipelines.extraction.metrics import cues as C

    facts = _run(C.ABSORBED_EXAMPLE, ["Velorix", "Zenbox"])
    assert ("Velorix", "profit") in {(f.organization_name, f.metric_name) for f in facts}
    assert all(f.organization_name == "Velorix" for f in facts)


def test_a_descriptor_resolved_to_a_bullet_word_stands_for_the_organization_named_before_it() -> None:
    # The recognizer took "Consolidated" for an organization and resolved "the Kaohsiung-based company"
    # to it; the figure belongs to the company named before, not to the exchange the sentence names.
    from pipelines.extraction.metrics import find_metrics
    from pipelines.extraction.model import OrgMention
    from pipelines.extraction.quantities import find_quantities

    text = (
        "Harbex Holding reported results.\n"
        "Consolidated revenue rose 6.4 percent to $150 million in 2024, the Kaohsiung-based company said "
        "in a filing with the Taiwan Stock Exchange."
    )

    def at(name: str, key: str, surface: str) -> OrgMention:
        start = text.index(surface)
        return OrgMention(key, name, surface, start, start + len(surface))

    mentions = [
        at("Harbex Holding", "harbex", "Harbex Holding"),
        at("Consolidated", "consolidated", "Consolidated"),
        at("Consolidated", "consolidated", "the Kaohsiung-based company"),
        at("Taiwan Stock Exchange", "taiwan stock exchange", "Taiwan Stock Exchange"),
    ]
    facts = find_metrics(text, mentions, _PUBLISHED, find_quantities(text))
    assert {(f.organization_name, f.metric_name, f.value) for f in facts} == {
        ("Harbex Holding", "revenue_growth", 6.4),
        ("Harbex Holding", "revenue", 150000000.0),
    }


def test_an_organization_named_after_the_figure_as_a_cause_does_not_own_it() -> None:
    text = (
        "Harbex reported results. Harbex cut jobs.\n\n"
        "For the full year, revenue climbed 28.6% to $5.77 billion, boosted by a full year of sales from "
        "British software maker Zentra, acquired by Harbex in 2023."
    )
    owners = {row[0] for row in _owners(text, ["Harbex", "Zentra"])}
    assert owners == {"Harbex"}


def test_a_measure_written_as_an_acronym_owns_no_figure() -> None:
    text = "Harbex reported results. ARR grew 22% to $930 million."
    assert {row[0] for row in _owners(text, ["Harbex", "ARR"])} == {"Harbex"}


def test_a_name_governed_by_a_preposition_is_not_the_clause_subject_when_a_descriptor_is() -> None:
    # "In a filing with X, the group said ...": the group (Zentra, the topic) reports, not the exchange.
    text = (
        "Zentra posted a record year. Zentra hired staff.\n\n"
        "In a filing with Harbex on Thursday, the group said total income rose 3.4% in 2023."
    )
    assert _owners(text, ["Zentra", "Harbex"]) == {("Zentra", "revenue_growth", 3.4)}


def test_a_name_governed_by_a_preposition_still_owns_when_nothing_else_is_named() -> None:
    text = "Zentra opened a plant.\n\nFor Harbex, revenue rose 12% in 2023."
    assert {row[0] for row in _owners(text, ["Zentra", "Harbex"])} == {"Harbex"}


def test_a_descriptor_resolved_to_a_preposition_object_stands_for_the_last_subject() -> None:
    # The recognizer resolves "the Seoul-based company" by recency to Harbex, named last but only as the
    # object of "to": the company the text is about is Zentra.
    from pipelines.extraction.metrics import find_metrics
    from pipelines.extraction.model import OrgMention
    from pipelines.extraction.quantities import find_quantities

    text = (
        "Zentra passed a milestone with its drug, which it licensed to Harbex in 2018.\n\n"
        "Revenue for 2024 rose 11.2% to 2.068 trillion won, the Seoul-based company said."
    )
    descriptor = text.index("the Seoul-based company")
    mentions = [
        OrgMention("zentra", "Zentra", "Zentra", 0, 6),
        OrgMention("harbex", "Harbex", "Harbex", text.index("Harbex"), text.index("Harbex") + 6),
        OrgMention("harbex", "Harbex", "the Seoul-based company", descriptor, descriptor + 23),
    ]
    facts = find_metrics(text, mentions, _PUBLISHED, find_quantities(text))
    assert {(f.organization_name, f.metric_name) for f in facts} == {
        ("Zentra", "revenue_growth"),
        ("Zentra", "revenue"),
    }


def test_a_descriptor_resolved_to_an_organization_named_only_later_stands_for_the_one_named_before() -> None:
    from pipelines.extraction.metrics import find_metrics
    from pipelines.extraction.model import OrgMention
    from pipelines.extraction.quantities import find_quantities

    text = (
        "Zentra closed 2023 with net income of $6.27 billion.\n\n"
        "The group's net interest margin fell to 6.6% in 2023.\n\n"
        "Zentra bought a unit from Harbex in 2013."
    )
    group = text.index("The group")
    harbex = text.index("Harbex")
    mentions = [
        OrgMention("zentra", "Zentra", "Zentra", 0, 6),
        OrgMention("harbex", "Harbex", "The group", group, group + 9),  # the recognizer's forward guess
        OrgMention("zentra", "Zentra", "Zentra", text.rindex("Zentra"), text.rindex("Zentra") + 6),
        OrgMention("harbex", "Harbex", "Harbex", harbex, harbex + 6),
    ]
    facts = find_metrics(text, mentions, _PUBLISHED, find_quantities(text))
    assert {f.organization_name for f in facts} == {"Zentra"}


def test_a_heading_naming_another_organization_opens_an_item_about_it() -> None:
    # A briefs page: the exchange was named most, but the prose under "Zentra profit edges up" is Zentra's.
    text = (
        "Harbex signs pact\n\n"
        "Harbex signed a pact on Tuesday. Harbex said Harbex would host funds. Harbex chairman spoke.\n\n"
        "Zentra profit edges up\n\n"
        "Zentra posted third-quarter net profit of $4.05 billion in 2025.\n\n"
        "Revenue for the quarter was $30.12 billion, an increase of 4.2 percent."
    )
    assert {row[0] for row in _owners(text, ["Zentra", "Harbex"])} == {"Zentra"}
