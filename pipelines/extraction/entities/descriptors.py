"""Descriptors: "the company", "the lender", "the cloud unit" resolved to the organization they name."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.entities.parents import UNIT_NOUN, top_parent
from pipelines.extraction.entities.records import Org
from pipelines.extraction.org_evidence import market_venue_starts
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.span_index import span_set
from pipelines.letters import LOWER, UPPER, UPPER_CHARS

_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he)\s+((?:{LOWER}[\w-]*\s+|{UPPER}[\w.-]*\s+(?=[\w\s-]{{0,30}}?\b(?:company|firm|group|bank|lender|"
    r"maker|giant|operator|provider|retailer)\b)){0,3}(company|firm|group|lender|bank|regulator|unit|division|arm|"
    r"retailer|maker|giant|operator|provider|insurer|carrier|startup|conglomerate|university|park|"
    rf"institute|parent|parent\s+company|search\s+company))\b(?!\s+{UPPER})(?![\w-])|\b[Tt]he\s+(?:Company|Bank|Group|Issuer)\b(?!\s+(?:of\b|[{UPPER_CHARS}&]))(?![\w-])"
)


_DESCRIPTOR_KINDS = {
    "bank": ("bank",),
    "lender": ("bank",),
    "regulator": ("government",),
    "university": ("university",),
    "park": ("park",),
    "institute": ("other", "university"),
}


class _EarlierMentions:
    """The organizations named before a position, each with its latest mention: what a descriptor can
    name. One entry per organization, kept in the order of its latest mention, instead of every earlier
    mention re-listed and re-sorted for each descriptor (quadratic in nested "The Company (" openings)."""

    def __init__(self, known: list[tuple[int, int, str]], orgs: dict[str, Org]) -> None:
        self._known = sorted(known, key=lambda m: m[1])  # added once their end is passed
        self._next = 0
        self._orgs = orgs
        self._latest: dict[str, int] = {}  # key -> start of its latest mention, oldest first

    def advance(self, position: int) -> None:
        while self._next < len(self._known) and self._known[self._next][1] <= position:
            self.add(self._known[self._next])
            self._next += 1

    def add(self, mention: tuple[int, int, str]) -> None:
        # Mentions arrive in text order (scanned ones do not overlap, descriptors never overlap them).
        self._latest.pop(mention[2], None)
        self._latest[mention[2]] = mention[0]

    def named_since(self, position: int) -> set[str]:
        return {key for key, start in self._latest.items() if start >= position}

    def last(self, fits: Callable[[Org], bool], excluded: set[str] = frozenset()) -> str | None:
        """The organization of the latest earlier mention that fits (and is not excluded)."""
        return next(
            (key for key in reversed(self._latest) if key not in excluded and fits(self._orgs[key])), None
        )

    def keys(self) -> set[str]:
        return set(self._latest)


def _overlaps_sorted(starts: list[int], max_ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of a list sorted by start (``max_ends``: running maximum)."""
    count = bisect.bisect_left(starts, end)
    return count > 0 and max_ends[count - 1] > start


# ", the company said": the organization the sentence is about. Matched at a position, not on a copy
# of the rest of the text: one copy per descriptor was quadratic.
_SAID = re.compile(r"\s+(?:said|says|added|announced|noted|told|confirmed)\b")
# A descriptor in object position, looked for in the lead's last 60 characters (a long lead was rescanned)
_OBJECT_POSITION = re.compile(
    r"\b(?:in|into|with|from|by|for|to|on|at|acquire[sd]?|buy|bought|join(?:ed|s)?)\s+$"
)
# Deal words whose object is the company a deal is done in, one row per cue with its example: the
# descriptor after them names another organization than the backer or buyer the sentence already named
# ("Orion Ventures first backed the company in 2016": the company is the article's investee, not Orion).
DEAL_OBJECT_CUES: tuple[tuple[str, str], ...] = (
    ("Orion Ventures first backed the startup in 2016", r"\b(?:back|backs|backed|backing)"),
    ("Orion Ventures funded the company in 2019", r"\b(?:fund|funds|funded|financed|bankrolled)"),
    ("Orion Ventures bought 70% of the company", r"(?:%|\bper\s?cent)\s+(?:stake\s+)?of"),
    ("Orion Ventures bought a majority of the company", r"\b(?:majority|control|all|most)\s+of"),
    ("Orion Ventures entered the capital of the company", r"\b(?:capital|shares|equity)\s+of"),
    ("the takeover of the company by Orion Ventures", r"\b(?:takeover|buyout|acquisition|purchase)\s+of"),
    ("Orion Ventures took over the company", r"\b(?:took|take|takes|taking)\s+over"),
)
_DEAL_OBJECT_POSITION = re.compile(
    "(?:" + "|".join(cue for _, cue in DEAL_OBJECT_CUES) + r")\s+(?:(?:an?|its)\s+)?$", re.IGNORECASE
)
_PRONOUN_FIRST = re.compile(r"(?:[\w\s,'’-]{0,30}?\b)?(?:it|It|they|They)\b")


