"""The article's reporting company: who owns the label lines that name no organization.

Decided once per document (like the document's period model), never by which name stands nearest a
line: the organization that owns at least two thirds of the *named* figures (revenue, profit, users ...)
the article's prose states reports its results here, and a label line that names no one is its own,
whoever the paragraph right above it was about. Where the prose names no figure, the story's subject
(the organization its headline opens with and its lead names first) is. Where two organizations share
the named figures, the article reports on several and no reporting company is decided (the caller reads
each line by its discourse). A unit that reports its own figures keeps its lines where the line names it
(units.py); table rows of a company's parts keep the lead's or the most mentioned owner (the caller).

A page of several numbered items (a newsletter: "1. Velorix: a good year", "2) QUILL RAISES $60 MILLION";
the heading shapes are numbered_items.py's) is several documents: each item's reporting company is
decided from that item's own figures and names (its first name its lead; no item states a story
subject, so an item whose prose names no figure has no reporting company), and no item's company reports
the next item's lines. The page's masthead and contents above the first item report nothing.
"""

from __future__ import annotations

import sys
from collections import Counter

from pipelines.extraction.metrics.numbered_items import NUMBERED_HEADING
from pipelines.extraction.model import MetricFact, OrgMention

REPORTING_COMPANY_EXAMPLES = (
    # Velorix owns three of the prose's four named figures: the line is its own, though the
    # paragraph right above it was about Quill
    (
        "Velorix profit rises as Quill grows\n\nVelorix said on Monday its revenue rose 8% to $2 billion "
        "and its profit rose 5% to $90 million.\n\nQuill said its revenue rose to $40 million.\n\n"
        "Net profit: $120 million\n",
        "velorix",
    ),
)
# Each company owns two named figures: no reporting company, each line its discourse's.
SEVERAL_REPORTERS_EXAMPLE = (
    "Velorix and Quill report\n\nVelorix said its revenue rose to $2 billion and its profit to $90 million. "
    "Quill said its revenue rose to $300 million and its profit to $20 million.\n\nNet profit: $21 million\n"
)


def reporting_company(
    subject: OrgMention | None,
    mentions: list[OrgMention],
    prose_facts: list[MetricFact],
    lead: OrgMention | None = None,
) -> OrgMention | None:
    """The organization owning two thirds of the prose's named figures, when the article's other
    statements of its subject agree (module docstring); the story's subject when the prose names no
    figure; else None (several organizations report, or the statements disagree)."""
    owners = Counter(f.organization_key for f in prose_facts if f.metric_name != "other")
    if not owners:
        return subject
    top, count = owners.most_common(1)[0]
    if 3 * count < 2 * sum(owners.values()):
        return None
    named = [m for m in mentions if m.key == top]
    return named[0] if named and top in _subjects(subject, lead, mentions) else None


def reporting_by_item(
    items: list[int],
    subject: OrgMention | None,
    mentions: list[OrgMention],
    prose_facts: list[MetricFact],
    lead: OrgMention | None = None,
    text: str = "",
) -> list[tuple[int, OrgMention | None]]:
    """Where each document of the page opens and its reporting company: the whole page's where it is
    one story (``items`` empty), else one per numbered item, opening at the item's heading (module
    docstring)."""
    if not items:
        return [(0, reporting_company(subject, mentions, prose_facts, lead))]
    companies: list[tuple[int, OrgMention | None]] = [(0, None)]  # the masthead above the first item
    for start, end in zip(items, [*items[1:], sys.maxsize], strict=True):
        inside = [m for m in mentions if start <= m.start < end]
        facts = [f for f in prose_facts if start <= f.evidence.start < end]
        # the item's first name leads it, but is its subject only where the item's own figures are that
        # name's: an item naming no figure ("Fluxcost raised £9m, led by Quill") reports on no one
        item_lead = next((m for m in inside if m.text[:1].isupper()), None)  # a name, not "the group"
        company = reporting_company(None, inside, facts, item_lead)
        if company is not None and not _heading_agrees(
            text[start : text.find("\n", start) % (len(text) + 1)], company
        ):
            company = None
        companies.append((start, company))
    return companies


def _heading_agrees(heading: str, company: OrgMention) -> bool:
    """Whether an item's heading allows ``company`` as the item's reporting company: a heading that sets
    a subject off with a colon ("1) IOMART: SMALLER, LEANER", "3. Funding: Quill") names the item's
    subject there, so another company ("The deal: iomart agreed to buy Velorix") reports nothing of it."""
    match = NUMBERED_HEADING.fullmatch(heading.strip())
    if match is None or ":" not in match.group("title"):
        return True
    subject = match.group("title").split(":")[0].lower().split()
    return company.name.lower().split()[:1] in ([word] for word in subject)


def _subjects(subject: OrgMention | None, lead: OrgMention | None, mentions: list[OrgMention]) -> set[str]:
    """The keys the article's other statements of its subject give: the story's subject (headline and
    lead), its lead paragraph's first organization, its most mentioned one."""
    counts = Counter(m.key for m in mentions)
    most = max(counts.values(), default=0)
    keys = {key for key, count in counts.items() if count == most}
    return keys | {m.key for m in (subject, lead) if m is not None}
