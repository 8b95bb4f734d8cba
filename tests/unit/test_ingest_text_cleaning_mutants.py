"""Chrome blocks, hard wrapping, headlines: the edges the mutation run of
`pipelines/ingest/text_cleaning.py` found unguarded.

Each test names the promise; docs/mutants/ingest.md lists the mutants each one kills.
"""

from __future__ import annotations

import pytest

from pipelines.ingest.text_cleaning import (
    count_words,
    drop_labels_above,
    find_title,
    is_hard_wrapped,
    site_name_test,
    strip_chrome,
)

PROSE = "Contoso makes software for banks and insurers around the world."
# A paragraph hard-wrapped at a fixed width: lines break off mid-sentence.
WRAPPED = [
    "The bank said on Monday that it had agreed to buy the software",
    "maker for an undisclosed sum, in a deal that would give it a",
    "foothold in the market for payment systems used by retailers",
    "across the region, where demand has grown quickly in recent",
    "years as shoppers moved online and smaller lenders looked for",
    "partners able to run their systems for them at a lower cost",
]


def test_count_words_counts_two_chinese_characters_as_one_word() -> None:
    assert count_words("中文字") == 1


def test_count_words_stops_at_its_limit() -> None:
    assert count_words("one two three four five", limit=2) == 2


def test_chrome_after_a_related_block_is_still_removed() -> None:
    text = f"Related stories:\n- Link one\n\n{PROSE}\n\nAdvertisement\n\n{PROSE}"
    assert strip_chrome(text) == f"{PROSE}\n\n{PROSE}"


def test_chrome_after_a_contact_block_is_still_removed() -> None:
    text = f"Media contacts:\nAlex Kim\n\n{PROSE}\n\nAdvertisement\n\n{PROSE}"
    assert strip_chrome(text) == f"{PROSE}\n\n{PROSE}"


def test_a_related_block_ends_at_the_first_line_that_is_no_link() -> None:
    text = f"Related stories:\n- Link one\n- Link two\n{PROSE}"
    assert strip_chrome(text) == PROSE


def test_related_items_may_be_bulleted_sentences() -> None:
    text = f"Related stories:\n- Contoso buys Fabrikam in a deal worth billions.\n\n{PROSE}"
    assert strip_chrome(text) == PROSE


def test_an_unbulleted_related_link_has_at_most_sixteen_words() -> None:
    link = " ".join(["Contoso"] + ["news"] * 15)
    assert strip_chrome(f"Related stories:\n{link}\n\n{PROSE}") == PROSE
    longer = link + " today"
    assert strip_chrome(f"Related stories:\n{longer}\n\n{PROSE}") == f"{longer}\n\n{PROSE}"


def test_a_safe_harbor_block_drops_whole_paragraphs() -> None:
    disclaimer = (
        "This release contains forward-looking statements about the deal.\n"
        "Such statements depend on many risks and\n"
        "uncertainties beyond the control of the company."
    )
    text = f"Forward-Looking Statements\n{disclaimer}\n\n{PROSE}"
    assert strip_chrome(text) == PROSE


def _contact_block(line: str) -> str:
    return strip_chrome(f"Media contacts:\n{line}\n\n{PROSE}")


@pytest.mark.parametrize(
    ("line", "is_contact"),
    [
        ("Alex Kim, Head of Press Relations.", True),  # six words: a contact line even with a period
        ("Alex Kim is the Head of Relations.", False),  # seven words and a period: a sentence
        ("Alex Kim, Vice President, Corporate Communications, Contoso Bank Group North", True),  # ten
        ("Alex Kim, Vice President, Corporate Communications, Contoso Bank Group North America", False),
        # Thirteen words with an address: not a bio, but a contact line for its address.
        ("Analysts can send their written requests to ir@contoso.com before the call on Friday.", True),
    ],
)
def test_contact_lines_under_a_contact_heading(line: str, is_contact: bool) -> None:
    assert _contact_block(line) == (PROSE if is_contact else f"{line}\n\n{PROSE}")


def test_further_information_heads_a_block_when_the_next_line_is_an_address() -> None:
    text = f"For more information:\nwww.contoso.com\n\n{PROSE}"
    assert strip_chrome(text) == PROSE


def test_a_line_continuing_a_hard_wrapped_paragraph_is_kept_whatever_its_shape() -> None:
    # "share this article" alone would be a share bar; here it ends a wrapped sentence.
    lines = ["Advertisement", *WRAPPED[:3], "share this article", "Home | World | Markets", *WRAPPED[3:]]
    assert strip_chrome("\n".join(lines)) == "\n".join([*WRAPPED[:3], "share this article", *WRAPPED[3:]])
    second = [WRAPPED[0], "share this article", *WRAPPED[1:]]
    assert strip_chrome("\n".join(second)) == "\n".join(second)
    after_chrome = ["Advertisement", WRAPPED[0], "share this article", *WRAPPED[1:]]
    assert strip_chrome("\n".join(after_chrome)) == "\n".join(after_chrome[1:])


def test_the_first_line_continues_nothing() -> None:
    lines = ["Home | World | Markets", *WRAPPED]
    assert strip_chrome("\n".join(lines)) == "\n".join(WRAPPED)


def test_a_wrapped_line_has_at_least_forty_characters() -> None:
    forty = ["x" * 39 + "y"] * 6
    assert is_hard_wrapped(forty + ["end."])
    assert not is_hard_wrapped(["x" * 39] * 6 + ["end."])


# Site name: short Title Case lines that the copyright footer repeats.
FOOTER = "© 2024 Tech & Business Daily Media GmbH. All rights reserved."


