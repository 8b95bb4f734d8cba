"""Whose document it is (metrics/issuer.py): a filing's defined term or a capitals letterhead names the
issuer, who owns the table and bullet lines that name no one, the sentences that name no one and the
capitalised defined terms ("the Company", "the Group"); a publication's masthead, a headline naming
its subject in passing and a page of numbered items name no issuer."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import issuer as I
from pipelines.extraction.metrics.numbered_items import NUMBERED_ITEM_CUES
from tests.unit.metric_rows import owners_of as _owners
from tests.unit.metric_rows import written_mentions as _mentions


def _issuer_key(text: str, names: dict[str, str]) -> str | None:
    found = I.document_issuer(text, _mentions(text, names))
    return found.key if found is not None else None


# --- the cues, each on its own example -----------------------------------------------------------


def test_defined_term_names_the_issuer() -> None:
    text = "Our regulator is Quill Authority. " + I.DEFINED_TERM.example
    names = {"Quill Authority": "quill authority", "Velorix Holdings Limited": "velorix"}
    assert _issuer_key(text, names) == "velorix"


def test_letterhead_names_the_issuer() -> None:
    text = I.LETTERHEAD_EXAMPLE + "Quill Bank arranged the notes. Velorix Holdings sells tools.\n"
    names = {"Quill Bank": "quill", "Velorix Holdings": "velorix"}
    assert _issuer_key(text, names) == "velorix"


def test_a_name_on_the_letterhead_after_its_capital_words_is_the_issuer() -> None:
    text = "VELORIX GROUP VLX AB (publ)\nLetter to our shareholders\n\nQuill sold us a studio.\n"
    assert _issuer_key(text, {"VLX": "velorix", "Quill": "quill"}) == "velorix"


def test_a_publication_masthead_is_no_issuer() -> None:
    text = I.PUBLICATION_WORD.example + "Velorix Weekly readers know Quill well. Quill sold 5 tools.\n"
    assert _issuer_key(text, {"Velorix Weekly": "velorix weekly", "Quill": "quill"}) is None


def test_a_research_notes_letterhead_is_the_broker_not_the_issuer() -> None:
    text = I.RESEARCH_NOTE.example + "Velorix Holdings reported revenue of $5 million.\n"
    names = {"QUILL SECURITIES SDN BHD": "quill", "Velorix Holdings": "velorix"}
    assert _issuer_key(text, names) is None
    # the same letterhead above an ordinary report names its issuer
    plain = text.replace("COMPANY UPDATE", "MARKETS").replace("Recommendation: HOLD\n", "")
    assert _issuer_key(plain, names) == "quill"


def test_a_page_of_numbered_items_has_no_letterhead_issuer() -> None:
    text = "VELORIX MONTHLY ROUND-UP\n" + NUMBERED_ITEM_CUES[1].example
    assert _issuer_key(text.replace("MONTHLY", "QUARTER"), {"VELORIX": "velorix", "Quill": "quill"}) is None
    # the same letterhead without the numbered items names its issuer
    assert _issuer_key("VELORIX QUARTER ROUND-UP\nVelorix said ...\n", {"VELORIX": "velorix"}) == "velorix"


@pytest.mark.parametrize(
    "line",
    [
        "ON THE SHELF: QUILL SLIPS; VELORIX BUYS\n",  # named in passing, after other words
        "A UNIT UNDER THE QUILL MINISTRY\n",  # a preposition's object
        "QUILL | 5,000 | 4,000\n",  # a table row
        "QUILL\n",  # one word: a label, not a letterhead
    ],
)
def test_a_capitals_line_that_does_not_open_with_a_name_is_no_letterhead(line: str) -> None:
    text = line + "Quill said it sold tools. Velorix bought some.\n"
    names = {"QUILL": "quill", "Quill": "quill", "VELORIX": "velorix", "Velorix": "velorix"}
    assert _issuer_key(text, names) is None


def test_defined_descriptor_cue_matches_its_example() -> None:
    assert I.DEFINED_DESCRIPTOR.pattern.search(I.DEFINED_DESCRIPTOR.example)
    assert not I.DEFINED_DESCRIPTOR.pattern.fullmatch("the company")


# --- what the issuer decides ---------------------------------------------------------------------


_FILING = (
    "VELORIX HOLDINGS LIMITED\n"
    "(A company under the Quill Ministry)\n\n"
    "Velorix Holdings Limited reported results for the year ended 31 December 2024 on Tuesday.\n\n"
    "The Quill Ministry owns 55% of the shares and approved the plan on Monday.\n\n"
    "Key figures\n"
    "- Revenue: $500 million (+12%)\n"
    "- Operating profit: $80 million\n"
)
_FILING_NAMES = {"Velorix Holdings Limited": "velorix", "Quill Ministry": "quill"}


def test_bullet_lines_naming_no_one_are_the_issuers_not_the_prose_subject_above() -> None:
    owners = _owners(_FILING, _FILING_NAMES)
    assert owners[500e6] == "velorix" and owners[80e6] == "velorix"


def test_a_sentence_naming_no_one_is_the_issuers() -> None:
    text = (
        "VELORIX HOLDINGS LIMITED\nInterim results\n\n"
        "Quill Exchange takes no responsibility for this announcement. Quill Exchange lists our shares. "
        "Quill Exchange rules apply.\n\n"
        "The board of Velorix Holdings Limited announces its results for the six months ended "
        "30 June 2025.\n\n"
        "Tools business: revenue of $300 million, up 8%.\n"
    )
    owners = _owners(text, {"Velorix Holdings Limited": "velorix", "Quill Exchange": "quill"})
    assert owners[300e6] == "velorix"


def test_the_capitalised_group_is_the_issuer_not_the_brand_named_last() -> None:
    text = (
        'Velorix Holdings Limited (the "Company") announces its results for 2024.\n\n'
        "The ladieswear segment comprises Zenbox and Quill. "
        "In 2024 the Group had 3,400 retail outlets.\n"
    )
    names = {
        "Velorix Holdings Limited": "velorix",
        "Zenbox": "zenbox",
        "Quill": "quill",
        "the Group": "quill",  # the recognizer's resolution by recency
    }
    assert _owners(text, names)[3400] == "velorix"


def test_the_one_organization_of_headline_and_lead_owns_an_uncaptioned_table() -> None:
    # not the much-mentioned unit the prose right above the table is about
    text = (
        I.HEADLINE_EXAMPLE.replace(" as Quill orders slow", "")
        + "\nQuill Energy, which Velorix Holdings bought this year, runs three fields. "
        "Quill Energy added 20,000 barrels a day.\n\n"
        "USD million | 2024 | 2023\nRevenues | 402.5 | 247.1\n"
    )
    names = {"Velorix Holdings": "velorix", "Velorix": "velorix", "Quill Energy": "quill"}
    assert _owners(text, names)[402.5e6] == "velorix"


def test_a_headline_naming_several_organizations_names_no_story_subject() -> None:
    names = {"Velorix": "velorix", "Quill": "quill"}
    text = I.HEADLINE_EXAMPLE
    lead = _mentions(text, names)[2]
    assert I.headline_subject(text, _mentions(text, names), lead) is None
    one = text.replace(" as Quill orders slow", "")
    assert I.headline_subject(one, _mentions(one, names), _mentions(one, names)[1]).key == "velorix"


@pytest.mark.parametrize(
    "acronym", ["EBITDAR", "EBITDAX", "OIBDA", "FFO", "AFFO", "DPS", "ROE", "ROA", "ROCE", "ROTCE"]
)
def test_a_measure_written_as_an_acronym_owns_no_figure(acronym: str) -> None:
    text = (
        "Velorix Holdings reported results for 2024 on Tuesday.\n\n"
        f"Revenue grew 8% to $1.23 billion, while {acronym} declined to $509 million.\n"
    )
    owners = _owners(text, {"Velorix Holdings": "velorix", acronym: acronym.lower()})
    assert owners[1.23e9] == "velorix"


@pytest.mark.parametrize("joint", ["; ", ", while ", ", whereas ", ", but "])
def test_a_name_first_written_in_a_later_clause_does_not_own_the_figure_before_it(joint: str) -> None:
    text = (
        "Velorix Holdings reported results for 2024 on Tuesday.\n\n"
        f"Tools revenue rose 12% to $460 million{joint}the segment comprises Zenbox and Quill.\n"
    )
    owners = _owners(text, {"Velorix Holdings": "velorix", "Zenbox": "zenbox", "Quill": "quill"})
    assert owners[460e6] == "velorix"


def test_a_measure_abbreviation_is_no_organization() -> None:
    text = I.MEASURE_ABBREVIATION.example
    assert I.measure_abbreviations(text, _mentions(text, {"Velorix": "velorix", "GMV": "gmv"})) == {"gmv"}
    # a company's own abbreviation is no measure's
    firm = "Velorix Server Solutions (VSS) grew revenue 20% in 2024."
    firm_names = {"Velorix Server Solutions": "v", "VSS": "v"}
    assert I.measure_abbreviations(firm, _mentions(firm, firm_names)) == set()


def test_a_table_row_labelled_with_a_measure_abbreviation_is_the_issuers() -> None:
    text = (
        "VELORIX HOLDINGS LIMITED\nResults for the year ended 31 March 2025\n\n"
        "Velorix Holdings reported its results on Tuesday.\n\n"
        "INR million                        FY2025      FY2024\n"
        "Gross Transaction Value (GTV)     4,643.0     3,825.5\n"
    )
    names = {"Velorix Holdings": "velorix", "VELORIX HOLDINGS LIMITED": "velorix", "GTV": "gtv"}
    owners = _owners(text, names)
    assert owners[4643e6] == "velorix"


@pytest.mark.parametrize("owned", ["majority-owned by", "backed by", "controlled by", "owned by"])
def test_the_company_after_an_owner_aside_is_the_one_the_aside_is_about(owned: str) -> None:
    from pipelines.extraction.metrics import cues as C

    text = C.OWNED_BY_EXAMPLE.replace("majority-owned by", owned)
    names = {"Velorix": "velorix", "Quill": "quill", "The company": "quill"}  # the recognizer's guess
    assert _owners(text, names)[10e6] == "velorix"


@pytest.mark.parametrize(
    ("between", "later_clause"),
    [
        ("; the segment comprises ", True),
        (", while ", True),
        ("; 2023 operating profit $34 million at ", False),  # a list of figures, not a clause
        (", up 5% from ", False),
    ],
)
def test_what_opens_a_later_clause(between: str, later_clause: bool) -> None:
    from pipelines.extraction.metrics import owners as O

    assert bool(O._LATER_CLAUSE.search(between)) is later_clause
