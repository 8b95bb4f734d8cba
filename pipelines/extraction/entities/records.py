"""The records of organization resolution: a candidate span, an organization being built, the result."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipelines.extraction.entities.keys import normalize_surface, organization_key
from pipelines.extraction.model import Evidence, OrganizationFact, OrgMention

NerSpan = tuple[int, int, str]  # (start, end, label) from the statistical model


@dataclass
class Candidate:
    start: int
    end: int
    source: str  # ner, pattern, gazetteer, described, media, government, context, unit


@dataclass
class Org:
    key: str
    names: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    kind: str | None = None
    parent: str | None = None  # name as written; resolved to a record at the end
    known_name: str | None = None
    media: bool = False
    legal: bool = False  # written at least once with a legal form ("Altair Engineering Inc")
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        if self.known_name:
            return self.known_name
        return max(self.names.items(), key=lambda item: (item[1], len(item[0])))[0]


@dataclass
class OrganizationResult:
    """Every organization in an article and every resolved mention of one."""

    organizations: list[OrganizationFact]
    mentions: list[OrgMention]
    # the names the article makes products or services ("the Sky Box service"): no organization, no person
    products: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.by_key = {org.key: org for org in self.organizations}

    def root_key(self, key: str) -> str:
        seen = set()
        while key in self.by_key and self.by_key[key].parent_key and key not in seen:
            seen.add(key)
            parent = self.by_key[key].parent_key
            if parent not in self.by_key:
                return key
            key = parent
        return key

    def mentions_between(self, start: int, end: int) -> list[OrgMention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def without(self, keys: set[str]) -> OrganizationResult:
        """The same result with some organizations (and their mentions) withdrawn."""
        if not keys:
            return self
        kept = [o for o in self.organizations if o.key not in keys]
        for org in kept:
            if org.parent_key in keys:
                org.parent_key, org.parent_name = None, None
        return OrganizationResult(kept, [m for m in self.mentions if m.key not in keys], self.products)


def build_result(
    text: str, orgs: dict[str, Org], mentions: list[tuple[int, int, str]]
) -> OrganizationResult:
    facts: list[OrganizationFact] = []
    by_key: dict[str, list[tuple[int, int]]] = {}
    for start, end, key in mentions:
        by_key.setdefault(key, []).append((start, end))
    for key, org in orgs.items():
        if key not in by_key:
            continue  # every surface was in chrome or folded away
        name = org.name
        aliases = sorted(
            {
                a
                for a in org.aliases | set(org.names)
                if a != name and normalize_surface(a) != normalize_surface(name)
            }
        )
        parent_key = organization_key(org.parent) if org.parent else None
        if parent_key == key:
            parent_key = None
        parent_name = (orgs[parent_key].name if parent_key in orgs else org.parent) if parent_key else None
        facts.append(
            OrganizationFact(
                key=key,
                name=name,
                kind=org.kind or "company",
                aliases=aliases,
                parent_key=parent_key,
                parent_name=parent_name,
                mentions=[Evidence(text[s:e], s, e) for s, e in by_key[key]],
            )
        )
    names = {f.key: f.name for f in facts}
    org_mentions = [
        OrgMention(key=k, name=names[k], text=text[s:e], start=s, end=e) for s, e, k in mentions if k in names
    ]
    return OrganizationResult(organizations=facts, mentions=org_mentions)
