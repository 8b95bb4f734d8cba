"""Candidates withdrawn by what the article says around them (a titled person, a dateline's place, a
product's name, chrome, tickers), and overlapping candidates resolved to the longest."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipelines.extraction.chrome import TICKER
from pipelines.extraction.entities.candidates import NAME_PATTERN
from pipelines.extraction.entities.keys import trim_span
from pipelines.extraction.entities.products import bullet_word, product_spans
from pipelines.extraction.entities.records import Candidate, NerSpan
from pipelines.extraction.entities.vocabulary import FACILITY_AFTER, FOREIGN_COMPANY_WORDS, HEADS, REGISTERED
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.literal_scan import literal_matches, not_after, not_before
from pipelines.extraction.org_cues import (
    CALLER_BEFORE,
    FAMILY_AFTER,
    LIST_ITEM_BEFORE,
    LOCATIVE_BEFORE,
    PLURAL_ACRONYM,
    TERM_ACRONYM,
)
from pipelines.extraction.org_evidence import (
    based_in_place,
    common_noun_phrase,
    dateline_places,
    heading_lines,
    heading_only,
    titled_people,
    titled_person,
)
from pipelines.extraction.org_fragments import name_fragment
from pipelines.extraction.org_layout import (
    address_lines,
    in_address,
    publication_only,
    site_of_a_plant,
    stands_as_a_place,
    ticker_note_exchanges,
)
from pipelines.extraction.span_index import span_set
from pipelines.letters import LETTER, LOWER, UPPER

# Sources whose name stays an organization even where the model called the same words a person.
_SOURCES_OVER_PERSON_WORDS = ("described", "listed", "gazetteer", "context")


def split_at_listed_items(candidates: list[Candidate]) -> list[Candidate]:
    """A span holding two items of a list of organizations ("firms Nordvik and Tellbridge Partners") is
    the list, not one longer name: the items win over the longest span there."""
    # counted by bisection: a run-on list of n items stays linear
    starts = sorted(c.start for c in candidates if c.source == "listed")
    return [
        c for c in candidates
        if c.source in ("listed", "gazetteer")
        or bisect.bisect_left(starts, c.end) - bisect.bisect_left(starts, c.start) < 2
    ]


def _in_titled_name(text: str, cand: Candidate, people_and_places: set[str]) -> bool:
    """The article writes this single word as the last word of a titled person's full name."""
    word = text[cand.start : cand.end]
    return any(name.endswith(" " + word) for name in people_and_places if " " in name)


_NOT_AFTER_WORD_OR_HYPHEN = not_after("-")
_REGISTERED_END = re.compile(rf"{REGISTERED}$")
_NOT_BEFORE_WORD_QUOTE_HYPHEN = not_before("'’-")


