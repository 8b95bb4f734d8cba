"""A learned second opinion on a figure's owner: a conditional logit over the article's organizations.

The owner rules (owners.py, parsed_owner.py, issuer.py, subordinates.py, anaphora.py, article.py) each
fixed the wording they were written for. This model reads GENERAL features of each candidate owner of a
kept figure -- whether the rules chose it, where its nearest mention sits against the figure (same
sentence / line / paragraph, distance, before or after, opening the sentence, a possessive), its parse
relation where the sentence is parsed already, whether it is the article's most-mentioned or first-named
organization, a unit with a parent, its kind, a deal party; the figure's metric name and unit kind --
never a name or an article's words. A single weight vector scores every candidate; a softmax over the
figure's candidates gives probabilities, and the model's owner replaces the rules' only when its
probability beats the rules' owner's by a margin.

Trained by ``scripts/train_metric_owners.py`` on the gold sets (deterministic) and stored as a small JSON
file; with no weights file, or one marked ``enabled: false``, the rules' owner stands and no feature is
computed. docs/owner_model.md keeps the left-out table and the verdict.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.extraction.model import DealFact, MetricFact, OrganizationFact, OrgMention
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.stored_weights import check_features, load_weights, stored_model
from pipelines.extraction.syntax import Syntax

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "metric_owners.json"

# The feature families this code computes; a weights file trained on other families is refused.
FEATURE_FAMILIES = (
    "bias", "rule", "rule_name", "rule_kind", "same_sentence", "same_line", "same_paragraph", "distance",
    "tokens", "side", "rank", "opens_sentence", "possessive", "dep", "governs", "issuer", "first_named",
    "mentions", "has_parent", "parent_of_rule", "unit_of_rule", "org_kind", "deal_party",
)
_CANDIDATE_WINDOW = 1500   # characters either side of the figure where a candidate's mention counts
_MAX_CANDIDATES = 8        # the nearest ones (the rules' choice always among them)
_DISTANCE_BUCKETS = (20, 60, 150, 400, 1000)
_TOKEN_BUCKETS = (2, 5, 10, 20, 40)
_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"\s*['’]s?\b")
_RELATIONS = {"nsubj": "subject", "nsubjpass": "subject", "poss": "possessor", "compound": "compound",
              "appos": "apposition", "pobj": "object_of_prep", "dobj": "object", "attr": "attribute"}


class OwnerModelWeightsError(ValueError):
    """The weights file does not fit the features this code computes."""


def unit_kind(unit: str) -> str:
    return unit if unit in ("percent", "count", "ratio") else "money"


@dataclass(frozen=True)
class OwnerContext:
    """What the owner features read of one article: its text, sentences, organizations with their
    mentions, deals, and parses (read only where a sentence is parsed, or names two organizations)."""

    text: str
    sentences: Sequence[Sentence]
    organizations: Sequence[OrganizationFact]
    mentions: Sequence[OrgMention]
    deals: Sequence[DealFact] = ()
    syntax: Syntax | None = None

    @property
    def mention_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.key] = counts.get(m.key, 0) + 1
        return counts


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _sentence_of(ctx: OwnerContext, position: int) -> Sentence | None:
    for s in ctx.sentences:
        if s.start <= position < s.end:
            return s
    return None


def candidates(ctx: OwnerContext, fact: MetricFact) -> list[str]:
    """The organization keys that could own the figure: the rules' choice first, then the nearest
    others with a mention within the window (at most ``_MAX_CANDIDATES`` in all)."""
    known = {o.key for o in ctx.organizations}
    nearest: dict[str, int] = {}
    for m in ctx.mentions:
        if m.key in known and m.key != fact.organization_key:
            d = _gap(m, fact)
            if d <= _CANDIDATE_WINDOW and d < nearest.get(m.key, 10**9):
                nearest[m.key] = d
    others = sorted(nearest, key=lambda k: (nearest[k], k))[: _MAX_CANDIDATES - 1]
    return [fact.organization_key, *others]


def _article_features(ctx: OwnerContext, key: str, rule_key: str) -> list[str]:
    """What the article says of the candidate, whatever the figure: issuer, unit, kind, deal party."""
    counts = ctx.mention_counts
    feats = []
    if counts and counts.get(key, 0) == max(counts.values()):
        feats.append("issuer")
    if ctx.mentions and min(ctx.mentions, key=lambda m: m.start).key == key:
        feats.append("first_named")
    feats.append(f"mentions={_bucket(counts.get(key, 0), (1, 2, 4, 8))}")
    orgs = {o.key: o for o in ctx.organizations}
    org, rule_org = orgs.get(key), orgs.get(rule_key)
    if org is not None:
        feats.append(f"org_kind={org.kind}")
        if org.parent_key:
            feats.append("has_parent")
        if rule_org is not None and rule_org.parent_key == key:
            feats.append("parent_of_rule")
        if rule_org is not None and org.parent_key == rule_key:
            feats.append("unit_of_rule")
    if any(p.organization_key == key for d in ctx.deals for p in d.participants):
        feats.append("deal_party")
    return feats


def _parse_features(ctx: OwnerContext, mention: OrgMention, fact: MetricFact) -> list[str]:
    """The candidate mention's relation in the figure's parsed sentence: its dependency label, and
    whether it is the subject of a word the figure hangs from (the figure's verb)."""
    if ctx.syntax is None:
        return []
    parsed = ctx.syntax.sentence_at(fact.evidence.start)
    if parsed is None or not parsed.start <= mention.start < parsed.end:
        return []
    token = parsed.token_at(mention.start, mention.end)
    figure = parsed.token_at(fact.evidence.start, fact.evidence.end)
    if token is None or figure is None:
        return []
    feats = [f"dep={_RELATIONS.get(parsed.tokens[token].dep, 'other')}"]
    head = parsed.tokens[token].head
    if head in (figure, *parsed.ancestors(figure)):
        feats.append(f"governs={_RELATIONS.get(parsed.tokens[token].dep, 'other')}")
    return feats


def _gap(mention: OrgMention, fact: MetricFact) -> int:
    """Characters between a mention and the figure, whichever comes first."""
    if mention.start < fact.evidence.start:
        return max(0, fact.evidence.start - mention.end)
    return max(0, mention.start - fact.evidence.end)


def _nearest(ctx: OwnerContext, key: str, fact: MetricFact) -> OrgMention | None:
    own = [m for m in ctx.mentions if m.key == key]
    return min(own, key=lambda m: (_gap(m, fact), m.start)) if own else None


def _placement_features(ctx: OwnerContext, mention: OrgMention, fact: MetricFact,
                        sentence: Sentence | None, rank: int) -> list[str]:
    """Where the candidate's nearest mention sits against the figure."""
    text, start = ctx.text, fact.evidence.start
    lo, hi = sorted((mention.end, start))
    between = text[lo:hi] if mention.start < start else text[fact.evidence.end : mention.start]
    side = "before" if mention.start < start else "after"
    feats = [f"side={side}", f"distance={_bucket(len(between), _DISTANCE_BUCKETS)}",
             f"tokens={_bucket(len(_WORD.findall(between)), _TOKEN_BUCKETS)}", f"rank={side}{min(rank, 3)}"]
    if "\n" not in between:
        feats.append("same_line")
    if "\n\n" not in between:
        feats.append("same_paragraph")
    if sentence is not None and sentence.start <= mention.start < sentence.end:
        feats.append("same_sentence")
        if not text[sentence.start : mention.start].strip(" \"'“‘([-—"):
            feats.append("opens_sentence")
    if _POSSESSIVE.match(text, mention.end):
        feats.append("possessive")
    return feats


def owner_features(ctx: OwnerContext, fact: MetricFact) -> list[tuple[str, list[str]]]:
    """Per candidate owner (the rules' choice first), its features as strings ("family=value")."""
    keys = candidates(ctx, fact)
    sentence = _sentence_of(ctx, fact.evidence.start)
    start = fact.evidence.start
    nearest = {k: _nearest(ctx, k, fact) for k in keys}
    before = sorted((k for k in keys if nearest[k] and nearest[k].start < start),
                    key=lambda k: start - nearest[k].start)
    after = sorted((k for k in keys if nearest[k] and nearest[k].start >= start),
                   key=lambda k: nearest[k].start - start)
    kind = unit_kind(fact.unit)
    # the parse is read only where two candidates share the figure's sentence (as parsed_owner.py asks)
    parse_ok = sentence is not None and sum(
        1 for k in keys if nearest[k] and sentence.start <= nearest[k].start < sentence.end) >= 2
    rows = []
    for key in keys:
        feats = ["bias"]
        if key == fact.organization_key:
            feats += ["rule", f"rule_name={fact.metric_name}", f"rule_kind={kind}"]
        mention = nearest[key]
        if mention is not None:
            rank = (before if mention.start < start else after).index(key)
            feats += _placement_features(ctx, mention, fact, sentence, rank)
            if parse_ok and "same_sentence" in feats:
                feats += _parse_features(ctx, mention, fact)
        feats += _article_features(ctx, key, fact.organization_key)
        rows.append((key, feats))
    return rows


@dataclass(frozen=True)
class OwnerModel:
    """One weight per feature string; the margin by which the model's owner must beat the rules'."""

    weights: dict[str, float]
    margin: float
    enabled: bool = True
    trained_on: dict = field(default_factory=dict)

    def probabilities(self, rows: list[tuple[str, list[str]]]) -> list[float]:
        scores = [sum(self.weights.get(f, 0.0) for f in feats) for _key, feats in rows]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, rows: list[tuple[str, list[str]]]) -> str:
        """The model's owner where it beats the rules' (row 0) by the margin; else the rules'."""
        if len(rows) < 2:
            return rows[0][0]
        probs = self.probabilities(rows)
        best = max(range(len(rows)), key=lambda i: (probs[i], i == 0))
        return rows[best][0] if probs[best] - probs[0] >= self.margin else rows[0][0]

    def as_dict(self) -> dict:
        return {
            "features": list(FEATURE_FAMILIES),
            "margin": self.margin,
            "enabled": self.enabled,
            "trained_on": self.trained_on,
            "weights": {f: round(w, 5) for f, w in sorted(self.weights.items()) if abs(w) >= 1e-4},
        }


