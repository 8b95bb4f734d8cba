"""Fixtures of the pure-function tests."""

import pytest


@pytest.fixture(scope="session")
def extractor():
    """The full extractor (NER model plus rules), loaded once for every test that needs it."""
    from pipelines.extraction.extract import Extractor

    return Extractor()


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
