"""Business units named as the row labels of a results table broken down by unit, or as the labels of
list lines that give a unit's own figures.

A table "Revenue by division" whose rows are "Lattice Systems | 1,041 | 1,038" names units that report
their own figures: organizations by the gold conventions, and the owners the table reader gives their
rows to. The recognizer seldom tags a bare label ("Mobile", "E-Mobility") and a label alone in its cell
has no sentence around it, so the table's layout and caption decide. Pure functions over the clean text
(tables arrive as "cell | cell" lines or columns aligned by runs of spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.extraction.org_cues import (
    GEOGRAPHIC_SEGMENTS,
    NOT_A_UNIT_BREAKDOWN,
    NOT_A_UNIT_LABEL_OPENERS,
    NOT_A_UNIT_LABEL_WORDS,
    SEGMENT_TABLE_CAPTIONS,
    UNIT_BEFORE_NOUN,
    UNIT_BULLET_LINE,
)
from pipelines.extraction.org_syntax import MEASURE_WORDS

# A table row: a label, then cells split by a pipe or a run of two spaces, the first holding a figure.
_ROW = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\s|][^\n|]{0,80}?)(?:[ \t]*\|[ \t]*|[ \t]{2,})(?P<cells>[-+(−–$€£¥₹]?\d[^\n]*)$"
)
# A header row's period cell: "2025/26", "FY25", "Q3 2024", "1H FY26".
_PERIOD_CELL = re.compile(
    r"(?:(?:Q[1-4]|H[12]|[1-9]M|[12]H|FY)\s*)?(?:FY)?\d{2,4}(?:/\d{2,4})?(?:\s*(?:Q[1-4]|H[12]))?",
)
_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
# Small words a unit's Title-Case name may keep in lower case ("Voice and Respiratory Care").
_JOINERS = frozenset(("and", "of", "the", "for", "&", "de", "und", "et"))
_LABEL_WORD = re.compile(r"[^\s]+")
_PLACE_JOIN = re.compile(r",|\s+(?:and|&)\s+")
# Only a text naming a breakdown by unit somewhere has a unit table: one cheap search before the row scan.
_UNIT_WORD = re.compile(r"[Ss]egment|[Dd]ivision|[Bb]usiness")


def _is_header(cells: str) -> bool:
    """Every cell a period or words without a figure ("2025 | 2024 | Change"): the columns' heads."""
    parts = [p for p in _CELL_SPLIT.split(cells.strip()) if p]
    return bool(parts) and all(_PERIOD_CELL.fullmatch(p) or not re.search(r"\d", p) for p in parts)


def _table_blocks(text: str) -> Iterator[tuple[int, list[re.Match[str]]]]:
    """Each run of table rows on consecutive lines, with the offset of its first line."""
    block: list[re.Match[str]] = []
    for match in _ROW.finditer(text):
        if block and text.count("\n", block[-1].end(), match.start()) != 1:
            yield block[0].start(), block
            block = []
        block.append(match)
    if block:
        yield block[0].start(), block


def _caption(text: str, block_start: int, lines: int = 2) -> str:
    """The short non-empty lines just above the block (its caption and header row); a paragraph of prose
    above ends the caption (its words describe the article, not the table)."""
    caption: list[str] = []
    for line in reversed(text[max(0, block_start - 600) : block_start].split("\n")):
        if not line.strip():
            continue
        if len(line) > 160 or line.rstrip().endswith((".", "!", "?")) or len(caption) == lines:
            break  # a sentence of prose, not a caption (a caption ends bare or with a colon)
        caption.append(line)
    return " ".join(reversed(caption))


def _breaks_down_by_unit(caption: str) -> bool:
    by_unit = any(pattern.search(caption) for pattern, _example in SEGMENT_TABLE_CAPTIONS)
    return by_unit and not NOT_A_UNIT_BREAKDOWN.search(caption)


def _only_places(label: str, places: frozenset[str]) -> bool:
    """A region, a place, or places joined ("UK and Europe"): a geographic breakdown, never a unit."""
    parts = [part.strip() for part in _PLACE_JOIN.split(label)]
    return all(part in GEOGRAPHIC_SEGMENTS or part in places for part in parts if part)


def _closing_row(label: str) -> bool:
    """A row that sums or reconciles the others ("Total", "Group total", "Eliminations")."""
    first = label.strip().split(" ", 1)[0].lower()
    return first in NOT_A_UNIT_LABEL_OPENERS or first in ("total", "subtotal", "eliminations", "other")


def unit_label(label: str, places: frozenset[str]) -> bool:
    """A row label that names a unit: Title Case, a few words, no unit note, no measure, total or place."""
    words = _LABEL_WORD.findall(label)
    if not 1 <= len(words) <= 6 or "(" in label or _only_places(label, places):
        return False
    if not label[0].isupper() or any(ch.isdigit() for ch in label):
        return False
    if words[0].lower() in NOT_A_UNIT_LABEL_OPENERS:
        return False
    for word in words:
        bare = word.strip(",.:;").lower()
        if bare in MEASURE_WORDS or bare in NOT_A_UNIT_LABEL_WORDS:
            return False
        if bare not in _JOINERS and not word[0].isupper():
            return False  # "Hosting and cloud": a sentence-case label is a product line or a measure
    return True


def unit_bullet_spans(text: str, places: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The labels of list lines that give a unit's own figures ("- Lattice Systems: net sales ...")."""
    return [
        match.span("label") for match in UNIT_BULLET_LINE.finditer(text)
        if unit_label(match.group("label"), places)
    ]


def unit_prose_spans(text: str, places: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Names the prose gives a unit's noun ("the Lattice Systems segment", "its Quill Care division")."""
    return [
        match.span("label") for match in UNIT_BEFORE_NOUN.finditer(text)
        if unit_label(match.group("label"), places)
    ]


def unit_row_spans(text: str, places: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The spans of the row labels of every table the text breaks down by business unit."""
    if "\n" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for start, block in _table_blocks(text) if _UNIT_WORD.search(text) else ():
        header_row = block[0] if _is_header(block[0].group("cells")) else None
        caption = _caption(text, start) + " " + (header_row.group("label") if header_row else "")
        if len(block) < 2 or not _breaks_down_by_unit(caption):
            continue
        rows = [row for row in block if row is not header_row and not _closing_row(row.group("label"))]
        units = [row for row in rows if unit_label(row.group("label").strip(), places)]
        if 2 * len(units) < len(rows):
            continue  # "Lattice IoT" among "Lattice handsets", "Lattice automotive": a product breakdown
        spans += [(row.start("label"), row.start("label") + len(row.group("label").rstrip()))
                  for row in units]
    return spans + unit_bullet_spans(text, places) + unit_prose_spans(text, places)
