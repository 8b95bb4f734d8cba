"""A pronoun or role noun buying something, resolved by position to a business the article just told as
bought, stands for that business's buyer ("A bought B. The company also bought C": A buys C)."""

from __future__ import annotations

from pipelines.extraction.deal_anaphora import (
    BOUGHT_IS_NO_BUYER_EXAMPLE,
    BOUGHT_IS_NO_GROUP_EXAMPLE,
    buyer_for_bought_anaphor,
)
from pipelines.extraction.model import DealFact, DealParticipant, Evidence, OrgMention

BUYER = DealParticipant("orion group", "Orion Group", "acquirer")
BOUGHT = DealParticipant("kestrel bank", "Kestrel Bank", "target")
EARLIER = DealFact("acquisition", [BUYER, BOUGHT], None, None, None, "", Evidence("", 0, 0))
NEW_TARGET = OrgMention("lumen data", "Lumen Data", "Lumen Data", 40, 50)


def _anaphor(words: str) -> OrgMention:
    """The anaphor as the masking writes it in: resolved to the business bought before."""
    return OrgMention(BOUGHT.organization_key, BOUGHT.organization_name, words, 0, len(words))


def _keys(slots: list[OrgMention]) -> list[str]:
    return [s.key for s in slots]


def test_the_examples_role_noun_buys_for_the_earlier_buyer():
    told_after = BOUGHT_IS_NO_BUYER_EXAMPLE.split(". ", 1)[1]
    masked = told_after.replace("the company", "⟨0⟩").replace("Lumen Data", "⟨1⟩")
    fixed = buyer_for_bought_anaphor([_anaphor("the company"), NEW_TARGET], masked, [EARLIER])
    assert _keys(fixed) == [BUYER.organization_key, NEW_TARGET.key]


def test_a_role_noun_buying_is_the_earlier_buyer():
    for masked, words in (
        ("A year ago ⟨0⟩ also bought ⟨1⟩.", "the company"),
        ("⟨0⟩'s acquisition of ⟨1⟩ was announced last month.", "The company"),
        ("⟨0⟩ agreed to buy ⟨1⟩ in 2024.", "it"),
    ):
        fixed = buyer_for_bought_anaphor([_anaphor(words), NEW_TARGET], masked, [EARLIER])
        assert _keys(fixed) == [BUYER.organization_key, NEW_TARGET.key], masked
        assert fixed[0].text == words  # still the words written there


def test_the_bought_business_named_by_name_buys_for_itself():
    named = OrgMention(BOUGHT.organization_key, BOUGHT.organization_name, "Kestrel Bank", 0, 12)
    slots = [named, NEW_TARGET]
    assert buyer_for_bought_anaphor(slots, "⟨0⟩ also bought ⟨1⟩.", [EARLIER]) == slots


def test_an_anaphor_doing_anything_but_buying_is_kept():
    slots = [_anaphor("the company"), NEW_TARGET]
    assert buyer_for_bought_anaphor(slots, "⟨0⟩ signed a partnership with ⟨1⟩.", [EARLIER]) == slots


def test_an_anaphor_of_a_business_never_told_as_bought_is_kept():
    other = DealFact(
        "partnership",
        [
            DealParticipant("orion group", "Orion Group", "partner"),
            DealParticipant("kestrel bank", "Kestrel Bank", "partner"),
        ],
        None,
        None,
        None,
        "",
        Evidence("", 0, 0),
    )
    slots = [_anaphor("the company"), NEW_TARGET]
    assert buyer_for_bought_anaphor(slots, "⟨0⟩ also bought ⟨1⟩.", [other]) == slots


def test_the_group_doing_anything_is_the_buyer_of_its_unit():
    told_after = BOUGHT_IS_NO_GROUP_EXAMPLE.split(". ", 1)[1]
    masked = told_after.replace("The group", "⟨0⟩").replace("Kestrel Air", "⟨1⟩")
    partner = OrgMention("kestrel air", "Kestrel Air", "Kestrel Air", 40, 51)
    bought = DealFact(
        "acquisition",
        [BUYER, DealParticipant(NEW_TARGET.key, NEW_TARGET.name, "target")],
        None,
        None,
        None,
        "",
        Evidence("", 0, 0),
    )
    anaphor = OrgMention(NEW_TARGET.key, NEW_TARGET.name, "The group", 0, 9)
    fixed = buyer_for_bought_anaphor([anaphor, partner], masked, [bought])
    assert _keys(fixed) == [BUYER.organization_key, partner.key]
