"""Document-level consistency of organization names: one organization per name however the article
writes it. Pure functions over the names found so far (key -> display name); they return which
organization folds into which, and entities/merging.py folds them.

- the same name twice is one organization;
- a short form joins the one longer name it begins ("Samba" -> "Samba Financial Group", "Quarvo" ->
  "Quarvo Vineyards") when that is the one longer name ending in a word that closes a company's name
  (the longest name wins; "Quarvo Americas", a unit, does not count); two such names leave it alone;
- a name written without its web domain is the same organization ("Kaspi" / "Kaspi.kz");
- a kind word before a name is the same organization ("Bank Danamon" / "Danamon", "Grupo Oi" / "Oi");
- an all-capital short name whose letters are exactly the initials of one other name is its acronym
  ("SNB" for "Saudi National Bank", "M&S" for "Marks & Spencer"), also after an acronym opening the
  name ("ASMI" for "ASM International").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

# Words that close a company's full name: the name without them is the same company.
COMPANY_CLOSERS = frozenset((
    "Group", "Holdings", "Holding", "Inc", "Corp", "Corporation", "Company", "Limited", "Ltd", "plc",
    "PLC", "Industries", "Enterprises", "Vineyards", "Estates", "Brands", "Partners",
))
# Kind words written before a name in some countries: "Bank Danamon", "Grupo Oi", "Banco Inter".
KIND_PREFIXES = frozenset(("Bank", "Banco", "Banca", "Grupo", "Gruppo", "Groupe", "PT"))
_SKIPPED_IN_INITIALS = frozenset(("of", "the", "and", "&", "for", "de"))

Fold = tuple[str, str]  # (source key, target key)


def same_name_folds(names: Mapping[str, str]) -> list[Fold]:
    """Organizations displayed under the same name are one, also where the article spaces, hyphenates or
    capitalises it two ways ("Open Text" and "OpenText", "Coca Cola" and "Coca-Cola")."""
    first: dict[str, str] = {}
    folds = []
    for key, name in names.items():
        spelling = re.sub(r"[\s-]+", "", name).casefold()
        if spelling in first:
            folds.append((key, first[spelling]))
        else:
            first[spelling] = key
    return folds


def short_form_folds(
    names: Mapping[str, str], known: Collection[str] = (), registered: Collection[str] = ()
) -> list[Fold]:
    """Short forms into the single longer name they begin or end after a kind word. Keys in `known`
    (the gazetteer's organizations) keep their own identity; keys in `registered` (written with a legal
    form: "Quarvo AB") are a company of their own beside a web name ("Quarvo.com", its shop)."""
    folds = []
    # Each name under every part of it before / after one of its spaces: the longer names a name begins
    # or ends are looked up, not searched for among all names (that was names squared).
    starting: dict[str, list[str]] = {}
    ending: dict[str, list[str]] = {}
    for other_key, other in names.items():
        for space in (i for i, char in enumerate(other) if char == " "):
            starting.setdefault(other[:space], []).append(other_key)
            ending.setdefault(other[space + 1 :], []).append(other_key)
    by_domainless: dict[str, list[str]] = {}  # "Kaspi.kz" under "Kaspi"
    for other_key, other in names.items():
        if web_name := re.fullmatch(r"(.+)\.[a-z]{2,4}", other):
            by_domainless.setdefault(web_name.group(1), []).append(other_key)
    for key, name in names.items():
        if key in known or len(name) < 2:
            continue
        longer = [
            other_key for other_key in starting.get(name, ())
            if other_key != key and names[other_key].split()[-1] in COMPANY_CLOSERS
        ]
        # "Kaspi" for "Kaspi.kz": a company named after its web address, written without the domain
        if key not in registered:
            longer += [other_key for other_key in by_domainless.get(name, ()) if other_key != key]
        if len(longer) == 1:
            folds.append((key, longer[0]))
            continue
        prefixed = [
            other_key for other_key in ending.get(name, ())
            if other_key != key and names[other_key].split()[0] in KIND_PREFIXES
            and len(names[other_key].split()) == len(name.split()) + 1
        ]
        if len(prefixed) == 1:
            folds.append((key, prefixed[0]))
    return folds


def acronym_folds(names: Mapping[str, str]) -> list[Fold]:
    """An all-capital name (letters and "&") that spells exactly the initials of one other name."""
    folds = []
    initials: dict[str, tuple[str, str]] = {}  # each name's initials worked out once, not once per acronym
    for key, name in names.items():
        if not re.fullmatch(r"[A-Z](?:&?[A-Z]){1,5}", name):
            continue
        letters = name.replace("&", "")
        if not initials:
            initials = {
                other_key: (_initials(other), _acronym_then_initials(other))
                for other_key, other in names.items()
            }
        spelled = [
            other_key for other_key in names
            if other_key != key and letters in initials[other_key]
        ]
        if len(spelled) == 1:
            folds.append((key, spelled[0]))
    return folds


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in _SKIPPED_IN_INITIALS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _acronym_then_initials(name: str) -> str:
    """ "ASMI" for "ASM International": a name opening with an acronym, then the other words' initials."""
    first, _, rest = name.partition(" ")
    if not re.fullmatch(r"[A-Z]{2,4}", first) or not rest:
        return ""
    words = [w for w in re.split(r"[\s-]+", rest) if w and w not in _SKIPPED_IN_INITIALS]
    if not words or not all(w[0].isupper() for w in words):
        return ""
    return first + "".join(w[0] for w in words)
