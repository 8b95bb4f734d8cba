"""Train the organization keep/drop ranker (pipelines/extraction/entities/ranker.py) on the tuning gold sets.

    python scripts/train_org_ranker.py                 # leave-one-group-out table, weights, the weights file
    python scripts/train_org_ranker.py --all-slots     # also each slot with the fold's ranker in the pipeline
    python scripts/train_org_ranker.py --cache /tmp/ner.json   # keep the model's spans between runs
    python scripts/train_org_ranker.py --enable        # write it switched on (see the rule below)

Examples are the organizations the ranker judges in the pipeline (``ranker_view``: the same
``find_organizations`` call as ``extract``, on what it reads of each article, with its chrome, sentences,
gazetteer, reporting subjects and unit rows, the ranker switched off), less the names the pipeline
withdraws as people whatever the ranker says, in every tuning set: devset+seeds, heldout, blind, blind2
.. blind101 (never blind102 or later: blind102..105 is the validation pool, later sets are still being
written). An organization is labelled "keep" when the scorer's own matching (evaluate.score_article)
pairs it with a gold organization. The model is an L2-regularised logistic regression fitted by
Newton's method (deterministic: no sampling, no random start). With ``--old-style`` the old-style
examples (``find_organizations(text, spans)`` alone, rounds 7..18) are built too, only to compare: a
ranker trained on them fold by fold is scored on the same pipeline candidates.

The estimate is grouped: sets are left out in groups of about four consecutive sets (``GROUPS``), each
group scored by the model trained on the other groups, with that model's keep threshold chosen by
leave-one-group-out inside those groups, so no score is read on an article the weights or the threshold
saw. The threshold only withdraws below a low keep-probability (grid ``THRESHOLDS``). The weights file is
written from all tuning sets, switched off unless ``--enable`` is given; the pre-declared rule for
``--enable`` and the verdicts are in docs/ranker.md (round 19: left out it must beat the rules and the
old-style ranker pooled, and on the validation pool blind102..105 the ranker in service).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import TUNING_SETS, blind_sets, rounds_of_four, set_folders  # noqa: E402

from pipelines.extraction.entities import find_organizations  # noqa: E402
from pipelines.extraction.entities.ranker import (  # noqa: E402
    WEIGHTS_PATH,
    OrgRanker,
    load_ranker,
    ranker_in_use,
)
from pipelines.extraction.entities.ranker_features import FEATURE_NAMES, feature_rows  # noqa: E402
from pipelines.extraction.evaluate import Article, SlotCount, load_articles, score_article  # noqa: E402
from pipelines.extraction.gazetteer import default_gazetteer  # noqa: E402
from pipelines.extraction.model import ArticleFacts  # noqa: E402
from pipelines.extraction.ranker_view import RankerView, ranker_view  # noqa: E402

GOLD_SETS: dict[str, list[Path]] = {name: set_folders(name) for name in TUNING_SETS}
# Folds of consecutive sets, each left out whole (gold_folds.py says why).
GROUPS: dict[str, tuple[str, ...]] = {
    "devset..blind2": ("devset+seeds", "heldout", "blind", "blind2"),
    "blind3..6": blind_sets(3, 6),
    "blind7..9": blind_sets(7, 9),
    **rounds_of_four(),
}
L2 = 1.0
# Withdraw only below a low keep-probability: the grid is finer where the rules are most likely wrong.
THRESHOLDS = (0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


@dataclass
class Example:
    """The organizations the ranker judges in one article: features, keep labels, the gold to score against.

    ``organizations`` are judged by the ranker (one row of ``rows`` each); ``fixed`` are kept whatever it
    says (the pipeline's ranker abstains in an article with no model span)."""

    set_name: str
    article: Article
    organizations: list
    rows: np.ndarray
    labels: np.ndarray
    rules_count: SlotCount
    fixed: list = field(default_factory=list)
    spans: list = field(default_factory=list)  # the model's spans of the whole article (``--all-slots``)


def read_spans(articles: dict[str, list[Article]], cache: Path | None) -> dict[str, list]:
    """The model's entity spans of every article (by a hash of its text), read once and cached."""
    known = json.loads(cache.read_text()) if cache and cache.exists() else {}
    todo = [a for arts in articles.values() for a in arts if _digest(a.text) not in known]
    if todo:
        from pipelines.extraction.nlp import entities_many, load_model

        nlp = load_model()
        for article, (_t, _p, spans) in zip(
            todo, entities_many(nlp, ((a.text, None) for a in todo)), strict=True
        ):
            known[_digest(article.text)] = [list(s) for s in spans]
        if cache:
            cache.write_text(json.dumps(known))
    return {
        _digest(a.text): [tuple(s) for s in known[_digest(a.text)]]
        for arts in articles.values()
        for a in arts
    }


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def build_examples(cache: Path | None, old_style: bool = False) -> tuple[list[Example], list[Example]]:
    """Per article, the pipeline's examples (``ranker_view``: the candidates the ranker judges in
    service, less the names the pipeline withdraws as people) and the old-style examples
    (``find_organizations(text, spans)`` alone, as rounds 7..18 trained), for the comparison."""
    articles = {name: list(load_articles(folders)) for name, folders in GOLD_SETS.items()}
    spans = read_spans(articles, cache)
    views = _read_views(articles, spans, cache, old_style)
    pipeline, old = [], []
    for name, arts in articles.items():
        for article in arts:
            found = spans[_digest(article.text)]
            pipeline.append(_pipeline_example(name, article, views[_digest(article.text)]))
            pipeline[-1].spans = found
            if old_style:
                orgs, rows = views[_digest(article.text) + ":old-style"]
                old.append(_example(name, article, orgs, rows, []))
    return pipeline, old


def _old_style(text: str, found: list) -> tuple[list, list]:
    """The organizations and rows of ``find_organizations(text, spans)`` alone, as rounds 7..18 trained."""
    with ranker_in_use(None):
        orgs = find_organizations(text, found).organizations
    return orgs, feature_rows(text, orgs, found, default_gazetteer())


def _read_views(
    articles: dict[str, list[Article]], spans: dict[str, list], cache: Path | None, old_style: bool
) -> dict[str, RankerView | tuple[list, list]]:
    """``ranker_view`` of every article (it parses a few sentences: the one costly step) and its
    old-style organizations and rows (key ":old-style"), cached beside the spans and keyed by the
    feature names, so a new feature list reads them again."""
    store = cache.with_suffix(".views.pickle") if cache else None
    stamp = hashlib.sha256("|".join(FEATURE_NAMES).encode()).hexdigest()[:16]
    known: dict[str, RankerView | tuple[list, list]] = {}
    if store and store.exists():
        saved = pickle.loads(store.read_bytes())
        known = saved["views"] if saved.get("features") == stamp else {}
    for arts in articles.values():
        for article in arts:
            digest = _digest(article.text)
            if digest not in known:
                known[digest] = ranker_view(article.text, spans[digest])
            if old_style and digest + ":old-style" not in known:
                known[digest + ":old-style"] = _old_style(article.text, spans[digest])
    if store:
        store.write_bytes(pickle.dumps({"features": stamp, "views": known}))
    return known


def _pipeline_example(name: str, article: Article, view: RankerView) -> Example:
    """The ranker's candidates less those the pipeline withdraws as people anyway: the ranker's
    decision on them never reaches the output, so they neither train nor score it."""
    kept = [i for i, org in enumerate(view.candidates) if org.key not in view.withdrawn_as_people]
    if not view.judged:
        return _example(name, article, [], [], [view.candidates[i] for i in kept])
    return _example(name, article, [view.candidates[i] for i in kept], [view.rows[i] for i in kept], [])


def _example(name: str, article: Article, orgs: list, rows: list, fixed: list) -> Example:
    matrix = np.array(rows, dtype=float).reshape(len(orgs), len(FEATURE_NAMES))
    labels = np.array([_matches_gold(article, org) for org in orgs], dtype=float)
    rules = score_article(article.stem, article.gold, ArticleFacts(organizations=[*orgs, *fixed]))
    return Example(name, article, orgs, matrix, labels, rules.slots["organizations"], fixed)


def _matches_gold(article: Article, org) -> bool:
    gold = {"organizations": article.gold.get("organizations", [])}
    return score_article(article.stem, gold, ArticleFacts(organizations=[org])).slots["organizations"].tp == 1


def fit(rows: np.ndarray, labels: np.ndarray, l2: float = L2, start: np.ndarray | None = None) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias, column 0, unpenalised). The
    objective is strictly convex, so ``start`` (a nearby fold's weights) changes how many steps it
    takes, not where it ends (to the 1e-9 stopping step)."""
    weights = np.zeros(rows.shape[1]) if start is None else np.array(start, dtype=float)
    penalty = np.full(rows.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(rows @ weights)))
        gradient = rows.T @ (p - labels) + penalty * weights
        hessian = (rows * (p * (1 - p))[:, None]).T @ rows + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return weights


def org_count(examples: list[Example], ranker: OrgRanker | None) -> SlotCount:
    """Organization tp/fp/fn of these articles when the ranker (None: the rules alone) decides."""
    total = SlotCount()
    for ex in examples:
        kept = ex.organizations
        if ranker is not None and kept:
            probabilities = ranker.keep_probabilities(ex.rows.tolist())
            kept = [o for o, p in zip(kept, probabilities, strict=True) if p >= ranker.threshold]
        facts = ArticleFacts(organizations=[*kept, *ex.fixed])
        total.add(score_article(ex.article.stem, ex.article.gold, facts).slots["organizations"])
    return total


def group_of(set_name: str) -> str:
    return next(group for group, members in GROUPS.items() if set_name in members)


def train(examples: list[Example]) -> OrgRanker:
    """Weights from these articles; the threshold that did best left out group by group among them.

    The threshold search counts from the labels (withdrawing a gold-matched organization turns a true
    positive into a miss, withdrawing another removes a false positive), which is the scorer's count
    as long as each organization matches on its own; the reported tables use the scorer itself."""
    groups = sorted({group_of(ex.set_name) for ex in examples})
    tp = fp = fn = np.zeros(len(THRESHOLDS))
    for left_out in groups:
        inner = [ex for ex in examples if group_of(ex.set_name) != left_out]
        ranker = OrgRanker(_weights_of(inner), 0.0)
        for ex in (e for e in examples if group_of(e.set_name) == left_out):
            rules = ex.rules_count
            p = np.array(ranker.keep_probabilities(ex.rows.tolist())) if len(ex.labels) else np.zeros(0)
            dropped = p[None, :] < np.array(THRESHOLDS)[:, None]
            lost = (dropped * ex.labels[None, :]).sum(axis=1)
            tp = tp + rules.tp - lost
            fn = fn + rules.fn + lost
            fp = fp + rules.fp - (dropped * (1 - ex.labels)[None, :]).sum(axis=1)
    f1 = 2 * tp / np.maximum(1, 2 * tp + fp + fn)
    best = max(range(len(THRESHOLDS)), key=lambda i: (round(float(f1[i]), 6), -THRESHOLDS[i]))
    return OrgRanker(_weights_of(examples), THRESHOLDS[best])


# Weights by the examples they were fitted on: the fold for group A leaving B out inside fits what the
# fold for B leaving A out fits, and the final model what each fold's last fit was; fitted once each.
_FITTED: dict[frozenset[int], tuple[float, ...]] = {}


def _weights_of(examples: list[Example]) -> tuple[float, ...]:
    key = frozenset(id(ex) for ex in examples)
    if key not in _FITTED:
        rows = np.vstack([ex.rows for ex in examples])
        labels = np.concatenate([ex.labels for ex in examples])
        start = next(iter(_FITTED.values()), None)  # the first fit's weights: every fold is near them
        _FITTED[key] = tuple(float(w) for w in fit(rows, labels, start=start))
    return _FITTED[key]


@dataclass
class GroupScore:
    """One left-out group: the rules, the ranker trained on the other groups' pipeline examples, the
    ranker trained the old way (``find_organizations`` alone) on the other groups, and the ranker in
    service (its stored weights: in sample on the sets it was trained on), all on the pipeline's
    candidates of the group."""

    rules: SlotCount
    ranked: SlotCount
    ranker: OrgRanker
    old_style: SlotCount | None  # None: not built (``--old-style`` not given)
    in_service: SlotCount


def leave_one_group_out(
    examples: list[Example], old_examples: list[Example], in_service: OrgRanker | None
) -> dict[str, GroupScore]:
    """Per group, scored on the pipeline's candidates of that group by rankers that never saw it."""
    table = {}
    for name in GROUPS:
        held = [ex for ex in examples if group_of(ex.set_name) == name]
        ranker = train([ex for ex in examples if group_of(ex.set_name) != name])
        old = train([ex for ex in old_examples if group_of(ex.set_name) != name]) if old_examples else None
        table[name] = GroupScore(
            org_count(held, None),
            org_count(held, ranker),
            ranker,
            org_count(held, old) if old else None,
            org_count(held, in_service),
        )
        print(
            f"{name:<14} rules {table[name].rules.f1:.3f}  ranker {table[name].ranked.f1:.3f}  "
            f"old-style {_f1(table[name].old_style)} (threshold {ranker.threshold})",
            file=sys.stderr,
        )
    return table


def all_slots(examples: list[Example], table: dict) -> None:
    """Every slot of every set through the whole pipeline, rules alone vs the fold's ranker."""
    from pipelines.extraction.extract import facts_from_entities

    print(
        "\n| group | orgs rules | orgs ranker | deals rules | deals ranker | metrics rules | metrics ranker |"
    )
    print("|---|---|---|---|---|---|---|")
    totals = {(slot, arm): SlotCount() for slot in ("organizations", "deals", "metrics") for arm in (0, 1)}
    for name in GROUPS:
        counts = {key: SlotCount() for key in totals}
        for arm, ranker in ((0, None), (1, table[name].ranker)):
            with ranker_in_use(ranker):
                for ex in (e for e in examples if group_of(e.set_name) == name):
                    facts = facts_from_entities(ex.article.text, ex.article.published, list(ex.spans))
                    score = score_article(ex.article.stem, ex.article.gold, facts)
                    for slot in ("organizations", "deals", "metrics"):
                        counts[(slot, arm)].add(score.slots[slot])
        for key, count in counts.items():
            totals[key].add(count)
        cells = " | ".join(
            f"{counts[(s, a)].f1:.3f}" for s in ("organizations", "deals", "metrics") for a in (0, 1)
        )
        print(f"| {name} | {cells} |")
    cells = " | ".join(
        f"{totals[(s, a)].f1:.3f}" for s in ("organizations", "deals", "metrics") for a in (0, 1)
    )
    print(f"| all (pooled) | {cells} |")


def print_table(table: dict[str, GroupScore]) -> bool:
    """The leave-one-group-out table (markdown); whether the ranker beat the rules pooled."""
    print(
        "| group | rules F1 | ranker F1 (left out) | old-style F1 (left out) | in service F1 | rules P / R "
        "| ranker P / R | threshold |"
    )
    print("|---|---|---|---|---|---|---|---|")
    wins = losses = 0
    pooled = [SlotCount() for _ in range(4)]
    for name, row in table.items():
        wins += row.ranked.f1 > row.rules.f1 + 1e-9
        losses += row.ranked.f1 < row.rules.f1 - 1e-9
        for total, count in zip(pooled, (row.rules, row.ranked, row.old_style, row.in_service), strict=True):
            total.add(count or SlotCount())
        print(
            f"| {name} | {row.rules.f1:.3f} | {row.ranked.f1:.3f} | {_f1(row.old_style)} | "
            f"{row.in_service.f1:.3f} | {row.rules.precision:.3f} / {row.rules.recall:.3f} | "
            f"{row.ranked.precision:.3f} / {row.ranked.recall:.3f} | {row.ranker.threshold} |"
        )
    rules, ranked, old, service = pooled
    print(
        f"| all (pooled) | {rules.f1:.4f} | {ranked.f1:.4f} | {_f1(old if old.tp else None, 4)} | "
        f"{service.f1:.4f} | "
        f"{rules.precision:.3f} / {rules.recall:.3f} | {ranked.precision:.3f} / {ranked.recall:.3f} | |"
    )
    print(f"\nranker better on {wins} groups, worse on {losses}, equal on {len(table) - wins - losses}")
    # An empty old-style count (``--old-style`` not given) scores F1 1.0: that clause is then not measured.
    old_measured = old.tp + old.fp + old.fn > 0
    return ranked.f1 > rules.f1 and (not old_measured or ranked.f1 >= old.f1)


def _f1(count: SlotCount | None, digits: int = 3) -> str:
    return "-" if count is None else f"{count.f1:.{digits}f}"


def print_weights(ranker: OrgRanker, examples: list[Example]) -> None:
    """Each feature's weight times its spread over the examples: what carries the decision."""
    rows = np.vstack([ex.rows for ex in examples])
    spread = rows.std(axis=0)
    order = np.argsort(-np.abs(np.array(ranker.weights) * spread))
    print("\n| feature | weight | weight x std |\n|---|---|---|")
    for i in order:
        print(f"| {FEATURE_NAMES[i]} | {ranker.weights[i]:+.2f} | {ranker.weights[i] * spread[i]:+.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="JSON file keeping the model's entity spans")
    parser.add_argument(
        "--old-style", action="store_true", help="also train the old way fold by fold, to compare"
    )
    parser.add_argument("--all-slots", action="store_true", help="also score every slot, rules vs ranker")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write")
    parser.add_argument(
        "--enable",
        action="store_true",
        help="write it switched on (only after the validation pool also gained)",
    )
    args = parser.parse_args(argv)
    examples, old_examples = build_examples(args.cache, args.old_style)
    rows = sum(len(ex.labels) for ex in examples)
    keeps = int(sum(ex.labels.sum() for ex in examples))
    print(f"{len(examples)} articles, {rows} organizations found by the rules, {keeps} of them gold\n")
    table = leave_one_group_out(examples, old_examples, load_ranker())
    earned = print_table(table)
    if args.all_slots:
        all_slots(examples, table)
    final = train(examples)
    print_weights(final, examples)
    data = {
        **OrgRanker(final.weights, final.threshold, enabled=args.enable).as_dict(),
        "trained_on": {"sets": list(GOLD_SETS), "articles": len(examples), "organizations": rows},
        "l2": L2,
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"\nwrote {args.out} (threshold {final.threshold}, enabled: {args.enable}; left out it "
        f"{'beat' if earned else 'did not beat'} the rules (and the old-style ranker, when built) pooled)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
