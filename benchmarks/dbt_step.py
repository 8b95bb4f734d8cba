"""The dbt step alone, on a warehouse a full run already built: where its time goes beyond dbt's own.

    python -m benchmarks.dbt_step --workdir DIR [--runs 3] [--articles 100]

``DIR`` is a benchmark workspace (``benchmarks.run``'s layout: raw/, warehouse/, dagster_home/); with
``--articles N`` and no warehouse there yet, a corpus of N articles is written and one full
``refresh_warehouse`` run builds it (not timed). Then, ``--runs`` times: the real command for the steps after
extraction (``dagster job execute -j build_and_publish``: dbt, publish, report) and a plain ``dbt build`` on a
copy of the build database, as ``benchmarks.run`` does. Per run: the dbt step's wall time from the Dagster
instance, cut at dbt's first and last log line (its ``dbt.log`` in the step's target folder): before dbt
(adapter, ``dbt --version``), dbt itself, after dbt exits (metadata fetches, events recorded); the CPU of
the whole command's process tree; the machine's other load. The marts' rows are fingerprinted after each
run (``--fingerprint`` prints them) so a change to the step can be shown to build the same tables.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks.corpus import DEFAULT_SEED, write_corpus
from benchmarks.measure import run_measured
from benchmarks.run import BIN, REPO, Workspace, dbt_build_alone

STEP = "dealwire_dbt_models"
TARGET = REPO / "dbt_project" / "target" / "last_build"
JOB = ["job", "execute", "-m", "pipelines.definitions", "-j"]


def prepare(ws: Workspace, articles: int) -> None:
    """A built warehouse in ``ws``: a corpus and one full run, unless one is there already."""
    if ws.build.exists():
        return
    write_corpus(ws.raw, articles, DEFAULT_SEED)
    ws.empty_warehouse()
    command = [str(BIN / "dagster"), *JOB, "refresh_warehouse"]
    result = run_measured(command, ws.env(), ws.logs, "full", cwd=REPO)
    if result.returncode != 0:
        raise SystemExit(f"the full run failed: {result.stderr_path}")


def _dbt_log_span() -> tuple[float, float] | None:
    """Epoch seconds of the first and last line of the last dbt invocation's JSON log."""
    log = TARGET / "dbt.log"
    if not log.exists():
        return None
    times = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            stamp = json.loads(line)["info"]["ts"]
        except (ValueError, KeyError, TypeError):
            continue
        times.append(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())
    return (min(times), max(times)) if times else None


def _step_times(home: Path) -> tuple[float, float] | None:
    from dagster import DagsterInstance

    with DagsterInstance.from_config(str(home)) as instance:
        runs = instance.get_runs(limit=1)
        if not runs:
            return None
        for stat in instance.get_run_step_stats(runs[0].run_id):
            if stat.step_key == STEP and stat.start_time and stat.end_time:
                return stat.start_time, stat.end_time
    return None


def fingerprint(database: Path) -> dict[str, str]:
    """sha256 of each mart's rows, sorted (row order is not part of a table's content)."""
    import duckdb

    prints = {}
    with duckdb.connect(str(database), read_only=True) as connection:
        tables = connection.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
        ).fetchall()
        for (table,) in tables:
            query = f'select * from marts."{table}"'
            rows = sorted(repr(row) for row in connection.execute(query).fetchall())
            prints[table] = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()[:16]
    return prints


def one_run(ws: Workspace, index: int) -> dict[str, Any]:
    (TARGET / "dbt.log").unlink(missing_ok=True)  # dbt appends to it: one invocation's lines per run
    result = run_measured([str(BIN / "dagster"), *JOB, "build_and_publish"], ws.env(), ws.logs,
                          f"build_and_publish_{index}", cwd=REPO)
    row: dict[str, Any] = {"returncode": result.returncode, "command_wall_s": result.wall_s,
                           "command_cpu_s": result.cpu_s, "other_load_cores": result.other_load_cores}
    step, dbt = _step_times(ws.home), _dbt_log_span()
    if step:
        row["step_s"] = step[1] - step[0]
        if dbt:
            row.update(before_dbt_s=dbt[0] - step[0], dbt_s=dbt[1] - dbt[0], after_dbt_s=step[1] - dbt[1])
    alone = dbt_build_alone(ws)
    row.update(dbt_alone_s=alone["wall_s"], dbt_alone_cpu_s=alone["cpu_s"])
    row["marts"] = fingerprint(ws.warehouse)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=100, help="corpus size if the warehouse is not built")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write every run's numbers here")
    parser.add_argument("--fingerprint", action="store_true", help="print each mart's rows fingerprint")
    args = parser.parse_args(argv)
    ws = Workspace(args.workdir)
    prepare(ws, args.articles)
    rows = [one_run(ws, index) for index in range(args.runs)]
    for row in rows:
        parts = {k: v for k, v in row.items() if k != "marts"}
        print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in parts.items()))
    for key in ("step_s", "before_dbt_s", "dbt_s", "after_dbt_s", "command_cpu_s", "dbt_alone_s"):
        values = [row[key] for row in rows if key in row]
        if values:
            print(f"median {key}: {median(values):.1f}")
    if args.fingerprint:
        print(json.dumps(rows[-1]["marts"], indent=1, sort_keys=True))
    if len({json.dumps(row["marts"], sort_keys=True) for row in rows}) > 1:
        print("!! the marts differ between runs", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
