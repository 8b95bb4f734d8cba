"""Train the metric-name model and the figures' keep/drop model (pipelines/extraction/metrics/
name_model.py) on all tuning gold, measured with folds of consecutive sets left out.

    python scripts/train_metric_names.py --cache /tmp/names.pkl        # tables, then the weights files
    python scripts/train_metric_names.py --cache /tmp/names.pkl --no-write   # the tables only

Examples are the prose figures the rules name (both models off, every figure's features recorded at the
naming hook) in every tuning article: devset, seeds, heldout, blind..blind9 and blind10..blind101. The
validation sets (blind102 and later) are never read. A figure's label is the gold metric name of the gold
row it matches by owner, unit and value (the scorer's own matching, evaluate.score_article, tried with
each name); for the keep/drop model the label is whether any gold row matches it at all.

Names: a multinomial logistic regression over the names seen for the figure's unit kind, L2-regularised,
fitted by full-batch gradient descent (deterministic); it replaces the rules' name only where its
probability beats the rules' name by a margin. Keep/drop: a binary logistic regression over the same
features; a figure is withdrawn only when its keep-probability is below a low threshold. Margin and
threshold are chosen, for each left-out fold, by grouped cross-validation inside that fold's training
folds, so no score is read on an article the weights or the choice saw. Folds (FOLDS): devset + seeds +
heldout, blind..blind9, then four consecutive sets each (blind10..13, 14..17, ... 98..101); each is scored
by models trained on all other folds, and metrics F1 and named-metrics F1 are compared with the rules
alone (renaming and withdrawing after extraction, what the hook would have done). Each weights file is
written from all folds and marked enabled only when its left-out pooled score beats the rules (named F1
for names, metrics F1 for keep/drop) without the other falling; the validation sets then decide whether
it stays on (docs/metric_name_model.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import blind_sets, folders_of, rounds_of_four  # noqa: E402
from train_org_ranker import read_spans  # noqa: E402

from pipelines.extraction.evaluate import Article, SlotCount, load_articles, score_article  # noqa: E402
from pipelines.extraction.extract import facts_from_entities  # noqa: E402
from pipelines.extraction.metrics.name_model import (  # noqa: E402
    KEEP_WEIGHTS_PATH,
    WEIGHTS_PATH,
    KeepModel,
    NameModel,
    load_name_model,
    name_model_in_use,
    unit_kind,
)
from pipelines.extraction.model import ArticleFacts, MetricFact  # noqa: E402

# Folds of consecutive sets (gold_folds.py; never blind102 or later: the validation sets).
FOLDS: dict[str, list[Path]] = {
    "devset+seeds+heldout": folders_of(("devset+seeds", "heldout")),
    "blind..blind9": folders_of(("blind", *blind_sets(2, 9))),
    **{name: folders_of(sets) for name, sets in rounds_of_four().items()},
}
NEWEST = ("blind90..93", "blind94..97", "blind98..101")  # the sets today's rules were tuned on least
L2 = 1.0
MIN_COUNT = 2  # a feature seen fewer times in training is dropped
MIN_NAME_COUNT = 3  # a name seen fewer times for a unit kind is not offered for it
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01)  # 1.01: never override
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)  # 0.0: never withdraw
KEEP_L2 = 4.0
INNER_GROUPS = 4


@dataclass
class Figure:
    """One prose figure the rules named: its fact's index, features, unit kind, rules' name, gold name."""

    fact: int
    features: list[str]
    kind: str
    rule: str
    gold: str | None


@dataclass
class Example:
    set_name: str
    article: Article
    facts: ArticleFacts
    figures: list[Figure]
    rules_counts: tuple[SlotCount, SlotCount] | None = None


def _link(facts: ArticleFacts, records: list[dict]) -> list[tuple[int, dict]]:
    """Each recorded figure with the fact it became (same owner, unit, name; evidence holding it)."""
    linked, used = [], set()
    for record in records:
        for i, fact in enumerate(facts.metrics):
            if i in used or fact.organization_key != record["org"] or fact.unit != record["unit"]:
                continue
            if fact.metric_name == record["rule"] and record["surface"] in fact.evidence.text:
                linked.append((i, record))
                used.add(i)
                break
    return linked


def _metrics_gold(article: Article) -> dict:
    """The gold a metric is scored against (its organizations resolve the owners' names)."""
    gold = article.gold
    return {"organizations": gold.get("organizations", []), "metrics": gold.get("metrics", [])}


def _gold_name(article: Article, facts: ArticleFacts, fact: MetricFact, names: list[str]) -> str | None:
    """The name under which the scorer pairs this fact with a gold row (the rules' first), if any."""
    gold = _metrics_gold(article)
    for name in [fact.metric_name] + [n for n in names if n != fact.metric_name]:
        one = ArticleFacts(
            organizations=facts.organizations, metrics=[dataclasses.replace(fact, metric_name=name)]
        )
        if score_article(article.stem, gold, one).slots["metrics"].tp == 1:
            return name
    return None


def build_examples(span_cache: Path | None) -> list[Example]:
    from pipelines.extraction.model import METRIC_NAMES

    articles = {name: list(load_articles(folders)) for name, folders in FOLDS.items()}
    spans = read_spans(articles, span_cache)
    from train_org_ranker import _digest

    examples = []
    for set_name, arts in articles.items():
        for article in arts:
            records: list[dict] = []
            with name_model_in_use(None, records):
                found = list(spans[_digest(article.text)])
                facts = facts_from_entities(article.text, article.published, found)
            figures = [
                Figure(
                    i,
                    r["features"],
                    unit_kind(r["unit"]),
                    r["rule"],
                    _gold_name(article, facts, facts.metrics[i], list(METRIC_NAMES)),
                )
                for i, r in _link(facts, records)
            ]
            examples.append(Example(set_name, article, facts, figures))
        print(f"read {set_name}", file=sys.stderr)
    return examples


def fit(examples: list[Example], l2: float = L2) -> NameModel:
    """Multinomial logistic regression over the names allowed per unit kind (deterministic)."""
    figures = [f for ex in examples for f in ex.figures if f.gold is not None]
    by_kind: dict[str, Counter] = {}
    for f in figures:
        by_kind.setdefault(f.kind, Counter())[f.gold] += 1
    names_by_kind = {
        k: tuple(sorted(n for n, c in counts.items() if c >= MIN_NAME_COUNT)) for k, counts in by_kind.items()
    }
    names = sorted({n for ns in names_by_kind.values() for n in ns})
    figures = [f for f in figures if f.gold in names_by_kind.get(f.kind, ())]
    counts = Counter(feat for f in figures for feat in set(f.features))
    vocab = sorted(feat for feat, c in counts.items() if c >= MIN_COUNT)
    index = {feat: i for i, feat in enumerate(vocab)}
    rows = [sorted({index[feat] for feat in f.features if feat in index}) for f in figures]
    mask = np.array([[0.0 if n in names_by_kind[f.kind] else -1e9 for n in names] for f in figures])
    y = np.zeros((len(figures), len(names)))
    for row, f in enumerate(figures):
        y[row, names.index(f.gold)] = 1.0
    w = _gradient_descent(rows, len(vocab), y, mask, l2)
    weights = {
        n: {vocab[j]: float(w[j, k]) for j in range(len(vocab)) if abs(w[j, k]) >= 1e-4}
        for k, n in enumerate(names)
    }
    return NameModel(weights, names_by_kind, 1.01)


def _gradient_descent(
    rows: list[list[int]], width: int, y: np.ndarray, mask: np.ndarray, l2: float
) -> np.ndarray:
    """Adam on the mean log loss plus l2/n * |w|^2 over binary sparse rows (lists of feature indices;
    the bias is one feature among others)."""
    n = max(len(rows), 1)
    indices = np.array([j for row in rows for j in row], dtype=int)
    row_of = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    starts = np.cumsum([0] + [len(row) for row in rows[:-1]])
    w = np.zeros((width, y.shape[1]))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, 401):
        logits = np.add.reduceat(w[indices], starts, axis=0) + mask
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        diff = (p - y)[row_of]
        grad = (
            np.stack(
                [np.bincount(indices, weights=diff[:, k], minlength=width) for k in range(y.shape[1])], axis=1
            )
            / n
            + 2 * l2 / n * w
        )
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def fit_keep(examples: list[Example], l2: float = KEEP_L2) -> KeepModel:
    """Binary logistic regression: is the figure any gold row's (keep) or no gold row's (drop)?"""
    figures = [f for ex in examples for f in ex.figures]
    counts_ = Counter(feat for f in figures for feat in set(f.features))
    vocab = sorted(feat for feat, c in counts_.items() if c >= MIN_COUNT)
    index = {feat: i for i, feat in enumerate(vocab)}
    rows = [sorted({index[feat] for feat in f.features if feat in index}) for f in figures]
    y = np.zeros((len(figures), 2))
    for row, f in enumerate(figures):
        y[row, int(f.gold is not None)] = 1.0
    w = _gradient_descent(rows, len(vocab), y, np.zeros_like(y), l2)
    logit = w[:, 1] - w[:, 0]  # two-class softmax = logistic on the difference
    return KeepModel({vocab[j]: float(logit[j]) for j in range(len(vocab)) if abs(logit[j]) >= 1e-4}, 0.0)


