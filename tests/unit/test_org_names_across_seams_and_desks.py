"""Long official names read whole across the words that look like a seam between two names (a remit
coordinated after "of", a particle of another language, a remit word that looks like a headline verb, an
"of" that is no place), and the surfaces that name a report's heading or a function's desk, never an
organization. Every sentence is invented."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.entities.candidates import _cleaned_span, _split_ner_org
from pipelines.extraction.entities.plausible import plausible
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.org_cues import NOT_ORGANIZATION_ENDINGS, NOT_ORGANIZATION_OPENINGS
from pipelines.extraction.org_seams import NAME_PARTICLES, across_particles, remit_after_of


def organizations(text: str, *tagged: str) -> set[str]:
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in tagged]
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


@pytest.mark.parametrize(
    ("particle", "example", "name"), NAME_PARTICLES, ids=[row[0] for row in NAME_PARTICLES]
)
def test_a_name_cut_at_its_particle_is_extended_over_it(particle, example, name):
    start = example.index(name)
    cut = start + name.index(f" {particle} ")
    # the part before the particle and the part after it each extend to the whole name
    assert across_particles(example, [(start, cut)]) == [(start, start + len(name))]
    after = cut + len(f" {particle} ")
    assert across_particles(example, [(after, start + len(name))]) == [(start, start + len(name))]
    assert plausible(name, default_gazetteer(), set())


def test_a_name_without_a_particle_is_not_extended():
    text = "Rede Quarva said sales rose."
    assert across_particles(text, [(0, len("Rede Quarva"))]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pact names the Ministry of Posts and Telecommunications as lead.",
         "Ministry of Posts and Telecommunications"),
        ("The Kestrel Chamber of Commerce and Mines said exports rose.",
         "Kestrel Chamber of Commerce and Mines"),
    ],
)
def test_a_remit_coordinated_after_of_stays_in_the_name(text, name):
    start = text.index(name)
    parts = _split_ner_org(text, start, start + len(name), default_gazetteer())
    assert [text[s:e] for s, e in parts] == [name]
    assert name in organizations(text, name)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a side with a head word of its own, or a side the article writes alone, is a second name
        ("The Bank of Lumbra and Quarvo Capital signed.", "Bank of Lumbra", "Quarvo Capital"),
        ("The Bank of Lumbra and Quarvo signed. Quarvo said it grew.", "Bank of Lumbra", "Quarvo"),
    ],
)
def test_a_second_name_after_and_is_no_remit(text, left, right):
    assert not remit_after_of(text, left, right, default_gazetteer())


def test_a_remit_word_that_looks_like_a_headline_verb_does_not_end_the_name():
    text = "It signed with the Ministry of Posts and Telecommunications on Friday."
    name = "Ministry of Posts and Telecommunications"
    start = text.index(name)
    cleaned = _cleaned_span(text, start, start + len(name), "ner", default_gazetteer())
    assert cleaned == (start, start + len(name))
    headline = "Velorix Posts Record Profit"
    assert _cleaned_span(headline, 0, len(headline), "ner", default_gazetteer()) == (0, len("Velorix"))


def test_an_of_that_names_no_place_stays_in_the_name():
    text = "The Lumbran Chamber of Construction, which owns Quarvo, said sales rose."
    name = "Lumbran Chamber of Construction"
    start = text.index(name)
    parts = _split_ner_org(text, start, start + len(name), default_gazetteer())
    assert [text[s:e] for s, e in parts] == [name]


_DESKS_AND_HEADINGS = [
    row for row in NOT_ORGANIZATION_ENDINGS
    if row[0] == "company function" or re.search(r"Briefing|Presentation|Update|Financial", row[3])
]


@pytest.mark.parametrize(
    ("kind", "ending", "example", "surface"), _DESKS_AND_HEADINGS, ids=[row[3] for row in _DESKS_AND_HEADINGS]
)
def test_a_functions_desk_or_a_briefing_is_not_an_organization(kind, ending, example, surface):
    assert ending.search(surface)
    assert not plausible(surface, default_gazetteer(), set())
    assert surface not in organizations(example, surface)


@pytest.mark.parametrize(
    "surface",
    ["Summary of Consolidated Financial", "Results of Operations and Financial", "Half-Year Financial",
     "Highlights and Financial", "Full Year Financial"],
)
def test_a_reports_heading_cut_before_its_noun_is_not_an_organization(surface):
    assert NOT_ORGANIZATION_OPENINGS.match(surface)
    assert not plausible(surface, default_gazetteer(), set())


@pytest.mark.parametrize(
    "name",
    ["Kestrel Financial", "IT Infrastructure Solutions Division", "Mass Education Department",
     "Department of Medical Services", "Quarvo Strategy Partners"],
)
def test_units_bodies_and_companies_near_the_desks_stay_organizations(name):
    assert plausible(name, default_gazetteer(), set())


def test_a_body_named_whole_by_a_form_is_not_cut_to_its_of_part():
    text = "The Board of Directors of Velorix Systems approved the dividend."
    assert "Directors" not in organizations(text, "Board of Directors")
    assert _cleaned_span(text, 4, 22, "ner", default_gazetteer()) == (4, 22)  # left whole, then refused
    assert not plausible(text[4:22], default_gazetteer(), set())


def test_a_recognized_name_cut_before_its_particle_is_read_whole():
    text = "Patients of the Rede Quarva de Saúde network rose 9%."
    assert "Rede Quarva de Saúde" in organizations(text, "Rede Quarva")



@pytest.mark.parametrize("name", ["Velor Fund I", "Quarva Class W", "Lumbra Partner OG", "Velor DAN"])
def test_a_particle_written_in_capitals_closes_a_name(name):
    # the particles of other languages count only as written, in lower case: "Fund I" closes with a numeral
    assert plausible(name, default_gazetteer(), set())
