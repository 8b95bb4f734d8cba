"""Train the metric-name model (pipelines/extraction/metrics/name_model.py) on the gold sets, measured
leave-one-set-out.

    python scripts/train_metric_names.py --cache /tmp/names.pkl        # table, then the weights file
    python scripts/train_metric_names.py --cache /tmp/names.pkl --no-write   # the table only

Examples are the prose figures the rules name (the model off, every figure's features recorded at the
naming hook) in the articles of blind14..blind41 and the devset and seeds. A figure's label is the gold
metric name of the gold row it matches by owner, unit and value (the scorer's own matching,
evaluate.score_article, tried with each name); figures no gold row matches teach nothing. The model is
a multinomial logistic regression over the names seen for the figure's unit kind, L2-regularised,
fitted by full-batch gradient descent (deterministic). It replaces the rules' name only where its
probability beats the rules' name by a margin; the margin is chosen, for each fold, by grouped
cross-validation inside that fold's training sets, so no score is read on an article the weights or the
margin saw. Each of blind14..41 is scored by the model trained on all other sets (devset and seeds are
always training data, never scored); the rules' facts are renamed after extraction (what the hook would
have returned), and metrics F1 and named-metrics F1 are compared with the rules alone. The weights file
is written from all these sets and is enabled only when the left-out pooled named-metrics F1 beats the
rules and the metrics F1 does not fall. blind10..13 are never read.
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

from train_org_ranker import read_spans  # noqa: E402

from pipelines.extraction.evaluate import Article, SlotCount, load_articles, score_article  # noqa: E402
from pipelines.extraction.extract import facts_from_entities  # noqa: E402
from pipelines.extraction.metrics.name_model import (  # noqa: E402
    WEIGHTS_PATH,
    NameModel,
    name_model_in_use,
    unit_kind,
)
from pipelines.extraction.model import ArticleFacts, MetricFact  # noqa: E402

SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
SCORED_SETS = [f"blind{n}" for n in range(14, 42)]
ALWAYS_TRAIN = "devset+seeds"
GOLD_SETS: dict[str, list[Path]] = {
    ALWAYS_TRAIN: [SHARED / "devset", SHARED / "seeds"],
    **{name: [FIXTURES / name] for name in SCORED_SETS},
}
L2 = 1.0
MIN_COUNT = 2          # a feature seen fewer times in training is dropped
MIN_NAME_COUNT = 3     # a name seen fewer times for a unit kind is not offered for it
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01)   # 1.01: never override
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
        one = ArticleFacts(organizations=facts.organizations,
                           metrics=[dataclasses.replace(fact, metric_name=name)])
        if score_article(article.stem, gold, one).slots["metrics"].tp == 1:
            return name
    return None


def build_examples(span_cache: Path | None) -> list[Example]:
    from pipelines.extraction.model import METRIC_NAMES

    articles = {name: list(load_articles(folders)) for name, folders in GOLD_SETS.items()}
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
                Figure(i, r["features"], unit_kind(r["unit"]), r["rule"],
                       _gold_name(article, facts, facts.metrics[i], list(METRIC_NAMES)))
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
    names_by_kind = {k: tuple(sorted(n for n, c in counts.items() if c >= MIN_NAME_COUNT))
                     for k, counts in by_kind.items()}
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
    weights = {n: {vocab[j]: float(w[j, k]) for j in range(len(vocab)) if abs(w[j, k]) >= 1e-4}
               for k, n in enumerate(names)}
    return NameModel(weights, names_by_kind, 1.01)


def _gradient_descent(rows: list[list[int]], width: int, y: np.ndarray, mask: np.ndarray,
                      l2: float) -> np.ndarray:
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
        grad = np.stack([np.bincount(indices, weights=diff[:, k], minlength=width)
                         for k in range(y.shape[1])], axis=1) / n + 2 * l2 / n * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def renamed(ex: Example, model: NameModel | None) -> ArticleFacts:
    """The article's facts with each linked figure named as the hook would have named it."""
    if model is None or not model.enabled:
        return ex.facts
    metrics = list(ex.facts.metrics)
    changed = False
    for f in ex.figures:
        name = model.choose(f.features, f.kind, f.rule)
        if name != f.rule:
            metrics[f.fact] = dataclasses.replace(metrics[f.fact], metric_name=name)
            changed = True
    return dataclasses.replace(ex.facts, metrics=metrics) if changed else ex.facts


