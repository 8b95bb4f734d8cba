"""The parse of selected sentences (pipelines/extraction/syntax.py): lazy, plain data, by position."""

from __future__ import annotations

from pipelines.extraction.extract import facts_from_entities
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax, parse_sentences


def test_a_candidate_is_parsed_only_when_asked():
    text = "Maria Gonzalez heads the group. Sales rose."
    syntax = Syntax(split_sentences(text))
    assert syntax.sentences == ()
    parsed = syntax.sentence_at(text.index("heads"))
    assert parsed is not None and [t.text for t in parsed.tokens][:3] == ["Maria", "Gonzalez", "heads"]
    assert len(syntax.sentences) == 1
    assert syntax.sentence_at(text.index("rose")) is not None and len(syntax.sentences) == 2


def test_a_sentence_parsed_on_request_is_reused_but_does_not_become_a_candidate():
    text = "Maria Gonzalez heads the group. Sales rose."
    first, second = split_sentences(text)
    syntax = Syntax([second])
    (parsed,) = syntax.parse([first])
    assert syntax.sentence_at(text.index("heads")) is None  # no stage asked for it: its rules decide
    syntax.add([first])
    assert syntax.sentence_at(text.index("heads")) is parsed  # a stage that asks later gets the same parse


def test_offsets_point_into_the_article_and_heads_into_the_sentence():
    text = "Sales rose. Maria Gonzalez is its chief executive."
    sentence = parse_sentences(split_sentences(text)).sentence_at(text.index("Maria"))
    for token in sentence.tokens:
        assert text[token.start : token.end] == token.text
        assert 0 <= token.head < len(sentence.tokens)
    subject = sentence.token_at(text.index("Maria"), text.index(" is"))
    assert sentence.tokens[subject].dep == "nsubj"


def test_a_position_outside_every_candidate_has_no_parse():
    text = "Sales rose. Maria Gonzalez is its chief executive."
    syntax = Syntax(split_sentences(text)[1:])
    assert syntax.sentence_at(0) is None and syntax.sentences == ()


def test_rule_decided_titles_need_no_parse(parsed_sentences):
    parsed = parsed_sentences
    text = "Maria Gonzalez, chief executive of Northwind Labs, said demand held."
    spans = [(0, len("Maria Gonzalez"), "PERSON")]
    facts = facts_from_entities(text, None, spans)
    assert facts.people[0].title == "chief executive"
    assert parsed == []
