"""Rule-stage time with and without the dependency parse of selected sentences (issue 11).

    .venv/bin/python -m benchmarks.parse_cost RAW_DIR [N]

Reads up to N (default 200) article files of RAW_DIR through ingestion, runs the entity model once
(timed: the model-only work of the baseline), then the rule stage (``facts_from_entities``) twice on
the same entities: with the parse, and with ``extract.Syntax`` replaced by one with no candidates. Same
process, same texts, one after the other, so the difference is the parse's own cost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pipelines.extraction import extract
from pipelines.extraction.nlp import entities_many, load_model
from pipelines.extraction.syntax import Syntax, load_parser
from pipelines.ingest.reader import read_article_file


def _no_candidates(candidates=(), model=None) -> Syntax:
    return Syntax()


def main(raw_dir: str, limit: int = 200) -> None:
    files = sorted(Path(raw_dir).iterdir())[:limit]
    articles = [read_article_file(f, Path(raw_dir)) for f in files]
    texts = [a.clean_text for a in articles if hasattr(a, "clean_text")]
    nlp = load_model()
    load_parser()
    started = time.perf_counter()
    entities = [spans for _, _, spans in entities_many(nlp, [(t, None) for t in texts], 64)]
    model = time.perf_counter() - started
    pairs = list(zip(texts, entities, strict=True))
    for text, spans in pairs[:20]:  # warm-up: compiled patterns, caches, the parser's first call
        extract.facts_from_entities(text, None, spans).syntax.parse_all()
    real_syntax = extract.Syntax
    timings: dict[str, float] = {"with": 0.0, "without": 0.0}
    parsed = 0
    for _round in range(2):  # alternate, so drifting load on a shared machine hits both alike
        for variant in ("without", "with"):
            extract.Syntax = real_syntax if variant == "with" else _no_candidates
            try:
                started = time.perf_counter()
                facts = [extract.facts_from_entities(text, None, spans) for text, spans in pairs]
                timings[variant] += (time.perf_counter() - started) / 2
            finally:
                extract.Syntax = real_syntax
            if variant == "with":
                parsed = sum(len(f.syntax.sentences) for f in facts)
    with_parse, without = timings["with"], timings["without"]
    print(
        f"{len(texts)} articles: entity model {model:.1f} s; rules without parse {without:.1f} s; "
        f"rules with parse {with_parse:.1f} s (+{with_parse - without:.1f} s, {parsed} sentences parsed)"
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200)
