"""Named gold metrics the extractor misses, each with what happened to it: a trace over gold sets.

    python -m benchmarks.named_misses tests/fixtures/blind42 [...] [--cache /tmp/deal-trace-spans] [--list]

A named gold metric (any name but ``other``) that ``dealwire eval`` leaves unmatched gets the first
cause that applies:

- ``read as other`` / ``read with another name``: a fact of the same owner, value and unit is named
  ``other`` (or another name);
- ``another owner``: a fact of the same name, value and unit belongs to another organization;
- ``value wrong``: a fact of the same owner, name and unit holds another value (scale, sign, figure);
- else the stage ``metric_trace`` finds the figure lost at (``not-a-metric``, ``no-owner``,
  ``line-dropped``, ``never-a-quantity``, ...), with the form of its evidence.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from benchmarks import metric_trace as T
from benchmarks.deal_trace import _spans
from pipelines.extraction import evaluate, extract
from pipelines.extraction.evaluate import max_matching
from pipelines.extraction.model_input import read_text


def _near_cause(gold: dict, facts, gold_dir, pred_dir) -> str | None:
    """The near miss a named gold metric shows among the article's facts, if any."""
    unit, value = gold["unit"], float(gold["value"])
    gold_org = evaluate._forms_of_name(gold["organization"], gold_dir)

    def owner(m) -> bool:
        pred_org = pred_dir.get(m.organization_key) or evaluate._forms_of_name(m.organization_name, pred_dir)
        return gold_org.related(pred_org)

    def same_value(m) -> bool:
        return m.unit == unit and evaluate._value_close(value, m.value, m.unit)

    if any(owner(m) and same_value(m) and m.metric_name == "other" for m in facts.metrics):
        return "read as other"
    if any(owner(m) and same_value(m) and m.metric_name != gold["metric"] for m in facts.metrics):
        return "read with another name"
    if any(same_value(m) and m.metric_name == gold["metric"] and not owner(m) for m in facts.metrics):
        return "another owner"
    if any(owner(m) and m.unit == unit and m.metric_name == gold["metric"] for m in facts.metrics):
        return "value wrong"
    if any(same_value(m) and m.metric_name != gold["metric"] for m in facts.metrics):
        return "another owner and name"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/deal-trace-spans"))
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    T.metric_article.read_lines = T._read_lines_recording
    T.metric_sentence._facts_of = T._facts_of_recording
    T.metric_sentence._owner_and_name = T._owner_and_name_recording
    T.metric_article._line_facts = T._line_facts_recording
    articles = list(evaluate.load_articles(args.folders))
    spans = _spans(articles, args.cache)
    table: Counter = Counter()
    for article in articles:
        T._record.__init__()
        facts = extract.facts_from_entities(article.text, article.published, spans[article.stem])
        read = read_text(article.text).text
        golds = article.gold.get("metrics", [])
        gold_dir, pred_dir = evaluate._gold_directory(article.gold), evaluate._predicted_directory(facts)
        pairs = _pairs(golds, facts, gold_dir, pred_dir)
        matched = {g for g, _ in pairs}
        for g, gold in enumerate(golds):
            if g in matched or gold["metric"] == "other":
                continue
            near = _near_cause(gold, facts, gold_dir, pred_dir)
            evidence = (gold.get("evidence") or "").strip()
            cause = near or T._stage(gold, T._record, facts.metrics, read)
            form = T.form_of(evidence)
            table[(cause, form)] += 1
            if args.list:
                print(
                    f"== {article.stem} {gold['organization']} {gold['metric']} {gold['value']} "
                    f"{gold['unit']} {gold.get('period')}\n   {cause} / {form}: {evidence[:240]!r}"
                )
    causes: Counter = Counter()
    for (cause, _), n in table.items():
        causes[cause] += n
    print(f"missed named gold metrics: {sum(table.values())}")
    for cause, n in causes.most_common():
        print(f"{n:5d}  {cause}")
    for (cause, form), n in table.most_common():
        print(f"{n:5d}  {cause:24s} {form}")


def _pairs(golds, facts, gold_dir, pred_dir) -> list[tuple[int, int]]:
    preds = facts.metrics

    def match(g: int, p: int) -> bool:
        gm, pm = golds[g], preds[p]
        gold_org = evaluate._forms_of_name(gm["organization"], gold_dir)
        pred_org = pred_dir.get(pm.organization_key) or evaluate._forms_of_name(
            pm.organization_name, pred_dir
        )
        return (
            gm["metric"] == pm.metric_name
            and gm["unit"] == pm.unit
            and evaluate._value_close(float(gm["value"]), pm.value, pm.unit)
            and gold_org.related(pred_org)
        )

    return max_matching(len(golds), len(preds), match, lambda g, p: True)


if __name__ == "__main__":
    main()
