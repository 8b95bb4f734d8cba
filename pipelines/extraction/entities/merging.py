"""One record per organization: candidates grouped by key, short forms, renamed and in-article aliases
folded, and every mention of every known surface scanned."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.function_word_openings import keeps_opening_word
from pipelines.extraction.entities.keys import display_name, organization_key
from pipelines.extraction.entities.records import Candidate, Org
from pipelines.extraction.entities.vocabulary import (
    GENERIC_WORDS,
    GEO_WORDS,
    INSURER_TAILS,
    KIND_OPENING_WORDS,
    PAIR_TAIL_WORDS,
    SAME_COMPANY_PAIRS,
    SAME_COMPANY_WORDS,
    UNIT_TAIL,
)
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.literal_scan import alternation_matches, literal_matches, not_after, not_before
from pipelines.extraction.org_merge import acronym_folds, same_name_folds, short_form_folds
from pipelines.extraction.org_tails import company_tail_folds
from pipelines.extraction.span_index import span_set
from pipelines.letters import LETTER, LOWER, UPPER


def group_surfaces(
    text: str, candidates: list[Candidate], gaz: Gazetteer
) -> tuple[dict[str, Org], dict[str, str]]:
    """Candidates grouped by key (a gazetteer name first): organizations, and each surface's key."""
    orgs: dict[str, Org] = {}
    surface_to_key: dict[str, str] = {}
    shown: dict[str, str] = {}  # each surface's display name
    for cand in candidates:
        surface = text[cand.start : cand.end]
        known = gaz.lookup(surface) or gaz.lookup(display_name(surface))
        key = organization_key(known.name if known else surface)
        org = orgs.setdefault(key, Org(key=key))
        if known:
            org.known_name = known.name
            org.kind = org.kind or known.kind
            org.parent = org.parent or known.parent
            org.media = org.media or known.kind == "media"
        name = display_name(surface, keeps_opening_word(text, cand.start, cand.end))
        shown.setdefault(surface, name)
        org.names[name] += 1
        org.legal = org.legal or name != surface
        if cand.source == "media":
            org.media = True
        surface_to_key[surface] = key
    surfaces_of: dict[str, list[str]] = {}  # each organization's own surfaces, not all per organization
    for surface, key in surface_to_key.items():
        surfaces_of.setdefault(key, []).append(surface)
    for org in orgs.values():
        for surface in surfaces_of.get(org.key, ()):
            if shown[surface] != org.name:
                org.aliases.add(surface)
    return orgs, surface_to_key


_UNIT_NAME = re.compile(
    r"(?:Group|Business Group|business group|business unit|Unit|Division|Academy|Institute|Lab|Labs|"
    r"Laboratory|Department)$"
)


def name_possessive_units(
    text: str, candidates: list[Candidate], orgs: dict[str, Org], surface_to_key: dict[str, str]
) -> None:
    """ "Tencent's Financial Technology Group" names the unit "Tencent Financial Technology Group"."""
    for cand in candidates:
        surface = text[cand.start : cand.end]
        key = surface_to_key.get(surface)
        if key is None or key not in orgs or not _UNIT_NAME.search(surface):
            continue
        before = re.search(
            r"([^\s,;.(]+(?:\s[^\s,;.(]+){0,3})['’]s\s+$", text[max(0, cand.start - 60) : cand.start]
        )
        if not before:
            continue
        owner_surface = next(
            (o for o in (before.group(1).split(" ", i)[-1] for i in range(4)) if o in surface_to_key), None
        )
        if owner_surface is None or surface_to_key[owner_surface] == key:
            continue
        owner = orgs[surface_to_key[owner_surface]]
        if surface.startswith(owner.name):
            continue
        org = orgs.pop(key)
        full = f"{owner.name} {display_name(surface)}"
        new_key = organization_key(full)
        org.key, org.known_name, org.parent = new_key, full, owner.name
        org.aliases.add(surface)
        orgs[new_key] = org
        for alias, alias_key in list(surface_to_key.items()):
            if alias_key == key:
                surface_to_key[alias] = new_key


def fold_into(
    orgs: dict[str, Org],
    surface_to_key: dict[str, str],
    source_key: str,
    target_key: str,
    inherit_identity: bool = True,
) -> None:
    """Merge ``source`` into ``target``; without ``inherit_identity`` the source's gazetteer identity
    (known name, kind, parent) is dropped: only its surfaces move."""
    if source_key == target_key or source_key not in orgs:
        return
    source, target = orgs.pop(source_key), orgs[target_key]
    if not inherit_identity:
        target.aliases |= {s for s in source.names if s != source.known_name}
        for surface, key in surface_to_key.items():
            if key == source_key:
                surface_to_key[surface] = target_key
        return
    target.aliases |= set(source.names) | source.aliases
    target.media = target.media or source.media
    target.kind = target.kind or source.kind
    target.parent = target.parent or source.parent
    target.known_name = target.known_name or source.known_name
    for surface, key in surface_to_key.items():
        if key == source_key:
            surface_to_key[surface] = target_key


