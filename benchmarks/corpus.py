"""Deterministic synthetic corpus for benchmarks.

    python -m benchmarks.corpus --articles 10000 --out /tmp/corpus [--seed 7]
    python -m benchmarks.corpus --out /tmp/corpus --change 0.01 [--round 1]

Same article count and seed give byte-identical files: article i is a pure function of (seed, i), so
files are written one at a time and the corpus is never held in memory. `--change` rewrites and adds
a fraction of the articles deterministically, for the "1% changed" re-run scenario.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.formats import RENDERERS
from benchmarks.story import build_story

DEFAULT_ARTICLES = 1000
DEFAULT_SEED = 7
_NAME = re.compile(r"^(\d{6})_[0-9a-f]{16}\.(txt|html|md)$")


@dataclass(frozen=True)
class Article:
    index: int
    file_name: str
    text: str


def article_rng(seed: int, index: int, revision: int = 0) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`, independent of PYTHONHASHSEED.
    return random.Random(f"dealwire-bench:{seed}:{index}:{revision}")


def make_article(seed: int, index: int, revision: int = 0) -> Article:
    """Article `index` of the corpus; `revision` > 0 gives an edited version under the same file name."""
    style_rng = article_rng(seed, index)
    renderers, weights = zip(*RENDERERS, strict=True)
    render = style_rng.choices(renderers, weights=weights)[0]
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
    rng = article_rng(seed, index, revision)
    extension, text = render(rng, build_story(rng))
    if style_rng.random() < 0.05:
        text = text.replace("\n", "\r\n")  # some saved pages come from Windows tools
    return Article(index, f"{index:06d}_{digest}.{extension}", text)


def iter_articles(count: int, seed: int = DEFAULT_SEED) -> Iterator[Article]:
    for index in range(count):
        yield make_article(seed, index)


def _write(out_dir: Path, article: Article) -> int:
    data = article.text.encode("utf-8")
    (out_dir / article.file_name).write_bytes(data)
    return len(data)


def write_corpus(out_dir: Path, count: int, seed: int = DEFAULT_SEED) -> int:
    """Write `count` articles into `out_dir` (replacing a previous corpus there); returns bytes written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in corpus_files(out_dir):
        old.unlink()
    return sum(_write(out_dir, article) for article in iter_articles(count, seed))


def corpus_files(out_dir: Path) -> list[Path]:
    return sorted(p for p in out_dir.iterdir() if _NAME.match(p.name))


@dataclass(frozen=True)
class ChangeSummary:
    modified: list[str]
    added: list[str]


def change_corpus(
    out_dir: Path, fraction: float = 0.01, seed: int = DEFAULT_SEED, round_: int = 1
) -> ChangeSummary:
    """Rewrite about half of `fraction` of the articles and add the other half as new files.

    Which files change depends only on the file list, the seed and the round, so two corpora built
    the same way change the same way. Rewritten files get new content (and so a new size/mtime).
    """
    files = corpus_files(out_dir)
    total = max(1, math.ceil(len(files) * fraction))
    rng = random.Random(f"dealwire-bench-change:{seed}:{round_}:{len(files)}")
    modified_count = (total + 1) // 2
    modified = sorted(rng.sample(files, k=min(modified_count, len(files))))
    for path in modified:
        index = int(_NAME.match(path.name).group(1))
        article = make_article(seed, index, revision=round_)
        # Keep the file name: the pipeline must see an edited file, not a new one.
        path.write_bytes(article.text.encode("utf-8"))
    next_index = max((int(_NAME.match(p.name).group(1)) for p in files), default=-1) + 1
    added = [make_article(seed, next_index + i) for i in range(total - modified_count)]
    for article in added:
        _write(out_dir, article)
    return ChangeSummary([p.name for p in modified], [a.file_name for a in added])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--change", type=float, metavar="FRACTION",
                        help="instead of writing a corpus, modify/add this fraction of the one in --out")
    parser.add_argument("--round", type=int, default=1, help="change round: each round picks other files")
    args = parser.parse_args(argv)
    if args.change is not None:
        summary = change_corpus(args.out, args.change, args.seed, args.round)
        print(f"modified {len(summary.modified)} and added {len(summary.added)} files in {args.out}")
        return 0
    size = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles ({size / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
