"""Parses made ahead in the model process (pipelines/extraction/preparse.py) and the quantities cache:
the rules get exactly what they would have computed themselves."""

from __future__ import annotations

import pytest

from pipelines.extraction import quantities, syntax
from pipelines.extraction.extract import facts_from_entities
from pipelines.extraction.preparse import preparse, sentences_to_preparse
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax, load_parser, sentence_parses

# Invented text: a titled person, a deal, a reporting verb over a figure, two companies and a figure.
TEXT = (
    "Northwind Traders said on Monday that revenue rose 12% to $3.4 billion. Chief executive Jane Doe "
    "said the company agreed to acquire Wingtip Labs for EUR 200 million. Contoso Bank and Fabrikam Inc "
    "each hold 10% of the venture. The weather was fine."
)
SPANS = [
    (TEXT.index(name), TEXT.index(name) + len(name), label)
    for name, label in (("Northwind Traders", "ORG"), ("Jane Doe", "PERSON"), ("Wingtip Labs", "ORG"),
                        ("Contoso Bank", "ORG"), ("Fabrikam Inc", "ORG"))
]


def test_a_parse_made_ahead_is_the_parse_the_rules_make():
    sentences = split_sentences(TEXT)
    ahead = preparse([TEXT], [SPANS])[0]
    assert set(ahead) <= {s.text for s in sentences} and ahead, "only the article's own sentences"
    assert "The weather was fine." not in ahead, "a sentence no stage asks about is not parsed"
    here, there = Syntax(sentences), Syntax(sentences, preparsed=ahead)
    here.parse_all()
    there.parse_all()
    assert here.sentences == there.sentences


def test_the_rules_use_a_shipped_parse_and_parse_only_what_was_not_shipped(monkeypatch):
    sentences = split_sentences(TEXT)
    ahead = preparse([TEXT], [SPANS])[0]
    parsed_here: list[str] = []
    real = syntax._parse
    monkeypatch.setattr(syntax, "_parse", lambda nlp, todo: parsed_here.extend(s.text for s in todo)
                        or real(nlp, todo))
    Syntax(sentences, preparsed=ahead).parse_all()
    assert parsed_here == [s.text for s in sentences if s.text not in ahead]


def test_the_facts_are_the_same_with_the_parses_shipped_and_a_planted_parse_is_what_the_rules_read():
    ahead = preparse([TEXT], [SPANS])[0]
    assert facts_from_entities(TEXT, None, SPANS, None, ahead) == facts_from_entities(TEXT, None, SPANS)
    planted = {text: tuple((i, n, "planted", 0, low) for i, n, _dep, _head, low in parse)
               for text, parse in ahead.items()}
    sentence = Syntax(split_sentences(TEXT), preparsed=planted).sentence_at(TEXT.index("Jane"))
    assert sentence is not None and {t.dep for t in sentence.tokens} == {"planted"}


def test_a_long_article_is_preparsed_on_the_text_the_rules_read():
    table = "Alpha " * 1500  # a run with no sentence end: not read (model_input.py)
    text = TEXT + "\n\n" + table + "\n\n" + TEXT
    chosen = sentences_to_preparse(text, SPANS)
    assert chosen == sentences_to_preparse(TEXT, SPANS)  # the same sentences, each once


def test_sentence_parses_are_per_sentence_whatever_the_batch():
    nlp = load_parser()
    texts = [s.text for s in split_sentences(TEXT)]
    assert sentence_parses(nlp, texts) == [sentence_parses(nlp, [t])[0] for t in texts]


@pytest.mark.parametrize("text", [
    "revenue rose 12% to $3.4 billion", "Rs 744.3 crore", "three million users", "", "1 billion yen",
])
def test_find_quantities_cached_equals_uncached_and_is_a_fresh_list(text):
    first = quantities.find_quantities(text)
    assert first == quantities._read_quantities(text)
    first.append(None)  # a caller changing its list changes nobody else's
    assert quantities.find_quantities(text) == quantities._read_quantities(text)


def test_find_quantities_does_not_cache_a_long_text():
    text = "revenue rose 12% to $3.4 billion. " * 100
    quantities._quantities_of_short_text.cache_clear()
    assert quantities.find_quantities(text) == quantities._read_quantities(text)
    assert quantities._quantities_of_short_text.cache_info().currsize == 0
