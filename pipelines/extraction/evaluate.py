"""Score extraction against gold annotations (GOLD_SCHEMA.md) over one or more folders.

    python -m pipelines.extraction.evaluate ../shared/devset ../shared/seeds [--json] [--details]

Articles are read with the same ingestion code the pipeline uses, so offsets and chrome
removal match production. Counts are micro-averaged over every article of every folder.

Matching (one-to-one, each gold fact matched at most once):
- organizations: any predicted name/alias equals any gold name/alias (normalized), or the
  organization keys are equal;
- people: by name;
- deals: by their set of parties, where a party also matches its parent or child one level
  away (gold parents of the article, predicted parents);
- metrics: organization (same one-level roll-up), metric name, unit, and value within 2%
  (percent: within 0.5 points).
Attribute accuracy is measured over matched pairs: person title, deal type, metric period; deal roles
where the gold deal lists "roles" ({party: investor|investee|acquirer|target}, an addition of ours to
GOLD_SCHEMA.md); deal amount (within 2%, same currency) and announced date where gold or prediction
states one (a value only one side states is wrong).

Every error is also counted under one cause per slot, so a reader sees where the next point comes from:
an unmatched gold fact and an unmatched prediction that agree on all but one thing are one near miss
("wrong name", "wrong owner", "wrong value", "wrong parties"); the rest is "missed" or "spurious" ("not an
organization" for organizations); a wrong attribute of a matched pair is "wrong title", "wrong type",
"wrong roles", "wrong amount", "wrong date" or "wrong period". A folder set without any gold file is an
error (exit code 2), never a perfect score.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipelines.extraction.entities import normalize_surface, organization_key
from pipelines.extraction.model import ArticleFacts, DealFact, DealParticipant
from pipelines.ingest.reader import IngestError, read_article_file

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SLOTS = ("organizations", "people", "deals", "metrics")
# Scored from the metrics' matching, not matched on their own: metrics whose gold or predicted name is not
# "other" (the "named metrics": the figures a fact table is about, revenue, profit, growth, ...).
DERIVED_SLOTS = ("metrics_named",)
# Accuracy over matched pairs: attribute -> its slot. Deal roles count where the gold deal lists
# "roles" ({party: investor|investee|acquirer|target}); amount and date where gold or prediction states one.
ATTRIBUTES = {
    "person_title": "people",
    "deal_type": "deals",
    "deal_roles": "deals",
    "deal_amount": "deals",
    "deal_date": "deals",
    "metric_period": "metrics",
}
ATTRIBUTE_CAUSES = {
    "person_title": "wrong title",
    "deal_type": "wrong type",
    "deal_roles": "wrong roles",
    "deal_amount": "wrong amount",
    "deal_date": "wrong date",
    "metric_period": "wrong period",
}
# Generic descriptors ("the company") name no particular organization; they never make a match.
_GENERIC_DESCRIPTORS = {
    "company",
    "bank",
    "lender",
    "regulator",
    "group",
    "firm",
    "unit",
    "university",
    "park",
    "division",
    "arm",
}


# ---------------------------------------------------------------------------------------------
# Reading articles
# ---------------------------------------------------------------------------------------------


@dataclass
class Article:
    stem: str
    text: str
    published: date | None
    gold: dict


def read_article(path: Path) -> tuple[str, date | None]:
    """Clean text and publish date, exactly as ingestion produces them (same code path)."""
    result = read_article_file(path, path.parent)
    if isinstance(result, IngestError):
        # Scored as an article with no text: every gold fact becomes a miss, visibly.
        print(f"warning: {path}: {result.reason}", file=sys.stderr)
        return "", None
    return result.clean_text, result.published_date


def load_articles(folders: Iterable[Path]) -> Iterable[Article]:
    """Every article file that has a gold JSON with the same stem; other files are skipped."""
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            gold_path = path.with_suffix(".json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not isinstance(gold, dict) or "organizations" not in gold:
                continue
            text, published = read_article(path)
            yield Article(stem=path.stem, text=text, published=published, gold=gold)


# ---------------------------------------------------------------------------------------------
# Matching helpers
# ---------------------------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    return re.sub(r"[^\w&]+", " ", normalize_surface(name)).strip()


def normalize_title(title: str | None) -> str:
    if not title:
        return ""
    words = re.sub(r"[^\w&]+", " ", title.lower()).split()
    return " ".join(w for w in words if w not in {"the", "a", "an", "its"})


def _forms(name: str, aliases: Sequence[str]) -> tuple[set[str], set[str]]:
    names = {normalize_name(n) for n in (name, *aliases) if n}
    names = {n for n in names if n and n not in _GENERIC_DESCRIPTORS}
    keys = {organization_key(n) for n in (name, *aliases) if n and normalize_name(n) in names}
    return names, keys


@dataclass
class OrgForms:
    """All the ways an organization is written in one article, and its parent's forms."""

    names: set[str]
    keys: set[str]
    parent: OrgForms | None = None

    def same(self, other: OrgForms) -> bool:
        return bool(self.names & other.names or self.keys & other.keys)

    def related(self, other: OrgForms) -> bool:
        return (
            self.same(other)
            or (self.parent is not None and self.parent.same(other))
            or (other.parent is not None and other.parent.same(self))
        )


