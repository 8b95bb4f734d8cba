"""A person's affiliation read as one organization's name: "Mara Velin of Quarva Securities asked ...",
"Analyst Tomas Ruel of Lumbra Capital said ...". The name patterns let "of" join capitalised words, so the
person and the firm come back as one candidate; the firm alone is the organization. Pure functions over
the text; the entities package applies them before overlaps are resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import Candidate, NerSpan
from pipelines.extraction.entities.vocabulary import GENERIC_WORDS, HEADS, SEAM_WORDS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.letters import LOWER, UPPER

# A person's name: two to four capitalised words, each a name's shape (no digits, no capitals inside),
# optionally after a title or a role written before it ("Analyst", "Dr.").
_PERSON_NAME = re.compile(
    rf"(?:(?:Analyst|Economist|Strategist|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)[ ]+)?"
    rf"(?P<name>{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?(?:[ ]+{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?){{1,3}})"
)
_OF = re.compile(r"[ ]+of[ ]+")
# The firm after "of" is a name on its own: it closes with an organization's head word.
_FIRM = re.compile(rf".*\b(?:{HEADS}|Markets)\.?")
_NOT_NAME_WORDS = re.compile(rf"\b(?:{HEADS})\b")

# Made-up examples: (text, the firm the candidate is cut to).
AFFILIATION_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Mara Velin of Quarva Securities asked about margins.", "Quarva Securities"),
    ("Analyst Tomas Ruel of Lumbra Capital said the quarter was weak.", "Lumbra Capital"),
    ("Ines Dara Kolm of Velor Investment Bank kept her target.", "Velor Investment Bank"),
)
# Names that hold "of" and are one organization: left alone.
NOT_AFFILIATION_EXAMPLES: tuple[str, ...] = (
    "Commonwealth Bank of Quarva raised its dividend.",
    "The Federal Reserve Bank of Lumbra Capital said so.",
    "London School of Velor Economics grew.",
)


def _person_before_of(left: str, gaz: Gazetteer) -> bool:
    match = _PERSON_NAME.fullmatch(left)
    if match is None or gaz.lookup(left) is not None:
        return False
    words = match.group("name").split()
    return not _NOT_NAME_WORDS.search(left) and not any(w in SEAM_WORDS or w in GENERIC_WORDS for w in words)


def cut_person_affiliations(
    text: str, candidates: Sequence[Candidate], ner_spans: Sequence[NerSpan], gaz: Gazetteer
) -> list[Candidate]:
    """Each "<person> of <firm>" candidate cut to the firm; the model's PERSON span over the left part
    settles it where the name's shape alone might not."""
    people = {(start, end) for start, end, label in ner_spans if label == "PERSON"}
    result: list[Candidate] = []
    for candidate in candidates:
        surface = text[candidate.start : candidate.end]
        seam = _OF.search(surface)
        if seam is not None:
            left, right = surface[: seam.start()], surface[seam.end() :]
            modeled = (candidate.start, candidate.start + seam.start()) in people
            person = modeled or _person_before_of(left, gaz)
            if person and _FIRM.fullmatch(right) and gaz.lookup(surface) is None:
                result.append(Candidate(candidate.start + seam.end(), candidate.end, candidate.source))
                continue
        result.append(candidate)
    return result
