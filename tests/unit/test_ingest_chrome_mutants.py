"""Chrome lines: the edges the mutation run of `pipelines/ingest/chrome.py` found unguarded.

Each rule of `is_chrome_line` that recognizes a kind of line by its content has a size beyond which
the line is prose (a long paragraph that merely opens with "Disclosure:" is article text). Those
sizes are promises of the module: each is checked at the size itself and one word beyond it.
docs/mutants/ingest.md lists the mutants each test kills.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipelines.ingest.chrome import is_chrome_line, is_copyright_line, is_menu_line


def _filled(opening: str, words: int, closing: str = "") -> str:
    """``opening`` and ``closing`` with filler words ("ab") between them: ``words`` words in all."""
    used = len(opening.split()) + len(closing.split())
    return " ".join([opening, *["ab"] * (words - used), closing]).strip()


# (kind of line, its largest size in words, the line of a given size)
SIZED_RULES: list[tuple[str, int, Callable[[int], str]]] = [
    ("boilerplate", 60, lambda n: _filled("Disclosure:", n)),
    ("cookie notice", 60, lambda n: _filled("We use cookies on this site.", n)),
    ("copyright line", 40, lambda n: _filled("Copyright 2024 Contoso Media.", n)),
    ("copyright notice", 120, lambda n: _filled("© 2024 Contoso Media. All rights reserved.", n)),
    ("photo caption", 60, lambda n: _filled("Workers at the plant", n, "REUTERS/File Photo")),
    ("policy link", 6, lambda n: _filled("Read our privacy policy", n)),
    ("newsletter prompt", 30, lambda n: _filled("Sign up for the briefing", n)),
    ("byline", 14, lambda n: _filled("By Alex Kim -", n)),
    ("menu", 30, lambda n: "  ".join(f"Section{i}" for i in range(n))),
    ("e-mail line", 12, lambda n: _filled("Alex Kim alex.kim@example.com", n)),
    ("bio with an e-mail", 80, lambda n: _filled("Reach Alex Kim at alex.kim@example.com", n)),
    ("bio with a handle", 60, lambda n: _filled("Follow Alex Kim on Twitter @alexkim", n)),
]


@pytest.mark.parametrize(("kind", "largest", "line_of"), SIZED_RULES, ids=[rule[0] for rule in SIZED_RULES])
def test_each_chrome_rule_stops_at_its_size(kind: str, largest: int, line_of: Callable[[int], str]) -> None:
    assert len(line_of(largest).split()) == largest
    assert is_chrome_line(line_of(largest)), f"{kind} of {largest} words"
    assert not is_chrome_line(line_of(largest + 1)), f"{kind} of {largest + 1} words is prose"


def test_a_sentence_stating_a_figure_is_kept_from_eight_words() -> None:
    assert is_chrome_line("Media relations costs rose 3% last year.")  # seven words: the media-contact line
    assert not is_chrome_line("Media relations costs rose 3% in the year.")


def test_a_line_longer_than_the_chrome_limit_is_never_chrome() -> None:
    notice = "© 2024 Contoso Media. All rights reserved."
    long_notice = notice + " " + "Reproduction-without-written-permission-is-prohibited" * 11
    assert len(long_notice) > 600 and len(long_notice.split()) <= 40
    assert not is_chrome_line(long_notice)
    assert not is_copyright_line(long_notice)
    exactly = notice.ljust(600, ".")
    assert is_copyright_line(exactly) and not is_copyright_line(exactly + ".")


def test_a_policy_link_sentence_is_not_a_short_link() -> None:
    assert not is_chrome_line("Read our privacy policy here.")
    assert not is_chrome_line("Read our full privacy policy here today")  # seven words


def test_policy_links_in_a_bar_row_are_chrome_even_when_the_row_is_no_menu() -> None:
    assert is_chrome_line("Privacy Policy | Terms of Use | Write to the newsroom about an error")


def test_a_handle_alone_makes_no_bio() -> None:
    assert not is_chrome_line("Contoso said @contoso_news had posted the results first")


def test_a_single_share_button_line_is_chrome() -> None:
    assert is_chrome_line("X")  # share buttons one per line: "Facebook", "X", "LinkedIn"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("World News Today Live | Markets | Sports", True),  # four words: still a menu item
        ("World News Today Live Now | Markets | Sports", False),  # five words are no menu item
        ("Home | Markets. | Sports", False),  # a sentence end is no menu item
        ("#Deals | #Markets | #Tech", True),  # items opening with a symbol
        ("shares rose | bonds fell", False),  # lower-case phrases
        ("News | 2024 | Archive", True),  # one year among the items: an archive menu, not a table
        ("Markets | the company said it would grow", False),  # one item of two
        ("Home | World | Markets | the board approved the plan on Monday", True),  # three of four
        ("Home | World | Markets | the board approved the plan | shares fell after the report", False),
    ],
)
def test_menu_lines_by_their_items(line: str, expected: bool) -> None:
    assert is_menu_line(line) is expected
