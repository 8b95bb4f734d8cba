"""Mutation testing one module group at a time (docs/testing.md; not in CI: too slow).

    .venv/bin/python scripts/mutation.py GROUP run [MUTANT_GLOB ...]   # all the group's mutants, or some
    .venv/bin/python scripts/mutation.py GROUP score                   # killed / total per module
    .venv/bin/python scripts/mutation.py GROUP survivors               # survivors by function and kind
    .venv/bin/python scripts/mutation.py GROUP sample N [SEED]         # N random mutants not run yet
    .venv/bin/python scripts/mutation.py GROUP results | show NAME     # any other mutmut command

The groups are `[tool.dealwire.mutation.GROUP]` in pyproject.toml: which files are mutated and which
fast tests a mutant runs. mutmut reads its settings from the pyproject.toml of the folder it runs in, so
each group gets its own folder `tmp/mutation/GROUP/` with a generated pyproject.toml and links to the
sources; its `mutants/` (and so its results) are kept there between runs. mutmut runs at the lowest
priority with one child process: the machine is shared.

mutmut runs a group's mutants fastest tests first, so a run stopped part way is no sample of the
group; `sample` picks N of the mutants not run yet at random (seeded: the same N and seed give the same
mutants), after a first `run` has generated them. Changing a group's list of tests makes mutmut forget
every result of that group (its settings changed): add new tests to a file already listed, or accept a
full re-run.
"""

from __future__ import annotations

import difflib
import json
import os
import random
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MUTMUT = REPO / ".venv" / "bin" / "mutmut"
# Folders the tests read besides the sources (the real ../shared too: tests/conftest.py looks beside
# the repository, here beside mutants/).
LINKED = [
    "pipelines", "tests", "dbt_project", "raw", "queries", "benchmarks", "docs", "README.md", ".dagster_home",
    "workspace.yaml",
]


def _toml_value(value: object) -> str:
    # Strings and lists of strings only; JSON's quoting is valid TOML for them.
    return json.dumps(value)


