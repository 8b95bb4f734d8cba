"""`dealwire`: run, query and evaluate the pipeline without opening the UI.

  dealwire run                   materialize every asset once (same job as the nightly schedule)
  dealwire summary               counts in the published warehouse
  dealwire sql "select ..."      read-only SQL (text or a .sql file) on the published warehouse
                                 [--csv F | --parquet F] [--width N]
  dealwire report                the HTML report of charts from the published warehouse [--out-dir DIR]
  dealwire eval DIR [DIR ...]    extraction scores against gold annotations
  dealwire ui                    Dagster webserver + daemon on 127.0.0.1 (Ctrl-C or SIGTERM stops both)
  dealwire dbt ARGS...           dbt with the project's profile and build database (e.g. docs generate);
                                 waits while a run holds the build database
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.report import REPORT_HTML
from pipelines.settings import DBT_PROJECT_DIR, PROJECT_ROOT, dbt_environment, load_settings

if TYPE_CHECKING:  # the commands that query import duckdb themselves
    import duckdb

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
    from pipelines.run_recovery import recover_dead_runs  # imports dagster: only when a run starts

    _prepare_manifest()
    env = job_execute_env()
    # A run killed with `kill -9` would otherwise keep its `dealwire_warehouse` slot and block this run.
    recover_dead_runs(env["DAGSTER_HOME"], "dealwire")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix="dealwire-run-") as run_config:
        run_config.write(CONSOLE_RUN_CONFIG)
        run_config.flush()
        result = subprocess.run(
            [_venv_tool("dagster"), "job", "execute", "-m", "pipelines.definitions",
             "-j", "refresh_warehouse", "-c", run_config.name],
            env=env, cwd=PROJECT_ROOT,
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
            print(count_line(label, con.execute(sql).fetchone()[0]))
        rejected = con.execute(
            "SELECT source_path, reason FROM ingest.ingest_errors WHERE is_open ORDER BY source_path"
        ).fetchall()
        stopped = _stopped_files(con)
        read_in_part, unrecorded = _files_read_in_part(con)
    # Name every rejected file with its reason: the person reading this is the one who can fix it.
    _print_lines(listed_lines(rejected, "dealwire sql queries/ingest_errors_to_fix.sql"))
    print(count_line("files stopped", len(stopped)))
    _print_lines(listed_lines(stopped, "SELECT * FROM ingest.extraction_stops"))
    _print_lines(read_in_part_lines(read_in_part, unrecorded))
    print(f"  warehouse       {warehouse}")
    print(f"  SQL shell       .venv/bin/duckdb -readonly {warehouse}")
    report = load_settings().report_dir / REPORT_HTML
    if report.exists():
        print(f"  report          {report}")
    return 0


def count_line(label: str, value: object) -> str:
    """'  <label>  <value>' with every value ending in the same column, however long the label."""
    return f"  {label:<15} {value!s:>{max(23 - max(len(label), 15), 1)}}"


def listed_lines(items: list[tuple[str, str]], more: str) -> list[str]:
    """'    <file>: <what>' for the first MAX_LISTED_ERRORS items, then where to find the rest."""
    lines = [f"    {source_path}: {what}" for source_path, what in items[:MAX_LISTED_ERRORS]]
    if len(items) > MAX_LISTED_ERRORS:
        lines.append(f"    ... and {len(items) - MAX_LISTED_ERRORS} more: {more}")
    return lines


# The articles read in part, for the files past the listed ones (dim_articles: one row per article).
READ_IN_PART_SQL = ("SELECT live_source_paths, char_count, unread_chars FROM marts.dim_articles "
                    "WHERE is_live AND unread_chars > 0")


def read_in_part_lines(files: list[tuple[str, int, int]] | None, unrecorded: int = 0) -> list[str]:
    """The summary's lines on files whose article the extractor read only in part, from
    (file, characters, characters unread); None for a warehouse published before that was recorded.
    ``unrecorded``: live articles extracted before it was recorded (not counted until extracted again)."""
    label = "files read in part"
    if files is None:
        return [count_line(label, "unknown"),
                "    this warehouse was published before dealwire recorded what it left unread"]
    described = [(path, f"{chars - unread:,} of {chars:,} characters read") for path, chars, unread in files]
    lines = [count_line(label, len(files)), *listed_lines(described, READ_IN_PART_SQL)]
    if unrecorded:
        lines.append(f"    not known for {unrecorded} article(s) extracted before it was recorded "
                     "(until the next extractor version)")
    return lines


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)


def _has_column(con, table: str, column: str) -> bool:
    return con.execute(
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_schema = 'ingest' AND table_name = ? AND column_name = ?", [table, column]
    ).fetchone()[0] > 0


_LIVE_FILES_OF_ARTICLES = """
    FROM ingest.articles a
    JOIN ingest.article_sources s ON s.article_id = a.article_id AND s.status IN ('active', 'failing')"""


def _files_read_in_part(con) -> tuple[list[tuple[str, int, int]] | None, int]:
    """(file, characters, characters unread) of each live file whose article the extractor read only in
    part (lists, tables, runs, text past its cap), None when the warehouse does not record it; and the
    number of live articles extracted before it was recorded (an older build database, upgraded)."""
    if not _has_column(con, "articles", "unread_chars"):  # published before it was recorded
        return None, 0
    files = con.execute(
        "SELECT s.source_path, coalesce(a.char_count, length(a.clean_text)), a.unread_chars"
        f"{_LIVE_FILES_OF_ARTICLES} WHERE a.unread_chars > 0 ORDER BY s.source_path").fetchall()
    unrecorded = con.execute(
        f"SELECT count(DISTINCT a.article_id){_LIVE_FILES_OF_ARTICLES} "
        "WHERE a.extractor_version IS NOT NULL AND a.unread_chars IS NULL").fetchone()[0]
    return files, unrecorded


def _stopped_files(con) -> list[tuple[str, str]]:
    """(file, reason) of live articles this extractor version stopped over their time budget."""
    from pipelines.extraction.model import EXTRACTOR_VERSION

    has_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() "
        "WHERE schema_name = 'ingest' AND table_name = 'extraction_stops'"
    ).fetchone()[0]
    if not has_table:  # a warehouse published before the time budget existed
        return []
    return con.execute(
        """
        SELECT s.source_path, x.reason FROM ingest.extraction_stops x
        JOIN ingest.article_sources s ON s.article_id = x.article_id AND s.status IN ('active', 'failing')
        WHERE x.extractor_version = ? ORDER BY s.source_path
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()


