"""Speed helpers that must not change a fact: the parse asked for by one stage does not parse another
stage's unasked candidates, nor, for a list added without ``ahead``, its own (syntax.py), and the alias
test of a name's first word is the regular expression it replaces (entities/merging.py ``written_alone``)."""

from __future__ import annotations

import random
import re

from pipelines.extraction import syntax as syntax_module
from pipelines.extraction.entities.merging import written_alone
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax
from pipelines.letters import LETTER


def test_a_stage_question_parses_only_its_own_pending_candidates(parsed_sentences):
    parsed = parsed_sentences
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


def test_a_list_added_without_ahead_parses_only_the_sentence_asked_about(parsed_sentences):
    parsed = parsed_sentences
    text = "Maria Gonzalez heads the group. Sales rose. Acme bought Initech. Umbrella sold a unit."
    title, sales, deal, other = split_sentences(text)
    syntax = Syntax([title, sales], ahead=False)  # the title words' list: their rules decide most of it
    syntax.add([deal, other], ahead=False)  # the deal sentences: a trigger decides most of them
    asked = syntax.sentence_at(text.index("Acme"))
    assert asked is not None and (asked.start, asked.end) == (deal.start, deal.end)
    assert parsed == [deal.text]
    assert syntax.sentence_at(text.index("Maria")) is not None
    assert parsed == [deal.text, title.text]  # the others of either list are never parsed
    assert [s.start for s in syntax.sentences] == [title.start, deal.start]


def test_a_sentence_of_an_asked_only_list_listed_again_ahead_rides_the_later_batch(parsed_sentences):
    parsed = parsed_sentences
    text = "Maria Gonzalez heads the group. Acme bought Initech. Umbrella sold a unit."
    title, deal, other = split_sentences(text)
    syntax = Syntax([title, deal], ahead=False)
    syntax.add([deal, other])  # a stage that asks about nearly all of its list
    assert syntax.sentence_at(text.index("Umbrella")) is not None
    assert parsed == [deal.text, other.text]
    assert syntax.sentence_at(text.index("Acme")) is not None and len(parsed) == 2  # parsed ahead, kept


def test_the_pipeline_parses_a_title_sentence_only_when_a_stage_asks(parsed_sentences):
    from pipelines.extraction.extract import organization_inputs

    text = "Maria Gonzalez is the chief executive of Acme. Tom Lee, the chief financial officer, left."
    entities = [(0, 14, "PERSON"), (47, 54, "PERSON")]
    syntax = organization_inputs(text, entities).syntax
    first, second = split_sentences(text)
    assert parsed_sentences == []  # listed, not parsed
    assert syntax.sentence_at(second.start) is not None
    assert parsed_sentences == [second.text]


def _old_alias_search(text: str, short: str, next_word: str) -> bool:
    pattern = rf"(?<![\w&-]){re.escape(short)}(?![\w&]|-{LETTER}|\s+{re.escape(next_word)})"
    return re.search(pattern, text) is not None


def test_written_alone_is_the_regular_expression_it_replaces():
    rng = random.Random(11)
    pieces = ["Acme", "Inc", "Acme-1", "Acme-x", "-", "&", " ", "  ", "\n", "\t", "\u00a0", ".", ",", "a",
              "_", "é", "Ltd", "Acm", "eInc", "Acme&", "9"]
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for short, next_word in (("Acme", "Inc"), ("Acme", "Ltd"), ("Acm", "e")):
            assert written_alone(text, short, next_word) == _old_alias_search(text, short, next_word), (
                text, short, next_word)
            checked += 1
    assert checked == 60_000


def test_written_alone_examples():
    assert written_alone("Poshmark said on Monday", "Poshmark", "Inc")
    assert not written_alone("Poshmark Inc said", "Poshmark", "Inc")
    assert not written_alone("non-Poshmark goods", "Poshmark", "Inc")
    assert not written_alone("Poshmark-branded", "Poshmark", "Inc")
    assert written_alone("Poshmark Inc and later Poshmark-1 plan", "Poshmark", "Inc")


def test_a_long_text_is_read_once_and_its_dict_answer_is_a_copy():
    from pipelines.extraction import quantities

    calls: list[str] = []

    def read(text: str) -> dict[str, int]:
        calls.append(text)
        return {"chars": len(text)}

    remembered = quantities._answered_once_per_long_text(read)
    long_text, other = "a" * 5_000, "b" * 5_000
    first = remembered(long_text)
    first["chars"] = 0  # a caller changing its answer changes no one else's
    assert remembered(long_text) == {"chars": 5_000} and calls == [long_text]
    assert remembered(other) == {"chars": 5_000} and remembered(long_text) == {"chars": 5_000}
    assert calls == [long_text, other, long_text]  # one text kept: memory stays flat
    remembered("short"), remembered("short")
    assert calls[-2:] == ["short", "short"]  # short texts are not kept here (find_quantities caches them)
    assert quantities.bare_dollar_currency.__name__ == "bare_dollar_currency"  # read by name in meaning()


def test_remembered_currency_answers_are_the_plain_ones():
    from pipelines.extraction import quantities

    text = ("Velorix (ASX: VLX) sold lithium at US$900 a tonne; revenue fell to $769 million. " * 40)
    for _ in range(2):
        assert quantities.bare_dollar_currency(text) == quantities.bare_dollar_currency.__wrapped__(text)
        assert quantities.mark_currencies(text) == quantities.mark_currencies.__wrapped__(text)
