"""Train the metric-owner model (pipelines/extraction/metrics/owner_model.py) on the gold sets, measured
on left-out folds.

    python scripts/train_metric_owners.py --cache /tmp/owners.pkl --spans /tmp/spans.json   # table + weights
    python scripts/train_metric_owners.py --cache /tmp/owners.pkl --no-write                # the table only

Examples are the figures the rules keep (the model off; every figure's candidate owners and their features
recorded at the owner hook) in the tuning sets: blind10..blind101, and devset, seeds, heldout and
blind..blind9 as one more fold. A candidate's label: some gold metric agrees with the figure on name, unit
and value and its owner is the candidate by the scorer's own owner test (evaluate.py's forms); figures
where no candidate is such an owner teach nothing. The model is a conditional logit (one weight vector, a
softmax over each figure's candidates, the log of the probability of the gold owners maximised),
L2-regularised, fitted by full-batch Adam from zero (deterministic). It replaces the rules' owner only where
its probability beats the rules' owner's by a margin, chosen inside each fold's training sets by grouped
cross-validation. Folds are four consecutive sets each (blind10..13, 14..17, ..., 98..101) plus the old sets
as one; each fold is scored by the model trained on all the others, metrics F1, named F1 and wrong-owner
counts against the rules alone. The weights file is written from every fold and is enabled only when the
left-out pooled metrics F1 gains and ``--validated`` says the validation pool gained too (metrics F1 up,
organizations and periods not down: docs/owner_model.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import EARLY_SETS, folders_of, rounds_of_four  # noqa: E402
from train_org_ranker import _digest, read_spans  # noqa: E402

from pipelines.extraction import evaluate as E  # noqa: E402
from pipelines.extraction.evaluate import Article, SlotCount, load_articles, score_article  # noqa: E402
from pipelines.extraction.extract import facts_from_entities  # noqa: E402
from pipelines.extraction.metrics.owner_model import (  # noqa: E402
    WEIGHTS_PATH,
    OwnerModel,
    load_owner_model,
    owner_model_in_use,
)
from pipelines.extraction.model import ArticleFacts, MetricFact  # noqa: E402

OLD_SETS = "old"
# The early sets as one fold, then four consecutive sets each (gold_folds.py)
FOLDS: dict[str, list[Path]] = {
    OLD_SETS: folders_of(EARLY_SETS),
    **{name: folders_of(sets) for name, sets in rounds_of_four().items()},
}
L2 = 1.0
MIN_COUNT = 3  # a feature seen in fewer figures' candidates is dropped
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)  # 1.01: never override
INNER_GROUPS = 4


@dataclass
class Figure:
    """One kept figure: its fact's index, its candidates' keys and features, which are gold owners."""

    fact: int
    keys: list[str]
    features: list[list[str]]
    labels: list[bool]


@dataclass
class Example:
    fold: str
    article: Article
    facts: ArticleFacts
    figures: list[Figure]
    rules_score: tuple | None = None


def _same_fact(a: MetricFact, b: MetricFact) -> bool:
    return (a.organization_key, a.metric_name, a.unit, a.value, a.evidence.text) == (
        b.organization_key,
        b.metric_name,
        b.unit,
        b.value,
        b.evidence.text,
    )


def _link(facts: ArticleFacts, records: list[dict]) -> list[tuple[int, dict]]:
    linked, used = [], set()
    for record in records:
        for i, fact in enumerate(facts.metrics):
            if i not in used and _same_fact(fact, record["fact"]):
                linked.append((i, record))
                used.add(i)
                break
    return linked


def gold_owner_labels(article: Article, facts: ArticleFacts, fact: MetricFact, keys: list[str]) -> list[bool]:
    """Per candidate key: a gold metric of the figure's name, unit and value is owned by it (the
    scorer's owner test: same or parent/unit forms)."""
    gold = article.gold
    gold_dir = E._gold_directory(gold)
    pred_dir = E._predicted_directory(facts)
    names = {o.key: o.name for o in facts.organizations}
    owners = [
        E._forms_of_name(g["organization"], gold_dir)
        for g in gold.get("metrics", [])
        if g["metric"] == fact.metric_name
        and g["unit"] == fact.unit
        and E._value_close(float(g["value"]), fact.value, fact.unit)
    ]
    labels = []
    for key in keys:
        forms = pred_dir.get(key) or E._forms_of_name(names.get(key, key), pred_dir)
        labels.append(any(o.related(forms) for o in owners))
    return labels


