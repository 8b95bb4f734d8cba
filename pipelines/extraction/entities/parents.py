"""Kinds (company, bank, government, ...) and parents: "A, a unit of B", "B's online bank A", "Kakao Pay"
under "Kakao", business units under the organization the text is about."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.entities.records import Org
from pipelines.extraction.entities.vocabulary import GEO_WORDS
from pipelines.extraction.gazetteer import Gazetteer

UNIT_NOUN = (
    r"(?:unit|arm|affiliate|subsidiary|business|division|bank|lender|platform|venture|operation|operations|"
    r"branch|group|company|firm|department|segment)"
)

# Compiled once: assign_parents asks each of these of every mention (about 140 times per article), and
# a pattern written inline is rebuilt and looked up in re's cache on every call.
# "A, the payments affiliate of B" / "A, an affiliate of B" / "A, a payments unit of operator B"
_UNIT_OF_APPOSED = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w&-]+\s+){{0,4}}?{UNIT_NOUN}\s+of\s+([^,;.]*)")
_COMMA = re.compile(r",\s+")
# "A, B's online bank": after the owner's name
_OWNERS_UNIT = re.compile(rf"['’]s\s+(?:[\w&-]+\s+){{0,3}}?{UNIT_NOUN}\b")
# "Huawei Cloud, the telecoms equipment maker's cloud services unit"
_DESCRIBED_OWNERS_UNIT = re.compile(
    rf",\s+the\s+(?:[\w-]+\s+){{0,3}}[\w-]+['’]s\s+(?:[\w&-]+\s+){{0,3}}?{UNIT_NOUN}\b"
)
# "Kakao Corp's mobile bank KakaoBank": before the unit's name
_OWNERS_UNIT_BEFORE = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{UNIT_NOUN}\s+$")
# "B, whose other holdings include the A"
_WHOSE_HOLDINGS_INCLUDE = re.compile(
    r"^(.*),\s+whose\s+(?:[\w-]+\s+){0,2}(?:holdings|subsidiaries|units|businesses)\s+include\s+(?:the\s+)?$"
)


def assign_parents(
    text: str,
    mentions: list[tuple[int, int, str]],
    orgs: dict[str, Org],
    surface_to_key: dict[str, str],
    gaz: Gazetteer,
) -> None:
    by_start = {m[0]: m for m in mentions}
    for index, (start, end, key) in enumerate(mentions):
        if key not in orgs:
            continue
        org = orgs[key]
        after = text[end : end + 160]
        # "A, the payments affiliate of B" / "A, an affiliate of B" / "A, a payments unit of operator B"
        apposition = _UNIT_OF_APPOSED.match(after)
        if apposition:
            owners = [m for m in mentions if end + apposition.start(1) <= m[0] < end + apposition.end(1)]
            if owners and owners[-1][2] != key:
                org.parent = orgs[owners[-1][2]].name if owners[-1][2] in orgs else org.parent
                continue
        # "A, B's online bank"
        possessive = _COMMA.match(after)
        if possessive and end + possessive.end() in by_start:
            owner = by_start[end + possessive.end()]
            tail = text[owner[1] : owner[1] + 60]
            if owner[2] != key and _OWNERS_UNIT.match(tail):
                org.parent = orgs[owner[2]].name
                continue
        # "Huawei Cloud, the telecoms equipment maker's cloud services unit": the owner is described.
        described = _DESCRIBED_OWNERS_UNIT.match(after)
        if described:
            earlier = [
                m
                for m in mentions[:index]
                if m[2] != key and m[2] in orgs and orgs[m[2]].kind in ("company", "bank")
            ]
            if earlier:
                org.parent = orgs[earlier[-1][2]].name
                continue
        # "Kakao Corp's mobile bank KakaoBank": owner's descriptor right before the name
        owned = _OWNERS_UNIT_BEFORE.search(text[max(0, start - 60) : start])
        if owned:
            owner_end = start - len(text[max(0, start - 60) : start]) + owned.start()
            owners = [m for m in mentions[:index] if m[1] == owner_end and m[2] != key]
            if owners:
                org.parent = orgs[owners[-1][2]].name
                continue
        # "B, whose other holdings include the A"
        before = text[max(0, start - 80) : start]
        holding = _WHOSE_HOLDINGS_INCLUDE.search(before)
        if holding:
            owners = [m for m in mentions[:index] if m[1] <= start - 80 + holding.end(1) + 1 and m[2] != key]
            if owners:
                org.parent = orgs[owners[-1][2]].name
    # Owner prefix: "Kakao Pay" is a unit of "Kakao" when both are in the article.
    forms = OrgForms(orgs)
    for key, org in orgs.items():
        if org.parent or forms.names_two_owners(org):
            continue
        org.parent = forms.prefix_owner(key)  # "Oracle Cloud Infrastructure" belongs to "Oracle"


_WORD_OR_DASH = re.compile(r"[\w-]")


class OrgForms:
    """Every organization's forms (name, names, aliases) indexed by form, so that "which other
    organization's form is inside this name" looks up the name's pieces instead of trying every
    other organization's forms (that was organizations squared, seconds on a 200k-character text)."""

    def __init__(self, orgs: dict[str, Org]) -> None:
        self.names = {key: org.name for key, org in orgs.items()}
        self.order = {key: index for index, key in enumerate(orgs)}
        self.keys_of_form: dict[str, set[str]] = {}
        for key, org in orgs.items():
            for form in {self.names[key], *org.names, *org.aliases}:
                self.keys_of_form.setdefault(form, set()).add(key)

    def names_two_owners(self, org: Org) -> bool:
        r"""A name built from two other organizations' names is their joint venture, not a unit of one:
        a form inside the name as whole words ((?<![\w-])form(?![\w-])), not the name itself."""
        name = self.names[org.key]
        starts = [i for i in range(len(name)) if i == 0 or not _WORD_OR_DASH.match(name[i - 1])]
        ends = [j for j in range(1, len(name) + 1) if j == len(name) or not _WORD_OR_DASH.match(name[j])]
        owners: set[str] = set()
        for i in starts:
            for j in ends:
                if j - i > 1 and (piece := name[i:j]) != name:
                    owners |= self.keys_of_form.get(piece, set())
        owners.discard(org.key)
        return len(owners) >= 2

    def prefix_owner(self, key: str) -> str | None:
        """The first other organization (in article order) one of whose forms, followed by a space,
        starts this one's name; never a geographic word."""
        name = self.names[key]
        owners = {owner for i, char in enumerate(name) if char == " "
                  if len(prefix := name[:i]) > 2 and prefix.lower() not in GEO_WORDS
                  for owner in self.keys_of_form.get(prefix, ()) if owner != key}
        return self.names[min(owners, key=self.order.__getitem__)] if owners else None


