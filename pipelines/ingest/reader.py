"""One article file to one RawArticle (canonical clean text + metadata) or one IngestError.

Every problem with a file becomes an IngestError whose reason a person can act on; nothing
here raises for bad input. The file's bytes are read once, at most ``max_bytes + 1`` of
them, and hashed as read; a file that changes during the read is reported, not half-read.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipelines.ingest.dates import find_published_date, is_date_line, parse_iso_date
from pipelines.ingest.decode import DecodeError, decode_bytes
from pipelines.ingest.html import parse_html
from pipelines.ingest.scan import article_format, list_article_files
from pipelines.ingest.text_cleaning import (
    count_words,
    drop_labels_above,
    find_title,
    site_name_test,
    strip_chrome,
)

__all__ = [
    "DEFAULT_MAX_BYTES", "READER_VERSION", "MIN_ARTICLE_WORDS", "IngestError", "RawArticle",
    "list_article_files", "read_article_file", "relative_source_path", "scan_raw_folder",
]

# Bump whenever the same file would read differently (clean text, title, publish date): the next run
# re-reads every file instead of skipping unchanged ones, so a better reader reaches old articles too.
READER_VERSION = "8"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MIN_ARTICLE_WORDS = 20
_HTML_SNIFF = ("<!doctype html", "<html", "<?xml")
_HTML_TAG = re.compile(r"<[a-zA-Z][\w-]{0,15}(?:\s[^<>]{0,500})?/?>")
# YAML front matter of Markdown files: '---' lines around 'key: value' lines, at the very top.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){0,40}?)---[ \t]*(?:\n|\Z)")


@dataclass(frozen=True)
class RawArticle:
    source_path: str          # path relative to raw_dir, posix
    file_sha256: str          # of the raw bytes
    file_size: int
    source_format: str        # 'txt' | 'md' | 'html'
    encoding: str             # what decoded it: 'utf-8', 'utf-8-sig', 'utf-16', 'gb18030', 'cp1252', ...
    title: str | None
    published_date: date | None
    clean_text: str           # canonical clean body text; every downstream offset points into it
    article_id: str           # sha256(clean_text) first 16 hex
    content_hash: str         # sha256(clean_text) full hex


@dataclass(frozen=True)
class IngestError:
    source_path: str
    reason: str               # one sentence a person can act on


class _Rejected(Exception):
    """Internal: carries the reason a file is rejected."""


def scan_raw_folder(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | IngestError]:
    """Read every article file under ``raw_dir``, one result per path, streaming."""
    for path in list_article_files(raw_dir):
        yield read_article_file(path, raw_dir, max_bytes=max_bytes)


def read_article_file(
    path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawArticle | IngestError:
    """Read, decode and clean one file. Never raises for bad input."""
    path, raw_dir = Path(path), Path(raw_dir)
    source_path = relative_source_path(path, raw_dir)
    try:
        data = _read_bytes(path, raw_dir, max_bytes)
        return _build_article(source_path, path.name, data)
    except _Rejected as rejected:
        return IngestError(source_path, str(rejected))
    except Exception as error:  # noqa: BLE001 - one odd file must not stop the nightly run
        reason = f"unexpected error while reading the file ({type(error).__name__}: {error})"
        return IngestError(source_path, reason)


def relative_source_path(path: Path, raw_dir: Path) -> str:
    """``path`` relative to ``raw_dir``, posix, always storable as UTF-8 (the key of article_sources)."""
    try:
        relative = path.relative_to(raw_dir).as_posix()
    except ValueError:
        relative = path.as_posix()
    # Names that are not valid UTF-8 (surrogate-escaped bytes) could not be stored as text.
    return os.fsencode(relative).decode("utf-8", errors="backslashreplace")


def _read_bytes(path: Path, raw_dir: Path, max_bytes: int) -> bytes:
    before = _checked_stat(path, raw_dir)
    if before.st_size > max_bytes:
        raise _Rejected(
            f"file is {_size(before.st_size)}, over the {_size(max_bytes)} limit (DEALWIRE_MAX_FILE_MB)"
        )
    if before.st_size == 0:
        raise _Rejected("file is empty")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        after = os.stat(path)
    except PermissionError as error:
        raise _Rejected("permission denied: the pipeline user cannot read this file") from error
    except FileNotFoundError as error:
        raise _Rejected("file disappeared while being read; will retry next run") from error
    except OSError as error:
        raise _Rejected(f"could not read the file ({error.strerror or error})") from error
    if len(data) > max_bytes:
        raise _Rejected(f"file grew past the {_size(max_bytes)} limit while being read; will retry next run")
    unchanged = (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    if not unchanged or len(data) != after.st_size:
        raise _Rejected("file changed while being read; will retry next run")
    return data


def _checked_stat(path: Path, raw_dir: Path) -> os.stat_result:
    """stat() the file after refusing symlinks out of raw/, folders and special files."""
    try:
        link = os.lstat(path)
    except FileNotFoundError as error:
        raise _Rejected("file disappeared before it could be read; will retry next run") from error
    except OSError as error:
        raise _Rejected(f"could not read the file ({error.strerror or error})") from error
    if stat.S_ISLNK(link.st_mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError) as error:
            raise _Rejected("broken symlink: its target does not exist; not followed") from error
        if not target.is_relative_to(raw_dir.resolve()):
            raise _Rejected("symlink points outside the raw folder; not followed")
    try:
        info = os.stat(path)
    except OSError as error:
        raise _Rejected(f"could not read the file ({error.strerror or error})") from error
    if stat.S_ISDIR(info.st_mode):
        if article_format(path.name):
            raise _Rejected("this is a folder named like an article file; rename it or move its files")
        try:
            os.listdir(path)
        except OSError as error:
            reason = f"folder cannot be listed ({error.strerror}); its articles were not read"
            raise _Rejected(reason) from error
        raise _Rejected("this is a folder, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise _Rejected("not a regular file (a pipe, socket or device); not read")
    return info


def _size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{n_bytes} bytes"


def _build_article(source_path: str, name: str, data: bytes) -> RawArticle:
    source_format = article_format(name) or "txt"
    opening = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    looks_html = opening.startswith(tuple(s.encode() for s in _HTML_SNIFF))
    try:
        decoded = decode_bytes(data, is_html=source_format == "html" or looks_html)
    except DecodeError as error:
        raise _Rejected(str(error)) from error
    if not decoded.text.strip():
        raise _Rejected("file is empty (only whitespace or invisible characters)")
    if looks_html or (source_format == "html" and _HTML_TAG.search(decoded.text[:65536])):
        # Saved pages are parsed as pages whatever their extension; an .html file of plain text is text.
        source_format = "html"
        title, published, clean_text = _from_html(decoded.text)
    else:
        source_format = "txt" if source_format == "html" else source_format
        title, published, clean_text = _from_text(decoded.text, source_format)
    n_words = count_words(clean_text, limit=MIN_ARTICLE_WORDS)
    if n_words < MIN_ARTICLE_WORDS:
        raise _Rejected(
            f"only {n_words} words of article text left after removing page chrome "
            f"(at least {MIN_ARTICLE_WORDS} needed)"
        )
    digest = hashlib.sha256(clean_text.encode("utf-8")).hexdigest()
    return RawArticle(
        source_path=source_path, file_sha256=hashlib.sha256(data).hexdigest(), file_size=len(data),
        source_format=source_format, encoding=decoded.encoding, title=title, published_date=published,
        clean_text=clean_text, article_id=digest[:16], content_hash=digest,
    )


def _from_html(text: str) -> tuple[str | None, date | None, str]:
    page = parse_html(text)
    if count_words(page.body, limit=MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS:
        raise _Rejected("no article body found in HTML page")
    body = page.body
    if page.title and not body.startswith(page.title):
        body = f"{page.title}\n\n{body}"
    return page.title, page.published_date, body


def _from_text(text: str, source_format: str) -> tuple[str | None, date | None, str]:
    meta, text = _split_front_matter(text)
    published = parse_iso_date(meta.get("date", "")) or find_published_date(text)
    cleaned = strip_chrome(text)
    is_site_name = site_name_test(text)
    title, index = find_title(cleaned, is_date_line, is_site_name)
    cleaned = drop_labels_above(cleaned, index, is_site_name)
    if title and source_format == "md":
        title = title.lstrip("#").strip().strip("*_").strip() or None
    if meta.get("title"):
        title = meta["title"]
        if title not in cleaned[: len(title) + 400]:
            cleaned = f"{title}\n\n{cleaned}"  # the headline belongs to the text, as in other files
    return title, published, cleaned


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """('title'/'date' values, text without the block) for a file opening with YAML front matter."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group("body").split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("title", "date", "published", "pubdate"):
            name = "title" if key.strip().lower() == "title" else "date"
            meta.setdefault(name, value.strip().strip("'\"").strip())
    return {k: v for k, v in meta.items() if v}, text[match.end():]
