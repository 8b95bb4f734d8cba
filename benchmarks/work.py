"""Work done by a function, counted instead of timed: the same on a quiet and a loaded machine.

``work_units(run)`` counts the Python lines executed (a loop's body once per pass, a comprehension once
per item) plus the calls into C (a regex search, ``sorted``, ...) while ``run()`` runs. A scan of every
mention for every sentence shows up as sentences x mentions lines however fast each line is; the steps
inside one regular expression do not (``benchmarks.regex_audit`` times those).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def work_units(run: Callable[[], object]) -> int:
    count = 0

    def on_line(frame: FrameType, event: str, arg: Any) -> Callable | None:
        nonlocal count
        if event == "line":
            count += 1
        return on_line

    def on_call(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    if sys.gettrace() is not None:
        raise RuntimeError("work_units needs the tracer to itself (not under a debugger or coverage)")
    sys.settrace(on_line)
    sys.setprofile(on_call)
    try:
        run()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count
