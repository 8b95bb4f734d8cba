"""Investors of a round named in a later sentence that opens with its cue (deals.ROUND_INVESTORS_LISTED):
"The round was led by A", "Joining the round were A, B and C", "alongside existing backers D and E",
and a round kept in reach while later sentences keep joining it. Invented names throughout."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.deals import ROUND_INVESTORS_LISTED
from tests.unit.test_deals import deals_of, parties

ROUND = "Lumen Technologies raised $40 million in a Series B round. "


@pytest.mark.parametrize(("example", "cue"), ROUND_INVESTORS_LISTED)
def test_every_cue_reads_its_example(example: str, cue: re.Pattern[str]) -> None:
    masked = re.sub(r"\b[A-E]\b", "⟨0⟩", example)
    assert cue.match(masked)


@pytest.mark.parametrize(
    ("later", "investors"),
    [
        ("The round was led by Orion Ventures.", {"Orion Ventures"}),
        (
            "The financing was co-led by Orion Ventures and Kestrel Capital.",
            {"Orion Ventures", "Kestrel Capital"},
        ),
        (
            "Joining the round were Orion Ventures, Kestrel Capital and Harbor Partners.",
            {"Orion Ventures", "Kestrel Capital", "Harbor Partners"},
        ),
        (
            "Leading it was Orion Ventures; Kestrel Capital also took part.",
            {"Orion Ventures", "Kestrel Capital"},
        ),
        ("Lead investor is Orion Ventures.", {"Orion Ventures"}),
        (
            "Alongside them were the Finnish fund Orion Ventures and the Lithuanian investor Kestrel "
            "Capital.",
            {"Orion Ventures", "Kestrel Capital"},
        ),
        (
            "Orion Ventures also took part. The third new investor is Kestrel Capital, a fund of family "
            "offices.",
            {"Orion Ventures", "Kestrel Capital"},
        ),
        (
            "Joining the round were Orion Ventures and Kestrel Capital, alongside existing backers Harbor "
            "Partners and Quill Fund.",
            {"Orion Ventures", "Kestrel Capital", "Harbor Partners", "Quill Fund"},
        ),
    ],
)
def test_a_later_sentence_lists_the_rounds_investors(later: str, investors: set[str]) -> None:
    deals = deals_of(ROUND + later)
    assert [parties(d) for d in deals] == [{"Lumen Technologies"} | investors]


@pytest.mark.parametrize(
    "later",
    [
        # the round's passive names those who joined it, each maybe described
        "The round was joined by the Danish investor Orion Ventures and by Kestrel Capital.",
        "The round also includes Orion Ventures and Kestrel Capital.",
        "The round also drew the family office Orion Ventures and Kestrel Capital, a Toronto fund.",
    ],
)
def test_a_later_sentence_adds_investors_to_a_round_told_with_its_lead(later: str) -> None:
    led = "Lumen Technologies raised $40 million in a Series B round led by Harbor Partners. "
    deals = deals_of(led + later)
    assert [parties(d) for d in deals] == [
        {"Lumen Technologies", "Harbor Partners", "Orion Ventures", "Kestrel Capital"}
    ]


def test_the_lead_named_again_keeps_the_round_in_reach() -> None:
    # the joiners come four sentences after the round; the sentence naming its lead again, in between,
    # keeps the round the deal they join
    text = (
        "Lumen Technologies raised $40 million in a Series B round led by Orion Ventures. The company makes "
        "sensors. It employs 80 people. The round was led by Orion Ventures. Its plant is in Ghent. Kestrel "
        "Capital and Harbor Partners also joined the round."
    )
    deals = deals_of(text)
    assert [parties(d) for d in deals] == [
        {"Lumen Technologies", "Orion Ventures", "Kestrel Capital", "Harbor Partners"}
    ]


def test_a_lead_of_no_round_told_is_no_party() -> None:
    deals = deals_of(
        "Lumen Technologies signed a supply contract with Kestrel Capital. The round was led by Orion "
        "Ventures."
    )
    assert all("Orion Ventures" not in parties(d) for d in deals)


@pytest.mark.parametrize(
    ("later", "investors"),
    [
        # each later name told with its own descriptor
        (
            "Kestrel Capital, the Dutch fund Orion Ventures and the family office Tarsis Holdings also "
            "took part.",
            {"Kestrel Capital", "Orion Ventures", "Tarsis Holdings"},
        ),
        # the first name's apposition names another organization (the backer's own backer)
        (
            "Kestrel Capital, the climate fund backed by Quandra Bank founder Ana Ruiz, and Tarnow's Orion "
            "Ventures also took part in the round.",
            {"Kestrel Capital", "Orion Ventures"},
        ),
    ],
)
def test_described_investors_listed_later_join_the_round(later: str, investors: set[str]) -> None:
    text = ROUND + later
    names = ["Lumen Technologies", "Kestrel Capital", "Orion Ventures", "Tarsis Holdings", "Quandra Bank"]
    spans = [(text.index(n), text.index(n) + len(n), "ORG") for n in names if n in text]
    found = deals_of(text, ner=spans)
    assert [parties(d) for d in found] == [{"Lumen Technologies", *investors}]
