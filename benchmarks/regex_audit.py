"""Audit every regular expression and every stage for super-linear time on adversarial texts.

    python -m benchmarks.regex_audit [--small 2000] [--factor 4] [--stages-only | --patterns-only]

A static ReDoS checker (regexploit from PyPI, run once: see docs/benchmarks.md) reads only the patterns
it can parse and cannot see quadratic rescans by Python loops, so this harness measures instead:
each pattern (module-level compiled ones, and literal patterns passed to `re.*` anywhere in the
source, found with `ast`) is run with ``finditer`` over every shape of ``benchmarks.adversarial`` at
two sizes ``factor`` apart (a literal pattern passed to ``re.match``/``re.fullmatch`` is run that
way, once: scanning it from every position would be a rescan the code never does); then every
stage of ingest and extraction is run the same way. Linear code grows about ``factor`` times;
quadratic ``factor`` squared. Anything growing more than ``2 * factor`` times and taking more than a
few milliseconds is flagged (and anything already slower than half a second on the small text).
Exit status 1 if any is. Timings on a busy machine are noisy: re-run a flagged line alone to confirm.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.adversarial import SHAPES, shape_text

PACKAGES = ("pipelines.extraction", "pipelines.ingest")
_NOISE_SECONDS = 0.005  # below this a ratio is timer noise
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _modules() -> Iterator[object]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        # Subpackages too (the metrics stage is a package of modules).
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
            yield importlib.import_module(info.name)


def all_patterns() -> dict[str, tuple[re.Pattern[str], bool]]:
    """'module.NAME' or 'module:line' -> (compiled pattern, anchored: only ever matched at one place)."""
    found: dict[str, tuple[re.Pattern[str], bool]] = {}
    for module in _modules():
        short = module.__name__.removeprefix("pipelines.")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{short}.{name}"] = (value, False)
        for line, pattern, flags, anchored in _literal_patterns(Path(module.__file__), vars(module)):
            found.setdefault(f"{short}:{line}", (re.compile(pattern, flags), anchored))
    unique: dict[tuple[str, int], str] = {}
    return {label: (p, anchored) for label, (p, anchored) in found.items()
            if unique.setdefault((p.pattern, p.flags), label) == label}


def _literal_patterns(path: Path, namespace: dict[str, object]) -> Iterator[tuple[int, str, int, bool]]:
    """(line, pattern, flags, anchored) of ``re.<function>("literal", ...)`` calls; flags if literal too.

    An f-string pattern is evaluated in the module's namespace when it names module constants only.
    """
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS and node.args):
            continue
        first = node.args[0]
        anchored = node.func.attr in ("match", "fullmatch")
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            yield node.lineno, first.value, _literal_flags(node), anchored
        elif isinstance(first, ast.JoinedStr):
            try:
                pattern = eval(compile(ast.Expression(first), str(path), "eval"), dict(namespace))  # noqa: S307
            except NameError:
                continue  # names a local variable: only the stage audit covers it
            yield node.lineno, pattern, _literal_flags(node), anchored


def _literal_flags(node: ast.Call) -> int:
    flags = 0
    for keyword in node.keywords:
        if keyword.arg == "flags":
            for part in ast.walk(keyword.value):
                if isinstance(part, ast.Attribute) and isinstance(getattr(re, part.attr, None), re.RegexFlag):
                    flags |= getattr(re, part.attr)
    return flags


def _seconds(run: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    run(text)
    return time.perf_counter() - started


_TOO_SLOW_SECONDS = 0.5  # already this slow on the small text: flagged without the large one


def growth(run: Callable[[str], object], shape: str, small: int, factor: int) -> tuple[float, float]:
    """(seconds at small size, seconds at factor times the size; inf when the small one was too slow)."""
    small_s = _seconds(run, shape_text(shape, small))
    if small_s > _TOO_SLOW_SECONDS:
        return small_s, float("inf")
    return small_s, _seconds(run, shape_text(shape, small * factor))


def is_super_linear(small_s: float, large_s: float, factor: int) -> bool:
    return large_s > _NOISE_SECONDS and large_s > 2 * factor * max(small_s, _NOISE_SECONDS / factor)


def extraction_stages() -> dict[str, Callable[[str], object]]:
    """Every rule stage of extraction, run as ``facts_from_entities`` runs it (no model: no spans)."""
    from pipelines.extraction import deals, entities, metrics, people, quantities, sentences
    from pipelines.extraction.extract import facts_from_entities

    def organizations(text: str) -> object:
        return entities.find_organizations(text, [], entities.boilerplate_spans(text),
                                           sentences.split_sentences(text), None)

    def deals_stage(text: str) -> object:
        found = organizations(text)
        return deals.find_deals(text, sentences.split_sentences(text), found, None,
                                entities.boilerplate_spans(text))

    def metrics_stage(text: str) -> object:
        found = organizations(text)
        return metrics.find_metrics(text, found.mentions, None, quantities.find_quantities(text))

    return {
        "sentences": sentences.split_sentences,
        "boilerplate": entities.boilerplate_spans,
        "organizations": organizations,
        "people": lambda text: people.find_people(
            text, [], organizations(text), entities.boilerplate_spans(text)),
        "quantities": quantities.find_quantities,
        "deals": deals_stage,
        "metrics": metrics_stage,
        "all_rules": lambda text: facts_from_entities(text, None, []),
    }


def ingest_stages() -> dict[str, Callable[[str], object]]:
    from pipelines.ingest import reader

    def read(name: str) -> Callable[[str], object]:
        # Decode, HTML body, chrome stripping, title and date: the whole reader on the file's bytes.
        def run(text: str) -> object:
            try:
                return reader._build_article(name, name, text.encode("utf-8"))  # noqa: SLF001
            except Exception as exc:  # noqa: BLE001 - a rejected file is an outcome, as in a run
                return exc

        return run

    return {"ingest_txt": read("a.txt"), "ingest_html": read("a.html")}


def _report(kind: str, stages: dict[str, Callable[[str], object]], small: int, factor: int) -> list[str]:
    flagged = []
    for label, run in stages.items():
        print(f"  . {label}", flush=True)
        for shape in SHAPES:
            try:
                small_s, large_s = growth(run, shape, small, factor)
            except Exception as exc:  # noqa: BLE001 - the audit reports, it does not stop
                print(f"  {kind} {label} on {shape}: raised {type(exc).__name__}: {exc}")
                continue
            if is_super_linear(small_s, large_s, factor):
                line = f"{kind} {label} on {shape}: {small_s:.3f} s -> {large_s:.3f} s (x{factor} text)"
                flagged.append(line)
                print("  SUPER-LINEAR", line, flush=True)
    return flagged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=2000, help="smaller text length in characters")
    parser.add_argument("--factor", type=int, default=4, help="the larger text is this many times longer")
    parser.add_argument("--stages-only", action="store_true")
    parser.add_argument("--patterns-only", action="store_true")
    args = parser.parse_args(argv)
    flagged: list[str] = []
    if not args.stages_only:
        patterns = all_patterns()
        print(f"{len(patterns)} distinct patterns x {len(SHAPES)} shapes, {args.small} and "
              f"{args.small * args.factor} characters", flush=True)
        runs = {label: (lambda text, p=p: p.match(text)) if anchored else
                (lambda text, p=p: sum(1 for _ in p.finditer(text)))
                for label, (p, anchored) in patterns.items()}
        flagged += _report("pattern", runs, args.small, args.factor)
    if not args.patterns_only:
        stages = {**ingest_stages(), **extraction_stages()}
        print(f"{len(stages)} stages x {len(SHAPES)} shapes", flush=True)
        flagged += _report("stage", stages, args.small, args.factor)
    print(f"{len(flagged)} super-linear")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