def counts(examples: list[Example], model: NameModel | None) -> tuple[SlotCount, SlotCount]:
    """Metrics and named-metrics counts of these articles, the rules' names or the model's (an article
    whose names the model leaves alone keeps the rules' count, read once)."""
    total, named = SlotCount(), SlotCount()
    for ex in examples:
        facts = renamed(ex, model)
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


def train(examples: list[Example]) -> NameModel:
    """Weights from these articles; the margin that did best on grouped folds among them."""
    sets = sorted({ex.set_name for ex in examples if ex.set_name != ALWAYS_TRAIN})
    groups = [sets[i::INNER_GROUPS] for i in range(INNER_GROUPS)]
    by_margin = {margin: SlotCount() for margin in MARGINS}
    for group in groups:
        inner = fit([ex for ex in examples if ex.set_name not in group])
        held = [ex for ex in examples if ex.set_name in group]
        for margin in MARGINS:
            by_margin[margin].add(counts(held, dataclasses.replace(inner, margin=margin))[1])
    best = max(MARGINS, key=lambda margin: (round(by_margin[margin].f1, 6), margin))
    return dataclasses.replace(fit(examples), margin=best)


def leave_one_set_out(examples: list[Example]) -> dict[str, tuple]:
    table = {}
    for name in SCORED_SETS:
        held = [ex for ex in examples if ex.set_name == name]
        model = train([ex for ex in examples if ex.set_name != name])
        table[name] = (*counts(held, None), *counts(held, model), model.margin)
        print(f"{name:<8} named rules {table[name][1].f1:.3f} model {table[name][3].f1:.3f}  "
              f"metrics rules {table[name][0].f1:.3f} model {table[name][2].f1:.3f}  margin {model.margin}",
              file=sys.stderr)
    return table


def print_table(table: dict) -> bool:
    """The leave-one-set-out table (markdown); whether the model earned its place."""
    print("| set | metrics rules | metrics rules+model | named rules | named rules+model | margin |")
    print("|---|---|---|---|---|---|")
    pooled = [SlotCount() for _ in range(4)]
    wins = losses = 0
    for name, row in table.items():
        for total, count in zip(pooled, row[:4], strict=True):
            total.add(count)
        wins += row[3].f1 > row[1].f1 + 1e-9
        losses += row[3].f1 < row[1].f1 - 1e-9
        cells = " | ".join(f"{row[i].f1:.3f}" for i in (0, 2, 1, 3))
        print(f"| {name} | {cells} | {row[4]} |")
    print(f"| pooled | {pooled[0].f1:.3f} | {pooled[2].f1:.3f} | {pooled[1].f1:.3f} | {pooled[3].f1:.3f} | |")
    print(f"\nmodel better on named metrics in {wins} sets, worse in {losses}, equal in "
          f"{len(table) - wins - losses}")
    return pooled[3].f1 > pooled[1].f1 + 1e-9 and pooled[2].f1 >= pooled[0].f1 - 1e-9 and wins > losses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle keeping the rules' facts and figures between runs")
    parser.add_argument("--spans", type=Path, help="JSON file keeping the model's entity spans")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = build_examples(args.spans)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    figures = [f for ex in examples for f in ex.figures]
    print(f"{len(examples)} articles, {len(figures)} prose figures named by the rules, "
          f"{sum(f.gold is not None for f in figures)} matched to gold, "
          f"{sum(f.gold not in (None, f.rule) for f in figures)} of them with another gold name\n")
    table = leave_one_set_out(examples)
    earned = print_table(table)
    if args.no_write:
        return 0
    final = train(examples)
    final = dataclasses.replace(final, enabled=earned, trained_on={
        "sets": list(GOLD_SETS), "articles": len(examples), "figures": len(figures), "l2": L2})
    import json

    args.out.write_text(json.dumps(final.as_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} (enabled: {earned}, margin {final.margin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
