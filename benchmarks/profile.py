"""Where the time of a full run goes: the real job command under cProfile, from an empty warehouse.

    python -m benchmarks.profile --articles 1000 [--workdir DIR] [--top 25]

Dagster runs every step in one process (in_process_executor), so one profile covers ingest,
extraction, loading and publishing; dbt is a subprocess, visible here as time spent waiting on it.
Profiling slows Python code down (roughly 1.3-2x), so use it for shares, `benchmarks.run` for times.
"""

from __future__ import annotations

import argparse
import pstats
import sys
from pathlib import Path

from benchmarks.corpus import DEFAULT_SEED, write_corpus
from benchmarks.measure import run_measured
from benchmarks.run import BIN, JOB, REPO, Workspace

# (label, file suffix, function name): the stages of a run, as functions whose cumulative time is the stage's.
STAGES = (
    ("ingest: scan, read, clean, merge", "warehouse/article_sync.py", "sync_articles"),
    ("  read + clean one file (ingest library)", "ingest/reader.py", "read_article_file"),
    ("extract: whole step", "warehouse/extraction_run.py", "extract_pending"),
    ("  spaCy (tok2vec + ner)", "spacy/language.py", "pipe"),
    ("  extraction rules", "extraction/extract.py", "facts_from_entities"),
    ("  write facts (DuckDB)", "warehouse/fact_store.py", "replace_facts"),
    ("dbt build (waiting on the subprocess)", "defs/dbt.py", "dealwire_dbt_models"),
    ("asset checks", "defs/checks.py", ""),
    ("publish", "warehouse/publish.py", "publish_warehouse"),
    ("importing modules", "<frozen importlib._bootstrap>", "_find_and_load"),
)


def stage_times(stats: pstats.Stats) -> list[tuple[str, float]]:
    table = stats.stats  # type: ignore[attr-defined]  # {(file, line, func): (cc, nc, tt, ct, callers)}
    rows = []
    for label, file_suffix, function in STAGES:
        total = 0.0
        for (filename, _, name), (_, _, _, cumulative, callers) in table.items():
            if not filename.endswith(file_suffix) or (function and name != function):
                continue
            # Count only entries from outside the same function (recursion would double count).
            if function or not any(caller[0].endswith(file_suffix) for caller in callers):
                total += cumulative
        rows.append((label, total))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dealwire-profile"))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    ws = Workspace(args.workdir / f"n{args.articles}")
    ws.logs.mkdir(parents=True, exist_ok=True)
    # Always a fresh corpus: a previous benchmark may have changed 1% of it.
    write_corpus(ws.raw, args.articles, args.seed)
    ws.empty_warehouse()
    profile_path = ws.logs / "full_run.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(profile_path), str(BIN / "dagster"), *JOB]
    result = run_measured(command, ws.env(), ws.logs, "profiled_full", cwd=REPO)
    print(f"profiled full run: exit {result.returncode}, {result.wall_s:.1f} s wall (profiler included)")
    stats = pstats.Stats(str(profile_path))
    print("\nStages (cumulative seconds under the profiler):")
    for label, seconds in stage_times(stats):
        print(f"  {label:<45} {seconds:8.1f}")
    print(f"\nTop {args.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)
    print(f"\nTop {args.top} project functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(r"/pipelines/", args.top)
    print(f"profile saved: {profile_path} (open with `python -m pstats` or snakeviz)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
