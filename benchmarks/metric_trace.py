"""Gold metrics the extractor never reads, grouped by cause: a trace over gold sets.

    python -m benchmarks.metric_trace tests/fixtures/blind42 [...] [--cache /tmp/deal-trace-spans]
        [--list] [--form FORM] [--stage STAGE]

Runs the rule stages on every article (the entity model's spans cached by text as ``deal_trace`` does),
and takes every gold metric for which no extracted figure of the article has the same unit and value
(within ``dealwire eval``'s tolerance, either sign). A gold figure matched in value but wrong in owner,
name or period is no miss here: ``dealwire eval --details`` lists those.

Each miss gets the stage that lost it, the first that applies:

- ``unread``: its evidence lies outside what the rules read (``model_input``'s cap or a long run);
- ``never-a-quantity``: the quantity reader found no number of that value and unit (``wrong-unit``
  when it found the number with another unit);
- ``line-dropped``: a label line or table row read the figure, no fact came of it;
- ``not-a-metric``: a quantity of the sentence reader, never named (no cue, no earlier figure);
- ``no-owner``: named, but no organization owns it, or the owner's scope refused the name;
- ``duplicate``: named and owned, dropped as the same key a figure before it had;
- ``dropped-later``: a fact was made, then the captioned-items pass or the owner ranker lost it.

and the form of its evidence (``FORMS``: the first cue that matches, ``prose`` for none). The table of
stage x form with counts ends the output; ``--list`` prints each miss with its evidence.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.deal_trace import _spans
from pipelines.extraction import evaluate, extract
from pipelines.extraction.metrics import article as metric_article
from pipelines.extraction.metrics import sentence as metric_sentence
from pipelines.extraction.model import MetricFact, Quantity
from pipelines.extraction.model_input import read_text

# The form a missed figure's evidence takes: the first cue that matches names it. Each with an example.
FORMS: list[tuple[str, re.Pattern[str]]] = [
    # "Revenue | 1,204 | 1,100": a table row, cells split by bars or tabs
    ("table-row", re.compile(r"\||\t|\S {3,}\S")),
    # "Net sales: SEK 2,057 million": a label line, a short label before a colon
    ("label-line", re.compile(r"^\W{0,3}[A-Z][^:.\n]{0,60}:\s*\S")),
    # "earnings per share of $1.02", "EPS 3.4p"
    ("per-share", re.compile(r"\bper\s+(?:diluted\s+|basic\s+)?(?:share|unit|ADS)\b|\bEPS\b", re.I)),
    # "15 basis points", "40bps"
    ("basis-points", re.compile(r"\d\s*(?:bps|basis\s+points?)\b", re.I)),
    # "a 2.5-fold rise", "three times", "1.5x"
    ("x-fold", re.compile(r"\d\s*-?\s*fold\b|\btimes\b|\d\s*x\b", re.I)),
    # "between $1.1 and $1.3 billion", "5-7%"
    (
        "range",
        re.compile(r"\bbetween\s+\S*\d\S*\s+and\b|\d\s*(?:-|–|to)\s*\$?\d[\d.,]*\s*(?:%|per\s*cent)", re.I),
    ),
    # "doubled", "a third", "two million customers", "tripled"
    (
        "word-number",
        re.compile(
            r"\b(?:doubled|tripled|quadrupled|halved|(?:a|one)[\s-]+(?:half|third|quarter|fifth)|"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
            r"hundred|a\s+dozen)\s+(?:\w+\s+)?(?:million|billion|thousand|hundred|per\s*cent|percent|times|"
            r"[a-z]+s)\b)",
            re.I,
        ),
    ),
    # "revenue (up 12%)", "(2023: 4.1bn)": the figure bracketed
    ("parenthesis", re.compile(r"\([^)]*\d[^)]*\)")),
    # "The outcome: revenue of ...": a figure after a colon in prose
    ("after-colon", re.compile(r":\s*[^:]*\d")),
]


def form_of(evidence: str) -> str:
    """The first form whose cue the evidence matches, else ``prose``."""
    return next((name for name, cue in FORMS if cue.search(evidence)), "prose")


@dataclass
class _Record:
    """What the metric stages saw of one article."""

    quantities: list[Quantity] = field(default_factory=list)
    line_values: list[tuple[str, float]] = field(default_factory=list)
    candidates: list[tuple[str, float, str]] = field(default_factory=list)  # unit, value, outcome
    made: list[MetricFact] = field(default_factory=list)


_record = _Record()
_read_lines = metric_article.read_lines
_facts_of = metric_sentence._facts_of
_owner_and_name = metric_sentence._owner_and_name
_line_facts = metric_article._line_facts


def _read_lines_recording(text, quantities, *rest):
    _record.quantities += quantities  # the scaled quantities find_metrics reads
    figures = _read_lines(text, quantities, *rest)
    _record.line_values += [(f.unit, f.value) for f in figures]
    return figures


_owned: list[bool] = []  # whether the candidate being read found an owner


def _owner_and_name_recording(*args):
    owned = _owner_and_name(*args)
    _owned.append(owned is not None)
    return owned


def _facts_of_recording(text, view, candidate, *rest):
    _owned.clear()
    facts = _facts_of(text, view, candidate, *rest)
    outcome = "no-owner" if not any(_owned) else ("duplicate" if not facts else "fact")
    _record.candidates.append((candidate.unit, candidate.value, outcome))
    _record.made.extend(facts)
    return facts


def _line_facts_recording(*args):
    facts = _line_facts(*args)
    _record.made.extend(facts)
    return facts


def _close(unit: str, gold: float, value: float) -> bool:
    return evaluate._value_close(abs(gold), abs(value), unit)


def _stage(gold: dict, record: _Record, facts: list[MetricFact], read: str) -> str:
    unit, value = gold["unit"], float(gold["value"])
    evidence = (gold.get("evidence") or "").strip()
    if evidence and evidence[:60] not in read:
        return "unread"
    if any(_close(unit, value, f.value) for f in record.made if f.unit == unit):
        return "dropped-later"
    outcomes = {o for u, v, o in record.candidates if u == unit and _close(unit, value, v)}
    for outcome in ("duplicate", "no-owner"):
        if outcome in outcomes:
            return outcome
    if any(u == unit and _close(unit, value, v) for u, v in record.line_values):
        return "line-dropped"
    if any(q.unit == unit and _close(unit, value, q.value) for q in record.quantities):
        return "not-a-metric"
    if any(_close("percent" if q.unit == "percent" else "count", value, q.value) for q in record.quantities):
        return "wrong-unit"
    return "never-a-quantity"


_SCORED = ("metrics", "metrics_named")


def trace(
    folders: list[Path], cache: Path, show: bool, form: str | None, stage: str | None
) -> tuple[Counter, Counter]:
    """The misses' causes (stage, form) and the pooled counts of the metric slots, as eval scores them."""
    metric_article.read_lines = _read_lines_recording
    metric_sentence._facts_of = _facts_of_recording
    metric_sentence._owner_and_name = _owner_and_name_recording
    metric_article._line_facts = _line_facts_recording
    articles = list(evaluate.load_articles(folders))
    spans = _spans(articles, cache)
    table: Counter = Counter()
    pooled: Counter = Counter()
    for article in articles:
        _record.__init__()
        facts = extract.facts_from_entities(article.text, article.published, spans[article.stem])
        read = read_text(article.text).text
        score = evaluate.score_article(article.stem, article.gold, facts)
        for slot in _SCORED:
            count = score.slots[slot]
            pooled.update({(slot, "tp"): count.tp, (slot, "fp"): count.fp, (slot, "fn"): count.fn})
        period = score.attributes["metric_period"]
        pooled.update(
            {("metric_period", "correct"): period.correct, ("metric_period", "total"): period.total}
        )
        for gold in article.gold.get("metrics", []):
            unit, value = gold["unit"], float(gold["value"])
            if any(m.unit == unit and _close(unit, value, m.value) for m in facts.metrics):
                continue
            evidence = (gold.get("evidence") or "").strip()
            cause = (_stage(gold, _record, facts.metrics, read), form_of(evidence))
            table[cause] += 1
            if show and (form in (None, cause[1])) and (stage in (None, cause[0])):
                print(
                    f"== {article.stem} {gold['organization']} {gold['metric']} {value} {unit} "
                    f"{gold.get('period')}\n   {cause[0]} / {cause[1]}: {evidence[:240]!r}"
                )
    return table, pooled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/deal-trace-spans"))
    parser.add_argument("--list", action="store_true", help="print each miss with its evidence")
    parser.add_argument("--form", help="list only misses of this form")
    parser.add_argument("--stage", help="list only misses lost at this stage")
    args = parser.parse_args()
    table, pooled = trace(args.folders, args.cache, args.list, args.form, args.stage)
    stages = Counter()
    forms = Counter()
    for (stage, form), n in table.items():
        stages[stage] += n
        forms[form] += n
    print(f"missed gold metrics: {sum(table.values())}")
    print("by stage: " + ", ".join(f"{s} {n}" for s, n in stages.most_common()))
    print("by form: " + ", ".join(f"{f} {n}" for f, n in forms.most_common()))
    for (stage, form), n in table.most_common():
        print(f"{n:5d}  {stage:18s} {form}")
    for slot in _SCORED:
        tp, fp, fn = (pooled[(slot, k)] for k in ("tp", "fp", "fn"))
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{slot} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
    correct, total = pooled[("metric_period", "correct")], pooled[("metric_period", "total")]
    print(f"metric_period accuracy {correct / max(1, total):.3f} ({correct}/{total})")


if __name__ == "__main__":
    main()
