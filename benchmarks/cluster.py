"""Benchmark the cluster mode with 1 and 2 Celery workers on one generated corpus.

    python -m benchmarks.cluster --articles 300 [--workers 1 2] [--json out.json] [--seed 7]

For each worker count, a fresh session (throwaway Postgres and Redis, the workers, an empty lake and
warehouse) runs the whole refresh: ingest, one run per extraction shard (as many in flight as workers),
dbt + publish + report. Recorded: wall time of each stage as the command saw it, each shard's step time
and the ingest, dbt and publish step times from the session's Dagster instance (Postgres), and the
DuckLake catalog commit time of one shard's facts (every fact table's rows of one shard copied in one
transaction, the commit a shard makes, timed five times). Prints a markdown table (docs/scale-out.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import DEFAULT_SEED, write_corpus
from benchmarks.run import environment
from pipelines.cluster.refresh import refresh, step_seconds
from pipelines.cluster.session import ClusterSession, cluster_session
from pipelines.settings import load_settings
from pipelines.warehouse.schema import FACT_TABLES
from pipelines.warehouse.store import ingest_connection

COMMIT_REPEATS = 5


def catalog_commit_seconds(session: ClusterSession, shard: str = "0") -> dict[str, float]:
    """Median and max seconds of one transaction writing one shard's rows of every fact table into
    scratch copies in the lake (what a shard's commit writes), and of an empty-ish one-row commit."""
    settings = load_settings(session.env)
    shard_commits, row_commits = [], []
    with ingest_connection(settings) as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS bench")
        for table in FACT_TABLES:
            con.execute(f"CREATE OR REPLACE TABLE bench.{table} AS SELECT * FROM ingest.{table} LIMIT 0")
        con.execute("CREATE OR REPLACE TABLE bench.one_row (n INTEGER)")
        for _ in range(COMMIT_REPEATS):
            started = time.perf_counter()
            con.execute("BEGIN")
            for table in FACT_TABLES:
                con.execute(f"INSERT INTO bench.{table} SELECT * FROM ingest.{table} "
                            "WHERE left(article_id, 1) = ?", [shard])
            con.execute("COMMIT")
            shard_commits.append(time.perf_counter() - started)
            started = time.perf_counter()
            con.execute("INSERT INTO bench.one_row VALUES (1)")
            row_commits.append(time.perf_counter() - started)
    return {"shard_commit_median_s": statistics.median(shard_commits),
            "shard_commit_max_s": max(shard_commits),
            "one_row_commit_median_s": statistics.median(row_commits)}


def bench_workers(workers: int, raw: Path, root: Path, per_run: int = 1) -> dict[str, Any]:
    settings = {"DEALWIRE_RAW_DIR": str(raw), "DEALWIRE_WAREHOUSE": str(root / "wh" / "dealwire.duckdb")}
    started = time.monotonic()
    with cluster_session(workers, settings, root=root / "session") as session:
        startup_s = time.monotonic() - started
        timings = refresh(session, per_run=per_run,
                          report=lambda line: print(line, file=sys.stderr, flush=True))
        shard_steps = {key: step_seconds(session, run_id).get("extract_facts", 0.0)
                       for key, run_id in timings.shard_runs.items()}
        ingest = step_seconds(session, timings.stage_runs["ingest"])
        build = step_seconds(session, timings.stage_runs["build_and_publish"])
        commits = catalog_commit_seconds(session)
    return {
        "workers": workers, "startup_s": startup_s,
        "ingest_stage_s": timings.ingest_s, "shards_stage_s": timings.shards_s,
        "build_and_publish_stage_s": timings.build_and_publish_s,
        "total_s": timings.ingest_s + timings.shards_s + timings.build_and_publish_s,
        "ingest_step_s": ingest.get("ingest_articles", 0.0),
        "shard_step_s": shard_steps,
        "shard_step_sum_s": sum(shard_steps.values()),
        "dbt_step_s": build.get("dealwire_dbt_models", 0.0),
        "publish_step_s": build.get("warehouse__published", 0.0),
        "report_step_s": build.get("report__warehouse_report", 0.0),
        **commits,
    }


def markdown(results: list[dict[str, Any]], articles: int) -> str:
    rows = [
        ("session start (Postgres, Redis, workers ready)", "startup_s"),
        ("ingest stage (run wall time)", "ingest_stage_s"), ("  ingest step", "ingest_step_s"),
        ("shards stage (wall time)", "shards_stage_s"),
        ("  sum of the shard runs' extraction steps", "shard_step_sum_s"),
        ("dbt + publish + report stage (wall time)", "build_and_publish_stage_s"),
        ("  dbt step", "dbt_step_s"), ("  publish step", "publish_step_s"),
        ("  report step", "report_step_s"),
        ("refresh total (the three stages)", "total_s"),
        ("catalog commit of one shard's facts (median)", "shard_commit_median_s"),
        ("catalog commit of one row (median)", "one_row_commit_median_s"),
    ]
    head = "| seconds, " + f"{articles} articles | " + " | ".join(
        f"{r['workers']} worker{'s' if r['workers'] > 1 else ''}" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(f"{r[key]:.2f}" if "commit" in key else f"{r[key]:.1f}"
                                                  for r in results) + " |")
    shard_lines = ["| per-shard step (min / median / max) | " + " | ".join(
        f"{min(v):.1f} / {statistics.median(v):.1f} / {max(v):.1f}"
        for v in (list(r["shard_step_s"].values()) for r in results)) + " |"]
    return "\n".join(lines + shard_lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--shards-per-run", type=int, default=1,
                        help="shards per extraction run (default 1: a run per partition)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dealwire-bench-cluster-"))
    raw = workdir / "raw"
    if not raw.is_dir():
        write_corpus(raw, args.articles, args.seed)
    env = environment()
    results = []
    for workers in args.workers:
        print(f"benchmark: {workers} worker(s), {args.articles} articles", file=sys.stderr, flush=True)
        results.append(bench_workers(workers, raw, workdir / f"workers-{workers}", args.shards_per_run))
        # Written after each worker count: a long benchmark stopped half-way keeps what it measured.
        print(markdown(results, args.articles), file=sys.stderr, flush=True)
        if args.json:
            args.json.write_text(json.dumps({"environment": env, "load_avg_now": os.getloadavg(),
                                             "articles": args.articles, "results": results}, indent=2))
    print(markdown(results, args.articles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
