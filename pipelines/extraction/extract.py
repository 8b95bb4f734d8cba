"""Orchestration: one article's clean text in, all of its facts out.

The spaCy model is loaded once per ``Extractor``; ``extract_many`` streams articles through
``nlp.pipe`` so a night's corpus is never held in memory as a list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.nlp import entities_many, load_model
from pipelines.extraction.people import find_people, organizations_named_like_people
from pipelines.extraction.quantities import find_quantities
from pipelines.extraction.sentences import split_sentences


class Extractor:
    """Holds the loaded model; ``extract`` and ``extract_many`` are safe to call repeatedly."""

    def __init__(self, model: str | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.nlp = load_model(model)
        self.gazetteer = gazetteer or default_gazetteer()

    def extract(self, text: str, published: date | None = None) -> ArticleFacts:
        return next(self.extract_many([(text, published)], batch_size=1))

    def extract_many(
        self,
        items: Iterable[tuple[str, date | None]],
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[ArticleFacts]:
        """Facts for each (clean_text, published) pair, in input order, streaming."""
        for text, published, spans in entities_many(self.nlp, items, batch_size, n_process):
            yield facts_from_entities(text, published, spans, self.gazetteer)


def facts_from_entities(
    text: str,
    published: date | None,
    entities: list[tuple[int, int, str]],
    gazetteer: Gazetteer | None = None,
) -> ArticleFacts:
    """Every rule-based stage, given the statistical entity spans (pure; no model needed)."""
    sentences = split_sentences(text)
    chrome = boilerplate_spans(text)
    organizations = find_organizations(text, entities, chrome, sentences, gazetteer)
    people = find_people(text, entities, organizations, chrome)
    impostors = organizations_named_like_people(people, organizations)
    if impostors:  # a name next to a title is a person even where a name pattern said organization
        organizations = organizations.without(impostors)
        people = find_people(text, entities, organizations, chrome)
    quantities = find_quantities(text)
    deals = find_deals(text, sentences, organizations, published, chrome)
    metrics = find_metrics(text, organizations.mentions, published, quantities)
    return ArticleFacts(
        organizations=organizations.organizations,
        people=people,
        deals=deals,
        metrics=metrics,
        quantities=quantities,
    )