def cmd_report(args: argparse.Namespace) -> int:
    """Build the report now, from the published warehouse (read-only), as the nightly run does."""
    from pipelines.report.build import build_report

    warehouse = _published_warehouse()
    if warehouse is None:
        return 1
    out_dir = Path(args.out_dir) if args.out_dir else load_settings().report_dir
    report = build_report(warehouse, out_dir)
    print(f"report   {report.html_path}")
    print(f"open     {report.html_path.as_uri()}")
    print(f"preview  {report.preview_png_path}")
    return 0


class SqlUsageError(Exception):
    """A query `dealwire sql` cannot run as given: said in one line, exit code 1."""


def _query_text(query: str) -> str:
    """The argument itself, or the contents of a `.sql` file (e.g. one of queries/)."""
    if query.strip().endswith(".sql"):
        path = Path(query.strip())
        if not path.is_file():
            raise SqlUsageError(f"file not found: {path}")
        return path.read_text(encoding="utf-8")
    return query


def _terminal_width() -> int:
    # The terminal's columns (or $COLUMNS); 200 when the output is not a terminal (a pipe, a file).
    return shutil.get_terminal_size(fallback=(200, 24)).columns


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    try:
        sql = _query_text(args.query)
    except SqlUsageError as error:
        print(f"dealwire sql: {error}", file=sys.stderr)
        return 1
    warehouse = _published_warehouse()
    if warehouse is None:
        return 1
    # read_only: an analyst's query can never block or damage the nightly run.
    with duckdb.connect(str(warehouse), read_only=True) as con:
        try:
            # Unqualified names (`fct_deals`, `pragma show_tables`) mean the marts, as in the README.
            con.execute("SET schema = 'marts'")
            _run_statements(con, sql, args)
        except (duckdb.Error, SqlUsageError) as error:
            print(f"dealwire sql: {error}", file=sys.stderr)
            return 1
    return 0


