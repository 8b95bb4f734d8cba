"""Dependency parses made ahead, in the entity model's process, for the sentences the rules may ask about.

The model process and the rules process run side by side on two cores; the rules cost more per article
than the model, so the model's core idles while the rules parse the sentences their stages ask about
(``syntax.py``). A parse is a pure function of the sentence's text, so the model process can make it:
after an article's entities it parses a cheap superset of the sentences the rules would ask for (chosen
from the text and the entity spans alone) and ships them as plain data with the spans. The rules take a
shipped parse where one exists and parse the rest themselves, so facts are the same whichever process
parsed a sentence (``sentence_parses`` is the one place either parses).

The superset is a trade: a sentence shipped and never asked for costs the model's core a parse; one
asked for and not shipped costs the rules' core one. The cues are the stages' own (title words next to a
person, deal verbs and joiners, reporting verbs before a figure, figures in sentences naming two
organizations), loosened where a stage's test needs what only the rules know (organization mentions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.deal_named_parties import JOINER_CUES
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE
from pipelines.extraction.model_input import read_text
from pipelines.extraction.nlp import NerSpan
from pipelines.extraction.org_syntax import _VERB_WORD
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.syntax import MAX_PARSED_CHARS, SentenceParse, load_parser, sentence_parses
from pipelines.extraction.titles import TITLE_CUE

Preparsed = dict[str, SentenceParse]  # by sentence text, as ``syntax.Syntax`` takes them
_DIGIT = re.compile(r"\d")
_DEAL_CUES = (DEAL_VERB_CUE, *(cue for _, cue in JOINER_CUES))


def sentences_to_preparse(text: str, spans: Sequence[NerSpan]) -> list[str]:
    """Texts of the sentences of what the rules read of ``text`` that a rule stage may ask a parse of."""
    reading = read_text(text)
    if not reading.whole:
        spans = reading.spans_to_read(list(spans))
    chosen: dict[str, None] = {}  # ordered, each text once
    for sentence in split_sentences(reading.text):
        if len(sentence.text) <= MAX_PARSED_CHARS and _may_be_asked(sentence, spans):
            chosen.setdefault(sentence.text)
    return list(chosen)


def _may_be_asked(sentence: Sentence, spans: Sequence[NerSpan]) -> bool:
    inside = [label for start, end, label in spans if sentence.start <= start < sentence.end]
    text = sentence.text
    if "PERSON" in inside and TITLE_CUE.search(text):
        return True  # a title next to a person (people.py)
    if inside and any(cue.search(text) for cue in _DEAL_CUES):
        # organizations around a deal verb or joiner (deals, deal_named_parties): where the model tagged no
        # name at all the rules seldom find one (corpus sample: 2.1 of 14.1 sentences an article shipped and
        # never asked for left out, 0.01 an article asked for and parsed by the rules instead; gold 0.05)
        return True
    if not _DIGIT.search(text):
        return False
    verb = _VERB_WORD.search(text)
    if verb is not None and _DIGIT.search(text, verb.end()):
        return True  # a reporting verb before a figure (org_syntax.reporting_subjects)
    return inside.count("ORG") >= 2  # a figure where two organizations may own it (metrics' owner)


def preparse(
    texts: Sequence[str], spans: Sequence[Sequence[NerSpan]], model: str | None = None
) -> list[Preparsed]:
    """For each text, the parses of its sentences the rules may ask about, all texts' in one batch."""
    wanted = [sentences_to_preparse(text, found) for text, found in zip(texts, spans, strict=True)]
    flat = [sentence for sentences in wanted for sentence in sentences]
    parses = iter(sentence_parses(load_parser(model), flat) if flat else ())
    return [{sentence: next(parses) for sentence in sentences} for sentences in wanted]
