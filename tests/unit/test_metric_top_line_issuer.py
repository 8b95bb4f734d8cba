"""The issuer a document's top line names by its registered name where the recognizer proposed no mention
(metrics/issuer_names.py), the report-title shapes with a code and a period and no separator
(metrics/issuer.py ``REPORT_TITLE_CUES``), and the legal forms of the Gulf, Asia and Latin America
(pipelines/legal_forms.py)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import organization_key
from pipelines.extraction.entities.records import OrganizationResult
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics import issuer as I
from pipelines.extraction.metrics import issuer_names as N
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import written_mentions

# Prose whose first organization is a subsidiary: without the issuer, it would own the figures.
_BODY = (
    "Quill Labs, the group's software unit, opened two offices in the period.\n\n"
    "Revenue rose 12% to $400 million and operating income was $80 million.\n"
)


@pytest.mark.parametrize(("top", "name"), N.TOP_LINE_EXAMPLES)
def test_a_top_line_opening_with_a_registered_name_names_it(top: str, name: str) -> None:
    found = N.registered_top_name(top + _BODY)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "top",
    [
        "VELORIX PROFIT SOARS AS QUILL SLUMPS\n",  # a capitals headline: no legal form
        "VELORIX GROUP\nAnnual report 2025\n",  # a group word alone is a heading's too, not a registration
        "Velorix Inc. buys Quill for $5 million\n",  # the line goes on with a deal, not the document
        "THE VELORIX WEEKLY LTD\nIssue 12\n",  # a publication's masthead
        # below the first paragraph of prose
        "Quill said on Monday that its profit rose by a tenth this year.\nVELORIX HOLDINGS S.A.\n",
    ],
)
def test_a_top_line_that_states_no_registered_issuer_names_none(top: str) -> None:
    assert N.registered_top_name(top + _BODY) is None


def _result(text: str, names: dict[str, str]) -> OrganizationResult:
    mentions = written_mentions(text, names)
    orgs = [OrganizationFact(key=k, name=k.title(), kind="company") for k in sorted(set(names.values()))]
    return OrganizationResult(orgs, mentions)


def test_the_letterhead_issuer_is_proposed_and_owns_the_unnamed_figures() -> None:
    text = N.TOP_LINE_EXAMPLES[0][0] + _BODY
    organizations = N.with_top_line_issuer(text, _result(text, {"Quill Labs": "quill labs"}))
    added = [o for o in organizations.organizations if o.key == organization_key("VELORIX HOLDINGS S.A.")]
    assert [o.name for o in added] == ["Velorix Holdings S.A"]
    issuer = I.document_issuer(text, organizations.mentions)
    assert issuer is not None and issuer.key == added[0].key
    owners = {f.value: f.organization_key for f in find_metrics(text, organizations.mentions, None,
                                                                 find_quantities(text))}
    assert owners[400e6] == added[0].key and owners[80e6] == added[0].key


def test_a_letterhead_of_a_name_the_text_knows_is_a_mention_of_that_organization() -> None:
    text = "VELORIX HOLDINGS S.A.\nInterim results\n\nVelorix Holdings said revenue rose 12%.\n"
    before = _result(text, {"Velorix Holdings": "velorix"})
    organizations = N.with_top_line_issuer(text, before)
    assert len(organizations.organizations) == len(before.organizations)
    assert organizations.mentions[0] == OrgMention("velorix", "Velorix", "VELORIX HOLDINGS S.A", 0, 20)


def test_a_letterhead_the_recognizer_read_is_left_as_it_is() -> None:
    text = N.TOP_LINE_EXAMPLES[0][0] + _BODY
    before = _result(text, {"VELORIX HOLDINGS S.A.": "velorix", "Quill Labs": "quill labs"})
    assert N.with_top_line_issuer(text, before) is before


def test_a_name_opening_with_a_digit_may_be_the_issuer() -> None:
    text = N.TOP_LINE_EXAMPLES[2][0] + _BODY
    issuer = I.document_issuer(text, written_mentions(text, {"8x8": "8x8", "Quill Labs": "quill labs"}))
    assert issuer is not None and issuer.key == "8x8"


@pytest.mark.parametrize(
    "name",
    ["Velorix SAOG", "Velorix SAOC", "Velorix QPSC", "Velorix QSC", "Velorix PJSC", "Velorix PSC",
     "Velorix PCL", "Velorix K.K.", "Velorix Tbk", "Velorix Bhd", "Velorix Ltda", "Velorix S.r.l.",
     "Velorix KGaA", "Velorix Oy", "Velorix a.s.", "Velorix SAB"],
)
def test_a_legal_form_of_any_region_is_no_part_of_the_key(name: str) -> None:
    assert organization_key(name) == "velorix"
