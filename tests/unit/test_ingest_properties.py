"""Property tests: the text functions accept anything and keep their promises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.ingest.chrome import is_chrome_line
from pipelines.ingest.dates import find_published_date, parse_date_text, parse_iso_date
from pipelines.ingest.decode import DecodeError, decode_bytes, normalize_text
from pipelines.ingest.html import parse_html
from pipelines.ingest.reader import IngestError, RawArticle, read_article_file
from pipelines.ingest.text_cleaning import find_title, strip_chrome

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text that looks like pages: words, separators, counters, e-mails, dates and blank lines.
PIECES = st.sampled_from([
    "Share", "Facebook", "|", " | ", "  ", "\n", "\n\n", "\r\n", "By Ann Lee", " - ", "2020-01-02",
    "Jan. 6, 2019",
    "12 views", "0 comments", "Related", "- ", "• ", "Photo: X", "a@b.co", "Copyright 2020", "Tencent",
    "said on Monday", ".", "revenue rose 5%", "BEIJING, ", " -- ", "\t", "\x00", "\u2028", "©", "{{ x }}",
])
PAGE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join)


@FAST
@given(st.binary(max_size=3000))
def test_decode_any_bytes_returns_text_or_a_reason(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError as error:
        assert str(error)
    else:
        assert isinstance(decoded.text, str) and decoded.encoding
        assert "\r" not in decoded.text and "\x00" not in decoded.text
        decoded.text.encode("utf-8")  # storable: no lone surrogates


@FAST
@given(st.text())
def test_normalize_is_idempotent_and_keeps_only_tab_and_newline_controls(text: str) -> None:
    normalized = normalize_text(text)
    assert normalize_text(normalized) == normalized
    assert all(ch in "\n\t" or ord(ch) >= 0x20 for ch in normalized)


@FAST
@given(st.one_of(PAGE_TEXT, st.text()))
def test_strip_chrome_keeps_only_original_lines_and_never_adds(text: str) -> None:
    text = normalize_text(text)
    cleaned = strip_chrome(text)
    assert isinstance(cleaned, str)
    original = {line.rstrip() for line in text.split("\n")}
    assert all(line in original for line in cleaned.split("\n") if line)
    assert "\n\n\n" not in cleaned
    assert len(cleaned) <= len(text)
    assert cleaned == cleaned.strip("\n")


@FAST
@given(st.one_of(PAGE_TEXT, st.text()))
def test_line_rules_titles_and_dates_never_raise(text: str) -> None:
    assert isinstance(is_chrome_line(text), bool)
    title, index = find_title(text)
    assert (title is None) == (index == -1)
    if title is not None:
        assert title == text.split("\n")[index].strip()
    for found in (find_published_date(text), parse_date_text(text), parse_iso_date(text)):
        assert found is None or 1900 <= found.year <= 2099


@FAST
@given(st.one_of(PAGE_TEXT, st.text(max_size=300)).map(lambda t: f"<html><body><p>{t}</p></body></html>"))
def test_parse_html_never_raises(page: str) -> None:
    result = parse_html(page)
    assert isinstance(result.body, str)


@FAST
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "b.md", "c.html", "d.htm"]))
def test_read_article_file_never_raises(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = read_article_file(path, tmp_path)
    assert isinstance(result, RawArticle | IngestError)
    if isinstance(result, IngestError):
        assert result.reason and "unexpected error" not in result.reason
