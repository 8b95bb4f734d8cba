"""The word-pattern title cues of pipelines/extraction/people.py (``TITLE_CUES``), each on its own example,
and the name and title forms of issue 11 on self-written texts (every name and company is invented)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import CREDIT_CUES, TITLE_CUES, _Around, credited_names, find_people
from pipelines.ingest.reader import read_article_file

# cue name -> (the name in the cue's example, the title the cue must read there)
CUE_READINGS = {
    "now title after": ("Ada Berg", "chief executive"),
    "verb as role": ("Ada Okafor", "co-founder and chief executive"),
    "joined as": ("Dana Osei", "managing director"),
    "descriptor's title after": ("Björn Åkesson", "chief financial officer"),
    "appointed": ("François Martin", "chairman"),
    "title is name": ("Tomás Ferreira", "chief executive"),
    "board title after": ("Eva Lind", "Member of the Executive Board responsible for Finance"),
    "copula after": ("Lena Moro", "chief executive"),
    "list item": ("Aiko Tanabe", "President and CEO"),
    "title of org after": ("Mei Chen", "chairman"),
    "analyst of a field after": ("Ana Ruiz", "retail analyst"),
    "org's title after": ("Robin Li", "chairman and chief executive officer"),
    "title between commas": ("Ravi Menon", "chief financial officer"),
    "title before": ("Pony Ma", "CEO"),
    "shared plural title": ("Lee Seo-yeon", "co-CEO"),
    "org's title, before": ("Aziz Rahman", "group managing director"),
    "new title before": ("Zhang Pingan", "president"),
    "the title, before": ("Ana de Lumbria", "chief financial officer"),
    "signature block": ("Ana Ruiz", "Company Secretary"),
    "closed title after": ("Ravi Menon", "Chief Financial Officer"),
    "title before, wrapped": ("Ravi Menon", "chief executive"),
    "title of org before": ("Ravi Menon", "chief executive"),
    "chaired by": ("Teto Nyali", "chair of the board"),
    "role in a who clause": ("Ravi Menon", "chief executive"),
    "founded the organization": ("Ravi Menon", "co-founder"),
    "founding clause": ("Ana Ruiz", "founder"),
    "participant or contact line": ("Ana Ruiz", "CFO"),
    "title with department": ("Ana Ruiz", "Senior Director, Investor Relations"),
    "title with functions": ("Ana Ruiz", "Managing Director, Real Assets Europe"),
}


def test_every_cue_has_a_reading_to_test():
    assert {cue.name for cue in TITLE_CUES} == set(CUE_READINGS)


@pytest.mark.parametrize("cue", TITLE_CUES, ids=lambda cue: cue.name)
def test_cue_reads_its_example(cue):
    name, title = CUE_READINGS[cue.name]
    text = cue.example
    start = text.index(name)
    organizations = find_organizations(text, [], boilerplate_spans(text))
    around = _Around(
        text,
        start,
        start + len(name),
        organizations,
        by_start={m.start: m for m in organizations.mentions},
        by_end={m.end: m for m in organizations.mentions},
    )
    reading = cue.read(around)
    assert reading is not None and reading[0] == title


def people_of(text: str, *names: str) -> dict:
    """People found with PERSON spans given for ``names`` only (the rest must come from the rules)."""
    ner = [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(re.escape(name), text)]
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


# form: (text, name, title); no NER span is given, so the name itself comes from the title's form.
FORMS = {
    "function chief before the name": (
        "Kestrel Foods grew. Finance chief Ada Berg said costs fell.",
        "Ada Berg",
        "Finance chief",
    ),
    "middle initial": (
        "Kestrel Foods grew. Group CEO Jens K. Holm said the plan held.",
        "Jens K. Holm",
        "Group CEO",
    ),
    "two particles": (
        "Kestrel Foods grew. Chief executive Pieter van der Berg said so.",
        "Pieter van der Berg",
        "Chief executive",
    ),
    "apostrophe in the name": (
        "Kestrel Foods grew. Chief executive Hamid O'Neill said so.",
        "Hamid O'Neill",
        "Chief executive",
    ),
    "copula": ("Kestrel Foods grew. Nadia Orlov is its chief executive.", "Nadia Orlov", "chief executive"),
    "coming role": (
        "Kestrel Foods said Pierre-Luc Danton will become chief executive on 30 September.",
        "Pierre-Luc Danton",
        "chief executive",
    ),
    "who clause and copula": (
        "Lena Moro, who co-founded Kestrel Foods in 2001 and is its chairman, spoke.",
        "Lena Moro",
        "chairman",
    ),
    "title between commas": (
        "Kestrel Foods grew. Ravi Menon, chief financial officer, said costs fell.",
        "Ravi Menon",
        "chief financial officer",
    ),
    "board title": (
        "Kestrel Saat AG grew. Eva Lind, Member of the Executive Board responsible for Finance, said so.",
        "Eva Lind",
        "Member of the Executive Board responsible for Finance",
    ),
    "board title with its organization": (
        "Dr. Karl Vogt, Spokesman of the Executive Board of Kestrel Saat AG, said so.",
        "Karl Vogt",
        "Spokesman of the Executive Board",
    ),
    "participants list": (
        "Kestrel Pharma call\nParticipants: Aiko Tanabe, President and CEO; Ren Mori, Global Head of R&D\n",
        "Ren Mori",
        "Global Head of R&D",
    ),
    "place as the title's scope": (
        "Kestrel Bank grew. Mei Ling Tan, head of Asia at Kestrel Bank, said so.",
        "Mei Ling Tan",
        "head of Asia",
    ),
    "office with its portfolio before the name": (
        "The plan was backed by Secretary of State for Business Kemi Adebayo.",
        "Kemi Adebayo",
        "Secretary of State for Business",
    ),
    "office portfolio before a three-word name": (
        "Minister of Finance Sri Wulan Indrawati said the budget held.",
        "Sri Wulan Indrawati",
        "Minister of Finance",
    ),
    "place before a public office": (
        "Queensland Premier Ann Gray said the plant would stay open.",
        "Ann Gray",
        "Queensland Premier",
    ),
}


@pytest.mark.parametrize("form", FORMS)
def test_title_form(form):
    text, name, title = FORMS[form]
    people = people_of(text)
    assert name in people, people
    assert people[name].title == title


def test_plural_title_before_two_names():
    people = people_of("Kestrel Games, led by co-CEOs Kim Min-jun and Lee Seo-yeon, cut jobs.")
    assert people["Kim Min-jun"].title == "co-CEO"
    assert people["Lee Seo-yeon"].title == "co-CEO"


def test_heading_verb_finds_the_name_over_an_organization_guess():
    text = "Kestrel Pay grew. Ada Okafor, known as AO, heads the company."
    ner = [(text.index("Ada Okafor"), text.index("Ada Okafor") + len("Ada Okafor"), "ORG")]
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    assert "Ada Okafor" in {p.name for p in find_people(text, ner, organizations, chrome)}


def test_later_title_spelling_out_more_of_the_same_office_wins():
    text = (
        "Chief executive Lena Moro said demand held. Kestrel Foods grew.\n"
        '"We are cautious." - Lena Moro, President and CEO of Kestrel Foods'
    )
    assert people_of(text, "Lena Moro")["Lena Moro"].title == "President and CEO"


def test_title_at_a_surname_mention_with_a_relative_clause():
    text = (
        "Kestrel Cloud was founded by Ivo Brandt in 1999. Brandt, who remains chairman, said it would grow."
    )
    assert people_of(text, "Ivo Brandt")["Ivo Brandt"].title == "chairman"


@pytest.mark.parametrize("cue", CREDIT_CUES, ids=lambda cue: cue.name)
def test_credit_cue_names_the_writers(cue):
    assert credited_names(cue.example)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Lyon, 2 May 2025 - By Clara Weiss, markets correspondent\n\nKestrel Foods grew.", "Clara Weiss"),
        ("Kestrel Foods grew.\n\nInterview by Omar Reyes. Kestrel shares fell.", "Omar Reyes"),
        ("Kestrel Foods grew.\n\nThis newsletter is written by Ada Lund and Omar Reyes.", "Ada Lund"),
    ],
)
def test_writers_are_not_people_of_the_article(text, writer):
    assert writer not in people_of(text, writer)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("SÃO PAULO - Stocks rose, with São Paulo's index up 0.5%.", "São Paulo"),
        (
            "Kestrel's anchor shareholder, Alpina Genossenschaft, will vote in favour.",
            "Alpina Genossenschaft",
        ),
        ("Kestrel holds 75% of Kestrel Europe and Norvik the rest.", "Kestrel Europe"),
        ("Kestrel sold its stake to its partner Wei Long Fan High-Tech Materials.", "Wei Long Fan"),
        ("Participants: Ken Sato, Global Head of R&D", "Global Head"),
        ("Kestrel shares fell. Raymond James analyst Ann Lee cut her target.", "Raymond James"),
    ],
)
def test_places_and_organizations_tagged_person_are_not_people(text, tagged):
    assert tagged not in people_of(text, tagged)


def test_accented_name_in_an_html_page_is_read_whole(tmp_path: Path):
    body = "<p>Kestrel Foods sells frozen meals in twelve countries and employs four thousand people.</p>"
    page = (
        '<html><head><meta charset="windows-1252"><title>Kestrel results</title></head><body>'
        "<p>Kestrel Foods grew. Chief Executive Officer Jean Fran&ccedil;ois Dub\xf6is said demand held.</p>"
        + body * 4
        + "</body></html>"
    )
    path = tmp_path / "kestrel.html"
    path.write_bytes(page.encode("cp1252"))
    article = read_article_file(path, tmp_path)
    people = people_of(article.clean_text)
    assert people["Jean François Duböis"].title == "Chief Executive Officer"


def test_current_role_over_the_past_one_before_the_name():
    text = "Kestrel Foods grew. Former CFO Ada Berg, now chief executive, said costs fell."
    assert people_of(text, "Ada Berg")["Ada Berg"].title == "chief executive"


def test_speaker_label_gives_the_title_and_names_nobody_itself():
    text = (
        "Kestrel Pharma results call\nSpeakers: Aiko Tanabe and Ömer Şahin\n\n"
        "OPERATOR: Welcome.\n\nAIKO TANABE (President and CEO): Thank you. Sales grew.\n"
        "ÖMER ŞAHIN (Chief Financial Officer): Costs fell.\n"
    )
    people = people_of(text, "Aiko Tanabe", "Ömer Şahin")
    assert people["Aiko Tanabe"].title == "President and CEO"
    assert people["Ömer Şahin"].title == "Chief Financial Officer"
    assert set(people) == {"Aiko Tanabe", "Ömer Şahin"}


def test_office_portfolio_is_never_cut_to_make_a_name():
    text = "The state's Minister for Energy and Clean Economy Jobs, Ana Reyes, said so."
    assert "Economy Jobs" not in people_of(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Velorix Systems sold a unit. The founder, Ana Ruiz, remains executive chairman.",
            "Ana Ruiz",
            "executive chairman",
        ),
        (
            "Chief executive Ana Ruiz, Velorix Systems' founder, said the review was over.",
            "Ana Ruiz",
            "Chief executive",
        ),
    ],
)
def test_an_office_stated_beside_a_founder_is_the_title(text, name, title):
    assert people_of(text, name)[name].title == title


def test_a_title_ending_a_paragraph_names_no_heading_after_a_blank_line():
    text = (
        "Velorix Systems Q2 call\n\nCorporate Participants\nAna Ruiz - Head of Investor Relations\n\n"
        "Conference Call Participants\nBen Lee - Quandra Securities\n"
    )
    assert "Conference Call Participants" not in people_of(text)


def test_a_copula_after_a_name_inside_anothers_apposition_is_not_its_own():
    text = "Velorix Systems grew. Ana Ruiz Vale, daughter of founder Ben Ruiz, is its non-executive chair."
    assert people_of(text, "Ana Ruiz Vale", "Ben Ruiz")["Ben Ruiz"].title == "founder"
