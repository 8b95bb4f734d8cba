"""What a common-noun descriptor ("the bank", "the lender", "the retailer") stands for: an organization
of its own paragraph.

A recognizer resolves descriptors by recency across the whole text, so in a story about a deal "the
bank" in a paragraph about the target goes to the buyer the text named last ("X buys Quill. ... Quill
earned $4 billion in 2025, and the bank runs 30 offices"). A paragraph is a unit of
discourse: a descriptor in it stands for an organization the paragraph has named as a subject before
it, when the recognizer's pick is one the paragraph does not name at all: the organization the paragraph
opens with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.metrics.article_calendar import main_organization
from pipelines.extraction.model import OrgMention

# "the bank", "the Seoul-based lender", "its parent": a determiner and lower-case words
_COMMON_NOUN_DESCRIPTOR = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
# Words for an authority, never a company of the story ("the central bank cut rates")
_AUTHORITY = re.compile(
    r"\b(?:central\s+bank|regulator|government|ministry|authority|watchdog|court|exchange|state|parliament)$",
    re.IGNORECASE,
)
PARAGRAPH_DESCRIPTOR_EXAMPLE = (
    "Velorix agreed to buy Quill Bank.\n\n"
    "Quill Bank earned net profit of $4 billion in 2025, and the bank runs 30 offices."
)


def descriptors_in_paragraph(
    text: str, mentions: list[OrgMention], investors: set[int] = frozenset()
) -> list[OrgMention]:
    """Each descriptor resolved to an organization its paragraph does not name, resolved to the one the
    paragraph opens with (its topic), unless the recognizer's pick is the article's main organization
    (what the story is about stands for the descriptor wherever it is)."""
    main = main_organization([m for m in mentions if m.text[:1].isupper()])
    out: list[OrgMention] = []
    for mention in mentions:
        if not _COMMON_NOUN_DESCRIPTOR.fullmatch(mention.text) or (main and mention.key == main.key):
            out.append(mention)
            continue
        start = _paragraph_start(text, mention.start)
        end = _paragraph_end(text, mention.end)
        named = [m for m in mentions if start <= m.start < end and m.text[:1].isupper()]
        topic = named[0] if named and _OPENS_PARAGRAPH.fullmatch(text, start, named[0].start) else None
        if (
            topic is not None
            and topic.start < mention.start
            and topic.start not in investors
            and mention.key not in {m.key for m in named}
            and not _AUTHORITY.search(mention.text)
        ):
            mention = replace(mention, key=topic.key, name=topic.name)
        out.append(mention)
    return out


# What a paragraph may write before the organization it opens with: a bullet, "The", an adjective or two
_OPENS_PARAGRAPH = re.compile(r"\W*(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?")


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