def build_examples(span_cache: Path | None) -> list[Example]:
    articles = {name: list(load_articles(folders)) for name, folders in FOLDS.items()}
    spans = read_spans(articles, span_cache)
    examples = []
    for fold, arts in articles.items():
        for article in arts:
            records: list[dict] = []
            with owner_model_in_use(None, records):
                found = list(spans[_digest(article.text)])
                facts = facts_from_entities(article.text, article.published, found)
            figures = []
            for i, record in _link(facts, records):
                keys = [k for k, _f in record["rows"]]
                figures.append(
                    Figure(
                        i,
                        keys,
                        [f for _k, f in record["rows"]],
                        gold_owner_labels(article, facts, facts.metrics[i], keys),
                    )
                )
            examples.append(Example(fold, article, facts, figures))
        print(f"read {fold}", file=sys.stderr)
    return examples


def _teaching(figures: list[Figure]) -> list[Figure]:
    """Figures with a choice to make and a gold owner among the candidates."""
    return [f for f in figures if len(f.keys) > 1 and any(f.labels)]


def fit(examples: list[Example], l2: float = L2) -> OwnerModel:
    figures = _teaching([f for ex in examples for f in ex.figures])
    expanded = [f.features for f in figures]
    counts = Counter(feat for rows in expanded for feats in rows for feat in set(feats))
    vocab = sorted(feat for feat, c in counts.items() if c >= MIN_COUNT)
    index = {feat: i for i, feat in enumerate(vocab)}
    width = len(vocab)
    rows, groups, positive = [], [], []
    for g, (f, rows_of) in enumerate(zip(figures, expanded, strict=True)):
        for feats, label in zip(rows_of, f.labels, strict=True):
            rows.append(sorted({index[x] for x in feats if x in index}))
            groups.append(g)
            positive.append(label)
    w = _adam(rows, np.array(groups), np.array(positive, dtype=float), width, len(figures), l2)
    return OwnerModel({vocab[j]: float(w[j]) for j in range(width) if abs(w[j]) >= 1e-4}, 1.01)


def _adam(
    rows: list[list[int]], groups: np.ndarray, positive: np.ndarray, width: int, n: int, l2: float
) -> np.ndarray:
    """Mean over figures of -log(sum of the gold owners' softmax probabilities) + l2/n |w|^2."""
    indices = np.array([j for row in rows for j in row], dtype=int)
    row_of = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    w = np.zeros(width)
    m, v = np.zeros(width), np.zeros(width)
    n = max(n, 1)
    for step in range(1, 501):
        scores = np.bincount(row_of, weights=w[indices], minlength=len(rows))
        top = np.full(n, -np.inf)
        np.maximum.at(top, groups, scores)
        e = np.exp(scores - top[groups])
        z = np.bincount(groups, weights=e, minlength=n)
        zp = np.bincount(groups, weights=e * positive, minlength=n)
        p, q = e / z[groups], e * positive / np.maximum(zp[groups], 1e-300)
        grad_row = (p - q) / n
        grad = np.bincount(indices, weights=grad_row[row_of], minlength=width) + 2 * l2 / n * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def reowned(ex: Example, model: OwnerModel | None) -> ArticleFacts:
    """The article's facts with each figure owned as the hook would have owned it."""
    if model is None or not model.enabled:
        return ex.facts
    names = {o.key: o.name for o in ex.facts.organizations}
    metrics, changed = list(ex.facts.metrics), False
    for f in ex.figures:
        chosen = model.choose(list(zip(f.keys, f.features, strict=True)))
        if chosen != f.keys[0] and chosen in names:
            metrics[f.fact] = dataclasses.replace(
                metrics[f.fact], organization_key=chosen, organization_name=names[chosen]
            )
            changed = True
    return dataclasses.replace(ex.facts, metrics=metrics) if changed else ex.facts


def _score(ex: Example, facts: ArticleFacts) -> tuple[SlotCount, SlotCount, int]:
    gold = {
        "organizations": ex.article.gold.get("organizations", []),
        "metrics": ex.article.gold.get("metrics", []),
    }
    s = score_article(
        ex.article.stem, gold, ArticleFacts(organizations=facts.organizations, metrics=facts.metrics)
    )
    return s.slots["metrics"], s.slots["metrics_named"], s.causes[("metrics", "wrong owner")]


