"""Organizations with no fiscal calendar of their own (stated or in the data file) count in the
calendar the article states for its main organization: a release's units and subsidiaries report
inside the parent's fiscal year."""

from __future__ import annotations

import re
from datetime import date

from pipelines.extraction import periods as P
from pipelines.extraction.metrics import find_metrics
from pipelines.extraction.model import OrgMention
from pipelines.extraction.quantities import find_quantities

_RELEASE = (
    "Velorix Medical reported results for its fiscal year ended 30 September 2026. "
    "Velorix Medical's revenue rose 5% to DKK 29 billion in fiscal 2026. "
    "Velorix Medical said Quillwound grew revenue 8% to DKK 3 billion in fiscal 2026."
)


def _mentions(text: str, *names: str) -> list[OrgMention]:
    return [
        OrgMention(name.lower(), name, name, m.start(), m.end())
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]


def _labels(text: str, *names: str) -> dict[int, str | None]:
    facts = find_metrics(text, _mentions(text, *names), date(2026, 11, 5), find_quantities(text))
    return {round(f.value): f.period_label for f in facts}


def test_a_unit_counts_in_the_parents_stated_fiscal_year() -> None:
    labels = _labels(_RELEASE, "Velorix Medical", "Quillwound")
    assert labels.get(29_000_000_000) == "FY2026"
    assert labels.get(3_000_000_000) == "FY2026"


def test_a_known_calendar_is_kept() -> None:
    # the data file's calendar of a named company is its own, whatever the article's main one counts in
    assert P.known_fiscal_year_end("microsoft") == 6
    assert P.known_fiscal_year_end("quillwound") is None
    assert P.fiscal_year_end("quillwound") == 12


def test_a_december_parent_lends_no_calendar() -> None:
    text = _RELEASE.replace("30 September 2026", "31 December 2026").replace("fiscal 2026", "2026")
    labels = _labels(text, "Velorix Medical", "Quillwound")
    assert labels.get(3_000_000_000) == "2026"


def test_a_page_of_numbered_stories_lends_no_calendar() -> None:
    # a newsletter's items are about several companies, each counting in its own year
    text = (
        "1. Velorix Medical holds steady\n\n" + _RELEASE + "\n\n2. Quillwound raises $60 million\n\n"
        "Quillwound, a start-up, said its revenue rose to DKK 4 billion in fiscal 2026.\n"
    )
    labels = _labels(text, "Velorix Medical", "Quillwound")
    assert labels.get(29_000_000_000) == "FY2026"
    assert labels.get(4_000_000_000) == "2026"


def test_a_company_reporting_for_itself_keeps_its_own_calendar() -> None:
    # "Quill Group, the Tokyo-listed software company, said ...": another company, not a unit
    text = (
        _RELEASE + " Separately, Quill Group, the Tokyo-listed software company, said its revenue rose "
        "to DKK 4 billion in fiscal 2026."
    )
    labels = _labels(text, "Velorix Medical", "Quill Group")
    assert labels.get(4_000_000_000) == "2026"
