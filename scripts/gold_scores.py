"""The lead's score bookkeeping: re-measure every gold set, write a new set's ERRORS.md, pool sets' scores.

    python scripts/gold_scores.py today 74 [--write] [--only devset+seeds blind10]
    python scripts/gold_scores.py errors tests/fixtures/blind74 --sectors "..." --before 25 --after 26 \
        --details-before v25.txt --details-after v26.txt --audit goldaudit20 --branches "..." \
        --tuned-on "blind10..65 (checked on blind66..73)"
    python scripts/gold_scores.py pool v26_blind74.txt v26_blind75.txt ...

``today N`` scores every gold set (devset+seeds, heldout, blind, blind2..blind<N-1> that exist) with
``pipelines.extraction.evaluate`` as ``dealwire eval`` does, and prints the body of
tests/unit/scores_today.py's SCORES_TODAY in that file's layout (``--write`` puts it in the file, the header
comment kept). ``errors`` turns two saved ``dealwire eval SETDIR --details`` outputs (the version main had
when the set was written, and the session's) into SETDIR/ERRORS.md and prints the README's "Scored before
tuning" section. ``pool`` adds saved outputs of several sets into the seven numbers of the README's honest
rows: F1 from the summed tp/fp/fn, accuracy from the summed correct/total, as ``dealwire eval A B`` counts
them. docs/testing.md ("Scores: how they are re-measured") says when each is run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import set_folders  # noqa: E402

from pipelines.extraction.evaluate import AttributeCount, SlotCount  # noqa: E402

SCORES_TODAY_FILE = ROOT / "tests" / "unit" / "scores_today.py"
# The seven numbers of a version row: (column, slot or attribute, read as F1 of a slot or an accuracy).
SEVEN = (
    ("orgs", "organizations"),
    ("people", "people"),
    ("deals", "deals"),
    ("metrics", "metrics"),
    ("named metrics", "metrics_named"),
    ("title", "person_title"),
    ("period", "metric_period"),
)
SLOTS_ON_FIRST_LINE = 5  # scores_today.py writes a set's slots on one line, its attributes four a line
ATTRIBUTES_A_LINE = 4
_BODY_OPENS = "SCORES_TODAY: dict[str, dict[str, float]] = {\n"
_BODY_CLOSES = "\n}\n"


# ---------------------------------------------------------------------------------------------
# Reading saved `dealwire eval --details` outputs
# ---------------------------------------------------------------------------------------------


@dataclass
class SavedScores:
    """The counts a saved ``dealwire eval`` output ends with, and the output itself."""

    articles: int
    slots: dict[str, SlotCount] = field(default_factory=dict)
    attributes: dict[str, AttributeCount] = field(default_factory=dict)
    text: str = ""

    def score(self, key: str) -> float:
        """F1 of a slot, accuracy of an attribute, as ``dealwire eval`` prints them."""
        return self.slots[key].f1 if key in self.slots else self.attributes[key].accuracy

    def seven(self) -> list[float]:
        return [self.score(key) for _column, key in SEVEN]


_ARTICLES_LINE = re.compile(r"^(\d+) articles$", re.MULTILINE)
_SLOT_LINE = re.compile(r"^(\w+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)$")
_ATTRIBUTE_LINE = re.compile(r"^(\w+)\s+[\d.]+\s+(\d+)\s+(\d+)$")


def parse_eval_output(text: str) -> SavedScores:
    """The counts of the summary a ``dealwire eval`` output ends with (after any ``--details`` lines)."""
    starts = list(_ARTICLES_LINE.finditer(text))
    if not starts:
        raise ValueError("no 'N articles' line: not a saved `dealwire eval` output")
    saved = SavedScores(int(starts[-1].group(1)), text=text)
    for line in text[starts[-1].end() :].splitlines():
        if line.startswith("errors by cause"):
            break
        if slot := _SLOT_LINE.match(line):
            saved.slots[slot.group(1)] = SlotCount(*(int(slot.group(i)) for i in (2, 3, 4)))
        elif attribute := _ATTRIBUTE_LINE.match(line):
            saved.attributes[attribute.group(1)] = AttributeCount(
                int(attribute.group(2)), int(attribute.group(3))
            )
    missing = [key for _column, key in SEVEN if key not in saved.slots and key not in saved.attributes]
    if missing:
        raise ValueError(f"the summary has no line for {', '.join(missing)}")
    return saved


def pool(outputs: Sequence[SavedScores]) -> SavedScores:
    """Several sets' counts added up: what one ``dealwire eval A B ...`` run over them counts."""
    pooled = SavedScores(sum(saved.articles for saved in outputs))
    for saved in outputs:
        for slot, count in saved.slots.items():
            pooled.slots.setdefault(slot, SlotCount()).add(count)
        for name, count in saved.attributes.items():
            total = pooled.attributes.setdefault(name, AttributeCount())
            total.correct, total.total = total.correct + count.correct, total.total + count.total
    return pooled


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


