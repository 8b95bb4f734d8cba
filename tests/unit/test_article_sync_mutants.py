"""`sync_articles` called directly on a temporary DuckDB (no Dagster, no dbt, no model).

The asset tests (tests/assets/test_ingest_assets.py) guard the same promises through Dagster, at
seconds per test; these reach `article_sync` in a fraction of a second, so its mutants can be run
(docs/testing.md, mutation testing).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.ingest.reader import READER_VERSION
from pipelines.warehouse import article_sync
from pipelines.warehouse.article_sync import (
    EmptyRawFolder,
    SyncSummary,
    live_article_ids_sql,
    sample_errors,
    sync_articles,
)
from pipelines.warehouse.schema import ensure_ingest_schema

DAY_1 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
DAY_2 = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
DAY_3 = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)
DAY_4 = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
BODY = (
    "Northwind Analytics said on Monday that it had signed a partnership agreement with Contoso Bank "
    "to build a cloud platform for small business lending. The two companies did not disclose terms.\n"
)


def _article(title: str, published: str | None = None, body: str = BODY) -> str:
    front = f"---\ntitle: {title}\n" + (f"date: {published}\n" if published else "") + "---\n"
    return f"{front}{title}\n\n{body}"


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    ensure_ingest_schema(connection)
    yield connection
    connection.close()


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def _sync(con: duckdb.DuckDBPyConnection, raw: Path, now: datetime, **kwargs) -> SyncSummary:
    return sync_articles(con, raw, max_bytes=1 << 20, now=now, **kwargs)


def _counts(summary: SyncSummary) -> dict[str, int]:
    return summary.as_metadata()


def _expect(**counts: int) -> dict[str, int]:
    return {"new": 0, "changed": 0, "unchanged": 0, "removed": 0, "failed": 0, **counts}


def _sources(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in con.execute(
        "SELECT source_path, status, article_id, last_error, first_seen_at, last_seen_at, reader_version, "
        "file_size, file_mtime_ns, file_sha256 FROM ingest.article_sources").fetchall()}


def _errors(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in con.execute(
        "SELECT source_path, reason, is_open, first_seen_at, last_seen_at FROM ingest.ingest_errors"
    ).fetchall()}


def _touch(path: Path, later_by_s: int = 10) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + later_by_s * 1_000_000_000))


def test_new_changed_unchanged_removed_and_failed_files_are_counted(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    (raw / "b.txt").write_text(_article("Beta signs a deal"))
    assert _counts(_sync(con, raw, DAY_1)) == _expect(new=2)
    (raw / "b.txt").write_text(_article("Beta signs a bigger deal"))
    (raw / "c.txt").write_text(_article("Gamma signs a deal"))
    (raw / "bad.txt").write_text("")
    summary = _sync(con, raw, DAY_2)
    assert _counts(summary) == _expect(new=1, changed=1, unchanged=1, failed=1)
    assert summary.errors == (("bad.txt", summary.errors[0][1]),) and "empty" in summary.errors[0][1]
    (raw / "a.txt").unlink()
    assert _counts(_sync(con, raw, DAY_3)) == _expect(unchanged=2, removed=1, failed=1)
    statuses = {path: row[0] for path, row in _sources(con).items()}
    assert statuses == {"a.txt": "removed", "b.txt": "active", "c.txt": "active"}


def test_a_file_back_after_removal_counts_as_new_and_is_active_again(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    moved = raw.parent / "a.txt"
    (raw / "a.txt").rename(moved)
    (raw / "other.txt").write_text(_article("Other signs a deal"))
    _sync(con, raw, DAY_2)
    moved.rename(raw / "a.txt")
    assert _counts(_sync(con, raw, DAY_3))["new"] == 1
    assert _sources(con)["a.txt"][0] == "active"


def test_a_touched_file_with_the_same_text_is_unchanged_and_keeps_its_extraction(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal", "2026-11-30"))
    _sync(con, raw, DAY_1)
    con.execute("UPDATE ingest.articles SET extractor_version = 'v-test'")
    _touch(raw / "a.txt")
    summary = _sync(con, raw, DAY_2)
    assert (summary.changed, summary.unchanged) == (0, 1)
    assert con.execute("SELECT extractor_version FROM ingest.articles").fetchall() == [("v-test",)]
    # The source row follows the file: its new modification time, seen today.
    source = _sources(con)["a.txt"]
    assert source[7] == (raw / "a.txt").stat().st_mtime_ns and source[4] == DAY_2


def test_a_new_publish_date_for_the_same_text_re_extracts_the_article(con, raw: Path) -> None:
    # The date lives in front matter, outside the clean text: same article_id, another date.
    (raw / "a.txt").write_text(_article("Alpha signs a deal", "2026-11-30"))
    _sync(con, raw, DAY_1)
    con.execute("UPDATE ingest.articles SET extractor_version = 'v-test'")
    (raw / "a.txt").write_text(_article("Alpha signs a deal", "2026-11-29"))
    _sync(con, raw, DAY_2)
    assert con.execute("SELECT published_date, published_precision, extractor_version FROM ingest.articles"
                       ).fetchall() == [(date(2026, 11, 29), "day", None)]


def test_an_article_row_holds_what_the_reader_found(con, raw: Path) -> None:
    text = _article("Alpha signs a deal", "2026-11-30")
    (raw / "a.txt").write_text(text)
    _sync(con, raw, DAY_1)
    row = con.execute(
        "SELECT title, published_date, published_precision, source_format, encoding, char_count, "
        "length(clean_text), extractor_version, first_ingested_at, content_hash LIKE article_id || '%' "
        "FROM ingest.articles").fetchone()
    assert row[:5] == ("Alpha signs a deal", date(2026, 11, 30), "day", "txt", "utf-8")
    assert row[5] == row[6] > 0 and row[7] is None and row[8] == DAY_1 and row[9] is True
    status, _, error, first, last, reader, size, mtime, sha = _sources(con)["a.txt"]
    assert (status, error, first, last, reader) == ("active", None, DAY_1, DAY_1, READER_VERSION)
    assert size == len(text.encode()) and mtime == (raw / "a.txt").stat().st_mtime_ns and len(sha) == 64


def test_an_article_without_a_date_has_no_precision(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    assert con.execute("SELECT published_date, published_precision FROM ingest.articles").fetchall() == [
        (None, None)]


def test_two_files_with_the_same_text_are_one_article(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    (raw / "copy.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    assert con.execute("SELECT count(*) FROM ingest.articles").fetchone() == (1,)
    ids = {row[1] for row in _sources(con).values()}
    assert len(ids) == 1


def test_unchanged_files_are_not_read_again_and_a_new_reader_version_rereads_them(
    con, raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    (raw / "b.txt").write_text(_article("Beta signs a deal"))
    read: list[list[str]] = []
    real_read_files = article_sync.read_files

    processes: list[int] = []

    def counting(paths, raw_dir, max_bytes, read_processes):
        read.append(sorted(p.name for p in paths))
        processes.append(read_processes)
        return real_read_files(paths, raw_dir, max_bytes, read_processes)

    monkeypatch.setattr(article_sync, "read_files", counting)
    _sync(con, raw, DAY_1)
    _sync(con, raw, DAY_2)
    _touch(raw / "b.txt")
    _sync(con, raw, DAY_3)
    assert read == [["a.txt", "b.txt"], [], ["b.txt"]] and processes == [1, 1, 1]
    assert _sources(con)["a.txt"][4] == DAY_3  # seen today although not read
    con.execute("UPDATE ingest.article_sources SET reader_version = 'older' WHERE source_path = 'a.txt'")
    _sync(con, raw, DAY_4, read_processes=3)
    assert read[-1] == ["a.txt"] and processes[-1] == 3  # the setting reaches the reader
    assert _sources(con)["a.txt"][5] == READER_VERSION


def test_a_failing_file_keeps_its_last_good_article_and_a_fix_closes_its_error(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    good_article = _sources(con)["a.txt"][1]
    (raw / "a.txt").write_text("")
    summary = _sync(con, raw, DAY_2)
    assert summary.failed == 1 and _counts(summary)["removed"] == 0
    status, article_id, error, _, last, *_ = _sources(con)["a.txt"]
    assert (status, article_id, last) == ("failing", good_article, DAY_2) and "empty" in error
    assert con.execute(f"SELECT count(*) FROM ingest.articles WHERE article_id IN ({live_article_ids_sql()})"
                       ).fetchone() == (1,)
    reason, is_open, first, last_seen = _errors(con)["a.txt"]
    assert "empty" in reason and is_open and (first, last_seen) == (DAY_2, DAY_2)
    _sync(con, raw, DAY_3)  # still broken: the error stays open, first seen at the break
    assert _errors(con)["a.txt"][1:] == (True, DAY_2, DAY_3)
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_4)
    assert _sources(con)["a.txt"][:3] == ("active", good_article, None)
    assert _errors(con)["a.txt"][1] is False


def test_a_file_that_breaks_again_after_a_fix_reopens_its_error_first_seen_at_the_new_break(
    con, raw: Path
) -> None:
    path = raw / "a.txt"
    days = [datetime(2026, 12, d, tzinfo=UTC) for d in range(1, 5)]
    path.write_text("")
    _sync(con, raw, days[0], allow_empty=True)
    path.write_text(_article("Alpha signs a deal"))
    _sync(con, raw, days[1])
    path.write_text("")
    _sync(con, raw, days[2])
    assert _errors(con)["a.txt"][1:] == (True, days[2], days[2])


def test_an_error_of_a_file_that_is_gone_is_closed_and_a_never_good_file_is_no_source(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    (raw / "bad.txt").write_text("")
    _sync(con, raw, DAY_1)
    assert "bad.txt" not in _sources(con) and _errors(con)["bad.txt"][1] is True
    (raw / "bad.txt").unlink()
    _sync(con, raw, DAY_2)
    assert _errors(con)["bad.txt"][1] is False


def test_an_empty_raw_folder_is_refused_while_articles_are_live(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    (raw / "a.txt").unlink()
    with pytest.raises(EmptyRawFolder) as refused:
        _sync(con, raw, DAY_2)
    assert str(refused.value) == (
        f"raw folder {raw} lists no article file, but 1 files were present on the last run; nothing was "
        "changed. If they were removed on purpose, run again with DEALWIRE_ALLOW_EMPTY_RAW=1.")
    assert _sources(con)["a.txt"][0] == "active"
    assert _counts(_sync(con, raw, DAY_2, allow_empty=True))["removed"] == 1
    assert _counts(_sync(con, raw, DAY_3)) == _expect()


def test_a_folder_with_only_failing_or_unchanged_files_is_not_empty(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    assert _sync(con, raw, DAY_2).unchanged == 1  # nothing read: not refused as empty
    (raw / "a.txt").write_text("")
    assert _sync(con, raw, DAY_3).failed == 1  # only an error listed: not refused as empty


def test_a_merge_that_fails_part_way_leaves_the_previous_state(con, raw: Path) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    before = (_sources(con), con.execute("SELECT * FROM ingest.articles").fetchall())
    (raw / "b.txt").write_text(_article("Beta signs a deal"))
    (raw / "a.txt").unlink()
    con.execute("DROP TABLE ingest.ingest_errors")  # a statement late in the merge fails
    with pytest.raises(duckdb.CatalogException):
        _sync(con, raw, DAY_2)
    assert (_sources(con), con.execute("SELECT * FROM ingest.articles").fetchall()) == before


def test_files_are_stored_in_batches(con, raw: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_sync, "_BATCH", 2)
    for letter in "abcde":
        (raw / f"{letter}.txt").write_text(_article(f"Company {letter.upper()} signs deal {letter}"))
    lines: list[str] = []
    summary = _sync(con, raw, DAY_1, report=lines.append)
    assert summary.new == 5
    assert con.execute("SELECT count(*) FROM ingest.articles").fetchone() == (5,)
    assert [line.split(" (")[0] for line in lines] == [
        f"new or changed files read: {n} of 5" for n in (2, 4, 5)]


def test_two_names_that_read_the_same_are_an_error_for_the_second(
    con, raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    (raw / "b.txt").write_text(_article("Beta signs a deal"))
    (raw / "c.txt").write_text(_article("Gamma signs a deal"))
    monkeypatch.setattr(article_sync, "relative_source_path",
                        lambda path, raw_dir: "a.txt" if path.name == "b.txt" else path.name)
    summary = _sync(con, raw, DAY_1)
    assert summary.new == 2 and summary.failed == 1  # the files listed after the clash are still read
    reason = ("another file's name reads the same once bytes that are not UTF-8 are shown as \\xNN; rename "
              "the file whose name is not UTF-8")
    assert summary.errors == (("a.txt (second file with this name)", reason),)


def test_a_file_that_vanishes_between_listing_and_stat_is_read_and_reported(
    con, raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw / "a.txt").write_text(_article("Alpha signs a deal"))
    _sync(con, raw, DAY_1)
    monkeypatch.setattr(article_sync, "_stat", lambda path: None)
    summary = _sync(con, raw, DAY_2)  # no stat: not known unchanged, read again
    assert summary.unchanged == 1 and summary.changed == 0
    assert _sources(con)["a.txt"][7] is None
    monkeypatch.undo()
    assert article_sync._stat(raw / "missing.txt") is None  # noqa: SLF001 - the helper's own promise
    assert article_sync._stat(raw / "a.txt").st_size > 0  # noqa: SLF001


def test_sample_errors_lists_path_and_reason_up_to_the_limit() -> None:
    summary = SyncSummary(new=0, changed=0, unchanged=0, removed=0, failed=3,
                          errors=(("a", "x"), ("b", "y"), ("c", "z")))
    assert list(sample_errors(summary, limit=2)) == ["a: x", "b: y"]
    assert list(sample_errors(summary)) == ["a: x", "b: y", "c: z"]
    many = SyncSummary(new=0, changed=0, unchanged=0, removed=0, failed=25,
                       errors=tuple((f"f{n}", "bad") for n in range(25)))
    assert len(list(sample_errors(many))) == 20  # the run's log shows at most 20
    assert summary.as_metadata() == {"new": 0, "changed": 0, "unchanged": 0, "removed": 0, "failed": 3}