@pytest.mark.parametrize(
    ("footer", "line", "expected"),
    [
        (FOOTER, "Tech & Business Daily", True),
        (FOOTER, "Tech & Business Daily Media GmbH", True),  # six words
        ("© 2024 The Tech and Business Daily Media Group. All rights reserved.",
         "The Tech and Business Daily Media Group", False),  # seven words: a headline
        ("© 2024 Contoso. All rights reserved.", "Contoso", True),  # one word
        ("© Tech 24 Media. All rights reserved.", "Tech 24", False),  # digits: a date or an issue
        ("© 2024 Tech business Daily. All rights reserved.", "Tech business Daily", False),  # lower case
    ],
)
def test_site_name_lines(footer: str, line: str, expected: bool) -> None:
    assert site_name_test(f"{line}\nHeadline\n\n{PROSE}\n{footer}")(line) is expected


def test_the_headline_is_searched_in_the_first_six_lines() -> None:
    labels = ["NEWS", "TECH", "WORLD", "MARKETS", "BANKS"]
    title = "Contoso agrees to buy Fabrikam"
    assert find_title("\n".join([*labels, title, PROSE])) == (title, 5)
    assert find_title("\n".join([*labels, "DEALS", title, PROSE])) == (None, -1)


def test_without_a_headline_find_title_says_minus_one() -> None:
    assert find_title("NEWS\nTECH") == (None, -1)
    assert find_title("x" * 401) == (None, -1)


def test_a_long_article_keeps_its_headline() -> None:
    text = "Contoso agrees to buy Fabrikam\n" + f"{PROSE}\n" * 150
    assert find_title(text) == ("Contoso agrees to buy Fabrikam", 0)


def test_a_headline_may_have_thirty_words() -> None:
    title = " ".join(["Contoso"] * 30)
    assert find_title(f"{title}\n{PROSE}") == (title, 0)


@pytest.mark.parametrize(
    ("label", "is_label"),
    [
        ("Technology and Business", True),  # three words of any case
        ("MEDIA RELEASE FOR IMMEDIATE USE", True),  # five words in capitals
        ("CONTOSO TO BUY FABRIKAM FOR CASH", False),  # six: a headline in capitals
        ("contoso buys fabrikam today", False),  # four lower-case words: a headline
    ],
)
def test_labels_above_the_headline(label: str, is_label: bool) -> None:
    title = "Contoso agrees to buy Fabrikam"
    expected = (title, 1) if is_label else (label, 0)
    assert find_title(f"{label}\n{title}\n{PROSE}") == expected


def test_drop_labels_above_drops_the_first_line_and_edits_nothing_else() -> None:
    assert drop_labels_above("FINTECH\nXiaomi buys a bank\n\nBody.\n", 1) == "Xiaomi buys a bank\n\nBody.\n"
    text = "  Contoso Bank first quarter earnings\nFINTECH\nXiaomi buys a bank\n"
    assert drop_labels_above(text, 2) == "  Contoso Bank first quarter earnings\nXiaomi buys a bank\n"


def _after_comments_kept(lines: list[str]) -> bool:
    """Whether the line after a "Comments" heading survives strip_chrome (a cut drops it)."""
    return "y" * 5 in strip_chrome("\n".join(lines))


def test_reader_comments_are_cut_from_the_middle_of_the_text_on() -> None:
    # Line lengths + 1 (the newline) add up to 36; the heading starts at 18: the second half.
    assert not _after_comments_kept(["q"] * 9 + ["Comments", "y" * 8])
    # ... at 16 of 36 and at 17 of 36: the first half, a heading there cuts nothing.
    assert _after_comments_kept(["q"] * 8 + ["Comments", "y" * 10])
    assert _after_comments_kept(["q"] * 7 + ["qq", "Comments", "y" * 9])


BREAKS = "the company said it would keep on buying smaller firms in"  # no end: the sentence goes on
ENDS = "the company said it would keep on buying smaller firms."


@pytest.mark.parametrize(
    ("lines", "wrapped"),
    [
        ([BREAKS] * 5 + [ENDS], True),  # five lines that break off
        ([BREAKS] * 4 + [ENDS], False),  # four are not enough
        ([BREAKS] * 5 + [ENDS] * 6, True),  # five of the ten lines followed by a line: half
        ([BREAKS] * 5 + [ENDS] * 7, False),  # five of eleven: less than half
        (["b" * 100] * 6 + [ENDS], True),  # a wrapped line has at most 100 characters
        (["b" * 101] * 6 + [ENDS], False),
        ([BREAKS, ""] * 6 + [ENDS], False),  # single-line paragraphs: nothing is followed by a line
    ],
)
def test_hard_wrapped_text(lines: list[str], wrapped: bool) -> None:
    assert is_hard_wrapped(lines) is wrapped


@pytest.mark.parametrize(
    ("heading", "is_heading"),
    [
        ("Contacts:", True),  # one word
        ("For investor and media inquiries about this release, please contact the team:", True),  # 12
        ("For investor and media inquiries about this press release, please contact the team:", False),
    ],
)
def test_contact_headings(heading: str, is_heading: bool) -> None:
    text = f"{heading}\nAlex Kim\n\n{PROSE}"
    assert strip_chrome(text) == (PROSE if is_heading else text)


def test_a_paragraph_with_two_safe_harbor_phrases_is_dropped_without_a_heading() -> None:
    disclaimer = "The release contains forward-looking statements. Actual results may differ materially."
    assert strip_chrome(f"{disclaimer}\n\n{PROSE}") == PROSE