def only_a_location(text: str, surface: str) -> bool:
    """Every mention of the name stands where a place does: after "in", "near", "across", or as an item of
    a list that opens after one ("farms in Bahia, Lumbra and Piauí")."""
    if surface.endswith(" League"):  # "clubs in the Premier League": a body one plays in
        return False
    # (?<![\w-])surface(?![\w'’-]) by str.find (literal_scan.py): a pattern per candidate was a compile each
    mentions = (
        list(literal_matches(text, surface, _NOT_AFTER_WORD_OR_HYPHEN, _NOT_BEFORE_WORD_QUOTE_HYPHEN))
        if surface
        else [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])(?![\w'’-])", text)]
    )
    if not mentions or len(mentions) > 6:
        return False
    for position, end in mentions:
        if site_of_a_plant(text, position, end) or stands_as_a_place(text, position, end):
            continue  # "its Velmont plant", "a Velmont cloud consultancy", "Velmont, 26 March 2025"
        for _ in range(6):  # walk back over the items of a list to the preposition opening it
            before = text[max(0, position - 60) : position]
            if LOCATIVE_BEFORE.search(before):
                break
            item = LIST_ITEM_BEFORE.search(before)
            if item is None:
                return False
            position -= len(before) - item.start()
        else:
            return False
    return True


# Compiled once: written inline, the pattern string was built and looked up in re's cache on every call.
_HEAD_AT_END = re.compile(rf"\b(?:{HEADS})$")


def _read_as_person_or_place(
    text: str,
    cand: Candidate,
    people_and_places: set[str],
    gaz: Gazetteer,
    term_acronyms: set[str],
    plural_acronyms: set[str],
) -> bool:
    """A candidate its surroundings make a person ("Ana Ruiz, chief executive of ...", then "Ruiz") or
    a place (a dateline's city, wherever the article names it; the place after "based in"); a known
    organization or a name ending like a company's stays one."""
    surface = text[cand.start : cand.end]
    # "Tim Ford, chief executive of ..." then "Ford added": the person, whatever the gazetteer knows
    if " " not in surface and surface in people_and_places and _in_titled_name(text, cand, people_and_places):
        return True
    if surface in term_acronyms:
        return True  # "earnings before interest and tax (EBIT)": a term's acronym everywhere in the article
    if cand.source in ("gazetteer", "defined", "acronym", "unit") or gaz.lookup(surface):
        return False
    if surface in plural_acronyms:
        return True  # "antibody drug conjugates, or ADCs": an acronym written in the plural names a thing
    if _HEAD_AT_END.search(surface):
        return False
    if _caller(text, cand):
        return True  # "The next question is from Ana Ruiz from Quarvo Securities": a caller
    if common_word(text, surface):
        return True  # "Gross margin widened" above "gross profit rose": a word capitalised by its position
    if cand.source in ("ner", "pattern", "context") and titled_person(text, cand.start, cand.end):
        return True
    if gaz.is_place(surface) or gaz.is_place(surface + "s"):
        return True  # "its Philippine unit": the adjective of a place ("Philippines")
    if cand.source in ("ner", "pattern", "context") and only_a_location(text, surface):
        return True  # "a dry spell in the west of Bahia", "farms in Bahia, Lumbra and Piauí"
    return surface in people_and_places or based_in_place(text, cand.start)


def _caller(text: str, cand: Candidate) -> bool:
    """The name an operator introduces as the next caller; "from Quarvo's Ana Ruiz" keeps its firm."""
    possessive = re.match(r"['’]s\b", text[cand.end : cand.end + 3])
    if cand.source not in ("ner", "pattern", "context") or possessive:
        return False
    return bool(CALLER_BEFORE.search(text, max(0, cand.start - 60), cand.start))


def common_word(text: str, surface: str) -> bool:
    """A one-word name the same article also writes in lower case ("Corporate" and "corporate clients"):
    a common word capitalised by a heading, a bullet or a sentence's start, not a company's name."""
    if " " in surface or not re.fullmatch(rf"{UPPER}{LOWER}+", surface):
        return False
    # str.find, not a pattern compiled per surface (the same matches: literal_scan.py)
    return any(literal_matches(text, surface.lower(), not_after("&.-"), not_before("&-")))


_CAPITALISED_WORD = re.compile(rf"{UPPER}{LOWER}+(?:-{LETTER}{LOWER}+)?")


def _person_words(
    text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer, described: set[str] = frozenset()
) -> set[str]:
    """Names and name parts of people ("Wang" in "Yulin Wang"): never organizations. A span the model
    calls a person that a cue describes as an organization ("Turkcell Superonline, the broadband unit")
    or that holds a company word of another language ("Vibra Energia") lends its words to no person."""
    words: set[str] = set()
    for start, end, label in ner_spans:
        if label != "PERSON":
            continue
        s, e = trim_span(text, start, end)
        surface = text[s:e]
        if gaz.lookup(surface) is not None or NAME_PATTERN.fullmatch(surface) or surface in described:
            continue
        if FOREIGN_COMPANY_WORDS.intersection(surface.split()):
            continue
        tokens = surface.split()
        if 2 <= len(tokens) <= 3 and all(_CAPITALISED_WORD.fullmatch(t) for t in tokens):
            words.add(surface)
            words.update(t for t in tokens if gaz.lookup(t) is None)
    return words


_SOURCE_RANK = {
    "context": 2,
    "defined": 6,
    "acronym": 6,
    "gazetteer": 5,
    "pattern": 4,
    "government": 4,
    "described": 3,
    "unit": 3,
    "listed": 3,
    "media": 3,
    "ner": 2,
}


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where spans overlap (gazetteer/pattern break ties over NER)."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -_SOURCE_RANK.get(c.source, 0)))
    kept: list[Candidate] = []
    # Kept spans never overlap, so sorted by start they are sorted by end too: one bisect finds the only
    # span a candidate could overlap (a scan of every kept span made a text of repeated names quadratic).
    starts: list[int] = []
    ends: list[int] = []
    empty: list[Candidate] = []  # zero-width spans break that order; there are few, scanned
    for cand in ordered:
        if any(k.start < cand.end and cand.start < k.end for k in empty):
            continue
        if cand.start == cand.end:
            if not any(k.start < cand.end and cand.start < k.end for k in kept):
                kept.append(cand)
                empty.append(cand)
            continue
        before = bisect.bisect_left(starts, cand.end) - 1
        if before >= 0 and ends[before] > cand.start:
            continue
        kept.append(cand)
        starts.insert(before + 1, cand.start)
        ends.insert(before + 1, cand.end)
    return sorted(kept, key=lambda c: c.start)


def filter_candidates(
    text: str,
    candidates: list[Candidate],
    ner_spans: Sequence[NerSpan],
    chrome: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    products: set[str],
) -> list[Candidate]:
    """The candidates left once chrome, tickers, people, places, product names and bullet words are out."""
    described = {text[c.start : c.end] for c in candidates if c.source in ("described", "listed", "defined")}
    people_words = _person_words(text, ner_spans, gaz, described)
    # "(NYSE: VLX)", and the notes it does not read whole: "(ASX/NZX: VLX)", "(...; Euronext Milan: VLX)"
    tickers = [(m.start(), m.end()) for m in TICKER.finditer(text)] + ticker_note_exchanges(text)
    in_products = product_spans(text, products)
    datelines = dateline_places(text)
    people = titled_people(text)
    term_acronyms = {m.group(1) for m in TERM_ACRONYM.finditer(text)}
    plural_acronyms = {m.group(1) for m in PLURAL_ACRONYM.finditer(text)}
    places = {
        part.strip() for s, e in datelines for part in [text[s:e], *re.split(r",|\s+and\s+", text[s:e])]
    }
    # looked up, not scanned, per candidate
    in_chrome, in_ticker, in_product = span_set(chrome), span_set(tickers), span_set(in_products)
    headings = heading_lines(text)
    addresses = address_lines(text)
    # "OUR VIEW", "GAMES UP, MACHINES DOWN", "Adult Education: net sales": words capitalised by layout
    in_headings = {
        surface for surface in {text[c.start : c.end] for c in candidates if c.source != "gazetteer"}
        if heading_only(text, surface, headings) or common_noun_phrase(text, surface)
        or publication_only(text, surface)  # "told Kestrel Daily", "(c) 2025 Kestrel Daily": the publication
    }
    return [
        c
        for c in candidates
        if not in_chrome.overlaps(c.start, c.end)
        and not (c.source not in ("gazetteer", "unit") and text[c.start : c.end] in in_headings)
        and not _read_as_person_or_place(text, c, people | places, gaz, term_acronyms, plural_acronyms)
        # "Regd. Office: Plot No. 3, Kestrel IT Park, Velmont": a street, a site or a town of an address
        and not (c.source != "gazetteer" and in_address(addresses, c.start, c.end)
                 and not _REGISTERED_END.search(text, c.start, c.end))
        and not in_ticker.overlaps(c.start, c.end)
        # "Azure" inside "Azure AI", "Microsoft" inside "Microsoft Teams": part of a product's name
        and not any(e - s > c.end - c.start for s, e in in_product.around(c.start, c.end))
        and not (c.source in ("ner", "pattern") and bullet_word(text, c.start, c.end, gaz))
        # "ride-hailing giant Didi Chuxing" is a company even when the model says PERSON
        and (text[c.start : c.end] not in people_words or c.source in _SOURCES_OVER_PERSON_WORDS)
        # "Kim Taek-jin and Park Byung-moo": a person first in a coordination is no company's name
        and not (c.source in ("ner", "pattern") and _person_first(text[c.start : c.end], people_words))
        and not (c.source == "ner" and FAMILY_AFTER.match(text, c.end) is not None)
        # "the Shiroi Data Center Campus", "Stock Exchange Road": the first words of a facility's name
        and not (c.source in ("ner", "pattern") and FACILITY_AFTER.match(text, c.end) is not None)
        # "Co-operative Society" -> "Society": the tail of a longer name the model split (org_fragments.py)
        and not (c.source in ("ner", "pattern", "context") and name_fragment(text, text[c.start : c.end]))
    ]


def _person_first(surface: str, people_words: set[str]) -> bool:
    first, conjunction, _rest = surface.partition(" and ")
    return bool(conjunction) and first in people_words