def _run_statements(con: duckdb.DuckDBPyConnection, sql: str, args: argparse.Namespace) -> None:
    """Run each statement in order and show each result; --csv/--parquet take exactly one statement."""
    statements = con.extract_statements(sql)
    if not statements:
        raise SqlUsageError("the query is empty (nothing but blanks or comments)")
    if (args.csv or args.parquet) and len(statements) > 1:
        raise SqlUsageError(f"--csv and --parquet write one result; the SQL holds {len(statements)} "
                            "statements: run them one at a time")
    width = args.width or _terminal_width()
    for number, statement in enumerate(statements, start=1):
        relation = con.sql(statement.query)
        if args.csv and relation is not None:
            relation.write_csv(args.csv)
            print(f"wrote {args.csv}")
        elif args.parquet and relation is not None:
            relation.write_parquet(args.parquet)
            print(f"wrote {args.parquet}")
        elif relation is not None:
            if len(statements) > 1:
                print(f"-- statement {number} of {len(statements)}: {_one_line(statement.query)}")
            relation.show(max_rows=args.max_rows, max_width=width)


def _one_line(query: str, limit: int = 80) -> str:
    text = " ".join(query.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.extraction import evaluate

    flags = [flag for flag, on in (("--json", args.json), ("--details", args.details)) if on]
    return evaluate.main([*args.folders, *flags])


# dbt arguments that only print something: dbt's own help or version, no project, no database.
_DBT_HELP_ONLY = {"-h", "--help", "--version", "-v"}
# dbt commands that never open the build database: no lock (`docs serve` would otherwise hold it for
# as long as the docs are served, and the nightly run would wait on it).
_DBT_WITHOUT_DATABASE = {("docs", "serve"), ("parse",), ("clean",), ("deps",), ("ls",), ("list",)}


def _needs_build_database(dbt_args: list[str]) -> bool:
    words = tuple(arg for arg in dbt_args if not arg.startswith("-"))
    return not any(words[:len(command)] == command for command in _DBT_WITHOUT_DATABASE)


def cmd_dbt(args: argparse.Namespace) -> int:
    dbt_args = list(args.dbt_args)
    if not dbt_args or _DBT_HELP_ONLY & set(dbt_args):
        # dbt refuses `--project-dir` without a command ("No such option") and after a group such as
        # `docs`: help and version go to dbt as typed.
        return subprocess.run([_venv_tool("dbt"), *(dbt_args or ["--help"])]).returncode
    settings = load_settings()
    env = {**os.environ, **dbt_environment(settings)}
    command = [_venv_tool("dbt"), *dbt_args, "--project-dir", str(DBT_PROJECT_DIR),
               "--profiles-dir", str(DBT_PROJECT_DIR)]
    if not _needs_build_database(dbt_args):
        return subprocess.run(command, env=env).returncode
    # dbt opens the build database, which a run holds: wait for the run's lock as `dealwire run` does.
    with _waiting_writer_lock(settings.lock_path):
        return subprocess.run(command, env=env).returncode


@contextlib.contextmanager
def _waiting_writer_lock(lock_path: Path) -> Iterator[None]:
    """The build database's lock; says that it waits when a run holds it, instead of waiting silently."""
    from pipelines.warehouse.lock import WriterLockTimeout, writer_lock

    with contextlib.ExitStack() as held:
        try:
            held.enter_context(writer_lock(lock_path, timeout_s=0))
        except WriterLockTimeout:
            print(f"dealwire: a run holds the build database ({lock_path}); waiting for it to finish",
                  file=sys.stderr, flush=True)
            held.enter_context(writer_lock(lock_path))
        yield


# It also fails the runs a kill left started (run_recovery.py), so the schedule's next run is not blocked.
# Run in a child so the instance is opened as the daemon and webserver will open it (DAGSTER_HOME).
_INIT_INSTANCE = """
import os
from pipelines.run_recovery import recover_dead_runs
recover_dead_runs(os.environ["DAGSTER_HOME"], "dealwire ui")
"""


def _port_in_use(host: str, port: int) -> str | None:
    """Why `host:port` cannot be listened on, or None when it can (checked by binding it once)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the webserver binds: a port left in TIME_WAIT by a stopped UI is free, a listener is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.strerror or str(error)
    return None


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
    busy = _port_in_use(args.host, args.port)
    if busy:
        # Before anything starts or any URL is printed: the webserver would fail to bind after both.
        print(f"dealwire ui: {args.host}:{args.port} is in use ({busy}); stop what holds it or pass "
              "--port N (or DEALWIRE_UI_PORT)", file=sys.stderr)
        return 1
    _prepare_manifest()
    env = _dagster_env()
    # Create the instance's SQLite storage once, before two processes race to create it: on a fresh
    # DAGSTER_HOME that race stamps two alembic heads and the code location never loads again.
    init = subprocess.run([sys.executable, "-c", _INIT_INSTANCE], env=env, cwd=PROJECT_ROOT)
    if init.returncode != 0:
        print(f"dealwire ui: could not open the Dagster instance in {env['DAGSTER_HOME']}", file=sys.stderr)
        return init.returncode

    code_server_port = _free_port()
    workspace_dir = tempfile.TemporaryDirectory(prefix="dealwire-ui-")
    workspace = str(Path(workspace_dir.name) / "workspace.yaml")
    Path(workspace).write_text(_CODE_SERVER_WORKSPACE.format(port=code_server_port, location=_LOCATION_NAME))
    code_server = subprocess.Popen(
        _code_server_command(code_server_port),
        env=env, cwd=PROJECT_ROOT, preexec_fn=_default_signals, start_new_session=True,
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
            env=env, cwd=PROJECT_ROOT, preexec_fn=_default_signals, start_new_session=True,
        ),
        subprocess.Popen(
            [_venv_tool("dagster-daemon"), "run", "-w", workspace],
            env=env, cwd=PROJECT_ROOT, preexec_fn=_default_signals, start_new_session=True,
        ),
    ]
    print(f"Dagster UI on http://{args.host}:{args.port} (daemon running: schedules and sensors active)")
    try:
        return _supervise(children)
    finally:
        workspace_dir.cleanup()


def _default_signals() -> None:
    # A parent started in the background may have SIGINT ignored; our children must not inherit that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _supervise(children: list[subprocess.Popen]) -> int:
    """Wait until we are stopped or one child exits, then stop all: 1 if a child exited on its own."""
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
    sql.add_argument("--width", type=int, help="table width in characters (default: the terminal's)")
    sql.set_defaults(func=cmd_sql)
    report = sub.add_parser("report", help="build the HTML report from the published warehouse")
    report.add_argument("--out-dir", help="folder for the report (default: DEALWIRE_REPORT_DIR)")
    report.set_defaults(func=cmd_report)
    ev = sub.add_parser("eval", help="extraction scores against gold annotations")
    ev.add_argument("folders", nargs="+")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--details", action="store_true")
    ev.set_defaults(func=cmd_eval)
    ui = sub.add_parser("ui", help="Dagster webserver and daemon")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=int(os.environ.get("DEALWIRE_UI_PORT", "3000")))
    ui.set_defaults(func=cmd_ui)
    dbt = sub.add_parser("dbt", help="dbt with the project's profile (no arguments: dbt's help)")
    dbt.add_argument("dbt_args", nargs=argparse.REMAINDER)
    dbt.set_defaults(func=cmd_dbt)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["dbt"]:
        # Everything after `dbt` is dbt's, options such as --help or --select included.
        return cmd_dbt(argparse.Namespace(dbt_args=argv[1:]))
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (`dealwire sql ... | head`): what it wanted was printed; no traceback.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
