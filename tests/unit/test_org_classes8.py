"""Names a company runs rather than is (its chains, imprints, stations, venues, sites and a segment's
brands), decided by the plural noun after a list or the word that ends the name, never by a name.
Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.plausible import plausible
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import NOT_ORGANIZATION_ENDINGS, PRODUCT_LIST_CUES

_COMPANY = "Velorix Systems"
_NEW_LISTS = [row for row in PRODUCT_LIST_CUES if any(
    word in row[1] for word in ("hotel chains", "imprints", "breweries", "segment comprises"))]
_VENUES = [row for row in NOT_ORGANIZATION_ENDINGS if row[3] in {"Kestrel Theatre", "Amber Stadium"}]


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(("cue", "text", "item"), _NEW_LISTS, ids=[row[1] for row in _NEW_LISTS])
def test_items_a_company_runs_under_a_name_are_not_organizations(cue, text, item):
    assert cue.search(text)
    names = [word for word in ("Lumora", "Tellvo", "Quill") if word in text]
    found = organizations(text, _COMPANY, *names)
    assert item not in found
    assert _COMPANY in found


def test_the_new_list_rows_are_all_covered():
    assert len(_NEW_LISTS) == 4


@pytest.mark.parametrize(("kind", "ending", "example", "surface"), _VENUES, ids=[row[3] for row in _VENUES])
def test_a_venue_is_not_an_organization(kind, ending, example, surface):
    assert ending.search(surface)
    assert not plausible(surface, default_gazetteer(), set())
    assert surface not in organizations(example, surface)


def test_a_listed_item_that_opens_a_longer_name_stays_the_company():
    text = "Quarvo Media said profit rose. It owns the Quarvo and Tellvo radio stations."
    found = organizations(text, "Quarvo Media", "Quarvo", "Tellvo")
    assert "Quarvo Media" in found
    assert "Tellvo" not in found
