"""Owners decided by document structure: "the company" is never a brand, format or chain the article names
as a part of another organization; a caption above a block of list lines owns all of the block's lines,
those the line reader leaves to the prose included."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import subordinates as S
from tests.unit.metric_rows import owners_of as _owners
from tests.unit.metric_rows import written_mentions as _mentions

_PART_CUES = (S.PART_NOUN_AFTER, S.PART_APPOSITION, S.OWNER_OF_LIST)
# The recognizer resolves company words by recency: to the part named last.
_NAMES = {
    "Velorix Group": "velorix",
    "Velorix Inc.": "velorix",
    "Velorix": "velorix",
    "Quill": "quill",
    "Zenbox": "zenbox",
    "The company": "quill",
    "The group": "quill",
    "the group": "quill",
}


@pytest.mark.parametrize("cue", _PART_CUES, ids=lambda cue: cue.example[:40])
def test_each_part_cue_makes_its_example_name_a_part(cue: S.PartCue) -> None:
    assert "quill" in S.part_names(cue.example, _mentions(cue.example, _NAMES))


@pytest.mark.parametrize("cue", _PART_CUES, ids=lambda cue: cue.example[:40])
def test_a_company_word_resolved_to_a_part_owns_the_parents_figure(cue: S.PartCue) -> None:
    text = cue.example + " The company's revenue rose 5% to $900 million in 2025."
    assert _owners(text, _NAMES)[900e6] == "velorix"


@pytest.mark.parametrize(
    "text",
    (
        "Velorix said revenue rose. Quill, the unit it bought in 2020, grew. "
        "The company's revenue rose 5% to $900 million in 2025.",
        "Velorix bought Quill and Zenbox. The company's revenue rose 5% to $900 million in 2025.",
    ),
)
def test_a_company_named_without_a_part_cue_keeps_the_company_word(text: str) -> None:
    assert "quill" not in S.part_names(text, _mentions(text, _NAMES))


def test_a_part_is_no_parent_of_a_company_word_when_the_article_names_only_parts() -> None:
    text = "The main Quill stores grew. The company's revenue rose 5% to $900 million in 2025."
    assert _owners(text, {"Quill": "quill", "The company": "quill"})[900e6] == "quill"


_CAPTIONED_BLOCK = (
    "VELORIX HOLDINGS LIMITED\nVelorix agrees to buy Quill Bank\n\n"
    "Velorix said on Monday it will buy Quill Bank for $100 million.\n\n"
    "Key figures of Quill Bank (as of 30 June 2026):\n"
    "- Loans: USD 7.5 billion (+3.0% yoy)\n"
    "- Client funds: USD 5.1 billion (+2.0% yoy)\n"
    "- Equity: USD 0.8 billion (+1.0% yoy)\n"
)


def test_a_caption_owns_the_lines_below_an_item_the_line_reader_left_to_the_prose() -> None:
    owners = _owners(_CAPTIONED_BLOCK, {"Velorix": "velorix", "VELORIX HOLDINGS LIMITED": "velorix",
                                        "Quill Bank": "quill"})
    assert owners[7.5e9] == "quill" and owners[0.8e9] == "quill"


def test_a_caption_owns_a_list_item_the_prose_reader_read() -> None:
    owners = _owners(_CAPTIONED_BLOCK, {"Velorix": "velorix", "Quill Bank": "quill"})
    assert owners[2.0] == "quill"  # the growth the prose reader reads off the item


@pytest.mark.parametrize(
    "field",
    (
        "Company name: Velorix Co., Ltd.",
        "Issuer: Velorix Co., Ltd.",
        "Name of listed company: VELORIX CO., LTD.",
    ),
)
def test_a_header_field_naming_the_filer_makes_it_the_issuer(field: str) -> None:
    text = (
        "Summary of results for fiscal 2025\n"
        f"{field}   Listing: Quill Exchange\n\n"
        "Quill Exchange rules apply. Quill Exchange lists the shares. Velorix thanks its staff.\n\n"
        "Revenue rose 5% to $900 million in fiscal 2025.\n"
    )
    names = {"Velorix Co., Ltd.": "velorix", "Velorix": "velorix", "Quill Exchange": "quill"}
    assert _owners(text, names)[900e6] == "velorix"


def test_issuer_field_cue_matches_its_example() -> None:
    from pipelines.extraction.metrics import issuer as I

    text = I.ISSUER_FIELD.example
    names = {"Velorix Co., Ltd.": "velorix", "Quill Exchange": "quill"}
    found = I.document_issuer(text, _mentions(text, names))
    assert found is not None and found.key == "velorix"


def test_a_defined_term_after_a_legal_form_names_the_issuer() -> None:
    from pipelines.extraction.metrics import issuer as I

    text = I.DEFINED_TERM_AFTER_LEGAL_FORM_EXAMPLE
    # the recognizer leaves the full stop off the legal form
    found = I.document_issuer(text, _mentions(text, {"Velorix S.A": "velorix"}))
    assert found is not None and found.key == "velorix"


def test_a_term_another_organization_defines_stays_with_it() -> None:
    from pipelines.extraction.metrics import issuer as I

    text = I.DEFINED_TERM_OF_ANOTHER_EXAMPLE
    names = {"Velorix S.A": "velorix", "Quill Fund": "quill", "the Bank": "quill", "the Fund": "velorix"}
    owners = _owners(text, names)
    assert owners[8.41] == "quill"


_DEAL_NAMES = {"Velorix": "velorix", "Quill Bank": "quill", "the bank": "velorix"}  # resolved by recency


def test_a_descriptor_stands_for_its_own_paragraphs_subject() -> None:
    from pipelines.extraction.metrics import anaphora as N

    text = N.PARAGRAPH_DESCRIPTOR_EXAMPLE
    resolved = N.descriptors_in_paragraph(text, _mentions(text, _DEAL_NAMES))
    assert [m.key for m in resolved if m.text == "the bank"] == ["quill"]
    assert _owners(text + " Deposits came to $75 billion, and the bank has 9 owners.", _DEAL_NAMES)[
        75e9
    ] == "quill"


@pytest.mark.parametrize(
    "text",
    (
        # the paragraph names the recognizer's pick: left to the recognizer
        "Velorix agreed to buy Quill Bank.\n\nVelorix and Quill Bank agreed; the bank runs 30 offices.",
        # an authority is never the company
        "Velorix agreed to buy Quill Bank.\n\nQuill Bank grew as the central bank cut rates.",
        # a paragraph that names no one before the descriptor
        "Velorix agreed to buy Quill Bank.\n\nThe bank runs 30 offices, Quill Bank said.",
    ),
)
def test_a_descriptor_keeps_the_recognizers_pick(text: str) -> None:
    from pipelines.extraction.metrics import anaphora as N

    names = {**_DEAL_NAMES, "the central bank": "velorix", "The bank": "velorix"}
    resolved = N.descriptors_in_paragraph(text, _mentions(text, names))
    assert all(m.key == "velorix" for m in resolved if m.text.lower().startswith("the "))


def test_a_descriptor_resolved_to_the_main_organization_keeps_it() -> None:
    from pipelines.extraction.metrics import anaphora as N

    text = "Velorix agreed to buy Quill Bank. Velorix said so.\n\nQuill Bank fell as the bank grew 5%."
    resolved = N.descriptors_in_paragraph(text, _mentions(text, _DEAL_NAMES))
    assert [m.key for m in resolved if m.text == "the bank"] == ["velorix"]


def test_the_article_s_main_organization_is_never_a_part() -> None:
    text = (
        "Velorix said sales at Velorix stores rose. Velorix beat Quill. "
        "The company's revenue rose 5% to $900 million in 2025."
    )
    names = {"Velorix": "velorix", "Quill": "quill", "The company": "velorix"}
    assert _owners(text, names)[900e6] == "velorix"


def test_a_name_written_with_a_legal_form_is_never_a_part() -> None:
    text = "Velorix Inc., the owner of Velorix and Quill stores, grew. Zenbox and Zenbox did too."
    names = {"Velorix Inc.": "velorix", "Velorix": "velorix", "Quill": "quill", "Zenbox": "zenbox"}
    assert S.part_names(text, _mentions(text, names)) == {"quill"}


def test_an_owner_of_brands_written_as_a_possessive_is_no_part() -> None:
    text = "Quill is to be folded into Velorix's regional brands. Velorix grew."
    assert S.part_names(text, _mentions(text, {"Velorix": "velorix", "Quill": "quill"})) == set()


def test_a_counterparty_named_only_after_prepositions_owns_no_unnamed_table() -> None:
    text = (
        "Interim statement, second quarter 2025\n\n"
        "In May the company agreed a deal with Velorix under which it sells capacity over "
        "Velorix's network.\n\n"
        "EUR million | Q2 2025 | Q2 2024\n"
        "Revenue | 41.2 | 38.0\n"
    )
    assert 41.2e6 not in _owners(text, {"Velorix": "velorix"})
