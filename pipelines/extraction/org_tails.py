"""A short form written beside the one longer name it opens ("Quarvo" and "Quarvo Networks") is the same
company when the longer name's remaining words only close a company's name (org_cues.COMPANY_TAILS).
Pure function over the names found so far (key -> display name), like org_merge.py's folds."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from pipelines.extraction.org_cues import COMPANY_TAILS

_TAILS = frozenset(tail for tail, _example, _short, _full in COMPANY_TAILS)
# "Quarvo Capital, the venture arm of Quarvo": the article makes the longer name a unit of the short one.
_UNIT_OF = r",?\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}(?:arm|unit|subsidiary|division|affiliate)\s+of\b"

Fold = tuple[str, str]  # (source key, target key)


def company_tail_folds(
    names: Mapping[str, str],
    known: Collection[str] = (),
    forms: Mapping[str, Collection[str]] | None = None,
    text: str = "",
) -> list[Fold]:
    """Each short name into the single longer name it opens, when that name is the only longer one the
    article opens with it (a second, "Quarvo Cloud", makes "Quarvo" the group: left alone) and its
    remaining words are a company's tail; a name into the one organization also written with it and an
    "of <Place>" tail ("Fairstone Bank" for "Fairstone Bank of Canada"). Left alone: a known (gazetteer)
    name, a short name that already stands for another longer name ("Quarvo" for "Quarvo Group", in its
    `forms`), and a longer name the article calls an arm or a unit ("Quarvo Capital, the venture arm of
    Quarvo")."""
    opened: dict[str, list[str]] = {}  # each name under every run of its leading words
    for key, name in names.items():
        words = name.split()
        for cut in range(1, len(words)):
            opened.setdefault(" ".join(words[:cut]), []).append(key)
    folds = []
    for key, name in names.items():
        if target := _written_with_place(key, name, forms or {}):
            folds.append((key, target))
            continue
        longer = [other for other in opened.get(name, ()) if other != key]
        if key in known or len(longer) != 1:
            continue
        full = names[longer[0]]
        if tuple(full.split()[len(name.split()) :]) not in _TAILS:
            continue
        own = (forms or {}).get(key, ())
        if any(form.startswith(name + " ") and form != full for form in own):
            continue  # "Suncorp" already stands for "Suncorp Group": "Suncorp Bank" is its bank
        if text and re.search(re.escape(full) + _UNIT_OF, text):
            continue
        folds.append((key, longer[0]))
    return folds


# "Fairstone Bank" beside "Fairstone Bank of Canada": the name written without its closing "of" and place.
_OF_PLACE = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?[A-Z][\w-]+(?:[ ]+[A-Z][\w-]+){0,2}")


def _written_with_place(key: str, name: str, forms: Mapping[str, Collection[str]]) -> str | None:
    """The one other organization one of whose forms is this name and an "of <Place>" tail."""
    if " " not in name:
        return None  # "Fairstone" alone is left to the other folds
    owners = {
        other for other, written in forms.items() if other != key
        and any(form.startswith(name + " ") and _OF_PLACE.fullmatch(form[len(name) :]) for form in written)
    }
    return owners.pop() if len(owners) == 1 else None
