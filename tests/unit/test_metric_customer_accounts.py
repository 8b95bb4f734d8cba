"""Accounts held by customers ("customer accounts", "client accounts") count customers, in prose and on a
label line; bare accounts stay users."""

from __future__ import annotations

import re

import pytest

from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.metrics.lines import CUSTOMER_ACCOUNTS_LABEL_EXAMPLE
from pipelines.extraction.metrics.vocabulary import CUSTOMER_ACCOUNTS_EXAMPLE
from pipelines.extraction.model import MetricFact, OrgMention
from pipelines.extraction.quantities import find_quantities


def _facts(text: str) -> list[MetricFact]:
    mentions = [
        OrgMention("velorix", "Velorix", "Velorix", m.start(), m.end()) for m in re.finditer("Velorix", text)
    ]
    return find_metrics(text, mentions, None, find_quantities(text))


@pytest.mark.parametrize("text", [CUSTOMER_ACCOUNTS_EXAMPLE, CUSTOMER_ACCOUNTS_LABEL_EXAMPLE])
def test_customer_accounts_are_customers(text: str) -> None:
    counts = {f.metric_name for f in _facts(text) if f.unit == "count"}
    assert counts == {"customers"}


def test_bare_accounts_stay_users() -> None:
    text = "Velorix had 780,000 accounts at the end of 2025."
    assert {f.metric_name for f in _facts(text)} == {"users"}
