"""A place or a suffix fragment the organizations stage took for a name is no deal party
(``deals._appositive_slots``, ``deals._suffix_fragment``): a place in the description after a party whose
legal suffix ends with a dot ("Velorix Inc., a Tarnow billing start-up,"), a place or owner describing the
name after it ("buys Tarnow cloud consultancy B"), and the "S" of "A/S". Invented names throughout."""

from __future__ import annotations

import pytest

from pipelines.extraction import deals
from pipelines.extraction.model import OrgMention
from tests.unit.test_deals import deals_of, parties


def _spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The entity model's spans for ``names`` (each at its first place in ``text``)."""
    return [(text.index(name), text.index(name) + len(name), "ORG") for name in names]


@pytest.mark.parametrize(
    "masked, context",
    [
        # the dot of "Inc." left outside the name: the apposition still describes it
        ("⟨0⟩., a ⟨1⟩ billing start-up, closed a $22 million round led by ⟨2⟩.", {1}),
        ("⟨0⟩., which runs the ⟨1⟩ app, agreed to buy ⟨2⟩.", {1}),
        ("⟨0⟩., advised by ⟨1⟩, agreed to buy ⟨2⟩.", {1}),
        # a place or owner describing the name after it, before an organization noun of the vocabulary
        ("⟨0⟩ buys ⟨1⟩ cloud consultancy ⟨2⟩ as revenue rises", {1}),
        ("⟨0⟩ agreed to buy ⟨1⟩ rival ⟨2⟩.", {1}),
        ("⟨0⟩ signed a memorandum with ⟨1⟩ company ⟨2⟩.", {1}),
    ],
)
def test_a_name_describing_a_party_is_context(masked: str, context: set[int]) -> None:
    assert deals._appositive_slots(masked) == context


@pytest.mark.parametrize(
    "masked",
    [
        "⟨0⟩ buys software company ⟨1⟩ for $5 million.",
        "⟨0⟩ acquired rival ⟨1⟩ last year.",
        "⟨0⟩ snapped up brokerage ⟨1⟩.",
    ],
)
def test_a_deal_verb_before_the_descriptor_leaves_its_subject_a_party(masked: str) -> None:
    assert deals._appositive_slots(masked) == set()


def test_a_place_in_a_suffixed_partys_description_is_no_investee() -> None:
    text = (
        "Velorix Billing Inc., a Tarnow usage-billing start-up, closed a $22 million Series A on Monday led "
        "by Quandra Capital."
    )
    found = deals_of(text, ner=_spans(text, ["Velorix Billing", "Tarnow", "Quandra Capital"]))
    assert [parties(d) for d in found] == [{"Velorix Billing", "Quandra Capital"}]


@pytest.mark.parametrize(
    "text, name, fragment",
    [
        ("Velorix Group A/S said it had agreed to buy Skyfjell ApS.", "S", True),
        ("Quandra Holdings S/A said it had agreed to buy Skyfjell ApS.", "A", True),
        ("Velorix Group said it had agreed to buy Skyfjell ApS.", "Skyfjell", False),
        ("LG said it had agreed to buy Skyfjell ApS.", "LG", False),
        ("The Velorix/Quandra venture said it had agreed to buy Skyfjell ApS.", "Quandra", False),
    ],
)
def test_the_letter_of_a_legal_suffix_is_no_party(text: str, name: str, fragment: bool) -> None:
    start = text.index(name, text.index("/") + 1 if "/" in text else 0)
    mention = OrgMention(key=name.lower(), name=name, text=name, start=start, end=start + len(name))
    assert deals._suffix_fragment(text, mention) is fragment


@pytest.mark.parametrize(
    "text",
    [
        "Velorix Diagnostics, the test developer that Quandra Bio bought in 2018, was acquired by Kestrel "
        "Health in August 2025.",
        "Velorix Diagnostics Inc., the test developer that Quandra Bio bought in 2018, was acquired by "
        "Kestrel Health in August 2025.",
        "Velorix Diagnostics, the test developer which Quandra Bio had acquired, signed a memorandum of "
        "understanding with Kestrel Health.",
    ],
)
def test_a_purchase_told_in_the_apposition_is_a_deal_beside_the_main_clauses(text: str) -> None:
    found = deals_of(text, ner=_spans(text, ["Velorix Diagnostics", "Quandra Bio", "Kestrel Health"]))
    assert {"Quandra Bio", "Velorix Diagnostics"} in [parties(d) for d in found]
    assert len(found) == 2


def test_an_apposition_ends_with_its_sentence_at_a_line_break() -> None:
    masked = "* The seller is ⟨0⟩., the insurer that is part of ⟨1⟩.\n    ⟨2⟩ was bought by ⟨3⟩ in 2015."
    assert deals._appositive_slots(masked) == {1}


def test_the_owner_the_apposition_names_sells_to_the_later_buyer() -> None:
    text = (
        "Velorix Diagnostics, the test developer that Quandra Bio bought in 2018, was acquired by Kestrel "
        "Health in August 2025."
    )
    found = deals_of(text, ner=_spans(text, ["Velorix Diagnostics", "Quandra Bio", "Kestrel Health"]))
    later = next(d for d in found if "Kestrel Health" in parties(d))
    roles = {p.organization_name: p.role for p in later.participants}
    assert roles == {"Kestrel Health": "acquirer", "Velorix Diagnostics": "target", "Quandra Bio": "seller"}


# A list's next item told with its own descriptor is a name of the list, not in A's description; a word
# tying the name to A keeps it a description
@pytest.mark.parametrize(
    "masked, context",
    [
        ("⟨0⟩, the Dutch fund ⟨1⟩ and the family office ⟨2⟩ also took part.", set()),
        ("⟨0⟩, a state-backed lender ⟨1⟩, and ⟨2⟩ joined the round.", set()),
        ("⟨0⟩, the venture arm of ⟨1⟩, also took part.", {1}),
        ("⟨0⟩, the lender owned by ⟨1⟩ and ⟨2⟩, also took part.", {1, 2}),
        ("⟨0⟩, the company that owns ⟨1⟩ and ⟨2⟩, also signed the memorandum.", {1, 2}),
    ],
)
def test_a_described_list_item_after_a_name_is_no_description_of_it(masked: str, context: set[int]) -> None:
    assert deals._appositive_slots(masked) == context
