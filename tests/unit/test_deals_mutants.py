"""Which money figure of a sentence is the deal's amount (pipelines/extraction/deals.py `_amount_clause`).

Written from the survivors of the deals mutation run (docs/testing.md): the amount is the money
figure nearest the deal's second side, never an earlier spending figure, a revenue or a sales figure."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction.deals import _mask, _summary, announced_date, find_deals
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.model import DealFact, DealParticipant
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import parse_sentences


def _parsed(text: str, published: date | None = None) -> list[DealFact]:
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    return find_deals(text, sentences, organizations, published, (), parse_sentences(sentences))


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    # The parse reads these deals (no trigger pattern does): the amount comes from `_amount_clause`.
    return [(d.deal_type, d.amount, d.currency) for d in _parsed(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sales figure before the deal, a revenue figure before the investment: neither is the amount.
        (
            "Kestrel Labs, which had sales of $300 million, was quietly bought last year by Orion Group "
            "for $2 billion.",
            ("acquisition", 2e9, "USD"),
        ),
        (
            "Orion Group, with revenue of $9 billion, has backed Kestrel Labs with $50 million.",
            ("investment", 5e7, "USD"),
        ),
        # Another money figure earlier in the sentence: the amount is the one nearest the investee.
        (
            "Orion Group, which spent $500 million on plants last year, has backed Kestrel Labs with "
            "$50 million.",
            ("investment", 5e7, "USD"),
        ),
    ],
    ids=["sales-before-a-passive-sale", "revenue-before-an-investment", "spending-before-an-investment"],
)
def test_the_amount_of_a_parsed_deal_is_its_price_not_another_money_figure(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _amounts(text) == [expected]


# --- amounts: two bugs the mutation pass found ------------------------------------------------


def test_each_investment_of_a_coordinated_sentence_has_the_figure_of_its_own_clause() -> None:
    # "$350 million into ... A, and another $100 million into ... B": the later figure is nearer A's
    # name, but it sits in the next clause; A's investment is the $350 million.
    text = (
        "Orion Group put $350 million into a plant at Kestrel Labs, and another $100 million into a "
        "centre at Fabrikam Holdings."
    )
    deals = _parsed(text)
    kestrel = [d for d in deals if "Kestrel Labs" in {p.organization_name for p in d.participants}]
    assert [(d.deal_type, d.amount, d.currency) for d in kestrel] == [("investment", 3.5e8, "USD")]


def test_a_relative_clause_after_the_target_does_not_end_the_deals_clause() -> None:
    # ", which has annual sales of $300 million," describes the target; the price follows it.
    text = (
        "Northwind Group agreed to acquire Contoso Ltd, which has annual sales of $300 million, "
        "for $2 billion."
    )
    assert _amounts(text) == [("acquisition", 2e9, "USD")]


# --- _summary: the one-line summary each deal carries into the warehouse ---------------------


def _side(*named_roles: str) -> list[DealParticipant]:
    """("Orion Group:investor", ...) -> participants keyed by a lower-case name."""
    return [DealParticipant(n.lower(), n, r) for n, r in (x.split(":") for x in named_roles)]


@pytest.mark.parametrize(
    ("deal_type", "participants", "amount", "currency", "expected"),
    [
        # one investor: "invests", the amount in whole units with thousands separators
        ("investment", _side("Orion Group:investor", "Kestrel Labs:investee"), 5e7, "USD",
         "Orion Group invests in Kestrel Labs (USD 50,000,000)"),
        # several investors: "A and B invest" (no "s"); several investees listed with commas
        ("funding", _side("Orion Group:investor", "Fabrikam:investor", "Kestrel Labs:investee",
                          "Lumen Pay:investee"), 1234567.6, "EUR",
         "Orion Group and Fabrikam invest in Kestrel Labs, Lumen Pay (EUR 1,234,568)"),
        ("funding", _side("Kestrel Labs:investee", "Orion Group:investor"), None, None,
         "Orion Group invests in Kestrel Labs"),
        # an acquisition: its first buyer and first target, whatever the order and the other parties
        ("acquisition", _side("Lumen Pay:seller", "Kestrel Labs:target", "Orion Group:acquirer",
                              "Fabrikam:acquirer", "Contoso:target"), 2e9, "USD",
         "Orion Group acquires Kestrel Labs (USD 2,000,000,000)"),
        # an amount without a currency is not shown (nor a currency without an amount)
        ("acquisition", _side("Orion Group:acquirer", "Kestrel Labs:target"), 2e9, None,
         "Orion Group acquires Kestrel Labs"),
        ("investment", _side("Orion Group:investor", "Kestrel Labs:investee"), None, "USD",
         "Orion Group invests in Kestrel Labs"),
        # a deal of those types missing one side, and every other type: "Type between A, B and C"
        ("acquisition", _side("Orion Group:acquirer", "Kestrel Labs:seller"), None, None,
         "Acquisition between Orion Group and Kestrel Labs"),
        ("investment", _side("Orion Group:partner", "Kestrel Labs:investee"), 3e6, "GBP",
         "Investment between Orion Group and Kestrel Labs (GBP 3,000,000)"),
        ("mou", _side("Orion Group:signatory", "Kestrel Labs:signatory", "Fabrikam:signatory"), None, None,
         "Memorandum of understanding between Orion Group, Kestrel Labs and Fabrikam"),
        ("joint_venture", _side("Orion Group:partner", "Kestrel Labs:partner"), 1e8, "USD",
         "Joint venture between Orion Group and Kestrel Labs (USD 100,000,000)"),
        ("contract", _side("Orion Group:partner", "Kestrel Labs:partner"), None, None,
         "Contract between Orion Group and Kestrel Labs"),
    ],
    ids=[
        "one-investor", "two-investors-two-investees", "investee-first", "acquisition-first-buyer-target",
        "amount-without-currency", "currency-without-amount", "acquisition-without-target",
        "investment-without-investor", "mou-three-parties",
        "joint-venture", "contract",
    ],
)
def test_the_summary_line_names_each_side_and_the_amount(
    deal_type: str, participants: list[DealParticipant], amount: float | None, currency: str | None,
    expected: str,
) -> None:
    assert _summary(deal_type, participants, amount, currency) == expected


def _told(text: str, published: date | None = date(2024, 5, 2)) -> list[tuple]:
    """Each deal found without a parse: type, (name, role) pairs, amount, date and evidence."""
    sentences = split_sentences(text)
    deals = find_deals(text, sentences, find_organizations(text, (), [], sentences), published)
    return [
        (d.deal_type, [(p.organization_name, p.role) for p in d.participants], d.amount, d.announced,
         d.evidence.text)
        for d in deals
    ]


# --- _threaded_deals: a deal opened with one party, its other parties named in a later sentence --------


def test_a_threaded_deal_is_the_opening_sentences_deal_with_the_later_sentences_parties() -> None:
    # The type, the amount and the date come from the opening sentence, and so does the evidence.
    opening = "Orion Group raised $40 million in a Series B round on Tuesday."
    text = f"{opening} The round was led by Kestrel Capital and Fabrikam Holdings."
    assert _told(text) == [
        ("funding",
         [("Orion Group", "investee"), ("Kestrel Capital", "investor"), ("Fabrikam Holdings", "investor")],
         4e7, date(2024, 4, 30), opening),
    ]
    assert _told(text, published=None)[0][3] is None  # "on Tuesday" needs the publish date


def test_a_threaded_deal_reads_its_amount_and_date_from_the_naming_sentence() -> None:
    # The naming sentence is the one that follows the deal: its amount, its "was signed on" date.
    opening = "Orion Group has signed a supply agreement."
    worth = f"{opening} The agreement is with Kestrel Labs and is worth $20 million."
    signed = f"{opening} The agreement was signed on Tuesday with Kestrel Labs."
    parties = [("Orion Group", "partner"), ("Kestrel Labs", "partner")]
    # no date in the naming sentence: the lead's news verb ("has signed") dates it on the publish date
    assert _told(worth) == [("contract", parties, 2e7, date(2024, 5, 2), opening)]
    assert _told(signed) == [("contract", parties, None, date(2024, 4, 30), opening)]


def test_no_threaded_deal_without_an_opening_sentence() -> None:
    assert _told("Orion Group grew fast. The round was led by Kestrel Capital and Fabrikam Holdings.") == []


# --- _implicit_stake: "B paid $X for a stake" / "A and B have also bought in" after a deal ------------

_BUY = "Orion Group agreed to buy Kestrel Labs for $2 billion."
_BOUGHT = ("acquisition", [("Orion Group", "acquirer"), ("Kestrel Labs", "target")], 2e9, date(2024, 5, 2),
           _BUY)
_FABRIKAM_IN_KESTREL = [("Fabrikam Holdings", "investor"), ("Kestrel Labs", "investee")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company of the deal told just before (its target or investee) is the stake's company
        (f"{_BUY} Fabrikam Holdings paid $500 million for a 10% stake.",
         [_BOUGHT, ("investment", _FABRIKAM_IN_KESTREL, 5e8, None,
                    "Fabrikam Holdings paid $500 million for a 10% stake.")]),
        ("Orion Group raised $40 million from Kestrel Capital. Fabrikam Holdings spent $5 million for a "
         "stake.",
         [("funding", [("Orion Group", "investee"), ("Kestrel Capital", "investor")], 4e7, date(2024, 5, 2),
           "Orion Group raised $40 million from Kestrel Capital."),
          ("investment", [("Fabrikam Holdings", "investor"), ("Orion Group", "investee")], 5e6, None,
           "Fabrikam Holdings spent $5 million for a stake.")]),
        # every investor of "A, B and C have also bought in", never the company itself
        (f"{_BUY} Fabrikam Holdings, Contoso Ltd and Lumen Pay have also bought in.",
         [_BOUGHT, ("investment", [("Fabrikam Holdings", "investor"), ("Contoso", "investor"),
                                   ("Lumen Pay", "investor"), ("Kestrel Labs", "investee")], None, None,
                    "Fabrikam Holdings, Contoso Ltd and Lumen Pay have also bought in.")]),
        (f"{_BUY} Kestrel Labs and Fabrikam Holdings have also invested.",
         [_BOUGHT, ("investment", _FABRIKAM_IN_KESTREL, None, None,
                    "Kestrel Labs and Fabrikam Holdings have also invested.")]),
        # the last organization before "has also invested" when they are not coordinated
        (f"{_BUY} Lumen Pay said Fabrikam Holdings has also invested.",
         [_BOUGHT, ("investment", _FABRIKAM_IN_KESTREL, None, None,
                    "Lumen Pay said Fabrikam Holdings has also invested.")]),
        (f"{_BUY} Lumen Pay told Contoso Ltd that Fabrikam Holdings has also invested.",
         [_BOUGHT, ("investment", _FABRIKAM_IN_KESTREL, None, None,
                    "Lumen Pay told Contoso Ltd that Fabrikam Holdings has also invested.")]),
        # after an investment too
        ("Orion Group invested $20 million in Kestrel Labs. Fabrikam Holdings has also bought in.",
         [("investment", [("Orion Group", "investor"), ("Kestrel Labs", "investee")], 2e7, None,
           "Orion Group invested $20 million in Kestrel Labs."),
          ("investment", _FABRIKAM_IN_KESTREL, None, None, "Fabrikam Holdings has also bought in.")]),
        # the company paying for a stake in itself, or a partnership before: no stake deal
        (f"{_BUY} Kestrel Labs paid $5 million for a 10% stake.", [_BOUGHT]),
        ("Orion Group signed an agreement with Kestrel Labs. Fabrikam Holdings and Contoso Ltd have also "
         "bought in.",
         [("partnership", [("Orion Group", "partner"), ("Kestrel Labs", "partner")], None, date(2024, 5, 2),
           "Orion Group signed an agreement with Kestrel Labs.")]),
        ("Orion Group grew. Fabrikam Holdings paid $5 million for a 10% stake.", []),
        # an acquisition of assets names no company whose shares a stake could be
        ("Orion Group agreed to acquire the chip brand from Kestrel Labs. Fabrikam Holdings paid $5 million "
         "for a 10% stake.",
         [("acquisition", [("Orion Group", "acquirer"), ("Kestrel Labs", "seller")], None, date(2024, 5, 2),
           "Orion Group agreed to acquire the chip brand from Kestrel Labs.")]),
    ],
    ids=["paid-for-a-stake", "after-a-funding-round", "three-bought-in", "the-company-itself-is-no-investor",
         "last-before-the-cue", "last-of-three-before-the-cue", "after-an-investment", "stake-in-itself",
         "after-a-partnership", "no-deal-before", "after-an-assets-purchase"],
)
def test_a_stake_bought_after_a_deal_is_an_investment_in_that_deals_company(
    text: str, expected: list[tuple]
) -> None:
    assert _told(text) == expected


# --- _parties: who is a party of a trigger's deal --------------------------------------------------


def test_the_business_of_two_coordinated_owners_makes_both_parties_in_the_role_of_one() -> None:
    one = _told("Orion Group agreed to buy the chip business of Kestrel Labs.")
    both = _told("Orion Group agreed to buy the chip business of Kestrel Labs and Fabrikam Holdings.")
    (owner_role,) = [role for name, role in one[0][1] if name == "Kestrel Labs"]
    owners = [("Kestrel Labs", owner_role), ("Fabrikam Holdings", owner_role)]
    assert both[0][1] == [("Orion Group", "acquirer"), *owners]
    # a comma before "and" starts another clause: the second organization is no owner
    apart = _told("Orion Group agreed to buy the chip business of Kestrel Labs, and Fabrikam Holdings grew.")
    assert apart[0][1] == one[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organizations before an agreement that are not coordinated are its sides ...
        ("Orion Group said Kestrel Labs signed an agreement.",
         [("Orion Group", "partner"), ("Kestrel Labs", "partner")]),
        ("Orion Group, Kestrel Labs, Fabrikam Holdings signed an agreement.",
         [("Orion Group", "partner"), ("Kestrel Labs", "partner"), ("Fabrikam Holdings", "partner")]),
        # ... coordinated ones are, without the speaker; an owner ("Orion Group's chief") is none
        ("Orion Group said Kestrel Labs and Fabrikam Holdings signed an agreement.",
         [("Kestrel Labs", "partner"), ("Fabrikam Holdings", "partner")]),
        ("Orion Group's chief said Kestrel Labs signed an agreement.", None),
        ("Orion Group's chief executive officer Ana Ruiz said Kestrel Labs signed an agreement.", None),
        # every organization listed after "with" is a side (test_deal_party_lists.py)
        ("Orion Group signed an agreement with Kestrel Labs and with Fabrikam Holdings.",
         [("Orion Group", "partner"), ("Kestrel Labs", "partner"), ("Fabrikam Holdings", "partner")]),
        ("Lumen Pay said Orion Group signed an agreement with Kestrel Labs.",
         [("Orion Group", "partner"), ("Kestrel Labs", "partner")]),
        # "was signed by A and B": every organization after "by" up to the end of its clause
        ("The memorandum was signed by Orion Group and Kestrel Labs; Fabrikam Holdings watched.",
         [("Orion Group", "signatory"), ("Kestrel Labs", "signatory")]),
    ],
    ids=["speaker-and-signer", "listed-without-and", "coordinated-signers", "owner-is-no-side",
         "owner-far-from-the-name", "with-object", "speaker-before-the-with-object",
         "signed-by-to-the-semicolon"],
)
def test_the_sides_of_an_agreement_named_before_it(
    text: str, expected: list[tuple[str, str]] | None
) -> None:
    assert [t[1] for t in _told(text)] == ([expected] if expected else [])


def test_a_nominal_acquisition_with_its_own_buyer_gives_no_buyer_before_it() -> None:
    # "the acquisition of B by A": A buys, not the organization before the phrase
    text = "Lumen Pay said the acquisition of Kestrel Labs by Orion Group closed."
    assert [t[1] for t in _told(text)] == [[("Orion Group", "acquirer"), ("Kestrel Labs", "target")]]


# --- _deals_in_sentence: negation and the business bought "which A acquired" -------------------------

_ACQ, _INV, _PART = "acquisition", "investment", "partnership"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "B's business, which A acquired": A bought it; the business's owner is the deal's other side
        ("Fabrikam Holdings's consumer business in Taiwan, which Orion Group acquired last year, grew.",
         [(_ACQ, [("Orion Group", "acquirer"), ("Fabrikam Holdings", "target")])]),
        # the business of the buyer itself: no deal
        ("Orion Group said Kestrel Labs's chip unit, which Kestrel Labs bought in 2019, grew.", []),
        # two deals the grammar reads, sharing a company: both kept
        ("Orion Group, which Kestrel Labs acquired in 2019, sold Lumen Pay to Fabrikam Holdings.",
         [(_ACQ, [("Kestrel Labs", "acquirer"), ("Orion Group", "target")]),
          (_ACQ, [("Fabrikam Holdings", "acquirer"), ("Lumen Pay", "target"), ("Orion Group", "seller")])]),
        # a deal of another type after one the grammar read, sharing a company: both kept
        ("Kestrel Labs, which was acquired by Orion Group in 2019, invested in Lumen Pay.",
         [(_ACQ, [("Orion Group", "acquirer"), ("Kestrel Labs", "target")]),
          (_INV, [("Kestrel Labs", "investor"), ("Lumen Pay", "investee")])]),
        # a negated deal word is skipped, the next one of the sentence still read
        ("Orion Group ended its partnership with Kestrel Labs; Fabrikam Holdings formed a partnership with "
         "Lumen Pay.", [(_PART, [("Fabrikam Holdings", "partner"), ("Lumen Pay", "partner")])]),
        # a negation opening the sentence (a headline) counts from its very first character
        ("Scrapped partnership between Orion Group and Kestrel Labs", []),
        ("Planned partnership between Orion Group and Kestrel Labs",
         [(_PART, [("Orion Group", "partner"), ("Kestrel Labs", "partner")])]),
    ],
    ids=["business-which-a-acquired", "business-of-the-buyer", "two-read-by-grammar",
         "another-type-after-grammar", "negated-then-stated", "negation-first-word", "not-negated"],
)
def test_deals_a_sentence_states_and_the_ones_it_negates(text: str, expected: list) -> None:
    assert [(t[0], t[1]) for t in _told(text)] == expected


# --- _explicit_date: the date a sentence writes out --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # ISO dates: year, month and day each from their own place; an impossible one is no date
        ("The agreement was signed on 2023-11-07.", None, date(2023, 11, 7)),
        ("The agreement was signed on 2023-13-07.", None, None),
        # a day and month without a year take the publish year, and need it
        ("The agreement was signed on March 3.", date(2024, 5, 2), date(2024, 3, 3)),
        ("The agreement was signed on March 3.", None, None),
        # ... and a day after the publish date is last year's ("Dec. 30" in a January article)
        ("The agreement was signed on Dec. 30.", date(2025, 1, 5), date(2024, 12, 30)),
        ("The agreement was signed on 30 December.", date(2025, 1, 5), date(2024, 12, 30)),
        # a written year stays, even after the publish date
        ("The deal will close on December 30, 2024.", date(2024, 5, 2), date(2024, 12, 30)),
        # a month-first date without a usable year gives way to a day-first date with one
        ("Talks began on March 3 and the deal was signed on 5 April 2019.", None, date(2019, 4, 5)),
    ],
    ids=["iso", "iso-impossible", "no-year", "no-year-no-publish-date", "last-year", "last-year-day-first",
         "written-year-in-the-future", "day-first-after-yearless-month-first"],
)
def test_an_explicit_date_in_a_sentence(sentence: str, published: date | None, expected: date | None) -> None:
    assert announced_date(sentence, published) == expected


# --- _mask: organizations, pronouns and "we" replaced by numbered slots -----------------------------


def _masked(text: str, main: str | None = None, subject: str | None = None) -> tuple[str, list[tuple]]:
    """The last sentence of ``text`` masked: its text and each slot's (organization's name, read from
    its key; written text, start, end)."""
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    last = sentences[-1]
    named = {m.name: m for m in organizations.mentions}
    mentions = [m for m in organizations.mentions if last.start <= m.start < last.end]
    slots, masked = _mask(text, last, mentions, named.get(subject or ""), named.get(main or ""))
    name_of = {m.key: m.name for m in organizations.mentions}
    return masked, [(name_of.get(m.key), m.text, m.start, m.end) for m in slots]


@pytest.mark.parametrize(
    ("text", "main", "subject", "expected"),
    [
        # "we" is the article's organization, at its own offsets in the text (second sentence: offset 18)
        ("Orion Group grew. We invested in Kestrel Labs.", "Orion Group", None,
         ("⟨0⟩ invested in ⟨1⟩.", [("Orion Group", "We", 18, 20), ("Kestrel Labs", "Kestrel Labs", 33, 45)])),
        ("Orion Group grew. Last year we invested in Kestrel Labs.", "Orion Group", None,
         ("Last year ⟨0⟩ invested in ⟨1⟩.",
          [("Orion Group", "we", 28, 30), ("Kestrel Labs", "Kestrel Labs", 43, 55)])),
        # ... and stays a word where the article has no organization of its own
        ("Orion Group grew. We invested in Kestrel Labs.", None, None,
         ("We invested in ⟨0⟩.", [("Kestrel Labs", "Kestrel Labs", 33, 45)])),
        # a described organization after an opening phrase: only "the lender" is masked
        ("Orion Group grew. On Tuesday the lender signed a deal with Kestrel Labs.", None, "Orion Group",
         ("On Tuesday ⟨0⟩ signed a deal with ⟨1⟩.",
          [("Orion Group", "the lender", 29, 39), ("Kestrel Labs", "Kestrel Labs", 59, 71)])),
        # "B said it had completed its purchase": "it" is B and "its" is that "it" ("⟨n⟩'s")
        ("Orion Group grew. Orion Group welcomed the news after Kestrel Labs said it had completed its "
         "purchase of Fabrikam Holdings.", None, None,
         ("⟨0⟩ welcomed the news after ⟨1⟩ said ⟨2⟩ had completed ⟨3⟩'s purchase of ⟨4⟩.",
          [("Orion Group", "Orion Group", 18, 29), ("Kestrel Labs", "Kestrel Labs", 54, 66),
           ("Kestrel Labs", "it", 72, 74), ("Kestrel Labs", "it", 89, 91),
           ("Fabrikam Holdings", "Fabrikam Holdings", 105, 122)])),
        # "C and D advised A on its purchase of B": "its" is A's, the organization just before
        ("Orion Group grew. Lumen Pay and Contoso Ltd advised Orion Group on its purchase of Kestrel Labs.",
         None, None,
         ("⟨0⟩ and ⟨1⟩ advised ⟨2⟩ on ⟨3⟩'s purchase of ⟨4⟩.",
          [("Lumen Pay", "Lumen Pay", 18, 27), ("Contoso", "Contoso Ltd", 32, 43),
           ("Orion Group", "Orion Group", 52, 63), ("Orion Group", "it", 67, 69),
           ("Kestrel Labs", "Kestrel Labs", 83, 95)])),
        # the first pronoun's organization is the one a later plain "it" stands for
        ("Orion Group grew. In the first week of a long and cold winter in the north, Kestrel Labs said it "
         "would buy Fabrikam Holdings and it will grow.", None, None,
         ("In the first week of a long and cold winter in the north, ⟨0⟩ said ⟨1⟩ would buy ⟨2⟩ and ⟨3⟩ will "
          "grow.",
          [("Kestrel Labs", "Kestrel Labs", 76, 88), ("Kestrel Labs", "it", 94, 96),
           ("Fabrikam Holdings", "Fabrikam Holdings", 107, 124), ("Kestrel Labs", "it", 129, 131)])),
        # a plain "it" after the speaker's own "it" is the sentence's subject again
        ("Orion Group grew. Orion Group welcomed the news after Kestrel Labs said it had won, and it will "
         "grow.", None, None,
         ("⟨0⟩ welcomed the news after ⟨1⟩ said ⟨2⟩ had won, and ⟨3⟩ will grow.",
          [("Orion Group", "Orion Group", 18, 29), ("Kestrel Labs", "Kestrel Labs", 54, 66),
           ("Kestrel Labs", "it", 72, 74), ("Orion Group", "it", 88, 90)])),
    ],
    ids=["we-is-the-main-organization", "we-inside-the-sentence", "we-without-one",
         "described-after-opening-phrase",
         "its-is-the-speakers-it", "its-after-advised-on", "later-it-is-the-first-pronouns",
         "plain-it-is-the-sentences-subject"],
)
def test_the_masked_sentence_and_its_slots(
    text: str, main: str | None, subject: str | None, expected: tuple[str, list[tuple]]
) -> None:
    assert _masked(text, main, subject) == expected
