"""Articles taking turns and sharing parse rounds (pipelines/extraction/parse_rounds.py)."""

from __future__ import annotations

import pytest

from pipelines.extraction import parse_rounds, syntax
from pipelines.extraction.extract import facts_from_entities, facts_many
from pipelines.extraction.parse_rounds import ParseRounds, current_rounds


@pytest.fixture
def parse_calls(monkeypatch) -> list[list[str]]:
    """A stand-in parser: each text's "parse" names the text, and every call is recorded."""
    calls: list[list[str]] = []

    def fake_parses(nlp, texts):
        calls.append(list(texts))
        return [((0, len(text), text, 0, text.lower()),) for text in texts]

    monkeypatch.setattr(syntax, "sentence_parses", fake_parses)
    monkeypatch.setattr(syntax, "load_parser", lambda model=None: None)
    return calls


def _asking(*questions: list[str]):
    """An article's rules asking ``questions`` one after the other; returns the texts of the answers."""

    def rules() -> list[list[str]]:
        rounds = current_rounds(None)
        assert rounds is not None
        return [[parse[0][2] for parse in rounds.ask(question)] for question in questions]

    return rules


def test_each_article_gets_its_own_answers_and_the_questions_of_a_round_share_one_call(parse_calls):
    outcomes = ParseRounds().run([
        _asking(["a1", "a2"], ["a3"]),
        _asking(),
        _asking(["b1"], ["b2", "b3"], ["b4"]),
    ])
    assert [result for result, _seconds in outcomes] == [
        [["a1", "a2"], ["a3"]], [], [["b1"], ["b2", "b3"], ["b4"]]]
    # Three rounds (the most questions of one article), not five calls: the first two rounds are shared.
    assert parse_calls == [["a1", "a2", "b1"], ["a3", "b2", "b3"], ["b4"]]
    assert all(seconds >= 0 for _result, seconds in outcomes)


def test_an_article_that_raises_is_its_own_outcome_and_the_others_go_on(parse_calls):
    def breaks() -> None:
        current_rounds(None).ask(["x"])
        raise ValueError("a rule broke")

    (first, _), (second, _), (third, _) = ParseRounds().run([_asking(["a"]), breaks, _asking(["b"], ["c"])])
    assert first == [["a"]] and isinstance(second, ValueError) and third == [["b"], ["c"]]
    assert parse_calls == [["a", "x", "b"], ["c"]]


def test_outside_a_round_an_article_parses_alone(parse_calls):
    assert current_rounds(None) is None
    sentences = syntax.Syntax()._parse_now([syntax.Sentence("Hello", 0, 5)])
    assert [t.text for t in sentences[0].tokens] == ["Hello"] and parse_calls == [["Hello"]]


def test_groups_of_at_most_group_size(parse_calls, monkeypatch):
    monkeypatch.setattr(parse_rounds, "GROUP_SIZE", 2)
    outcomes = parse_rounds.run_grouped([_asking([str(n)]) for n in range(5)])
    assert [result for result, _ in outcomes] == [[[str(n)]] for n in range(5)]
    assert parse_calls == [["0", "1"], ["2", "3"], ["4"]]


TEXTS = (
    "Maria Gonzalez, chief executive of Northwind Labs, said revenue rose 5% to $2 billion. "
    "Northwind Labs agreed with Contoso Group to build a plant.",
    "Revenue at Fabrikam Inc rose 12% while Contoso Group said its sales fell 3%, chairman John Smith said.",
    "Nothing here needs a parse.",
)


def _spans(text: str) -> list[tuple[int, int, str]]:
    names = (("Maria Gonzalez", "PERSON"), ("John Smith", "PERSON"), ("Northwind Labs", "ORG"),
             ("Contoso Group", "ORG"), ("Fabrikam Inc", "ORG"))
    return sorted((i, i + len(name), label) for name, label in names
                  for i in [text.find(name)] if i >= 0)


def test_facts_of_articles_sharing_rounds_are_the_facts_of_each_alone():
    items = [(text, None, _spans(text)) for text in TEXTS]
    grouped = [facts for facts, _seconds in facts_many(items)]
    assert grouped == [facts_from_entities(text, None, spans) for text, _, spans in items]
    assert all(facts.rules_seconds > 0 for facts in grouped)