def assign_unit_parents(text: str, mentions: list[tuple[int, int, str]], orgs: dict[str, Org]) -> None:
    """Business units ("its Cloud & AI Business Group") belong to the organization the text is about:
    the owner named by "X's", else the nearest earlier organization in the sentence, else the
    article's most-mentioned company."""
    counts = Counter(m[2] for m in mentions if m[2] in orgs and orgs[m[2]].kind == "company")
    dominant = next((k for k, _ in counts.most_common() if not orgs[k].parent), None)
    for index, (start, _end, key) in enumerate(mentions):
        org = orgs.get(key)
        if org is None or org.parent or not re.search(r"(?i)business (?:group|unit)$", org.name):
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        earlier = [
            m
            for m in mentions[:index]
            if m[0] >= sentence_start
            and m[2] != key
            and m[2] in orgs
            and orgs[m[2]].kind in ("company", "bank")
        ]
        owner = earlier[-1][2] if earlier else dominant
        if owner and owner != key:
            org.parent = orgs[top_parent(orgs, owner)].name


def assign_kinds(text: str, orgs: dict[str, Org], surface_to_key: dict[str, str]) -> None:
    for org in orgs.values():
        if org.kind:
            continue
        name = org.name
        if org.media or re.search(r"\b(?:Post|Times|News|Journal|Daily|Herald|Tribune|Gazette)$", name):
            org.kind = "media"
        elif re.search(r"\b(?:Bank|Bancorp)\b", name) and not re.search(r"\bBank of \w+ Group", name):
            org.kind = "bank"
        elif re.search(r"\b(?:University|College|Polytechnic)\b|Institute of Technology", name):
            org.kind = "university"
        elif re.search(
            r"\b(?:Commission|Ministry|Administration|Bureau|[Gg]overnment|Authority|Regulatory|"
            r"Council|Department|Agency|Reserve|Parliament|Congress|Senate)\b|\bUnion$",
            name,
        ):
            org.kind = "government"
        elif re.search(r"\bParks?\b", name):
            org.kind = "park"
        elif re.search(
            r"(?i)\b(?:business group|business unit|academy|institute|center|centre|lab|laboratory|"
            r"foundation|association)$",
            name,
        ) or (org.parent and name.endswith("Group")):
            org.kind = "other"
        else:
            org.kind = "company"


def top_parent(orgs: dict[str, Org], key: str) -> str:
    seen = set()
    while orgs[key].parent and key not in seen:
        seen.add(key)
        parent_key = organization_key(orgs[key].parent)
        if parent_key not in orgs:
            break
        key = parent_key
    return key
