"""A place the model tagged ORG once and GPE or LOC elsewhere in the same article ("Reporting by ... in
Almaty", "the Almaty-based broker"): where nothing but the model proposed it and the model reads the
same words as a place more often than as an organization, it is the place. Pure functions over the
model's spans; the entities package applies them before overlaps are resolved."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate, NerSpan

_PLACE_LABELS = frozenset(("GPE", "LOC"))
_MAX_WORDS = 2  # a longer span is a name's own ("Almaty Development Bank"), whatever the model says


def places_read_by_the_model(
    text: str, candidates: Sequence[Candidate], ner_spans: Sequence[NerSpan]
) -> list[Candidate]:
    """The candidates without the surfaces the model itself reads as places (see the module)."""
    places = Counter(text[s:e] for s, e, label in ner_spans if label in _PLACE_LABELS)
    if not places:
        return list(candidates)
    organizations = Counter(text[s:e] for s, e, label in ner_spans if label == "ORG")
    sources: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        sources[text[candidate.start : candidate.end]].add(candidate.source)
    dropped = {
        surface
        for surface, found_by in sources.items()
        if found_by == {"ner"}
        and len(surface.split()) <= _MAX_WORDS
        and not surface.isupper()  # an acronym ("BT") the model calls a place now and then is a company
        and places[surface] > organizations[surface]  # a tie is a brand the model is unsure of
    }
    return [c for c in candidates if text[c.start : c.end] not in dropped]