def version_table(rows: Sequence[tuple[str, SavedScores]]) -> str:
    """The table of the seven numbers per version, as the sets' README.md and ERRORS.md hold it."""
    lines = ["| version | " + " | ".join(column for column, _key in SEVEN) + " |"]
    lines.append("|---" * (len(SEVEN) + 1) + "|")
    lines += [
        f"| {version} | " + " | ".join(f"{v:.3f}" for v in saved.seven()) + " |" for version, saved in rows
    ]
    return "\n".join(lines)


def format_scores_body(scores: dict[str, dict[str, float]]) -> str:
    """SCORES_TODAY's body as tests/unit/scores_today.py writes it: per set, its slots on one line and
    its attributes four a line, every score to three decimals."""
    lines = []
    for name, values in scores.items():
        items = [f'"{key}": {value:.3f},' for key, value in values.items()]
        chunks = [items[:SLOTS_ON_FIRST_LINE]]
        rest = items[SLOTS_ON_FIRST_LINE:]
        chunks += [rest[i : i + ATTRIBUTES_A_LINE] for i in range(0, len(rest), ATTRIBUTES_A_LINE)]
        lines.append(f'    "{name}": {{')
        lines += ["        " + " ".join(chunk) for chunk in chunks if chunk]
        lines.append("    },")
    return "\n".join(lines)


def replace_scores_body(source: str, body: str) -> str:
    """scores_today.py's text with SCORES_TODAY's body replaced (the header comment and the rest kept)."""
    start = source.index(_BODY_OPENS) + len(_BODY_OPENS)
    end = source.index(_BODY_CLOSES, start)
    return source[:start] + body + source[end:]


@dataclass(frozen=True)
class ScoredSet:
    """What the lead records when a new set is scored before tuning (the command line of ``errors``)."""

    name: str
    sectors: str
    before: str
    after: str
    audit: str
    branches: str
    tuned_on: str
    date: str


def errors_markdown(scored: ScoredSet, before: SavedScores, after: SavedScores) -> str:
    """A set's ERRORS.md: title, how it was scored, the version table, every error of the later version."""
    s = scored
    return (
        f"# {s.name}: every error before tuning\n\n"
        f"Scored {s.date} by the lead, after the set was written (branch `{s.name}`, by an annotator who read"
        f" no code\nand ran nothing; sectors: {s.sectors}; gold then audited against GOLD_SCHEMA.md's"
        " Conventions by a second code-blind\n"
        f"reader, branch `{s.audit}`) and before anyone who writes extraction code read it: extractor version"
        f" {s.before}\n(main when the set was written) and version {s.after} (the session's {s.branches},"
        f" tuned on {s.tuned_on}, written without this set).\n\n"
        f"{version_table([(s.before, before), (s.after, after)])}\n\n"
        f"`DEALWIRE_EXTRACTION_BUDGET=0 dealwire eval tests/fixtures/{s.name} --details`,"
        f" version {s.after}:\n\n"
        f"```\n{after.text.rstrip(chr(10))}\n```\n"
    )


def readme_section(scored: ScoredSet, before: SavedScores, after: SavedScores) -> str:
    """The "## Scored before tuning" section of the set's README.md."""
    s = scored
    return (
        "## Scored before tuning\n\n"
        "Scored by the lead after the set was written and audited, before anyone who writes extraction code"
        " read it\n"
        f"(`DEALWIRE_EXTRACTION_BUDGET=0 dealwire eval tests/fixtures/{s.name}`):"
        f" extractor version {s.before}"
        " (main when the\n"
        f"set was written) and version {s.after} (the session's branches, tuned on {s.tuned_on} without this"
        " set). Every\nerror of both is in `ERRORS.md`.\n\n"
        f"{version_table([(s.before, before), (s.after, after)])}\n"
    )


# ---------------------------------------------------------------------------------------------
# Measuring every gold set
# ---------------------------------------------------------------------------------------------


def read_scores_today(path: Path = SCORES_TODAY_FILE) -> dict[str, dict[str, float]]:
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - our own file
    return namespace["SCORES_TODAY"]


def gold_sets(below: int, known: Sequence[str]) -> dict[str, list[Path]]:
    """The gold sets to measure: SCORES_TODAY's in its order, then newer blind sets below ``below``
    that exist; never blind<below> or later."""

    def number(name: str) -> int:
        found = re.fullmatch(r"blind(\d+)", name)
        return int(found.group(1)) if found else 0

    names = [name for name in known if number(name) < below]
    names += [f"blind{n}" for n in range(2, below) if f"blind{n}" not in known]
    return {name: set_folders(name) for name in names if all(f.is_dir() for f in set_folders(name))}


