"""A learned second opinion on a figure's metric name: a small multinomial logistic regression.

The rules name a figure from cue tables (naming.py); each round of cues fixed the wording it was written
for and transferred little. This model reads general features of the figure's own phrase (the words just
before and after it in its clause, its unit kind, the rules' own name, which cue families of cues.py and
vocabulary.py hit; never an organization's name) and may replace the rules' name when it is confident
by a margin, only among the names seen for that unit kind. It is trained by
``scripts/train_metric_names.py`` on the gold sets and stored as a small JSON file of weights; nothing is
downloaded. With no weights file, or one marked ``enabled: false``, the rules' name stands: the model is
switched on only when it beat the rules with every set left out of its training in turn (the script
prints that table; docs/metric_name_model.md keeps it).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.vocabulary import (
    _CLOUD,
    _CLOUD_ORG,
    _OTHER_FIGURE,
    _REVENUE_WORD,
    _SEGMENT,
    _TOTAL,
)
from pipelines.extraction.model import OrgMention

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "metric_names.json"

# The feature families this code computes; a weights file trained on other families is refused.
FEATURE_FAMILIES = (
    "bias", "rule", "kind", "rule_kind", "left1", "left2", "left_words", "right1", "right_words",
    "scope", "cloud_near", "cloud_owner", "segment_near", "total_near", "measure_before", "measure_after",
    "owner_place", "label_line",
)
_LEFT_WORDS = 8    # words of the clause before the figure read as a bag
_RIGHT_WORDS = 5   # words after it, up to the clause's end
_WORD = re.compile(r"[a-z][a-z'’-]*|\d+|[%$€£¥]")
_SENTENCE_END = re.compile(r"[.!?]\s")
_MEASURE_AFTER = "measure_after="  # a measure noun right after the figure: the rules read it directly
_MEASURE_BEFORE_CHARS = 150   # the measure a figure is of is named within its sentence, before it


class NameModelWeightsError(ValueError):
    """The weights file does not fit the features this code computes."""


def unit_kind(unit: str) -> str:
    """money (an ISO code), percent, count or ratio."""
    return unit if unit in ("percent", "count", "ratio") else "money"


def _words(text: str) -> list[str]:
    return ["0" if w.isdigit() else w for w in _WORD.findall(text.lower())]


def name_features(
    text: str, clause_start: int, clause_end: int, start: int, end: int, unit: str, rule_name: str,
    org: OrgMention | None = None,
) -> list[str]:
    """The figure's features as strings ("family=value"); ``text[start:end]`` is the figure, its clause
    ``text[clause_start:clause_end]``."""
    kind = unit_kind(unit)
    before = text[max(clause_start, start - 200) : start]
    after = text[end : max(end, min(clause_end, end + 60))]
    left, right = _words(before), _words(after)
    feats = ["bias", f"rule={rule_name}", f"kind={kind}", f"rule_kind={rule_name}|{kind}"]
    if left:
        feats.append(f"left1={left[-1]}")
    if len(left) > 1:
        feats.append(f"left2={left[-2]}")
    feats += sorted({f"left_words={w}" for w in left[-_LEFT_WORDS:]})
    if right:
        feats.append(f"right1={right[0]}")
    feats += sorted({f"right_words={w}" for w in right[:_RIGHT_WORDS]})
    scope = C.narrower_scope(before[-70:], text[clause_start:clause_end], after)
    if scope:
        feats.append(f"scope={scope}")
    if _CLOUD.search(before[-60:]):
        feats.append("cloud_near")
    if org is not None and _CLOUD_ORG.search(org.name):
        feats.append("cloud_owner")
    if _SEGMENT.search(before[-60:]):
        feats.append("segment_near")
    if _TOTAL.search(before):
        feats.append("total_near")
    return feats + _measure_features(text, start, after) + _owner_features(text, clause_start, start, org)


def _measure_features(text: str, start: int, after: str) -> list[str]:
    """The measure noun named last before the figure in its sentence ("net profit rose 12% ..."), and the
    one named right after it ("a 12% rise in net profit"), from the shared measure vocabularies."""
    sentence = _SENTENCE_END.split(text[max(0, start - _MEASURE_BEFORE_CHARS) : start])[-1]
    nouns = sorted([*_REVENUE_WORD.finditer(sentence), *_OTHER_FIGURE.finditer(sentence)],
                   key=lambda m: m.end())
    feats = [f"measure_before={' '.join(_words(nouns[-1].group()))}"] if nouns else ["measure_before=none"]
    following = [*_REVENUE_WORD.finditer(after), *_OTHER_FIGURE.finditer(after)]
    if following:
        first = min(following, key=lambda m: m.start())
        feats.append(f"{_MEASURE_AFTER}{' '.join(_words(first.group()))}")
    return feats


def _owner_features(text: str, clause_start: int, start: int, org: OrgMention | None) -> list[str]:
    """Where the owner is written against the figure: opening its clause, elsewhere in the clause
    before it, or outside the clause (a discourse subject); and whether the line is a label line."""
    feats = []
    if org is not None:
        opening = clause_start + len(text[clause_start:start]) - len(text[clause_start:start].lstrip())
        if org.start <= opening < org.end:
            feats.append("owner_place=opens_clause")
        elif clause_start <= org.start < start:
            feats.append("owner_place=in_clause")
        else:
            feats.append("owner_place=outside")
    if C.scope_label(text, clause_start):
        feats.append("label_line")
    return feats


@dataclass(frozen=True)
class NameModel:
    """Per name, a weight per feature string; per unit kind, the names the model may choose; the margin
    by which the model's name must beat the rules' name in probability to replace it."""

    weights: dict[str, dict[str, float]]
    names_by_kind: dict[str, tuple[str, ...]]
    margin: float
    enabled: bool = True
    trained_on: dict = field(default_factory=dict)

    def probabilities(self, feats: list[str], kind: str) -> dict[str, float]:
        """A softmax over the names allowed for this unit kind."""
        names = self.names_by_kind.get(kind, ())
        scores = {n: sum(self.weights[n].get(f, 0.0) for f in feats) for n in names}
        if not scores:
            return {}
        top = max(scores.values())
        exps = {n: math.exp(s - top) for n, s in scores.items()}
        total = sum(exps.values())
        return {n: e / total for n, e in exps.items()}

    def choose(self, feats: list[str], kind: str, rule_name: str) -> str:
        """The model's name where it beats the rules' by the margin; else the rules' name."""
        if any(f.startswith(_MEASURE_AFTER) for f in feats):
            return rule_name  # "a 5% increase in revenue": the measure written after it names the figure
        probs = self.probabilities(feats, kind)
        if rule_name not in probs:
            return rule_name  # a name the model never learned for this kind: the rules decide
        best = max(probs, key=lambda n: (probs[n], n == rule_name))
        return best if probs[best] - probs[rule_name] >= self.margin else rule_name

    def as_dict(self) -> dict:
        return {
            "features": list(FEATURE_FAMILIES),
            "margin": self.margin,
            "enabled": self.enabled,
            "names_by_kind": {k: list(v) for k, v in self.names_by_kind.items()},
            "trained_on": self.trained_on,
            "weights": {n: {f: round(w, 5) for f, w in sorted(ws.items()) if abs(w) >= 1e-4}
                        for n, ws in self.weights.items()},
        }


