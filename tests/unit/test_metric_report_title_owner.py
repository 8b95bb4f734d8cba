"""Whose report it is when no letterhead or defined term says so: a title line that opens with an
organization and names the document as its report (metrics/issuer.py ``REPORT_TITLE_CUES``), and what
that issuer then owns (metrics/owners.py: a sentence naming others only as prepositions' objects)."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import issuer as I
from pipelines.extraction.metrics.article_calendar import read_calendar
from pipelines.extraction.metrics.numbered_items import NUMBERED_ITEM_CUES
from pipelines.extraction.sentences import split_sentences
from tests.unit.metric_rows import owners_of as _owners
from tests.unit.metric_rows import written_mentions as _mentions

_NAMES = {
    "Velorix AB": "velorix",
    "Velorix Inc.": "velorix",
    "Velorix Group": "velorix",
    "Velorix": "velorix",
    "Quill": "quill",
    "Zenbox": "zenbox",
}
# The prose under the title names another organization first: without the title, it would lead.
_BODY = "\n\nQuill, a supplier, said on Monday it expects demand to stay firm this year.\n"


def _issuer_key(text: str) -> str | None:
    found = I.document_issuer(text, _mentions(text, _NAMES))
    return found.key if found is not None else None


@pytest.mark.parametrize("title", [example for cue in I.REPORT_TITLE_CUES for example in cue.examples])
def test_a_title_naming_the_document_as_an_organizations_report_names_the_issuer(title: str) -> None:
    assert _issuer_key(title + _BODY) == "velorix"


@pytest.mark.parametrize(
    "title",
    [
        "Velorix buys Quill for $5 million",  # a deal, not a report
        "Quill says Velorix Reports Third Quarter Results",  # the line opens with someone else
        "Velorix Weekly: annual report on the industry",  # a publication's masthead
        "Zenbox, Quill and Velorix report results",  # several organizations, no single author
        "Velorix\nAnalysts call the deal a good one for both",  # the next line is no document's title
        "Velorix\nShares rose after the report on Monday",
    ],
)
def test_a_title_that_names_no_report_of_the_organization_opening_it_names_no_issuer(title: str) -> None:
    names = dict(_NAMES, **{"Velorix Weekly": "velorix weekly"})
    found = I.document_issuer(title + _BODY, _mentions(title + _BODY, names))
    assert found is None or found.key != "velorix"


def test_a_report_title_below_the_first_paragraph_of_prose_names_no_issuer() -> None:
    text = "Quill said on Monday it expects demand for tools to stay firm this year.\n\n" + (
        "Velorix Reports Third Quarter Results\n"
    )
    assert _issuer_key(text) is None


def test_a_numbered_page_of_items_has_no_report_title_issuer() -> None:
    text = "Velorix Group: Q3 2025 results\n" + NUMBERED_ITEM_CUES[1].example
    assert _issuer_key(text) is None


_RELEASE = (
    "Velorix Inc. Reports Fiscal 2025 Third Quarter Results\n\n"
    "Sales up 15%; first full quarter including Quill\n\n"
    "Highlights\n\n"
    "- Sales increased by 15% to $1,200 million, including $90 million contributed by Quill\n\n"
    "- Operating income increased 12% to $300 million\n\n"
    "Quill, the discount retailer bought in July, operated 395 stores at quarter-end.\n\n"
    "In the quarter the Corporation opened 21 net new stores.\n"
)


def test_bullets_after_a_line_naming_another_organization_as_an_agent_are_the_issuers() -> None:
    owners = _owners(_RELEASE, _NAMES | {"the Corporation": "quill"})
    assert owners[1200e6] == "velorix" and owners[300e6] == "velorix"


def test_the_capitalised_corporation_is_the_issuer() -> None:
    owners = _owners(_RELEASE, _NAMES | {"the Corporation": "quill"})
    assert owners[21] == "velorix"
    assert owners[395] == "quill"  # the other organization's own sentence stays its own


def test_a_name_alone_above_a_call_transcripts_title_names_the_issuer() -> None:
    text = (
        "The Velorix Group (NASDAQ: VLX)\n"
        "Q2 Fiscal 2025 Earnings Call - Edited transcript\n\n"
        "Chief Executive Officer:\nThanks. We saw customers consolidate onto the Quill network.\n\n"
        "Chief Financial Officer:\nRevenue for the quarter was $187 million, up 11%.\n"
    )
    assert _issuer_key(text) == "velorix"
    assert _owners(text, _NAMES)[187e6] == "velorix"


def test_a_calendar_stated_without_naming_whose_is_the_issuers() -> None:
    # The issuer is named once; the supplier it names in passing is mentioned more often.
    text = (
        "VELORIX SOFTWARE, INC.\nQ4 and Fiscal Year 2025 Letter to Shareholders\n\n"
        "Quill hosts our platform. Quill runs our data centres. Quill supplies our chips.\n\n"
        "We closed the fiscal year, which ended July 31, 2025, with revenue growth of 20%.\n"
    )
    mentions = _mentions(text, {"VELORIX SOFTWARE, INC.": "velorix", "Quill": "quill"})
    issuer = I.document_issuer(text, mentions)
    assert issuer is not None and issuer.key == "velorix"
    calendar = read_calendar(text, split_sentences(text), mentions, None, issuer)
    assert calendar.fiscal_year_ends.get("velorix", 0) % 100 == 7
