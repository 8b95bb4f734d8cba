"""Organizations a figure's sentence names after it as the object of a deal or a comparison: never its owner.

"Net income fell to $113 million, weighed down by costs of the acquisition of Quill": Quill is what the
costs were for, not whose income fell; "revenue rose 12%, ahead of Quill" compares with Quill. Written after
the figure, such a name is a cause or a benchmark, as "boosted by sales from Quill" is (owners.py), and the
figure stays with the discourse's company.

Each cue is a table row with its made-up example (the object is "Quill");
tests/unit/test_metric_deal_objects.py reads every example.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.extraction.model import OrgMention


class ObjectCue(NamedTuple):
    pattern: re.Pattern[str]  # searched in the words right before the name, anchored at their end
    example: str


DEAL_OBJECT_CUES: tuple[ObjectCue, ...] = (
    # the object of a purchase written as a noun
    ObjectCue(
        re.compile(
            r"\b(?:acquisition|purchase|takeover|buyout|integration|consolidation|disposal|sale)\s+of\s+"
            r"(?:the\s+|its\s+)?$",
            re.I,
        ),
        "Net income fell to $113 million, weighed down by costs of the acquisition of Quill.",
    ),
    # a holding in the organization
    ObjectCue(
        re.compile(r"\b(?:stake|holding|interest|investment)\s+in\s+(?:the\s+)?$", re.I),
        "Profit rose 5% to $90 million, helped by a gain on its stake in Quill.",
    ),
    # a comparison with the organization
    ObjectCue(
        re.compile(r"\b(?:ahead\s+of|behind|outpacing|outperforming)\s+(?:rival\s+|peer\s+|the\s+)?$", re.I),
        "Revenue rose 12% to $4 billion, ahead of Quill.",
    ),
)

_WINDOW = 60  # characters before the name that the cues read


def deal_or_comparison_object(text: str, mention: OrgMention) -> bool:
    """Whether ``mention`` is written as a deal's or a comparison's object (``DEAL_OBJECT_CUES``)."""
    start = max(0, mention.start - _WINDOW)
    return any(cue.pattern.search(text, start, mention.start) for cue in DEAL_OBJECT_CUES)