def fold_document_names(orgs: dict[str, Org], surface_to_key: dict[str, str], text: str = "") -> None:
    """One organization per name however the article writes it (org_merge.py and org_tails.py decide
    which)."""
    for decide in (same_name_folds, short_form_folds, acronym_folds, company_tail_folds):
        names = {key: org.name for key, org in orgs.items()}
        known = {key for key, org in orgs.items() if org.known_name}
        if decide is company_tail_folds:  # "Quarvo" for "Quarvo Networks"
            forms = {key: set(org.names) | org.aliases for key, org in orgs.items()}
            folds = company_tail_folds(names, known, forms, text)
        elif decide is short_form_folds:
            folds = short_form_folds(names, known, {key for key, org in orgs.items() if org.legal})
        else:
            folds = decide(names)
        for source, target in folds:
            # "Quarvo's Lattice Group" was named "Quarvo Lattice Group" as Quarvo's unit: two organizations
            if source in orgs and target in orgs and orgs[target].parent != orgs[source].name:
                fold_into(orgs, surface_to_key, source, target)


def add_short_forms(
    text: str, orgs: dict[str, Org], surface_to_key: dict[str, str], gaz: Gazetteer
) -> None:
    """ "Rivian" for "Rivian Automotive" even where no model or pattern picked the short form up:
    a distinctive first word before a tail that does not make another company, written alone."""
    for key, org in orgs.items():
        # "Poshmark" for "Poshmark Inc": a registered name is also written without its legal form.
        if (
            org.legal
            and org.name not in surface_to_key
            and len(org.name) >= 3
            and org.name not in GENERIC_WORDS
            and not gaz.is_place(org.name)
            and (gaz.lookup(org.name) is None or organization_key(gaz.lookup(org.name).name) == key)
        ):
            surface_to_key[org.name] = key
    for key, org in list(orgs.items()):
        tokens = org.name.split()
        if len(tokens) < 2:
            continue
        short, tail = tokens[0], tuple(tokens[1:])
        if not same_company_tail(tail):
            continue
        if (
            short in surface_to_key
            or len(short) < 3
            or short in GENERIC_WORDS
            or short.lower() in GEO_WORDS
            or gaz.is_place(short)
            or (gaz.lookup(short) is not None and organization_key(gaz.lookup(short).name) != key)
        ):
            continue
        if written_alone(text, short, tail[0]):
            surface_to_key[short] = key
            org.aliases.add(short)


# "X, formerly Y," / "X (formerly known as Y)" / "X, the company behind Y," / "Merck & Co., known as MSD
# outside ..." / "Besi, as BE Semiconductor Industries is known,": Y is another name of X.
_OTHER_NAME_LINK = re.compile(
    r"(?:\.?,[ ]+|(?<![ ])[ ]+\()(?:(?:formerly|previously|once)(?:[ ]+(?:known[ ]+as|called|named))?|"
    r"(?:also[ ]+)?known[ ]+as|"
    r"as(?=[ ]+[^,.;()]{2,60}?[ ]+is[ ]+(?:also[ ]+|formally[ ]+|officially[ ]+)?known\b)|"
    r"the[ ]+(?:company|firm|group)[ ]+(?:behind|that[ ]+(?:owns|operates|runs)))[ ]+"
)


def merge_renamed_and_brands(
    text: str, candidates: list[Candidate], orgs: dict[str, Org], surface_to_key: dict[str, str]
) -> None:
    by_end = {c.end: text[c.start : c.end] for c in candidates}
    by_start = {c.start: text[c.start : c.end] for c in candidates}
    for match in _OTHER_NAME_LINK.finditer(text):
        first = by_end.get(match.start()) or _known_name_before(text, match.start(), surface_to_key)
        second = by_start.get(match.end()) or _known_name_at(text, match.end(), surface_to_key)
        target = surface_to_key.get(first or "")
        source = surface_to_key.get(second or "")
        if target and source and target != source and target in orgs and source in orgs:
            fold_into(orgs, surface_to_key, source, target)
    # "UnionBank" for "Union Bank of the Philippines": the name's leading words written as one word
    for key, org in list(orgs.items()):
        word = org.name
        if " " in word or not re.fullmatch(rf"{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)+", word):
            continue
        for other_key, other in list(orgs.items()):
            words = other.name.split()
            if other_key == key or len(words) < 3:
                continue
            cut = words.index("of") if "of" in words else len(words)
            if cut >= 2 and "".join(words[:cut]) == word and key in orgs:
                fold_into(orgs, surface_to_key, key, other_key)
                break


