"""The deal-party stage parses only sentences where a parse can propose a name
(pipelines/extraction/deal_named_parties.py, ``may_name_a_party``): every proposal is a capitalised word
outside the known organizations and outside the entity spans every slot refuses, so a sentence holding
none is not parsed there (it stays parsable for a later stage). The parse is real, the entities given."""

from __future__ import annotations

import pytest

from pipelines.extraction.deal_named_parties import _proposals, may_name_a_party, with_deal_parties
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.syntax import Syntax

KNOWN = ("Velorix", "Quillmark Systems")


def _known(text: str) -> OrganizationResult:
    facts = [OrganizationFact(name.lower(), name, "company") for name in KNOWN]
    mentions = [
        OrgMention(name.lower(), name, name, start, start + len(name))
        for name in KNOWN
        for start in _starts(text, name)
    ]
    return OrganizationResult(facts, sorted(mentions, key=lambda m: m.start))


def _starts(text: str, name: str) -> list[int]:
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found


def _entities(text: str, labels: dict[str, str]) -> list[tuple[int, int, str]]:
    return [(text.index(word), text.index(word) + len(word), label) for word, label in labels.items()]


def _one_sentence(text: str) -> Sentence:
    (sentence,) = split_sentences(text)
    return sentence


# (sentence, entity labels): nothing a parse could propose
NOTHING_TO_PROPOSE = [
    ("Velorix signed an agreement with Quillmark Systems.", {}),
    ("The company signed an agreement with Velorix.", {}),
    ("It signed a deal with Velorix and Quillmark Systems on Monday.", {"Monday": "DATE"}),
    ("Velorix acquired Quillmark Systems in 2024 for $12 million.", {"2024": "DATE", "$12 million": "MONEY"}),
]
# (sentence, entity labels): a word that may head a proposed name
MAY_PROPOSE = [
    ("Velorix signed an agreement with Ardentis.", {}),
    ("Velorix signed an agreement with Ardentis.", {"Ardentis": "PERSON"}),  # the model's PERSON: proposable
    ("Velorix was acquired by Ardentis Swiss.", {"Swiss": "NORP"}),  # NORP is let into a party's slot
    ("The round was led by 8VC and Velorix.", {"8VC": "DATE"}),  # a code name inside a DATE span
]


@pytest.mark.parametrize(("text", "labels"), NOTHING_TO_PROPOSE)
def test_a_sentence_with_no_name_outside_the_known_ones_may_name_no_party(text, labels):
    sentence = _one_sentence(text)
    assert not may_name_a_party(text, sentence, _known(text), _entities(text, labels))


@pytest.mark.parametrize(("text", "labels"), MAY_PROPOSE)
def test_a_capitalised_word_outside_the_known_names_may_name_a_party(text, labels):
    sentence = _one_sentence(text)
    assert may_name_a_party(text, sentence, _known(text), _entities(text, labels))


@pytest.mark.parametrize(("text", "labels"), NOTHING_TO_PROPOSE)
def test_where_no_party_may_be_named_the_parse_proposes_nothing(text, labels):
    """The gate's promise, against the real parse: nothing it lets pass unparsed would have been proposed."""
    known = _known(text)
    (parsed,) = Syntax().parse([_one_sentence(text)])
    assert _proposals(parsed, known.mentions, _entities(text, labels), known.organizations) == []


def test_the_stage_parses_only_the_sentences_that_may_name_a_party(parsed_sentences):
    text = (
        "Velorix signed an agreement with Quillmark Systems on Monday. "
        "Velorix also signed a licensing agreement with Ardentis."
    )
    parsed_texts = parsed_sentences
    sentences = split_sentences(text)
    syntax = Syntax()
    entities = _entities(text, {"Monday": "DATE"})
    result = with_deal_parties(text, sentences, entities, _known(text), syntax, default_gazetteer())
    assert [o.name for o in result.organizations if o.name not in KNOWN] == ["Ardentis"]
    assert parsed_texts == [sentences[1].text]
    # the sentence left unparsed stays parsable for a later stage (the deal stage asks for its parse)
    assert syntax.sentence_at(sentences[0].start) is not None
    assert parsed_texts == [sentences[1].text, sentences[0].text]