def model_from_dict(data: dict, source: str = "weights") -> OwnerModel:
    check_features(data, FEATURE_FAMILIES, source, OwnerModelWeightsError, "scripts/train_metric_owners.py")
    return OwnerModel({f: float(w) for f, w in data["weights"].items()}, float(data["margin"]),
                      bool(data.get("enabled", True)), dict(data.get("trained_on", {})))


def load_owner_model(path: Path = WEIGHTS_PATH) -> OwnerModel | None:
    """The stored model, or None when there is no weights file (the rules alone choose)."""
    return load_weights(path, model_from_dict)


default_owner_model = stored_model(WEIGHTS_PATH, model_from_dict)


# A model chosen for a stretch of code (training records features with the rules alone; left-out
# scoring uses the fold's weights); otherwise the stored one.
_IN_USE: list[OwnerModel | None] = []
_RECORDERS: list[list[dict] | None] = []


@contextmanager
def owner_model_in_use(model: OwnerModel | None, record: list[dict] | None = None) -> Iterator[None]:
    """Within the block the model chooses owners (None: the rules alone); with ``record``, every kept
    figure's candidates and features are appended to it."""
    _IN_USE.append(model)
    _RECORDERS.append(record)
    try:
        yield
    finally:
        _IN_USE.pop()
        _RECORDERS.pop()


def current_owner_model() -> OwnerModel | None:
    return _IN_USE[-1] if _IN_USE else default_owner_model()


def second_opinion_owners(ctx: OwnerContext, metrics: list[MetricFact]) -> list[MetricFact]:
    """The figures with the owner each keeps: the rules' unless an enabled model is confident of another."""
    model = current_owner_model()
    record = _RECORDERS[-1] if _RECORDERS else None
    active = model is not None and model.enabled
    if not active and record is None:
        return metrics  # the common path: no feature computed at all
    names = {o.key: o.name for o in ctx.organizations}
    out = []
    for fact in metrics:
        rows = owner_features(ctx, fact)
        if record is not None:
            record.append({"fact": fact, "rows": rows})
        chosen = model.choose(rows) if active and model is not None else fact.organization_key
        if chosen != fact.organization_key and chosen in names:
            fact = dataclasses.replace(fact, organization_key=chosen, organization_name=names[chosen])
        out.append(fact)
    return out
