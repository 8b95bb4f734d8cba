"""Names a company runs rather than is (its imprints, stations, venues, sites and a segment's
brands), decided by the plural noun after a list or the word that ends the name, never by a name.
Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.plausible import plausible
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import (
    COMPANY_TAILS,
    FRAGMENT_EXAMPLES,
    NOT_ORGANIZATION_ENDINGS,
    PRODUCT_LIST_CUES,
)
from pipelines.extraction.org_fragments import name_fragment
from pipelines.extraction.org_tails import company_tail_folds

_COMPANY = "Velorix Systems"
_NEW_LISTS = [row for row in PRODUCT_LIST_CUES if any(
    word in row[1] for word in ("radio stations", "imprints", "breweries", "segment comprises"))]
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


# --- a short form beside the one longer name it opens (org_tails.py, org_cues.COMPANY_TAILS) ---------


@pytest.mark.parametrize(
    ("tail", "example", "short", "full"), COMPANY_TAILS, ids=[" ".join(row[0]) for row in COMPANY_TAILS]
)
def test_a_short_form_joins_the_one_longer_name_ending_in_a_company_tail(tail, example, short, full):
    assert full.split()[len(short.split()) :] == list(tail)
    assert company_tail_folds({"s": short, "l": full}, text=example) == [("s", "l")]
    assert _org_names(example, full, short) == {full}


def _org_names(text: str, *tagged: str) -> set[str]:
    spans = []
    for name in tagged:  # each name where it is written last: the short form alone
        start = text.rindex(name)
        spans.append((start, start + len(name), "ORG"))
    found = find_organizations(text, spans, boilerplate_spans(text)).organizations
    return {o.name for o in found if o.name != "Hana"}


def test_two_longer_names_leave_the_short_form_the_group():
    names = {"s": "Quarvo", "a": "Quarvo Networks", "b": "Quarvo Cloud"}
    assert company_tail_folds(names) == []


def test_a_unit_word_is_not_a_company_tail():
    assert company_tail_folds({"s": "Quarvo", "l": "Quarvo Cloud"}) == []


def test_a_short_form_that_already_stands_for_the_group_keeps_it():
    names = {"s": "Quarvo", "l": "Quarvo Bank"}
    assert company_tail_folds(names, forms={"s": {"Quarvo", "Quarvo Group"}}) == []


def test_a_longer_name_the_article_calls_an_arm_of_the_short_one_stays_apart():
    text = "Quarvo Capital, the venture arm of state lender Quarvo, joined the round."
    assert company_tail_folds({"s": "Quarvo", "l": "Quarvo Capital"}, text=text) == []


def test_a_known_short_name_keeps_its_identity():
    assert company_tail_folds({"s": "Quarvo", "l": "Quarvo Networks"}, known={"s"}) == []


@pytest.mark.parametrize(
    ("short", "full"),
    [("Quarvo Bank", "Quarvo Bank of Canada"), ("Tellvo Finance", "Tellvo Finance of the Philippines")],
)
def test_a_name_written_without_its_of_place_tail_joins_the_organization_written_with_it(short, full):
    names = {"s": short, "o": "Quarvo"}
    assert company_tail_folds(names, forms={"s": {short}, "o": {"Quarvo", full}}) == [("s", "o")]


def test_an_of_phrase_that_is_not_a_place_tail_does_not_join():
    names = {"s": "Quarvo Bank", "o": "Quarvo"}
    forms = {"s": {"Quarvo Bank"}, "o": {"Quarvo", "Quarvo Bank of the year awards"}}
    assert company_tail_folds(names, forms=forms) == []


# --- the tail of a longer name the recognizer split (org_fragments.py) ---------------------------------


@pytest.mark.parametrize(("text", "fragment"), FRAGMENT_EXAMPLES, ids=[row[1] for row in FRAGMENT_EXAMPLES])
def test_the_tail_of_a_split_name_is_a_fragment_not_an_organization(text, fragment):
    assert name_fragment(text, fragment)
    assert fragment not in organizations(text, fragment)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quarvo and Tellvo said revenue rose.", "Tellvo"),
        ("In Tellvo, revenue rose.", "Tellvo"),
        ("Revenue rose in Q3. Tellvo said margins widened.", "Tellvo"),
        ("Swiss lender Tellvo grew. Tellvo said margins widened.", "Tellvo"),
    ],
)
def test_a_name_after_a_list_a_clause_opener_or_a_sentence_end_is_no_fragment(text, name):
    assert not name_fragment(text, name)
