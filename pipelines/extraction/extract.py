"""Orchestration: one article's clean text in, all of its facts out.

The spaCy model is loaded once per ``Extractor``; ``extract_many`` streams articles through
``nlp.pipe`` so a night's corpus is never held in memory as a list. With a ``NerWorker`` the model
runs in a process of its own: ``start_many`` hands it a batch at once and returns a function that
yields the batch's facts. Two threads of this process (``SerialLane``) carry every batch on: one hands
it to the model and reads its spans, the other hands the spans to the rules the moment they are in, so
the rules of batch k, the model on batch k+1 and the caller storing batch k-1 all run at once (before,
the rules of a batch waited for the caller to ask, after it had stored the batch before: a core idled
for the length of each store and of each batch's tail). With a ``RulesWorker`` the rules run in a
killable process of their own, each article within its time budget; the facts function then yields
``OverBudget`` or ``RulesFailed`` for an article it had to stop or that failed, in that article's place.
"""

from __future__ import annotations

import queue
import threading
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, wait
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipelines.extraction.deal_named_parties import named_by_no_title, with_deal_parties
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE
from pipelines.extraction.deals import find_deals
from pipelines.extraction.entities import (
    OrganizationResult,
    boilerplate_spans,
    find_organizations,
    inside_any,
)
from pipelines.extraction.entities.vocabulary import MONTHS_DAYS
from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.issuer_names import with_top_line_issuer
from pipelines.extraction.metrics.owner_model import OwnerContext, second_opinion_owners
from pipelines.extraction.metrics.sequential_rates import sequential_quarter_rates
from pipelines.extraction.metrics.unit_results import part_period_contributions, units_own_results
from pipelines.extraction.model import ArticleFacts, PersonFact
from pipelines.extraction.model_input import read_text
from pipelines.extraction.ner_worker import NerWorker
from pipelines.extraction.nlp import entities_many, load_model, model_name
from pipelines.extraction.org_figureless_units import without_figureless_segments
from pipelines.extraction.org_segment_tables import unit_row_spans
from pipelines.extraction.org_syntax import reporting_subjects
from pipelines.extraction.people import find_people, organizations_named_like_people
from pipelines.extraction.quantities import Quantity, find_quantities
from pipelines.extraction.rules_worker import OverBudget, RulesFailed, RulesInput, RulesPool, RulesWorker
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.syntax import Syntax, sentences_needing_parse
from pipelines.extraction.titles import TITLE_CUE

Outcome = ArticleFacts | OverBudget | RulesFailed
StartedFacts = Callable[[], Iterator[Outcome]]


class Extractor:
    """Holds the loaded model; ``extract`` and ``extract_many`` are safe to call repeatedly."""

    def __init__(
        self,
        model: str | None = None,
        gazetteer: Gazetteer | None = None,
        ner_worker: NerWorker | None = None,
        rules_worker: RulesWorker | RulesPool | None = None,
    ) -> None:
        self.model_name = model or model_name()
        self.gazetteer = gazetteer or default_gazetteer()
        self.ner_worker = ner_worker
        self.rules_worker = rules_worker
        # With a worker, this process needs the model only for extract_many: loaded on first use then.
        self._nlp = None if ner_worker else load_model(self.model_name)
        self._model_lane: SerialLane | None = None  # started with the first batch (start_many)
        self._rules_lane: SerialLane | None = None
        self._last_facts: Future | None = None  # the rules' outcomes of the batch started last
        # Seconds the rules waited for the model's spans, and the caller (storage) for the rules' facts.
        self.rules_waited_s = 0.0
        self.caller_waited_s = 0.0

    @property
    def nlp(self):  # -> spacy.language.Language
        if self._nlp is None:
            self._nlp = load_model(self.model_name)
        return self._nlp

    def extract(self, text: str, published: date | None = None) -> ArticleFacts:
        """One article's facts; raises ``OverBudget`` or ``RulesFailed`` where the batch would yield it."""
        outcome = next(self.start_many([(text, published)], batch_size=1)())
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def start_many(
        self, items: Sequence[tuple[str, date | None]], batch_size: int = 32, n_process: int = 1
    ) -> StartedFacts:
        """Start the model on a batch now; the returned function yields its facts.

        With a worker the batch goes through two threads of this process from this call on: one hands it
        to the model's process and reads its spans, the other hands those to the rules. So the rules start
        on a batch once they are done with the batch before and the model with this one, whatever the
        caller is doing meanwhile (storing the batch before), and the model reads the next batch while the
        rules work. Without a worker nothing happens until the function is called (then ``extract_many``).
        """
        items = list(items)
        worker = self.ner_worker
        if worker is None:
            return lambda: self.extract_many(items, batch_size, n_process)
        model_lane, rules_lane = self._lanes()
        # One thread talks to the model's process, so batches reach it, and come back, in order.
        submitted = model_lane.submit(worker.submit, [text for text, _ in items])
        # The spans are read (and each article's model budget starts ticking) once the rules are done
        # with the batch before, when they want them: as late as before, so a loaded machine stops no
        # article the earlier order did not (read at once, the first article's budget would also cover
        # the model's whole first pass over the batch).
        previous = self._last_facts
        spans = model_lane.submit(lambda: worker.result(_after(previous, submitted).result()))
        facts = rules_lane.submit(lambda: self._facts_of(items, self._waited(spans, "rules_waited_s")))
        self._last_facts = facts
        return lambda: iter(self._waited(facts, "caller_waited_s"))

    def _waited(self, future: Future, counter: str) -> Any:
        """The future's result; the time blocked on it added to ``counter`` (where the idle time is)."""
        started = time.perf_counter()
        try:
            return future.result()
        finally:
            setattr(self, counter, getattr(self, counter) + time.perf_counter() - started)

    def _lanes(self) -> tuple[SerialLane, SerialLane]:
        if self._model_lane is None or self._rules_lane is None:
            self._model_lane = SerialLane("dealwire-model-lane")
            self._rules_lane = SerialLane("dealwire-rules-lane")
        return self._model_lane, self._rules_lane

    def _facts_of(self, items: list[tuple[str, date | None]], spans: list[Any]) -> list[Outcome]:
        """Each article's outcome: the rules' facts, or why the model has none for it (stopped, failed)."""
        read = [
            (text, published, found)
            for (text, published), found in zip(items, spans, strict=True)
            if not isinstance(found, Exception)
        ]
        ruled = self._rules(read)
        return [found if isinstance(found, Exception) else next(ruled) for found in spans]

    def _rules(self, items: Sequence[RulesInput]) -> Iterator[Outcome]:
        if self.rules_worker is not None:
            yield from self.rules_worker.run(items)
            return
        for text, published, spans in items:
            started = time.perf_counter()
            facts = facts_from_entities(text, published, spans, self.gazetteer)
            facts.rules_seconds = time.perf_counter() - started
            yield facts

    def extract_many(
        self,
        items: Iterable[tuple[str, date | None]],
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Outcome]:
        """Facts for each (clean_text, published) pair, in input order, streaming."""
        for text, published, spans in entities_many(self.nlp, items, batch_size, n_process):
            yield from self._rules([(text, published, spans)])


