"""One file to one article or one error: the edges the mutation run of `pipelines/ingest/reader.py`
found unguarded (whole error messages, the size limit at its edge, formats, titles, front matter).

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest

from pipelines.ingest import reader
from pipelines.ingest.reader import (
    IngestError,
    RawArticle,
    read_article_file,
    relative_source_path,
    scan_raw_folder,
)
from tests.fixtures.bad_inputs import ARTICLE, BODY, HEADLINE


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def _read(raw: Path, name: str, data: bytes | str, **kwargs) -> RawArticle | IngestError:
    path = raw / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return read_article_file(path, raw, **kwargs)


def _reason(result: RawArticle | IngestError) -> str:
    assert isinstance(result, IngestError), result
    return result.reason


def test_scan_passes_the_size_limit_on(raw: Path) -> None:
    (raw / "story.txt").write_text(ARTICLE)
    (result,) = scan_raw_folder(raw, max_bytes=10)
    assert _reason(result).startswith("file is ")


def test_a_file_of_exactly_the_size_limit_is_read(raw: Path) -> None:
    data = ARTICLE.encode()
    assert isinstance(_read(raw, "story.txt", data, max_bytes=len(data)), RawArticle)


@pytest.mark.parametrize(
    ("size", "limit", "said"),
    [
        (20, 10, "20 bytes, over the 10 bytes"),
        (1536, 1024, "1.5 KB, over the 1 KB"),
        (3072, 2048, "3 KB, over the 2 KB"),
        (150 * 1024, 100 * 1024, "150 KB, over the 100 KB"),
        (1024 * 1024 + 512 * 1024, 1024 * 1024, "1.5 MB, over the 1 MB"),
    ],
)
def test_sizes_in_the_over_the_limit_message(raw: Path, size: int, limit: int, said: str) -> None:
    reason = _reason(_read(raw, "big.txt", b"a" * size, max_bytes=limit))
    assert reason == f"file is {said} limit (DEALWIRE_MAX_FILE_MB)"


def test_empty_files_have_their_own_messages(raw: Path) -> None:
    assert _reason(_read(raw, "empty.txt", b"")) == "file is empty"
    blank = _read(raw, "blank.txt", " \n\t\n\ufeff")
    assert _reason(blank) == "file is empty (only whitespace or invisible characters)"


def _open_raising(error: OSError):
    def fake_open(path, mode="r", *args, **kwargs):
        raise error
    return fake_open


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(13, "Denied"), "permission denied: the pipeline user cannot read this file"),
        (FileNotFoundError(2, "No such file"), "file disappeared while being read; will retry next run"),
        (OSError(5, "Input/output error"), "could not read the file (Input/output error)"),
        (OSError("device gone"), "could not read the file (device gone)"),
    ],
)
def test_errors_while_reading_are_named(raw: Path, monkeypatch, error: OSError, reason: str) -> None:
    (raw / "story.txt").write_text(ARTICLE)
    monkeypatch.setattr(reader, "open", _open_raising(error), raising=False)
    assert _reason(read_article_file(raw / "story.txt", raw)) == reason


def test_a_file_that_grows_past_the_limit_while_read_is_retried(raw: Path, monkeypatch) -> None:
    (raw / "story.txt").write_bytes(b"a" * 10)
    monkeypatch.setattr(reader, "open", lambda path, mode="r": io.BytesIO(b"a" * 21), raising=False)
    reason = _reason(read_article_file(raw / "story.txt", raw, max_bytes=20))
    assert reason == "file grew past the 20 bytes limit while being read; will retry next run"


def test_a_file_gone_before_the_read_is_retried(raw: Path) -> None:
    reason = _reason(read_article_file(raw / "gone.txt", raw))
    assert reason == "file disappeared before it could be read; will retry next run"


def test_an_unreadable_entry_says_why(raw: Path, monkeypatch) -> None:
    path = raw / "story.txt"
    path.write_text(ARTICLE)
    real_lstat = os.lstat

    def lstat(target, *args, **kwargs):
        if Path(target) == path:
            raise OSError(5, "Input/output error")
        return real_lstat(target, *args, **kwargs)

    monkeypatch.setattr(reader.os, "lstat", lstat)
    assert _reason(read_article_file(path, raw)) == "could not read the file (Input/output error)"


def test_symlink_messages_are_whole(raw: Path, tmp_path: Path) -> None:
    (raw / "broken.txt").symlink_to(raw / "nowhere.txt")
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE)
    (raw / "outside.txt").symlink_to(outside)
    assert _reason(read_article_file(raw / "broken.txt", raw)) == (
        "broken symlink: its target does not exist; not followed"
    )
    assert _reason(read_article_file(raw / "outside.txt", raw)) == (
        "symlink points outside the raw folder; not followed"
    )


def test_an_unexpected_error_names_the_file(raw: Path, monkeypatch) -> None:
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(reader, "_build_article", broken)
    result = _read(raw, "story.txt", ARTICLE)
    assert result == IngestError("story.txt", "unexpected error while reading the file (RuntimeError: boom)")


def test_a_path_outside_the_raw_folder_keeps_its_whole_path(tmp_path: Path) -> None:
    assert relative_source_path(tmp_path / "elsewhere" / "a.txt", tmp_path / "raw") == (
        (tmp_path / "elsewhere" / "a.txt").as_posix()
    )


def test_a_file_without_an_article_extension_is_read_as_text(raw: Path) -> None:
    assert _read(raw, "README", ARTICLE).source_format == "txt"


PAGE_BODY = f"<p>{BODY}</p>"


@pytest.mark.parametrize(
    ("name", "data", "source_format"),
    [
        # A byte-order mark and a newline before the doctype.
        ("page.txt", f"\ufeff\n<!DOCTYPE html><html><body>{PAGE_BODY}</body></html>", "html"),
        ("page.html", f"<div>{PAGE_BODY}</div>", "html"),  # tags without a doctype
        ("plain.html", ARTICLE, "txt"),  # an .html file of plain text is text
        ("tags.txt", f"{HEADLINE}\n\n{BODY} Use <b>bold</b> sparingly.\n", "txt"),  # tags in a text file
    ],
)
def test_pages_are_parsed_as_pages_whatever_their_name(
    raw: Path, name: str, data: str, source_format: str
) -> None:
    result = _read(raw, name, data)
    assert isinstance(result, RawArticle), result
    assert result.source_format == source_format
    assert ("<b>bold</b>" in result.clean_text) is (name == "tags.txt")


def test_an_html_file_gets_its_declared_charset(raw: Path) -> None:
    words = " ".join(["Сделка"] * 30)
    page = f'<meta charset="koi8-r"><p>{words}.</p>'
    result = _read(raw, "page.html", page.encode("koi8-r"))
    assert isinstance(result, RawArticle), result
    assert result.encoding == "koi8-r" and "Сделка" in result.clean_text


def test_a_page_without_a_body_says_so(raw: Path) -> None:
    assert _reason(_read(raw, "page.html", "<html><body><p>Too short.</p></body></html>")) == (
        "no article body found in HTML page"
    )


def test_a_page_without_a_title_is_read(raw: Path) -> None:
    result = _read(raw, "page.html", f"<html><body>{PAGE_BODY}</body></html>")
    assert isinstance(result, RawArticle), result
    assert result.title is None and result.clean_text.startswith(BODY[:40])


def test_a_date_line_above_the_headline_is_not_the_headline(raw: Path) -> None:
    result = _read(raw, "story.txt", f"July 28, 2020\n{HEADLINE}\n\n{BODY}\n")
    assert (result.title, result.published_date) == (HEADLINE, date(2020, 7, 28))


def test_a_markdown_headline_loses_its_marks(raw: Path) -> None:
    result = _read(raw, "story.md", f"## **Xiaomi buys a bank**\n\n{BODY}\n")
    assert result.title == "Xiaomi buys a bank"


@pytest.mark.parametrize(
    ("front_matter", "title", "published"),
    [
        ('title: "Xiaomi buys a bank"\npublished: 2021-05-04', "Xiaomi buys a bank", date(2021, 5, 4)),
        ("title: Deal: Contoso buys Fabrikam\npubdate: 2021-05-04", "Deal: Contoso buys Fabrikam",
         date(2021, 5, 4)),
    ],
)
def test_front_matter_keys_and_values(raw: Path, front_matter: str, title: str, published: date) -> None:
    result = _read(raw, "note.md", f"---\n{front_matter}\n---\n{BODY}\n")
    assert (result.title, result.published_date) == (title, published)
    assert result.clean_text.startswith(f"{title}\n\n{BODY[:40]}")


def test_a_front_matter_title_already_heading_the_text_is_not_repeated(raw: Path) -> None:
    result = _read(raw, "note.md", f'---\ntitle: "{HEADLINE}"\n---\n{HEADLINE}\n\n{BODY}\n')
    assert result.clean_text.count(HEADLINE) == 1


def test_a_folder_and_a_pipe_are_named_for_what_they_are(raw: Path) -> None:
    (raw / "drafts").mkdir()
    os.mkfifo(raw / "feed.txt")
    assert _reason(read_article_file(raw / "drafts", raw)) == "this is a folder, not an article file"
    assert _reason(read_article_file(raw / "feed.txt", raw)) == (
        "not a regular file (a pipe, socket or device); not read"
    )


def test_other_front_matter_keys_before_the_date_are_ignored(raw: Path) -> None:
    front_matter = "---\nlayout: post\ntags: deals\ndate: 2021-05-04\n---\n"
    result = _read(raw, "note.md", f"{front_matter}{HEADLINE}\n\n{BODY}\n")
    assert (result.title, result.published_date) == (HEADLINE, date(2021, 5, 4))
