"""One test helper for the metric recall tests: the facts and rows an article about "Velorix" gives."""

from __future__ import annotations

import re

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def velorix_facts(text: str) -> list[MetricFact]:
    """The metrics of `text` with every "Velorix" a mention of the one organization."""
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


def velorix_rows(text: str) -> set[tuple[str, float, str]]:
    """(name, value, unit) of each metric of `text`."""
    return {(f.metric_name, round(f.value, 6), f.unit) for f in velorix_facts(text)}
