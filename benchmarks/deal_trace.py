"""Where each missed gold deal is lost in the pipeline: a trace over gold sets.

    python -m benchmarks.deal_trace tests/fixtures/blind42 [...] [--cache /tmp/deal-trace-spans] [--quiet]

Runs the rule stages on every article (the entity model's spans cached by text, so a second run after a
rule change skips the model), scores deals as ``dealwire eval`` does and, for each gold deal left
unmatched, prints the first stage that lost it:

- ``org-missing``: a party is no organization the organizations stage (or the deal stage's proposals)
  found, so no deal can name it;
- ``dropped-in-merge``: a deal with the gold's parties was read, then merging or a filter dropped it;
- ``wrong-parties``: a deal sharing a party was found, with a party missing, extra or wrong;
- ``not-read``: every party is an organization, no deal names any of them (no trigger, pattern or parse
  read the sentence that states it).

The evidence and whether it holds a deal word the parse reads follow, to sort the misses by hand into
causes (pronouns, deals told across sentences, background deals, deal types). Ends with the pooled
deal score, which equals ``dealwire eval``'s.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from pathlib import Path

from pipelines.extraction import deals as deal_stage
from pipelines.extraction import evaluate, extract
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE
from pipelines.extraction.model import DealFact
from pipelines.extraction.nlp import entities_many, load_model

_read: list[DealFact] = []  # the deals of the article being traced, before merging
_merge = deal_stage._merge


def _merge_recording(deals, organizations):  # the pipeline's merge, with what it was handed kept
    _read[:] = deals
    return _merge(deals, organizations)


def _spans(articles: list[evaluate.Article], cache: Path) -> dict[str, list[tuple[int, int, str]]]:
    cache.mkdir(parents=True, exist_ok=True)
    found, todo = {}, []
    for article in articles:
        path = cache / f"{hashlib.sha1(article.text.encode()).hexdigest()}.pkl"
        if path.exists():
            found[article.stem] = pickle.loads(path.read_bytes())
        else:
            todo.append((article, path))
    if todo:
        items = [(a.text, a.published) for a, _ in todo]
        read = entities_many(load_model(), items)
        for (article, path), (_text, _day, spans) in zip(todo, read, strict=True):
            path.write_bytes(pickle.dumps(spans))
            found[article.stem] = spans
    return found


def _stage(gold: dict, facts, gold_dir, pred_dir) -> tuple[str, list[str]]:
    forms = [evaluate._forms_of_name(n, gold_dir) for n in gold["parties"]]
    missing = [n for n, f in zip(gold["parties"], forms, strict=True)
               if not any(f.same(p) for p in pred_dir.values())]
    if missing:
        return "org-missing", missing

    def same(deal: DealFact) -> bool:
        found = [evaluate._party_forms(x, pred_dir) for x in deal.participants]
        pairs = evaluate.max_matching(len(forms), len(found), lambda a, b: forms[a].related(found[b]))
        return len(found) == len(forms) == len(pairs)

    if any(same(d) for d in _read):
        return "dropped-in-merge", []
    near = [d for d in facts.deals
            if any(f.related(evaluate._party_forms(x, pred_dir)) for f in forms for x in d.participants)]
    return ("wrong-parties" if near else "not-read"), [
        f"{d.deal_type} {[x.organization_name for x in d.participants]}" for d in near]


def trace(folders: list[Path], cache: Path, quiet: bool = False) -> tuple[int, int, int, list[int]]:
    deal_stage._merge = _merge_recording
    articles = list(evaluate.load_articles(folders))
    spans = _spans(articles, cache)
    tp = fp = fn = 0
    organizations = [0, 0, 0]  # the organizations slot's tp, fp, fn: proposed parties are organizations too
    for article in articles:
        facts = extract.facts_from_entities(article.text, article.published, spans[article.stem])
        score = evaluate.score_article(article.stem, article.gold, facts)
        count = score.slots["deals"]
        tp, fp, fn = tp + count.tp, fp + count.fp, fn + count.fn
        orgs = score.slots["organizations"]
        organizations = [a + b for a, b in zip(organizations, (orgs.tp, orgs.fp, orgs.fn), strict=True)]
        missed = set(score.misses["deals"])
        gold_dir, pred_dir = evaluate._gold_directory(article.gold), evaluate._predicted_directory(facts)
        for gold in article.gold.get("deals", []):
            if quiet or f"{gold['type']} {gold['parties']}" not in missed:
                continue
            stage, detail = _stage(gold, facts, gold_dir, pred_dir)
            evidence = gold.get("evidence") or ""
            print(f"== {article.stem} {gold['type']} {gold['parties']}\n   {stage} {detail} "
                  f"deal word: {bool(DEAL_VERB_CUE.search(evidence))}\n   {evidence[:300]!r}")
    return tp, fp, fn, organizations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/deal-trace-spans"))
    parser.add_argument("--quiet", action="store_true", help="the pooled score only")
    args = parser.parse_args()
    *deals, organizations = trace(args.folders, args.cache, args.quiet)
    for slot, (tp, fp, fn) in (("deals", deals), ("organizations", organizations)):
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{slot} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
