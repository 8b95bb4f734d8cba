"""A learned last word on the organizations the rules found: keep or withdraw each one.

Rules tuned on one set of articles did not transfer to the next (products, services, places and
segments kept as organizations were the largest error on unseen sets), so the final keep/drop decision
is a small logistic regression over general features (``ranker_features``: model labels, legal form,
gazetteer, position, the words around each mention; never a name). It is trained by
``scripts/train_org_ranker.py`` on the gold sets and stored as a small JSON file of weights; nothing is
downloaded. The rules' candidates stay the input and the rules stay the fallback: with no weights file
every organization the rules found is kept. Whether it is switched on, and what it scored when left out
of training set by set, is in docs/ranker.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipelines.extraction.entities.ranker_features import FEATURE_NAMES, feature_rows
from pipelines.extraction.entities.records import NerSpan, OrganizationResult
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.stored_weights import check_features, load_weights, stored_model

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "org_ranker.json"


class RankerWeightsError(ValueError):
    """The weights file does not fit the features this code computes."""


@dataclass(frozen=True)
class OrgRanker:
    """Logistic regression weights, one per feature of ``FEATURE_NAMES``, and the keep threshold."""

    weights: tuple[float, ...]
    threshold: float
    enabled: bool = True

    def keep_probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [_sigmoid(sum(w * x for w, x in zip(self.weights, row, strict=True))) for row in rows]

    def rank(
        self, text: str, result: OrganizationResult, ner_spans: Sequence[NerSpan], gaz: Gazetteer
    ) -> OrganizationResult:
        """The rules' result with every organization the model would not keep withdrawn."""
        # Its features are shares of the model's labels over each mention: with no model spans at all
        # (the model did not run, or an extraction without it) they describe nothing it was trained on,
        # so the rules decide alone.
        if not self.enabled or not result.organizations or not ner_spans:
            return result
        rows = feature_rows(text, result.organizations, ner_spans, gaz)
        probabilities = self.keep_probabilities(rows)
        dropped = {org.key for org, p in zip(result.organizations, probabilities, strict=True)
                   if p < self.threshold}
        return result.without(dropped)

    def as_dict(self) -> dict:
        return {
            "features": list(FEATURE_NAMES),
            "weights": [round(w, 6) for w in self.weights],
            "threshold": self.threshold,
            "enabled": self.enabled,
        }


def ranker_from_dict(data: dict, source: str = "weights") -> OrgRanker:
    check_features(data, FEATURE_NAMES, source, RankerWeightsError, "scripts/train_org_ranker.py")
    return OrgRanker(tuple(float(w) for w in data["weights"]), float(data["threshold"]),
                     bool(data.get("enabled", True)))


def load_ranker(path: Path = WEIGHTS_PATH) -> OrgRanker | None:
    """The stored ranker, or None when there is no weights file (the rules alone decide)."""
    return load_weights(path, ranker_from_dict)


default_ranker = stored_model(WEIGHTS_PATH, ranker_from_dict)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


# A ranker chosen for a stretch of code (training reads the rules alone; leave-one-set-out scoring uses
# the weights of the fold that left the set out); otherwise the stored one.
_IN_USE: list[OrgRanker | None] = []


@contextmanager
def ranker_in_use(ranker: OrgRanker | None) -> Iterator[None]:
    """Within the block, ``current_ranker()`` is ``ranker`` (None: the rules alone decide)."""
    _IN_USE.append(ranker)
    try:
        yield
    finally:
        _IN_USE.pop()


def current_ranker() -> OrgRanker | None:
    return _IN_USE[-1] if _IN_USE else default_ranker()
