"""The organization ranker's inputs as the pipeline hands them over: the seam its trainer reads.

The ranker (``entities/ranker.py``) is the last step of ``find_organizations``. The pipeline calls that
with the page chrome, the sentences, the gazetteer, the parse's reporting subjects and the unit rows of
what it reads of an article (``model_input.read_text``), and afterwards withdraws the names it reads as
people. A trainer that called ``find_organizations(text, spans)`` on the whole article learned from
another candidate list than the one it judges (docs/ranker.md, round 18). ``ranker_view`` runs the
pipeline's own calls (``extract.organization_inputs``, ``pipeline_organizations``,
``people_and_impostors``) with the ranker switched off and returns the candidates, their features and
what the pipeline withdraws anyway, so the trainer and ``extract`` cannot drift apart again.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.extraction.entities.ranker import ranker_in_use
from pipelines.extraction.entities.ranker_features import feature_rows
from pipelines.extraction.extract import organization_inputs, people_and_impostors, pipeline_organizations
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.model import OrganizationFact
from pipelines.extraction.model_input import read_text


@dataclass(frozen=True)
class RankerView:
    """The organizations the ranker judges in one article, and what it knows of each.

    ``candidates`` are the rules' organizations at the point the ranker runs; ``rows`` their features
    (one row each, as ``OrgRanker.rank`` computes them); ``withdrawn_as_people`` the keys the pipeline's
    person step withdraws whatever the ranker says (read with the rules' organizations); ``judged`` is
    False where the ranker abstains (no model span at all), so the rules decide alone."""

    candidates: list[OrganizationFact]
    rows: list[list[float]]
    withdrawn_as_people: frozenset[str]
    judged: bool


def ranker_view(
    text: str, entities: list[tuple[int, int, str]], gazetteer: Gazetteer | None = None
) -> RankerView:
    """What the ranker sees of the article ``text`` (with its model spans ``entities``) in ``extract``."""
    reading = read_text(text)
    read, spans = (text, entities) if reading.whole else (reading.text, reading.spans_to_read(entities))
    inputs = organization_inputs(read, spans, gazetteer)
    with ranker_in_use(None):
        organizations = pipeline_organizations(read, spans, inputs)
        _people, impostors = people_and_impostors(read, spans, organizations, inputs)
    candidates = organizations.organizations
    judged = bool(spans) and bool(candidates)
    rows = feature_rows(read, candidates, spans, inputs.gazetteer) if judged else []
    return RankerView(candidates, [list(r) for r in rows], frozenset(impostors), judged)