def _known_name_before(text: str, end: int, surface_to_key: dict[str, str]) -> str | None:
    """The longest known organization surface written right before ``end`` (a later mention of it)."""
    run = re.search(rf"(?<![\w&'’.-])((?:{UPPER}[\w&'’.-]*[ ]+){{0,3}}{UPPER}[\w&'’-]*)\.?$",
                    text[max(0, end - 80) : end])
    if run is None:
        return None
    words = run.group(1).split()
    for cut in range(len(words)):
        surface = " ".join(words[cut:])
        if surface in surface_to_key:
            return surface
    return None


def _known_name_at(text: str, start: int, surface_to_key: dict[str, str]) -> str | None:
    """The longest known organization surface written at ``start``."""
    run = re.match(rf"{UPPER}[\w&'’.-]*(?:[ ]+{UPPER}[\w&'’.-]*){{0,3}}", text[start : start + 80])
    if run is None:
        return None
    words = run.group().split()
    for cut in range(len(words), 0, -1):
        surface = " ".join(words[:cut]).rstrip(".")
        if surface in surface_to_key:
            return surface
    return None


def merge_in_article_aliases(orgs: dict[str, Org], surface_to_key: dict[str, str]) -> None:
    """Shorter in-article forms of a longer name: "CITIC Bank"/"CITIC" for "China CITIC Bank",
    "DAMO Academy" for "Alibaba DAMO Academy". Guarded: "Bank of China" never joins
    "Agricultural Bank of China" because the extra word is not a place or an owner."""
    names = {key: org.name for key, org in orgs.items()}
    # Every fold needs the short name's first word among the long name's words: only those names are
    # looked at (all of them against all was organizations squared), in the same order.
    order = {key: index for index, key in enumerate(names)}
    having: dict[str, set[str]] = {}
    for key, name in names.items():
        for token in name.split():
            having.setdefault(token, set()).add(key)
    for short_key, short_name in sorted(names.items(), key=lambda kv: len(kv[1])):
        short_tokens = short_name.split()
        candidates = sorted(having.get(short_tokens[0], ()), key=order.__getitem__) if short_tokens else names
        for long_key in candidates:
            long_name = names[long_key]
            if long_key == short_key or long_key not in orgs or short_key not in orgs:
                continue
            if _shorter_form_of(short_tokens, long_name.split(), orgs[short_key], orgs[long_key], orgs):
                fold_into(orgs, surface_to_key, short_key, long_key)


def _shorter_form_of(
    short_tokens: list[str], long_tokens: list[str], short: Org, long: Org, orgs: dict[str, Org]
) -> bool:
    """Whether the short name is the long one written shorter (a place or owner dropped from its front,
    words that make no other company dropped from its end); an owner's name makes it the long one's parent."""
    if len(long_tokens) <= len(short_tokens):
        return False
    if long_tokens[-len(short_tokens) :] == short_tokens:
        extra = long_tokens[: -len(short_tokens)]
        owner = " ".join(extra)
        places = all(t.lower() in GEO_WORDS for t in extra)
        if all(t in KIND_OPENING_WORDS for t in extra):
            return True  # "Banorte" for "Grupo Financiero Banorte": the kind words dropped
        if places or organization_key(owner) in orgs:
            if organization_key(owner) in orgs and not places:
                long.parent = long.parent or orgs[organization_key(owner)].name
            return True
        if _initials_of_another(owner, orgs, long.key):
            return True  # "Schenker" for "DB Schenker" beside "Deutsche Bahn": the owner's initials
    long_name = " ".join(long_tokens)
    prefix = long_tokens[: len(short_tokens)] == short_tokens
    tail_words = tuple(long_tokens[len(short_tokens) :])
    if prefix and tail_words[0].startswith("("):
        return False  # "Quarvo Bank (Ghana)": the unit in the country in parentheses, not its parent
    if len(short_tokens) >= 2 and prefix and tail_words in INSURER_TAILS and not short.known_name:
        return True  # "Cathay Life" for "Cathay Life Insurance": the insurer, not an insurance unit of it
    # "SLC" for "SLC Agrícola": an acronym opening the only name it opens, before no unit's or place's word
    if (
        len(short_tokens) == 1
        and prefix
        and re.fullmatch(r"[A-Z]{2,5}", short_tokens[0])
        and not short.known_name
        and not short.legal  # "LG Corp" is a company of its own beside "LG CNS"
        and not UNIT_TAIL.search(long_name)
        and not any(t.lower() in GEO_WORDS for t in tail_words)
        and sum(o.name.split()[0] == short_tokens[0] for o in orgs.values() if o.name) == 2
    ):
        return True
    # "Anatole Investment" for "Anatole Investment Management": a shortened multi-word name.
    if (
        len(short_tokens) >= 2
        and prefix
        and not UNIT_TAIL.search(long_name)
        and not short.known_name
        and not UNIT_TAIL.search(" ".join(tail_words))
    ):
        return True
    # "Toyota" for "Toyota Motor", "Renom" for "Renom Energy Services": words that make no other company.
    if prefix and same_company_tail(tail_words) and not short.known_name:
        return True
    # "Altair" for "Altair Engineering Inc": the first word of a registered name.
    if (
        len(short_tokens) == 1
        and long_tokens[0] == short_tokens[0]
        and long.legal
        and not UNIT_TAIL.search(long_name)
        and not short.known_name
    ):
        return True
    # "CITIC" inside "China CITIC Bank": place words + the short name + a bank/group head.
    if len(short_tokens) == 1 and short_tokens[0] in long_tokens[:-1]:
        rest = [t for t in long_tokens if t != short_tokens[0]]
        return bool(
            len(rest) >= 2  # "Rakuten Bank" beside "Rakuten" is its bank, no place word makes it the same
            and rest[-1] in {"Bank", "Group", "Holdings", "Technologies"}
            and all(t.lower() in GEO_WORDS for t in rest[:-1])
        )
    return False