def _after(previous: Future | None, then: Future) -> Future:
    """``then``, once ``previous`` is done (whether it succeeded or not)."""
    if previous is not None:
        wait([previous])
    return then


class SerialLane:
    """A daemon thread running the calls handed to it one after the other, in order; each call's result
    (or exception) comes back through a ``Future``. Daemon: a run that stops with a call still waiting on
    a worker's pipe must not hang its process at exit."""

    def __init__(self, name: str) -> None:
        self._calls: queue.SimpleQueue[tuple[Future, Callable[[], Any]]] = queue.SimpleQueue()
        threading.Thread(target=self._serve, name=name, daemon=True).start()

    def submit(self, call: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        self._calls.put((future, lambda: call(*args)))
        return future

    def _serve(self) -> None:
        while True:
            future, call = self._calls.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the future
                future.set_exception(exc)


def facts_from_entities(
    text: str,
    published: date | None,
    entities: list[tuple[int, int, str]],
    gazetteer: Gazetteer | None = None,
) -> ArticleFacts:
    """Every rule-based stage on what the extractor reads of ``text`` (``model_input.read_text``: its
    prose, not lists, tables or runs, up to a cap), given the statistical entity spans; every offset is
    the article's. ``unread_chars`` says how much of the article was left unread."""
    reading = read_text(text)
    if reading.whole:
        return rule_stages(text, published, entities, gazetteer)
    facts = rule_stages(reading.text, published, reading.spans_to_read(entities), gazetteer)
    return reading.facts_to_article(facts, text)


def rule_stages(
    text: str,
    published: date | None,
    entities: list[tuple[int, int, str]],
    gazetteer: Gazetteer | None = None,
) -> ArticleFacts:
    """Every rule-based stage on the whole of ``text``. The only model work here is the dependency parse
    of the few sentences that need one (``syntax.py``), done the same way whichever process ran the
    entity model."""
    inputs = organization_inputs(text, entities, gazetteer)
    sentences, chrome, syntax = inputs.sentences, inputs.chrome, inputs.syntax
    quantities, gaz = inputs.quantities, inputs.gazetteer
    organizations = pipeline_organizations(text, entities, inputs)
    people, impostors = people_and_impostors(text, entities, organizations, inputs)
    if impostors:  # a name next to a title is a person even where a name pattern said organization
        organizations = organizations.without(impostors)
        people = find_people(text, entities, organizations, chrome, syntax)
    story = [s for s in sentences if not inside_any(s.start, s.end, chrome)]
    named = [p.name for p in people]
    untitled = named_by_no_title(people)  # no title, or a deal's role alone ("its partner B")
    organizations = with_deal_parties(  # "Lupin signed ... with B": a name the deal's grammar proposes
        text, story, entities, organizations, syntax, gaz, named, untitled
    )
    if untitled:  # "Its partner is B": a name found as a person by its label alone, a party's now
        parties = {o.name for o in organizations.organizations}
        people = [p for p in people if p.name not in untitled or p.name not in parties]
    syntax.add(_deal_sentences(sentences, organizations), ahead=False)  # a trigger decides most of them
    deals = find_deals(text, sentences, organizations, published, chrome, syntax)
    # a release's issuer its top line names by its registered name, where the entity model read none
    organizations = with_top_line_issuer(text, organizations)
    metrics = find_metrics(text, organizations.mentions, published, quantities, syntax)
    metrics = second_opinion_owners(  # a learned ranker may re-own a figure (off without its weights)
        OwnerContext(text, sentences, organizations.organizations, organizations.mentions, deals, syntax),
        metrics,
    )
    metrics = units_own_results(text, metrics, organizations.mentions, quantities)  # after the owners settle
    metrics = part_period_contributions(text, metrics, quantities)
    metrics = sequential_quarter_rates(text, metrics, quantities)  # once each figure's period is read
    # "as part of Velorix's Pro segment": a part named only as one, with no figure, is no organization
    organizations = without_figureless_segments(text, organizations, metrics, deals, people, quantities)
    return ArticleFacts(
        organizations=organizations.organizations,
        people=people,
        deals=deals,
        metrics=metrics,
        quantities=quantities,
    )


@dataclass(frozen=True)
class OrganizationInputs:
    """What ``rule_stages`` reads before it asks for the organizations, and hands ``find_organizations``."""

    sentences: list[Sentence]
    chrome: list[tuple[int, int]]
    syntax: Syntax
    quantities: list[Quantity]
    gazetteer: Gazetteer
    subjects: list[tuple[int, int]]
    units: list[tuple[int, int]]
    org_chrome: list[tuple[int, int]]


def organization_inputs(
    text: str, entities: list[tuple[int, int, str]], gazetteer: Gazetteer | None = None
) -> OrganizationInputs:
    """The sentences, chrome, parse, quantities, reporting subjects and unit rows of ``text``."""
    sentences = split_sentences(text)
    chrome = boilerplate_spans(text)
    # parsed one by one where a stage asks: the title words' rules decide most of these sentences
    syntax = Syntax(_sentences_to_parse(sentences, entities, chrome), ahead=False)
    quantities = find_quantities(text)
    gaz = gazetteer or default_gazetteer()
    subjects = reporting_subjects(
        text, sentences, entities, quantities, chrome, gaz.places | MONTHS_DAYS, syntax
    )
    # "Lattice | 1,041" under "Sales by division": a unit's row, content even though a pipe line is chrome
    units = unit_row_spans(text, gaz.places)
    org_chrome = [c for c in chrome if not any(c[0] <= s < c[1] for s, _e in units)] if units else chrome
    return OrganizationInputs(sentences, chrome, syntax, quantities, gaz, subjects, units, org_chrome)


def pipeline_organizations(
    text: str, entities: list[tuple[int, int, str]], inputs: OrganizationInputs
) -> OrganizationResult:
    """``find_organizations`` as the pipeline calls it (its last step is the ranker, when one is in use).
    The ranker's trainer reads its examples through this same call (``ranker_view``), so the candidates
    it learns from are the ones it judges in service."""
    return find_organizations(
        text, entities, inputs.org_chrome, inputs.sentences, inputs.gazetteer, inputs.subjects, inputs.units
    )


def people_and_impostors(
    text: str,
    entities: list[tuple[int, int, str]],
    organizations: OrganizationResult,
    inputs: OrganizationInputs,
) -> tuple[list[PersonFact], set[str]]:
    """The people, and the keys of organizations the pipeline withdraws as people named by a title."""
    people = find_people(text, entities, organizations, inputs.chrome, inputs.syntax)
    return people, organizations_named_like_people(people, organizations)


def _deal_sentences(sentences: list[Sentence], organizations: OrganizationResult) -> list[Sentence]:
    """Sentences naming two organizations around a deal verb: the parse reads them where no trigger did."""
    starts = sorted(m.start for m in organizations.mentions)
    with_two = [s for s in sentences if _count_between(starts, s.start, s.end) >= 2]
    return sentences_needing_parse(with_two, [DEAL_VERB_CUE])


def _sentences_to_parse(
    sentences: list[Sentence], entities: list[tuple[int, int, str]], chrome: list[tuple[int, int]]
) -> list[Sentence]:
    """Sentences naming a person next to a title word: the parse decides whose title it is."""
    people = sorted(start for start, _end, label in entities if label == "PERSON")
    with_person = [
        s
        for s in sentences
        if _count_between(people, s.start, s.end) and not inside_any(s.start, s.end, chrome)
    ]
    return sentences_needing_parse(with_person, [TITLE_CUE])


def _count_between(sorted_positions: list[int], start: int, end: int) -> int:
    # Bisection, not a scan per sentence: a long text has thousands of sentences and mentions.
    return bisect_left(sorted_positions, end) - bisect_left(sorted_positions, start)
