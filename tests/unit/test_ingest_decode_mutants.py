"""Bytes to text: the edges the mutation run of `pipelines/ingest/decode.py` found unguarded.

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from pipelines.ingest.decode import DecodeError, decode_bytes

PROSE = "Contoso Bank agreed to buy Fabrikam for $1.2 billion, the companies said on Monday. "


def test_a_zip_of_a_stored_text_file_is_still_a_zip() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("story.txt", PROSE * 40)  # text makes up almost all of the bytes
    with pytest.raises(DecodeError, match="ZIP archive"):
        decode_bytes(buffer.getvalue())


def test_a_text_that_opens_like_a_bzip2_signature_is_text() -> None:
    decoded = decode_bytes(("BZh " + PROSE).encode())
    assert decoded.text.startswith("BZh Contoso")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_needs_four_characters(codec: str) -> None:
    assert decode_bytes("Deal".encode(codec)).text == "Deal"
    with pytest.raises(DecodeError, match="control bytes"):
        decode_bytes("Buy".encode(codec))  # six bytes, half of them NUL: too little to tell


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_may_hold_a_character_whose_low_byte_is_nul(codec: str) -> None:
    text = "Contoso 一 bought Fabrikam for a sum the firms kept quiet."  # U+4E00: one NUL in the low byte
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_control_bytes_with_a_stray_nul_are_binary_not_utf16() -> None:
    data = bytes(range(1, 31)) * 10 + b"\x01\x00"  # one NUL, at an odd offset
    with pytest.raises(DecodeError, match="control bytes"):
        decode_bytes(data)


def test_a_charset_is_trusted_only_in_html() -> None:
    data = '<meta charset="koi8-r"> Café Müller bought the bakery.'.encode("cp1252")
    assert decode_bytes(data).encoding == "cp1252"
    assert decode_bytes(data, is_html=True).encoding == "koi8-r"


def test_a_page_that_wrongly_declares_utf16_is_not_read_as_utf16() -> None:
    page = '<html><head><meta charset="utf-16"></head><body>Café Müller bought it.</body></html>'
    data = page.encode("cp1252")
    assert len(data) % 2 == 0  # UTF-16 would decode it, into mojibake
    decoded = decode_bytes(data, is_html=True)
    assert (decoded.encoding, decoded.text) == ("cp1252", page)
