"""A person found and the titles they take: from the cues, transcripts' speaker labels and the parse.

Decides which title a person keeps when the text names several (a present office over a past one, a
spelled-out office over its short form) and which short mention ("Ma said") is the same person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.extraction.entities import NerSpan
from pipelines.extraction.literal_scan import literal_then
from pipelines.extraction.model import OrgMention
from pipelines.extraction.people.around import _nearest_org, _OrgLookup
from pipelines.extraction.people.name_words import _NAME_TOKEN
from pipelines.extraction.people.title_cues import _PAST_TITLE, _title_and_org
from pipelines.extraction.people.title_words import _FORMS, _HONORIFIC, TITLE
from pipelines.extraction.people_titles import tidy_title
from pipelines.extraction.span_index import StartIndex
from pipelines.extraction.syntax import Syntax
from pipelines.extraction.titles import title_from_parse
from pipelines.letters import UPPER, UPPER_CHARS


@dataclass
class _Person:
    name: str
    title: str | None = None
    org: OrgMention | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


# A founder is what someone was; an office named later ("who is chair of the board") is what they are.
_FOUNDER_ONLY = re.compile(r"(?i)(?:co-?)?founders?")


def _unread_scope(lookup: _OrgLookup, end: int, title: str) -> bool:
    """A title the word patterns read without its capitalised scope ("Secretary of State for ...",
    "Global Head of Real Assets at B"): the parse reads the rest. "of B" naming an organization is
    the employer, read already."""
    text = lookup.text
    # str.find and one fixed pattern, not a pattern compiled per title (the same match: literal_scan.py)
    after = literal_then(text[end : end + 200], title, _SCOPE_AFTER_TITLE)
    return after is not None and end + after not in lookup.by_start


_SCOPE_AFTER_TITLE = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?={UPPER})")


# One office written two ways: a later "President and CEO" holds an earlier "chief executive".
_SAME_OFFICE = {
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "finance chief": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "chairwoman": "chairman",
    "chair": "chairman",
    "chairperson": "chairman",
}


def _offices(title: str) -> frozenset[str]:
    """The offices a title lists: "President and CEO" -> {"president", "chief executive"}."""
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", title.lower().strip())
    return frozenset(_SAME_OFFICE.get(p, p) for p in parts if p)


def _spells_out_more(title: str, earlier: str) -> bool:
    if title.startswith(earlier) and len(title) > len(earlier):
        return True
    return _offices(earlier) < _offices(title)


def _take_title(person: _Person, title: str | None, org: OrgMention | None) -> None:
    """The first title found wins unless a later mention spells out more of it ("chief executive",
    later "President and CEO"), gives the current role where the first was a past one ("former
    finance chief", later "chief executive"), or names an office where the first said only "founder"."""
    title = tidy_title(title, _FORMS) if title else title  # "CFO and a former analyst" -> "CFO"
    if title and (
        person.title is None
        or _spells_out_more(title, person.title)
        or (_PAST_TITLE.match(person.title) and not _PAST_TITLE.match(title))
        # "founder", later "co-founder and CEO": the office (a founder's title names no office)
        or (_FOUNDER_ONLY.fullmatch(person.title) and not _FOUNDER_ONLY.fullmatch(title))
    ):
        person.title, person.org = title, org or person.org


# A transcript's speaker label: "AIKO TANABE (President and CEO): Thank you." (a label's name is in
# capitals, so it is never a mention of its own; "OPERATOR:" names nobody).
_SPEAKER_LABEL = re.compile(
    rf"^({UPPER}[{UPPER_CHARS}'’. -]{{2,40}}?)\s*\(({TITLE}[^()\n]{{0,40}})\):", re.MULTILINE
)


def _titles_from_speaker_labels(text: str, people: dict[str, _Person]) -> None:
    """The title a transcript's speaker label gives someone named in the text, where none was read."""
    by_upper = {person.name.upper(): person for person in people.values()}
    for label in _SPEAKER_LABEL.finditer(text):
        person = by_upper.get(" ".join(label.group(1).split()))
        if person is not None and person.title is None:
            person.title = label.group(2)


def _titles_at_short_mentions(lookup: _OrgLookup, people: dict[str, _Person], syntax: Syntax | None) -> None:
    """ "Klaba, who remains chairman" / "Reil and Scherf are co-chief executives": a title stated at a
    surname-only mention of someone whose full mention gave none (word cues first, then the parse)."""
    for person in people.values():
        if person.title is not None and not _FOUNDER_ONLY.fullmatch(person.title):
            continue  # a founder may hold an office stated later: "Brandt, who remains chairman"
        full = len(person.name)
        for start, end in sorted(person.mentions):
            if end - start >= full:
                continue
            title, org = _title_and_org(lookup, start, end)
            if title is None and syntax is not None:
                title, org = _parsed_title(lookup, syntax, start, end) or (None, None)
            if title is not None:
                _take_title(person, title, org)
                break


def _parsed_title(
    lookup: _OrgLookup, syntax: Syntax, start: int, end: int
) -> tuple[str, OrgMention | None] | None:
    """The title the sentence's parse gives (copula, apposition, appointment, "heads"), if parsed."""
    sentence = syntax.sentence_at(start)
    if sentence is None:
        return None
    parsed = title_from_parse(lookup.text, sentence, start, end, lookup.organizations.mentions)
    if parsed is None:
        return None
    return parsed.title, parsed.org or _nearest_org(lookup, start)


def _attach_short_mentions(
    text: str,
    people: dict[str, _Person],
    ner_spans: Sequence[NerSpan],
    in_chrome: StartIndex[tuple[int, int]],
    authors: set[str],
) -> None:
    """ "Ma", "Mr Zhang", "Professor Suresh" after a full name are that person."""
    if not people:
        return
    by_token: dict[str, list[_Person]] = {}
    for person in people.values():
        for token in person.name.split():
            by_token.setdefault(token, []).append(person)
    # Kept as mentions are added, instead of listing every mention of everyone per candidate.
    taken = {position for p in people.values() for s, e in p.mentions for position in range(s, e)}
    starts = {id(p): sorted(s for s, _ in p.mentions) for p in people.values()}
    candidates = [(s, e) for s, e, label in ner_spans if label == "PERSON"]
    candidates += [(m.start(1), m.end(1)) for m in re.finditer(rf"{_HONORIFIC}\s+({_NAME_TOKEN})\b", text)]
    candidates += [
        (m.start(1), m.end(1))
        for m in re.finditer(
            rf"(?:^|[.\n]|\s)({_NAME_TOKEN})\s+(?:said|says|"  # [.\n]\s* rescanned blank-line runs
            r"told|added|noted|replaces|replaced)\b",
            text,
        )
    ]
    # "Klaba, who remains chairman": a relative clause hangs on a name only
    candidates += [(m.start(1), m.end(1)) for m in re.finditer(rf"(?<![\w-])({_NAME_TOKEN}),\s+who\b", text)]
    for start, end in candidates:
        token = re.sub(rf"^{_HONORIFIC}\s+", "", text[start:end]).strip()
        token_start = end - len(token)
        if " " in token or token not in by_token or in_chrome.overlaps(start, end) or token in authors:
            continue
        if token_start in taken:
            continue  # part of a full-name mention already counted
        earlier = [p for p in by_token[token] if p.mentions and p.mentions[0][0] < start]
        if earlier:
            # the one mentioned last before this: its latest start before it, found by bisection
            person = max(earlier, key=lambda p: starts[id(p)][bisect_left(starts[id(p)], start) - 1])
            person.mentions.append((token_start, end))
            taken.update(range(token_start, end))
            insort(starts[id(person)], token_start)
