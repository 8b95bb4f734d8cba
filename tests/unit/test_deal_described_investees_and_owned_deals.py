"""Missed deals told with a description or a possessive instead of a name (docs/deals.md, session 19).

- a definite description as the object of a deal word ("Orion Ventures first backed the company") names
  the organization in context, never the backer the sentence already named (entities/descriptors.py
  ``DEAL_OBJECT_CUES``);
- "A first backed B": an earlier investment;
- "its merger with B", "its alliance with B": the owner of the deal noun is a party, and a
  negation before the owner ("ended its agreement with B") still cancels the deal;
- "B, the maker it took full control of": the pronoun after the description is not B.
"""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities.descriptors import DEAL_OBJECT_CUES
from tests.unit.test_deals import deals_of, parties

CONTEXT = "Lumen Robotics builds warehouse robots in Ghent. Lumen Robotics sells to retailers. "


@pytest.mark.parametrize("example, cue", DEAL_OBJECT_CUES)
def test_every_deal_object_cue_reads_its_example(example: str, cue: str) -> None:
    assert re.search(cue + r"\s+(?:(?:an?|its)\s+)?the\s", example, re.IGNORECASE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Orion Ventures, which first backed the company in 2016, led the round.",
        "Orion Ventures bought 70% of the company for $238 million.",
        "The 2022 takeover of the insolvent company by Orion Ventures cost $5 million.",
        "Orion Ventures took over the company in 2020.",
    ],
)
def test_a_described_investee_is_the_company_in_context(sentence: str) -> None:
    deals = deals_of(CONTEXT + sentence)
    assert [parties(d) for d in deals] == [{"Lumen Robotics", "Orion Ventures"}]


@pytest.mark.parametrize(
    "sentence",
    ["Orion Ventures first backed the company in 2016.", "Orion Ventures had funded the startup in 2019."],
)
def test_an_earlier_backing_is_an_investment(sentence: str) -> None:
    deals = deals_of(CONTEXT + sentence)
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("investment", {"Lumen Robotics", "Orion Ventures"})
    ]


def test_backed_by_is_no_backing_told_actively() -> None:
    assert deals_of("Lumen Robotics, first backed by Orion Ventures, grew.") == []


@pytest.mark.parametrize(
    "sentence, deal_type, partner",
    [
        ("Its merger with Kestrel Bank Ltd had taken effect on January 1.", "acquisition", "Kestrel Bank"),
        (
            "Its alliance with Kestrel Tickets Inc. runs to 2032.",
            "partnership",
            "Kestrel Tickets",
        ),
    ],
)
def test_the_owner_of_a_deal_noun_is_a_party(sentence: str, deal_type: str, partner: str) -> None:
    deals = deals_of(CONTEXT + sentence)
    assert [(d.deal_type, parties(d)) for d in deals] == [(deal_type, {"Lumen Robotics", partner})]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company ended its ticketing agreement with Kestrel Tickets Inc. in May.",
        "Lumen Robotics ended its partnership with Kestrel Tickets Inc. in May.",
    ],
)
def test_a_negation_before_the_owner_cancels_the_deal(sentence: str) -> None:
    assert deals_of(CONTEXT + sentence) == []


def test_the_pronoun_after_a_description_read_as_the_name_is_not_that_name() -> None:
    deals = deals_of(
        "Lumen Robotics builds robots in Ghent. Kestrel Dental Ltd, the French implant maker it took full "
        "control of in 2021, grew."
    )
    assert [(d.deal_type, parties(d)) for d in deals] == [
        ("acquisition", {"Lumen Robotics", "Kestrel Dental"})
    ]
