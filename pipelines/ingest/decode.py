"""Raw bytes to text: binary detection, encoding detection, and normalization.

The order matters. A byte-order mark is trusted first; UTF-16 without a BOM is recognized
by its NUL pattern before the binary test (which would otherwise reject it for NULs);
strict UTF-8 is tried before any legacy code page, because a legacy decoder accepts
almost any bytes and would silently produce mojibake from UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Signatures of formats that are sometimes saved with a text extension by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192
# Bytes that never occur in text, apart from the odd stray one (tab, LF, CR, FF, ESC are allowed).
_CONTROL_BYTES = frozenset(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}) | {0x7F}
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
# C0/C1 controls except tab and newline, plus stray BOMs and unpaired surrogates.
_UNWANTED_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\ud800-\udfff]")


class DecodeError(ValueError):
    """The bytes are not a text document; ``str(error)`` is the reason for a person."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def detect_binary(data: bytes) -> str | None:
    """Return a reason when ``data`` is not text (PDF, image, archive, random bytes), else None.

    For bytes that are not UTF-16: decode_bytes recognizes UTF-16 (full of NULs) before this test.
    """
    return _known_format(data) or _control_bytes(data)


def _known_format(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            # "MZ" and "BZh" are also ordinary text openings; require binary bytes to follow.
            if len(magic) <= 3 and _control_ratio(data[:_SNIFF_BYTES]) < 0.05:
                continue
            return f"binary file ({name}) with a text extension"
    return None


def _control_bytes(data: bytes) -> str | None:
    sample = data[:_SNIFF_BYTES]
    if sample and _control_ratio(sample) > 0.10:
        return "binary file (not text: too many control bytes) with a text extension"
    return None


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return sum(1 for byte in sample if byte in _CONTROL_BYTES) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL pattern says so (ASCII-heavy UTF-16 text)."""
    sample = data[: _SNIFF_BYTES - (_SNIFF_BYTES % 2)]
    if len(sample) < 8 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _declared_html_charset(data: bytes) -> str | None:
    match = _HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


_HEURISTIC_CHARS = 200_000  # the encoding heuristics look at a prefix: bounded time on huge files


def _looks_chinese(text: str) -> bool:
    """True when the CJK characters of a GB18030 decoding sit together, as in real Chinese text.

    Windows-1252 text decoded as GB18030 turns each accented letter plus the next letter
    into an isolated ideograph between Latin letters; real Chinese has runs of them.
    """
    text = text[:_HEURISTIC_CHARS]
    cjk = [i for i, ch in enumerate(text) if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"]
    if not cjk:
        return False
    positions = set(cjk)
    paired = sum(1 for i in cjk if i - 1 in positions or i + 1 in positions)
    return paired >= 0.6 * len(cjk)


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 apart from a few bad bytes (a truncated or spliced file)."""
    text = data[:_HEURISTIC_CHARS].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # Legacy code pages almost never form valid multi-byte UTF-8 by accident, so even a few
    # valid sequences outweigh a handful of broken bytes.
    return good_multibyte >= 1 and bad <= 2 * good_multibyte + 4


def decode_bytes(data: bytes, *, is_html: bool = False) -> DecodedText:
    """Decode ``data`` to normalized text, or raise DecodeError with a reason for a person.

    ``encoding`` records what decoded it; 'utf-8 (invalid bytes replaced)' marks a UTF-8
    file with a few broken bytes, which keeps the readable rest of it.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(normalize_text(data.decode(name)), name)
            except UnicodeDecodeError as error:
                reason = f"file starts with a {name} byte-order mark but is not valid {name}"
                raise DecodeError(reason) from error
    known = _known_format(data)
    if known:
        raise DecodeError(known)
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(normalize_text(data.decode(utf16)), utf16)
        except UnicodeDecodeError:
            pass
    reason = _control_bytes(data)
    if reason:
        raise DecodeError(reason)
    try:
        return DecodedText(normalize_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_html_charset(data) if is_html else None
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return DecodedText(normalize_text(data.decode(declared)), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        return DecodedText(normalize_text(text), "utf-8 (invalid bytes replaced)")
    try:
        text = data.decode("gb18030")
        if _looks_chinese(text):
            return DecodedText(normalize_text(text), "gb18030")
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(normalize_text(data.decode("cp1252")), "cp1252")
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; Latin-1 maps every byte.
        return DecodedText(normalize_text(data.decode("latin-1")), "latin-1")


def normalize_text(text: str) -> str:
    """One line-ending convention (\\n) and no control characters except tab and newline.

    No Unicode normalization: evidence strings must stay exact substrings of what was written.
    """
    text = _LINE_BREAKS.sub("\n", text)
    return _UNWANTED_CHARS.sub("", text)
