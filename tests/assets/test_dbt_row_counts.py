"""Row counts on the dbt assets' materializations: dbt logs them (macros/log_row_count.sql) and
pipelines/defs/dbt.py puts them on the outputs while dbt runs."""

import dagster as dg

from pipelines.defs.dbt import _record_row_count, _with_row_count


def _log(message: str, name: str = "JinjaLogInfo") -> dict:
    return {"info": {"name": name, "msg": message}, "data": {}}


def test_a_logged_row_count_lands_on_the_model_output() -> None:
    counts: dict[str, int] = {}
    assert _record_row_count(_log("dealwire row count model.dealwire.fct_deals 25024"), counts)
    event = dg.Output(None, "marts__fct_deals", metadata={"unique_id": "model.dealwire.fct_deals"})
    counted = _with_row_count(counts, event)
    assert counted.metadata["dagster/row_count"] == dg.MetadataValue.int(25024)
    assert counted.metadata["unique_id"] == event.metadata["unique_id"]


def test_other_dbt_messages_are_not_row_counts() -> None:
    counts: dict[str, int] = {}
    not_a_log = _log("dealwire row count model.dealwire.fct_deals 25024", "NodeFinished")
    assert not _record_row_count(not_a_log, counts)
    assert not _record_row_count(_log("some other log line"), counts)
    assert not _record_row_count(_log("dealwire row count model.dealwire.fct_deals many"), counts)
    assert not _record_row_count({"info": {}, "data": {}}, counts)
    assert counts == {}


def test_outputs_without_a_count_and_checks_pass_through_unchanged() -> None:
    missing = dg.Output(None, "marts__gone", metadata={"unique_id": "model.dealwire.gone"})
    check = dg.AssetCheckResult(passed=True, asset_key="marts/fct_deals", check_name="unique_fct_deals_id")
    assert _with_row_count({}, missing) is missing
    assert _with_row_count({"model.dealwire.gone": 1}, check) is check
