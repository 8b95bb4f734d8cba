"""The reader on awkward and hostile raw files: it never raises, and says what is wrong."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from pipelines.ingest import reader
from pipelines.ingest.reader import (
    IngestError,
    RawArticle,
    list_article_files,
    read_article_file,
    scan_raw_folder,
)
from tests.fixtures.bad_inputs import ARTICLE, BODY, CASES, HEADLINE, Case, write_all, write_case

READABLE = [case for case in CASES if case.outcome != "skipped"]


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def _ascii_id(case: Case) -> str:
    # pytest escapes a non-ASCII id again when one process collects twice (mutmut does), and the
    # escaped id then names no test: keep ids printable ASCII.
    return re.sub(r"[^ -~]", "?", case.name[:40])


@pytest.mark.parametrize("case", READABLE, ids=_ascii_id)
def test_each_bad_input_gives_the_expected_result(raw: Path, case: Case) -> None:
    write_case(raw, CASES[0])  # plain.txt: target of the inside symlink
    path = write_case(raw, case) if case.name != "plain.txt" else raw / "plain.txt"
    result = read_article_file(path, raw)
    assert result.source_path == case.name
    if case.outcome == "ok":
        assert isinstance(result, RawArticle), result
        assert result.encoding == case.expect
        assert "Contoso Bank" in result.clean_text or "腾讯云" in result.clean_text
        assert not any(ch in result.clean_text for ch in "\x00\r\x07\x1b\ufeff")
    else:
        assert isinstance(result, IngestError)
        assert case.expect in result.reason


def test_scan_lists_sorted_paths_and_skips_hidden_and_editor_files(raw: Path) -> None:
    cases = write_all(raw)
    listed = [path.relative_to(raw).as_posix() for path in list_article_files(raw)]
    assert listed == sorted(listed, key=lambda name: name.split("/"))
    assert set(listed) == {name for name, case in cases.items() if case.outcome != "skipped"}
    assert listed == [path.relative_to(raw).as_posix() for path in list_article_files(raw)]


def test_scan_raw_folder_streams_one_result_per_listed_path(raw: Path) -> None:
    cases = write_all(raw)
    results = scan_raw_folder(raw)
    assert iter(results) is results  # a generator, not a list
    by_path = {result.source_path: result for result in results}
    for name, case in cases.items():
        if case.outcome == "skipped":
            assert name not in by_path
        else:
            assert isinstance(by_path[name], RawArticle if case.outcome == "ok" else IngestError), name


def test_same_article_under_two_names_has_one_article_id(raw: Path) -> None:
    (raw / "a.txt").write_text(ARTICLE)
    (raw / "b copy.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-16"))
    first, second = (read_article_file(raw / name, raw) for name in ("a.txt", "b copy.txt"))
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert first.article_id == second.article_id and first.content_hash == second.content_hash
    assert first.file_sha256 != second.file_sha256


def test_fingerprints_and_metadata_of_a_clean_article(raw: Path) -> None:
    data = ("Share: Facebook | Twitter | Email\n" + ARTICLE + "\nLeave a comment\n").encode()
    (raw / "story.txt").write_bytes(data)
    article = read_article_file(raw / "story.txt", raw)
    assert isinstance(article, RawArticle)
    assert article.file_sha256 == hashlib.sha256(data).hexdigest()
    assert article.file_size == len(data)
    assert article.content_hash == hashlib.sha256(article.clean_text.encode()).hexdigest()
    assert article.article_id == article.content_hash[:16]
    assert article.clean_text == ARTICLE.strip()
    assert article.title == HEADLINE
    assert article.source_format == "txt"
    assert article.published_date is None


def test_hostile_content_passes_through_as_text(raw: Path) -> None:
    hostile = "'); DROP TABLE ingest.articles; -- {{ config.secret }} {% if x %}\"quoted\"{% endif %}"
    (raw / "x.txt").write_text(f"{HEADLINE}\n\n{hostile}\n\n{BODY}\n")
    article = read_article_file(raw / "x.txt", raw)
    assert isinstance(article, RawArticle)
    assert hostile in article.clean_text


def test_size_limit_is_checked_before_reading_and_overridable(raw: Path, monkeypatch) -> None:
    (raw / "story.txt").write_text(ARTICLE)
    small = read_article_file(raw / "story.txt", raw, max_bytes=100)
    assert isinstance(small, IngestError) and "over the 100 bytes limit" in small.reason
    assert isinstance(read_article_file(raw / "story.txt", raw, max_bytes=10_000), RawArticle)

    with open(raw / "big.txt", "wb") as handle:
        handle.truncate(int(52.4 * 1024 * 1024))

    def refuse(*args, **kwargs):
        raise AssertionError("an oversized file must not be opened")

    monkeypatch.setattr(reader, "open", refuse, raising=False)
    big = read_article_file(raw / "big.txt", raw)
    assert isinstance(big, IngestError)
    assert big.reason == "file is 52.4 MB, over the 20 MB limit (DEALWIRE_MAX_FILE_MB)"


def test_file_changed_while_being_read(raw: Path, monkeypatch) -> None:
    path = raw / "story.txt"
    path.write_text(ARTICLE)
    real_open = open

    def open_then_append(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        with real_open(file, "a") as writer:
            writer.write("\nA late paragraph arrives while the file is being read.\n")
        return handle

    monkeypatch.setattr(reader, "open", open_then_append, raising=False)
    result = read_article_file(path, raw)
    assert isinstance(result, IngestError)
    assert result.reason == "file changed while being read; will retry next run"


def test_permission_denied_is_reported(raw: Path, monkeypatch) -> None:
    path = raw / "locked.txt"
    path.write_text(ARTICLE)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate what an ordinary user would get

        def denied(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(reader, "open", denied, raising=False)
    try:
        result = read_article_file(path, raw)
    finally:
        path.chmod(0o644)
    assert isinstance(result, IngestError)
    assert "permission denied" in result.reason


def test_unlistable_subfolder_is_reported(raw: Path, monkeypatch) -> None:
    locked = raw / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(ARTICLE)
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists anything (as in CI): the kernel's answer to anyone else, at the call
        real_scandir, real_listdir = os.scandir, os.listdir

        def denied_for_locked(real):
            def listing(path="."):
                if Path(path) == locked:
                    raise PermissionError(13, "Permission denied", str(path))
                return real(path)
            return listing

        monkeypatch.setattr(os, "scandir", denied_for_locked(real_scandir))
        monkeypatch.setattr(os, "listdir", denied_for_locked(real_listdir))
    try:
        results = list(scan_raw_folder(raw))
    finally:
        locked.chmod(0o755)
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert "cannot be listed" in results[0].reason


def test_undecodable_file_name_still_gets_a_storable_source_path(raw: Path) -> None:
    name = os.fsdecode(b"caf\xe9 story.txt")  # Latin-1 bytes in a name on a UTF-8 file system
    try:
        (raw / name).write_text(ARTICLE)
    except (OSError, UnicodeEncodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    (result,) = list(scan_raw_folder(raw))
    assert isinstance(result, RawArticle)
    result.source_path.encode("utf-8")  # would raise on surrogate escapes
    assert result.source_path == "caf\\xe9 story.txt"


def test_markdown_front_matter_gives_title_and_date(raw: Path) -> None:
    front_matter = f"---\ntitle: \"{HEADLINE}\"\ndate: 2021-05-04\nlayout: post\n---\n"
    (raw / "note.md").write_text(f"{front_matter}\n{BODY}\n")
    article = read_article_file(raw / "note.md", raw)
    assert isinstance(article, RawArticle)
    assert article.title == HEADLINE and article.published_date.isoformat() == "2021-05-04"
    assert article.clean_text.startswith(HEADLINE + "\n\n") and "layout" not in article.clean_text
    assert article.source_format == "md"


def test_html_saved_with_txt_extension_is_read_as_a_page(raw: Path) -> None:
    head = f"<head><title>{HEADLINE} | Site</title></head>"
    page = f"<!DOCTYPE html><html>{head}<body><p>{BODY}</p></body></html>"
    (raw / "saved.txt").write_text(page)
    article = read_article_file(raw / "saved.txt", raw)
    assert isinstance(article, RawArticle)
    assert article.source_format == "html" and article.title == HEADLINE
    assert "<p>" not in article.clean_text


def test_unexpected_failure_becomes_an_error_not_an_exception(raw: Path, monkeypatch) -> None:
    (raw / "story.txt").write_text(ARTICLE)

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(reader, "strip_chrome", explode)
    result = read_article_file(raw / "story.txt", raw)
    assert isinstance(result, IngestError) and "RuntimeError" in result.reason


def test_unlistable_raw_folder_raises_instead_of_looking_empty(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        list(list_article_files(tmp_path / "missing"))


def test_a_short_chinese_article_has_enough_words(tmp_path: Path) -> None:
    """Chinese is written without spaces: its words are counted by characters, not by blanks."""
    text = (
        "秦岭汽车7日公告，公司将与韩国合作伙伴在西安合资建设动力电池工厂，总投资80亿元。\n\n"
        "该工厂预计2024年全面投产。\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = read_article_file(tmp_path / "a.txt", tmp_path)
    assert isinstance(article, RawArticle) and "总投资80亿元" in article.clean_text
