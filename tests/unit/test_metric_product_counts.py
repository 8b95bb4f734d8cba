"""Users or customers counted for one possessed product, service or programme ("its Zenbox app had 1.3
million users") are a product line's figure, `other` by the GOLD_SCHEMA Conventions
(cues.PRODUCT_COUNT_BEFORE); the company's own base, and a product named after a preposition ("6,300
carriers on its platform"), keep the count's name."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", C.PRODUCT_COUNT_EXAMPLES)
def test_a_count_for_a_possessed_product_is_other(text: str) -> None:
    facts = _facts(text)
    assert facts and {f.metric_name for f in facts} == {"other"}


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Velorix said it had 5.3 million customers at the end of the period.", 5.3e6, "customers"),
        ("Velorix's customer base grew to 12 million customers at the end of 2024.", 12e6, "customers"),
        ("Velorix said its platform serves more than 640,000 customers.", 640000.0, "customers"),
        ("Velorix has about 6,300 carriers on its platform and 410 shipper customers.", 410.0, "customers"),
        ("Velorix has 6,300 carriers on Velorix's platform and 410 shipper customers.", 410.0, "customers"),
    ],
)
def test_the_companys_own_count_keeps_its_name(text: str, value: float, name: str) -> None:
    assert {f.value: f.metric_name for f in _facts(text)}[value] == name