def descriptor_mentions(
    text: str,
    sentences: Sequence[Sentence],
    mentions: list[tuple[int, int, str]],
    orgs: dict[str, Org],
    chrome: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """Resolve descriptors sentence by sentence, carrying each sentence's subject organization
    forward so that "The company ..." after "In January, it agreed ..." still finds the right one.
    Linear in text and mentions: positions are looked up by bisection, never rescanned per descriptor."""
    scan = _DescriptorScan(text, mentions, orgs, chrome)
    subject: str | None = None
    for sentence in sentences:
        subject = scan.sentence(sentence, subject)
    return scan.resolved


class _DescriptorScan:
    """The state descriptor resolution carries across sentences: the named mentions, sorted once, and
    the descriptors resolved so far."""

    def __init__(
        self,
        text: str,
        mentions: list[tuple[int, int, str]],
        orgs: dict[str, Org],
        chrome: Sequence[tuple[int, int]],
    ) -> None:
        self.text, self.orgs = text, orgs
        self.defined = {
            alias.lower(): org.key
            for org in orgs.values()
            for alias in org.aliases
            if alias.lower().startswith("the ")
        }
        named_spans = sorted((m[0], m[1]) for m in mentions)
        named_starts = [s for s, _ in named_spans]
        named_max_ends = list(itertools.accumulate((e for _, e in named_spans), max))
        in_chrome = span_set(chrome)
        self.matches = [
            m
            for m in _DESCRIPTOR.finditer(text)
            if not in_chrome.overlaps(m.start(), m.end())
            and not _overlaps_sorted(named_starts, named_max_ends, m.start(), m.end())
        ]
        self.match_starts = [m.start() for m in self.matches]
        self.resolved: list[tuple[int, int, str]] = []
        # a publication, or the exchange and data provider a figure is quoted on ("rose 2% on the QSE",
        # "according to Datavane data"), is never what a later "the company" stands for
        venues = market_venue_starts(text)
        self.known = sorted(
            m for m in mentions if m[2] in orgs and not orgs[m[2]].media and m[0] not in venues
        )
        self.known_starts = [m[0] for m in self.known]
        self.known_by_end: dict[int, list[tuple[int, int, str]]] = {}
        for m in self.known:
            self.known_by_end.setdefault(m[1], []).append(m)
        self.earlier = _EarlierMentions(self.known, orgs)

    def sentence(self, sentence: Sentence, subject: str | None) -> str | None:
        """Resolve one sentence's descriptors; the subject organization the next sentence inherits."""
        known, known_starts, orgs = self.known, self.known_starts, self.orgs
        in_sentence: list[tuple[int, int, str]] = []
        first_known = bisect.bisect_left(known_starts, sentence.start)
        speaker = next(
            (
                m
                for m in known[first_known : bisect.bisect_left(known_starts, sentence.end)]
                if orgs[m[2]].kind in ("company", "bank")
            ),
            None,
        )
        lo = bisect.bisect_left(self.match_starts, sentence.start)
        for match in self.matches[lo : bisect.bisect_left(self.match_starts, sentence.end)]:
            self.earlier.advance(match.start())
            surface = match.group()
            if surface.lower() in self.defined and surface[4:5].isupper():  # "the Company" as defined
                key: str | None = self.defined[surface.lower()]
            elif _SAID.match(self.text, match.end()) and speaker is not None and speaker[0] < match.start():
                in_sentence.append(self._resolve(match, speaker[2]))
                continue
            else:
                key = self._key_for(match, sentence, first_known, subject)
            if key:
                in_sentence.append(self._resolve(match, key))
                orgs[key].aliases.add(re.sub(r"['’]s$", "", surface))
        in_sentence += known[first_known : bisect.bisect_left(known_starts, sentence.end)]
        in_sentence.sort()
        pronoun_first = _PRONOUN_FIRST.match(sentence.text)
        first_org = in_sentence[0] if in_sentence else None
        if pronoun_first and (first_org is None or first_org[0] > sentence.start + pronoun_first.end()):
            return subject  # "It ..." keeps the previous subject
        return first_org[2] if first_org else subject

    def _resolve(self, match: re.Match[str], key: str) -> tuple[int, int, str]:
        item = (match.start(), match.end(), key)
        self.resolved.append(item)
        self.earlier.add(item)
        return item

    def _key_for(
        self, match: re.Match[str], sentence: Sentence, first_known: int, subject: str | None
    ) -> str | None:
        """The organization a descriptor names: the subject when it opens the sentence, else the
        latest fitting earlier mention; the owner of an apposed unit wins."""
        text, earlier = self.text, self.earlier
        at_start = (
            match.start() - sentence.start <= 30
            and bool(re.fullmatch(r"[\w\s,'’-]{0,30}", text[sentence.start : match.start()]))
            and first_known == bisect.bisect_left(self.known_starts, match.start())
        )
        lead_tail = max(sentence.start, match.start() - 60)
        object_position = _OBJECT_POSITION.search(text, lead_tail, match.start())
        object_position = object_position or _DEAL_OBJECT_POSITION.search(text, lead_tail, match.start())
        excluded: set[str] = set()
        if not at_start and object_position:
            # "The search company will invest in the online retailer": a second descriptor in a
            # sentence names another organization than the ones already named in it.
            named = earlier.named_since(sentence.start)
            excluded = named if earlier.keys() - named else set()
        key = _resolve_descriptor(
            match.group(2) or "company",
            lambda fits, excluded=excluded: earlier.last(fits, excluded),
            self.orgs,
            subject if at_start else None,
        )
        owner = _apposed_owner(text, match, self.known_by_end, self.orgs, self.resolved)
        return owner or key  # "X, the group's listed arm, ...": the group is X's parent


def _apposed_owner(
    text: str,
    match: re.Match[str],
    known_by_end: dict[int, list[tuple[int, int, str]]],
    orgs: dict[str, Org],
    resolved: list[tuple[int, int, str]],
) -> str | None:
    """ "Geely Automobile, the group's Hong Kong-listed arm, ...": a possessive descriptor inside the
    apposition of a named unit is that unit's parent, else what the same descriptor named last."""
    possessive = re.search(r"['’]s$", match.group()) or re.compile(r"['’]s\b").match(text, match.end())
    after = re.sub(r"^['’]s", "", text[match.end() : match.end() + 60])
    if not possessive or not re.match(rf"\s+(?:[\w-]+\s+){{0,3}}?{UNIT_NOUN}\b", after):
        return None
    if not re.search(r",\s+$", text[max(0, match.start() - 3) : match.start()]):
        return None
    # The name right before ", ": the comma's position, found by stepping back over the spaces.
    comma = match.start()
    while comma > 0 and text[comma - 1].isspace():
        comma -= 1
    named = known_by_end.get(comma - 1, []) if text[comma - 1 : comma] == "," else []
    if not named:
        return None
    unit = orgs[named[-1][2]]
    surface = re.sub(r"['’]s$", "", match.group()).lower()
    same = next(
        (m for m in reversed(resolved) if re.sub(r"['’]s$", "", text[m[0] : m[1]]).lower() == surface), None
    )
    if same and same[2] != unit.key:
        unit.parent = orgs[same[2]].name  # the parent read from the nearest name was a guess
        return same[2]
    parent = organization_key(unit.parent or "")
    return parent if parent in orgs else None


def _resolve_descriptor(
    head: str,
    last: Callable[[Callable[[Org], bool]], str | None],
    orgs: dict[str, Org],
    subject: str | None,
) -> str | None:
    """``last(fits)``: the organization of the latest earlier mention that fits."""
    head = head.split()[-1]
    if head in _DESCRIPTOR_KINDS:
        kinds = _DESCRIPTOR_KINDS[head]
        found = None
        if head == "institute":
            found = last(lambda org: org.kind in kinds and "Institute" in org.name)
        found = found or last(lambda org: org.kind in kinds)
        if not found and head == "regulator":
            fitting = [k for k, o in orgs.items() if o.kind in kinds]
            return fitting[0] if len(fitting) == 1 else None
        return found
    if head in {"unit", "division", "arm"}:
        return last(lambda org: bool(org.parent))
    # "the company" prefers companies; a bank qualifies only when no company is in sight.
    if subject and orgs[subject].kind == "company":
        choice = subject
    elif company := last(lambda org: org.kind == "company"):
        choice = company
    elif subject and orgs[subject].kind == "bank":
        choice = subject
    elif bank := last(lambda org: org.kind == "bank"):
        choice = bank
    else:
        return None
    whole = head in ("group", "parent", "maker", "giant", "conglomerate")
    return top_parent(orgs, choice) if whole else choice
