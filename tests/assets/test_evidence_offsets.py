"""The evidence-offset invariant (pipelines/defs/checks.py) on a temporary DuckDB: it counts exactly the
rows whose text is not the article's clean text at their offsets, for names and for spans longer than the
pieces it cuts texts into, in non-ASCII text, across piece boundaries, for a span whose article is missing,
and on a long article. The check runs dbt's own macro, so this also tests the dbt test's query."""

import random

import duckdb
import pytest

from pipelines.defs.checks import spans_not_at_offsets


def _warehouse(texts: dict[str, str], rows: list[tuple[str, int, int, str]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE SCHEMA ingest")
    con.execute("CREATE TABLE ingest.articles (article_id VARCHAR, clean_text VARCHAR)")
    con.executemany("INSERT INTO ingest.articles VALUES (?, ?)", list(texts.items()))
    con.execute("CREATE TABLE ingest.mentions (article_id VARCHAR, start_char INTEGER, end_char INTEGER, "
                "mention_text VARCHAR)")
    con.executemany("INSERT INTO ingest.mentions VALUES (?, ?, ?, ?)", rows)
    return con


def _wrong_in_python(texts: dict[str, str], rows: list[tuple[str, int, int, str]]) -> int:
    return sum(
        1 for article_id, start, end, span in rows
        if article_id not in texts
        or (start < 0 or end < start or end > len(texts[article_id]) or texts[article_id][start:end] != span)
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_offset_check_counts_exactly_the_spans_not_at_their_offsets(seed: int) -> None:
    rng = random.Random(seed)
    texts = {
        f"a{n}": "".join(rng.choice("ab cé—Ü\n,.") for _ in range(length))
        for n, length in enumerate([0, 7, 999, 1000, 1001, 2500, 4100])
    }
    rows = []
    for article_id, text in texts.items():
        for _ in range(150):
            start = rng.randint(-1, len(text) + 1)
            end = start + rng.choice([0, 1, 6, 999, 1000, 1001, 2100, -1])
            span = text[max(start, 0) : max(end, 0)]
            rows.append((article_id, start, end, span if rng.random() < 0.7 else span + "x"))
    rows.append(("no such article", 0, 1, "a"))  # its article is gone: never at its offsets
    expected = _wrong_in_python(texts, rows)
    assert 0 < expected < len(rows)
    assert spans_not_at_offsets(_warehouse(texts, rows), "mentions", "mention_text") == expected


def test_one_long_article_of_many_mentions_is_checked_mention_by_mention() -> None:
    # The shape that took dbt hours: one name repeated through a long text, a mention per occurrence.
    text = "Tencent é " * 30_000
    rows = [("long", start, start + 7, "Tencent") for start in range(0, len(text), 10)]
    rows[12_345] = ("long", rows[12_345][1] + 1, rows[12_345][2] + 1, "Tencent")  # one shifted by a character
    con = _warehouse({"long": text}, rows)
    assert spans_not_at_offsets(con, "mentions", "mention_text") == 1
