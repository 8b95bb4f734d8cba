"""The reader over every seed and devset article: gold evidence survives cleaning, dates and titles match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.ingest.reader import RawArticle, read_article_file

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "devset"]
ARTICLES = sorted(
    path for folder in FOLDERS if folder.is_dir() for path in folder.iterdir()
    if path.suffix in (".txt", ".html") and path.with_suffix(".json").exists()
)
pytestmark = pytest.mark.skipif(not ARTICLES, reason="shared seeds/devset folder not available")


def _read(path: Path) -> tuple[RawArticle, dict]:
    article = read_article_file(path, path.parent)
    assert isinstance(article, RawArticle), article
    return article, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_gold_evidence_is_a_substring_of_clean_text(path: Path) -> None:
    article, gold = _read(path)
    evidences = [
        fact["evidence"] for key in ("deals", "metrics") for fact in gold.get(key, []) if fact.get("evidence")
    ]
    missing = [evidence for evidence in evidences if evidence not in article.clean_text]
    assert not missing


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_title_is_kept_and_found(path: Path) -> None:
    article, gold = _read(path)
    assert article.title == gold.get("title")
    if article.title:
        assert article.title in article.clean_text


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_published_date_is_never_wrong(path: Path) -> None:
    """Never guessed: a date we report must be the gold date (a miss, None, is counted by the recall test)."""
    article, gold = _read(path)
    if article.published_date is not None:
        assert article.published_date.isoformat() == gold.get("published")


def test_published_date_recall_over_the_devset() -> None:
    pairs = [(_read(path)[0].published_date, _read(path)[1].get("published")) for path in ARTICLES]
    matched = sum(1 for found, gold in pairs if (found.isoformat() if found else None) == gold)
    assert matched >= 0.9 * len(pairs)


@pytest.mark.parametrize("path", [p for p in ARTICLES if p.suffix == ".txt"], ids=lambda p: p.name)
def test_text_body_lines_are_kept_verbatim(path: Path) -> None:
    """Every kept line is a line of the original file (chrome lines are dropped, never edited)."""
    article, _ = _read(path)
    original = {line.rstrip() for line in path.read_text(encoding="utf-8").split("\n")}
    assert all(line in original for line in article.clean_text.split("\n") if line)


def test_page_chrome_is_gone_from_the_devset() -> None:
    """Shapes of chrome seen in saved pages do not survive (counts, share bars, e-mail bios)."""
    for path in ARTICLES:
        text = _read(path)[0].clean_text
        assert not re.search(r"[\w.-]+@[\w-]+\.\w+", text), path.name
        assert not re.search(r"(?im)^\s*(leave a (comment|reply)|related( \w+)?)\s*$", text), path.name
        assert not re.search(r"(?i)\b\d[\d,]*\s*views\b", text), path.name
        assert not re.search(r"(?im)^share\b.*\b(facebook|twitter)\b", text), path.name
