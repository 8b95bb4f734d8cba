"""Owners read from the document's structure and the mention's own words: a briefs page's item owns the
lines under its own subject; a filing's defined term ("the Bank") keeps one referent; a name after "its"
is no subject a later "the company" stands for; a legal form alone ("GmbH") owns nothing; a round's
investor owns none of the fundraiser's figures."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import article as A
from pipelines.extraction.metrics import investor_roles as R
from pipelines.extraction.metrics import issuer as I
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities as _quantities
from tests.unit.metric_rows import owners_of as _owners
from tests.unit.metric_rows import written_mentions as _mentions

# --- a page of numbered items: each item's lines are its own subject's ---------------------------

BRIEFS_PAGE = (
    "THE TOOLS WEEKLY\n\n"
    "1. VELORIX POSTS ITS YEAR\n"
    "Velorix published its annual report this week.\n\n"
    "- Revenue: $5.62 billion (+21%)\n"
    "- EBITDA: $3.41 billion\n\n"
    "2. QUILL RAISES MONEY\n"
    "Quill raised funding. Quill said Quill will build plants. Quill hired staff.\n"
)


def test_a_briefs_item_owns_the_lines_under_its_subject() -> None:
    owners = _owners(BRIEFS_PAGE, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[5_620_000_000] == "velorix"
    assert owners[3_410_000_000] == "velorix"


def test_a_one_story_page_still_gives_a_minor_name_no_lines() -> None:
    # Without numbered items the page is one story: lines under a name mentioned once go to the main one.
    text = BRIEFS_PAGE.replace("1. VELORIX POSTS ITS YEAR\n", "").replace("2. QUILL RAISES MONEY\n", "")
    owners = _owners(text, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[5_620_000_000] == "quill"


def test_an_item_lead_owns_its_lines_after_a_unit_is_named() -> None:
    # The item's last sentence names a unit: the lines below are still the item's lead's.
    text = BRIEFS_PAGE.replace(
        "published its annual report this week.", "published its annual report. Nova, its unit, grew."
    )
    owners = _owners(text, {"Velorix": "velorix", "Quill": "quill", "Nova": "nova"})
    assert owners[5_620_000_000] == "velorix"


def test_an_earlier_item_lead_does_not_own_the_next_item_lines() -> None:
    text = BRIEFS_PAGE + "\n3. SHORT TAKES\nSome quiet news.\n\n- Revenue: $1.5 billion\n"
    owners = _owners(text, {"Velorix": "velorix", "Quill": "quill"})
    assert owners[1_500_000_000] == "quill"  # no lead in its item: the page's most mentioned


# --- a filing's capitalised defined term keeps the referent it first has -------------------------


def _term(text: str, key: str, start: int) -> OrgMention:
    return OrgMention(key, key.title(), text, start, start + len(text))


@pytest.mark.parametrize("term", ["the Bank", "the Company", "the Group"])
def test_a_defined_term_keeps_its_first_referent(term: str) -> None:
    mentions = [
        _term("Velorix", "velorix", 0),
        _term(term, "velorix", 20),
        _term("Quill", "quill", 40),
        _term(term, "quill", 60),  # the recognizer's recency guess
    ]
    keys = [m.key for m in I.defined_terms_to_issuer(mentions, None)]
    assert keys == ["velorix", "velorix", "quill", "velorix"]


def test_two_defined_terms_keep_their_own_referents() -> None:
    mentions = [
        _term("the Bank", "velorix", 0),
        _term("the Company", "quill", 20),
        _term("the Bank", "quill", 40),
    ]
    assert [m.key for m in I.defined_terms_to_issuer(mentions, None)] == ["velorix", "quill", "velorix"]


def test_a_lower_case_descriptor_is_no_defined_term() -> None:
    mentions = [_term("the bank", "velorix", 0), _term("the bank", "quill", 20)]
    assert [m.key for m in I.defined_terms_to_issuer(mentions, None)] == ["velorix", "quill"]


# --- a name after "its" is something the subject has ---------------------------------------------


def test_the_company_after_a_possessed_name_stands_for_the_subject() -> None:
    text = A.POSSESSED_EXAMPLE
    mentions = _mentions(text, {"Velorix Corp": "velorix", "Quill Summit": "quill summit"})
    company = text.index("the company")
    mentions.append(OrgMention("quill summit", "Quill Summit", "the company", company, company + 11))
    repointed = A._descriptors_repointed(text, sorted(mentions, key=lambda m: m.start))
    assert repointed[-1].key == "velorix"


@pytest.mark.parametrize("before", ["its ", "their ", "its own "])
def test_a_possessed_name_is_no_subject(before: str) -> None:
    text = f"Velorix used {before}Quill Summit."
    quill = _mentions(text, {"Quill Summit": "quill"})[0]
    assert A._object_not_subject(text, quill)


def test_a_name_without_a_possessive_is_a_subject() -> None:
    text = "Velorix met Quill Summit."
    assert not A._object_not_subject(text, _mentions(text, {"Quill Summit": "quill"})[0])


# --- a legal form alone is a fragment of a name --------------------------------------------------


@pytest.mark.parametrize("name", ["GmbH", "AG", "Co. Ltd", "Inc."])
def test_a_legal_form_alone_owns_nothing(name: str) -> None:
    assert not A._may_own(OrgMention(name.lower(), name, name, 0, len(name)))


@pytest.mark.parametrize("name", ["Velorix GmbH", "Quill AG"])
def test_a_name_with_its_legal_form_may_own(name: str) -> None:
    assert A._may_own(OrgMention(name.lower(), name, name, 0, len(name)))


# --- a round's investors own none of the fundraiser's figures ------------------------------------


def _quill_and_velorix(text: str) -> list[OrgMention]:
    return _mentions(text, {"Quill Capital": "quill", "Velorix": "velorix"})


@pytest.mark.parametrize("cue", R.INVESTOR_CUES, ids=lambda cue: cue.example)
def test_each_investor_cue_finds_the_investor_only(cue: R.RoleCue) -> None:
    mentions = _quill_and_velorix(cue.example)
    found = R.investor_mentions(cue.example, mentions)
    assert found == {m.start for m in mentions if m.key == "quill"}


@pytest.mark.parametrize(
    "text",
    [
        "Quill Capital led the market with 30% of sales.",  # led something other than a round
        "Quill Capital said revenue rose 5%.",
        "The round was led by Nova. Quill Capital said revenue rose 5%.",  # the cue is another sentence's
    ],
)
def test_a_name_outside_an_investor_role_is_no_investor(text: str) -> None:
    assert R.investor_mentions(text, _quill_and_velorix(text)) == set()


@pytest.mark.parametrize("cue", R.INVESTOR_CUES, ids=lambda cue: cue.example)
def test_the_company_after_a_round_is_the_fundraiser(cue: R.RoleCue) -> None:
    text = cue.example + " The company said its revenue doubled to $8 million."
    mentions = _quill_and_velorix(text)
    company = text.index("The company")
    mentions.append(OrgMention("quill", "Quill Capital", "The company", company, company + 11))
    owners = {f.value: f.organization_key for f in A.find_metrics(text, mentions, None, _quantities(text))}
    assert owners[8_000_000] == "velorix"


# --- a top line of nothing but a registered name is a letterhead in ordinary capitals ------------


def _issuer(text: str) -> str | None:
    names = {"Velorix Holdings, Ltd": "velorix", "Quill Bank": "quill"}
    found = I.document_issuer(text, _mentions(text, names))
    return found.key if found is not None else None


def test_a_registered_name_line_names_the_issuer() -> None:
    text = I.REGISTERED_NAME_LINE.example + "Quill Bank, its main unit, earned more. Quill Bank grew.\n"
    assert _issuer(text) == "velorix"


@pytest.mark.parametrize(
    "first_line",
    [
        "Velorix Holdings, Ltd said revenue rose 5% in 2024.\n",  # a sentence, not a letterhead
        "Results of Velorix Holdings, Ltd (code 1234)\n",  # the name written after other words
    ],
)
def test_a_line_that_says_more_than_the_name_is_no_letterhead(first_line: str) -> None:
    assert _issuer(first_line + "Quill Bank grew.\n") is None


def test_an_investor_named_again_outside_its_role_owns_its_own_figures() -> None:
    text = (
        "Velorix raised $40 million. Quill Capital also invested. Quill Capital, a big lender, agreed a "
        "credit line that Velorix will offer. The company's deposits stood at $3 billion."
    )
    mentions = _quill_and_velorix(text)
    company = text.index("The company")
    mentions.append(OrgMention("quill", "Quill Capital", "The company", company, company + 11))
    owners = {f.value: f.organization_key for f in A.find_metrics(text, mentions, None, _quantities(text))}
    assert owners[3_000_000_000] == "quill"


@pytest.mark.parametrize(
    "text",
    [
        # below the first paragraph of prose: a unit's heading, not the letterhead
        "Quill Bank said on Monday that its revenue rose again in 2024.\nVelorix Holdings, Ltd (Europe)\n",
        # "Holdings" or "Group" alone is a word of the name, no registered form
        "Velorix Holdings (Europe)\nQuill Bank grew.\n",
    ],
)
def test_a_unit_heading_is_no_registered_letterhead(text: str) -> None:
    names = {"Velorix Holdings, Ltd": "velorix", "Velorix Holdings": "velorix", "Quill Bank": "quill"}
    found = I.document_issuer(text, _mentions(text, names))
    assert found is None
