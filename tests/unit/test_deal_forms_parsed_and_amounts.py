"""Deal forms of issue 11 item 5 (deals on unseen news), one test per general cause, on invented names:
a business merged into its buyer, names coordinated with their own descriptors, an agreement renewed,
a venture "of" its owners, a name the organization stage missed in a party's slot."""

from __future__ import annotations

import re

import pytest

from tests.unit.extractor_cases import deal_rows
from tests.unit.test_deals import deals_of, roles

# (text, deal type, roles): read by the trigger patterns alone (no parse, no entity model)
PATTERN_CASES = [
    # a business merged into another is bought by it (the schema has no merger type)
    ("Kestrel Holdings was merged into Orion Group in December.", "acquisition",
     {"Orion Group": "acquirer", "Kestrel Holdings": "target"}),
    # the same as a relative clause on a descriptor
    ("Kestrel Cable, the cable-TV operator that was merged into Orion Telecom in 2018, grew.", "acquisition",
     {"Orion Telecom": "acquirer", "Kestrel Cable": "target"}),
    # "absorbed by" is a purchase told in the passive
    ("Kestrel Holdings was absorbed by Orion Group the same month.", "acquisition",
     {"Orion Group": "acquirer", "Kestrel Holdings": "target"}),
    # names coordinated each with its own descriptor: one deal of three, not two pairs
    ("Orion Group also announced a three-way partnership with chip designer Kestrel Holdings Inc and "
     "networking equipment maker Lumen Technologies Corp to develop base stations.", "partnership",
     {"Orion Group": "partner", "Kestrel Holdings": "partner", "Lumen Technologies": "partner"}),
    # a venture "of" its owners, three of them
    ("The project is owned by a joint venture of Orion Group, Kestrel Holdings and Lumen Technologies, each "
     "holding one third.", "joint_venture",
     {"Orion Group": "partner", "Kestrel Holdings": "partner", "Lumen Technologies": "partner"}),
    # the signatories of an opened memorandum named in the next sentence as "its partners"
    ("Orion Group said the company signed a memorandum of understanding this month to set up a data "
     "center. Its partners are Kestrel Holdings, Lumen Group and Harbor Bank.", "mou",
     {"Orion Group": "signatory", "Kestrel Holdings": "signatory", "Lumen Group": "signatory",
      "Harbor Bank": "signatory"}),
    # a relative clause names the seller after "from"
    ("Orion Group grew. Orion Group earned more. Lumen Imaging, which Orion Group bought from Harbor "
     "Computer Systems in 2009, grew.", "acquisition",
     {"Orion Group": "acquirer", "Lumen Imaging": "target", "Harbor Computer Systems": "seller"}),
    # ... and after the day the sale closed, written with no year
    ("Lumen Imaging, which runs two labs, was acquired by Orion Group on October 14 from Harbor Holdings "
     "for $88 million.", "acquisition",
     {"Orion Group": "acquirer", "Lumen Imaging": "target", "Harbor Holdings": "seller"}),
    # a passive with its seller and no buyer: the article's own organization bought it
    ("Orion Group grew. Orion Group earned more. Kestrel Bank was bought from Harbor Holdings in 2013.",
     "acquisition", {"Orion Group": "acquirer", "Kestrel Bank": "target", "Harbor Holdings": "seller"}),
    # partners after "with", the first with a possessive place before it
    ("Orion Group formed a joint venture with Japan's Kestrel Holdings and Lumen Group.", "joint_venture",
     {"Orion Group": "partner", "Kestrel Holdings": "partner", "Lumen Group": "partner"}),
    # "between" lists every one coordinated, not the first two
    ("The joint venture between Orion Group, Kestrel Holdings and Lumen Technologies opened a plant.",
     "joint_venture",
     {"Orion Group": "partner", "Kestrel Holdings": "partner", "Lumen Technologies": "partner"}),
]


@pytest.mark.parametrize(("text", "deal_type", "expected"), PATTERN_CASES)
def test_pattern_forms(text, deal_type, expected):
    assert [(d.deal_type, roles(d)) for d in deals_of(text)] == [(deal_type, expected)]


def _with_parties(text: str, known: list[str]):
    from pipelines.extraction.deal_named_parties import with_deal_parties
    from pipelines.extraction.entities import OrganizationResult
    from pipelines.extraction.entities.keys import organization_key
    from pipelines.extraction.gazetteer import default_gazetteer
    from pipelines.extraction.model import OrganizationFact, OrgMention
    from pipelines.extraction.sentences import split_sentences
    from pipelines.extraction.syntax import Syntax

    facts = [OrganizationFact(organization_key(name), name, "company") for name in known]
    mentions = sorted(
        (OrgMention(organization_key(name), name, name, start, start + len(name))
         for name in known for start in [m.start() for m in re.finditer(re.escape(name), text)]),
        key=lambda m: m.start,
    )
    return with_deal_parties(text, split_sentences(text), [], OrganizationResult(facts, mentions), Syntax(),
                             default_gazetteer())


