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
from pipelines.extraction.metrics import measure_modifiers as M
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.quantities import find_quantities
from tests.unit.metric_rows import owners_of, written_mentions

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


_NAMES = {"Velorix Inc.": "velorix", "Quill": "quill"}


@pytest.mark.parametrize("word", ["including", "excluding"])
def test_an_organization_a_figure_includes_is_no_subject_in_the_issuers_release(word: str) -> None:
    text = (
        "Velorix Inc. Reports Third Quarter Results\n\n"
        f"- Consumer revenue, {word} Quill fee income: $874 million, up 2.6%\n"
        "- Underlying profit before tax: $51 million (2024: $57 million), down 10.9%\n"
    )
    owners = owners_of(text, _NAMES)
    assert owners[57e6] == "velorix" and owners[-10.9] == "velorix"


@pytest.mark.parametrize("sentence", M.MEASURE_MODIFIER_EXAMPLES)
def test_a_capitalised_noun_before_a_measure_owns_nothing_in_a_release(sentence: str) -> None:
    word = next(w for w in ("License", "Vehicle", "Subscription") if w in sentence)
    text = "Velorix Inc. Reports Third Quarter Results\n\n" + sentence + "\n"
    owners = owners_of(text, _NAMES | {word: word.lower()})
    assert owners and set(owners.values()) == {"velorix"}


def test_a_capitalised_word_written_elsewhere_as_a_name_keeps_its_figures() -> None:
    text = "Velorix Inc. Reports Third Quarter Results\n\nLicense revenue fell 11%.\n\nWe sold License.\n"
    mentions = written_mentions(text, _NAMES | {"License": "license"})
    assert M.measure_modifier_keys(text, mentions, mentions[0]) == set()


def test_without_an_issuer_a_name_opening_a_sentence_is_a_name() -> None:
    text = "Quill revenue rose 5% to $10 million.\n"
    mentions = written_mentions(text, _NAMES)
    assert M.measure_modifier_keys(text, mentions, None) == set()


def test_an_advisers_letterhead_above_a_client_alert_names_no_issuer() -> None:
    assert N.registered_top_name(N.ADVISER_GENRE_EXAMPLE + _BODY) is None


def test_a_letterhead_of_a_name_the_text_writes_short_is_a_mention_of_that_organization() -> None:
    text = "VELORIX SOFTWARE, INC.\nQ4 and Fiscal Year 2025 Letter to Shareholders\n\nVelorix grew 5%.\n"
    before = _result(text, {"Velorix": "velorix"})
    organizations = N.with_top_line_issuer(text, before)
    assert len(organizations.organizations) == 1 and organizations.mentions[0].key == "velorix"


def test_a_name_written_only_as_a_prepositions_object_leaves_the_paragraph_its_subject() -> None:
    from pipelines.extraction.metrics.owners import DISCOURSE_SUBJECT_EXAMPLE

    owners = owners_of(DISCOURSE_SUBJECT_EXAMPLE, {"Velorix": "velorix", "Quill Group": "quill"})
    assert owners[136e6] == "velorix"


def test_a_paragraph_naming_no_one_is_about_the_organization_the_headline_opens_with() -> None:
    owners = owners_of(I.STORY_SUBJECT_EXAMPLE, {"Velorix Holdings": "velorix", "Velorix": "velorix",
                                                 "Quill": "quill"})
    assert owners[7e6] == "quill" and owners[3.9e6] == "velorix"


def test_a_partnerships_letterhead_is_an_advisers_and_names_no_issuer() -> None:
    assert N.registered_top_name("QUILL LACROIX LLP\n4 December 2025\n" + _BODY) is None