def adjusted(ex: Example, model: NameModel | None, keep: KeepModel | None = None) -> ArticleFacts:
    """The article's facts with each linked figure named (and withdrawn) as the hook would have."""
    naming = model is not None and model.enabled
    keeping = keep is not None and keep.enabled and keep.threshold > 0
    if not naming and not keeping:
        return ex.facts
    metrics: list[MetricFact | None] = list(ex.facts.metrics)
    changed = False
    for f in ex.figures:
        if keeping and not keep.keeps(f.features):
            metrics[f.fact] = None
            changed = True
            continue
        name = model.choose(f.features, f.kind, f.rule) if naming else f.rule
        if name != f.rule:
            metrics[f.fact] = dataclasses.replace(metrics[f.fact], metric_name=name)
            changed = True
    if not changed:
        return ex.facts
    return dataclasses.replace(ex.facts, metrics=[m for m in metrics if m is not None])


def counts(
    examples: list[Example], model: NameModel | None, keep: KeepModel | None = None
) -> tuple[SlotCount, SlotCount]:
    """Metrics and named-metrics counts of these articles, the rules' output or the models' (an article
    the models leave alone keeps the rules' count, read once)."""
    total, named = SlotCount(), SlotCount()
    for ex in examples:
        facts = adjusted(ex, model, keep)
        if facts is ex.facts:
            if ex.rules_counts is None:
                ex.rules_counts = _score(ex, facts)
            counted = ex.rules_counts
        else:
            counted = _score(ex, facts)
        total.add(counted[0])
        named.add(counted[1])
    return total, named


