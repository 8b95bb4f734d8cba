"""Run a command and measure it from outside: wall clock and peak memory of its whole process tree.

Two memory numbers, because they answer different questions:
- `peak_tree_rss_mb`: the largest sum of resident memory over the process and all its descendants,
  sampled from /proc every 100 ms (what the machine must hold at once; counts spaCy workers and dbt);
- `peak_process_rss_mb`: the high-water mark (ru_maxrss from wait4) of the single largest process in
  the tree, exact but per process.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass(frozen=True)
class Measured:
    returncode: int
    wall_s: float
    peak_tree_rss_mb: float
    peak_process_rss_mb: float
    cpu_s: float  # user + system time of the command and its waited-for descendants
    # CPU the rest of the machine used meanwhile, in cores (0 = quiet machine, 2 = both cores busy
    # elsewhere): other helpers share these 2 cores, and a number measured under load says so here.
    other_load_cores: float
    stdout_path: Path
    stderr_path: Path


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores)."""
    with open("/proc/stat", encoding="ascii") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children_by_parent() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * _PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss_kb(root: int) -> int:
    tree = _children_by_parent()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kb(pid)
        stack.extend(tree.get(pid, ()))
    return total


def run_measured(
    command: Sequence[str], env: Mapping[str, str], log_dir: Path, name: str, cwd: Path | None = None,
    interval_s: float = 0.1,
) -> Measured:
    log_dir.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    peak = [0]
    done = threading.Event()
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start, busy_start = time.perf_counter(), _busy_cpu_s()
        process = subprocess.Popen(list(command), env=dict(env), cwd=cwd, stdout=out, stderr=err)

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss_kb(process.pid))
                done.wait(interval_s)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 reports the child's own usage merged with its waited-for descendants (max RSS over them).
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        busy = _busy_cpu_s() - busy_start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(
        returncode=process.returncode, wall_s=wall, peak_tree_rss_mb=peak[0] / 1024,
        cpu_s=cpu, other_load_cores=max(0.0, (busy - cpu) / wall) if wall else 0.0,
        peak_process_rss_mb=usage.ru_maxrss / 1024, stdout_path=stdout_path, stderr_path=stderr_path,
    )
