"""People with their titles and organizations.

Names come from NER PERSON spans and from title patterns ("Chief Executive Officer Yulin
Wang"), titles and organizations from the phrasing around a name:
"Liu Qing, chairman of the Bank of Gansu", "Tencent CEO Pony Ma", "Robin Li, Baidu's
chairman and chief executive officer", "Richard Yu, chief executive of Huawei's consumer
business". A later surname-only mention ("Ma said") is the same person. Authors, reporters
and photo credits are page chrome, not people in the story.

Where a rule goes: a way of stating a title is a line in ``TITLE_CUES`` (a reader with its example,
tested on it in tests/unit/test_title_cues.py); a way of crediting a writer is a line in
``CREDIT_CUES``; a form that finds a name the model missed is a row of ``_TITLED_NAME_PATTERNS`` (its
pattern, whether its names are trusted, the words every match holds, and an example tested in
tests/unit/test_titled_name_prefilter.py).
The dependency parse (titles.py) reads what no cue reads, and decides where a cue read only a past
role or stopped before a capitalised scope.

The package, one module per concern: title_words and name_words (the word patterns), name_spans and
titled_names (which runs of words are people), credits (writers credited as page chrome), around,
cues_after_name, cues_before_name, cues_in_clauses and title_cues (the title cues), holders (the titles
a person keeps), find (``find_people``). This module exports what other modules have imported from
``people`` since it was one file.
"""

from __future__ import annotations

from pipelines.extraction.people.around import _Around, _nearest_org, _OrgLookup
from pipelines.extraction.people.credits import _NAME_FIRST_CREDIT, CREDIT_CUES, credited_names
from pipelines.extraction.people.find import find_people, organizations_named_like_people
from pipelines.extraction.people.holders import _SCOPE_AFTER_TITLE
from pipelines.extraction.people.title_cues import TITLE_CUES
from pipelines.extraction.people.title_words import _FORMS, _HONORIFIC, TITLE, TITLE_SCOPED
from pipelines.extraction.people.titled_names import _TITLED_NAME_PATTERNS, _title_windows, _windows_holding

__all__ = [
    "CREDIT_CUES",
    "TITLE",
    "TITLE_CUES",
    "TITLE_SCOPED",
    "_Around",
    "_FORMS",
    "_HONORIFIC",
    "_NAME_FIRST_CREDIT",
    "_OrgLookup",
    "_SCOPE_AFTER_TITLE",
    "_TITLED_NAME_PATTERNS",
    "_nearest_org",
    "_title_windows",
    "_windows_holding",
    "credited_names",
    "find_people",
    "organizations_named_like_people",
]
