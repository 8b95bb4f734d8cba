"""scripts/gold_scores.py, its pure parts: reading saved `dealwire eval` outputs, pooling sets' counts,
and writing SCORES_TODAY's body, a set's ERRORS.md and its README section in the files' own layout.
The outputs here are invented (built by evaluate.format_report, so they have the real layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extraction.evaluate import (
    ATTRIBUTES,
    DERIVED_SLOTS,
    SLOTS,
    ArticleScore,
    AttributeCount,
    Report,
    SlotCount,
    format_report,
)
from tests.conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


gold_scores = load_script("gold_scores")


def _output(
    counts: dict[str, tuple[int, int, int]], correct: dict[str, tuple[int, int]], details: bool
) -> str:
    """An invented `dealwire eval` output: one article with a miss, the given counts."""
    slots = {s: SlotCount(*counts.get(s, (0, 0, 0))) for s in SLOTS + DERIVED_SLOTS}
    attributes = {a: AttributeCount(*correct.get(a, (0, 0))) for a in ATTRIBUTES}
    article = ArticleScore("0001_quarvo")
    article.misses["organizations"].append("Quarvo Holdings")
    return format_report(Report([article], slots, attributes), details=details)


SET_A = _output(
    {
        "organizations": (3, 1, 0),
        "people": (2, 0, 0),
        "deals": (1, 1, 1),
        "metrics": (8, 2, 2),
        "metrics_named": (4, 1, 1),
    },
    {"person_title": (1, 1), "metric_period": (7, 8)},
    details=True,
)
SET_B = _output(
    {
        "organizations": (1, 0, 3),
        "people": (0, 1, 1),
        "deals": (0, 0, 2),
        "metrics": (2, 0, 6),
        "metrics_named": (1, 0, 3),
    },
    {"person_title": (0, 3), "metric_period": (1, 2)},
    details=False,
)


def test_a_saved_output_is_read_back_to_its_counts() -> None:
    saved = gold_scores.parse_eval_output(SET_A)
    assert saved.articles == 1
    assert saved.slots["organizations"] == SlotCount(3, 1, 0)
    assert saved.slots["metrics_named"] == SlotCount(4, 1, 1)
    assert saved.attributes["metric_period"] == AttributeCount(7, 8)
    assert [round(v, 3) for v in saved.seven()] == [0.857, 1.0, 0.5, 0.8, 0.8, 1.0, 0.875]


def test_a_text_without_a_summary_is_refused() -> None:
    with pytest.raises(ValueError, match="N articles"):
        gold_scores.parse_eval_output("== 0001_quarvo\n   organizations miss Quarvo\n")


def test_pooling_adds_counts_it_never_averages_scores() -> None:
    pooled = gold_scores.pool([gold_scores.parse_eval_output(t) for t in (SET_A, SET_B)])
    assert pooled.articles == 2
    assert pooled.slots["organizations"] == SlotCount(4, 1, 3)
    # F1 of the summed counts (0.667), not the mean of the two sets' F1 (0.629)
    assert round(pooled.score("organizations"), 3) == 0.667
    # accuracy of the summed counts: 1 of 4 titles right (0.25), not the mean of 1.0 and 0.0
    assert pooled.score("person_title") == 0.25
    assert pooled.score("metric_period") == 0.8


def test_pooled_counts_print_as_one_eval_over_both_sets_would() -> None:
    pooled = gold_scores.pool([gold_scores.parse_eval_output(t) for t in (SET_A, SET_B)])
    one_run = gold_scores.parse_eval_output(
        _output(
            {
                "organizations": (4, 1, 3),
                "people": (2, 1, 1),
                "deals": (1, 1, 3),
                "metrics": (10, 2, 8),
                "metrics_named": (5, 1, 4),
            },
            {"person_title": (1, 4), "metric_period": (8, 10)},
            details=False,
        )
    )
    assert gold_scores.version_table([("x", pooled)]) == gold_scores.version_table([("x", one_run)])


def test_the_version_table_has_the_seven_numbers_to_three_decimals() -> None:
    saved = gold_scores.parse_eval_output(SET_A)
    assert gold_scores.version_table([("24", saved)]).splitlines() == [
        "| version | orgs | people | deals | metrics | named metrics | title | period |",
        "|---|---|---|---|---|---|---|---|",
        "| 24 | 0.857 | 1.000 | 0.500 | 0.800 | 0.800 | 1.000 | 0.875 |",
    ]


def test_scores_today_body_is_written_back_byte_for_byte() -> None:
    path = ROOT / "tests" / "unit" / "scores_today.py"
    source = path.read_text(encoding="utf-8")
    body = gold_scores.format_scores_body(gold_scores.read_scores_today(path))
    assert gold_scores.replace_scores_body(source, body) == source


def test_writing_the_body_keeps_the_header_and_what_follows() -> None:
    source = (
        '"""Invented."""\n\n# Measured on a day.\nSCORES_TODAY: dict[str, dict[str, float]] = {\n'
        '    "old": {\n        "organizations": 0.5,\n    },\n}\n\n\ndef after(): ...\n'
    )
    scores = {
        "new": {
            "organizations": 0.9,
            "people": 1.0,
            "deals": 0.5,
            "metrics": 0.25,
            "metrics_named": 0.75,
            "person_title": 1.0,
            "deal_type": 1.0,
            "deal_amount": 0.5,
            "deal_date": 0.0,
            "metric_period": 0.875,
        }
    }
    written = gold_scores.replace_scores_body(source, gold_scores.format_scores_body(scores))
    assert written == (
        '"""Invented."""\n\n# Measured on a day.\nSCORES_TODAY: dict[str, dict[str, float]] = {\n'
        '    "new": {\n'
        '        "organizations": 0.900, "people": 1.000, "deals": 0.500, "metrics": 0.250,'
        ' "metrics_named": 0.750,\n'
        '        "person_title": 1.000, "deal_type": 1.000, "deal_amount": 0.500, "deal_date": 0.000,\n'
        '        "metric_period": 0.875,\n'
        "    },\n}\n\n\ndef after(): ...\n"
    )


SCORED = dict(
    sectors="invented sectors",
    before="24",
    after="25",
    audit="goldaudit99",
    branches="owners and deals branches",
    tuned_on="blind10..61 (checked on blind62..65)",
    date="2026-12-07",
)


def test_errors_markdown_has_the_title_the_table_and_the_later_versions_details() -> None:
    scored = gold_scores.ScoredSet("blind99", **SCORED)
    before, after = (gold_scores.parse_eval_output(t) for t in (SET_B, SET_A))
    text = gold_scores.errors_markdown(scored, before, after)
    lines = text.splitlines()
    assert lines[0] == "# blind99: every error before tuning"
    assert "sectors: invented sectors; gold then audited" in text
    assert "reader, branch `goldaudit99`) and before anyone" in text
    assert (
        "(the session's owners and deals branches, tuned on blind10..61 (checked on blind62..65), written"
        in text
    )
    assert lines.index("| 24 | 0.400 | 0.000 | 0.000 | 0.400 | 0.400 | 0.000 | 0.500 |") + 1 == lines.index(
        "| 25 | 0.857 | 1.000 | 0.500 | 0.800 | 0.800 | 1.000 | 0.875 |"
    )
    assert (
        "`DEALWIRE_EXTRACTION_BUDGET=0 dealwire eval tests/fixtures/blind99 --details`, version 25:" in text
    )
    assert text.endswith("```\n" + SET_A.rstrip("\n") + "\n```\n")
    assert "== 0001_quarvo" in text


def _tuned_set_sections(name: str) -> tuple[str, str]:
    folder = ROOT / "tests" / "fixtures" / name
    readme = (folder / "README.md").read_text(encoding="utf-8")
    return (folder / "ERRORS.md").read_text(encoding="utf-8"), readme[
        readme.index("## Scored before tuning") :
    ]


def test_a_tuned_sets_files_are_written_again_to_the_byte() -> None:
    # blind64 (a tuning set) scored the same under both versions, so its own details block stands for both.
    errors, section = _tuned_set_sections("blind64")
    details = errors[errors.index("```\n") + 4 : errors.rindex("\n```")] + "\n"
    saved = gold_scores.parse_eval_output(details)
    scored = gold_scores.ScoredSet(
        "blind64",
        "consumer goods, food, beverages and agribusiness",
        "23",
        "24",
        "goldaudit16",
        "owners, deals, deal recall, metric recall, periods, organizations and two speed branches",
        "blind10..53 (checked on blind54..57)",
        "2026-12-06",
    )
    assert gold_scores.errors_markdown(scored, saved, saved) == errors
    assert gold_scores.readme_section(scored, saved, saved) == section.rstrip("\n") + "\n"


def test_today_measures_scores_todays_sets_in_its_order_and_none_from_the_first_left_out() -> None:
    known = ["devset+seeds", "heldout", "blind", "blind3", "blind2", "blind12"]
    sets = gold_scores.gold_sets(12, known)
    assert list(sets)[:5] == ["devset+seeds", "heldout", "blind", "blind3", "blind2"]
    assert list(sets)[5:] == [f"blind{n}" for n in range(4, 12)]  # newer sets that exist, in number order
    assert sets["devset+seeds"] == [ROOT.parent / "shared" / "devset", ROOT.parent / "shared" / "seeds"]


def test_readme_row_writes_every_column_in_order_with_a_dash_where_the_gold_has_no_case():
    scores = {key: 0.5 + i / 100 for i, key in enumerate(gold_scores.README_COLUMNS) if key != "deal_roles"}
    row = gold_scores.readme_row("blind80", scores, 10, untuned=True)
    assert row == (
        "| `tests/fixtures/blind80` (10, scored before tuning) | 0.500 | 0.510 | 0.520 | 0.530 | 0.540"
        " | 0.550 | 0.560 | – | 0.580 | 0.590 | 0.600 |"
    )


def test_readme_row_names_the_shared_sets_by_their_article_count():
    scores = dict.fromkeys(gold_scores.README_COLUMNS, 1.0)
    row = gold_scores.readme_row("devset+seeds", scores, 14, untuned=False)
    assert row.startswith("| devset + seeds (14 articles) | 1.000 |")
