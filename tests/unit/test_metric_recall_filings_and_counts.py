"""Figures that were never read: a filing's defined term after a name whose legal form ends with a full
stop ("Velorix Brands, S.A. ("Velorix" or the "Company")") names the issuer, who owns the sentences
naming no one below a numbered section heading; counts of shares bought back, of units exported or sold
(a volume noun, its change, "to N units") and of subscribers that fell."""

from __future__ import annotations

import pytest

from pipelines.extraction.metrics import issuer as I
from tests.unit.metric_rows import owners_of, written_mentions

# --- the defined term after an abbreviated legal form ------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        'Velorix Brands, S.A. ("Velorix" or the "Company") hereby informs of the following:',
        'Velorix Holdings Inc. (the "Company") announces its results.',
        'Velorix Co., Ltd. ("the Group") reports its results.',
    ],
)
def test_a_defined_term_after_a_legal_forms_full_stop_names_the_issuer(opening: str) -> None:
    # the recognizer's mention stops before the abbreviation's full stop ("S.A", "Inc", "Ltd")
    name = opening.split(" (")[0].rstrip(".")
    text = "Rules of the Quill Authority apply. " + opening
    found = I.document_issuer(text, written_mentions(text, {"Quill Authority": "quill", name: "velorix"}))
    assert found is not None and found.key == "velorix"


def test_sentences_below_a_numbered_section_heading_are_the_issuers() -> None:
    text = (
        'Under the rules of the Quill Authority, Velorix Brands, S.A. ("Velorix" or the "Company") '
        "informs of the following:\n\n1. Trading update for the first nine months of 2025\n\n"
        "Net revenue for the nine months amounted to 3,654 million euros.\n"
    )
    owners = owners_of(text, {"Quill Authority": "quill", "Velorix Brands, S.A": "velorix"})
    assert owners.get(3_654e6) == "velorix"
