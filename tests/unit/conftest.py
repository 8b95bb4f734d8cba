"""Fixtures of the pure-function tests."""

import pytest


@pytest.fixture(scope="session")
def extractor():
    """The full extractor (NER model plus rules), loaded once for every test that needs it."""
    from pipelines.extraction.extract import Extractor

    return Extractor()
