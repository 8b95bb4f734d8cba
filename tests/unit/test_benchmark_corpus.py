"""The benchmark corpus generator: deterministic, the requested size, the formats real input has."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.corpus import change_corpus, corpus_files, make_article, write_corpus


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in corpus_files(folder)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 120, seed=3)
    return folder


def test_same_count_and_seed_give_byte_identical_files(corpus: Path, tmp_path: Path) -> None:
    write_corpus(tmp_path, 120, seed=3)
    assert _snapshot(tmp_path) == _snapshot(corpus)


def test_another_seed_gives_other_articles(corpus: Path, tmp_path: Path) -> None:
    write_corpus(tmp_path, 120, seed=4)
    other = _snapshot(tmp_path)
    assert set(other.values()).isdisjoint(_snapshot(corpus).values())


def test_writes_exactly_n_files_and_replaces_a_previous_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path, 30, seed=1)
    write_corpus(tmp_path, 12, seed=1)
    assert len(corpus_files(tmp_path)) == 12


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(corpus: Path, tmp_path: Path) -> None:
    write_corpus(tmp_path, 40, seed=3)
    big = _snapshot(corpus)
    assert all(big[name] == data for name, data in _snapshot(tmp_path).items())


def test_mixes_the_input_formats(corpus: Path) -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in corpus_files(corpus)}
    extensions = Counter(name.rsplit(".", 1)[1] for name in texts)
    assert set(extensions) == {"txt", "html", "md"}
    html_pages = [t for n, t in texts.items() if n.endswith(".html")]
    assert all('property="article:published_time"' in t and "<script" in t for t in html_pages)
    plain = [t for n, t in texts.items() if n.endswith(".txt")]
    assert any(re.search(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2}, \d{4} --", t, re.M) for t in plain)  # dateline
    assert any(re.search(r"[\d,]+ views \d+ comments", t) for t in plain)  # page chrome
    assert any("MEDIA RELEASE" in t or "FOR IMMEDIATE RELEASE" in t for t in plain)
    assert any("Forward-Looking Statements" in t for t in plain)
    assert all(re.search(r"^- ", t, re.M) for n, t in texts.items() if n.endswith(".md"))


def test_articles_read_like_business_news(corpus: Path) -> None:
    for path in corpus_files(corpus)[:40]:
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"<[^>]+>", " ", text)
        assert 400 <= len(body.split()) <= 1400, path.name
        assert re.search(r"(US\$|HK\$|RMB|\$|€|£|¥|yuan|euros|yen|won|rupees)", body)
        assert re.search(r"\d+(\.\d+)?( per cent| percent|%)", body)


def test_organization_names_vary_across_articles(corpus: Path) -> None:
    suffixes = r"(?:Holdings Ltd|Technologies Inc|Group|Bank|Corp|Limited|Securities)"
    names = Counter()
    for path in corpus_files(corpus):
        names.update(set(re.findall(rf"(?:[A-Z][a-z]+ ){{1,3}}{suffixes}", path.read_text(encoding="utf-8"))))
    assert len(names) > 1.5 * len(corpus_files(corpus))  # about two new names per article
    # no single name dominates the corpus
    assert names.most_common(1)[0][1] < 30


def test_change_rewrites_and_adds_about_the_fraction_deterministically(corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        write_corpus(folder, 120, seed=3)
    before = _snapshot(first)
    summary = change_corpus(first, 0.05, seed=3)
    change_corpus(second, 0.05, seed=3)
    after = _snapshot(first)
    assert after == _snapshot(second)
    assert len(summary.modified) + len(summary.added) == 6
    assert len(summary.added) >= 1 and len(summary.modified) >= 1
    assert set(after) - set(before) == set(summary.added)
    changed = {name for name in before if after[name] != before[name]}
    assert changed == set(summary.modified)


def test_a_revision_keeps_the_file_name_and_format() -> None:
    original, edited = make_article(5, 17), make_article(5, 17, revision=1)
    assert original.file_name == edited.file_name
    assert original.text != edited.text
