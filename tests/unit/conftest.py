"""Fixtures of the pure-function tests."""

import pytest


class RankerOffExtractor:
    """An extractor whose every call runs with the learned organization ranker off, for that call only.

    These tests check a rule or cue on invented one- or two-sentence texts, where a single-mention name
    is not what the ranker learned from; it is measured on the gold sets (test_gold_set_scores.py, which
    must see it on: hence per call, never a session-wide switch) and by its own tests (test_org_ranker.py).
    """

    def __init__(self, extractor) -> None:
        self._extractor = extractor

    def __getattr__(self, name: str):
        from pipelines.extraction.entities.ranker import ranker_in_use

        attribute = getattr(self._extractor, name)
        if not callable(attribute):
            return attribute

        def without_ranker(*args, **kwargs):
            with ranker_in_use(None):
                return attribute(*args, **kwargs)

        return without_ranker


@pytest.fixture(scope="session")
def extractor():
    """The full extractor (NER model plus rules), loaded once for every test that needs it."""
    from pipelines.extraction.extract import Extractor

    return RankerOffExtractor(Extractor())


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
