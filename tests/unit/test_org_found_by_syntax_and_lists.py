"""Organizations found from syntax and list shapes the recognizer misses: the members of a funding round
("A and existing backer B also took part"), a name set off after its kind ("The company, X, makes ..."),
and the subject of a reporting verb whose clause holds a company figure. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.org_cues import ORGANIZATION_CUES, PARTICIPANT_LIST_CUES
from pipelines.extraction.org_evidence import cue_list_items, cue_name_spans


def organizations(text: str, ner=()) -> set[str]:
    return {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}


def _ids(rows) -> list[str]:
    return [example for _cue, example, _name in rows]


@pytest.mark.parametrize(("cue", "example", "name"), PARTICIPANT_LIST_CUES, ids=_ids(PARTICIPANT_LIST_CUES))
def test_each_round_participant_cue_finds_its_item(cue, example, name):
    assert cue.search(example)
    assert name in {example[s:e] for s, e in cue_list_items(example)}
    assert name in organizations(example)


@pytest.mark.parametrize(
    "text",
    [
        "The round was led by Nordvik. Tellbridge and existing backer Quarvo also took part.",
        "Lumora raised $12 million, with Tellbridge and existing backer Quarvo also taking part.",
    ],
)
def test_a_kind_word_before_a_round_member_is_not_its_name(text):
    items = {text[s:e] for s, e in cue_list_items(text)}
    assert {"Tellbridge", "Quarvo"} <= items
    assert not any("backer" in item for item in items)


def test_people_taking_part_outside_a_round_are_not_organizations():
    text = "The meeting ran late. Ana Ruiz and Tom Allen also took part in the call."
    assert cue_list_items(text) == []


def test_people_taking_part_in_a_call_after_a_round_are_not_organizations():
    text = (
        "Quarvo raised $9 million in a round led by Nordvik. "
        "Ana Ruiz and Tom Allen also took part in the call."
    )
    assert cue_list_items(text) == []


_APPOSED = [row for row in ORGANIZATION_CUES if row[1].startswith("It also put money into a Seoul start-up")]


@pytest.mark.parametrize(("cue", "example", "name"), _APPOSED, ids=_ids(_APPOSED))
def test_a_name_set_off_after_its_kind_is_an_organization(cue, example, name):
    assert cue.search(example)
    assert name in {example[s:e] for s, e in cue_name_spans(example)}
    assert name in organizations(example)


def test_a_possessive_kind_sets_off_no_name():
    text = "The company's founder, Ana Ruiz, said demand grew."
    assert "Ana Ruiz" not in {text[s:e] for s, e in cue_name_spans(text)}


# --- the subject of a reporting verb over a company figure (org_syntax.py) -----------------------

from pipelines.extraction.extract import rule_stages  # noqa: E402
from pipelines.extraction.org_syntax import REPORTING_VERBS, reporting_subjects  # noqa: E402
from pipelines.extraction.quantities import find_quantities  # noqa: E402
from pipelines.extraction.sentences import split_sentences  # noqa: E402


def subjects(text: str, ner=()) -> list[str]:
    spans = reporting_subjects(
        text, split_sentences(text), list(ner), find_quantities(text), boilerplate_spans(text)
    )
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(("verb", "example"), REPORTING_VERBS, ids=[v for v, _e in REPORTING_VERBS])
def test_each_reporting_verb_makes_its_untagged_subject_an_organization(verb, example):
    assert verb in example
    assert subjects(example) == ["Quarvo"]
    assert "Quarvo" in {o.name for o in rule_stages(example, None, []).organizations}


def test_a_name_the_parser_splits_is_read_whole():
    text = "Quarvo DC REIT, the trust that owns 24 data centres, reported revenue of $185.6 million."
    assert subjects(text) == ["Quarvo DC REIT"]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # a known person's surname
        ("Ana Ruiz runs the group. Ruiz said on Tuesday that revenue fell 9% to $40 million.",
         [(0, 8, "PERSON")], []),
        # a name the recognizer called a place
        ("Westland said on Tuesday that revenue fell 9% to $40 million.", [(0, 8, "GPE")], []),
        # no company figure in the verb's clause
        ("Quarvo said on Tuesday that it hired 40 people after its shares rose 3%.", [], []),
        # a common word capitalised by its place: the article writes it in lower case too
        ("Brokers said revenue fell 9% to $40 million. The brokers were right.", [], []),
        # people named by their trade
        ("Bankers said that revenue fell 9% to $40 million.", [], []),
        # a metric's own acronym, and a measure named in capitals
        ("EBITDA grew 18% to $781 million, and revenue rose.", [], []),
        ("Operating Income grew 9% to $40 million in the quarter.", [], []),
        ("Gross Merchandise Value grew 20% to $4 billion, and revenue rose.", [], []),
        # a name cut before its possessive
        ("Quarvo Ratings's said revenue rose 9% to $40 million.", [], []),
        # a dateline or a label before the text
        ("NEW LUMBRIA – Quarvo Inc. said Wednesday that revenue for its fiscal third quarter rose 12%.",
         [], []),
    ],
    ids=["surname", "place", "no-figure", "lower-case-elsewhere", "trade", "metric-acronym", "measure-name",
         "measure-name-2", "possessive", "dateline"],
)
def test_a_subject_that_is_no_company_is_left_alone(text, ner, expected):
    assert subjects(text, ner) == expected


# --- words of an all-capital heading line ----------------------------------------------------------

from pipelines.extraction.org_evidence import heading_lines, heading_only  # noqa: E402

_HEADED = (
    "1. QUARVO: GAMES UP, MACHINES DOWN\n"
    "Quarvo said revenue rose 9% as its games sold well.\n"
    "OUR VIEW\n"
    "UMC said the shares look cheap after the results.\n"
)


@pytest.mark.parametrize("word", ["MACHINES", "VIEW", "GAMES"])
def test_a_word_written_only_in_capital_headings_is_a_heading_word(word):
    assert heading_only(_HEADED, word, heading_lines(_HEADED))


def test_an_acronym_the_prose_uses_too_stays_a_name():
    assert not heading_only(_HEADED, "UMC", heading_lines(_HEADED))


def test_a_text_set_all_in_capitals_has_no_headings():
    assert heading_lines(_HEADED.upper()) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("QUARVO: FOUR YEARS AFTER THE MERGER, MARGINS FINALLY MOVE\n"
         "The port group Quarvo said revenue rose 9% as\n"
         "volumes at its terminals grew and its costs fell after a long cut in staff and fuel.\n",
         "MERGER"),
        ("OUR VIEW\nAt R16.40 the shares of Quarvo trade on about 13 times earnings.\n", "VIEW"),
    ],
    ids=["MERGER", "VIEW"],
)
def test_a_heading_word_the_model_tagged_is_no_organization(text, word):
    start = text.index(word)
    found = organizations(text, [(start, start + len(word), "ORG")])
    assert word not in found and word.title() not in found


# --- document furniture, languages, and a place after a sentence-opening preposition ---------------

from pipelines.extraction.org_cues import NOT_ORGANIZATION_FORMS  # noqa: E402

_FURNITURE = [row for row in NOT_ORGANIZATION_FORMS if row[2] in ("Excerpt", "English")]


@pytest.mark.parametrize(("form", "example", "surface"), _FURNITURE, ids=[r[2] for r in _FURNITURE])
def test_document_furniture_and_languages_are_no_organizations(form, example, surface):
    assert form.fullmatch(surface)
    start = example.index(surface)
    assert surface not in organizations(example, [(start, start + len(surface), "ORG")])


@pytest.mark.parametrize("word", ["Chart", "Photo", "Transcript", "Spanish", "Arabic"])
def test_each_furniture_or_language_word_is_read_whole(word):
    assert any(form.fullmatch(word) for form, _example, _surface in _FURNITURE)


def test_a_place_after_a_sentence_opening_in_is_no_organization():
    text = (
        "Quarvo Tecnologia said its revenue fell 6% in the quarter.\n\n"
        "In Lumbrava, Quarvo Tecnologia reported on Monday that its net revenue fell 6% to $1 billion."
    )
    start, name = text.index("Lumbrava"), "Quarvo Tecnologia"
    last = text.rindex(name)
    ner = [(start, start + len("Lumbrava"), "ORG"), (0, len(name), "ORG"), (last, last + len(name), "ORG")]
    found = organizations(text, ner)
    assert "Lumbrava" not in found
    assert "Quarvo Tecnologia" in found


# --- person titles: a participant line's function, stacked honorifics, an office's portfolio -------

import re  # noqa: E402

from pipelines.extraction.people import find_people  # noqa: E402


def titles_of(text: str, *names: str) -> dict[str, str | None]:
    ner = [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(re.escape(name), text)]
    chrome = boilerplate_spans(text)
    found = find_organizations(text, ner, chrome)
    return {p.name: p.title for p in find_people(text, ner, found, chrome)}


_PARTICIPANTS = (
    "Quarvo Systems Q3 2025 earnings call\n\nCompany participants\n"
    "  Ana Ruiz - Chief Executive Officer, Quarvo Systems\n"
    "  Tom Allen - Senior Director, Investor Relations\n\n"
    "Quarvo Systems said revenue rose 9% in the quarter.\n"
)


def test_a_participant_lines_function_after_the_comma_is_part_of_the_title():
    titles = titles_of(_PARTICIPANTS, "Ana Ruiz", "Tom Allen")
    assert titles["Tom Allen"] == "Senior Director, Investor Relations"


def test_a_participant_lines_employer_after_the_comma_is_not_part_of_the_title():
    text = _PARTICIPANTS.replace("Quarvo Systems said", "Quarvo Systems Inc. said")
    assert titles_of(text, "Ana Ruiz", "Tom Allen")["Ana Ruiz"] == "Chief Executive Officer"


def test_stacked_honorifics_between_a_title_and_a_name():
    text = "Quarvo Holdings paid a dividend. Chairman Prof. Dr. Ana Kirman told shareholders it would rise."
    assert titles_of(text, "Ana Kirman")["Ana Kirman"] == "Chairman"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The deal was signed on Monday by Mining Minister Ana Willis.", "Ana Willis", "Mining Minister"),
        ("Energy Minister Tom Pardo said the deal would cut prices.", "Tom Pardo", "Energy Minister"),
        ("The Minister Tom Pardo said the deal would cut prices.", "Tom Pardo", "Minister"),
    ],
    ids=["portfolio-mid-sentence", "portfolio-opening", "no-portfolio"],
)
def test_an_office_keeps_the_portfolio_written_before_it(text, name, title):
    assert titles_of(text, name)[name] == title


# --- an officeholder's title and name run together with the next portfolio -------------------------


def test_an_office_and_a_name_inside_a_span_make_no_organization():
    text = (
        "It was signed by Quarvo's chief executive, Energy Minister Tom Pardo and Mining Minister Ana Willis."
    )
    ner = [(m.start(), m.end(), "PERSON") for n in ("Tom Pardo", "Ana Willis") for m in re.finditer(n, text)]
    found = organizations(text, ner)
    assert not any("Minister" in name or name.endswith("Mining") for name in found)
    titles = titles_of(text, "Tom Pardo", "Ana Willis")
    assert titles == {"Tom Pardo": "Energy Minister", "Ana Willis": "Mining Minister"}


@pytest.mark.parametrize("body", ["the Prime Minister's Office", "the Office of the Mayor"])
def test_a_body_named_after_an_office_is_no_officeholder(body):
    from pipelines.extraction.org_cues import OFFICE_BEFORE_NAME

    assert OFFICE_BEFORE_NAME.search(body) is None


# --- a common-noun phrase capitalised as a label ----------------------------------------------------

from pipelines.extraction.org_evidence import common_noun_phrase  # noqa: E402

_LABELLED = (
    "Quarvo Learning said its adult education business grew after a new contract.\n"
    "Adult Education: net sales SEK 1,425 million (1,204)\n"
    "Quarvo Learning also runs schools in Norway.\n"
)


def test_a_label_the_article_also_writes_in_lower_case_is_a_common_phrase():
    assert common_noun_phrase(_LABELLED, "Adult Education")
    assert not common_noun_phrase(_LABELLED, "Quarvo Learning")
    assert not common_noun_phrase("Quarvo said Apple grew; apple sales rose.", "Apple")  # one word: a name


def test_a_common_phrase_the_model_tagged_is_no_organization():
    start = _LABELLED.index("Adult Education")
    ner = [(start, start + len("Adult Education"), "ORG"), (0, len("Quarvo Learning"), "ORG")]
    found = organizations(_LABELLED, ner)
    assert "Adult Education" not in found
    assert "Quarvo Learning" in found


# --- names listed before a plural product noun -----------------------------------------------------


@pytest.mark.parametrize("noun", ["networks", "hotel chains", "pay-TV services", "labels"])
def test_names_listed_before_a_plural_product_noun_are_products(noun):
    text = f"Velorix Systems said it kept its Lumora and Tellvo {noun} after the merger."
    ner = [(text.index(n), text.index(n) + len(n), "ORG") for n in ("Velorix Systems", "Lumora", "Tellvo")]
    found = organizations(text, ner)
    assert not {"Lumora", "Tellvo"} & found
    assert "Velorix Systems" in found
