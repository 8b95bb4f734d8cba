"""The nightly schedule and the raw-folder sensor: its fingerprint changes exactly when a file does."""

import os
from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs.resources import settings_from_environment
from pipelines.defs.schedules import nightly_schedule, raw_folder_fingerprint, raw_folder_sensor


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEALWIRE_RAW_DIR", str(tmp_path))
    (tmp_path / "first.txt").write_text("A first article.\n")
    return tmp_path


def _context(cursor: str | None) -> dg.SensorEvaluationContext:
    """A sensor context with the settings resource as the daemon gives it (DEALWIRE_RAW_DIR set)."""
    return dg.build_sensor_context(cursor=cursor, resources={"dealwire": settings_from_environment()})


def test_unchanged_folder_gives_the_same_fingerprint(raw: Path) -> None:
    assert raw_folder_fingerprint(raw) == raw_folder_fingerprint(raw)


def test_added_changed_and_removed_files_change_it(raw: Path) -> None:
    seen = {raw_folder_fingerprint(raw)}
    (raw / "second.md").write_text("A second article.\n")
    seen.add(raw_folder_fingerprint(raw))
    (raw / "first.txt").write_text("A first article, edited.\n")
    seen.add(raw_folder_fingerprint(raw))
    (raw / "second.md").unlink()
    seen.add(raw_folder_fingerprint(raw))
    assert len(seen) == 4


def test_hidden_and_swap_files_do_not_change_it(raw: Path) -> None:
    before = raw_folder_fingerprint(raw)
    (raw / ".draft.txt").write_text("hidden\n")
    (raw / ".first.txt.swp").write_bytes(b"\0swap")
    assert raw_folder_fingerprint(raw) == before


def test_file_name_that_is_not_utf8_does_not_break_it(raw: Path) -> None:
    before = raw_folder_fingerprint(raw)
    (raw / os.fsdecode(b"caf\xe9.txt")).write_text("Latin-1 named article.\n")
    assert raw_folder_fingerprint(raw) != before


def test_sensor_requests_one_run_per_change_of_the_folder(raw: Path) -> None:
    context = _context(raw_folder_fingerprint(raw))
    assert isinstance(raw_folder_sensor(context), dg.SkipReason)
    (raw / "second.txt").write_text("A second article.\n")
    request = raw_folder_sensor(context)
    assert isinstance(request, dg.RunRequest)
    assert context.cursor == raw_folder_fingerprint(raw)
    assert isinstance(raw_folder_sensor(context), dg.SkipReason)


def test_turning_the_sensor_on_requests_nothing_until_the_folder_changes(raw: Path) -> None:
    context = _context(None)
    assert isinstance(raw_folder_sensor(context), dg.SkipReason)
    assert context.cursor == raw_folder_fingerprint(raw)
    assert isinstance(raw_folder_sensor(context), dg.SkipReason)
    (raw / "second.txt").write_text("A second article.\n")
    assert isinstance(raw_folder_sensor(context), dg.RunRequest)


def test_sensor_is_off_and_schedule_on_by_default() -> None:
    assert raw_folder_sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert nightly_schedule().default_status == dg.DefaultScheduleStatus.RUNNING


def test_schedule_defaults_to_two_am_utc_and_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALWIRE_SCHEDULE_CRON", raising=False)
    monkeypatch.delenv("DEALWIRE_SCHEDULE_TIMEZONE", raising=False)
    default = nightly_schedule()
    assert (default.cron_schedule, default.execution_timezone) == ("0 2 * * *", "UTC")
    monkeypatch.setenv("DEALWIRE_SCHEDULE_CRON", "30 23 * * 1-5")
    monkeypatch.setenv("DEALWIRE_SCHEDULE_TIMEZONE", "Asia/Shanghai")
    custom = nightly_schedule()
    assert (custom.cron_schedule, custom.execution_timezone) == ("30 23 * * 1-5", "Asia/Shanghai")
