"""Markdown for benchmark results: one table per corpus size, each target next to its measurement."""

from __future__ import annotations

from typing import Any

# (label, limit, how the limit reads); the targets are the product's, set for 10,000 articles on 2 cores.
FULL_VS_BASELINE = 1.5
NO_CHANGE_VS_FULL = 0.05
ONE_PERCENT_VS_FULL = 0.10
PEAK_RSS_MB = 2048
DBT_BUILD_S = 30.0
DBT_STEP = "dealwire_dbt_models"


def _verdict(value: float | None, limit: float) -> str:
    if value is None:
        return "n/a"
    return "met" if value <= limit else "**not met**"


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x" if value >= 0.995 else f"{value * 100:.1f}%"


def ratios(size: dict[str, Any]) -> dict[str, float | None]:
    full = size["full"]["wall_s"] if size["full"].get("status") == "SUCCESS" else None
    peak = max(size[run]["peak_tree_rss_mb"] for run in ("full", "no_change", "one_percent"))
    dbt_step = size["full"].get("steps", {}).get(DBT_STEP)
    dbt_alone = size["dbt_alone"]["wall_s"] if size["dbt_alone"]["returncode"] == 0 else None
    return {
        "full_vs_baseline": _ratio(full, size["baseline"].get("spacy_s")),
        "no_change_vs_full": _ratio(_ok_wall(size["no_change"]), full),
        "one_percent_vs_full": _ratio(_ok_wall(size["one_percent"]), full),
        "peak_tree_rss_mb": peak,
        "dbt_s": max((s for s in (dbt_step, dbt_alone) if s is not None), default=None),
    }


def _ok_wall(run: dict[str, Any]) -> float | None:
    return run["wall_s"] if run.get("status") == "SUCCESS" else None


def size_table(size: dict[str, Any]) -> str:
    n = size["articles"]
    base, full = size["baseline"], size["full"]
    r = ratios(size)
    rows = [
        ("spaCy baseline (same model, pipes, batch size, processes)",
         f"{_seconds(base.get('spacy_s'))} ({base.get('articles_per_s') or 0:.1f} articles/s)", "", ""),
        ("full run from empty warehouse (wall, `dagster job execute`)",
         f"{_seconds(_ok_wall(full))} ({n / full['wall_s']:.1f} articles/s)" if _ok_wall(full) else
         f"failed: {full.get('status')}", "", ""),
    ]
    steps = full.get("steps", {})
    for step, seconds in sorted(steps.items(), key=lambda item: -item[1]):
        rows.append((f"&nbsp;&nbsp;step `{step}`", _seconds(seconds), "", ""))
        if step == "extract_facts" and full.get("model_wait_s") is not None:
            rows.append(("&nbsp;&nbsp;&nbsp;&nbsp;of which rules and storage waited for the model process",
                         _seconds(full["model_wait_s"]), "", ""))
        if step == "extract_facts" and full.get("extract_cpu_s"):
            rows += [(f"&nbsp;&nbsp;&nbsp;&nbsp;CPU of the {name.replace('_', ' ')} (ms per article)",
                      f"{_seconds(cpu)} ({1000 * cpu / n:.0f} ms)", "", "")
                     for name, cpu in sorted(full["extract_cpu_s"].items())]
    if steps:
        overhead = full["wall_s"] - sum(steps.values())
        label = "&nbsp;&nbsp;outside steps (process start, imports, run setup)"
        rows.append((label, _seconds(overhead), "", ""))
    changed = size["changed_files"]
    rows += [
        ("full run / baseline", _fmt_ratio(r["full_vs_baseline"]), f"<= {FULL_VS_BASELINE}x",
         _verdict(r["full_vs_baseline"], FULL_VS_BASELINE)),
        ("re-run, nothing changed", _seconds(_ok_wall(size["no_change"])), "", ""),
        ("no-change re-run / full run", _fmt_ratio(r["no_change_vs_full"]), f"<= {NO_CHANGE_VS_FULL:.0%}",
         _verdict(r["no_change_vs_full"], NO_CHANGE_VS_FULL)),
        (f"re-run, {changed['modified']} files changed + {changed['added']} added",
         _seconds(_ok_wall(size["one_percent"])), "", ""),
        ("1%-changed re-run / full run", _fmt_ratio(r["one_percent_vs_full"]),
         f"<= {ONE_PERCENT_VS_FULL:.0%}",
         _verdict(r["one_percent_vs_full"], ONE_PERCENT_VS_FULL)),
        ("peak RSS, whole process tree (max of the three runs)", f"{r['peak_tree_rss_mb']:.0f} MB",
         f"< {PEAK_RSS_MB} MB", _verdict(r["peak_tree_rss_mb"], PEAK_RSS_MB)),
        ("peak RSS, largest single process (full run)", f"{full['peak_process_rss_mb']:.0f} MB", "", ""),
        ("dbt build: step in full run / separate `dbt build`",
         f"{_seconds(steps.get(DBT_STEP))} / {_seconds(size['dbt_alone']['wall_s'])}",
         f"< {DBT_BUILD_S:.0f} s",
         _verdict(r["dbt_s"], DBT_BUILD_S)),
    ]
    runs = [base.get("process", {}), full, size["no_change"], size["one_percent"]]
    loads = " / ".join(f"{r['other_load_cores']:.2f}" if "other_load_cores" in r else "n/a" for r in runs)
    rows.append(("CPU used by other processes meanwhile (cores of 2): baseline / full / no-change / 1%",
                 loads, "", ""))
    lines = [f"### {n:,} articles ({size['corpus_bytes'] / 1e6:.1f} MB corpus, seed {size['seed']}, "
             f"DEALWIRE_PROCESSES={size['extraction_processes']}, "
             f"DEALWIRE_BATCH_SIZE={size.get('extraction_batch_size', '64')}, "
             f"model in a background process: {_yes_no(size.get('ner_in_background'))})", "",
             "| measurement | value | target (10k articles) | verdict |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def _yes_no(value: bool | None) -> str:
    return "not recorded" if value is None else ("yes" if value else "no")


def _loads(values: list[float] | None) -> str:
    return "n/a" if not values else "/".join(f"{x:.2f}" for x in values)


def markdown_report(report: dict[str, Any]) -> str:
    env = report["environment"]
    parts = [
        f"Machine: {env['nproc']} CPUs ({env['cpu']}), {env['ram_gb']} GB RAM; Python {env['python']}; "
        f"load average (1/5/15 min) at start {_loads(env['load_avg_at_start'])}, at end "
        f"{_loads(env.get('load_avg_at_end'))}; started {env['date_utc']}",
        "",
    ]
    parts += [size_table(size) + "\n" for size in report["sizes"]]
    sizes = report["sizes"]
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        rss_small, rss_large = ratios(small)["peak_tree_rss_mb"], ratios(large)["peak_tree_rss_mb"]
        parts.append(
            f"Memory flatness: peak RSS {rss_small:.0f} MB at {small['articles']:,} articles, "
            f"{rss_large:.0f} MB at {large['articles']:,} ({rss_large / rss_small:.2f}x for "
            f"{large['articles'] / small['articles']:.0f}x the articles)."
        )
    return "\n".join(parts)
