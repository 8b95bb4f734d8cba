"""Dependency parses of the few sentences whose facts depend on grammar.

Who is a deal's party, which title belongs to whom: proximity guesses these, a parse reads them
(subject, object, apposition, copula, passive agent). Parsing a whole article would double the
model's time, so only sentences that may need it are candidates (a person's name next to a title
word; two organizations around a deal verb; a caller may add others, e.g. sentences with a
quantity), and a candidate is parsed only when a stage asks for it, i.e. where the word rules alone
did not decide. The parse runs in the rule
stage on plain sentence texts, the same way whether the NER model runs in a worker or in-process,
so facts never depend on where the model ran.

Everything returned is plain data (offsets into the article's clean text), so a stage reads the
parse without spaCy: ``ParsedSentence.tokens[i].head`` is an index into the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.sentences import Sentence

# The parser needs only its own inputs: the shared token-to-vector layer and the parser itself.
_PARSE_ONLY_EXCLUDED = ("tagger", "attribute_ruler", "lemmatizer", "ner", "senter", "morphologizer")
# A sentence longer than this is a table or a run-on list, never one clause worth parsing.
MAX_PARSED_CHARS = 600
# A sentence's parse as plain data, offsets within the sentence: per token (offset, length, dependency
# label, head index, lower-cased text).
SentenceParse = tuple[tuple[int, int, str, int, str], ...]


@dataclass(frozen=True)
class ParsedToken:
    start: int   # offsets into the article's clean text
    end: int
    text: str
    dep: str     # spaCy's dependency label: nsubj, dobj, pobj, appos, attr, agent, conj, ...
    head: int    # index of the head token within the sentence (itself for the root)
    lower: str


@dataclass(frozen=True)
class ParsedSentence:
    start: int
    end: int
    tokens: tuple[ParsedToken, ...]

    def token_at(self, start: int, end: int) -> int | None:
        """Index of the head token of the span [start, end): the token whose head lies outside it."""
        inside = [i for i, t in enumerate(self.tokens) if start <= t.start and t.end <= end]
        for index in inside:
            head = self.tokens[index].head
            if head == index or not start <= self.tokens[head].start < end:
                return index
        return None

    def children(self, index: int) -> Iterator[int]:
        return (i for i, t in enumerate(self.tokens) if t.head == index and i != index)

    def ancestors(self, index: int) -> Iterator[int]:
        seen = {index}
        while (head := self.tokens[index].head) not in seen:
            seen.add(head)
            yield head
            index = head


class Syntax:
    """The parses of one article's sentences that may need one, parsed the first time a stage asks
    for one of them (``sentence_at``): then every candidate of the same ``add`` (the stage's own list)
    not parsed yet is parsed in one batch, and each parse is handed out (joins ``sentences``) when a
    stage asks for it. An article whose stages never ask is never parsed.

    A stage that wants more sentences parsable (e.g. those holding a quantity) adds them with
    ``add``; ``sentences`` lists the parses made so far, in text order.
    """

    def __init__(
        self, candidates: Sequence[Sentence] = (), model: str | None = None, *, ahead: bool = True
    ) -> None:
        self._model = model
        self._candidates: dict[int, Sentence] = {}
        self._starts: list[int] = []
        self._parsed: dict[int, ParsedSentence] = {}
        # Parses made ahead of a stage's question (see sentence_at); they join _parsed when asked for.
        self._ready: dict[int, ParsedSentence] = {}
        # Which ``add`` last listed each candidate (by start): a question parses that list's pending
        # sentences, not every stage's. A stage asks for nearly all of its own list, while the title
        # candidates no stage asked about (the rules decided) were 18% of all parses when they rode
        # along in a later stage's batch.
        self._group: dict[int, int] = {}
        self._groups = 0
        # Groups whose sentences are parsed one at a time, as asked (see ``add``'s ``ahead``).
        self._asked_only: set[int] = set()
        self.add(candidates, ahead=ahead)

    def add(self, candidates: Iterable[Sentence], *, ahead: bool = True) -> None:
        """Makes ``candidates`` parsable, as one group. With ``ahead`` (a stage that asks about nearly
        all of its list), the first question parses the group's pending sentences in one batch; without
        it (a stage whose word rules decide most of its list: the title words' sentences, where 143 of
        354 batched parses were asked for, the deal sentences, 88 of 221), only the sentence asked about
        is parsed: a batch is cheaper per sentence, but not by the 2.5x of parses nobody reads."""
        self._groups += 1
        if not ahead:
            self._asked_only.add(self._groups)
        for sentence in candidates:
            if len(sentence.text) <= MAX_PARSED_CHARS:
                self._candidates.setdefault(sentence.start, sentence)
                self._group[sentence.start] = self._groups
        self._starts = sorted(self._candidates)

    def sentence_at(self, position: int) -> ParsedSentence | None:
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        sentence = self._candidates[self._starts[index]]
        if not sentence.start <= position < sentence.end:
            return None
        if sentence.start not in self._parsed:
            if sentence.start not in self._ready and self._group[sentence.start] in self._asked_only:
                self._ready.update((p.start, p) for p in self._parse_now([sentence]))
            elif sentence.start not in self._ready:
                self._parse_pending(self._group[sentence.start])
            self._parsed[sentence.start] = self._ready.pop(sentence.start)
        return self._parsed[sentence.start]

    def _parse_pending(self, group: int) -> None:
        """Parse every candidate of ``group`` not parsed yet, in one batch: a stage asks for nearly every
        sentence of its own list, and a batch costs about half as much per sentence as one sentence at a
        time, with the same parses (each document is parsed on its own either way)."""
        todo = [
            s for start, s in sorted(self._candidates.items())
            if self._group[start] == group and start not in self._parsed and start not in self._ready
        ]
        for parsed in self._parse_now(todo):
            self._ready[parsed.start] = parsed

    def parse(self, sentences: Sequence[Sentence]) -> list[ParsedSentence]:
        """Parses of ``sentences`` (those short enough), the unparsed ones in one batch. They join the
        article's parses, so a stage that later makes one a candidate reuses it, but they do not become
        candidates: ``sentence_at`` still answers only for the sentences the stages asked to be parsable."""
        fit = [s for s in sentences if len(s.text) <= MAX_PARSED_CHARS]
        for s in fit:
            if s.start in self._ready:
                self._parsed[s.start] = self._ready.pop(s.start)
        todo = [s for s in fit if s.start not in self._parsed]
        for parsed in self._parse_now(todo):
            self._parsed[parsed.start] = parsed
        return [self._parsed[s.start] for s in fit]

    def parse_all(self) -> None:
        """Parse every candidate now, in one batch (cheaper per sentence than one at a time)."""
        self._parsed.update(self._ready)
        self._ready.clear()
        todo = [s for start, s in sorted(self._candidates.items()) if start not in self._parsed]
        for parsed in self._parse_now(todo):
            self._parsed[parsed.start] = parsed

    def _parse_now(self, todo: Sequence[Sentence]) -> list[ParsedSentence]:
        """Parses of ``todo``, in one batch."""
        return _parse(load_parser(self._model), todo) if todo else []

    @property
    def sentences(self) -> tuple[ParsedSentence, ...]:
        return tuple(self._parsed[start] for start in sorted(self._parsed))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Syntax):
            return NotImplemented
        return self._starts == other._starts and self._parsed == other._parsed

    __hash__ = None  # mutable: parses are added as stages ask


def sentences_needing_parse(
    sentences: Sequence[Sentence], cues: Iterable[re.Pattern[str]]
) -> list[Sentence]:
    """The sentences in which any cue matches (deal triggers, title words, ...), short enough to parse."""
    cues = tuple(cues)
    return [
        s for s in sentences if len(s.text) <= MAX_PARSED_CHARS and any(c.search(s.text) for c in cues)
    ]


def parse_sentences(sentences: Sequence[Sentence], model: str | None = None) -> Syntax:
    """Every given sentence parsed at once."""
    syntax = Syntax(sentences, model)
    syntax.parse_all()
    return syntax


def _parse(nlp, sentences: Sequence[Sentence]) -> list[ParsedSentence]:
    parses = sentence_parses(nlp, [s.text for s in sentences])
    return [_placed(s, parse) for s, parse in zip(sentences, parses, strict=True)]


def sentence_parses(nlp, texts: Sequence[str]) -> list[SentenceParse]:
    """Each text parsed as a document of its own (one ``nlp.pipe`` batch), as plain data."""
    return [
        tuple((token.idx, len(token.text), token.dep_, token.head.i, token.lower_) for token in doc)
        for doc in nlp.pipe(texts)
    ]


def _placed(sentence: Sentence, parse: SentenceParse) -> ParsedSentence:
    """A sentence's parse with its tokens at their offsets in the article (``token.text`` is the
    sentence's own characters at ``token.idx``, so the text is cut from the sentence, not shipped)."""
    start, text = sentence.start, sentence.text
    tokens = tuple(
        ParsedToken(start=start + idx, end=start + idx + length, text=text[idx : idx + length], dep=dep,
                    head=head, lower=lower)
        for idx, length, dep, head, lower in parse
    )
    return ParsedSentence(sentence.start, sentence.end, tokens)


@lru_cache(maxsize=2)
def load_parser(name: str | None = None):  # -> spacy.language.Language (import kept lazy)
    import spacy

    from pipelines.extraction.nlp import model_name

    name = name or model_name()
    try:
        return spacy.load(name, exclude=list(_PARSE_ONLY_EXCLUDED))
    except OSError as error:  # never download: a missing model is a configuration error
        raise RuntimeError(f"spaCy model {name!r} is not installed") from error
