"""Where each missed gold deal is lost in the pipeline: a trace over gold sets.

    python -m benchmarks.deal_trace tests/fixtures/blind42 [...] [--cache /tmp/deal-trace-spans] [--quiet]

Runs the rule stages on every article (the entity model's spans cached by text, so a second run after a
rule change skips the model), scores deals as ``dealwire eval`` does and, for each gold deal left
unmatched, prints the first stage that lost it:

- ``org-missing``: a party is no organization the organizations stage (or the deal stage's proposals)
  found, so no deal can name it;
- ``dropped-in-merge``: a deal with the gold's parties was read, then merging or a filter dropped it;
- ``wrong-type``: a deal with the gold's parties was found with another type;
- ``wrong-parties``: the found deal sharing most parties with the gold (its type first), the gold's
  parties it lost and the parties it holds beyond the gold's;
- ``not-read``: every party is an organization, no deal names any of them (no trigger, pattern or parse
  read the sentence that states it).

The evidence and whether it holds a deal word the parse reads follow, to sort the misses by hand into
causes (pronouns, deals told across sentences, background deals, deal types). A matched deal with a wrong
date is printed as ``== date`` with its cause (no article date, a relative day not resolved, a written
date not read, the date told in another sentence, another date found). Ends with the pooled
deal score, which equals ``dealwire eval``'s.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
from pathlib import Path

from pipelines.extraction import deals as deal_stage
from pipelines.extraction import evaluate, extract
from pipelines.extraction.deal_dates import header_date
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE
from pipelines.extraction.model import DealFact
from pipelines.extraction.nlp import entities_many, load_model
from pipelines.ingest.dates import DATE_PATTERNS

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
    missing = [
        n
        for n, f in zip(gold["parties"], forms, strict=True)
        if not any(f.same(p) for p in pred_dir.values())
    ]
    if missing:
        return "org-missing", missing

    def same(deal: DealFact) -> bool:
        found = [evaluate._party_forms(x, pred_dir) for x in deal.participants]
        pairs = evaluate.max_matching(len(forms), len(found), lambda a, b: forms[a].related(found[b]))
        return len(found) == len(forms) == len(pairs)

    if any(same(d) for d in _read):
        return "dropped-in-merge", []
    best = _nearest(gold, forms, facts.deals, pred_dir)
    if best is None:
        return "not-read", []
    deal, shared = best
    found = [evaluate._party_forms(x, pred_dir) for x in deal.participants]
    lost = [n for n, f in zip(gold["parties"], forms, strict=True) if not any(f.related(x) for x in found)]
    extra = [
        x.organization_name
        for x, f in zip(deal.participants, found, strict=True)
        if not any(g.related(f) for g in forms)
    ]
    stage = "wrong-type" if not lost and not extra else "wrong-parties"
    return stage, [
        f"{deal.deal_type} {[x.organization_name for x in deal.participants]}",
        f"lost {lost}",
        f"extra {extra}",
        f"shared {shared}",
    ]


def _related(forms, found):
    return lambda a, b: forms[a].related(found[b])


def _nearest(gold: dict, forms, deals, pred_dir) -> tuple[DealFact, int] | None:
    """The found deal that best matches a gold deal: the most parties in common, the gold's type first;
    None where no found deal shares a party."""
    scored = []
    for deal in deals:
        found = [evaluate._party_forms(x, pred_dir) for x in deal.participants]
        shared = len(evaluate.max_matching(len(forms), len(found), _related(forms, found)))
        if shared:
            scored.append((shared, deal.deal_type == gold["type"], -len(found), deal))
    if not scored:
        return None
    shared, _type, _size, deal = max(scored, key=lambda row: row[:3])
    return deal, shared


# the words that tell a deal's day relative to the article's date
_RELATIVE_DAY = re.compile(
    r"(?i)\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _date_cause(article: evaluate.Article, gold: dict, found: DealFact | None) -> str:
    """Why a matched deal's date is wrong: the article has no date to read a relative day against, the
    evidence names a relative day, the evidence writes the date, or the date is told elsewhere."""
    evidence = gold.get("evidence") or ""
    if not gold.get("announced"):
        return "dated-but-gold-undated"
    if found is not None and found.announced is not None:
        return "other-date-found"
    if article.published is None and header_date(article.text) is None:
        return "no-article-date"
    if _RELATIVE_DAY.search(evidence):
        return "relative-day-not-resolved"
    if any(p.search(evidence) for p in DATE_PATTERNS):
        return "written-date-not-read"
    return "date-in-another-sentence-or-lead"


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
            if not quiet and f"deal {gold['parties']}: announced" in " ".join(score.wrong_attributes):
                _print_wrong_date(article, gold, facts, gold_dir, pred_dir)
            if quiet or f"{gold['type']} {gold['parties']}" not in missed:
                continue
            stage, detail = _stage(gold, facts, gold_dir, pred_dir)
            evidence = gold.get("evidence") or ""
            print(
                f"== {article.stem} {gold['type']} {gold['parties']}\n   {stage} {detail} "
                f"deal word: {bool(DEAL_VERB_CUE.search(evidence))}\n   {evidence[:300]!r}"
            )
    return tp, fp, fn, organizations


def _print_wrong_date(article: evaluate.Article, gold: dict, facts, gold_dir, pred_dir) -> None:
    forms = [evaluate._forms_of_name(n, gold_dir) for n in gold["parties"]]
    best = _nearest(gold, forms, facts.deals, pred_dir)
    found = best[0] if best else None
    print(
        f"== date {article.stem} {gold['type']} {gold['parties']}\n   {_date_cause(article, gold, found)} "
        f"gold {gold.get('announced')} found {found.announced if found else None}\n   "
        f"{(gold.get('evidence') or '')[:300]!r}"
    )


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
