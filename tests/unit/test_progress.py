"""Progress lines of long steps: done of total, rate and time left."""

from pipelines.warehouse.progress import Progress


def test_each_batch_reports_done_of_total_rate_and_time_left() -> None:
    now = [100.0]
    lines: list[str] = []
    progress = Progress("articles extracted", 1000, lines.append, clock=lambda: now[0])
    now[0] += 10
    progress.advance(250)
    now[0] += 10
    progress.advance(250)
    assert lines == [
        "articles extracted: 250 of 1000 (25%), 25.0/s, about 30 s left",
        "articles extracted: 500 of 1000 (50%), 25.0/s, about 20 s left",
    ]


def test_long_waits_read_in_minutes_and_nothing_to_do_reports_nothing() -> None:
    now = [0.0]
    lines: list[str] = []
    progress = Progress("files read", 10_000, lines.append, clock=lambda: now[0])
    now[0] += 60
    progress.advance(500)
    assert lines == ["files read: 500 of 10000 (5%), 8.3/s, about 19 min left"]
    progress.advance(0)
    assert len(lines) == 1
