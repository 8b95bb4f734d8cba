"""Every numbered item of a page of several (a newsletter's "1. X: ...", "2) X ...", "(3) X - ...") is a
document of its own for the reporting company (metrics/numbered_items.py, metrics/reporting.py): a label
line naming no organization belongs to its item's company, never to the company the page's other items
report on."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics.numbered_items import (
    NUMBERED_ITEM_CUES,
    NumberedItemCue,
    is_numbered_heading,
    numbered_items,
)
from pipelines.extraction.metrics.reporting import reporting_by_item
from pipelines.extraction.model import Evidence, MetricFact, OrgMention
from tests.unit.metric_rows import owners_of

NAMES = {"Velorix": "velorix", "Quill": "quill"}
# The page's headline and first item make Velorix the owner of three of its four named figures.
HEADLINE = "Velorix profit rises as Quill holds\n\n"
VELORIX_PROSE = (
    "Velorix said its revenue rose 8% to $2 billion and its profit rose 5% to $90 million. "
    "Its operating profit rose to $150 million.\n\n"
)
QUILL_PROSE = "Quill said its revenue rose to $40 million.\n\n"
LABEL_LINE = "Net profit: $5 million\n\n"


def _headings(cue: NumberedItemCue) -> tuple[str, str]:
    """The two item headings the cue's example page writes."""
    first, second = (line for line in cue.example.splitlines() if re.match(cue.mark, line))
    return first, second


@pytest.mark.parametrize("cue", NUMBERED_ITEM_CUES, ids=lambda cue: cue.example[:12])
def test_each_cues_example_is_a_page_of_two_items(cue: NumberedItemCue) -> None:
    assert len(numbered_items(cue.example)) == 2


@pytest.mark.parametrize("cue", NUMBERED_ITEM_CUES, ids=lambda cue: cue.example[:12])
def test_a_line_under_the_next_items_heading_is_that_items_companys(cue: NumberedItemCue) -> None:
    first, second = _headings(cue)
    text = f"{HEADLINE}{first}\n{VELORIX_PROSE}{second}\n{QUILL_PROSE}{LABEL_LINE}"
    owners = owners_of(text, NAMES)
    assert owners[2e9] == "velorix" and owners[40e6] == "quill"
    assert owners[5e6] == "quill"  # not the page's reporting company, Velorix


@pytest.mark.parametrize("cue", NUMBERED_ITEM_CUES, ids=lambda cue: cue.example[:12])
def test_an_items_reporting_company_is_its_own_where_no_name_stands_above_the_line(
    cue: NumberedItemCue,
) -> None:
    first, _ = _headings(cue)
    second = re.match(cue.mark, _headings(cue)[1]).group() + "A steady year - and a quiet one"
    text = f"{HEADLINE}{first}\n{VELORIX_PROSE}{second}\n{LABEL_LINE}{QUILL_PROSE}"
    assert owners_of(text, NAMES)[5e6] == "quill"  # the second item's figures are Quill's


def test_the_masthead_reports_nothing_and_each_item_its_own_figures() -> None:
    velorix, quill = (
        OrgMention("velorix", "Velorix", "Velorix", 20, 27),
        OrgMention("quill", "Quill", "Quill", 60, 65),
    )
    facts = [_fact("velorix", "revenue", 22), _fact("quill", "revenue", 62), _fact("quill", "profit", 63)]
    assert reporting_by_item([10, 50], velorix, [velorix, quill], facts) == [
        (0, None),
        (10, velorix),
        (50, quill),
    ]
    # one story: one reporting company for the page
    assert reporting_by_item([], quill, [velorix, quill], facts) == [(0, quill)]


@pytest.mark.parametrize(
    "line",
    [
        "(1) Consolidated operating results (cumulative)",  # a filing's sub-section: no subject set off
        "1. Approved the issue of shares on a preferential basis.",  # a resolution's item: a sentence
        "2. revenue rose",  # no capital
    ],
)
def test_a_filings_numbered_sections_and_sentences_are_no_item_headings(line: str) -> None:
    assert not is_numbered_heading(line)


def test_an_item_whose_prose_names_no_figure_reports_on_no_one() -> None:
    # "2. Funding round-up": Quill, named first, raised a round; the item states none of its results
    velorix, quill = (
        OrgMention("velorix", "Velorix", "Velorix", 20, 27),
        OrgMention("quill", "Quill", "Quill", 60, 65),
    )
    facts = [_fact("velorix", "revenue", 22), _fact("velorix", "profit", 23)]
    assert reporting_by_item([10, 50], velorix, [velorix, quill], facts)[2] == (50, None)


def test_an_items_colon_heading_names_the_only_company_that_may_report_it() -> None:
    # "1) VELORIX: A GOOD YEAR" names Velorix (the recognizer missed it); Quill, bought in the item,
    # owns the item's one named figure but reports nothing of Velorix's item
    text = "1) VELORIX: A GOOD YEAR\nThe deal: Quill ...\n\n2) NOTES\n"
    quill = OrgMention("quill", "Quill", "Quill", 35, 40)
    assert reporting_by_item([0, 45], None, [quill], [_fact("quill", "customers", 36)], None, text)[1] == (
        0,
        None,
    )
    # a heading without a colon sets no subject off: the item's figures decide
    plain = "1) QUILL BUYS A RIVAL\nThe deal: Quill ...\n\n2) NOTES\n"
    assert reporting_by_item([0, 45], None, [quill], [_fact("quill", "customers", 36)], None, plain)[1] == (
        0,
        quill,
    )


def _fact(key: str, name: str, start: int) -> MetricFact:
    return MetricFact(
        key, key.title(), name, 1.0, "USD", None, None, None, None, None, Evidence("x", start, start + 1)
    )
