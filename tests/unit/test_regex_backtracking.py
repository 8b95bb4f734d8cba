"""No regular expression of the extraction and ingest libraries backtracks without bound.

A nested quantifier such as ``(?:[^\\W\\d]+|...)+`` can split a run of n letters 2**n ways; on a line that
fails at its end it does not return for hours, and the nightly run hangs on one article (blind97 found one
in metrics/clauses.py). Every compiled pattern the libraries hold at module level, or in a module-level
table of cues, is run against strings built to make such patterns explode. The 2-second alarm is a hang
guard, not a speed test: each probe takes microseconds, the bug it guards takes hours.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator

import pipelines

ADVERSARIAL_PROBES = (
    "Acme Insurance profit jumps strongly as insurance revenue climbs higher and higher again 44% x,",
    "A" * 40 + "!",
    "a" * 40 + " 5",
    "word " * 30 + "5%,",
    "Aaaa Bbbb " * 15 + "(",
    "The Company Group Holdings Limited International Bank Energy Capital Partners " * 2 + "1",
    " " * 60 + "x",
    "1" * 40 + "a",
    "1,2" * 20 + "x",
    "-" * 40 + "x",
)


class _Hang(Exception):
    pass


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 2 and isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, field.name), depth + 1)


@functools.cache
def _library_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module_info in pkgutil.walk_packages(pipelines.__path__, "pipelines."):
        if not module_info.name.startswith(("pipelines.extraction", "pipelines.ingest", "pipelines.legal")):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            for index, pattern in enumerate(_patterns_in(value)):
                found.setdefault(f"{module_info.name}.{name}[{index}]", pattern)
    return found


def _raise_hang(*_: object) -> None:
    raise _Hang


def _first_hanging_probe(pattern: re.Pattern[str]) -> str | None:
    previous = signal.signal(signal.SIGALRM, _raise_hang)
    try:
        for probe in ADVERSARIAL_PROBES:
            for run in (pattern.search, pattern.match, pattern.fullmatch):
                signal.setitimer(signal.ITIMER_REAL, 2.0)
                try:
                    run(probe)
                except _Hang:
                    return f"{run.__name__}({probe[:40]!r}...)"
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return None


def test_the_scan_finds_the_libraries_patterns() -> None:
    assert len(_library_patterns()) > 300


def test_a_nested_quantifier_is_caught_by_the_probes() -> None:
    planted = re.compile(r"(?:[^\W\d]+|[\s-])+")
    assert _first_hanging_probe(planted) is not None


def test_no_pattern_backtracks_without_bound() -> None:
    hanging = {
        name: probe
        for name, pattern in _library_patterns().items()
        if (probe := _first_hanging_probe(pattern))
    }
    assert hanging == {}
