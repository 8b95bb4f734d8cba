"""A company's part named only as "its X division" / "Velorix's X segment", owning no figure, in no deal,
employing no one, is no organization (org_figureless_units.py)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities.records import OrganizationResult
from pipelines.extraction.model import Evidence, MetricFact, OrganizationFact, OrgMention
from pipelines.extraction.org_figureless_units import SEGMENT_NOUN_CUES, figureless_segments
from pipelines.extraction.quantities import find_quantities


def _result(text: str, names: list[str]) -> OrganizationResult:
    orgs, mentions = [], []
    for name in names:
        start = text.index(name)
        key = name.lower()
        orgs.append(
            OrganizationFact(key, name, "company", mentions=[Evidence(name, start, start + len(name))])
        )
        mentions.append(OrgMention(key, name, name, start, start + len(name)))
    return OrganizationResult(orgs, mentions)


def _metric(key: str, name: str) -> MetricFact:
    return MetricFact(key, name, "revenue", 1.0, "USD", None, None, None, None, None, Evidence("1", 0, 1))


_CUE_NAMES = {
    "segment": "Pro",
    "division": "Quill Flour",
    "business unit": "Product Engineering",
    "business area": "Tellvo Materials",
    "unit": "Product Engineering",
}


@pytest.mark.parametrize(("noun", "example"), SEGMENT_NOUN_CUES)
def test_a_part_named_only_as_a_part_is_no_organization(noun: str, example: str) -> None:
    text = "Velorix bought Dana Labs. " + example
    name = _CUE_NAMES[noun]
    result = _result(text, ["Velorix", name])
    assert figureless_segments(text, result, [], [], []) == {name.lower()}, noun


def test_a_part_with_its_own_figure_stays() -> None:
    text = "Velorix said its Quill Flour division grew. The division earned $1 million."
    result = _result(text, ["Velorix", "Quill Flour"])
    assert figureless_segments(text, result, [_metric("quill flour", "Quill Flour")], [], []) == set()


def test_a_parent_named_before_unit_stays() -> None:
    # "a Velorix unit" names the parent of the unit, not a part called Velorix
    text = "Dana Labs, a Velorix unit, signed the deal."
    result = _result(text, ["Dana Labs", "Velorix"])
    assert figureless_segments(text, result, [], [], []) == set()


def test_a_name_also_written_alone_stays() -> None:
    text = "Velorix moved it into its Pro segment. Pro signed a lease in Ohio."
    result = _result(text, ["Velorix", "Pro"])
    result.mentions.append(OrgMention("pro", "Pro", "Pro", text.rindex("Pro"), text.rindex("Pro") + 3))
    assert figureless_segments(text, result, [], [], []) == set()


def test_a_part_in_a_sentence_with_a_figure_stays() -> None:
    # the figure may be the unit's though the metrics gave it to no one
    text = "Velorix said the Public Cloud segment crossed 2,000 customers."
    result = _result(text, ["Velorix", "Public Cloud"])
    quantities = find_quantities(text)
    assert figureless_segments(text, result, [], [], [], quantities) == set()
    assert figureless_segments(text, result, [], [], [], []) == {"public cloud"}