def counts(examples: list[Example], model: OwnerModel | None) -> tuple[SlotCount, SlotCount, int]:
    total, named, wrong = SlotCount(), SlotCount(), 0
    for ex in examples:
        facts = reowned(ex, model)
        if facts is ex.facts:
            if ex.rules_score is None:
                ex.rules_score = _score(ex, facts)
            got = ex.rules_score
        else:
            got = _score(ex, facts)
        total.add(got[0])
        named.add(got[1])
        wrong += got[2]
    return total, named, wrong


def train(examples: list[Example]) -> OwnerModel:
    """Weights from these articles; the margin that did best on grouped folds among them."""
    folds = sorted({ex.fold for ex in examples})
    groups = [folds[i::INNER_GROUPS] for i in range(INNER_GROUPS)]
    by_margin = {margin: SlotCount() for margin in MARGINS}
    for group in groups:
        inner = fit([ex for ex in examples if ex.fold not in group])
        held = [ex for ex in examples if ex.fold in group]
        for margin in MARGINS:
            by_margin[margin].add(counts(held, dataclasses.replace(inner, margin=margin))[0])
    best = max(MARGINS, key=lambda margin: (round(by_margin[margin].f1, 6), margin))
    return dataclasses.replace(fit(examples), margin=best)


def left_out(examples: list[Example], in_service: OwnerModel | None) -> dict[str, tuple]:
    """Per fold: rules (metrics, named, wrong owners), the model trained on the other folds (the same
    and its margin), and the model in service switched on (its stored weights: in sample on the sets it
    was trained on; the rules' counts when there is none)."""
    service = dataclasses.replace(in_service, enabled=True) if in_service else None
    table = {}
    for fold in FOLDS:
        held = [ex for ex in examples if ex.fold == fold]
        model = train([ex for ex in examples if ex.fold != fold])
        table[fold] = (*counts(held, None), *counts(held, model), model.margin, *counts(held, service))
        row = table[fold]
        print(
            f"{fold:<12} metrics rules {row[0].f1:.3f} model {row[3].f1:.3f} in service {row[7].f1:.3f}  "
            f"named {row[1].f1:.3f} {row[4].f1:.3f} {row[8].f1:.3f}  "
            f"wrong owner {row[2]} -> {row[5]} ({row[9]})  margin {model.margin}",
            file=sys.stderr,
        )
    return table


def print_table(table: dict) -> bool:
    """The left-out table (markdown); whether the model earned its place on the tuned pool."""
    print(
        "| fold | metrics rules | metrics +model | metrics in service | named rules | named +model | "
        "named in service | wrong owner rules | +model | in service | margin |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    columns = (0, 3, 7, 1, 4, 8)
    pooled = [SlotCount() for _ in columns]
    wrong = [0, 0, 0]
    for fold, row in table.items():
        for total, j in zip(pooled, columns, strict=True):
            total.add(row[j])
        for i, j in enumerate((2, 5, 9)):
            wrong[i] += row[j]
        cells = " | ".join(f"{row[j].f1:.3f}" for j in columns)
        print(f"| {fold} | {cells} | {row[2]} | {row[5]} | {row[9]} | {row[6]} |")
    cells = " | ".join(f"{c.f1:.4f}" for c in pooled)
    print(f"| pooled | {cells} | {wrong[0]} | {wrong[1]} | {wrong[2]} | |")
    return pooled[1].f1 > pooled[0].f1 + 1e-9


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle keeping the rules' facts and figures between runs")
    parser.add_argument("--spans", type=Path, help="JSON file keeping the model's entity spans")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--validated",
        action="store_true",
        help="the validation pool gained too (model on vs off, docs/owner_model.md)",
    )
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = build_examples(args.spans)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    figures = [f for ex in examples for f in ex.figures]
    teaching = _teaching(figures)
    print(
        f"{len(examples)} articles, {len(figures)} figures kept by the rules, {len(teaching)} with a gold "
        f"owner among two or more candidates, {sum(not f.labels[0] for f in teaching)} of them with the "
        f"rules' owner wrong\n"
    )
    earned = print_table(left_out(examples, load_owner_model()))
    if args.no_write:
        return 0
    earned = earned and args.validated  # the pre-declared rule: left-out gain AND the validation look
    final = dataclasses.replace(
        train(examples),
        enabled=earned,
        trained_on={"folds": list(FOLDS), "articles": len(examples), "figures": len(teaching), "l2": L2},
    )
    args.out.write_text(json.dumps(final.as_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} (enabled: {earned}, margin {final.margin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
