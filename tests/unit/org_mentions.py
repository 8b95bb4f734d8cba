"""Test helper: organization mentions of invented names, as the organizations stage would give them."""

from __future__ import annotations

import re

from pipelines.extraction.model import OrgMention


def mentions_of(text: str, *names: str) -> list[OrgMention]:
    """Every occurrence of each name in the text as a mention keyed by its lower-case name, in text order."""
    found = [
        OrgMention(name.lower(), name, name, m.start(), m.end())
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    return sorted(found, key=lambda m: m.start)
