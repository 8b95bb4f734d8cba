"""Extraction time against article length, for realistic prose and every adversarial shape.

    python -m benchmarks.scaling [--sizes 10000,100000,1000000] [--shapes realistic,long_token]
                                 [--whole] [--model] [--ingest] [--cap-seconds 120]

For each shape and size: the rules' time as the extractor runs them (``facts_from_entities`` with no
entity spans: on what it reads of the text, its prose up to ``MAX_MODEL_CHARS``, ``model_input.py``),
optionally every rule stage on the whole text (``--whole``: ``rule_stages``, as ``benchmarks.regex_audit``
runs them; the line that shows the stages themselves linear), the reader's time on the text as a file
(``--ingest``: decode, HTML, chrome, title, date) and the model's (``--model``: the NER pass in
100k-character pieces over what it reads). The last column is seconds per 100,000 characters: flat
when linear. A shape whose time passes ``--cap-seconds`` is not run at larger sizes (it would only say
"slow" again).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from benchmarks.adversarial import SHAPES, shape_text

DEFAULT_SIZES = "10000,100000,1000000"


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _stages(model: bool, ingest: bool, whole: bool = False) -> dict[str, Callable[[str], object]]:
    from pipelines.extraction.extract import facts_from_entities, rule_stages

    stages: dict[str, Callable[[str], object]] = {"rules": lambda text: facts_from_entities(text, None, [])}
    if whole:
        stages["rules, whole text"] = lambda text: rule_stages(text, None, [])
    if ingest:
        from benchmarks.regex_audit import ingest_stages

        stages["ingest"] = ingest_stages()["ingest_txt"]
    if model:
        from pipelines.extraction.nlp import entities_many, load_model

        nlp = load_model()
        stages["model"] = lambda text: list(entities_many(nlp, [(text, None)]))
    return stages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="article lengths in characters")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes of benchmarks.adversarial")
    parser.add_argument("--whole", action="store_true", help="also time every rule stage on the whole text")
    parser.add_argument("--model", action="store_true", help="also time the NER model")
    parser.add_argument("--ingest", action="store_true", help="also time the reader on the text as a .txt")
    parser.add_argument("--cap-seconds", type=float, default=120.0)
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    stages = _stages(args.model, args.ingest, args.whole)
    header = " | ".join(f"{size:,} chars" for size in sizes)
    print(f"| shape | stage | {header} | s per 100k at largest |")
    print("|---|---|" + "---|" * (len(sizes) + 1))
    for shape in args.shapes.split(","):
        for stage, run in stages.items():
            cells, last = [], None
            for size in sizes:
                if last is not None and last[1] > args.cap_seconds:
                    cells.append("not run")
                    continue
                text = shape_text(shape, size)
                last = (size, _timed(lambda text=text, run=run: run(text)))
                cells.append(f"{last[1]:.2f} s")
            per_100k = f"{last[1] / last[0] * 100_000:.3f}" if last else "-"
            print(f"| {shape} | {stage} | " + " | ".join(cells) + f" | {per_100k} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