def test_a_short_form_of_a_known_name_is_that_organization_not_a_new_one():
    """ "Kestrel" in a party slot is "Kestrel Technologies" named short: no second organization, and the
    short form is a mention of the known one (so the deal stage reads it as a party)."""
    text = ("Kestrel Technologies grew fast. In March the lab maker Kestrel signed a licensing agreement "
            "with Orion Lifesciences.")
    result = _with_parties(text, ["Kestrel Technologies", "Orion Lifesciences"])
    assert sorted(o.name for o in result.organizations) == ["Kestrel Technologies", "Orion Lifesciences"]
    short = text.rindex("Kestrel")
    assert [m.key for m in result.mentions if m.start == short] == ["kestrel technologies"]


def test_a_parent_named_inside_its_unit_name_is_its_own_organization():
    """ "Turkvale" beside a known "Turkvale Superonline" is the parent, not the unit said short, when the
    article names it before the unit (a short form refers back to a name written before it:
    entities/later_short_forms.full_name_written_first)."""
    text = ("The operator Turkvale signed a contract with Orion Lifesciences. Its fibre unit Turkvale "
            "Superonline grew fast.")
    result = _with_parties(text, ["Turkvale Superonline", "Orion Lifesciences"])
    assert "Turkvale" in [o.name for o in result.organizations]


def test_a_name_opening_the_sentence_is_read_when_it_is_a_known_name_said_short():
    """ "Velora also renewed its agreement with B": the first word of a sentence is a party when it opens
    a known organization's name ("Velora Energy")."""
    text = ("Velora Energy reported results. Velora also renewed the licence agreement with Orion "
            "Lifesciences.")
    result = _with_parties(text, ["Velora Energy", "Orion Lifesciences"])
    short = text.index("Velora also")
    assert [m.key for m in result.mentions if m.start == short] == ["velora energy"]


# (text, a deal the full extractor finds): the parse reads them where no trigger pattern did
PARSED_CASES = [
    # an agreement extended by its holder: "its" is the subject of the light verb
    ("Kestrel Catering grew. Separately, the Federation Orvale de Tennis has extended its hospitality "
     "contract with Kestrel Catering until 2030.",
     ("contract", frozenset({"Federation Orvale de Tennis", "Kestrel Catering"}))),
    # a known company named short at the head of the sentence, its licence (a contract) renewed
    ("Velora Energy S.A. reported results. Velora also renewed the brand licence agreement with "
     "Petrovia that allows it to use the brand.",
     ("contract", frozenset({"Velora Energy", "Petrovia"}))),


    # a license agreement sells rights: a contract, not a partnership
    ("Kestrel Coffee Corporation grew. Orion Group confirmed that it renewed in December its license "
     "agreement with Kestrel Coffee Corporation.",
     ("contract", frozenset({"Orion Group", "Kestrel Coffee"}))),
]


@pytest.mark.parametrize(("text", "expected"), PARSED_CASES)
def test_parsed_forms(extractor, text, expected):
    assert expected in deal_rows(extractor, text)


def test_a_buyer_of_a_share_named_by_the_parse_is_proposed():
    """ "the acquisition of the remaining 50% of B by A": the parse hangs "of B" and "by A" on the share
    ("50%"), not on the deal noun; A, a name the organization stage missed, is a party."""
    text = ("Kestrel Energia grew. The acquisition of the remaining 50% of Kestrel Energia by Velora, for "
            "R$ 3.4 billion including assumed debt, was completed in April.")
    result = _with_parties(text, ["Kestrel Energia"])
    assert sorted(o.name for o in result.organizations) == ["Kestrel Energia", "Velora"]


def test_a_backer_named_paragraphs_after_a_round_does_not_join_it():
    """ "HV Capital also joined" four sentences after another company's round belongs to a round the text
    told in words the triggers missed, not to the last one found."""
    text = ("Orion Labs raised $120 million in a round led by Kestrel Capital. The money goes to hiring. "
            "The company has 400 staff. Its office opened in 2023. A rival announced news weeks earlier. "
            "Harbor Ventures also joined, as did existing investors Lumen Group.")
    found = [(d.deal_type, roles(d)) for d in deals_of(text)]
    assert found == [("funding", {"Orion Labs": "investee", "Kestrel Capital": "investor"})]


