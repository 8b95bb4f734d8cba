"""People named by layout (people_layout.py) and names that the text says are things (people_checks.py),
on made-up texts (every name and company is invented)."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.people import _FORMS as FORMS
from pipelines.extraction.people import TITLE_SCOPED, find_people
from pipelines.extraction.people_checks import (
    THING_HEADS,
    listed_with_organizations,
    names_a_thing,
    said_of_a_thing,
)
from pipelines.extraction.people_layout import (
    CREDIT_LINES,
    SIGNATURE_CUES,
    credited_in_layout,
    office_without_employer,
    signature_blocks,
)
from pipelines.extraction.people_names import ROLE_CUES, chairs, founders, whole_tagged_end
from pipelines.extraction.people_titles import TITLE_FORMS, tidy_title, unwrapped_before


def people_of(text: str, *names: str) -> dict:
    """People found with PERSON spans given for ``names`` only (the rest must come from the rules)."""
    ner = [(m.start(), m.end(), "PERSON") for name in names for m in re.finditer(re.escape(name), text)]
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, ner, chrome)
    return {p.name: p for p in find_people(text, ner, organizations, chrome)}


@pytest.mark.parametrize("cue", SIGNATURE_CUES, ids=lambda cue: cue.name)
def test_signature_block_gives_each_signer_the_office_below_the_name(cue):
    blocks = signature_blocks(cue.example)
    assert tuple((cue.example[s:e], office) for s, e, office in blocks) == cue.read


@pytest.mark.parametrize("text", [
    "Corporate Governance\nBoard of Directors\n",  # a section heading over a plural office
    "Ana Ruiz\nChief Executive Officer's Review\n",  # a heading, not an office
    "Ana Ruiz said\nChief Executive Officer\n",  # more than a name on the line
    "Ana Ruiz      Omar Reyes\nChief Executive Officer\n",  # two names over one office
    "Ana Ruiz\nChief executive officer of the bank since 2019.\n",  # a sentence, not an office
])
def test_signature_block_needs_a_name_line_over_an_office_line(text):
    assert signature_blocks(text) == ()


@pytest.mark.parametrize(("line", "office"), [
    ("Chair, Velorix Foods plc", "Chair"),  # the employer ends in a legal form, in any case
    ("Managing Partner, Quandra Capital AS", "Managing Partner"),
    ("Managing Director, Real Assets Europe", "Managing Director, Real Assets Europe"),  # a department stays
    ("Senior Director, Investor Relations", "Senior Director, Investor Relations"),
    ("Company Secretary & Compliance Officer", "Company Secretary & Compliance Officer"),
])
def test_a_signers_office_leaves_out_an_employer_ending_in_a_legal_form(line, office):
    assert office_without_employer(line) == office


def test_a_signers_employer_the_article_tags_is_no_part_of_the_title():
    text = ("Quandra Capital closed its second fund.\n\nYours sincerely,\n\n"
            "Tomasz Wielgo\nManaging Partner, Quandra Capital\n")
    people = people_of(text, "Tomasz Wielgo")
    assert people["Tomasz Wielgo"].title == "Managing Partner"


def test_function_items_naming_the_employer_are_no_title():
    text = "Velorix Foods grew. Ana Ruiz, Chief Executive Officer, Velorix Foods, said sales rose."
    people = people_of(text, "Ana Ruiz")
    assert people["Ana Ruiz"].title == "Chief Executive Officer"


def test_a_second_person_joined_after_an_office_is_no_function_of_it():
    text = "Ana Ruiz, Chief Executive Officer, and Omar Reyes, Chief Financial Officer, will present results."
    people = people_of(text, "Ana Ruiz", "Omar Reyes")
    assert people["Ana Ruiz"].title == "Chief Executive Officer"


def test_signer_is_a_person_with_the_office_as_title():
    text = ("Kindly take the same on record.\n\nFor Kestrel Foods Limited\n\n"
            "Ravi Anand Menon\nCompany Secretary\n")
    people = people_of(text)
    assert people["Ravi Anand Menon"].title == "Company Secretary"


@pytest.mark.parametrize("head", THING_HEADS, ids=lambda head: head.word)
def test_a_name_ending_in_a_thing_word_is_no_person(head):
    name = re.search(rf"(?:[A-ZÅ]\w*\s+)+{head.word}\b", head.example)
    assert name is not None and names_a_thing(name.group())
    assert not names_a_thing(name.group().replace(head.word, "Lindqvist"))


@pytest.mark.parametrize("after", [
    ", which took up its full entitlement",
    " which we bought in 2021",
    ", the British label the group bought in 2019,",
    ", a Bogotá-based start-up, said",
    ", the British label the group bought in 2019, grew",
    "-based grain producer reported",
    " wind farms generated 1,041 GWh",
    " brands grew",
    " LLP. All rights reserved.",
    " resort in the south reported",
    " branches across the region",
    " 81, 1040 Velmont",
    ", 26 March 2025\n\nDear Shareholders,",
    " · 31 October 2025, 13:05",
])
def test_what_follows_a_mention_says_it_is_a_thing(after):
    text = "Tamsin Vale" + after
    assert said_of_a_thing(text, 0, len("Tamsin Vale"))


@pytest.mark.parametrize("after", [
    ", the bank's chief executive, said",
    ", a former bank executive, said",
    ", who founded the company, said",
    " said the label grew.",
    " runs the plants",
    "-Smith said",
    ", the firm grew.",  # a clause after a fronted phrase, not an apposition
])
def test_a_person_with_a_title_or_who_clause_is_not_a_thing(after):
    text = "Tamsin Vale" + after
    assert not said_of_a_thing(text, 0, len("Tamsin Vale"))


@pytest.mark.parametrize(("before", "after", "thing"), [
    ("the Dutch marketplace ", ", both folded into the app", True),
    ("the Italian forwarder ", ".", True),
    ("its myopia eye drop ", ", while sales rose", True),
    ("Moroccan shipowner ", ", turned a profit", True),
    ("the marketplace ", " founded in 2019", False),  # its founder, named in a clause
    ("chief executive ", ", said", False),
])
def test_a_things_kind_before_an_untitled_name_says_it_is_a_thing(before, after, thing):
    text = before + "Tamsin Vale" + after
    start = len(before)
    assert said_of_a_thing(text, start, start + len("Tamsin Vale")) is thing


@pytest.mark.parametrize("text, listed", [
    ("Its brands Jollibo, Chowfan and Mang Tasal drove growth.", True),
    ("It brought Birds Ear, Duncan Vale and Vlasko into the group.", True),
    ("The general manager of Bcx, Eugenia Vall, said the bank grew.", False),
    ("a letter signed by its chief, Marco Luz, and Oryx Infra Capital", False),
])
def test_a_name_in_a_list_of_organizations_is_one_of_them(text, listed):
    name = re.search(r"Mang Tasal|Duncan Vale|Eugenia Vall|Marco Luz", text)
    orgs = {"Jollibo", "Chowfan", "Birds Ear", "Vlasko", "Bcx", "Oryx Infra Capital"}
    assert listed_with_organizations(text, name.start(), name.end(), orgs) is listed


def test_the_publication_told_at_a_clause_end_is_no_person():
    text = '"We grew," Ana Ruiz told Cumbre Vale.'
    start = text.index("Cumbre Vale")
    assert said_of_a_thing(text, start, start + len("Cumbre Vale"))
    text = "Ana Ruiz told Cumbre Vale about the plan."
    start = text.index("Cumbre Vale")
    assert not said_of_a_thing(text, start, start + len("Cumbre Vale"))


def test_a_place_named_by_its_kind_is_no_person():
    text = "a dairy company in the northern province of Son Lam, to 51%"
    assert said_of_a_thing(text, text.index("Son Lam"), text.index("Son Lam") + len("Son Lam"))


def test_an_untitled_name_said_of_a_thing_is_dropped_but_a_titled_one_kept():
    text = ("Kestrel Foods grew. The placement was backed by Hollow Vantage, which took up its entitlement. "
            "Tamsin Vale, the chief executive of Kestrel Foods, said so.")
    people = people_of(text, "Hollow Vantage", "Tamsin Vale")
    assert "Hollow Vantage" not in people and "Tamsin Vale" in people


def test_no_name_ends_mid_word():
    text = "Kestrel Foods grew.\n\nTransmission MoU\n\nThe utility signed a memorandum."
    start = text.index("Transmission MoU")
    ner = [(start, start + len("Transmission MoU"), "PERSON")]
    chrome = boilerplate_spans(text)
    people = find_people(text, ner, find_organizations(text, ner, chrome), chrome)
    assert not any(p.name.startswith("Transmission") for p in people)


# ---- title forms (people_titles.py) ----

@pytest.mark.parametrize("form", TITLE_FORMS, ids=lambda form: form.name)
def test_title_form_reads_its_example(form):
    people = people_of(f"Kestrel Foods grew.\n\n{form.example}", form.person)
    assert people[form.person].title == form.title


@pytest.mark.parametrize("title, tidy", [
    ("Head of Sustainability and a former nutrition officer", "Head of Sustainability"),
    ("Chief Financial Officer, and former senior manager", "Chief Financial Officer"),
    ("Chief Executive Officer of", "Chief Executive Officer"),
    ("Minister of Electricity and Energy, Dr", "Minister of Electricity and Energy"),
    ("founder and chairman", "founder and chairman"),
])
def test_a_title_read_too_far_is_tidied(title, tidy):
    assert tidy_title(title, FORMS) == tidy


def test_a_line_break_inside_a_paragraph_is_a_space_but_not_after_a_list_line():
    prose = "The quarter went well for the group, said its president and chief\noperating officer Ana Ruiz."
    unwrapped = unwrapped_before(prose, prose.index("Ana Ruiz"))
    assert unwrapped is not None and "chief operating officer Ana" in unwrapped
    listed = "Omar Reyes - Executive Director and Chief Financial Officer\nAna Ruiz - Investor Relations"
    assert unwrapped_before(listed, listed.index("Ana Ruiz")) is None


def test_a_title_is_not_read_across_a_list_line():
    text = ("Participants\nOmar Reyes - Executive Director and Chief Financial Officer\n"
            "Ana Ruiz - Investor Relations\n\nKestrel Foods grew.")
    people = people_of(text, "Omar Reyes", "Ana Ruiz")
    assert people["Ana Ruiz"].title != "Executive Director and Chief Financial Officer"


# ---- whole names and names by role (people_names.py) ----

@pytest.mark.parametrize("cue", ROLE_CUES, ids=lambda cue: cue.name)
def test_role_cue_names_people_whatever_the_model_tagged(cue):
    found = {cue.example[s:e] for s, e in founders(cue.example)} | {
        cue.example[s:e] for s, e, _ in chairs(cue.example)
    }
    assert found == set(cue.names)
    people = people_of(f"Kestrel Foods grew.\n\n{cue.example}")
    assert set(cue.names) <= set(people)


def test_founders_of_a_joint_venture_named_as_companies_are_no_people():
    text = "Kestrel Foods grew. The venture, founded by Kestrel Foods and Vasari Holdings, grew."
    assert "Kestrel Foods" not in people_of(text)


def test_a_name_the_model_tagged_whole_keeps_its_fourth_word():
    text = "Kestrel Foods grew, said José Antonio Correa Etchegaray, the group's chief executive officer."
    assert "José Antonio Correa Etchegaray" in people_of(text, "José Antonio Correa Etchegaray")
    name_end = text.index("Correa") + len("Correa")
    assert whole_tagged_end(text, name_end, name_end + len(" Etchegaray")) == name_end + len(" Etchegaray")
    assert whole_tagged_end(text, name_end, name_end + len(" Etchegaray, the")) == name_end


@pytest.mark.parametrize(("read", "rest"), [
    ("Ana Pérez Pliego", " del Castillo"),  # a particle and a fourth word
    ("Ana Luisa", " T. Po"),  # a middle initial and a short surname
    ("Ana Al-Shammari", "-Otaibah"),  # a second hyphen
    ("Ana Owuor-Lang", "'at"),  # an apostrophe inside a surname
])
def test_the_rest_of_a_tagged_name_stays_in_it(read, rest):
    text = f"Kestrel grew, said {read}{rest}, the chief executive."
    end = text.index(read) + len(read)
    assert whole_tagged_end(text, end, end + len(rest)) == end + len(rest)


@pytest.mark.parametrize("rest", ["'s", " said", ", the", " Kestrel Foods Ltd"])
def test_a_possessive_or_words_after_a_tagged_name_stay_out(rest):
    text = f"Kestrel grew, said Ana Ruiz{rest} chief executive."
    end = text.index("Ana Ruiz") + len("Ana Ruiz")
    assert whole_tagged_end(text, end, end + len(rest)) == end


@pytest.mark.parametrize("text, name", [
    ("Swaps doubled, according to Nguyễn Hữu Phước Nguyên, the company's chief executive.",
     "Nguyễn Hữu Phước Nguyên"),
    ("Kestrel Foods grew. Minister of Finance Sri Wulan Indrawati said the budget held.",
     "Sri Wulan Indrawati"),
])
def test_a_titled_name_takes_a_fourth_word_only_before_its_pattern(text, name):
    assert name in people_of(text)


@pytest.mark.parametrize("text, name, title", [
    ("Kestrel Foods grew. Shri Ravi Anand Menon, Chairman, signed the results.", "Ravi Anand Menon",
     "Chairman"),
    ("Kestrel Foods grew. Muta Kagwi, Cabinet Secretary, said so.", "Muta Kagwi", "Cabinet Secretary"),
    ("The firm, founded by Gaura Bisa, who remains chief executive, grew.", "Gaura Bisa", "chief executive"),
    ("Kestrel Foods grew, said Natalia Gómez Ríos, its chief financial officer.", "Natalia Gómez Ríos",
     "chief financial officer"),
    ("Kestrel Foods grew. Anders Boye, Executive Vice President and CFO since 2016, is responsible.",
     "Anders Boye", "Executive Vice President and CFO"),
    ("Kestrel Foods was founded in 2019 by Jan Oberhaus, who is still managing director today.",
     "Jan Oberhaus", "managing director"),
])
def test_name_and_title_forms(text, name, title):
    people = people_of(text)
    assert people[name].title == title


@pytest.mark.parametrize("cue", CREDIT_LINES, ids=lambda cue: cue.name)
def test_credit_line_names_no_person_in_the_story(cue):
    assert credited_in_layout(cue.example) == {name for name, _ in cue.read}
    text = f"Kestrel Foods grew.\n\n{cue.example}"
    names = [name for name, _ in cue.read]
    assert not set(names) & set(people_of(text, *names))


@pytest.mark.parametrize("text", [
    "Ana Ruiz, editor of the Lagos Ledger, said the paper grew. Contact us for more.\n",
    "Ana Ruiz, CFO of Kestrel, said sales grew.\n\nCompany Contact: Ana Ruiz, Chief Financial Officer\n",
])
def test_a_person_in_the_story_is_no_credit(text):
    assert credited_in_layout(text) == set()


# ---- title vocabulary: postpositive "general", employment modifiers, a function's scope ----

@pytest.mark.parametrize("text, name, title", [
    ("Kestrel Agency, whose director general Tariq Hamid spoke, grew.", "Tariq Hamid", "director general"),
    ("Kestrel Foods grew, CEO and whole-time director Abhi Bolla told analysts.", "Abhi Bolla",
     "CEO and whole-time director"),
    ("Kestrel Foods grew. Leila Haddou, head of equity research at the firm, said so.", "Leila Haddou",
     "head of equity research"),
    ("Kestrel Foods grew, said Le Thanh Liem, its executive director of finance.", "Le Thanh Liem",
     "executive director of finance"),
    ("Kestrel Foods grew. Mei Chen, chairman of the bank, said so.", "Mei Chen", "chairman"),
])
def test_title_vocabulary(text, name, title):
    assert people_of(text, name)[name].title == title


@pytest.mark.parametrize("text, title", [
    ("chief executive of iKestrel, Dio Barro", "chief executive"),  # a brand in lower case is no function
    ("Group CEO of e&, said", "Group CEO"),
    ("head of its unit, said", "head"),
])
def test_a_lower_case_brand_or_a_determiner_is_no_function_scope(text, title):
    assert re.match(TITLE_SCOPED, text).group() == title


def test_a_family_name_of_two_words_alone_is_the_person_named_in_full():
    text = ("Kestrel Foods grew. It was signed by Mohamed Jamil Al Rami, Chief Executive Officer of Kestrel "
            "Foods.\n\nAl Rami said: \"It is our market.\"")
    people = people_of(text, "Mohamed Jamil Al Rami", "Al Rami")
    assert "Al Rami" not in people and "Mohamed Jamil Al Rami" in people


def test_management_board_member_is_a_title():
    text = "Kestrel Foods grew. Management board member Jacek Danek said tenders would come."
    assert people_of(text, "Jacek Danek")["Jacek Danek"].title == "Management board member"


def test_a_rank_opens_a_name_the_model_tagged_in_two_parts():
    text = "Kestrel Foods grew. Shri Manoj Kumar Dubal, Director, signed the results."
    start = text.index("Kumar Dubal")
    ner = [(start, start + len("Kumar Dubal"), "PERSON")]
    chrome = boilerplate_spans(text)
    people = {p.name for p in find_people(text, ner, find_organizations(text, ner, chrome), chrome)}
    assert "Manoj Kumar Dubal" in people and "Kumar Dubal" not in people


def test_a_current_title_before_the_name_wins_over_a_past_role_after_it():
    text = ("Kestrel Foods grew, said Zerno co-founder and CEO Oksana Hryts, a former head of logistics at "
            "Kernel Foods.")
    assert people_of(text, "Oksana Hryts")["Oksana Hryts"].title == "co-founder and CEO"


def test_a_comma_before_a_capital_lists_more_of_the_portfolio():
    text = ("Kestrel Foods grew. Piet Kyla, the Secretary of State for Science, Innovation and Technology, "
            "welcomed it.")
    assert people_of(text, "Piet Kyla")["Piet Kyla"].title == (
        "Secretary of State for Science, Innovation and Technology")


def test_an_office_keeps_its_whole_portfolio_before_the_closing_comma():
    text = ("Kestrel Foods grew. Muta Kagwi, Cabinet Secretary for Agriculture and Livestock Development, "
            "said so.")
    assert people_of(text, "Muta Kagwi")["Muta Kagwi"].title == (
        "Cabinet Secretary for Agriculture and Livestock Development")
