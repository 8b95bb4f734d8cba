"""Deal forms and the sentence index of pipelines/extraction/deals.py, function by function.

Written from the survivors of the `deals` mutation run, part B (docs/mutants/deals_b.md): each test
guards one promise a surviving mutant broke without any test noticing. Masked sentences (``⟨0⟩`` for
the first organization) are the input of the inner functions; whole texts go through `find_deals`.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from pipelines.extraction import deals as d
from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import OrganizationResult, find_organizations
from pipelines.extraction.model import DealFact, DealParticipant, Evidence, OrganizationFact, OrgMention
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.span_index import Coverage
from pipelines.extraction.syntax import parse_sentences

# ---------------------------------------------------------------------------------------------
# The sentence index: clause bounds and clause ends found once, read as on the text cut at a trigger
# ---------------------------------------------------------------------------------------------


def _clause_bounds_on_the_cut_text(masked: str, position: int) -> tuple[int, int]:
    """The reading `_SentenceIndex.clause_bounds` replaced (deals.py before ab07e03): regular
    expressions run on ``masked[:position]``, quadratic in a run-on sentence but plainly right."""
    colons = [m.start() for m in re.finditer(r":(?![^()]{0,30}\))", masked[:position])]  # not "(NYSE: BX)"
    start = max([masked.rfind(";", 0, position), *colons[-1:]]) + 1
    joints = [m.end() for m in re.finditer(r",\s+(?:and|but|while|whereas)\s+", masked[:position])]
    start = max([start, *joints])
    ends = [i for i in (masked.find(";", position), masked.find(", which", position)) if i != -1]
    return start, min(ends, default=len(masked))


def _deal_clause_on_the_cut_text(masked: str, match: re.Match[str]) -> str:
    """The reading `_deal_clause` replaced: from the trigger to the first clause boundary after the
    organization that follows it."""
    boundary = re.compile(r";|,\s+(?:and|while|but|which|whereas)\b")
    second_slot = re.search(d._SLOT, masked[match.end() :])
    search_from = match.end() + (second_slot.end() if second_slot else 0)
    end = boundary.search(masked, search_from)
    cut = end.start() if end else len(masked)
    # since the amount fix: a ", which ...," relative clause after the organization is left out and the
    # clause goes on after it ("acquire B, which has annual sales of $300 million, for $2 billion")
    relative = re.compile(r",\s+which\b(?:[^,;]|,(?=\d)){0,140}?(?=,\s)").match(masked, cut)
    if relative is None:
        return masked[match.start() : cut]
    rest = boundary.search(masked, relative.end())
    return masked[match.start() : cut] + masked[relative.end() : rest.start() if rest else len(masked)]


# Pieces of masked sentences where the index can go wrong: colons inside and outside "(NYSE: BX)",
# semicolons, joints with one or more spaces, ", which", slots, brackets and plain words.
_PIECES = [
    ":",
    ": ",
    ";",
    "; ",
    ", and ",
    ", and  ",
    ",  but ",
    ", while ",
    ", whereas ",
    ", which ",
    ", which",
    "(",
    ")",
    "(NYSE: BX)",
    "(x:",
    " buy ",
    "⟨0⟩",
    "⟨1⟩",
    "⟨12⟩",
    " ",
    "  ",
    "ab",
    "word word word ",
    ", ",
    "and ",
    "x" * 12,
]


def _random_masked(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))


def test_clause_bounds_are_those_read_on_the_text_cut_at_the_trigger() -> None:
    rng = random.Random(2026)
    for _ in range(1500):
        masked = _random_masked(rng)
        index = d._SentenceIndex(masked, set())
        for position in range(len(masked) + 1):
            assert index.clause_bounds(position) == _clause_bounds_on_the_cut_text(masked, position), (
                masked,
                position,
            )


def test_clause_bounds_of_written_sentences() -> None:
    cases = [
        # a colon opens the clause; one inside "(NYSE: BX)" does not
        ("Update: ⟨0⟩ agreed to buy ⟨1⟩", 15, (7, len("Update: ⟨0⟩ agreed to buy ⟨1⟩"))),
        ("⟨0⟩ (NYSE: BX) agreed to buy ⟨1⟩", 20, (0, len("⟨0⟩ (NYSE: BX) agreed to buy ⟨1⟩"))),
        # ", and" with its own subject opens a clause; a semicolon and ", which" end one
        ("⟨0⟩ grew, and ⟨1⟩ bought ⟨2⟩; ⟨3⟩ fell", 18, (14, 28)),
        ("⟨0⟩ bought ⟨1⟩, which sells tea", 5, (0, 14)),
    ]
    for masked, position, expected in cases:
        assert d._SentenceIndex(masked, set()).clause_bounds(position) == expected, masked


def test_a_colon_whose_bracket_closes_thirty_characters_later_is_inside_it() -> None:
    # "(NYSE:" + 30 characters + ")": the longest bracket a colon can be read inside, then a trigger far after
    for gap in (29, 30, 31):
        masked = "(NYSE:" + "x" * gap + ") and more words ⟨0⟩ agreed to buy ⟨1⟩"
        index = d._SentenceIndex(masked, set())
        for position in range(len(masked) + 1):
            assert index.clause_bounds(position) == _clause_bounds_on_the_cut_text(masked, position), (
                gap,
                position,
            )


def test_a_deal_clause_ends_at_the_first_boundary_after_the_organization_that_follows_the_trigger() -> None:
    rng = random.Random(2027)
    trigger = re.compile(r"buy")
    for _ in range(1500):
        masked = _random_masked(rng)
        index = d._SentenceIndex(masked, set())
        for match in trigger.finditer(masked):
            assert d._deal_clause(masked, match, index) == _deal_clause_on_the_cut_text(masked, match), masked


def test_slots_in_a_clause_and_their_window_are_the_plain_slices() -> None:
    masked = "⟨0⟩ and ⟨1⟩, the unit of ⟨2⟩, agreed to buy ⟨3⟩; ⟨4⟩ and ⟨5⟩ fell"
    skip = {2}
    index = d._SentenceIndex(masked, skip)
    every = [(m.start(), m.end(), int(m.group(1))) for m in re.finditer(d._SLOT, masked)]
    positions = [p for p in every if p[2] not in skip]
    assert index.slots == positions
    for start in range(len(masked) + 1):
        for end in range(start, len(masked) + 1):
            lo, hi = index.slots_in(start, end)
            assert index.slots[lo:hi] == [p for p in positions if start <= p[0] < end], (start, end)
    for lo in range(len(positions) + 1):
        for hi in range(-1, len(positions) + 1):  # callers never pass hi past the list
            window = d._Window(positions, lo, hi)
            plain = positions[lo : max(lo, hi)]
            assert len(window) == len(plain)
            assert list(window) == plain
            for key in range(-len(plain), len(plain)):
                assert window[key] == plain[key]
            for key in (len(plain), -len(plain) - 1):
                try:
                    window[key]
                except IndexError:
                    pass
                else:
                    raise AssertionError(f"window[{key}] of {plain} gave no IndexError")
            for a in range(-1, len(plain) + 1):
                for b in range(-1, len(plain) + 1):
                    assert list(window[a:b]) == plain[a:b]
                    assert list(window[a:b:2]) == plain[a:b:2]


def test_a_window_slice_with_a_step_is_the_stepped_list() -> None:
    items = list(range(10))
    window = d._Window(items, 2, 8)
    assert list(window[1:5]) == [3, 4, 5, 6]
    assert window[::2] == [2, 4, 6]
    assert window[1::3] == [3, 6]
    assert list(window[1:5][1:3]) == [4, 5]  # a window of a window starts from the inner one's start


# ---------------------------------------------------------------------------------------------
# One deal told several times: which tellings are the same deal, and what the merged record keeps
# ---------------------------------------------------------------------------------------------

ORION = OrganizationFact("orion", "Orion Group", "company")
ORION_SPAIN = OrganizationFact(
    "orion spain", "Orion Spain", "company", parent_key="orion", parent_name="Orion Group"
)
KESTREL = OrganizationFact("kestrel", "Kestrel Labs", "company")
ALPHA = OrganizationFact("alpha", "Alpha Capital", "company")
BETA = OrganizationFact("beta", "Beta Ventures", "company")
ORGANIZATIONS = OrganizationResult([ORION, ORION_SPAIN, KESTREL, ALPHA, BETA], [])


def _deal(
    deal_type: str,
    *parties: tuple[OrganizationFact, str],
    amount: float | None = None,
    currency: str | None = None,
) -> DealFact:
    participants = [DealParticipant(org.key, org.name, role) for org, role in parties]
    return DealFact(deal_type, participants, None, amount, currency, "", Evidence("", 0, 0))


def test_a_headline_naming_only_the_lead_investor_is_the_same_round() -> None:
    story = _deal("funding", (ALPHA, "investor"), (BETA, "investor"), (KESTREL, "investee"))
    headline = _deal("funding", (BETA, "investor"), (KESTREL, "investee"))
    assert d._same_parties(story, headline, ORGANIZATIONS)
    assert d._same_parties(headline, story, ORGANIZATIONS)
    investment = _deal("investment", (ALPHA, "investor"), (BETA, "investor"), (KESTREL, "investee"))
    assert d._same_parties(
        investment, _deal("investment", (BETA, "investor"), (KESTREL, "investee")), ORGANIZATIONS
    )
    # another type, or other parties, is another deal
    assert not d._same_parties(
        story, _deal("investment", (BETA, "investor"), (KESTREL, "investee")), ORGANIZATIONS
    )
    assert not d._same_parties(
        story, _deal("funding", (ORION, "investor"), (KESTREL, "investee")), ORGANIZATIONS
    )
    # only rounds and investments name some of their sides in a headline: a partnership of three is not
    # the partnership of two of them
    three = _deal("partnership", (ALPHA, "partner"), (BETA, "partner"), (KESTREL, "partner"))
    assert not d._same_parties(
        three, _deal("partnership", (BETA, "partner"), (KESTREL, "partner")), ORGANIZATIONS
    )


def test_a_unit_and_its_parent_are_the_same_party() -> None:
    by_unit = _deal("acquisition", (ORION_SPAIN, "acquirer"), (KESTREL, "target"))
    by_parent = _deal("acquisition", (ORION, "acquirer"), (KESTREL, "target"))
    assert d._same_parties(by_unit, by_parent, ORGANIZATIONS)
    assert d._same_parties(by_parent, by_unit, ORGANIZATIONS)
    assert not d._same_parties(
        by_parent, _deal("acquisition", (ALPHA, "acquirer"), (KESTREL, "target")), ORGANIZATIONS
    )
    # a key the article never resolved (a pair's stand-in) is related only to itself
    unknown = _deal(
        "acquisition", (OrganizationFact("nowhere", "Nowhere", "company"), "acquirer"), (KESTREL, "target")
    )
    assert not d._same_parties(unknown, by_parent, ORGANIZATIONS)
    assert d._same_parties(unknown, unknown, ORGANIZATIONS)


def test_two_amounts_far_apart_in_one_currency_are_two_deals() -> None:
    def different(a: float | None, a_currency: str | None, b: float | None, b_currency: str | None) -> bool:
        one = _deal("investment", (ALPHA, "investor"), (KESTREL, "investee"), amount=a, currency=a_currency)
        other = _deal("investment", (ALPHA, "investor"), (KESTREL, "investee"), amount=b, currency=b_currency)
        return d._different_amounts(one, other)

    assert different(100e6, "USD", 200e6, "USD")  # two rounds
    assert different(300e6, "USD", 100e6, "USD")
    assert not different(100e6, "USD", 150e6, "USD")  # half as much again: the same deal, rounded differently
    assert not different(100e6, "USD", 120e6, "USD")
    assert not different(100e6, "USD", 500e6, "EUR")  # other currencies are not compared
    assert not different(100e6, "USD", None, None)  # a telling without an amount is no other deal
    assert not different(None, None, 100e6, "USD")


def test_an_undetermined_merger_ranks_between_a_joint_venture_and_an_investment() -> None:
    merger = _deal("acquisition", (ORION, "merging party"), (KESTREL, "merging party"))
    purchase = _deal("acquisition", (ORION, "acquirer"), (KESTREL, "target"))
    venture = _deal("joint_venture", (ORION, "partner"), (KESTREL, "partner"))
    investment = _deal("investment", (ORION, "investor"), (KESTREL, "investee"))
    assert d._rank(purchase) > d._rank(venture) > d._rank(merger) > d._rank(investment)
    partner_roles = _deal("partnership", (ORION, "merging party"), (KESTREL, "merging party"))
    assert d._rank(partner_roles) == d._TYPE_RANK["partnership"]  # the merger rule is for acquisitions only


def test_an_acquisition_told_twice_is_one_deal_but_a_venture_and_a_purchase_are_two() -> None:
    told = [
        _deal("acquisition", (ORION, "acquirer"), (KESTREL, "target")),
        _deal("acquisition", (ORION, "acquirer"), (KESTREL, "target"), amount=2e9, currency="USD"),
    ]
    merged = d._merge(told, ORGANIZATIONS)
    assert [(m.deal_type, m.amount) for m in merged] == [("acquisition", 2e9)]
    venture = _deal("joint_venture", (ORION, "partner"), (KESTREL, "partner"))
    purchase = _deal("acquisition", (ORION, "acquirer"), (KESTREL, "seller"))
    assert [m.deal_type for m in d._merge([venture, purchase], ORGANIZATIONS)] == [
        "joint_venture",
        "acquisition",
    ]
    assert not d._venture_and_purchase(told[0], told[1])
    assert d._venture_and_purchase(purchase, venture)


# ---------------------------------------------------------------------------------------------
# Whole sentences: parties, sellers and amounts
# ---------------------------------------------------------------------------------------------


def _deals(text: str, parse: bool = False) -> list[tuple[str, dict[str, str], float | None]]:
    sentences = split_sentences(text)
    organizations = find_organizations(text, (), [], sentences)
    syntax = parse_sentences(sentences) if parse else None
    found = find_deals(text, sentences, organizations, None, (), syntax)
    return [(f.deal_type, {p.organization_name: p.role for p in f.participants}, f.amount) for f in found]


A, T, S = "acquirer", "target", "seller"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seller after two coordinated targets of a possessive purchase
        (
            "Orion Group's purchase of Kestrel Labs and Beta Ventures from Alpha Capital closed in May.",
            (
                "acquisition",
                {"Orion Group": A, "Kestrel Labs": T, "Beta Ventures": T, "Alpha Capital": S},
                None,
            ),
        ),
        # the seller named last in its clause, right before a semicolon
        (
            "Orion Group bought Kestrel Labs from Alpha Capital; the price was not disclosed.",
            ("acquisition", {"Orion Group": A, "Kestrel Labs": T, "Alpha Capital": S}, None),
        ),
        # an apposition naming where the target came from: the seller is the one after the last "from"
        (
            "Orion Group bought Kestrel Labs, a spin-off from Beta Ventures, from Alpha Capital.",
            ("acquisition", {"Orion Group": A, "Kestrel Labs": T, "Alpha Capital": S}, None),
        ),
        # the subjects of a reported sentence are not the buyers
        (
            "Orion Group and Kestrel Labs said Alpha Capital agreed to buy Beta Ventures.",
            ("acquisition", {"Alpha Capital": A, "Beta Ventures": T}, None),
        ),
    ],
    ids=["possessive-two-targets-from", "seller-before-semicolon", "apposition-from", "reported-buyer"],
)
def test_sellers_and_buyers_of_an_acquisition(text: str, expected: tuple) -> None:
    assert _deals(text) == [expected]


def test_a_partnership_with_the_only_organization_named_is_no_deal() -> None:
    assert _deals("The partnership with Kestrel Labs will bring loans to farmers.") == []


def test_a_sales_figure_opening_the_next_sentence_is_not_the_price() -> None:
    text = "Orion Group agreed to acquire Kestrel Labs. Sales were $300 million before the deal."
    assert _deals(text) == [("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None)]


def test_a_negated_sentence_read_by_the_parse_states_no_deal() -> None:
    assert _deals("Orion Group has not quietly backed Kestrel Labs with $50 million.", parse=True) == []
    # a rumour: no syntactic negation, the sentence's own cue (`_NEGATED`) says it states no deal
    assert (
        _deals("Orion Group has quietly backed Kestrel Labs with $50 million, rumours say.", parse=True) == []
    )
    text = "Orion Group, the parent of Alpha Capital, has quietly backed Kestrel Labs with $50 million."
    assert _deals(text, parse=True) == [
        ("investment", {"Orion Group": "investor", "Kestrel Labs": "investee"}, 50e6)
    ]


# ---------------------------------------------------------------------------------------------
# Coordinated organizations before a trigger
# ---------------------------------------------------------------------------------------------


def _slots(masked: str, end: int | None = None) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), int(m.group(1))) for m in re.finditer(d._SLOT, masked[:end])]


def _coordinated_numbers(masked: str, cue: str, **adjacent: bool) -> list[int]:
    at = masked.index(cue)
    return [p[2] for p in d._coordinated(masked, _slots(masked, at), at, **adjacent)]


def test_coordinated_organizations_are_the_group_joined_by_and() -> None:
    assert _coordinated_numbers("⟨0⟩ and ⟨1⟩ bought ⟨2⟩", " bought") == [0, 1]
    assert _coordinated_numbers("⟨0⟩, ⟨1⟩ and search company ⟨2⟩ bought ⟨3⟩", " bought") == [0, 1, 2]
    # the group stops at the first organization not joined to it
    assert _coordinated_numbers("⟨0⟩ said ⟨1⟩ and ⟨2⟩ bought ⟨3⟩", " bought") == [1, 2]
    # a comma alone is no coordination ("A, B's unit, bought")
    assert _coordinated_numbers("⟨0⟩, ⟨1⟩ bought ⟨2⟩", " bought") == []
    # by default the group must end right before the trigger; otherwise the last group found
    assert _coordinated_numbers("⟨0⟩ and ⟨1⟩ said ⟨2⟩ bought ⟨3⟩", " bought") == []
    assert _coordinated_numbers("⟨0⟩ and ⟨1⟩ said ⟨2⟩ bought ⟨3⟩", " bought", adjacent=False) == [0, 1]
    assert _coordinated_numbers("⟨0⟩ and ⟨1⟩ joined ⟨2⟩ in the round", " in the", adjacent=False) == [0, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the price is the figure nearest the investee even after a long first sentence (offsets within the
        # sentence, not the article)
        (
            "Markets were calm all week as traders waited for the central bank to speak on rates. "
            "Orion Group has quietly backed Kestrel Labs with $50 million, a year after it spent "
            "$500 million on plants.",
            ("investment", {"Orion Group": "investor", "Kestrel Labs": "investee"}, 50e6),
        ),
        # a valuation right after the investee is not the amount
        (
            "Orion Group has quietly backed Kestrel Labs, valued at $2 billion, with $50 million.",
            ("investment", {"Orion Group": "investor", "Kestrel Labs": "investee"}, 50e6),
        ),
    ],
    ids=["second-sentence", "valuation-after-the-investee"],
)
def test_the_amount_of_a_parsed_deal_is_the_money_figure_nearest_its_second_side(
    text: str, expected: tuple
) -> None:
    assert _deals(text, parse=True) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a co-owner "alongside" joins the investors of an investment too
        (
            "Orion Group acquired its stake in Kestrel Labs in 2020 alongside Alpha Capital.",
            [
                (
                    "investment",
                    {"Orion Group": "investor", "Kestrel Labs": "investee", "Alpha Capital": "investor"},
                    None,
                )
            ],
        ),
        # a co-leader of another deal in the same sentence is no co-buyer of this one
        (
            "Orion Group bought Kestrel Labs in May, while Alpha Capital co-led a round in Beta Ventures "
            "with Gamma Partners.",
            [
                ("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None),
                (
                    "funding",
                    {"Alpha Capital": "investor", "Beta Ventures": "investee", "Gamma Partners": "investor"},
                    None,
                ),
            ],
        ),
    ],
    ids=["alongside-investment", "co-led-another-deal"],
)
def test_a_co_owner_joins_only_the_deal_of_its_co_buyer(text: str, expected: list) -> None:
    assert _deals(text) == expected


# ---------------------------------------------------------------------------------------------
# The article's organization, page chrome and the news date
# ---------------------------------------------------------------------------------------------

MEDIA = OrganizationFact("wire", "Newswire", "media")


def _mention(org: OrganizationFact, start: int) -> OrgMention:
    return OrgMention(org.key, org.name, org.name, start, start + 5)


def test_the_main_organization_is_the_one_named_most_outside_chrome_and_media() -> None:
    orgs = [ORION, KESTREL, MEDIA]

    def main(mentions: list[OrgMention], chrome: list[tuple[int, int]] = ()) -> OrgMention | None:
        return d._main_organization(OrganizationResult(orgs, mentions), chrome)

    assert main([_mention(ORION, 0), _mention(KESTREL, 10), _mention(KESTREL, 20)]) == OrgMention(
        "kestrel", "Kestrel Labs", "", 0, 0
    )
    # a media name is never the article's organization, however often it is named
    assert main([_mention(MEDIA, 0), _mention(MEDIA, 10), _mention(ORION, 20)]).key == "orion"
    # names in page chrome do not count; a name starting right before or right after the chrome does
    chrome = [(10, 30)]
    mentions = [_mention(KESTREL, 10), _mention(KESTREL, 24), _mention(KESTREL, 29), _mention(ORION, 9)]
    assert main(mentions, chrome).key == "orion"
    assert main([*mentions, _mention(ORION, 30)], chrome).key == "orion"
    assert main([_mention(KESTREL, 12), _mention(ORION, 9), _mention(ORION, 30)], chrome).key == "orion"
    assert main([_mention(KESTREL, 12)], chrome) is None
    assert main([]) is None


def test_a_sentence_half_covered_by_chrome_is_chrome() -> None:
    sentence = Sentence("x" * 20, 100, 120)
    assert d._mostly_chrome(sentence, Coverage([(100, 110)]))
    assert d._mostly_chrome(sentence, Coverage([(95, 111)]))
    assert not d._mostly_chrome(sentence, Coverage([(100, 109)]))
    assert not d._mostly_chrome(sentence, Coverage([(111, 130)]))
    assert not d._mostly_chrome(sentence, Coverage([]))


def test_a_lead_sentence_is_news_of_its_publish_date_unless_it_places_the_deal_in_the_past() -> None:
    published = date(2024, 5, 2)
    assert d._news_date("Orion Group agreed to buy Kestrel Labs.", published) == published
    assert d._news_date("Orion Group agreed in 2024 to buy Kestrel Labs.", published) == published
    assert d._news_date("Orion Group agreed in 2023 to buy Kestrel Labs.", published) is None
    assert d._news_date("Orion Group agreed last year to buy Kestrel Labs.", published) is None
    assert d._news_date("Orion Group won approval for its Kestrel Labs bank.", published) is None
    assert d._news_date("Orion Group agreed to buy Kestrel Labs.", None) is None


# ---------------------------------------------------------------------------------------------
# Later sentences naming more parties: sellers, round investors, signatories
# ---------------------------------------------------------------------------------------------

BUY = "Orion Group agreed to buy Kestrel Labs. "


@pytest.mark.parametrize(
    ("later", "sellers"),
    [
        ("The sellers are Alpha Capital and Beta Ventures.", ["Alpha Capital", "Beta Ventures"]),
        ("The seller is the US investment firm Alpha Capital.", ["Alpha Capital"]),
        ("The seller is Alpha Capital, advised by Beta Ventures.", ["Alpha Capital"]),
        ("Alpha Capital and Beta Ventures were the sellers.", ["Alpha Capital", "Beta Ventures"]),
        ("Advised by Beta Ventures, Alpha Capital was the seller.", ["Alpha Capital"]),
        ("Kestrel Labs was the seller.", []),  # already a party: not a second time
    ],
)
def test_the_seller_named_in_a_later_sentence_joins_the_acquisition(later: str, sellers: list[str]) -> None:
    (deal,) = _deals(BUY + later)
    assert deal[0] == "acquisition"
    assert [name for name, role in deal[1].items() if role == S] == sellers
    assert deal[1]["Orion Group"] == A and deal[1]["Kestrel Labs"] == T


def test_the_seller_is_the_organization_before_was_the_seller_with_its_own_key() -> None:
    text = BUY + "Alpha Capital was the seller, Beta Ventures said."
    (deal,) = _deal_facts(text)
    keys = {o.name: o.key for o in find_organizations(text, (), [], split_sentences(text)).organizations}
    assert [(p.organization_key, p.role) for p in deal.participants] == [
        (keys["Orion Group"], A),
        (keys["Kestrel Labs"], T),
        (keys["Alpha Capital"], S),
    ]


def test_the_summary_of_an_acquisition_after_its_seller_joins() -> None:
    text = "Orion Group agreed to buy Kestrel Labs for $2 billion. The seller is Alpha Capital."
    (deal,) = _deal_facts(text)
    assert [p.role for p in deal.participants] == [A, T, S]
    assert deal.summary == "Orion Group acquires Kestrel Labs (USD 2,000,000,000)"


def test_a_seller_named_after_another_kind_of_deal_joins_nothing() -> None:
    text = "Orion Group will invest $50 million in Kestrel Labs. The seller is Alpha Capital."
    assert _deals(text) == [("investment", {"Orion Group": "investor", "Kestrel Labs": "investee"}, 50e6)]
    assert _deals("The seller is Alpha Capital. Orion Group agreed to buy Kestrel Labs.") == [
        ("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None)
    ]


def _deal_facts(text: str) -> list[DealFact]:
    sentences = split_sentences(text)
    return find_deals(text, sentences, find_organizations(text, (), [], sentences))


def test_later_investors_join_the_round_and_its_summary() -> None:
    text = (
        "Kestrel Labs raised $50 million in a round led by Orion Group. "
        "Alpha Capital, a fund of Beta Ventures, also joined the round."
    )
    (deal,) = _deal_facts(text)
    assert {p.organization_name: p.role for p in deal.participants} == {
        "Kestrel Labs": "investee",
        "Orion Group": "investor",
        "Alpha Capital": "investor",
    }
    assert deal.summary == "Orion Group and Alpha Capital invest in Kestrel Labs (USD 50,000,000)"
    keys = {o.name: o.key for o in find_organizations(text, (), [], split_sentences(text)).organizations}
    assert [p.organization_key for p in deal.participants] == [
        keys["Kestrel Labs"],
        keys["Orion Group"],
        keys["Alpha Capital"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orion Group signed a memorandum of understanding with Kestrel Labs. "
            "Alpha Capital also signed the memorandum.",
            ("mou", {"Orion Group": "signatory", "Kestrel Labs": "signatory", "Alpha Capital": "signatory"}),
        ),
        (
            "Orion Group agreed to buy Kestrel Labs. Alpha Capital also joined the round.",
            ("acquisition", {"Orion Group": A, "Kestrel Labs": T}),
        ),
        (
            "Orion Group agreed to buy Kestrel Labs. Alpha Capital also signed the agreement.",
            ("acquisition", {"Orion Group": A, "Kestrel Labs": T}),
        ),
    ],
    ids=["mou-signatory", "no-round-joiner-of-an-acquisition", "no-signatory-of-an-acquisition"],
)
def test_a_joiner_joins_only_the_kind_of_deal_it_speaks_of(text: str, expected: tuple) -> None:
    assert [(t, roles) for t, roles, _ in _deals(text)] == [expected]


# ---------------------------------------------------------------------------------------------
# The deal record: refined type, roles, date from the next sentence, summary; a unit's parent as seller
# ---------------------------------------------------------------------------------------------

ORION_M = OrgMention("orion", "Orion Group", "Orion Group", 0, 11)
KESTREL_M = OrgMention("kestrel", "Kestrel Labs", "Kestrel Labs", 25, 37)


def _made(first: str, following: str | None, deal_type: str, roles: tuple[str, str], clause: str) -> DealFact:
    sentence = Sentence(first, 0, len(first))
    after = Sentence(following, len(first) + 1, len(first) + 1 + len(following)) if following else None
    parties = [(ORION_M, roles[0]), (KESTREL_M, roles[1])]
    return d._make_deal(first, sentence, after, deal_type, parties, date(2024, 3, 8), clause)


def test_a_merger_of_equals_read_as_an_acquisition_is_a_joint_venture_of_partners() -> None:
    deal = _made("", None, "acquisition", (A, T), "agreed a merger of equals with ⟨1⟩")
    assert deal.deal_type == "joint_venture"
    assert [(p.organization_key, p.organization_name, p.role) for p in deal.participants] == [
        ("orion", "Orion Group", "partner"),
        ("kestrel", "Kestrel Labs", "partner"),
    ]
    assert deal.summary == "Joint venture between Orion Group and Kestrel Labs"
    # a plain acquisition keeps its roles
    deal = _made("", None, "acquisition", (A, T), "agreed to buy ⟨1⟩ for $2 billion")
    assert [p.role for p in deal.participants] == [A, T]
    assert deal.summary == "Orion Group acquires Kestrel Labs (USD 2,000,000,000)"
    first = "Orion Group agreed to buy Kestrel Labs for $2 billion."
    deal = _made(first, None, "acquisition", (A, T), "agreed to buy ⟨1⟩ for $2 billion")
    assert deal.evidence == Evidence(first, 0, len(first))


def test_the_next_sentence_saying_the_deal_was_signed_dates_it() -> None:
    first = "Orion Group agreed to buy Kestrel Labs."
    clause = "agreed to buy ⟨1⟩."
    assert _made(
        first, "The deal was signed on March 3, 2024.", "acquisition", (A, T), clause
    ).announced == date(2024, 3, 3)
    # a weekday of the next sentence is resolved against the publish date (Friday, March 8, 2024)
    assert _made(first, "The deal was signed on Monday.", "acquisition", (A, T), clause).announced == date(
        2024, 3, 4
    )
    # a date of its own sentence wins; a next sentence about something else dates nothing
    dated = "Orion Group agreed on March 1, 2024 to buy Kestrel Labs."
    assert _made(dated, "The deal was signed on Monday.", "acquisition", (A, T), clause).announced == date(
        2024, 3, 1
    )
    assert _made(first, "Shares rose on Monday.", "acquisition", (A, T), clause).announced is None


UNIT_A = OrganizationFact(
    "kestrel a", "Kestrel A", "company", parent_key="kestrel", parent_name="Kestrel Labs"
)
UNIT_B = OrganizationFact(
    "kestrel b", "Kestrel B", "company", parent_key="kestrel", parent_name="Kestrel Labs"
)
ORION_CAPITAL = OrganizationFact("orion capital", "Orion Capital", "company", parent_key="orion")
FAMILY = OrganizationResult([ORION, ORION_SPAIN, ORION_CAPITAL, KESTREL, UNIT_A, UNIT_B, ALPHA], [])


def _sold(deal_type: str, *parties: tuple[OrganizationFact, str]) -> list[tuple[str, str]]:
    deal = _deal(deal_type, *parties, amount=2e9, currency="USD")
    d._parent_sells(deal, FAMILY)
    return [(p.organization_key, p.role) for p in deal.participants]


def test_a_unit_bought_leaves_its_parent_as_the_seller() -> None:
    deal = _deal("acquisition", (ALPHA, A), (UNIT_A, T), amount=2e9, currency="USD")
    d._parent_sells(deal, FAMILY)
    assert [(p.organization_key, p.organization_name, p.role) for p in deal.participants] == [
        ("alpha", "Alpha Capital", A),
        ("kestrel a", "Kestrel A", T),
        ("kestrel", "Kestrel Labs", S),
    ]
    assert deal.summary == "Alpha Capital acquires Kestrel A (USD 2,000,000,000)"
    # two units of one parent: the parent sells once; a target without a parent before one with a parent
    assert _sold("acquisition", (ALPHA, A), (UNIT_A, T), (UNIT_B, T)) == [
        ("alpha", A),
        ("kestrel a", T),
        ("kestrel b", T),
        ("kestrel", S),
    ]
    assert _sold("acquisition", (ALPHA, A), (ORION, T), (UNIT_B, T))[-1] == ("kestrel", S)


def test_no_parent_sells_to_itself_to_its_own_unit_or_twice() -> None:
    assert _sold("acquisition", (ORION, A), (ORION_SPAIN, T)) == [("orion", A), ("orion spain", T)]
    assert _sold("acquisition", (ORION_CAPITAL, A), (ORION_SPAIN, T)) == [
        ("orion capital", A),
        ("orion spain", T),
    ]
    assert _sold("acquisition", (ALPHA, A), (UNIT_A, T), (KESTREL, S)) == [
        ("alpha", A),
        ("kestrel a", T),
        ("kestrel", S),
    ]
    # no buyer named, a target the article does not know, another kind of deal: nothing added
    assert _sold("acquisition", (UNIT_A, T), (ALPHA, S)) == [("kestrel a", T), ("alpha", S)]
    stranger = OrganizationFact("stranger", "Stranger", "company")
    assert _sold("acquisition", (ALPHA, A), (stranger, T)) == [("alpha", A), ("stranger", T)]
    assert _sold("investment", (ALPHA, "investor"), (UNIT_A, "investee")) == [
        ("alpha", "investor"),
        ("kestrel a", "investee"),
    ]


def test_a_refinement_applies_only_to_the_type_it_refines() -> None:
    round_clause = "invested $15 million in ⟨1⟩ as part of a $40 million Series B round"
    assert d._refined_type("investment", round_clause) == (
        "funding",
        "as part of a $40 million Series B round",
    )
    assert d._refined_type("acquisition", round_clause) == ("acquisition", round_clause)
    assert d._refined_type("investment", "agreed a merger of equals with ⟨1⟩") == (
        "investment",
        "agreed a merger of equals with ⟨1⟩",
    )


def test_a_date_without_a_year_and_a_capitalised_today_take_the_publish_year_and_date() -> None:
    published = date(2024, 5, 2)
    assert d.announced_date("Orion Group agreed on March 3 to buy Kestrel Labs.", published) == date(
        2024, 3, 3
    )
    assert d.announced_date("Today Orion Group agreed to buy Kestrel Labs.", published) == published


# ---------------------------------------------------------------------------------------------
# Organizations that are context, not parties; "the two companies"; merging the tellings of a deal
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masked", "context"),
    [
        ("⟨0⟩, the payments affiliate of ⟨1⟩, will invest in ⟨2⟩", [1]),
        ("⟨0⟩, the unit of ⟨1⟩ and ⟨2⟩, will invest in ⟨3⟩", [1, 2]),
        ("⟨0⟩, ⟨1⟩'s payments affiliate, will invest in ⟨2⟩", [1]),
        ("⟨0⟩, one of ⟨1⟩'s funds, bought ⟨2⟩", [1]),
        ("⟨0⟩ bought ⟨1⟩, the unit of ⟨2⟩", [2]),
        ("⟨0⟩ bought ⟨1⟩, a unit of ⟨2⟩; ⟨3⟩ fell", [2]),
        ("⟨0⟩, the ⟨1⟩ and the ⟨2⟩ signed", []),  # a list of names, not a description
        ("⟨0⟩, the ⟨1⟩ (TL), the ⟨2⟩ and ⟨3⟩ signed", []),
        ("⟨0⟩, the ⟨1⟩ and the ⟨2⟩, bought ⟨3⟩, the unit of ⟨4⟩.", [4]),  # a description after a list
        ("⟨0⟩, which runs the ⟨1⟩ app, bought ⟨2⟩", [1]),
        ("⟨0⟩, whose owner ⟨1⟩ sold it, bought ⟨2⟩", [1]),
        ("⟨0⟩ (⟨1⟩) bought ⟨2⟩", [1]),
        ("⟨0⟩ (NYSE: ⟨1⟩) bought ⟨2⟩", [1]),
        ("⟨0⟩'s payments arm ⟨1⟩ bought ⟨2⟩", [0]),
        ("⟨0⟩ of ⟨1⟩ bought ⟨2⟩", [1]),
        ("⟨0⟩ and its ⟨1⟩ joint venture with ⟨2⟩", [1]),
        ("⟨0⟩ ⟨1⟩. joint venture with ⟨2⟩", [1]),
        ("⟨0⟩ held by ⟨1⟩, a joint venture in which both own half", [1]),
        ("⟨0⟩ opened a ⟨1⟩ region with ⟨2⟩", [1]),
        ("⟨0⟩ agreed to buy ⟨1⟩ and ⟨2⟩", []),
    ],
)
def test_organizations_in_an_apposition_or_as_a_modifier_are_context(masked: str, context: list[int]) -> None:
    assert sorted(d._appositive_slots(masked)) == context


def test_the_two_companies_are_the_pair_on_one_side_of_the_last_deal() -> None:
    slots = [OrgMention("alpha", "Alpha Capital", "Alpha Capital", 40, 53)]
    pair = [_deal("partnership", (ORION, "partner"), (KESTREL, "partner"))]
    stand_ins = [
        OrgMention("orion", "Orion Group", "", 0, 0),
        OrgMention("kestrel", "Kestrel Labs", "", 0, 0),
    ]
    for opening in ("The two companies", "Both firms", "the partners"):
        assert d._pair_of_last_deal(slots, f"{opening} will also work with ⟨0⟩.", pair) == (
            [*slots, *stand_ins],
            "⟨1⟩ and ⟨2⟩ will also work with ⟨0⟩.",
        )
    two_buyers = [_deal("acquisition", (ORION, A), (KESTREL, A), (BETA, T))]
    assert (
        d._pair_of_last_deal(slots, "The two companies paid cash.", two_buyers)[1] == "⟨1⟩ and ⟨2⟩ paid cash."
    )
    # a co-buyer added after the target ("A bought C alongside B"): the pair is still the two buyers
    co_buyer = [_deal("acquisition", (ORION, A), (BETA, T), (KESTREL, A))]
    assert d._pair_of_last_deal(slots, "The two companies paid cash.", co_buyer) == (
        [*slots, *stand_ins],
        "⟨1⟩ and ⟨2⟩ paid cash.",
    )
    unchanged = [
        ("The two companies will also work with ⟨0⟩.", []),  # no deal told yet
        ("The two companies paid cash.", [_deal("acquisition", (ORION, A), (KESTREL, T))]),  # one buyer only
        (
            "The two companies paid cash.",
            [_deal("partnership", (ORION, "partner"), (KESTREL, "partner"), (BETA, "partner"))],
        ),
        ("Several companies said ⟨0⟩ will help.", pair),
        ("They said the two companies will help.", pair),  # not the sentence's opening
    ]
    for masked, deals in unchanged:
        assert d._pair_of_last_deal(slots, masked, deals) == (slots, masked), masked


def test_merged_tellings_keep_the_most_specific_type_the_fullest_parties_the_first_amount_and_date() -> None:
    partnership = _deal("partnership", (ORION, "partner"), (KESTREL, "partner"))
    investment = _deal("investment", (ORION, "investor"), (KESTREL, "investee"), amount=20e6, currency="USD")
    investment.announced = date(2024, 3, 1)
    (merged,) = d._merge([partnership, investment], ORGANIZATIONS)
    assert merged is partnership  # the first telling is the record kept
    assert (merged.deal_type, [p.role for p in merged.participants]) == (
        "investment",
        ["investor", "investee"],
    )
    assert (merged.amount, merged.currency, merged.announced) == (20e6, "USD", date(2024, 3, 1))
    assert merged.summary == "Orion Group invests in Kestrel Labs (USD 20,000,000)"
    # a less specific telling later changes nothing but what the first lacked
    first = _deal("investment", (ORION, "investor"), (KESTREL, "investee"), amount=20e6, currency="USD")
    later = _deal("partnership", (ORION, "partner"), (KESTREL, "partner"), amount=21e6, currency="EUR")
    later.announced = date(2024, 3, 2)
    (merged,) = d._merge([first, later], ORGANIZATIONS)
    assert (merged.deal_type, merged.amount, merged.currency, merged.announced) == (
        "investment",
        20e6,
        "USD",
        date(2024, 3, 2),
    )
    # the story's fuller list of investors replaces the headline's lead investor, same type only
    headline = _deal("funding", (BETA, "investor"), (KESTREL, "investee"))
    story = _deal(
        "funding", (ALPHA, "investor"), (BETA, "investor"), (KESTREL, "investee"), amount=5e7, currency="USD"
    )
    (merged,) = d._merge([headline, story], ORGANIZATIONS)
    assert [p.organization_key for p in merged.participants] == ["alpha", "beta", "kestrel"]
    assert merged.summary == "Alpha Capital and Beta Ventures invest in Kestrel Labs (USD 50,000,000)"
    fewer = _deal("funding", (BETA, "investor"), (KESTREL, "investee"))
    (merged,) = d._merge([story, fewer], ORGANIZATIONS)
    assert [p.organization_key for p in merged.participants] == ["alpha", "beta", "kestrel"]
    # two rounds far apart in amount stay two deals
    rounds = [
        _deal("funding", (ALPHA, "investor"), (KESTREL, "investee"), amount=5e6, currency="USD"),
        _deal("funding", (ALPHA, "investor"), (KESTREL, "investee"), amount=50e6, currency="USD"),
    ]
    assert [m.amount for m in d._merge(rounds, ORGANIZATIONS)] == [5e6, 50e6]


def test_the_reading_naming_more_parties_of_the_same_deal_wins_unless_less_specific() -> None:
    orion, kestrel, alpha = (OrgMention(k, k, k, 0, 0) for k in ("orion", "kestrel", "alpha"))
    pair = ("acquisition", [(orion, A), (kestrel, T)], "bought ⟨1⟩")
    with_seller = ("acquisition", [(orion, A), (kestrel, T), (alpha, S)], "bought ⟨1⟩ from ⟨2⟩")
    two = frozenset({"orion", "kestrel"})
    three = frozenset({"orion", "kestrel", "alpha"})
    assert d._fullest({two: pair, three: with_seller}) == [with_seller]
    as_investment = ("investment", [(orion, "investor"), (kestrel, "investee"), (alpha, "investor")], "")
    assert d._fullest({two: pair, three: as_investment}) == [pair, as_investment]
    unrelated = frozenset({"orion", "alpha"})
    assert d._fullest({two: pair, unrelated: pair}) == [pair, pair]


def test_an_elided_second_purchase_is_an_acquisition() -> None:
    text = (
        "Kestrel Labs was bought by Orion Group in 2019, and the Lumen Logistics business of Alpha Capital "
        "followed two years later."
    )
    assert [(t, roles) for t, roles, _ in _deals(text)] == [
        ("acquisition", {"Orion Group": A, "Kestrel Labs": T}),
        ("acquisition", {"Orion Group": A, "Lumen Logistics": T, "Alpha Capital": S}),
    ]


# The article's organization (named most) is Orion Group; the sentence before names Alpha Capital first.
ABOUT_ORION = "Orion Group grew. Orion Group hired. Alpha Capital said profit rose. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the businesses bought from S" after a sentence about another organization: that one bought them
        (
            ABOUT_ORION + "The motors businesses bought from Kestrel Holdings last year added to sales.",
            [("acquisition", {"Alpha Capital": A, "Kestrel Holdings": S})],
        ),
        # "B, acquired for ...": the article's organization bought it, whoever the last sentence was about
        (
            ABOUT_ORION + "Lumen Data, acquired for $800 million in 2020, is now the biggest unit.",
            [("acquisition", {"Orion Group": A, "Lumen Data": T})],
        ),
        # bought from the article's own organization: the buyer is not named, no deal of its own
        (
            "Orion Group grew. Orion Group hired. Lumen Data, bought from Orion Group in 2023, is now owned "
            "by a fund.",
            [],
        ),
        # ... and the next business of the same form is still read
        (
            "Orion Group grew. Orion Group hired. Lumen Data, bought from Orion Group in 2023, and Kestrel "
            "Labs, bought from Alpha Capital in 2022, now make chips.",
            [("acquisition", {"Orion Group": A, "Kestrel Labs": T, "Alpha Capital": S})],
        ),
    ],
    ids=["businesses-bought-from", "acquired-for", "bought-from-the-article-organization", "next-match-read"],
)
def test_the_unnamed_buyer_is_the_organization_in_context(text: str, expected: list) -> None:
    assert [(t, roles) for t, roles, _ in _deals(text)] == expected


def test_today_in_a_yearless_dateline_and_a_weekday_later_in_the_week() -> None:
    published = date(2024, 5, 2)  # a Thursday
    dateline = "SEOUL, March 3 (Reuters) - Orion Group today agreed to buy Kestrel Labs."
    assert d.announced_date(dateline, published) == date(2024, 3, 3)
    # a weekday after the publish date's in the week is the one of the week before
    assert d.announced_date("Orion Group agreed on Friday to buy Kestrel Labs.", published) == date(
        2024, 4, 26
    )
    assert d.announced_date("Orion Group agreed on Thursday to buy Kestrel Labs.", published) == published


def test_a_parsed_deal_whose_parties_another_deal_names_is_that_deal_told_again() -> None:
    told = _deal("acquisition", (ORION, A), (KESTREL, T))
    again = _deal("investment", (ORION, "investor"), (KESTREL, "investee"), amount=5e7, currency="USD")
    fewer = _deal("investment", (KESTREL, "investee"), amount=5e7, currency="USD")
    new = _deal("investment", (ALPHA, "investor"), (KESTREL, "investee"))
    parsed = {id(again), id(fewer), id(new)}
    assert d._without_parsed_repeats([told, again, fewer, new], parsed) == [told, new]
    # a deal read by a pattern stays, whatever else names its parties
    assert d._without_parsed_repeats([told, again], set()) == [told, again]


def test_we_in_a_quote_is_the_speakers_organization_named_outside_the_quote() -> None:
    text = '"Kestrel Labs will help our customers," said Ana Ruiz, chief executive of Orion Group.'
    sentence = Sentence(text, 100, 100 + len(text))
    kestrel = OrgMention("kestrel", "Kestrel Labs", "Kestrel Labs", 101, 113)
    orion = OrgMention("orion", "Orion Group", "Orion Group", 100 + text.index("Orion"), 100 + len(text) - 1)
    main = OrgMention("alpha", "Alpha Capital", "", 0, 0)
    assert d._first_person_voice(sentence, [kestrel, orion], main) == orion
    assert d._first_person_voice(sentence, [kestrel], main) == main  # nobody named outside the quote
    unquoted = Sentence("Kestrel Labs will help our customers.", 0, 37)
    assert d._first_person_voice(unquoted, [kestrel], main) == main  # no speaker: the article's organization


# ---------------------------------------------------------------------------------------------
# find_deals: what reaches the readers of later sentences
# ---------------------------------------------------------------------------------------------


def _dated_deals(text: str, published: date | None = None) -> list[tuple[str, dict[str, str], date | None]]:
    found = find_deals(
        text, split_sentences(text), find_organizations(text, (), [], split_sentences(text)), published
    )
    return [(f.deal_type, {p.organization_name: p.role for p in f.participants}, f.announced) for f in found]


def test_a_deal_opened_in_one_sentence_and_completed_in_the_next_is_dated_by_the_first() -> None:
    text = (
        "Northwind Labs signed three memoranda of understanding on Tuesday. "
        "The agreements are with Harbor Bank and Lumen Group."
    )
    signatories = {"Northwind Labs": "signatory", "Harbor Bank": "signatory", "Lumen Group": "signatory"}
    assert _dated_deals(text, date(2024, 5, 2)) == [("mou", signatories, date(2024, 4, 30))]


def test_a_stake_paid_for_in_the_next_sentence_is_an_investment_in_the_same_company() -> None:
    text = "Orion Group agreed to invest in Kestrel Labs. Alpha Capital paid $5.7 billion for a 9.99% stake."
    assert _dated_deals(text) == [
        ("investment", {"Orion Group": "investor", "Kestrel Labs": "investee"}, None),
        ("investment", {"Alpha Capital": "investor", "Kestrel Labs": "investee"}, None),
    ]


def test_a_news_outlet_is_never_a_party() -> None:
    assert _dated_deals("Orion Group signed a partnership with Reuters, Reuters reported.") == []


def test_a_partnership_noun_with_one_side_takes_the_organization_in_context() -> None:
    text = ABOUT_ORION + "The partnership with Kestrel Labs will bring loans to farmers."
    assert _dated_deals(text) == [
        ("partnership", {"Alpha Capital": "partner", "Kestrel Labs": "partner"}, None)
    ]


def test_sentences_after_page_chrome_are_still_read() -> None:
    text = "Orion Group grew. Share this article on Facebook. Orion Group agreed to buy Kestrel Labs."
    sentences = split_sentences(text)
    chrome = [(sentences[1].start, sentences[1].end)]
    found = find_deals(text, sentences, find_organizations(text, (), [], sentences), None, chrome)
    assert [(f.deal_type, f.evidence.text) for f in found] == [
        ("acquisition", "Orion Group agreed to buy Kestrel Labs.")
    ]


def test_a_deal_told_in_between_closes_the_one_opened_before_it() -> None:
    text = (
        "Northwind Labs signed three memoranda of understanding on Tuesday. Orion Group agreed to buy "
        "Kestrel Labs. The agreements are with Harbor Bank and Lumen Group."
    )
    assert _dated_deals(text) == [("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None)]


def test_a_parsed_repeat_of_a_deal_lends_it_no_amount() -> None:
    # the parse reads the second sentence as an investment by the buyer: the same pair, told again
    text = (
        "Orion Group agreed to acquire Kestrel Labs. "
        "Orion Group has quietly backed Kestrel Labs with $50 million."
    )
    assert _deals(text, parse=True) == [("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None)]


def test_the_sentence_before_a_deal_gives_it_no_date_or_amount() -> None:
    # only the next sentence speaks of "the deal" just told
    text = (
        "The deal was signed on March 3, 2024, and values it at $2 billion. "
        "Orion Group agreed to buy Kestrel Labs. Shares rose."
    )
    assert _deals(text) == [("acquisition", {"Orion Group": A, "Kestrel Labs": T}, None)]
    assert [f.announced for f in _deal_facts(text)] == [None]
