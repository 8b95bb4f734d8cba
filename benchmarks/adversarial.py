"""Texts of a chosen length in the shapes that make text rules slow, plus realistic prose.

Each shape is a pure function of the wanted length, so the regex audit, the scaling benchmark and the
tests feed the same inputs. The shapes are what broke or could break a rule: one endless token, deep
nesting, one name repeated, endless numbers and lists, a wide table, a text without sentence ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from benchmarks.corpus import make_article

# Two ordinary sentences first (more than the reader's 20-word minimum), so the shape reaches the rules.
LEAD = (
    "Acme Cloud Ltd said on Monday that revenue rose 12% to $1.2 billion in 2023. Chief executive Jane "
    "Doe told reporters the company would partner with Beta Holdings on data centers in Europe. "
)


def _repeat(unit: str, chars: int, lead: str = LEAD) -> str:
    body = unit * (max(chars - len(lead), 0) // len(unit) + 1)
    return (lead + body)[:chars]


def realistic(chars: int) -> str:
    """Benchmark-corpus articles one after the other: ordinary news prose of any length."""
    parts: list[str] = []
    total = index = 0
    while total < chars:
        text = make_article(7, index).text
        parts.append(text)
        total += len(text) + 2
        index += 1
    return "\n\n".join(parts)[:chars]


_SENTENCE_BREAK = re.compile(r"[.!?]+[\"”’)]*(?=\s)|\s+")


def _run_on(text: str) -> str:
    """``text`` with every sentence end and line break turned into one space: a single run-on sentence."""
    return _SENTENCE_BREAK.sub(" ", text)


SHAPES: dict[str, Callable[[int], str]] = {
    "realistic": realistic,
    # A pasted hash or a broken export: one token with no space.
    "long_token": lambda chars: _repeat("a", chars),
    "long_capitalized_token": lambda chars: _repeat("Ab", chars),
    "nested_parentheses": lambda chars: _repeat("The Company (", chars),
    "run_on_partners": lambda chars: _repeat("Acme Corp partnered with Beta Holdings and ", chars),
    "capitalized_words": lambda chars: _repeat("Alpha Beta ", chars),
    "repeated_name": lambda chars: _repeat("Tencent ", chars),
    "possessives": lambda chars: _repeat("Acme's ", chars),
    "long_number": lambda chars: _repeat("1", chars, LEAD + "$"),
    "digit_groups": lambda chars: _repeat("1,000,", chars, LEAD + "$"),
    "money_list": lambda chars: _repeat("$1 billion, ", chars),
    "comma_list": lambda chars: _repeat("Alpha Corp, ", chars),
    "huge_table": lambda chars: _repeat("| Acme Corp | 2023 | $1.2 billion | 12% |\n", chars),
    "newlines": lambda chars: _repeat("\n", chars),
    # Prose whose full stops were lost but whose paragraphs remain: to a reader, paragraphs of prose.
    "no_sentence_ends": lambda chars: realistic(chars).replace(". ", " ").replace(".\n", "\n"),
    # The "200,000-character run-on sentence": prose with no sentence end and no line break at all.
    "run_on_prose": lambda chars: LEAD + _run_on(realistic(chars))[: max(chars - len(LEAD), 0)],
    "dots": lambda chars: _repeat("A.", chars),
    "spaces": lambda chars: _repeat(" ", chars),
    "dashes": lambda chars: _repeat("-", chars),
    "quotes": lambda chars: _repeat('"Acme ', chars),
    "titles": lambda chars: _repeat("chief executive officer of ", chars),
    "years": lambda chars: _repeat("2023 ", chars),
    "html_nesting": lambda chars: _repeat("<div>", chars, "<html><body><p>" + LEAD + "</p>"),
    # A dateline whose time is followed by a run of spaces: a date-line pattern took n**4 steps on it.
    "date_then_spaces": lambda chars: _date_then_spaces(chars),
    # Two figures far apart: "to $2 billion <spaces> against $1 billion" was quadratic (_TO_FROM).
    "spaced_figures": lambda chars: _spaced_figures(chars),
    # One ordinary article again and again: its names repeat, so every organization has many mentions.
    "repeated_article": lambda chars: _repeat(make_article(7, 0).text + "\n\n", chars, ""),
}


def _spaced_figures(chars: int) -> str:
    head = LEAD + "Cloud revenue rose to $2 billion"
    tail = "against $1 billion a year earlier. " + LEAD
    return head + " " * max(chars - len(head) - len(tail), 0) + tail


def _date_then_spaces(chars: int) -> str:
    tail = "b\n\n" + LEAD * 2
    return "March 3, 2024 12:00" + " " * max(chars - len(tail) - 19, 0) + tail


def shape_text(shape: str, chars: int) -> str:
    return SHAPES[shape](chars)