def model_from_dict(data: dict, source: str = "weights") -> NameModel:
    if data.get("features") != list(FEATURE_FAMILIES):
        raise NameModelWeightsError(
            f"{source}: trained on features {data.get('features')}, this code computes "
            f"{list(FEATURE_FAMILIES)}; retrain with scripts/train_metric_names.py"
        )
    weights = {n: {f: float(w) for f, w in ws.items()} for n, ws in data["weights"].items()}
    kinds = {k: tuple(v) for k, v in data["names_by_kind"].items()}
    if any(n not in weights for names in kinds.values() for n in names):
        raise NameModelWeightsError(f"{source}: a name allowed for a unit kind has no weights")
    return NameModel(weights, kinds, float(data["margin"]), bool(data.get("enabled", True)),
                     dict(data.get("trained_on", {})))


def load_name_model(path: Path = WEIGHTS_PATH) -> NameModel | None:
    """The stored model, or None when there is no weights file (the rules alone name)."""
    if not path.exists():
        return None
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def default_name_model() -> NameModel | None:
    return load_name_model()


# A model chosen for a stretch of code (training reads the rules alone and records each figure's
# features; leave-one-set-out scoring uses the fold's weights); otherwise the stored one.
_IN_USE: list[NameModel | None] = []
_RECORDERS: list[list[dict] | None] = []


@contextmanager
def name_model_in_use(model: NameModel | None, record: list[dict] | None = None) -> Iterator[None]:
    """Within the block the model names figures (None: the rules alone); with ``record``, every figure
    the hook sees is appended to it (its surface, owner, unit, the rules' name and its features)."""
    _IN_USE.append(model)
    _RECORDERS.append(record)
    try:
        yield
    finally:
        _IN_USE.pop()
        _RECORDERS.pop()


def current_name_model() -> NameModel | None:
    return _IN_USE[-1] if _IN_USE else default_name_model()


def second_opinion(
    text: str, clause_start: int, clause_end: int, start: int, end: int, unit: str, rule_name: str,
    org: OrgMention,
) -> str:
    """The name a figure keeps: the rules' unless an enabled model is confident of another."""
    model = current_name_model()
    record = _RECORDERS[-1] if _RECORDERS else None
    recording = record is not None
    if (model is None or not model.enabled) and not recording:
        return rule_name  # the common path: no features computed at all
    feats = name_features(text, clause_start, clause_end, start, end, unit, rule_name, org)
    if record is not None:
        record.append({"surface": text[start:end], "org": org.key, "unit": unit, "rule": rule_name,
                       "features": feats})
    if model is None or not model.enabled:
        return rule_name
    return model.choose(feats, unit_kind(unit), rule_name)
