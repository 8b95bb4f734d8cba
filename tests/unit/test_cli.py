"""`dealwire sql` and `dealwire summary` against a small warehouse file."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipelines.cli import main


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "dealwire.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.fct_deals (deal_id VARCHAR, deal_type VARCHAR)")
        con.execute("INSERT INTO marts.fct_deals VALUES ('d1', 'mou'), ('d2', 'mou'), ('d3', 'funding')")
        for table in ("dim_articles", "dim_organizations", "dim_people", "fct_company_metrics"):
            con.execute(f"CREATE TABLE marts.{table} (id VARCHAR)")
        con.execute("CREATE SCHEMA ingest")
        con.execute("CREATE TABLE ingest.ingest_errors (source_path VARCHAR, reason VARCHAR, is_open BOOL)")
        con.execute("INSERT INTO ingest.ingest_errors VALUES ('scan.pdf.txt', 'binary file (PDF)', true), "
                    "('fixed.txt', 'was empty', false)")
    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(path))
    return path


def test_sql_prints_a_table(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "select deal_type, count(*) as n from marts.fct_deals group by 1 order by 1"]) == 0
    out = capsys.readouterr().out
    assert "funding" in out and "mou" in out


def test_sql_reads_a_query_file_and_writes_csv(warehouse: Path, tmp_path: Path) -> None:
    query = tmp_path / "mous.sql"
    query.write_text("-- MoUs only\nselect deal_id from marts.fct_deals where deal_type = 'mou' order by 1\n")
    out = tmp_path / "mous.csv"
    assert main(["sql", str(query), "--csv", str(out)]) == 0
    assert out.read_text().split() == ["deal_id", "d1", "d2"]


def test_sql_writes_parquet(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "deals.parquet"
    assert main(["sql", "select * from marts.fct_deals", "--parquet", str(out)]) == 0
    assert pq.read_table(out).num_rows == 3


def test_sql_is_read_only(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "delete from marts.fct_deals"]) == 1
    assert "read-only" in capsys.readouterr().err
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.fct_deals").fetchone()[0] == 3


def test_sql_error_is_a_message_not_a_traceback(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "select * from marts.no_such_table"]) == 1
    assert "no_such_table" in capsys.readouterr().err


def test_missing_warehouse_says_how_to_build_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(tmp_path / "absent.duckdb"))
    assert main(["sql", "select 1"]) == 1
    assert "dealwire run" in capsys.readouterr().err
    assert not (tmp_path / "absent.duckdb").exists()


def test_summary_names_each_rejected_file(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "deals" in out and " 3" in out
    assert "scan.pdf.txt: binary file (PDF)" in out
    assert "fixed.txt" not in out


# ---------------------------------------------------------------- dealwire sql: what it shows


@pytest.fixture
def wide_warehouse(warehouse: Path) -> Path:
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE marts.wide AS SELECT " + ", ".join(
            f"'{name}-' || repeat('x', 20) AS {name}" for name in ("first", "second", "third", "fourth",
                                                                    "fifth", "sixth", "seventh", "eighth")))
    return warehouse


def _widest_line(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_sql_table_fits_the_terminal_width(wide_warehouse: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["sql", "select * from marts.wide"]) == 0
    assert _widest_line(capsys.readouterr().out) <= 100


def test_sql_width_option_overrides_the_terminal(wide_warehouse: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["sql", "select * from marts.wide", "--width", "240"]) == 0
    out = capsys.readouterr().out
    assert 100 < _widest_line(out) <= 240 and "eighth" in out


def test_sql_missing_file_says_file_not_found(warehouse: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", str(tmp_path / "no_such_query.sql")]) == 1
    assert f"file not found: {tmp_path / 'no_such_query.sql'}" in capsys.readouterr().err


def test_sql_shows_the_result_of_each_statement(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "select 'first_result' as a; select 'second_result' as b"]) == 0
    out = capsys.readouterr().out
    assert "first_result" in out and "second_result" in out
    assert "statement 1 of 2" in out and "statement 2 of 2" in out


def test_sql_several_statements_into_one_file_is_an_error(warehouse: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "two.csv"
    assert main(["sql", "select 1; select 2", "--csv", str(out)]) == 1
    assert "2 statements" in capsys.readouterr().err
    assert not out.exists()


def test_sql_show_tables_lists_the_marts(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "pragma show_tables"]) == 0
    out = capsys.readouterr().out
    assert "fct_deals" in out and "dim_articles" in out
    assert main(["sql", "select count(*) as n from fct_deals"]) == 0   # unqualified names are marts
    assert "3" in capsys.readouterr().out


@pytest.mark.parametrize("query", ["", "   ", "-- only a comment\n"])
def test_sql_empty_query_is_an_error(warehouse: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", query]) == 1
    assert "empty" in capsys.readouterr().err


# ---------------------------------------------------------------- dealwire dbt


def test_dbt_without_arguments_shows_dbts_help(capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["dbt"]) == 0
    out, err = capfd.readouterr()
    assert "Usage: dbt" in out
    assert "No such option" not in out + err


def test_dbt_help_of_a_command_group_is_dbts(capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["dbt", "docs", "--help"]) == 0
    out, err = capfd.readouterr()
    assert "Usage: dbt docs" in out and "No such option" not in out + err


def test_dbt_waits_for_the_run_holding_the_build_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from pipelines.settings import load_settings
    from pipelines.warehouse.lock import writer_lock

    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(tmp_path / "dealwire.duckdb"))
    lock_path = load_settings().lock_path
    dbt_started = threading.Event()

    def fake_run(command, **_kwargs):
        dbt_started.set()
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr("pipelines.cli.subprocess.run", fake_run)
    exit_codes: list[int] = []
    with writer_lock(lock_path):   # a run is writing
        waiting = threading.Thread(target=lambda: exit_codes.append(main(["dbt", "docs", "generate"])))
        waiting.start()
        deadline = time.monotonic() + 60
        while "waiting" not in (said := capsys.readouterr().err) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "a run holds the build database" in said
        assert not dbt_started.is_set(), "dbt started while the run held the build database"
    waiting.join(timeout=60)
    assert dbt_started.is_set() and exit_codes == [0]


@pytest.mark.parametrize(("dbt_args", "locks"), [
    (["docs", "generate"], True), (["build", "--select", "fct_deals"], True), (["debug"], True),
    (["docs", "serve", "--port", "8080"], False), (["parse"], False), (["ls"], False),
])
def test_dbt_takes_the_lock_only_for_commands_that_open_the_database(
        dbt_args: list[str], locks: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(tmp_path / "dealwire.duckdb"))
    taken: list[Path] = []

    @contextlib.contextmanager
    def recording_lock(lock_path: Path):
        taken.append(lock_path)
        yield

    monkeypatch.setattr("pipelines.cli._waiting_writer_lock", recording_lock)
    monkeypatch.setattr("pipelines.cli.subprocess.run",
                        lambda command, **_: subprocess.CompletedProcess(command, 0))
    assert main(["dbt", *dbt_args]) == 0
    assert bool(taken) == locks


# ---------------------------------------------------------------- dealwire ui


def test_second_ui_on_a_busy_port_fails_before_announcing_its_url(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def must_not_start(*args, **kwargs):
        raise AssertionError(f"started {args[0]!r} although the port is busy")

    monkeypatch.setattr("pipelines.cli.subprocess.Popen", must_not_start)
    monkeypatch.setattr("pipelines.cli.subprocess.run", must_not_start)
    with socket.socket() as first_ui:
        first_ui.bind(("127.0.0.1", 0))
        first_ui.listen()
        port = first_ui.getsockname()[1]
        assert main(["ui", "--port", str(port)]) == 1
    out, err = capsys.readouterr()
    assert "http://" not in out + err
    assert f"127.0.0.1:{port} is in use" in err


# ---------------------------------------------------------------- the report


def test_summary_says_where_the_report_is(warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DEALWIRE_REPORT_DIR", str(tmp_path / "reports"))
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "dealwire_report.html").write_text("<html></html>")
    assert main(["summary"]) == 0
    assert f"report          {tmp_path / 'reports' / 'dealwire_report.html'}" in capsys.readouterr().out


def test_report_without_a_warehouse_says_how_to_build_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DEALWIRE_WAREHOUSE", str(tmp_path / "absent.duckdb"))
    assert main(["report", "--out-dir", str(tmp_path / "out")]) == 1
    assert "dealwire run" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_summary_names_each_file_stopped_over_its_time_budget(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipelines.extraction.model import EXTRACTOR_VERSION
    from pipelines.warehouse.schema import INGEST_TABLES

    with duckdb.connect(str(warehouse)) as con:
        for table in ("article_sources", "extraction_stops"):
            con.execute(f"CREATE TABLE ingest.{table} ({INGEST_TABLES[table]})")
        con.execute("INSERT INTO ingest.article_sources (source_path, article_id, status) VALUES "
                    "('huge.txt', 'a1', 'active'), ('gone.txt', 'a2', 'removed'), "
                    "('old.txt', 'a3', 'active')")
        con.execute("INSERT INTO ingest.extraction_stops (article_id, extractor_version, reason) VALUES "
                    "('a1', ?, 'stopped: the rules ran past this article''s time budget'), "
                    "('a2', ?, 'stopped: gone'), ('a3', 'an older version', 'stopped: old')",
                    [EXTRACTOR_VERSION, EXTRACTOR_VERSION])
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "files stopped          1" in out
    assert "huge.txt: stopped: the rules ran past this article's time budget" in out
    assert "gone.txt" not in out and "old.txt" not in out


# ---------------------------------------------------------------- dealwire summary: files read in part


def test_count_lines_end_in_one_column_however_long_the_label() -> None:
    from pipelines.cli import count_line

    assert count_line("deals", 3) == "  deals                  3"
    assert count_line("files read in part", 12) == "  files read in part    12"
    assert len({len(count_line(label, 7)) for label in ("deals", "files stopped", "files read in part")}) == 1
    assert count_line("files read in part", "unknown").endswith(" unknown")


def test_listed_lines_stop_at_the_cut_and_say_where_the_rest_is() -> None:
    from pipelines.cli import MAX_LISTED_ERRORS, listed_lines

    items = [(f"f{n:02}.txt", "why") for n in range(MAX_LISTED_ERRORS + 3)]
    lines = listed_lines(items, "SELECT rest")
    assert lines[0] == "    f00.txt: why" and len(lines) == MAX_LISTED_ERRORS + 1
    assert lines[-1] == "    ... and 3 more: SELECT rest"
    last = f"    f{MAX_LISTED_ERRORS - 1:02}.txt: why"
    assert listed_lines(items[:MAX_LISTED_ERRORS], "SELECT rest")[-1] == last  # no hint when all are listed


def test_read_in_part_lines_say_how_much_of_each_file_was_read() -> None:
    from pipelines.cli import MAX_LISTED_ERRORS, READ_IN_PART_SQL, read_in_part_lines

    assert read_in_part_lines([("big.txt", 212_000, 200_000)]) == [
        "  files read in part     1", "    big.txt: 12,000 of 212,000 characters read"]
    many = read_in_part_lines([(f"f{n:02}.txt", 10, 1) for n in range(MAX_LISTED_ERRORS + 2)])
    assert many[0].endswith(f" {MAX_LISTED_ERRORS + 2}") and many[1] == "    f00.txt: 9 of 10 characters read"
    assert many[-1] == f"    ... and 2 more: {READ_IN_PART_SQL}"
    assert read_in_part_lines([]) == ["  files read in part     0"]
    unknown = read_in_part_lines(None)  # a warehouse published before the count was stored
    assert unknown[0].endswith(" unknown") and "published before" in unknown[1]
    partly_known = read_in_part_lines([], unrecorded=3)  # an older build database, upgraded
    assert partly_known[0].endswith(" 0") and "not known for 3 article(s)" in partly_known[1]


def _articles_and_sources(con: duckdb.DuckDBPyConnection, articles_ddl: str) -> None:
    from pipelines.warehouse.schema import INGEST_TABLES

    con.execute(f"CREATE TABLE ingest.articles ({articles_ddl})")
    con.execute(f"CREATE TABLE ingest.article_sources ({INGEST_TABLES['article_sources']})")
    con.execute("INSERT INTO ingest.article_sources (source_path, article_id, status) VALUES "
                "('lists/catalogue.txt', 'a1', 'active'), ('copy/catalogue.txt', 'a1', 'failing'), "
                "('old/catalogue.txt', 'a1', 'removed'), ('prose.txt', 'a2', 'active'), "
                "('new.txt', 'a3', 'active'), ('gone.txt', 'a4', 'removed')")


def test_summary_names_each_live_file_read_in_part_with_how_much_was_read(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipelines.warehouse.schema import INGEST_TABLES

    with duckdb.connect(str(warehouse)) as con:
        _articles_and_sources(con, INGEST_TABLES["articles"])
        con.execute("INSERT INTO ingest.articles (article_id, content_hash, clean_text, char_count, "
                    "unread_chars) VALUES ('a1', 'h1', 'x', 212000, 200000), ('a2', 'h2', 'x', 900, 0), "
                    "('a3', 'h3', 'x', 50, NULL), ('a4', 'h4', 'x', 80000, 70000)")
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "  files read in part     2\n" in out and "not known" not in out
    assert "    copy/catalogue.txt: 12,000 of 212,000 characters read\n" in out
    assert "    lists/catalogue.txt: 12,000 of 212,000 characters read\n" in out
    for not_listed in ("old/catalogue.txt", "prose.txt", "new.txt", "gone.txt"):
        assert not_listed not in out


def test_summary_says_for_how_many_articles_extracted_before_the_count_existed_it_is_not_known(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipelines.warehouse.schema import INGEST_TABLES

    with duckdb.connect(str(warehouse)) as con:  # a build database of an older version, upgraded
        _articles_and_sources(con, INGEST_TABLES["articles"])
        con.execute("INSERT INTO ingest.articles (article_id, content_hash, clean_text, extractor_version, "
                    "unread_chars) VALUES ('a1', 'h1', 'x', '15', NULL), ('a2', 'h2', 'x', '15', NULL), "
                    "('a3', 'h3', 'x', NULL, NULL), ('a4', 'h4', 'x', '15', NULL)")
    assert main(["summary"]) == 0
    out = capsys.readouterr().out  # a1 (two live files) and a2 count; a3 is not extracted, a4 not live
    assert "  files read in part     0\n    not known for 2 article(s) extracted before it" in out


def test_summary_of_a_warehouse_published_before_unread_chars_existed_still_summarises(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipelines.warehouse.schema import INGEST_TABLES

    older = INGEST_TABLES["articles"].replace(", unread_chars INTEGER", "")
    assert "unread_chars" not in older
    with duckdb.connect(str(warehouse)) as con:
        _articles_and_sources(con, older)
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "  files read in part unknown\n" in out and "scan.pdf.txt: binary file (PDF)" in out


def test_sql_into_a_closed_pipe_ends_quietly(warehouse: Path) -> None:
    """`dealwire sql ... | head -1`: the reader leaves early; no traceback, exit 0."""
    script = ("import sys; from pipelines.cli import main; "
              "sys.exit(main(['sql', 'select range as n from range(200000)', '--max-rows', '200000']))")
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    writer = subprocess.run([sys.executable, "-c", script], stdout=reader.stdin, stderr=subprocess.PIPE,
                            text=True, cwd=Path(__file__).resolve().parents[2], env={**os.environ})
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in writer.stderr
    assert writer.returncode == 0
