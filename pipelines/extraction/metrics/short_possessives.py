"""A company's short name written as a possessive ("Alef's revenue", "Velorix's results") where the
recognizer read no organization: a mention of the one organization whose name it opens.

A story names its company in full once ("Velorix Learning Holding, the listed education company") and
after that by its first word, mostly as a possessive: "Velorix's platforms", "Velorix's revenue rose
16%". The entity model reads many of those short forms as nothing, so the figures of their sentences
go to the other name the sentence holds (a buyer, an investor, a licensee) or to the most mentioned
organization, and a whole article's results fall to its counterparty. The short form is that company's
when exactly one organization's name opens with those words and the article never writes them as a
name of their own elsewhere (then the recognizer would have said so).
"""

from __future__ import annotations

import re

from pipelines.extraction.model import OrgMention

# A capitalised word or two (a digit may open one: "8Bio") right before a possessive.
_SHORT_POSSESSIVE = re.compile(r"(?<![\w&.-])([A-Z0-9][\w-]*[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\b")
SHORT_POSSESSIVE_EXAMPLE = (
    "Quill Capital bought 5% of Velorix Learning Holding, the listed education company. "
    "Velorix's revenue rose 16% to $9.1 billion."
)


def short_possessive_mentions(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """``mentions`` with a mention for each short possessive form of one organization's name that no
    mention covers (module docstring), in text order."""
    names = [m for m in mentions if m.text[:1].isalnum() and not m.text[:1].islower()]
    if not names:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[OrgMention] = []
    for found in _SHORT_POSSESSIVE.finditer(text):
        start, end = found.span(1)
        if any(a < end and start < b for a, b in taken):
            continue
        owner = _only_name_opening_with(found.group(1), names)
        if owner is not None:
            added.append(OrgMention(owner.key, owner.name, found.group(1), start, end))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _only_name_opening_with(short: str, names: list[OrgMention]) -> OrgMention | None:
    """The one organization whose longer name opens with ``short`` as whole words; None when none or
    several do, or when the short form is a name of its own."""
    words = short.split()
    if len(words[0]) < 3:
        return None
    owners: dict[str, OrgMention] = {}
    for mention in names:
        for written in (mention.text, mention.name):
            written_words = written.split()
            if written_words == words:
                return None  # the text names it so on its own: the recognizer left this one out on purpose
            if len(written_words) > len(words) and written_words[: len(words)] == words:
                owners.setdefault(mention.key, mention)
    return next(iter(owners.values())) if len(owners) == 1 else None