def measure(sets: dict[str, list[Path]], keys: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Each set's scores, with the keys SCORES_TODAY holds for it (a new set: every slot, and every
    attribute the gold has a case of)."""
    os.environ.setdefault("DEALWIRE_EXTRACTION_BUDGET", "0")  # as the scores are measured: no time budget
    from pipelines.extraction.evaluate import evaluate_folders
    from pipelines.extraction.extract import Extractor

    extractor = Extractor()
    measured = {}
    for name, folders in sets.items():
        report = evaluate_folders(folders, extractor)
        found = {slot: count.f1 for slot, count in report.slots.items()}
        found |= {attribute: count.accuracy for attribute, count in report.attributes.items()}
        with_cases = [*report.slots, *(a for a, count in report.attributes.items() if count.total)]
        measured[name] = {key: found[key] for key in keys.get(name) or with_cases}
        print(f"measured {name}", file=sys.stderr)
    return measured


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def cmd_today(args: argparse.Namespace) -> int:
    today = read_scores_today()
    sets = gold_sets(args.below, list(today))
    if args.only:
        sets = {name: folders for name, folders in sets.items() if name in args.only}
    body = format_scores_body(measure(sets, today))
    if args.write:
        source = SCORES_TODAY_FILE.read_text(encoding="utf-8")
        SCORES_TODAY_FILE.write_text(replace_scores_body(source, body), encoding="utf-8")
    print(body)
    return 0


def cmd_errors(args: argparse.Namespace) -> int:
    setdir = Path(args.setdir)
    scored = ScoredSet(
        setdir.name,
        args.sectors,
        args.before,
        args.after,
        args.audit,
        args.branches,
        args.tuned_on,
        args.date,
    )
    before = parse_eval_output(Path(args.details_before).read_text(encoding="utf-8"))
    after = parse_eval_output(Path(args.details_after).read_text(encoding="utf-8"))
    (setdir / "ERRORS.md").write_text(errors_markdown(scored, before, after), encoding="utf-8")
    print(readme_section(scored, before, after))
    return 0


def cmd_pool(args: argparse.Namespace) -> int:
    pooled = pool([parse_eval_output(Path(path).read_text(encoding="utf-8")) for path in args.files])
    print(f"{pooled.articles} articles in {len(args.files)} outputs")
    print(version_table([(args.label, pooled)]))
    return 0


README_COLUMNS = (
    "organizations",
    "people",
    "deals",
    "metrics",
    "metrics_named",
    "person_title",
    "deal_type",
    "deal_roles",
    "deal_amount",
    "deal_date",
    "metric_period",
)


def readme_row(name: str, scores: dict[str, float], articles: int, untuned: bool) -> str:
    """One row of the README's per-set table ("–" where the set's gold has no case of an attribute)."""
    label = "devset + seeds" if name == "devset+seeds" else f"`tests/fixtures/{name}`"
    count = f"{articles} articles" if name == "devset+seeds" else str(articles)
    count += ", scored before tuning" if untuned else ""
    cells = [f"{scores[key]:.3f}" if key in scores else "–" for key in README_COLUMNS]
    return f"| {label} ({count}) | " + " | ".join(cells) + " |"


def cmd_readme_rows(args: argparse.Namespace) -> int:
    """The README's per-set rows from SCORES_TODAY (run after `today --write`)."""
    for name, scores in read_scores_today().items():
        articles = sum(len(list(folder.glob("*.json"))) for folder in set_folders(name))
        number = re.fullmatch(r"blind(\d+)", name)
        print(readme_row(name, scores, articles, bool(number) and int(number.group(1)) >= args.untuned_from))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    today = sub.add_parser("today", help="measure every gold set; print (or --write) SCORES_TODAY's body")
    today.add_argument("below", type=int, help="the first blind set not measured (74: up to blind73)")
    today.add_argument("--write", action="store_true", help="replace the body in tests/unit/scores_today.py")
    today.add_argument("--only", nargs="+", help="measure only these sets (a check; never with --write)")
    today.set_defaults(func=cmd_today)
    errors = sub.add_parser("errors", help="write SETDIR/ERRORS.md; print the README's scored section")
    errors.add_argument("setdir")
    for flag, what in (
        ("--sectors", "the set's sectors, as the annotator's brief named them"),
        ("--before", "extractor version main had when the set was written"),
        ("--after", "extractor version of the session's branches"),
        ("--details-before", "saved `dealwire eval SETDIR --details` output of --before"),
        ("--details-after", "saved `dealwire eval SETDIR --details` output of --after"),
        ("--audit", "the gold audit's branch"),
        ("--branches", "the session's branches, e.g. 'owners, deals, periods and two speed branches'"),
        ("--tuned-on", "what --after was tuned on, e.g. 'blind10..53 (checked on blind54..57)'"),
    ):
        errors.add_argument(flag, required=True, help=what)
    errors.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    errors.set_defaults(func=cmd_errors)
    pooled = sub.add_parser("pool", help="pool saved `dealwire eval --details` outputs of several sets")
    pooled.add_argument("files", nargs="+")
    pooled.add_argument("--label", default="pooled", help="the row's first cell")
    pooled.set_defaults(func=cmd_pool)
    rows = sub.add_parser("readme-rows", help="print the README's per-set table rows from SCORES_TODAY")
    rows.add_argument("--untuned-from", type=int, required=True, help="first blind set no branch tuned on")
    rows.set_defaults(func=cmd_readme_rows)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "only", None) and getattr(args, "write", False):
        parser().error("--only measures a few sets: never write them over the whole body")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
