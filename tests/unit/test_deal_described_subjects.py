"""A described organization opening a sentence ("The company also signed ...") is the article's own
organization unless the one it was read as last opened a sentence as its subject
(``deals._article_subject``, ``deals._descriptors_of_subjects``, ``deals._opens_as_subject``).
Invented names throughout."""

from __future__ import annotations

import pytest

from pipelines.extraction import deals
from pipelines.extraction.model import OrgMention
from tests.unit.test_deals import deals_of, parties


def _spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The entity model's spans for every place each of ``names`` is written in ``text``."""
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name), "ORG"))
            start = text.find(name, start + len(name))
    return sorted(spans)


def _mention(text: str, name: str) -> OrgMention:
    start = text.index(name)
    return OrgMention(name.lower(), name, name, start, start + len(name))


# One row per way a name is told in passing, not as its sentence's subject, with its example
NOT_OPENING_SUBJECTS = [
    ("Marta Lind, who was finance chief at Quandra Labs before 2021, said sales rose.", "Quandra Labs"),
    ("Also investing were Quandra Capital and two angels.", "Quandra Capital"),
    ("Velorix's Quandra Pay digital wallet closed the year with 6 million users.", "Quandra Pay"),
    (
        "Wholesale unit Quandra Foods Oy, which supplies kiosks, reported sales of EUR 22 million.",
        "Quandra Foods",
    ),
    ("Quandra Education Division grew revenue 2.4% to $21.0 million.", "Quandra Education Division"),
    (
        "Quandra Japan, the group's Tokyo-based subsidiary, posted revenue of 48.7 billion won.",
        "Quandra Japan",
    ),
]


@pytest.mark.parametrize("sentence, name", NOT_OPENING_SUBJECTS)
def test_a_name_told_in_passing_does_not_open_its_sentence(sentence: str, name: str) -> None:
    assert not deals._opens_as_subject(sentence, 0, _mention(sentence, name))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Quandra Bank has the scale and, since its latest round, the money.", "Quandra Bank"),
        ("On Tuesday, Quandra Bank said its profit rose.", "Quandra Bank"),
    ],
)
def test_a_name_opening_its_sentence_is_its_subject(sentence: str, name: str) -> None:
    assert deals._opens_as_subject(sentence, 0, _mention(sentence, name))


ARTICLE = (
    "Velorix Systems said on Tuesday its revenue rose 12% to $410 million. Velorix Systems also raised its "
    "forecast. {between} The company also signed a memorandum of understanding with the Ministry of "
    "Works and the Tarnow Port Authority."
)
NAMES = ["Velorix Systems", "Quandra Labs", "Quandra Capital", "Ministry of Works", "Tarnow Port Authority"]


@pytest.mark.parametrize("sentence, _name", NOT_OPENING_SUBJECTS[:2])
def test_the_company_after_a_name_told_in_passing_is_the_articles_organization(
    sentence: str, _name: str
) -> None:
    text = ARTICLE.format(between=sentence)
    found = deals_of(text, ner=_spans(text, NAMES))
    assert [parties(d) for d in found if d.deal_type == "mou"] == [
        {"Velorix Systems", "Ministry of Works", "Tarnow Port Authority"}
    ]


def test_the_company_after_a_sentence_opened_by_another_name_is_that_name() -> None:
    text = (
        "Velorix Systems leads the market with 46% of payments, Velorix Systems said. Velorix Systems is "
        "growing. Quandra Labs has the scale and, since its latest round, the money. The company raised "
        "$850 million in 2023 from Tarnow Ventures and Ostrava Capital."
    )
    names = ["Velorix Systems", "Quandra Labs", "Tarnow Ventures", "Ostrava Capital"]
    found = deals_of(text, ner=_spans(text, names))
    assert [parties(d) for d in found] == [{"Quandra Labs", "Tarnow Ventures", "Ostrava Capital"}]


# One row per company noun of ``ORG_NOUNS`` a sentence may open with for the organization in context
DESCRIBED_SUBJECTS = [
    "In October the developer signed a memorandum of understanding with the Ministry of Works.",
    "The family-owned maker signed a contract with Tarnow Port Authority.",
    "On Monday the manufacturer also agreed a partnership with Quandra Labs.",
    "The supplier won a contract from the Ministry of Works.",
]
# ... and the nouns that name another party than the one in context
OTHER_PARTIES = [
    "The regulator signed a memorandum of understanding with Quandra Labs.",
    "The university also signed the agreement.",
    "The fund invested $5 million in Quandra Labs.",
    "The rival agreed to buy Quandra Labs.",
]


@pytest.mark.parametrize("sentence", DESCRIBED_SUBJECTS)
def test_a_company_noun_opening_a_sentence_stands_for_the_organization_in_context(sentence: str) -> None:
    assert deals._PRONOUN.search(sentence).group("described")


@pytest.mark.parametrize("sentence", OTHER_PARTIES)
def test_a_noun_for_another_party_is_not_the_organization_in_context(sentence: str) -> None:
    found = deals._PRONOUN.search(sentence)
    assert found is None or not found.group("described")


def test_the_developer_signing_is_the_organization_the_article_is_about() -> None:
    text = ARTICLE.replace("The company also signed", "In October the developer signed").format(between="")
    found = deals_of(text, ner=_spans(text, NAMES))
    assert [parties(d) for d in found if d.deal_type == "mou"] == [
        {"Velorix Systems", "Ministry of Works", "Tarnow Port Authority"}
    ]
