"""Curated knowledge about well-known organizations, loaded from ``data/gazetteer.json``.

The gazetteer only adds what a statistical model cannot know (aliases, parents, kinds,
brand names that are products). Recognition never depends on it: unknown organizations
come from NER and name patterns in ``entities``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "gazetteer.json"


@dataclass(frozen=True)
class KnownOrganization:
    name: str
    kind: str
    parent: str | None
    aliases: tuple[str, ...]


@dataclass
class Gazetteer:
    organizations: list[KnownOrganization]
    products: frozenset[str]
    not_organizations: frozenset[str]
    places: frozenset[str] = frozenset()
    by_surface: dict[str, KnownOrganization] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def lookup(self, surface: str) -> KnownOrganization | None:
        """Exact (case-sensitive) lookup of a name or alias."""
        return self.by_surface.get(surface)

    def is_product(self, surface: str) -> bool:
        return surface in self.products

    def is_place(self, surface: str) -> bool:
        return surface in self.places

    def is_not_organization(self, surface: str) -> bool:
        return surface in self.not_organizations or surface.lower() in self._lower_not_orgs

    @cached_property  # asked for every candidate name: built once, not per call
    def _lower_not_orgs(self) -> frozenset[str]:
        return frozenset(s.lower() for s in self.not_organizations if len(s) > 4)


def build_gazetteer(raw: dict) -> Gazetteer:
    organizations = [
        KnownOrganization(
            name=entry["name"],
            kind=entry.get("kind", "company"),
            parent=entry.get("parent"),
            aliases=tuple(entry.get("aliases", ())),
        )
        for entry in raw.get("organizations", [])
    ]
    by_surface: dict[str, KnownOrganization] = {}
    for known in organizations:
        for surface in (known.name, *known.aliases):
            by_surface.setdefault(surface, known)
    # The longest surface wins at a position ("Alibaba Cloud" over "Alibaba"): the trie tries every
    # longer continuation before it ends a name.
    pattern = re.compile(r"(?<![\w.-])" + _trie_pattern(by_surface) + r"(?![\w-])")
    return Gazetteer(
        organizations=organizations,
        products=frozenset(raw.get("products", ())),
        not_organizations=frozenset(raw.get("not_organizations", ())),
        places=frozenset(raw.get("places", ())),
        by_surface=by_surface,
        pattern=pattern,
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return build_gazetteer(json.loads(_DATA.read_text(encoding="utf-8")))


def _trie_pattern(surfaces: Iterable[str]) -> str:
    """One regex for many names, shaped as a trie ("Ali(?:baba(?: Cloud)?|pay)").

    A flat alternation of hundreds of names makes the regex engine try each name at every word start;
    the trie tries one character at a time, several times faster on a whole article. Longer
    continuations come before the end of a name, so the longest name that fits wins, as with a flat
    alternation sorted longest first (backtracking still falls back to a shorter name).
    """
    trie: dict = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
