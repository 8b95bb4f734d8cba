"""Fixtures of the pure-function tests."""

import pytest

# Modules that must see the learned organization ranker as it runs in service: the gold-set score tests
# (their thresholds were measured with it) and the ranker's own tests.
RANKER_ON_MODULES = ("test_gold_set_scores", "test_extraction_scores", "test_org_ranker",
                     "test_org_ranker_context_features")


@pytest.fixture(autouse=True)
def rules_without_the_ranker(request):
    """Each rule test runs with the learned organization ranker off, for that test only.

    These tests check a rule or cue on invented one- or two-sentence texts, where a single-mention name is
    not what the ranker learned from; it is measured on the gold sets and by its own tests. Per test, never
    a session-wide switch: one leaked into the gold-set score tests once.
    """
    if request.module.__name__.rsplit(".", 1)[-1] in RANKER_ON_MODULES:
        yield
        return
    from pipelines.extraction.entities.ranker import ranker_in_use

    with ranker_in_use(None):
        yield


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
