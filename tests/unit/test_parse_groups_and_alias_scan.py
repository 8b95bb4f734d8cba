"""Speed helpers that must not change a fact: the parse asked for by one stage does not parse another
stage's unasked candidates (syntax.py)."""

from __future__ import annotations

from pipelines.extraction import syntax as syntax_module
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax


def test_a_stage_question_parses_only_its_own_pending_candidates(monkeypatch):
    parsed: list[str] = []
    real_parse = syntax_module._parse

    def recording_parse(nlp, sentences):
        parsed.extend(s.text for s in sentences)
        return real_parse(nlp, sentences)

    monkeypatch.setattr(syntax_module, "_parse", recording_parse)
    text = "Maria Gonzalez heads the group. Sales rose. Acme bought Initech. Umbrella sold a unit."
    title, sales, deal, other = split_sentences(text)
    syntax = Syntax([title, sales])  # the people stage's candidates: never asked about here
    syntax.add([deal, other])  # a later stage's list
    assert syntax.sentence_at(text.index("Acme")) is not None
    assert parsed == [deal.text, other.text]  # its own list in one batch, not the title candidates
    assert syntax.sentence_at(text.index("Sales")) is not None  # asked later: parsed then, same batch rule
    assert parsed[2:] == [title.text, sales.text]


def test_a_sentence_listed_again_is_parsed_with_the_latest_list(monkeypatch):
    parsed: list[list[str]] = []
    real_parse = syntax_module._parse

    def recording_parse(nlp, sentences):
        parsed.append([s.text for s in sentences])
        return real_parse(nlp, sentences)

    monkeypatch.setattr(syntax_module, "_parse", recording_parse)
    text = "Maria Gonzalez heads the group. Acme bought Initech."
    title, deal = split_sentences(text)
    syntax = Syntax([title])
    syntax.add([title, deal])
    assert syntax.sentence_at(text.index("Acme")) is not None
    assert parsed == [[title.text, deal.text]]

