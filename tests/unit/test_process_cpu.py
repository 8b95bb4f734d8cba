"""process_cpu_seconds reads a process's user + system CPU from /proc (the extraction step's accounting)."""

import os
import time

from pipelines.extraction.rules_worker import process_cpu_seconds


def test_own_cpu_matches_process_time() -> None:
    started = time.process_time()
    deadline = started + 0.3
    while time.process_time() < deadline:  # burn CPU so the clock ticks are well above their resolution
        sum(range(1000))
    measured = process_cpu_seconds(os.getpid())
    # Clock ticks are 10 ms: /proc and process_time agree within a few of them.
    assert abs(measured - time.process_time()) < 0.1
    assert measured >= 0.3


def test_gone_process_counts_nothing() -> None:
    assert process_cpu_seconds(2**22 + 12345) == 0.0  # above pid_max: no such process
