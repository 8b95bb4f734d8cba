"""Bytes to text: encodings recorded, binary refused with a reason, text normalized."""

from __future__ import annotations

import codecs

import pytest

from pipelines.ingest.decode import DecodeError, decode_bytes, detect_binary, normalize_text

TEXT = "The lender\u2019s cloud platform \u2014 \u201cfaster\u201d \u2014 opened on Monday.\nSecond line.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode(), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected_and_recorded(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == TEXT


def test_chinese_legacy_encoding() -> None:
    chinese = "阿里云发布第三季度财报，营收同比增长百分之六十二，客户数量继续增加。\n" * 3
    decoded = decode_bytes(chinese.encode("gbk"))
    assert decoded.encoding == "gb18030" and decoded.text == chinese


def test_accented_western_text_is_not_mistaken_for_chinese() -> None:
    western = "Café owners in São Paulo résumé naïve déjà vu été.\n" * 5
    decoded = decode_bytes(western.encode("cp1252"))
    assert decoded.encoding == "cp1252" and decoded.text == western


def test_mostly_utf8_with_a_broken_byte_keeps_the_readable_rest() -> None:
    decoded = decode_bytes(TEXT.encode() + b"\xc3 end\n")
    assert decoded.encoding == "utf-8 (invalid bytes replaced)"
    assert decoded.text.startswith(TEXT) and "\ufffd" in decoded.text


def test_html_meta_charset_is_honoured() -> None:
    page = '<html><head><meta charset="shift_jis"></head><body><p>東京の新しいデータセンター</p></body>'
    decoded = decode_bytes(page.encode("shift_jis"), is_html=True)
    assert decoded.encoding == "shift_jis" and "データセンター" in decoded.text


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (bytes(range(256)) * 4, "binary file"),
        (b"\x00" * 1000, "binary file"),
    ],
)
def test_binary_files_are_refused_with_a_reason(data: bytes, phrase: str) -> None:
    with pytest.raises(DecodeError, match=phrase):
        decode_bytes(data)
    assert phrase in (detect_binary(data) or "")


def test_text_starting_like_a_signature_is_still_text() -> None:
    decoded = decode_bytes(b"MZ Bank and BZh Capital sign an agreement on cloud services.\n")
    assert decoded.text.startswith("MZ Bank")


def test_normalize_line_endings_and_control_characters() -> None:
    raw = "a\r\nb\rc\x0bd\x0ce\u2028f\x85g\x00h\x07i\x1bj\tk\ufeffl\n"
    assert normalize_text(raw) == "a\nb\nc\nd\ne\nf\ngh" + "ij\tkl\n"


def test_invalid_bom_declared_utf16_gives_a_reason() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate half