def test_a_backer_named_just_after_a_round_joins_it():
    text = ("Orion Labs raised $120 million in a round led by Kestrel Capital. "
            "Harbor Ventures also joined, as did existing investors Lumen Group.")
    found = [(d.deal_type, roles(d)) for d in deals_of(text)]
    assert found == [("funding", {"Orion Labs": "investee", "Kestrel Capital": "investor",
                                  "Harbor Ventures": "investor", "Lumen Group": "investor"})]


def _amounts(text: str) -> list[tuple[float | None, str | None]]:
    return [(d.amount, d.currency) for d in deals_of(text)]


# (text, the deal's amount): which figure is the deal's value
AMOUNT_CASES = [
    # the deal itself valued, with "about" between "at" and the figure
    ("Orion Group grew through the acquisition of Kestrel Holdings by Orion Group in 2018, a transaction "
     "valued at about 500 million euros.", (500e6, "EUR")),
    # a scheme of arrangement is the deal
    ("Kestrel Holdings, acquired by Orion Group in February through a scheme of arrangement valued at about "
     "$370 million, grew.", (370e6, "USD")),
    # the next sentence names the contract with its own descriptor
    ("Orion Group said it had signed a contract with Kestrel Holdings to build a cloud. The five-year "
     "contract is worth about $210 million.", (210e6, "USD")),
    # the next sentence gives the price
    ("Orion Group said it has completed the acquisition of Kestrel Holdings. The price is $6.5 billion in "
     "cash.", (6.5e9, "USD")),
    # the buyer pays in the next sentence (named by the first word of its name)
    ("Orion.com Ltd. today announced that it has acquired Kestrel Holdings. Orion paid approximately $80 "
     "million in cash at closing.", (80e6, "USD")),
    # the price given after a semicolon, of "the deal"
    ("The quarter included the acquisition of Kestrel Holdings by Orion Group; people familiar with the deal "
     "put the price at about $220 million.", (220e6, "USD")),
]


@pytest.mark.parametrize(("text", "amount"), AMOUNT_CASES)
def test_the_deal_amount(text, amount):
    assert _amounts(text) == [amount]


def test_a_valuation_of_the_company_is_not_the_deal_amount():
    text = "Orion Group agreed to buy Kestrel Holdings, a startup valued at about $900 million last year."
    assert _amounts(text) == [(None, None)]


def test_a_list_the_parse_reads_as_an_apposition_names_every_party():
    """ "A, payments network B and C announced a partnership": the parse hangs B on A as an apposition
    and C on B; B, a name the organization stage missed, is a party too."""
    text = ("Ghanaian remittance company Zeepora, pan-African payments network Onavriq and Accra-based "
            "Hubtelo announced on Monday a partnership that links their mobile-money wallets.")
    result = _with_parties(text, ["Zeepora", "Hubtelo"])
    assert sorted(o.name for o in result.organizations) == ["Hubtelo", "Onavriq", "Zeepora"]


def test_a_legal_form_in_a_list_is_not_proposed():
    """ "PT Bank Orvana (Persero) Tbk and PT Kestrel Indonesia signed": "Tbk" closes the first name."""
    text = ('JAKARTA, 5 March 2024 - PT Bank Orvana (Persero) Tbk ("Bank Orvana") and PT Kestrel Indonesia, '
            "a subsidiary of Japan's Kestrel Corporation, today signed a strategic cooperation agreement to "
            "introduce face recognition.")
    result = _with_parties(text, ["Bank Orvana", "Kestrel Indonesia", "Kestrel Corporation"])
    assert "Tbk" not in [o.name for o in result.organizations]


def test_a_speaker_reporting_its_own_deal_is_proposed():
    """ "Separately, Turkvale said it had signed a contract with A": the pronoun is the speaker's deal, and
    the speaker, a name the organization stage missed, is a party (never the subject of the last
    sentence)."""
    text = ("Orion Capital agreed to buy a unit. Separately, Turkvale said it had signed a contract with "
            "defence electronics group Kestrel Systems for base stations.")
    result = _with_parties(text, ["Orion Capital", "Kestrel Systems"])
    assert "Turkvale" in [o.name for o in result.organizations]


def test_a_speaker_reporting_nothing_is_not_proposed():
    text = "Separately, Turkvale said it expected growth, and Kestrel Systems agreed."
    result = _with_parties(text, ["Kestrel Systems"])
    assert "Turkvale" not in [o.name for o in result.organizations]