def group_folder(group: str) -> Path:
    """tmp/mutation/GROUP with a pyproject.toml holding this group's mutmut settings."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    groups = pyproject["tool"]["dealwire"]["mutation"]
    if group not in groups:
        sys.exit(f"unknown group {group!r}; groups in pyproject.toml: {', '.join(groups)}")
    settings = dict(pyproject["tool"]["mutmut"])
    settings["only_mutate"] = groups[group]["mutate"]
    settings["pytest_add_cli_args_test_selection"] = groups[group]["tests"]
    folder = REPO / "tmp" / "mutation" / group
    folder.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = folder / name
        if not link.is_symlink() and (REPO / name).exists():
            link.symlink_to(REPO / name)
    shared = folder / "shared"
    if not shared.is_symlink() and (REPO.parent / "shared").exists():
        shared.symlink_to(REPO.parent / "shared")
    pytest_ini = pyproject["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]"] + [f"{k} = {_toml_value(v)}" for k, v in pytest_ini.items()]
    lines += ["", "[tool.mutmut]"] + [f"{k} = {_toml_value(v)}" for k, v in settings.items()]
    (folder / "pyproject.toml").write_text("\n".join(lines) + "\n")
    return folder


def score(folder: Path) -> None:
    """killed / total per module and for the group, from `mutmut results --all true`."""
    out = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=folder, capture_output=True, text=True, check=True
    ).stdout
    by_module: dict[str, Counter[str]] = {}
    for name, status in re.findall(r"^\s*(\S+__mutmut_\d+): (.+)$", out, re.M):
        module = re.split(r"\.x_|\.x\u01c1", name)[0]  # module.x_function__mutmut_N, module.xǁClassǁmethod...
        by_module.setdefault(module, Counter())[status.strip()] += 1
    total = Counter()
    for module, counts in sorted(by_module.items()):
        total.update(counts)
        print(_line(module, counts))
    print(_line("all", total))


# What a mutant changed: the tokens its diff put in place of the original's, matched in this order.
KINDS = [
    ("string text", re.compile(r"XX|^[rbf]?[\"'].*[\"']$|upper|lower")),
    ("loop control", re.compile(r"^(?:break|continue)$")),
    ("value replaced by None", re.compile(r"^None$")),
    ("boolean operator or negation", re.compile(r"^(?:and|or|not|is|!=|==|True|False)$")),
    ("comparison boundary", re.compile(r"^(?:<=|>=|<|>)$")),
    ("number or index", re.compile(r"^[+-]?\d")),
    ("arithmetic", re.compile(r"^[-+*/%]$")),
]
_TOKEN = re.compile(r"[rbf]?\"(?:[^\"\\]|\\.)*\"|[rbf]?'(?:[^'\\]|\\.)*'|\w+|<=|>=|==|!=|\S")


def _kind(diff: str) -> str:
    lines = diff.splitlines()
    removed = _TOKEN.findall(" ".join(x[1:] for x in lines if x.startswith("-") and not x.startswith("---")))
    added = _TOKEN.findall(" ".join(x[1:] for x in lines if x.startswith("+") and not x.startswith("+++")))
    matcher = difflib.SequenceMatcher(a=removed, b=added, autojunk=False)
    edits = matcher.get_opcodes()
    changed = [t for op, _, _, j1, j2 in edits if op in ("replace", "insert") for t in added[j1:j2]]
    if not changed:
        return "argument or call dropped"
    return next((kind for kind, pattern in KINDS if any(pattern.search(t) for t in changed)), "other")


def survivors(folder: Path) -> None:
    """Each surviving mutant's function and kind of change, then counts per function and kind."""
    command = [str(MUTMUT), "results"]
    out = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=True).stdout
    names = re.findall(r"^\s*(\S+__mutmut_\d+): survived$", out, re.M)
    counts: Counter[tuple[str, str]] = Counter()
    for name in names:
        diff = subprocess.run([str(MUTMUT), "show", name], cwd=folder, capture_output=True, text=True).stdout
        function = name.rsplit("__mutmut_", 1)[0]
        counts[function, _kind(diff)] += 1
        print(f"{name}  [{_kind(diff)}]")
    print()
    for (function, kind), n in sorted(counts.items()):
        print(f"{n:4d}  {function}  {kind}")


def sample(folder: Path, count: int, seed: int) -> list[str]:
    """``count`` mutants not run yet, drawn with ``seed`` (sorted, so the same draw runs the same way)."""
    out = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=folder, capture_output=True, text=True, check=True
    ).stdout
    pending = sorted(re.findall(r"^\s*(\S+__mutmut_\d+): not checked$", out, re.M))
    if not pending:
        sys.exit("no mutant left to run (or none generated yet: start with `run`)")
    return sorted(random.Random(seed).sample(pending, min(count, len(pending))))


def _line(label: str, counts: Counter[str]) -> str:
    mutants = sum(counts.values())
    killed = counts["killed"] + counts["timeout"]
    others = ", ".join(f"{s} {n}" for s, n in sorted(counts.items()) if s not in ("killed", "timeout"))
    share = f"{100 * killed / mutants:.1f}%" if mutants else "-"
    return f"{label:50s} {killed:5d} / {mutants:5d}  {share:>6s}  {others}"


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    group, command, *rest = argv
    folder = group_folder(group)
    if command == "score":
        score(folder)
        return
    if command == "survivors":
        survivors(folder)
        return
    if command == "sample":
        count, seed = int(rest[0]), int(rest[1]) if len(rest) > 1 else 0
        command, rest = "run", sample(folder, count, seed)
    if command == "run":
        rest = ["--max-children", "1", *rest]
    args = ["nice", "-n", "19", str(MUTMUT), command, *rest]
    sys.exit(subprocess.run(args, cwd=folder, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}).returncode)


if __name__ == "__main__":
    main(sys.argv[1:])
