"""A scaled count's bare bracket is last year's count in the same scale ("3.4 million (3.3)")."""

from __future__ import annotations

import pytest

from tests.unit.metric_rows import velorix_rows


@pytest.mark.parametrize(
    "text",
    [
        "Number of active customers at Velorix in the last twelve months was 3.4 million (3.3).",
        "Velorix reported results.\n\nActive customers: 3.4 million (3.3)\n",
    ],
)
def test_a_scaled_counts_bare_bracket_is_in_its_scale(text: str) -> None:
    assert ("customers", 3.3e6, "count") in velorix_rows(text)
