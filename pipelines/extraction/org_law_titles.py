"""A regulator's name inside the title of its rules ("Regulation 30 of the Quarva (Listing Obligations)
Regulations", "under the Velor Rules"): the title names a law, not the body acting in the story. Such a
mention proposes no organization; the regulator is still found where the article names it elsewhere.
Pure functions over the text; the entities package applies them before overlaps are resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate

# After the name: an optional parenthesised short title, then the word that makes the whole a law's title.
LAW_TITLE_AFTER = re.compile(r"[ ]*(?:\([^()\n]{1,80}\)[ ]*)?(?:Regulations|Rules|Act|Ordinance|Decree)\b")

# Made-up examples: (text, the name that proposes no organization there).
LAW_TITLE_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Pursuant to Regulation 33 of the QSEB (Listing Obligations) Regulations, Velor Bank reported.", "QSEB"),
    ("Under the QSEB (LODR) Regulations, 2015, Velor Bank filed its results.", "QSEB"),
    ("Velor Bank complies with the Quarva Banking Rules.", "Quarva Banking"),
)


def outside_law_titles(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without those that open a law's title."""
    return [c for c in candidates if LAW_TITLE_AFTER.match(text, c.end) is None]
