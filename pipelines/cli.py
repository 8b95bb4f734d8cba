"""`dealwire`: run, query and evaluate the pipeline without opening the UI.

  dealwire run                   materialize every asset once (same job as the nightly schedule)
  dealwire summary               counts in the published warehouse
  dealwire sql "select ..."      read-only SQL (text or a .sql file) on the published warehouse
                                 [--csv F | --parquet F]
  dealwire eval DIR [DIR ...]    extraction scores against gold annotations
  dealwire ui                    Dagster webserver + daemon on 127.0.0.1 (Ctrl-C or SIGTERM stops both)
  dealwire dbt ARGS...           dbt with the project's profile and build database (e.g. docs generate)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines.settings import DBT_PROJECT_DIR, PROJECT_ROOT, dbt_environment, load_settings

SUMMARY_QUERIES = {
    "articles": "SELECT count(*) FROM marts.dim_articles",
    "organizations": "SELECT count(*) FROM marts.dim_organizations",
    "people": "SELECT count(*) FROM marts.dim_people",
    "deals": "SELECT count(*) FROM marts.fct_deals",
    "metrics": "SELECT count(*) FROM marts.fct_company_metrics",
    "files rejected": "SELECT count(*) FROM ingest.ingest_errors WHERE is_open",
}

MAX_LISTED_ERRORS = 20


def _dagster_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / ".dagster_home"))
    Path(env["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    return env


def _venv_tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


# `dagster job execute` warns on every call that `dg launch` supersedes it; that command is in
# dagster-dg-cli, which is not installed, so the console would show a warning the user cannot act on.
_HIDE_SUPERSEDED_WARNING = "ignore:Function `job_execute_command` is superseded"


def job_execute_env() -> dict[str, str]:
    """Environment of the `dagster job execute` that `dealwire run` starts."""
    env = _dagster_env()
    env["PYTHONWARNINGS"] = ",".join(filter(None, (env.get("PYTHONWARNINGS"), _HIDE_SUPERSEDED_WARNING)))
    return env


# The console shows INFO and above; every DEBUG event still goes to the run's log in the instance (UI).
CONSOLE_RUN_CONFIG = "loggers:\n  console:\n    config:\n      log_level: INFO\n"


def _prepare_manifest() -> None:
    # Loading the definitions needs dbt's manifest and never runs dbt itself: parse here when stale.
    from pipelines.dbt_manifest import prepare_manifest

    prepare_manifest()


def cmd_run(_: argparse.Namespace) -> int:
    _prepare_manifest()
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix="dealwire-run-") as run_config:
        run_config.write(CONSOLE_RUN_CONFIG)
        run_config.flush()
        result = subprocess.run(
            [_venv_tool("dagster"), "job", "execute", "-m", "pipelines.definitions",
             "-j", "refresh_warehouse", "-c", run_config.name],
            env=job_execute_env(), cwd=PROJECT_ROOT,
        )
    if result.returncode != 0:
        print("dealwire: the run failed; see the log above (or the run in the Dagster UI)", file=sys.stderr)
        return result.returncode
    return cmd_summary(_)


def _published_warehouse() -> Path | None:
    """The published warehouse, or None (with a message saying how to build it) when there is none."""
    warehouse = load_settings().warehouse
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run `dealwire run` first", file=sys.stderr)
        return None
    return warehouse


def cmd_summary(_: argparse.Namespace) -> int:
    import duckdb

    warehouse = _published_warehouse()
    if warehouse is None:
        return 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        print("dealwire warehouse summary")
        for label, sql in SUMMARY_QUERIES.items():
            print(f"  {label:<15} {con.execute(sql).fetchone()[0]:>8}")
        rejected = con.execute(
            "SELECT source_path, reason FROM ingest.ingest_errors WHERE is_open ORDER BY source_path"
        ).fetchall()
    # Name every rejected file with its reason: the person reading this is the one who can fix it.
    for source_path, reason in rejected[:MAX_LISTED_ERRORS]:
        print(f"    {source_path}: {reason}")
    if len(rejected) > MAX_LISTED_ERRORS:
        more = len(rejected) - MAX_LISTED_ERRORS
        print(f"    ... and {more} more: dealwire sql queries/ingest_errors_to_fix.sql")
    print(f"  warehouse       {warehouse}")
    print(f"  SQL shell       .venv/bin/duckdb -readonly {warehouse}")
    return 0


def _query_text(query: str) -> str:
    """The argument itself, or the contents of a `.sql` file (e.g. one of queries/)."""
    path = Path(query)
    if query.endswith(".sql") and path.is_file():
        return path.read_text(encoding="utf-8")
    return query


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    warehouse = _published_warehouse()
    if warehouse is None:
        return 1
    # read_only: an analyst's query can never block or damage the nightly run.
    with duckdb.connect(str(warehouse), read_only=True) as con:
        try:
            relation = con.sql(_query_text(args.query))
            if relation is None:
                return 0
            if args.csv:
                relation.write_csv(args.csv)
                print(f"wrote {args.csv}")
            elif args.parquet:
                relation.write_parquet(args.parquet)
                print(f"wrote {args.parquet}")
            else:
                relation.show(max_rows=args.max_rows, max_width=200)
        except duckdb.Error as error:
            print(f"dealwire sql: {error}", file=sys.stderr)
            return 1
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.extraction import evaluate

    flags = [flag for flag, on in (("--json", args.json), ("--details", args.details)) if on]
    return evaluate.main([*args.folders, *flags])


def cmd_dbt(args: argparse.Namespace) -> int:
    command = [_venv_tool("dbt"), *args.dbt_args, "--project-dir", str(DBT_PROJECT_DIR),
               "--profiles-dir", str(DBT_PROJECT_DIR)]
    return subprocess.run(command, env={**os.environ, **dbt_environment(load_settings())}).returncode


_INIT_INSTANCE = """
from dagster import DagsterInstance
with DagsterInstance.get() as instance:
    instance.get_runs(limit=1)
