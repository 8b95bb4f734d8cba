"""Progress of a long step, reported once per batch: done of total, rate and time left."""

from __future__ import annotations

import time
from collections.abc import Callable

Report = Callable[[str], None]


class Progress:
    def __init__(self, what: str, total: int, report: Report | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.what = what
        self.total = total
        self.done = 0
        self._report = report
        self._clock = clock
        self._started = clock()

    def advance(self, count: int) -> None:
        self.done += count
        if self._report is not None and count:
            self._report(self.message())

    def message(self) -> str:
        elapsed = max(self._clock() - self._started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        share = self.done / self.total if self.total else 1.0
        return (f"{self.what}: {self.done} of {self.total} ({share:.0%}), {rate:.1f}/s, "
                f"about {_duration(left)} left")


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
