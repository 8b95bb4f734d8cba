"""The `ingest` schema: declared once (the dbt sources yml); timestamps are instants (TIMESTAMPTZ)."""

import duckdb
import pytest

from pipelines.warehouse.schema import DOCS_MD, docs_with_contract, ensure_ingest_schema, source_tables


def _types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                            "WHERE table_schema = 'ingest' AND table_name = ?", [table]).fetchall())


def test_every_timestamp_column_is_a_utc_instant() -> None:
    con = duckdb.connect()
    ensure_ingest_schema(con)
    stamps = {
        (table, column): data_type
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = 'ingest'").fetchall()
        for column, data_type in _types(con, table).items() if column.endswith("_at")
    }
    assert stamps and set(stamps.values()) == {"TIMESTAMP WITH TIME ZONE"}, stamps


def test_naive_timestamps_of_an_older_warehouse_become_the_utc_instants_they_were() -> None:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'Asia/Shanghai'")
    con.execute("CREATE SCHEMA ingest")
    con.execute("CREATE TABLE ingest.ingest_errors (source_path VARCHAR PRIMARY KEY, "
                "reason VARCHAR NOT NULL, first_seen_at TIMESTAMP, last_seen_at TIMESTAMP, is_open BOOLEAN)")
    con.execute("INSERT INTO ingest.ingest_errors VALUES ('a.txt', 'empty', '2026-01-01 10:00:00', "
                "'2026-01-02 10:00:00', TRUE)")
    ensure_ingest_schema(con)
    assert _types(con, "ingest_errors")["first_seen_at"] == "TIMESTAMP WITH TIME ZONE"
    utc = con.execute("SELECT strftime(first_seen_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') "
                      "FROM ingest.ingest_errors").fetchone()[0]
    assert utc == "2026-01-01 10:00"


def test_the_contract_page_shows_the_declared_tables() -> None:
    docs = DOCS_MD.read_text(encoding="utf-8")
    assert docs_with_contract(docs) == docs, "stale: run python -m pipelines.warehouse.schema"


def test_the_ddl_is_the_sources_declaration() -> None:
    con = duckdb.connect()
    ensure_ingest_schema(con)
    for table in source_tables():
        declared = [(c["name"], con.execute(f"SELECT typeof(NULL::{c['data_type']})").fetchone()[0])
                    for c in table["columns"]]
        created = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE "
                              "table_schema = 'ingest' AND table_name = ? ORDER BY ordinal_position",
                              [table["name"]]).fetchall()
        assert created == declared, table["name"]
    primary = con.execute("SELECT count(*) FROM duckdb_constraints() WHERE schema_name = 'ingest' "
                          "AND table_name = 'articles' AND constraint_type = 'PRIMARY KEY'").fetchone()[0]
    assert primary == 1


def test_a_column_declared_after_a_warehouse_was_built_is_added_to_it() -> None:
    con = duckdb.connect()
    ensure_ingest_schema(con)
    plain = [(c["name"], c["data_type"]) for c in source_tables()[0]["columns"] if not c.get("meta")]
    name, _ = plain[-1]
    table = source_tables()[0]["name"]
    before = _types(con, table)
    con.execute(f"ALTER TABLE ingest.{table} DROP COLUMN {name}")  # the warehouse of an older version
    ensure_ingest_schema(con)
    assert _types(con, table) == before


def test_a_contract_page_missing_a_marker_is_an_error_naming_the_page() -> None:
    from pipelines.warehouse.schema import _GENERATED_END

    docs = DOCS_MD.read_text(encoding="utf-8").replace(_GENERATED_END, "")
    with pytest.raises(ValueError, match=DOCS_MD.name):
        docs_with_contract(docs)


def test_a_warehouse_built_before_unread_chars_gains_it_null_until_its_articles_are_extracted() -> None:
    from datetime import UTC, datetime

    from pipelines.warehouse.fact_store import replace_facts

    con = duckdb.connect()
    con.execute("CREATE SCHEMA ingest")
    con.execute(  # ingest.articles as extractor versions up to 15 built it
        "CREATE TABLE ingest.articles (article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, "
        "title VARCHAR, published_date DATE, published_precision VARCHAR, source_format VARCHAR, "
        "encoding VARCHAR, clean_text VARCHAR NOT NULL, char_count INTEGER, extractor_version VARCHAR, "
        "first_ingested_at TIMESTAMPTZ, extracted_at TIMESTAMPTZ)")
    con.execute("INSERT INTO ingest.articles (article_id, content_hash, clean_text, char_count, "
                "extractor_version) VALUES ('a1', 'h1', 'text', 4, '15'), ('a2', 'h2', 'more', 4, '15')")
    ensure_ingest_schema(con)
    assert _types(con, "articles")["unread_chars"] == "INTEGER"
    assert con.execute("SELECT count(*) FROM ingest.articles WHERE unread_chars IS NULL").fetchone() == (2,)
    replace_facts(con, ["a1"], {}, "16", datetime(2026, 12, 5, tzinfo=UTC), unread_chars={"a1": 3})
    assert con.execute("SELECT article_id, unread_chars FROM ingest.articles ORDER BY 1").fetchall() == [
        ("a1", 3), ("a2", None)]
