"""`extract_pending` and the fact store on a temporary DuckDB with stand-in extractors (no model, no
Dagster): which articles are extracted, in which batches, what is stored, failed, stopped or skipped.

Fast enough to run for each mutant of `extraction_run.py` / `fact_store.py` (docs/testing.md).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.extraction.model import (
    ArticleFacts,
    DealFact,
    DealParticipant,
    Evidence,
    MetricFact,
    OrganizationFact,
    PersonFact,
    Quantity,
)
from pipelines.extraction.model_input import read_text
from pipelines.extraction.rules_worker import OverBudget
from pipelines.warehouse import extraction_run
from pipelines.warehouse.extraction_run import (
    ExtractionSummary,
    extract_pending,
    pending_article_ids,
    read_in_part_articles,
    shard_of,
    stopped_articles,
)
from pipelines.warehouse.fact_store import facts_to_rows, merge_rows, person_key, replace_facts, stable_id
from pipelines.warehouse.schema import ensure_ingest_schema

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
LATER = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
V = "v-test"
ORG = OrganizationFact("northwind", "Northwind", "company", aliases=["NW", "NW", "Northwind Co"],
                       mentions=[Evidence("Northwind", 0, 9)])


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    ensure_ingest_schema(connection)
    yield connection
    connection.close()


def _add(con: duckdb.DuckDBPyConnection, article_id: str, text: str = "Northwind text.",
         status: str = "active", version: str | None = None, published: date | None = None) -> None:
    con.execute("INSERT INTO ingest.articles (article_id, content_hash, clean_text, char_count, "
                "published_date, extractor_version) VALUES (?, ?, ?, ?, ?, ?)",
                [article_id, article_id * 4, text, len(text), published, version])
    con.execute("INSERT INTO ingest.article_sources (source_path, article_id, status) VALUES (?, ?, ?)",
                [f"{article_id}.txt", article_id, status])


def _facts(text: str) -> ArticleFacts:
    """One organization and one quantity per article: rows to count; what of it the extractor reads."""
    return ArticleFacts(organizations=[ORG], quantities=[Quantity("count", 3.0, "count", None, "3", 0, 1)],
                        rules_seconds=len(text) / 100, unread_chars=read_text(text).unread_chars)


class _Extractor:
    """start_many / extract_one recording what reaches it; ``fail`` maps a text to its exception."""

    def __init__(self, fail: dict[str, Exception] | None = None, broken_batches: bool = False) -> None:
        self.fail = fail or {}
        self.broken_batches = broken_batches
        self.batches: list[list[str]] = []
        self.alone: list[str] = []

    def _outcome(self, text: str) -> ArticleFacts | Exception:
        return self.fail.get(text) or _facts(text)

    def start_many(self, items):
        self.batches.append([text for text, _ in items])
        if self.broken_batches:
            return lambda: [ArticleFacts()]  # a wrong count of outcomes: the batch is broken
        return lambda: [self._outcome(text) for text, _ in items]

    def extract_one(self, text, published):
        self.alone.append(text)
        outcome = self._outcome(text)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def _run(con, extractor: _Extractor, **kwargs) -> ExtractionSummary:
    return extract_pending(con, extractor.start_many, extractor.extract_one, NOW, version=V, **kwargs)


def _one(con, sql: str) -> tuple:
    return con.execute(sql).fetchone()


def _all(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def _versions(con) -> dict[str, str | None]:
    return dict(con.execute("SELECT article_id, extractor_version FROM ingest.articles").fetchall())


def test_pending_articles_are_live_of_another_version_not_stopped_and_of_the_shards(con) -> None:
    _add(con, "a1")
    _add(con, "a2", version=V)
    _add(con, "b1", status="removed")
    _add(con, "b2", status="failing")
    _add(con, "c1", version="older")
    _add(con, "c2")
    con.execute("INSERT INTO ingest.extraction_stops VALUES ('c2', ?, 1, 1.0, 'slow', ?)", [V, NOW])
    assert pending_article_ids(con, V) == ["a1", "b2", "c1"]
    assert pending_article_ids(con, V, shards=["b", "c"]) == ["b2", "c1"]
    assert pending_article_ids(con, "older") == ["a1", "a2", "b2", "c2"]
    assert stopped_articles(con, V) == [("c2", "slow")]
    assert stopped_articles(con, "older") == []
    assert shard_of("c2") == "c"


def test_every_pending_article_is_extracted_in_batches_and_its_facts_stored(con) -> None:
    for n in range(5):
        _add(con, f"a{n}", text=f"text {n}")
    extractor = _Extractor()
    lines: list[str] = []
    summary = _run(con, extractor, batch_size=2, report=lines.append)
    assert extractor.batches == [["text 0", "text 1"], ["text 2", "text 3"], ["text 4"]]
    assert summary.articles_extracted == 5 and not summary.failures and not summary.stopped
    assert summary.facts == Counter({"organizations": 5, "mentions": 5, "quantities": 5})
    assert set(_versions(con).values()) == {V}
    assert _one(con, "SELECT count(*), count(DISTINCT article_id) FROM ingest.quantities") == (5, 5)
    assert con.execute("SELECT DISTINCT extracted_at FROM ingest.articles").fetchall() == [(NOW,)]
    assert con.execute("SELECT count(*) FROM ingest.extraction_attempts").fetchone() == (0,)
    assert summary.slowest.article_id == "a0" and summary.slowest.chars == 6
    assert [line.split(" (")[0] for line in lines] == [f"articles extracted: {n} of 5" for n in (2, 4, 5)]
    assert _run(con, _Extractor()).articles_extracted == 0  # nothing pending the second time


def test_the_texts_and_dates_reach_the_extractor(con) -> None:
    _add(con, "a1", text="first", published=date(2026, 1, 2))
    seen = []
    extract_pending(con, lambda items: seen.extend(items) or (lambda: [ArticleFacts()]), None, NOW, version=V)
    assert seen == [("first", date(2026, 1, 2))]


def test_an_article_read_in_part_is_listed_with_what_the_extractor_left_unread(con) -> None:
    listed = "Northwind text. " + "Alpha Corp, " * 1_000  # a 12,000-character list: not prose
    _add(con, "a1", text=listed)
    _add(con, "a2", text="Northwind text.")
    summary = _run(con, _Extractor())
    assert summary.articles_extracted == 2
    # The list is unread; the sentence before it and the space after it are read.
    assert summary.read_in_part == [("a1", len(listed), len(listed) - len("Northwind text. ") - 1)]


def _unread(con) -> dict[str, int | None]:
    return dict(con.execute("SELECT article_id, unread_chars FROM ingest.articles").fetchall())


def test_what_the_extractor_left_unread_is_stored_with_the_facts_and_null_until_extracted(con) -> None:
    listed = "Northwind text. " + "Alpha Corp, " * 1_000  # a 12,000-character list: not prose
    _add(con, "a1", text=listed)
    _add(con, "a2", text="Northwind text.")
    _add(con, "b1", text="another shard")
    _run(con, _Extractor(), shards=["a"])
    assert _unread(con) == {"a1": len(listed) - len("Northwind text. ") - 1, "a2": 0, "b1": None}


def test_live_articles_read_in_part_are_listed_whichever_run_extracted_them(con) -> None:
    listed = "Northwind text. " + "Alpha Corp, " * 1_000
    _add(con, "a1", text=listed)
    _add(con, "a2", text="Northwind text.")
    _add(con, "a3", text=listed + " gone", status="removed")
    _add(con, "a4", text=listed + " failing", status="failing")
    _run(con, _Extractor())
    replace_facts(con, ["a3"], {}, V, NOW, unread_chars={"a3": 5})  # facts kept, no live file
    expected = [("a1", len(listed), read_text(listed).unread_chars),
                ("a4", len(listed) + 8, read_text(listed + " failing").unread_chars)]
    assert read_in_part_articles(con) == expected
    assert _run(con, _Extractor()).read_in_part == []  # nothing extracted now: still listed from the store
    assert read_in_part_articles(con) == expected


def test_a_re_extraction_replaces_the_unread_count(con) -> None:
    _add(con, "a1", text="Northwind text.")
    _add(con, "a2", text="Northwind text. " + "Alpha Corp, " * 1_000)
    con.execute("UPDATE ingest.articles SET extractor_version = 'older', unread_chars = 999")
    _run(con, _Extractor())
    unread = _unread(con)
    assert unread["a1"] == 0 and unread["a2"] not in (999, 0)
    # The next version reads the list too: the count follows what was read, as the facts do.
    reads_all = _Extractor()
    reads_all._outcome = lambda text: ArticleFacts(rules_seconds=0.0)  # noqa: SLF001 - a stand-in
    extract_pending(con, reads_all.start_many, reads_all.extract_one, LATER, version="v-next")
    assert _unread(con) == {"a1": 0, "a2": 0}



def _refuse_to_store(monkeypatch: pytest.MonkeyPatch, article_id: str) -> None:
    """replace_facts fails for any batch holding ``article_id`` and stores every other as it would."""
    real = extraction_run.replace_facts

    def refusing(con_, ids, rows, version, now, **kwargs):
        if article_id in ids:
            raise ValueError("bad row")
        real(con_, ids, rows, version, now, **kwargs)

    monkeypatch.setattr(extraction_run, "replace_facts", refusing)

def test_the_unread_count_is_stored_when_a_batch_is_stored_article_by_article(
    con, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = "Northwind text. " + "Alpha Corp, " * 1_000
    _add(con, "a1", text=listed)
    _add(con, "a2", text="unstorable")
    _refuse_to_store(monkeypatch, "a2")
    _run(con, _Extractor())
    assert _unread(con) == {"a1": read_text(listed).unread_chars, "a2": None}


def test_the_slowest_article_is_the_one_with_the_longest_rules_time(con) -> None:
    summary = ExtractionSummary()
    summary.note_time("a", 10, 2.0)
    summary.note_time("b", 20, 1.0)
    summary.note_time("c", 30, 2.0)
    assert (summary.slowest.article_id, summary.slowest.chars, summary.slowest.seconds) == ("a", 10, 2.0)
    summary.note_time("d", 40, 3.0)
    assert summary.slowest.article_id == "d"


def test_an_article_the_extractor_fails_on_is_left_out_and_the_rest_stored(con) -> None:
    _add(con, "a1", text="good")
    _add(con, "a2", text="bad")
    summary = _run(con, _Extractor(fail={"bad": ValueError("no parse")}))
    assert summary.articles_extracted == 1
    assert summary.failures == [("a2", "extraction failed: ValueError: no parse")]
    assert _versions(con) == {"a1": V, "a2": None}


def test_a_failure_already_worded_by_the_rules_process_is_kept_as_it_is(con) -> None:
    _add(con, "a1", text="bad")
    summary = _run(con, _Extractor(fail={"bad": RuntimeError("extraction failed: in the rules")}))
    assert summary.failures == [("a1", "extraction failed: in the rules")]


def test_a_broken_batch_is_extracted_article_by_article(
    con, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _add(con, "a1", text="good", published=date(2026, 1, 2))
    _add(con, "a2", text="bad")
    extractor = _Extractor(fail={"bad": ValueError("no parse")}, broken_batches=True)
    dates: list[date | None] = []
    monkeypatch.setattr(extractor, "extract_one", lambda text, published: dates.append(published) or
                        _Extractor.extract_one(extractor, text, published))
    with caplog.at_level("WARNING", logger=extraction_run.__name__):
        summary = _run(con, extractor)
    assert extractor.alone == ["good", "bad"]
    [record] = [r for r in caplog.records
                if r.getMessage() == "batch extraction failed; retrying article by article"]
    assert "1 outcomes for 2 articles" in str(record.exc_info[1])
    assert dates == [date(2026, 1, 2), None]  # each article alone still gets its publish date
    assert summary.articles_extracted == 1 and [f[0] for f in summary.failures] == ["a2"]


def test_a_batch_that_cannot_be_started_is_extracted_article_by_article(con) -> None:
    _add(con, "a1", text="one")
    _add(con, "a2", text="two")
    extractor = _Extractor()

    def cannot_start(items):
        raise OSError("no worker")

    summary = extract_pending(con, cannot_start, extractor.extract_one, NOW, version=V)
    assert extractor.alone == ["one", "two"] and summary.articles_extracted == 2


def test_an_article_over_budget_is_stopped_recorded_and_keeps_its_last_facts(con) -> None:
    _add(con, "a1", text="slow text")
    _add(con, "a2", text="fast")
    replace_facts(con, ["a1"], facts_to_rows("a1", _facts("old")), "older", NOW)
    summary = _run(con, _Extractor(fail={"slow text": OverBudget(9, 2.5, 1.0)}))
    assert [(a, budget) for a, _, budget in summary.stopped] == [("a1", 2.5)]
    assert summary.stopped[0][1].startswith("stopped:")
    assert (summary.slowest.article_id, summary.slowest.chars, summary.slowest.seconds) == ("a1", 9, 2.5)
    assert summary.articles_extracted == 1
    assert con.execute("SELECT article_id, extractor_version, char_count, budget_seconds, stopped_at, "
                       "reason LIKE 'stopped:%' FROM ingest.extraction_stops").fetchall() == [
        ("a1", V, 9, 2.5, NOW, True)]
    assert con.execute("SELECT count(*) FROM ingest.quantities WHERE article_id = 'a1'").fetchone() == (1,)
    assert pending_article_ids(con, V) == [] and stopped_articles(con, V)[0][0] == "a1"
    # Stopped again by a later version: one row, the newest.
    summary = extract_pending(con, _Extractor(fail={"slow text": OverBudget(9, 3.5, 1.0)}).start_many, None,
                              LATER, version="v-next")
    assert con.execute("SELECT extractor_version, budget_seconds, stopped_at FROM ingest.extraction_stops"
                       ).fetchall() == [("v-next", 3.5, LATER)]


def test_a_stop_in_an_earlier_batch_keeps_its_record_when_later_batches_are_stored(con) -> None:
    _add(con, "a1", text="slow text")
    _add(con, "a2", text="fast")
    _run(con, _Extractor(fail={"slow text": OverBudget(9, 2.5, 1.0)}), batch_size=1)
    assert _all(con, "SELECT article_id, char_count FROM ingest.extraction_stops") == [("a1", 9)]


def test_a_batch_that_cannot_be_started_is_logged_with_its_traceback(
    con, caplog: pytest.LogCaptureFixture
) -> None:
    _add(con, "a1", text="one")

    def cannot_start(items):
        raise OSError("no worker")

    with caplog.at_level("WARNING", logger=extraction_run.__name__):
        extract_pending(con, cannot_start, _Extractor().extract_one, NOW, version=V)
    [record] = [r for r in caplog.records if r.getMessage() == "starting a batch's extraction failed"]
    assert record.exc_info and isinstance(record.exc_info[1], OSError)


def test_articles_a_run_died_on_go_alone_and_are_skipped_after_max_attempts(con) -> None:
    for article_id, text in (("a1", "one"), ("a2", "two"), ("a3", "three"), ("a4", "four")):
        _add(con, article_id, text=text)
    con.execute("INSERT INTO ingest.extraction_attempts VALUES ('a2', ?, 1, ?), ('a3', ?, 3, ?), "
                "('a4', 'older', 5, ?)", [V, NOW, V, NOW, NOW])
    extractor = _Extractor()
    summary = _run(con, extractor, batch_size=10)  # the default: skipped after 3 deaths
    assert extractor.batches == [["two"], ["one", "four"]]
    assert [a for a, _ in summary.failures] == ["a3"]
    reason = summary.failures[0][1]
    assert "died 3 times" in reason and "the last 2 with this article alone" in reason
    assert reason == (
        "skipped: the run died 3 times while extracting this article, the last 2 with this article alone "
        "(out of memory or killed); it is tried again when its text or the extractor version changes, or "
        "after DELETE FROM ingest.extraction_attempts WHERE article_id = 'a3'")
    assert _versions(con) == {"a1": V, "a2": V, "a3": None, "a4": V}
    # The skipped article's record stays (so it stays skipped); the others are cleared.
    assert _all(con, "SELECT article_id, attempts FROM ingest.extraction_attempts") == [("a3", 3)]


def test_an_attempt_is_recorded_before_the_extractor_runs_and_counted_up(con) -> None:
    _add(con, "a1", text="one")
    con.execute("INSERT INTO ingest.extraction_attempts VALUES ('a1', ?, 1, ?)", [V, NOW])
    seen = []

    def start_many(items):
        seen.append(con.execute("SELECT extractor_version, attempts, last_attempt_at "
                                "FROM ingest.extraction_attempts").fetchall())
        return lambda: [ArticleFacts()]

    extract_pending(con, start_many, None, LATER, version=V)
    assert seen == [[(V, 2, LATER)]]
    con.execute("UPDATE ingest.articles SET extractor_version = NULL")
    extract_pending(con, start_many, None, LATER, version=V)
    assert seen[-1] == [(V, 1, LATER)]


def test_stale_attempts_of_these_shards_are_cleared_and_other_shards_kept(con) -> None:
    _add(con, "a1", text="one", version=V)
    con.execute("INSERT INTO ingest.extraction_attempts VALUES ('a1', ?, 1, ?), ('b1', ?, 1, ?)",
                [V, NOW, V, NOW])
    _run(con, _Extractor(), shards=["a"])
    assert con.execute("SELECT article_id FROM ingest.extraction_attempts").fetchall() == [("b1",)]


def test_a_shard_extracts_only_its_own_articles(con) -> None:
    _add(con, "a1", text="one")
    _add(con, "b1", text="two")
    extractor = _Extractor()
    assert _run(con, extractor, shards=["b"]).articles_extracted == 1
    assert extractor.batches == [["two"]] and _versions(con) == {"a1": None, "b1": V}


def test_facts_that_cannot_be_stored_fail_their_article_only(
    con, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _add(con, "a1", text="good")
    _add(con, "a2", text="unstorable")
    _add(con, "a3", text="also good")
    _refuse_to_store(monkeypatch, "a2")
    with caplog.at_level("WARNING", logger=extraction_run.__name__):
        summary = _run(con, _Extractor())
    assert summary.failures == [("a2", "storing facts failed: ValueError: bad row")]
    assert summary.articles_extracted == 2 and summary.facts["quantities"] == 2
    assert _versions(con) == {"a1": V, "a2": None, "a3": V}
    assert _all(con, "SELECT DISTINCT extracted_at FROM ingest.articles WHERE article_id <> 'a2'") == [(NOW,)]
    [record] = [r for r in caplog.records
                if r.getMessage() == "storing the batch's facts failed; storing article by article"]
    assert record.exc_info and isinstance(record.exc_info[1], ValueError)


def test_a_batch_is_stored_in_one_transaction(con, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(3):
        _add(con, f"a{n}", text=f"text {n}")
    calls: list[list[str]] = []
    real = extraction_run.replace_facts

    def recording(con_, ids, rows, version, now, **kwargs):
        calls.append(list(ids))
        real(con_, ids, rows, version, now, **kwargs)

    monkeypatch.setattr(extraction_run, "replace_facts", recording)
    _run(con, _Extractor())
    assert calls == [["a0", "a1", "a2"]]
    assert _one(con, "SELECT count(*) FROM ingest.quantities") == (3,)
    assert _all(con, "SELECT DISTINCT extractor_version, extracted_at FROM ingest.articles") == [(V, NOW)]


@pytest.mark.parametrize("error", [duckdb.IOException("disk"), duckdb.OutOfMemoryException("memory")])
def test_a_database_failure_stops_the_run_instead_of_failing_articles(
    con, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    _add(con, "a1")

    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(extraction_run, "replace_facts", failing)
    with pytest.raises(type(error)):
        _run(con, _Extractor())


def test_a_database_failure_storing_one_article_alone_stops_the_run(
    con, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(con, "a1")
    calls = []

    def failing(con_, ids, *args, **kwargs):
        calls.append(list(ids))
        raise ValueError("batch") if len(calls) == 1 else duckdb.IOException("disk")

    monkeypatch.setattr(extraction_run, "replace_facts", failing)
    with pytest.raises(duckdb.IOException):
        _run(con, _Extractor())


def test_malformed_facts_fail_their_article_not_the_run(con) -> None:
    _add(con, "a1", text="good")
    _add(con, "a2", text="malformed")
    malformed = ArticleFacts(people=[PersonFact(None, None, None, None)])  # a person without a name
    summary = _run(con, _Extractor(fail={"malformed": malformed}))
    assert [a for a, _ in summary.failures] == ["a2"]
    assert summary.failures[0][1].startswith("extraction failed: AttributeError")


# fact_store


def test_facts_become_rows_with_stable_ids_in_every_fact_table() -> None:
    participants = [DealParticipant("contoso", "Contoso", "target"), DealParticipant("northwind", "Northwind",
                                                                                    "acquirer")]
    deal = DealFact("acquisition", participants, date(2026, 1, 2), 5e8, "USD", "Northwind buys Contoso",
                    Evidence("Northwind buys Contoso", 10, 32))
    metric = MetricFact("northwind", "Northwind", "revenue", 1e9, "USD", "FY2025", 2025, None,
                        date(2025, 1, 1), date(2025, 12, 31), Evidence("revenue of $1 billion", 40, 61))
    person = PersonFact("Ada  PARK", "CEO", "northwind", "Northwind", mentions=[Evidence("Ada Park", 70, 78)])
    quantity = Quantity("money", 5e8, "USD", "million", "$500 million", 80, 92)
    facts = ArticleFacts([ORG], [person], [deal], [metric], [quantity])
    rows = facts_to_rows("art1", facts)
    assert rows["organizations"] == [{
        "article_id": "art1", "organization_key": "northwind", "organization_name": "Northwind",
        "organization_type": "company", "aliases": ["NW", "Northwind Co"], "parent_key": None,
        "parent_name": None}]
    assert rows["people"] == [{
        "article_id": "art1", "person_key": "ada park", "person_name": "Ada  PARK", "title": "CEO",
        "organization_key": "northwind", "organization_name": "Northwind"}]
    assert rows["mentions"] == [
        {"mention_id": stable_id("art1", "organization", "northwind", 0, 9), "article_id": "art1",
         "entity_type": "organization", "entity_key": "northwind", "mention_text": "Northwind",
         "start_char": 0, "end_char": 9},
        {"mention_id": stable_id("art1", "person", "ada park", 70, 78), "article_id": "art1",
         "entity_type": "person", "entity_key": "ada park", "mention_text": "Ada Park",
         "start_char": 70, "end_char": 78}]
    deal_id = stable_id("art1", "deal", "acquisition", 10, 32, "contoso", "northwind")
    assert rows["deals"] == [{
        "article_deal_id": deal_id, "article_id": "art1", "deal_key": stable_id("acquisition", "contoso",
                                                                                 "northwind"),
        "deal_type": "acquisition", "announced_date": date(2026, 1, 2), "amount": 5e8, "currency": "USD",
        "summary": "Northwind buys Contoso", "evidence_text": "Northwind buys Contoso", "start_char": 10,
        "end_char": 32}]
    assert rows["deal_participants"] == [
        {"article_deal_id": deal_id, "article_id": "art1", "organization_key": key, "organization_name": name,
         "participant_role": role}
        for key, name, role in (("contoso", "Contoso", "target"), ("northwind", "Northwind", "acquirer"))]
    assert rows["metrics"] == [{
        "article_metric_id": stable_id(
            "art1", "metric", 40, 61, "northwind", "revenue", "USD", "FY2025", 1e9),
        "article_id": "art1", "organization_key": "northwind", "organization_name": "Northwind",
        "metric_name": "revenue", "value": 1e9, "unit": "USD", "period_label": "FY2025", "fiscal_year": 2025,
        "fiscal_quarter": None, "period_start": date(2025, 1, 1), "period_end": date(2025, 12, 31),
        "evidence_text": "revenue of $1 billion", "start_char": 40, "end_char": 61}]
    assert rows["quantities"] == [{
        "quantity_id": stable_id("art1", "quantity", 80, 92, "USD"), "article_id": "art1", "kind": "money",
        "value": 5e8, "unit": "USD", "scale": "million", "quantity_text": "$500 million", "start_char": 80,
        "end_char": 92}]


def test_stable_ids_are_sixteen_hex_digits_of_the_parts_kept_apart() -> None:
    assert stable_id("a", 1) == stable_id("a", 1) and len(stable_id("a", 1)) == 16
    assert stable_id("ab", "c") != stable_id("a", "bc")
    # ids stay the same across versions (re-runs replace rows by them): sha256 of the parts joined by \x1f.
    assert stable_id("x") == "2d711642b726b044"
    assert stable_id("a", 1) == hashlib.sha256(b"a\x1f1").hexdigest()[:16]
    assert person_key("  Ada \n PARK ") == "ada park"


def test_replacing_facts_swaps_only_these_articles_rows_in_every_table(con) -> None:
    _add(con, "a1")
    _add(con, "a2")
    replace_facts(con, ["a1", "a2"], _both(), "old", NOW)
    replace_facts(con, ["a1"], {"quantities": []}, "new", LATER)
    assert _all(con, "SELECT article_id, count(*) FROM ingest.quantities GROUP BY 1") == [("a2", 1)]
    assert con.execute("SELECT count(*) FROM ingest.organizations").fetchone() == (1,)
    assert con.execute("SELECT article_id, extractor_version, extracted_at FROM ingest.articles ORDER BY 1"
                       ).fetchall() == [("a1", "new", LATER), ("a2", "old", NOW)]
    replace_facts(con, [], {}, "newest", LATER)  # nothing to replace: nothing changes
    assert _one(con, "SELECT count(*) FROM ingest.articles WHERE extractor_version = 'newest'") == (0,)


def test_replacing_facts_stores_each_articles_unread_count_zero_when_not_named(con) -> None:
    for article_id in ("a1", "a2", "a3"):
        _add(con, article_id)
    replace_facts(con, ["a1", "a2"], _both(), "v", NOW, unread_chars={"a1": 120, "a3": 7})
    assert _all(con, "SELECT article_id, unread_chars FROM ingest.articles ORDER BY 1") == [
        ("a1", 120), ("a2", 0), ("a3", None)]  # a3 was not replaced: the count named for it is not stored
    replace_facts(con, ["a1"], {}, "v", LATER)  # read whole this time
    assert _one(con, "SELECT unread_chars FROM ingest.articles WHERE article_id = 'a1'") == (0,)


def _rows(article_id: str):
    return facts_to_rows(article_id, _facts("x"))


def _both():
    rows = _rows("a1")
    merge_rows(rows, _rows("a2"))
    return rows


def test_merge_rows_appends_table_by_table() -> None:
    target = {"quantities": [{"n": 1}]}
    merge_rows(target, {"quantities": [{"n": 2}], "people": [{"n": 3}]})
    assert target == {"quantities": [{"n": 1}, {"n": 2}], "people": [{"n": 3}]}
