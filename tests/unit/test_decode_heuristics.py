"""The encoding heuristics of pipelines/ingest/decode.py at their boundaries (mutation testing showed
that the example files of test_ingest_decode.py pass whichever side of a threshold they take)."""

from __future__ import annotations

from pipelines.ingest.decode import _control_bytes, _control_ratio, _looks_chinese, _mostly_utf8, decode_bytes


def test_control_ratio_is_the_share_of_control_bytes() -> None:
    assert _control_ratio(b"") == 0.0
    assert _control_ratio(b"\x01abc") == 0.25
    assert _control_ratio(b"\tab\n") == 0.0, "tab and newline are text"


def test_exactly_ten_percent_control_bytes_is_still_text() -> None:
    assert _control_bytes(b"\x01" + b"a" * 9) is None
    assert _control_bytes(b"\x01\x02" + b"a" * 9) == (
        "binary file (not text: too many control bytes) with a text extension"
    )


def test_chinese_needs_cjk_characters_in_runs() -> None:
    assert not _looks_chinese("plain latin text")
    assert _looks_chinese("中文")
    assert not _looks_chinese("a中b文c")  # isolated ideographs: Windows-1252 read as GB18030
    assert _looks_chinese("中文中a字a字"), "three of five paired is exactly the 60% needed"
    assert not _looks_chinese("中文a字a字a字")


def test_chinese_ranges_include_their_first_and_last_characters() -> None:
    for edge in ("\u3000", "\u9fff", "\uff00", "\uffef"):
        assert _looks_chinese(edge * 2), hex(ord(edge))


def test_mostly_utf8_allows_two_bad_bytes_per_good_character_plus_four() -> None:
    good = "é".encode()
    assert not _mostly_utf8(b"plain ascii"), "no multi-byte character: nothing says UTF-8"
    assert _mostly_utf8(good + b"\xff" * 6)
    assert not _mostly_utf8(good + b"\xff" * 7)
    assert _mostly_utf8("\x80".encode() + b"\xff" * 6), "U+0080 is the first multi-byte character"
    assert not _mostly_utf8(b"\x7f" + b"\xff" * 4), "DEL is ASCII, not a multi-byte character"


def test_bytes_undefined_in_cp1252_fall_back_to_latin_1() -> None:
    decoded = decode_bytes(b"Caf\xe9 au lait \x81 menu for the whole week.\n")
    assert (decoded.encoding, decoded.text) == ("latin-1", "Café au lait  menu for the whole week.\n")


def test_mostly_utf8_scales_with_the_good_characters() -> None:
    two_good = "éé".encode()
    assert _mostly_utf8(two_good + b"\xff" * 8)
    assert not _mostly_utf8(two_good + b"\xff" * 9)