def _score(ex: Example, facts: ArticleFacts) -> tuple[SlotCount, SlotCount]:
    only_metrics = ArticleFacts(organizations=facts.organizations, metrics=facts.metrics)
    score = score_article(ex.article.stem, _metrics_gold(ex.article), only_metrics)
    return score.slots["metrics"], score.slots["metrics_named"]


def _inner_groups(examples: list[Example]) -> list[list[str]]:
    folds = sorted({ex.set_name for ex in examples})
    return [folds[i::INNER_GROUPS] for i in range(INNER_GROUPS)]


def train(examples: list[Example]) -> NameModel:
    """Name weights from these articles; the margin that did best (named F1) on grouped folds among them."""
    by_margin = {margin: SlotCount() for margin in MARGINS}
    for group in _inner_groups(examples):
        inner = fit([ex for ex in examples if ex.set_name not in group])
        held = [ex for ex in examples if ex.set_name in group]
        for margin in MARGINS:
            by_margin[margin].add(counts(held, dataclasses.replace(inner, margin=margin))[1])
    best = max(MARGINS, key=lambda margin: (round(by_margin[margin].f1, 6), margin))
    return dataclasses.replace(fit(examples), margin=best)


def train_keep(examples: list[Example]) -> KeepModel:
    """Keep/drop weights from these articles; the threshold that did best (metrics F1) on grouped folds
    among them (ties: the lower threshold, withdrawing less)."""
    by_threshold = {t: SlotCount() for t in THRESHOLDS}
    for group in _inner_groups(examples):
        inner = fit_keep([ex for ex in examples if ex.set_name not in group])
        held = [ex for ex in examples if ex.set_name in group]
        for t in THRESHOLDS:
            by_threshold[t].add(counts(held, None, dataclasses.replace(inner, threshold=t))[0])
    best = max(THRESHOLDS, key=lambda t: (round(by_threshold[t].f1, 6), -t))
    return dataclasses.replace(fit_keep(examples), threshold=best)


