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
# A description opening a paragraph may carry a place or an acronym: "The Lisbon-based IT services
# group", "The Seoul-listed lender"
_OPENING_DESCRIPTOR = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:(?:[a-z][\w-]*|[A-Z][\w]*-(?:based|listed|headquartered)|[A-Z]{2,4})\s+){0,4}"
    r"[a-z][\w-]*"
)
# The descriptors a block naming no organization writes for the story's main organization, each with
# its example (after a paragraph about the deal's other party, named last)
MAIN_DESCRIPTOR_EXAMPLES = (
    "The company also reported results.",
    "The Lisbon-based IT services group also reported results.",
    "Its parent also reported results.",
)
PARAGRAPH_DESCRIPTOR_EXAMPLE = (
    "Velorix agreed to buy Quill Bank.\n\n"
    "Quill Bank earned net profit of $4 billion in 2025, and the bank runs 30 offices."
)


def descriptors_in_paragraph(
    text: str, mentions: list[OrgMention], investors: set[int] = frozenset(), lead: OrgMention | None = None
) -> list[OrgMention]:
    """Each descriptor resolved to an organization its paragraph does not name, resolved to the one the
    paragraph opens with (its topic), unless the recognizer's pick is the article's main organization
    (what the story is about stands for the descriptor wherever it is). ``lead``: the organization the
    story's headline opens with and its lead paragraph names first, what a block naming no one is about
    (else the most mentioned)."""
    main = main_organization([m for m in mentions if m.text[:1].isupper()])
    # What a block naming no one is about: the story's subject (headline and lead), else the most mentioned
    # (a chain the article names often is not the story: "Quill Stores" in a story on Velorix)
    story = lead or main
    headline = _headline_organization(text, mentions)
    out: list[OrgMention] = []
    for mention in mentions:
        if (
            story is not None
            and mention.key not in (story.key, headline)
            and _OPENING_DESCRIPTOR.fullmatch(mention.text)
            and _stands_for_main(text, mention, mentions, story, investors)
        ):
            out.append(replace(mention, key=story.key, name=story.name))
            continue
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


def _stands_for_main(
    text: str, mention: OrgMention, mentions: list[OrgMention], main: OrgMention, investors: set[int]
) -> bool:
    """A descriptor in a block of text that names no organization at all ("The company ended 2025 with
    revenue of ..." after a paragraph about the deal's investors): the story's main organization, not the
    organization the text named last, which the recognizer picks by recency. A block runs between blank
    lines or list bullets (hard-wrapped lines are one block); a name's first word written in it ("Quill's
    staff" of "Quill Bank") names that organization too."""
    start, end = _block_start(text, mention.start), _block_end(text, mention.end)
    inside = [m for m in mentions if start <= m.start < end and not _OPENING_DESCRIPTOR.fullmatch(m.text)]
    first_words = {m.name.split()[0] for m in mentions if m.name[:1].isupper() and len(m.name.split()[0]) > 2}
    written = set(re.findall(r"[A-Z][\w-]*", text[start:end])) - {"The", "Its"}
    return (
        not inside
        and not first_words & written
        and main.start < mention.start
        and main.start not in investors
        and not _AUTHORITY.search(mention.text)
    )


def _headline_organization(text: str, mentions: list[OrgMention]) -> str | None:
    """The key of the organization the article's first line opens with: a descriptor the recognizer gave
    it keeps it ("Velorix profit jumps as Quill owner ...": the most mentioned may be the brand)."""
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    return next((m.key for m in mentions if m.start < first_line_end and m.text[:1].isupper()), None)


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*[-*•·]")


def _block_start(text: str, position: int) -> int:
    breaks = [m.end() for m in _BLOCK_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


def _block_end(text: str, position: int) -> int:
    found = _BLOCK_BREAK.search(text, position)
    return found.start() if found else len(text)


# What a paragraph may write before the organization it opens with: a bullet, "The", an adjective or two
_OPENS_PARAGRAPH = re.compile(r"\W*(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?")


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