def same_company_tail(tail: tuple[str, ...]) -> bool:
    """Words after a name that do not make another company: "Motor", "Energy Services"."""
    return (
        (len(tail) == 1 and tail[0] in SAME_COMPANY_WORDS)
        or tail in SAME_COMPANY_PAIRS
        or (len(tail) == 2 and tail[0] != tail[1] and all(t in PAIR_TAIL_WORDS for t in tail))
    )


def _initials_of_another(word: str, orgs: dict[str, Org], own_key: str) -> bool:
    """An all-capital word spelling the initials of another organization's name in the article."""
    if not re.fullmatch(r"[A-Z]{2,4}", word):
        return False
    for key, org in orgs.items():
        words = org.name.split()
        if key != own_key and len(words) == len(word) and "".join(w[0] for w in words) == word:
            return True
    return False


def scan_mentions(
    text: str, surface_to_key: dict[str, str], chrome: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Every occurrence of every known surface (NER misses repeats), longest first."""
    surfaces = sorted((s for s in surface_to_key if len(s) >= 2), key=len, reverse=True)
    if not surfaces:
        return []
    # What the alternation (?<![\w&])(?:(?<=--)|(?<!-))(?:surface|...)(?![\w&]|-LETTER) finds, by
    # str.find (literal_scan.py): one pattern per article cost a compile per article.
    mentions = []
    in_chrome = span_set(chrome)
    for start, end in alternation_matches(text, surfaces, _mention_may_start, _mention_may_end):
        if in_chrome.overlaps(start, end):
            continue
        surface = text[start:end]
        if surface == "the Company" or (surface.islower() and (" " in surface or surface.isalpha())):
            continue  # defined descriptor terms are resolved with the other descriptors ("e&" is a name)
        mentions.append((start, end, surface_to_key[surface]))
    return mentions


_NOT_AFTER_WORD = not_after("&")
_NOT_BEFORE_WORD = not_before("&")
_LETTER = re.compile(LETTER)


_NOT_AFTER_NAME_WORD = not_after("&-")
_SPACES = re.compile(r"\s+")


def written_alone(text: str, short: str, next_word: str) -> bool:
    """Whether ``re.search(rf"(?<![\\w&-]){re.escape(short)}(?![\\w&]|-{LETTER}|\\s+{re.escape(next_word)})",
    text)`` finds it, by ``str.find`` (literal_scan.py): a pattern per name cost a compile (1.5 ms) about
    once per article. ``short`` and ``next_word`` are words of a name (not empty, no white space)."""

    def ends_alone(text: str, position: int) -> bool:
        if not _mention_may_end(text, position):
            return False
        # "\s+" then a word that opens with no white space: only the whole run of spaces can precede it
        spaces = _SPACES.match(text, position)
        return not (spaces and text.startswith(next_word, spaces.end()))

    return any(literal_matches(text, short, _NOT_AFTER_NAME_WORD, ends_alone))


def _mention_may_start(text: str, position: int) -> bool:
    # a hyphen before joins a word ("non-Quarvo"); a double dash separates ("NEW YORK--Quarvo Ltd.")
    if not _NOT_AFTER_WORD(text, position):
        return False
    return position == 0 or text[position - 1] != "-" or text[max(0, position - 2) : position] == "--"


def _mention_may_end(text: str, position: int) -> bool:
    if not _NOT_BEFORE_WORD(text, position):
        return False
    return not (text.startswith("-", position) and _LETTER.match(text, position + 1))