def leave_one_fold_out(
    examples: list[Example], in_service: NameModel | None, with_keep: bool = True
) -> dict[str, tuple]:
    """Per fold: rules (metrics, named), names model (metrics, named, margin), keep model (metrics,
    named, threshold; the rules' counts when ``with_keep`` is off), the names model in service (its
    stored weights: in sample on the sets it was trained on; the rules' counts when there is none)."""
    table = {}
    for name in FOLDS:
        held = [ex for ex in examples if ex.set_name == name]
        rest = [ex for ex in examples if ex.set_name != name]
        model = train(rest)
        keep = train_keep(rest) if with_keep else None
        table[name] = (
            *counts(held, None),
            *counts(held, model),
            model.margin,
            *counts(held, None, keep),
            keep.threshold if keep else "-",
            *counts(held, in_service),
        )
        row = table[name]
        print(
            f"{name:<22} named rules {row[1].f1:.3f} names {row[3].f1:.3f} (m {model.margin}) "
            f"in service {row[9].f1:.3f}  metrics rules {row[0].f1:.3f} names {row[2].f1:.3f} "
            f"in service {row[8].f1:.3f} keep {row[5].f1:.3f} (t {row[7]})",
            file=sys.stderr,
        )
    return table


def print_table(table: dict) -> tuple[bool, bool]:
    """The left-out table (markdown); whether each model earned its place on the left-out pool."""
    print(
        "| fold | metrics rules | +names | +keep/drop | in service | named rules | +names | +keep/drop "
        "| in service | margin | threshold |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    columns = (0, 2, 5, 8, 1, 3, 6, 9)  # metrics: rules, names, keep, in service; then named the same
    pooled = [SlotCount() for _ in columns]
    newest = [SlotCount() for _ in columns]
    for name, row in table.items():
        for i, j in enumerate(columns):
            pooled[i].add(row[j])
            if name in NEWEST:
                newest[i].add(row[j])
        cells = " | ".join(f"{row[j].f1:.3f}" for j in columns)
        print(f"| {name} | {cells} | {row[4]} | {row[7]} |")
    newest_label = f"{NEWEST[0].split('..')[0]}..{NEWEST[-1].split('..')[1]}"
    for label, p in (("pooled", pooled), (newest_label, newest)):
        cells = " | ".join(f"{c.f1:.4f}" for c in p)
        print(f"| {label} | {cells} | | |")
    metrics_rules, metrics_names, metrics_keep, _, named_rules, named_names, named_keep, _ = pooled
    names_earned = named_names.f1 > named_rules.f1 + 1e-9 and metrics_names.f1 >= metrics_rules.f1 - 1e-9
    keep_earned = metrics_keep.f1 > metrics_rules.f1 + 1e-9 and named_keep.f1 >= named_rules.f1 - 1e-9
    print(f"\nnames earned: {names_earned}; keep/drop earned: {keep_earned}")
    return names_earned, keep_earned


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle keeping the rules' facts and figures between runs")
    parser.add_argument("--spans", type=Path, help="JSON file keeping the model's entity spans")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="name weights file to write")
    parser.add_argument("--keep-out", type=Path, default=KEEP_WEIGHTS_PATH, help="keep/drop weights file")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--names-only",
        action="store_true",
        help="leave the keep/drop model out of the folds and keep its weights file as it is",
    )
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = build_examples(args.spans)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    figures = [f for ex in examples for f in ex.figures]
    print(
        f"{len(examples)} articles, {len(figures)} prose figures named by the rules, "
        f"{sum(f.gold is not None for f in figures)} matched to gold, "
        f"{sum(f.gold not in (None, f.rule) for f in figures)} of them with another gold name\n"
    )
    names_earned, keep_earned = print_table(
        leave_one_fold_out(examples, load_name_model(), with_keep=not args.names_only)
    )
    if args.no_write:
        return 0
    import json

    trained_on = {"folds": list(FOLDS), "articles": len(examples), "figures": len(figures)}
    final = dataclasses.replace(train(examples), enabled=names_earned, trained_on={**trained_on, "l2": L2})
    args.out.write_text(json.dumps(final.as_dict(), indent=1) + "\n", encoding="utf-8")
    if args.names_only:
        print(f"\nwrote {args.out} (enabled: {names_earned}, margin {final.margin}); keep/drop not retrained")
        return 0
    keep = dataclasses.replace(
        train_keep(examples), enabled=keep_earned, trained_on={**trained_on, "l2": KEEP_L2}
    )
    args.keep_out.write_text(json.dumps(keep.as_dict(), indent=1) + "\n", encoding="utf-8")
    print(
        f"\nwrote {args.out} (enabled: {names_earned}, margin {final.margin}), {args.keep_out} "
        f"(enabled: {keep_earned}, threshold {keep.threshold})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
