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

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.vocabulary import (
    _CLOUD,
    _CLOUD_ORG,
    _COMPARISON_BREAK,
    _FORECAST,
    _OTHER_FIGURE,
    _PER_SHARE,
    _REVENUE_WORD,
    _SEGMENT,
    _TOTAL,
)
from pipelines.extraction.model import OrgMention
from pipelines.extraction.stored_weights import check_features, load_weights, stored_model

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "metric_names.json"
KEEP_WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "metric_keep.json"

# The feature families this code computes; a weights file trained on other families is refused.
FEATURE_FAMILIES = (
    "bias", "rule", "kind", "rule_kind", "left1", "left2", "left_words", "right1", "right_words",
    "scope", "cloud_near", "cloud_owner", "segment_near", "total_near", "measure_before", "measure_after",
    "owner_place", "label_line", "shape", "forecast_near", "figures_before", "period_near",
)
_LEFT_WORDS = 8    # words of the clause before the figure read as a bag
_RIGHT_WORDS = 5   # words after it, up to the clause's end
_WORD = re.compile(r"[a-z][a-z'’-]*|\d+|[%$€£¥]")
_SENTENCE_END = re.compile(r"[.!?]\s")
_MEASURE_AFTER = "measure_after="  # a measure noun right after the figure: the rules read it directly
_KEPT_WEIGHT = 8e-3           # smaller weights moved no decision on round 23's 11,714 figures (as_dict)
_MEASURE_BEFORE_CHARS = 150   # the measure a figure is of is named within its sentence, before it
# A figure written in the clause before this one ("rose 12% to $5bn": the amount is the second figure).
_FIGURE = re.compile(r"(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:%|per\s*cent|percent|billion|million|bn|mn|m\b))", re.I)
# A period written in the figure's clause: a figure with none is more often a stray number.
_PERIOD_WORD = re.compile(
    r"\b(?:(?:19|20)\d\d|FY\s?\d\d|Q[1-4]|H[12]|quarter|half|year|fiscal|months?)\b", re.I
)


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
    feats += _shape_features(text, clause_start, clause_end, start, end, before, after)
    return feats + _measure_features(text, start, after) + _owner_features(text, clause_start, start, org)


def _shape_features(
    text: str, clause_start: int, clause_end: int, start: int, end: int, before: str, after: str,
) -> list[str]:
    """General shapes of the figure's phrase, from the shared vocabularies: a per-share amount ("$1.71
    per share"), a figure compared with an earlier one ("12% above the first quarter"), a forecast or
    target before it ("expects revenue of $5bn"), how many figures precede it in its clause, and whether
    its clause names a period at all."""
    feats = []
    if _PER_SHARE.match(text, end):
        feats.append("shape=per_share")
    if _COMPARISON_BREAK.match(text, end):
        feats.append("shape=compared")
    if _FORECAST.search(before[-80:]):
        feats.append("forecast_near")
    count = len(_FIGURE.findall(text[clause_start:start]))
    feats.append(f"figures_before={min(count, 2)}")
    if _PERIOD_WORD.search(text[clause_start:clause_end]):
        feats.append("period_near")
    return feats


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
            # Weights below _KEPT_WEIGHT are dropped and the rest rounded to keep the file small
            # (under 400 KB); on every tuning figure the pruned model chooses as the full one does.
            "weights": {n: {f: round(w, 4) for f, w in sorted(ws.items()) if abs(w) >= _KEPT_WEIGHT}
                        for n, ws in self.weights.items()},
        }


def model_from_dict(data: dict, source: str = "weights") -> NameModel:
    check_features(data, FEATURE_FAMILIES, source, NameModelWeightsError, "scripts/train_metric_names.py")
    weights = {n: {f: float(w) for f, w in ws.items()} for n, ws in data["weights"].items()}
    kinds = {k: tuple(v) for k, v in data["names_by_kind"].items()}
    if any(n not in weights for names in kinds.values() for n in names):
        raise NameModelWeightsError(f"{source}: a name allowed for a unit kind has no weights")
    return NameModel(weights, kinds, float(data["margin"]), bool(data.get("enabled", True)),
                     dict(data.get("trained_on", {})))