def _forms_of_name(name: str, directory: dict[str, OrgForms]) -> OrgForms:
    normalized = normalize_name(name)
    for forms in directory.values():
        if normalized in forms.names or organization_key(name) in forms.keys:
            return forms
    names, keys = _forms(name, [])
    return OrgForms(names, keys)


def _gold_directory(gold: dict) -> dict[str, OrgForms]:
    directory = {}
    for org in gold.get("organizations", []):
        names, keys = _forms(org["name"], org.get("aliases") or [])
        directory[org["name"]] = OrgForms(names, keys)
    for org in gold.get("organizations", []):
        if org.get("parent"):
            directory[org["name"]].parent = _forms_of_name(org["parent"], directory)
    return directory


def _predicted_directory(facts: ArticleFacts) -> dict[str, OrgForms]:
    directory = {}
    for org in facts.organizations:
        names, keys = _forms(org.name, org.aliases)
        keys.add(org.key)
        directory[org.key] = OrgForms(names, keys)
    for org in facts.organizations:
        if org.parent_key:
            directory[org.key].parent = directory.get(org.parent_key) or _forms_of_name(
                org.parent_name or org.parent_key, directory
            )
    return directory


def max_matching(
    n_gold: int,
    n_pred: int,
    compatible: Callable[[int, int], bool],
    preferred: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths); returns (gold, predicted) index pairs.

    With ``preferred``, pairs that also agree on the attribute are matched first, so that two
    facts differing only in period are not cross-paired and scored as two wrong periods."""
    if preferred is not None:
        first = max_matching(n_gold, n_pred, lambda g, p: compatible(g, p) and preferred(g, p))
        used_gold, used_pred = {g for g, _ in first}, {p for _, p in first}
        rest = max_matching(
            n_gold, n_pred, lambda g, p: g not in used_gold and p not in used_pred and compatible(g, p)
        )
        return sorted(first + rest)
    edges = [[p for p in range(n_pred) if compatible(g, p)] for g in range(n_gold)]
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return sorted((g, p) for p, g in owner.items())


def _value_close(gold_value: float, predicted: float, unit: str) -> bool:
    if unit == "percent":
        return abs(gold_value - predicted) <= 0.5
    if gold_value == 0:
        return predicted == 0
    return abs(gold_value - predicted) <= 0.02 * abs(gold_value)


# ---------------------------------------------------------------------------------------------
# Scoring one article
# ---------------------------------------------------------------------------------------------


@dataclass
class SlotCount:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: SlotCount) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class AttributeCount:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class ArticleScore:
    stem: str
    slots: dict[str, SlotCount] = field(
        default_factory=lambda: {s: SlotCount() for s in SLOTS + DERIVED_SLOTS}
    )
    attributes: dict[str, AttributeCount] = field(
        default_factory=lambda: {a: AttributeCount() for a in ATTRIBUTES}
    )
    misses: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SLOTS})
    false_positives: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SLOTS})
    wrong_attributes: list[str] = field(default_factory=list)
    # (slot, cause) -> number of errors: where the next point of F1 or accuracy comes from
    causes: Counter[tuple[str, str]] = field(default_factory=Counter)


# A near miss pairs one unmatched gold fact with one unmatched prediction that agree on everything but
# one thing: (cause, compatible(gold index, predicted index)). Tried in order; what is left is missed
# (gold) or spurious (predicted).
NearMiss = tuple[str, Callable[[int, int], bool]]


def score_article(stem: str, gold: dict, facts: ArticleFacts) -> ArticleScore:
    score = ArticleScore(stem)
    gold_dir = _gold_directory(gold)
    pred_dir = _predicted_directory(facts)
    _score_organizations(score, gold.get("organizations", []), facts, gold_dir, pred_dir)
    _score_people(score, gold.get("people", []), facts)
    _score_deals(score, gold.get("deals", []), facts, gold_dir, pred_dir)
    _score_metrics(score, gold.get("metrics", []), facts, gold_dir, pred_dir)
    return score


def _score_organizations(
    score: ArticleScore, gold_orgs: list[dict], facts: ArticleFacts,
    gold_dir: dict[str, OrgForms], pred_dir: dict[str, OrgForms],
) -> None:
    pred_orgs = facts.organizations
    pairs = max_matching(
        len(gold_orgs),
        len(pred_orgs),
        lambda g, p: gold_dir[gold_orgs[g]["name"]].same(pred_dir[pred_orgs[p].key]),
    )
    _count(
        score,
        "organizations",
        pairs,
        [o["name"] for o in gold_orgs],
        [f"{o.name} {o.aliases}" if o.aliases else o.name for o in pred_orgs],
    )
    # A predicted name sharing a word with a missed one is that organization cut or merged wrongly.
    near: list[NearMiss] = [
        ("wrong name", lambda g, p: _share_a_word(gold_orgs[g]["name"], pred_orgs[p].name))
    ]
    _classify_errors(
        score, "organizations", pairs, len(gold_orgs), len(pred_orgs), near, "not an organization"
    )


def _score_people(score: ArticleScore, gold_people: list[dict], facts: ArticleFacts) -> None:
    pred_people = facts.people
    pairs = max_matching(
        len(gold_people),
        len(pred_people),
        lambda g, p: _same_person(gold_people[g]["name"], pred_people[p].name),
    )
    _count(
        score,
        "people",
        pairs,
        [p["name"] for p in gold_people],
        [f"{p.name} ({p.title}, {p.organization_name})" for p in pred_people],
    )
    near: list[NearMiss] = [
        ("wrong name", lambda g, p: _share_a_word(gold_people[g]["name"], pred_people[p].name))
    ]
    _classify_errors(score, "people", pairs, len(gold_people), len(pred_people), near)
    for g, p in pairs:
        same = normalize_title(gold_people[g].get("title")) == normalize_title(pred_people[p].title)
        _attribute(
            score,
            "person_title",
            same,
            f"{gold_people[g]['name']}: title {gold_people[g].get('title')!r} vs {pred_people[p].title!r}",
        )


def _score_deals(
    score: ArticleScore, gold_deals: list[dict], facts: ArticleFacts,
    gold_dir: dict[str, OrgForms], pred_dir: dict[str, OrgForms],
) -> None:
    pred_deals = facts.deals
    gold_parties = [[_forms_of_name(n, gold_dir) for n in d["parties"]] for d in gold_deals]
    pred_parties = [[_party_forms(x, pred_dir) for x in d.participants] for d in pred_deals]

    def same_parties(g: int, p: int) -> bool:
        wanted, found = gold_parties[g], pred_parties[p]
        if len(wanted) != len(found):
            return False
        inner = max_matching(len(wanted), len(found), lambda a, b: wanted[a].related(found[b]))
        return len(inner) == len(wanted)

    pairs = max_matching(
        len(gold_deals),
        len(pred_deals),
        same_parties,
        lambda g, p: gold_deals[g]["type"] == pred_deals[p].deal_type,
    )
    _count(
        score,
        "deals",
        pairs,
        [f"{d['type']} {d['parties']}" for d in gold_deals],
        [f"{d.deal_type} {[x.organization_name for x in d.participants]}" for d in pred_deals],
    )
    # A deal found with a party missing, extra or wrong still shares a party with the gold deal.
    near: list[NearMiss] = [
        ("wrong parties", lambda g, p: any(a.related(b) for a in gold_parties[g] for b in pred_parties[p]))
    ]
    _classify_errors(score, "deals", pairs, len(gold_deals), len(pred_deals), near)
    for g, p in pairs:
        _score_deal_attributes(score, gold_deals[g], pred_deals[p], gold_dir, pred_dir)


def _score_deal_attributes(
    score: ArticleScore, gold: dict, predicted: DealFact,
    gold_dir: dict[str, OrgForms], pred_dir: dict[str, OrgForms],
) -> None:
    """Type always; roles where the gold names them; amount and date where either side states one."""
    name = f"deal {gold['parties']}"
    _attribute(score, "deal_type", gold["type"] == predicted.deal_type,
               f"{name}: type {gold['type']} vs {predicted.deal_type}")
    if gold.get("roles"):
        found = {
            party: sorted({x.role for x in predicted.participants
                           if _party_forms(x, pred_dir).related(_forms_of_name(party, gold_dir))})
            for party in gold["roles"]
        }
        # the gold's roles have no seller: a seller is one of the deal's targets (blind4, blind9 README)
        agree = all(
            role in found[party] or (role == "target" and "seller" in found[party])
            for party, role in gold["roles"].items()
        )
        _attribute(score, "deal_roles", agree, f"{name}: roles {gold['roles']} vs {found}")
    if gold.get("amount") is not None or predicted.amount is not None:
        agree = (
            gold.get("amount") is not None and predicted.amount is not None
            and gold.get("currency") == predicted.currency
            and _value_close(float(gold["amount"]), predicted.amount, "money")
        )
        _attribute(score, "deal_amount", agree, f"{name}: amount {gold.get('amount')} {gold.get('currency')} "
                   f"vs {predicted.amount} {predicted.currency}")
    if gold.get("announced") or predicted.announced:
        found_date = predicted.announced.isoformat() if predicted.announced else None
        _attribute(score, "deal_date", gold.get("announced") == found_date,
                   f"{name}: announced {gold.get('announced')} vs {found_date}")


def _score_metrics(
    score: ArticleScore, gold_metrics: list[dict], facts: ArticleFacts,
    gold_dir: dict[str, OrgForms], pred_dir: dict[str, OrgForms],
) -> None:
    pred_metrics = facts.metrics

    def same_owner(g: int, p: int) -> bool:
        gold_org = _forms_of_name(gold_metrics[g]["organization"], gold_dir)
        pm = pred_metrics[p]
        pred_org = pred_dir.get(pm.organization_key) or _forms_of_name(pm.organization_name, pred_dir)
        return gold_org.related(pred_org)

    def same_name(g: int, p: int) -> bool:
        return gold_metrics[g]["metric"] == pred_metrics[p].metric_name

    def same_value(g: int, p: int) -> bool:
        gm, pm = gold_metrics[g], pred_metrics[p]
        return gm["unit"] == pm.unit and _value_close(float(gm["value"]), pm.value, pm.unit)

    pairs = max_matching(
        len(gold_metrics),
        len(pred_metrics),
        lambda g, p: same_name(g, p) and same_value(g, p) and same_owner(g, p),
        lambda g, p: (gold_metrics[g].get("period") or None) == (pred_metrics[p].period_label or None),
    )
    _count(
        score,
        "metrics",
        pairs,
        [
            f"{m['organization']} {m['metric']} {m['value']} {m['unit']} {m.get('period')}"
            for m in gold_metrics
        ],
        [f"{m.organization_name} {m.metric_name} {m.value} {m.unit} {m.period_label}" for m in pred_metrics],
    )
    _count_named_metrics(
        score, pairs, [m["metric"] for m in gold_metrics], [m.metric_name for m in pred_metrics]
    )
    near: list[NearMiss] = [
        ("wrong owner", lambda g, p: same_name(g, p) and same_value(g, p)),
        ("wrong name", lambda g, p: same_owner(g, p) and same_value(g, p)),
        ("wrong value", lambda g, p: same_owner(g, p) and same_name(g, p)
         and gold_metrics[g]["unit"] == pred_metrics[p].unit),
    ]
    _classify_errors(score, "metrics", pairs, len(gold_metrics), len(pred_metrics), near)
    for g, p in pairs:
        gold_period = gold_metrics[g].get("period") or None
        _attribute(
            score,
            "metric_period",
            gold_period == (pred_metrics[p].period_label or None),
            f"metric {gold_metrics[g]['organization']} {gold_metrics[g]['metric']} "
            f"{gold_metrics[g]['value']}: period {gold_period} vs {pred_metrics[p].period_label}",
        )


def _count_named_metrics(
    score: ArticleScore, pairs: list[tuple[int, int]], gold_names: list[str], pred_names: list[str]
) -> None:
    """F1 over the metrics not named "other"; a matched pair shares its name, so tp is the named pairs."""
    count = score.slots["metrics_named"]
    matched = sum(1 for g, _ in pairs if gold_names[g] != "other")
    count.tp += matched
    count.fn += sum(1 for name in gold_names if name != "other") - matched
    count.fp += sum(1 for name in pred_names if name != "other") - matched


def _party_forms(participant: DealParticipant, pred_dir: dict[str, OrgForms]) -> OrgForms:
    found = pred_dir.get(participant.organization_key)
    return found or _forms_of_name(participant.organization_name, pred_dir)


def _share_a_word(gold_name: str, predicted: str) -> bool:
    words = {w for w in normalize_name(gold_name).split() if len(w) > 2 and w not in _GENERIC_DESCRIPTORS}
    return bool(words & set(normalize_name(predicted).split()))


def _same_person(gold_name: str, predicted: str) -> bool:
    a, b = normalize_name(gold_name), normalize_name(predicted)
    return a == b or sorted(a.split()) == sorted(b.split())


def _count(
    score: ArticleScore, slot: str, pairs: list[tuple[int, int]], gold: list[str], pred: list[str]
) -> None:
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    count = score.slots[slot]
    count.tp += len(pairs)
    count.fn += len(gold) - len(matched_gold)
    count.fp += len(pred) - len(matched_pred)
    score.misses[slot] = [g for i, g in enumerate(gold) if i not in matched_gold]
    score.false_positives[slot] = [p for i, p in enumerate(pred) if i not in matched_pred]


def _classify_errors(
    score: ArticleScore, slot: str, pairs: list[tuple[int, int]], n_gold: int, n_pred: int,
    near_misses: list[NearMiss], spurious: str = "spurious",
) -> None:
    """Count each unmatched fact once under its cause: a near miss, else missed or spurious."""
    gold_left = set(range(n_gold)) - {g for g, _ in pairs}
    pred_left = set(range(n_pred)) - {p for _, p in pairs}
    for cause, compatible in near_misses:
        found = max_matching(
            n_gold, n_pred,
            lambda g, p, ok=compatible, gl=frozenset(gold_left), pl=frozenset(pred_left): (
                g in gl and p in pl and ok(g, p)
            ),
        )
        score.causes[(slot, cause)] += len(found)
        gold_left -= {g for g, _ in found}
        pred_left -= {p for _, p in found}
    score.causes[(slot, "missed")] += len(gold_left)
    score.causes[(slot, spurious)] += len(pred_left)


def _attribute(score: ArticleScore, name: str, correct: bool, description: str) -> None:
    score.attributes[name].total += 1
    score.attributes[name].correct += int(correct)
    if not correct:
        score.wrong_attributes.append(description)
        score.causes[(ATTRIBUTES[name], ATTRIBUTE_CAUSES[name])] += 1


# ---------------------------------------------------------------------------------------------
# Whole folders
# ---------------------------------------------------------------------------------------------


@dataclass
class Report:
    articles: list[ArticleScore]
    slots: dict[str, SlotCount]
    attributes: dict[str, AttributeCount]
    causes: Counter[tuple[str, str]] = field(default_factory=Counter)

    def causes_of(self, slot: str) -> list[tuple[str, int]]:
        """Errors of one slot by cause, the most frequent first."""
        found = [(cause, n) for (s, cause), n in self.causes.items() if s == slot and n]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def as_dict(self) -> dict:
        return {
            "articles": len(self.articles),
            "slots": {
                s: {
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for s, c in self.slots.items()
            },
            "attributes": {
                a: {"accuracy": c.accuracy, "correct": c.correct, "total": c.total}
                for a, c in self.attributes.items()
            },
            "errors_by_cause": {s: dict(self.causes_of(s)) for s in SLOTS},
        }


class NoGoldArticles(ValueError):
    """The folders hold no article with a gold file: nothing to score, so no score at all."""



def evaluate_folders(folders: Sequence[Path], extractor=None) -> Report:
    if extractor is None:
        from pipelines.extraction.extract import Extractor

        extractor = Extractor()
    articles = list(load_articles(folders))
    if not articles:
        raise NoGoldArticles(
            f"no article with a gold .json of the same stem in {', '.join(str(f) for f in folders)}"
        )
    facts_iter = extractor.extract_many((a.text, a.published) for a in articles)
    scores = [score_article(a.stem, a.gold, facts) for a, facts in zip(articles, facts_iter, strict=True)]
    slots = {s: SlotCount() for s in SLOTS + DERIVED_SLOTS}
    attributes = {a: AttributeCount() for a in ATTRIBUTES}
    causes: Counter[tuple[str, str]] = Counter()
    for article_score in scores:
        causes.update(article_score.causes)
        for slot, count in article_score.slots.items():
            slots[slot].add(count)
        for name, count in article_score.attributes.items():
            attributes[name].correct += count.correct
            attributes[name].total += count.total
    return Report(scores, slots, attributes, causes)


def format_report(report: Report, details: bool = False) -> str:
    lines = []
    if details:
        for article in report.articles:
            problems = [(slot, "miss", item) for slot in SLOTS for item in article.misses[slot]]
            problems += [
                (slot, "false positive", item) for slot in SLOTS for item in article.false_positives[slot]
            ]
            if not problems and not article.wrong_attributes:
                continue
            lines.append(f"== {article.stem}")
            lines += [f"   {slot:<13} {kind:<15} {item}" for slot, kind, item in problems]
            lines += [f"   {'attribute':<13} {'wrong':<15} {item}" for item in article.wrong_attributes]
        lines.append("")
    lines.append(f"{len(report.articles)} articles")
    lines.append(f"{'slot':<15}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for slot, c in report.slots.items():
        lines.append(
            f"{slot:<15}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
        )
    lines.append(f"{'attribute':<15}{'accuracy':>10}{'correct':>10}{'total':>10}")
    for name, c in report.attributes.items():
        lines.append(f"{name:<15}{c.accuracy:>10.3f}{c.correct:>10}{c.total:>10}")
    lines.append("errors by cause (most frequent first)")
    for slot in SLOTS:
        causes = ", ".join(f"{cause} {n}" for cause, n in report.causes_of(slot)) or "none"
        lines.append(f"{slot:<15}{causes}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score extraction against gold annotations.")
    parser.add_argument("folders", nargs="+", type=Path, help="folders with articles and gold .json files")
    parser.add_argument("--json", action="store_true", help="print machine-readable scores")
    parser.add_argument("--details", action="store_true", help="print misses and false positives per article")
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        parser.error(f"not a folder: {', '.join(missing)}")
    try:
        report = evaluate_folders(args.folders)
    except NoGoldArticles as error:
        print(f"error: {error}: each article needs a gold file beside it (GOLD_SCHEMA.md)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
