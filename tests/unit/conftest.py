"""Fixtures of the pure-function tests."""

import pytest


@pytest.fixture(scope="session")
def extractor():
    """The full extractor (NER model plus rules), loaded once for every test that needs it.

    The learned organization ranker is off here: these tests check a rule or cue on invented one- or
    two-sentence texts, where a single-mention name is not what the ranker learned from; it is measured
    on the gold sets (test_gold_set_scores.py) and by its own tests (test_org_ranker.py).
    """
    from pipelines.extraction.entities.ranker import ranker_in_use
    from pipelines.extraction.extract import Extractor

    with ranker_in_use(None):
        yield Extractor()


@pytest.fixture
def parsed_sentences(monkeypatch) -> list[str]:
    """The text of every sentence the rules hand the dependency parser during the test, in order."""
    from pipelines.extraction import syntax as syntax_module

    parsed: list[str] = []
    real_parse = syntax_module._parse

    def recording_parse(nlp, sentences):
        parsed.extend(s.text for s in sentences)
        return real_parse(nlp, sentences)

    monkeypatch.setattr(syntax_module, "_parse", recording_parse)
    return parsed
