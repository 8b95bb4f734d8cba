"""Label lines that name no organization belong to the article's reporting company, decided once per
document (metrics/reporting.py): the organization owning two thirds of the prose's named figures, whoever
the paragraph right above the lines was about."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics.reporting import (
    REPORTING_COMPANY_EXAMPLES,
    SEVERAL_REPORTERS_EXAMPLE,
    reporting_company,
)
from pipelines.extraction.model import Evidence, MetricFact, OrgMention
from tests.unit.metric_rows import owners_of

NAMES = {"Velorix": "velorix", "Quill": "quill"}
VELORIX = OrgMention("velorix", "Velorix", "Velorix", 0, 7)
QUILL = OrgMention("quill", "Quill", "Quill", 10, 15)


@pytest.mark.parametrize(("text", "owner"), REPORTING_COMPANY_EXAMPLES, ids=lambda x: str(x)[:30])
def test_a_line_naming_no_one_is_the_reporting_companys_not_the_nearest_subjects(
    text: str, owner: str
) -> None:
    owners = owners_of(text, NAMES)
    assert owners[120e6] == owner
    assert owners[40e6] == "quill"  # a figure its sentence names stays that organization's


def test_the_owner_of_two_thirds_of_the_named_figures_reports_the_article() -> None:
    facts = [_fact("quill", "revenue"), _fact("quill", "profit"), _fact("velorix", "revenue")]
    assert reporting_company(VELORIX, [VELORIX, QUILL], facts) == QUILL
    # figures named `other` (a margin, a region's sales) say nothing of whose results these are
    assert reporting_company(VELORIX, [VELORIX, QUILL], facts + [_fact("velorix", "other")] * 3) == QUILL


def test_no_named_figure_leaves_the_story_subject_and_a_shared_prose_leaves_none() -> None:
    assert reporting_company(VELORIX, [VELORIX, QUILL], []) == VELORIX
    shared = [_fact("quill", "revenue"), _fact("velorix", "revenue")]
    assert reporting_company(VELORIX, [VELORIX, QUILL], shared) is None
    owners = owners_of(SEVERAL_REPORTERS_EXAMPLE, NAMES)
    assert owners[300e6] == "quill" and owners[2e9] == "velorix"


def _fact(key: str, name: str) -> MetricFact:
    return MetricFact(key, key.title(), name, 1.0, "USD", None, None, None, None, None, Evidence("x", 0, 1))
