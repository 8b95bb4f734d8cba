"""Organizations named only to place a person: a former employer, an analyst's house.

"Chief financial officer Mara Quell, who joined from Quandra Bank in 2023, said net debt fell to $40
million": the debt is the article's company's, not the bank the speaker once worked for. The same holds
for the house an analyst writes for ("analyst Aro Venn of Quandra Securities said margins widened to
12%"). Such a name describes the person; it is no subject, possessor or owner of the sentence's figures,
so the sentence reader drops it from the sentence's organizations (as it drops products and the
complements of "the owner of"). A person's current post ("Mara Quell, chief financial officer of
Velorix, said ...") is left alone: there the employer is the figure's owner.

Each cue is a table row with its made-up example; tests/unit/test_metric_person_affiliations.py reads
every example.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.extraction.model import OrgMention


class AffiliationCue(NamedTuple):
    before: re.Pattern[str]  # searched in the sentence's text up to the name (anchored at its end)
    after: re.Pattern[str] | None  # matched right after the name, when the cue needs it
    example: str  # a made-up sentence whose figure is not the named affiliation's
    affiliation: str  # the name in the example that only places the person


_LOWER_WORDS = r"(?:[a-z][\w-]*\s+){0,3}?"

AFFILIATION_CUES: tuple[AffiliationCue, ...] = (
    # a relative clause about a person's past post: "who joined from", "who was previously ... at"
    AffiliationCue(
        re.compile(
            r"\bwho\s+(?:was\s+|had\s+been\s+)?(?:previously|formerly|earlier|once|joined|came|moved|spent)\b"
            rf"[^,;.()]{{0,70}}?\b(?:at|from|with|of|for)\s+(?:the\s+)?{_LOWER_WORDS}$"
        ),
        None,
        "Chief financial officer Mara Quell, who joined from accounting software firm Quandra Soft in 2023, "
        "said net debt fell to $40 million.",
        "Quandra Soft",
    ),
    # "a former Quandra Bank executive": a past employer written as the person's noun's modifier
    AffiliationCue(
        re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE),
        re.compile(r"\s+[a-z][\w-]*"),
        "Founder Aro Venn, a former Quandra Bank executive, said Velorix now ships 1.8 million orders a "
        "month.",
        "Quandra Bank",
    ),
    # "analyst Aro Venn of Quandra Securities", "head of consumer research at Quandra Securities"
    AffiliationCue(
        re.compile(r"\b[Aa]nalysts?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:at|of|with|from)\s+$"),
        None,
        "Analyst Aro Venn of Quandra Securities said net debt of $2.9 billion was lower than feared.",
        "Quandra Securities",
    ),
    AffiliationCue(
        re.compile(r"\b(?:research|strategist|economist)\s+(?:at|of|with)\s+(?:the\s+)?$", re.IGNORECASE),
        None,
        "Aro Venn, head of consumer research at Quandra Securities, said earnings per share, at about $1.17, "
        "beat her forecast.",
        "Quandra Securities",
    ),
    # "Quandra Securities analyst Aro Venn said": the house written before the analyst
    AffiliationCue(
        re.compile(r"(?:^|[\s,;:(])$"),
        re.compile(r"\s+(?:[a-z][\w-]*\s+)?analysts?\s+[A-Z]"),
        "Quandra Securities analyst Aro Venn noted that net debt fell to $1.2 billion.",
        "Quandra Securities",
    ),
)

_LOOK_BACK = 140  # characters: a relative clause about the person, up to the name


def person_affiliations(text: str, sentence_start: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions of the sentence that only place a person (``AFFILIATION_CUES``)."""
    found = []
    for mention in mentions:
        floor = max(sentence_start, mention.start - _LOOK_BACK)
        window = text[floor : mention.start]
        for cue in AFFILIATION_CUES:
            if cue.before.search(window) and (cue.after is None or cue.after.match(text, mention.end)):
                found.append(mention)
                break
    return found
