"""Audit every regular expression and every stage for super-linear time on adversarial texts.

    python -m benchmarks.regex_audit [--small 2000] [--largest 16000] [--shapes a,b] [--only label,...]
                                     [--stages-only | --patterns-only]

A static ReDoS checker (regexploit from PyPI, run once: see docs/benchmarks.md) reads only the patterns
it can parse and cannot see quadratic rescans by Python loops, so this harness measures instead:
each pattern (module-level compiled ones, and literal patterns passed to `re.*` anywhere in the
source, found with `ast`) is run with ``finditer`` over every shape of ``benchmarks.adversarial`` (a
literal pattern passed to ``re.match``/``re.fullmatch`` is run that way, once: scanning it from every
position would be a rescan the code never does); then every stage of ingest and extraction is run the
same way. Each shape is doubled from ``--small`` to ``--largest`` characters (a series ends after a
run slower than two seconds). Linear code takes ~2x the time per doubling, n log n ~2.2x, quadratic
4x: a series growing more than 2.6x per doubling over its last two doublings (and slower than a few
milliseconds at its end) is flagged, as is one already over two seconds at ``--small``. Exit status
1 if any is. Timings on a busy machine are noisy (the fastest of three runs counts while runs are
cheap): re-run a flagged line alone (``--only``, ``--shapes``) to confirm, or count instead of timing:
``--work`` measures each stage in work units (``benchmarks.work``: Python lines run plus calls into C),
the same on a loaded machine, blind to the steps inside one regular expression (the timed pattern
audit covers those), and about 20x slower to run.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import math
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.adversarial import SHAPES, shape_text
from benchmarks.work import work_units

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
    modules = list(_modules())
    methods = _methods_called(modules)
    for module in modules:
        short = module.__name__.removeprefix("pipelines.")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                # Only ever ``.match``-ed (at a position, on a slice): scanning it would be a rescan
                # the code never does. A name never seen called, or also scanned, is scanned.
                anchored = bool(methods.get(name)) and methods[name] <= _ANCHORED_METHODS
                found[f"{short}.{name}"] = (value, anchored)
        for line, pattern, flags, anchored in _literal_patterns(Path(module.__file__), vars(module)):
            found.setdefault(f"{short}:{line}", (re.compile(pattern, flags), anchored))
    unique: dict[tuple[str, int], str] = {}
    return {label: (p, anchored) for label, (p, anchored) in found.items()
            if unique.setdefault((p.pattern, p.flags), label) == label}


_ANCHORED_METHODS = frozenset({"match", "fullmatch"})


def _methods_called(modules: list[object]) -> dict[str, set[str]]:
    """Pattern-like name -> every method called on it anywhere (``NAME.finditer(``, ``mod.NAME.match(``).

    Keyed by the bare name, so two modules' patterns of one name pool their uses: the audit then
    scans both, which can only flag more."""
    methods: dict[str, set[str]] = {}
    for module in modules:
        for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
            if name:
                methods.setdefault(name, set()).add(node.func.attr)
    return methods


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
    """Fastest of up to three runs while they are cheap: a busy machine only ever adds time."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - started)
        if best > _REPEAT_BELOW_SECONDS:
            break
    return best


_REPEAT_BELOW_SECONDS = 0.05
_CAP_SECONDS = 2.0  # a run this slow ends its series: the next doubling would only say "slow" again
# n log n grows ~2.1-2.2x when the text doubles, quadratic 4x: flag above this per doubling.
DOUBLING_LIMIT = 2.6


def series(run: Callable[[str], object], shape: str, small: int, largest: int,
           cap: float = _CAP_SECONDS, work: bool = False) -> list[tuple[int, float]]:
    """(characters, seconds) for the shape at small, 2 small, 4 small ... up to largest characters;
    ends early after a run slower than ``cap`` seconds. With ``work``, (characters, work units):
    ``benchmarks.work`` counts instead of a clock, the same under any load, every size run."""
    points: list[tuple[int, float]] = []
    size = small
    while size <= largest:
        text = shape_text(shape, size)
        if work:
            run(text)  # patterns compiled and caches filled on this text first: steady-state work
            points.append((size, float(work_units(lambda text=text: run(text)))))
        else:
            points.append((size, _seconds(run, text)))
            if points[-1][1] > cap:
                break
        size *= 2
    return points


def growth_per_doubling(points: list[tuple[int, float]]) -> float:
    """Time ratio per doubling of the text over the last two doublings above timer noise
    (geometric mean, so one noisy measurement does not decide); 0 when too fast to tell."""
    usable = [(size, max(seconds, _NOISE_SECONDS / 4)) for size, seconds in points]
    usable = usable[-3:]
    if len(usable) < 2 or usable[-1][1] <= _NOISE_SECONDS:
        return 0.0
    (first_size, first_s), (last_size, last_s) = usable[0], usable[-1]
    doublings = math.log2(last_size / first_size)
    return (last_s / first_s) ** (1 / doublings)


def is_super_linear(points: list[tuple[int, float]]) -> bool:
    """Worse than n log n: over the limit per doubling, or over the cap before the series could grow."""
    too_slow_to_grow = len(points) == 1 and points[0][1] > _CAP_SECONDS
    return too_slow_to_grow or growth_per_doubling(points) > DOUBLING_LIMIT


def describe(points: list[tuple[int, float]], unit: str = "s") -> str:
    timings = ", ".join(f"{size:,}: {amount:.3f} s" if unit == "s" else f"{size:,}: {amount:,.0f} {unit}"
                        for size, amount in points)
    return f"{timings} (x{growth_per_doubling(points):.2f} per doubling)"


def extraction_stages() -> dict[str, Callable[[str], object]]:
    """Every rule stage of extraction on the whole text (no model: no spans), alone and all together as
    ``rule_stages`` (``facts_from_entities`` reads only the prose of a text: that would hide the shapes)."""
    from pipelines.extraction import deals, entities, metrics, people, quantities, sentences
    from pipelines.extraction.extract import rule_stages

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
        "all_rules": lambda text: rule_stages(text, None, []),
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


def _report(kind: str, stages: dict[str, Callable[[str], object]], shapes: list[str],
            small: int, largest: int, work: bool = False) -> list[str]:
    flagged = []
    for label, run in stages.items():
        print(f"  . {label}", flush=True)
        for shape in shapes:
            try:
                points = series(run, shape, small, largest, work=work)
            except Exception as exc:  # noqa: BLE001 - the audit reports, it does not stop
                print(f"  {kind} {label} on {shape}: raised {type(exc).__name__}: {exc}")
                continue
            if is_super_linear(points):
                line = f"{kind} {label} on {shape}: {describe(points, 'work units' if work else 's')}"
                flagged.append(line)
                print("  SUPER-LINEAR", line, flush=True)
    return flagged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=2000, help="first text length in characters")
    parser.add_argument("--largest", type=int, default=16_000,
                        help="double the text up to this length (stages: try 1000000 for realistic text)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes of benchmarks.adversarial")
    parser.add_argument("--only", default="", help="comma-separated pattern or stage labels to run")
    parser.add_argument("--stages-only", action="store_true")
    parser.add_argument("--patterns-only", action="store_true")
    parser.add_argument("--work", action="store_true",
                        help="count work (lines run + C calls) instead of timing; stages only")
    args = parser.parse_args(argv)
    shapes = args.shapes.split(",")
    only = set(filter(None, args.only.split(",")))
    flagged: list[str] = []
    if not (args.stages_only or args.work):
        patterns = {label: value for label, value in all_patterns().items() if not only or label in only}
        print(f"{len(patterns)} distinct patterns x {len(shapes)} shapes, {args.small:,} to "
              f"{args.largest:,} characters", flush=True)
        runs = {label: (lambda text, p=p: p.match(text)) if anchored else
                (lambda text, p=p: sum(1 for _ in p.finditer(text)))
                for label, (p, anchored) in patterns.items()}
        flagged += _report("pattern", runs, shapes, args.small, args.largest)
    if not args.patterns_only:
        stages = {label: run for label, run in {**ingest_stages(), **extraction_stages()}.items()
                  if not only or label in only}
        print(f"{len(stages)} stages x {len(shapes)} shapes", flush=True)
        flagged += _report("stage", stages, shapes, args.small, args.largest, work=args.work)
    print(f"{len(flagged)} super-linear")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