"""


# The name `workspace.yaml` gives the location (its module), so schedule and sensor state carry over.
_LOCATION_NAME = "pipelines.definitions"
_CODE_SERVER_WORKSPACE = """load_from:
  - grpc_server:
      host: 127.0.0.1
      port: {port}
      location_name: {location}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serving(process: subprocess.Popen, port: int, timeout_s: float = 600) -> bool:
    """Whether ``process`` accepts connections on ``port`` before it exits or ``timeout_s`` passes."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None and time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
        time.sleep(0.5)
    return False


def _code_server_command(port: int) -> list[str]:
    """One code server that the webserver and the daemon share.

    With the `python_module` entry of workspace.yaml each of them spawns its own, and the daemon drops
    and respawns its one every 60 s (a new process importing dbt and spaCy: the "No heartbeat
    received" warning of the dropped one each minute). Against a `grpc_server` entry they only connect.
    """
    return [_venv_tool("dagster"), "code-server", "start", "-m", _LOCATION_NAME, "-h", "127.0.0.1",
            "-p", str(port), "--location-name", _LOCATION_NAME]


def cmd_ui(args: argparse.Namespace) -> int:
    """Code server, webserver and daemon as children we own: they stop when we do, on Ctrl-C or SIGTERM."""
    _prepare_manifest()
    env = _dagster_env()
    # Create the instance's SQLite storage once, before two processes race to create it: on a fresh
    # DAGSTER_HOME that race stamps two alembic heads and the code location never loads again.
    init = subprocess.run([sys.executable, "-c", _INIT_INSTANCE], env=env, cwd=PROJECT_ROOT)
    if init.returncode != 0:
        print(f"dealwire ui: could not open the Dagster instance in {env['DAGSTER_HOME']}", file=sys.stderr)
        return init.returncode

    def default_signals() -> None:
        # A parent started in the background may have SIGINT ignored; our children must not inherit that.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    code_server_port = _free_port()
    workspace_dir = tempfile.TemporaryDirectory(prefix="dealwire-ui-")
    workspace = str(Path(workspace_dir.name) / "workspace.yaml")
    Path(workspace).write_text(_CODE_SERVER_WORKSPACE.format(port=code_server_port, location=_LOCATION_NAME))
    code_server = subprocess.Popen(
        _code_server_command(code_server_port),
        env=env, cwd=PROJECT_ROOT, preexec_fn=default_signals, start_new_session=True,
    )
    # It listens once the definitions are loaded: webserver and daemon started earlier would log
    # "Could not reach user code server" with a stack trace first.
    if not _serving(code_server, code_server_port):
        code_server.kill()
        code_server.wait()
        workspace_dir.cleanup()
        print("dealwire ui: the code server did not start (see its log above)", file=sys.stderr)
        return 1
    children = [
        code_server,
        subprocess.Popen(
            [_venv_tool("dagster-webserver"), "-h", args.host, "-p", str(args.port), "-w", workspace],
            env=env, cwd=PROJECT_ROOT, preexec_fn=default_signals, start_new_session=True,
        ),
        subprocess.Popen(
            [_venv_tool("dagster-daemon"), "run", "-w", workspace],
            env=env, cwd=PROJECT_ROOT, preexec_fn=default_signals, start_new_session=True,
        ),
    ]
    print(f"Dagster UI on http://{args.host}:{args.port} (daemon running: schedules and sensors active)")

    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            if child.poll() is None:
                child.terminate()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    try:
        while True:
            codes = [child.poll() for child in children]
            if stopping or any(code is not None for code in codes):
                break
            time.sleep(0.5)
        if not stopping:
            exit_code = 1
            print("dealwire ui: a Dagster process exited; stopping the others", file=sys.stderr)
            stop(signal.SIGTERM, None)
    finally:
        for child in children:
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                # Each child leads its own process group: take its subprocesses with it.
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signal.SIGKILL)
                child.wait()
        workspace_dir.cleanup()
    return exit_code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealwire", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="materialize every asset once").set_defaults(func=cmd_run)
    sub.add_parser("summary", help="counts in the published warehouse").set_defaults(func=cmd_summary)
    sql = sub.add_parser("sql", help="read-only SQL on the published warehouse")
    sql.add_argument("query", help="SQL text, or a .sql file such as queries/deal_network_edges.sql")
    out = sql.add_mutually_exclusive_group()
    out.add_argument("--csv", help="write the result to this CSV file")
    out.add_argument("--parquet", help="write the result to this Parquet file")
    sql.add_argument("--max-rows", type=int, default=50)
    sql.set_defaults(func=cmd_sql)
    ev = sub.add_parser("eval", help="extraction scores against gold annotations")
    ev.add_argument("folders", nargs="+")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--details", action="store_true")
    ev.set_defaults(func=cmd_eval)
    ui = sub.add_parser("ui", help="Dagster webserver and daemon")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=int(os.environ.get("DEALWIRE_UI_PORT", "3000")))
    ui.set_defaults(func=cmd_ui)
    dbt = sub.add_parser("dbt", help="dbt with the project's profile")
    dbt.add_argument("dbt_args", nargs=argparse.REMAINDER)
    dbt.set_defaults(func=cmd_dbt)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
