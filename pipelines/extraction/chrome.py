"""Page chrome: bylines, author bios, share bars, e-mail and copyright lines, credit lines, wire
credits in datelines, time zones and ticker notes. Never content: no organization, person or deal
is read inside these spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.extraction.org_cues import CREDIT_LINE, INLINE_CREDIT, TIME_ZONE
from pipelines.letters import LOWER, UPPER, UPPER_CHARS

_CHROME_LINE = re.compile(
    rf"""^\s*(?:by\s+{UPPER}|posted\s|written\s+by|editor\s*:|editing\s+by|reporting\s+by|photo|image\s*:|
    credit\s*:|copyright|©|\(c\)|about\s+the\s+author|share\b|follow\s+us|sign\s+(?:in|up)|log\s+in|
    subscribe|leave\s+a\s+(?:comment|reply)|related\b|most\s+read|trending|tagged|topics\s*:|media\s+contacts)""",
    re.IGNORECASE | re.VERBOSE,
)
_CHROME_ANYWHERE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{3,}|\bthis\s+site\b|\bcookies?\b|privacy\s+policy|terms\s+of\s+"
    r"(?:service|use)|all\s+rights\s+reserved|disclosure\s+policy|\bmin\s+read\b|\d[\d,.]*K?\s+(?:views|shares|"
    r"comments)\b|\bno\s+position\s+in\b",
    re.IGNORECASE,
)
_AUTHOR_BIO = re.compile(
    rf"^\s*{UPPER}[\w'-]+(?:\s+{UPPER}[\w'-]+){{1,2}}\s+(?:is\s+an?\s+|is\s+)?(?:[\w-]+\s+){{0,4}}?"
    r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor)\b"
    rf"|^\s*{UPPER}[\w'-]+(?:\s+{UPPER}[\w'-]+){{1,2}}\s+(?:writes\s+about|covers|has\s+covered)\b",
)


# Credits inside a line: "Reporting by ...", "Interview by Maja Lindqvist.", "(Photo: ...)", a desk's byline
# "By the Lowlands Markets tech desk, Amsterdam." and a newsletter's masthead note "X is published weekly".
_INLINE_CREDIT = re.compile(
    rf"\b(?:(?:Additional\s+)?[Rr]eporting|Editing|Writing|Compiled|Translated|Interview|Interviews|Photos?|"
    rf"Graphics|Text)\s+by\s+{UPPER}[^\n]*"
    r"|\((?:Photo|Image|Reporting)[^)\n]{0,80}\)"
    rf"|\b[Bb]y\s+the\s+(?:{UPPER}[\w&'’-]*\s+){{1,4}}(?:[a-z]+\s+)?(?:desk|team|staff|newsroom|bureau)\b"
    rf"|(?<![\w-]){UPPER}[\w&'’-]*(?:\s+{UPPER}[\w&'’-]*){{0,4}}\s+is\s+published\s+"
    r"(?:daily|weekly|fortnightly|monthly|every)\b[^\n]*"
)
# "SEOUL (Reuters) -": the wire's name in a dateline is a credit, not a source in the story.
# "NEW BRUNSWICK, New Jersey, May 31 (Business Briefs) -": a state or country may follow the city.
_DATELINE_CREDIT = re.compile(
    rf"(?m)^{UPPER}[{UPPER_CHARS} .,'-]{{2,40}}(?:,\s*{UPPER}{LOWER}+\.?(?:\s+{UPPER}{LOWER}+){{0,2}}(?=,))?"
    rf"(?:,\s*{UPPER}{LOWER}{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    rf"\s*(\({UPPER}[\w .&/-]{{1,30}}\))\s*[-–—]"
)


# A shouted section label opening a headline: "ANALYSIS - Lumbria's chipmakers ...", "EXCLUSIVE: ...".
_SECTION_LABEL = re.compile(r"(?m)^[A-Z]{4,}(?:[ ][A-Z]{2,})?(?=\s+[-–—:]\s+)")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Lines of page chrome: bylines, author bios, share bars, e-mail and copyright lines, and
    wire credits at the end of a paragraph ("Reporting by ...; Editing by ...")."""
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _INLINE_CREDIT.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _DATELINE_CREDIT.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in TIME_ZONE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SECTION_LABEL.finditer(text)]
    spans += [(m.start(), m.end()) for m in INLINE_CREDIT.finditer(text)]
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        short = len(line) < 160
        if (
            (short and (_CHROME_LINE.match(line) or CREDIT_LINE.match(line)))
            or line.count("|") >= 2
            or (short and _CHROME_ANYWHERE.search(line))
            or (len(line) < 400 and _CHROME_ANYWHERE.search(line) and _AUTHOR_BIO.match(line))
            or (len(line) < 400 and _AUTHOR_BIO.match(line))
        ):
            spans.append((match.start(), match.end()))
    return spans


# A stock-exchange listing in parentheses, "(NASDAQ: NVDA)", "(NYSE: ORCL; TSX: XYZ)": a ticker
# is a symbol for the organization before it, never an organization of its own.
TICKER = re.compile(
    # exchanges and symbols are written in ASCII
    r"\(\s*(?:[A-Z][A-Za-z]{1,9}(?:[ -][A-Z][A-Za-z]{1,9})?\s*:\s*[A-Z0-9][A-Z0-9.-]{0,9}\s*[;,]?\s*)+\)"
)


def inside_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