def load_name_model(path: Path = WEIGHTS_PATH) -> NameModel | None:
    """The stored model, or None when there is no weights file (the rules alone name)."""
    return load_weights(path, model_from_dict)


default_name_model = stored_model(WEIGHTS_PATH, model_from_dict)


@dataclass(frozen=True)
class KeepModel:
    """Whether a named figure is kept: a binary logistic regression over the same features (the rules'
    name among them); a figure is withdrawn only when its keep-probability is below ``threshold``
    (low: a spurious figure costs precision, a withdrawn right one costs recall)."""

    weights: dict[str, float]
    threshold: float
    enabled: bool = True
    trained_on: dict = field(default_factory=dict)

    def keep_probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, feats: list[str]) -> bool:
        return self.keep_probability(feats) >= self.threshold

    def as_dict(self) -> dict:
        return {
            "features": list(FEATURE_FAMILIES),
            "threshold": self.threshold,
            "enabled": self.enabled,
            "trained_on": self.trained_on,
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= _KEPT_WEIGHT},
        }


def keep_model_from_dict(data: dict, source: str = "weights") -> KeepModel:
    check_features(data, FEATURE_FAMILIES, source, NameModelWeightsError, "scripts/train_metric_names.py")
    return KeepModel({f: float(w) for f, w in data["weights"].items()}, float(data["threshold"]),
                     bool(data.get("enabled", True)), dict(data.get("trained_on", {})))


def load_keep_model(path: Path = KEEP_WEIGHTS_PATH) -> KeepModel | None:
    """The stored keep/drop model, or None when there is no weights file (every named figure is kept)."""
    return load_weights(path, keep_model_from_dict)


default_keep_model = stored_model(KEEP_WEIGHTS_PATH, keep_model_from_dict)


# Models chosen for a stretch of code (training reads the rules alone and records each figure's
# features; left-out scoring uses the fold's weights); otherwise the stored ones.
_IN_USE: list[tuple[NameModel | None, KeepModel | None]] = []
_RECORDERS: list[list[dict] | None] = []


@contextmanager
def name_model_in_use(
    model: NameModel | None, record: list[dict] | None = None, keep: KeepModel | None = None,
) -> Iterator[None]:
    """Within the block the model names figures and ``keep`` withdraws them (None: the rules alone);
    with ``record``, every figure the hook sees is appended to it (its surface, owner, unit, the rules'
    name and its features)."""
    _IN_USE.append((model, keep))
    _RECORDERS.append(record)
    try:
        yield
    finally:
        _IN_USE.pop()
        _RECORDERS.pop()


def current_name_model() -> NameModel | None:
    return _IN_USE[-1][0] if _IN_USE else default_name_model()


def current_keep_model() -> KeepModel | None:
    return _IN_USE[-1][1] if _IN_USE else default_keep_model()


def second_opinion(
    text: str, clause_start: int, clause_end: int, start: int, end: int, unit: str, rule_name: str,
    org: OrgMention,
) -> str | None:
    """The name a figure keeps: the rules' unless an enabled model is confident of another; None when
    an enabled keep/drop model withdraws the figure."""
    model, keep = current_name_model(), current_keep_model()
    naming = model is not None and model.enabled
    keeping = keep is not None and keep.enabled
    record = _RECORDERS[-1] if _RECORDERS else None
    if not naming and not keeping and record is None:
        return rule_name  # the common path: no features computed at all
    feats = name_features(text, clause_start, clause_end, start, end, unit, rule_name, org)
    if record is not None:
        record.append({"surface": text[start:end], "org": org.key, "unit": unit, "rule": rule_name,
                       "features": feats})
    if keeping and not keep.keeps(feats):
        return None
    return model.choose(feats, unit_kind(unit), rule_name) if naming else rule_name
