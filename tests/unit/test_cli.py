"""`dealwire sql` and `dealwire summary` against a small warehouse file."""

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
