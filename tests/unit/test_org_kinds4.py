"""Organizations: legal forms, short forms, credit lines, public bodies, facilities and names the model
calls people (invented names, one example per rule)."""

from __future__ import annotations

import pytest

from pipelines.extraction.entities import boilerplate_spans, find_organizations, organization_key
from pipelines.extraction.entities.keys import display_name


def found(text: str, ner=()) -> dict[str, list[str]]:
    result = find_organizations(text, ner, boilerplate_spans(text))
    return {o.name: list(o.aliases) for o in result.organizations}


def spans(text: str, label: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), label) for n in names]


@pytest.mark.parametrize(
    ("written", "name"),
    [("Quarvo S.A", "Quarvo"), ("Quarvo S.A.", "Quarvo"), ("Tellbridge N.V", "Tellbridge"),
     ("Assicurazioni Lumbria SpA", "Assicurazioni Lumbria")],
)
def test_a_legal_form_written_with_dots_or_as_spa_is_no_part_of_the_name(written, name):
    assert display_name(written) == name
    assert organization_key(written) == organization_key(name)


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # kind words opening the full name drop from the short form
        ("Grupo Financiero Quarvo said profit rose. Quarvo also opened 40 branches.",
         "Grupo Financiero Quarvo", "Quarvo"),
        # an insurer's "Life Insurance" tail
        ("Tellbridge Life Insurance will buy the unit. Tellbridge Life said the price was fair.",
         "Tellbridge Life Insurance", "Tellbridge Life"),
        # an acronym opening the only name it opens
        ("QVL Agrícola reported a loss. QVL also runs farms in the south.", "QVL Agrícola", "QVL"),
    ],
)
def test_a_short_form_is_an_alias_of_the_full_name(text, long, short):
    at = text.rindex(short)  # the short form standing alone, after the full name
    orgs = found(text, [*spans(text, "ORG", long), (at, at + len(short), "ORG")])
    assert short not in orgs
    assert short in orgs[long]


def test_an_acronym_opening_two_names_stays_apart_from_both():
    text = "QVL Agrícola and QVL Energia reported results. QVL said demand held up."
    at = text.rindex("QVL")
    orgs = found(text, [*spans(text, "ORG", "QVL Agrícola", "QVL Energia"), (at, at + 3, "ORG")])
    assert "QVL" not in orgs.get("QVL Agrícola", [])


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Analyst: Dana Fehr, CFA   +1 (212) 555-0148", "Dana Fehr"),
        ("Disclosures: Brennick Securities seeks to do business with companies covered in its reports.",
         "Brennick Securities"),
        ("Disclaimer: QSX does not guarantee the accuracy of information from listed companies.", "QSX"),
    ],
)
def test_a_research_notes_or_filings_notice_line_is_chrome(line, name):
    text = f"Quarvo Systems reported revenue of $5 million.\n\n{line}\n"
    chrome = boilerplate_spans(text)
    start = text.index(name)
    assert any(s <= start < e for s, e in chrome)
    assert name not in found(text, spans(text, "ORG", "Quarvo Systems", name))
