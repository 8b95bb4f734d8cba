"""A company's segment named only as a segment, with no figures of its own, is no organization.

GOLD_SCHEMA Conventions: "A named business unit that reports its own figures (AWS, Google Cloud,
Intelligent Cloud) is its own organization with its parent"; a part the article names only as where a
bought business goes ("will keep running the business as part of Velorix's Pro segment", "folded into
its Quill Flour division") reports nothing and is a scope of the company, not an organization. On the
gold sets every unit named "X segment/division/unit" that is an organization owns figures; the ones
that own none are not annotated.

The decision is made once per document, after the figures are read: an organization all of whose
mentions are a unit's name between an owner ("Velorix's", "its", "the") and a unit noun, that owns no
figure, stands in no sentence with a figure, takes part in no deal, employs no one, parents nothing and
carries no legal form, is withdrawn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import OrganizationResult
from pipelines.extraction.model import DealFact, MetricFact, OrgMention, PersonFact, Quantity
from pipelines.legal_forms import LEGAL_FORMS

# The nouns after a name that make it a part of a company, each with a made-up example.
SEGMENT_NOUN_CUES: tuple[tuple[str, str], ...] = (
    ("segment", "Dana Ortiz will run the business as part of Velorix's Pro segment."),
    ("division", "The assets will be folded into its Quill Flour division."),
    ("business unit", "Both firms are now part of the company's Product Engineering business unit."),
    ("business area", "The plant joins the Tellvo Materials business area."),
    ("unit", "Both firms are now part of the company's Product Engineering unit."),
)
_NOUNS = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun, _example in SEGMENT_NOUN_CUES)
# Right after the name: the unit noun ("Pro segment", "Quill Flour divisions").
_NOUN_AFTER = re.compile(rf"[ \t]+(?:reporting[ \t]+|operating[ \t]+)?(?:{_NOUNS})s?\b", re.IGNORECASE)
# Right before the name: its owner ("Velorix's", "its", "our", "their", "the"). "a Velorix unit" names
# the parent, never a part, so an indefinite article does not count.
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Tt]he))[ \t]+$")
_LOOK_BACK = 40


def _segment_mention(text: str, mention: OrgMention) -> bool:
    """The mention is a part's name: an owner before it and a unit noun after it."""
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return bool(_OWNER_BEFORE.search(before)) and bool(_NOUN_AFTER.match(text, mention.end))


# Where a sentence ends: its stop and the space after it, or a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_has_figure(text: str, mention: OrgMention, figures: Sequence[Quantity]) -> bool:
    """A figure in the mention's sentence ("The Public Cloud segment ... crossed 2,000 customers"): the
    unit may report it, though no figure was given to it."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, mention.start - 400), mention.start)]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, mention.end)
    end = end_match.start() if end_match else len(text)
    return any(start <= q.start < end for q in figures)


def _has_legal_form(name: str) -> bool:
    return any(word.strip(".,").lower() in LEGAL_FORMS for word in name.split())


def _active_keys(
    metrics: list[MetricFact], deals: list[DealFact], people: list[PersonFact], result: OrganizationResult
) -> set[str]:
    """Organizations the article shows acting: owning a figure, in a deal, employing, parenting."""
    keys = {m.organization_key for m in metrics}
    keys |= {p.organization_key for deal in deals for p in deal.participants}
    keys |= {p.organization_key for p in people if p.organization_key}
    keys |= {o.parent_key for o in result.organizations if o.parent_key}
    return keys


def figureless_segments(
    text: str,
    result: OrganizationResult,
    metrics: list[MetricFact],
    deals: list[DealFact],
    people: list[PersonFact],
    quantities: Sequence[Quantity] = (),
) -> set[str]:
    """Keys of the organizations that are only ever named as a company's segment, own nothing and stand
    in no sentence with a figure."""
    by_key: dict[str, list[OrgMention]] = {}
    for mention in result.mentions:
        by_key.setdefault(mention.key, []).append(mention)
    active = _active_keys(metrics, deals, people, result)
    found: set[str] = set()
    for org in result.organizations:
        mentions = by_key.get(org.key)
        if not mentions or org.key in active or _has_legal_form(org.name):
            continue
        if not all(_segment_mention(text, mention) for mention in mentions):
            continue
        if not any(_sentence_has_figure(text, mention, quantities) for mention in mentions):
            found.add(org.key)
    return found


def without_figureless_segments(
    text: str,
    result: OrganizationResult,
    metrics: list[MetricFact],
    deals: list[DealFact],
    people: list[PersonFact],
    quantities: Sequence[Quantity] = (),
) -> OrganizationResult:
    """The organizations without the segments that report nothing of their own."""
    return result.without(figureless_segments(text, result, metrics, deals, people, quantities))
