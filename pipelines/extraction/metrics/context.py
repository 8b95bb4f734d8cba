"""What the discourse is about so far: its subject organization and current period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipelines.extraction import periods as P
from pipelines.extraction.model import OrgMention
from pipelines.extraction.syntax import Syntax


@dataclass
class _Context:
    """What the discourse is about so far: its subject organization and current period."""

    subject: OrgMention | None = None
    salience: dict[str, float] = field(default_factory=dict)  # key -> mentions + 2 x times subject
    by_key: dict[str, OrgMention] = field(default_factory=dict)
    period: P.Period | None = None
    # The period an earlier paragraph reported on: one-sentence paragraphs of a wire story go on
    # about the same quarter ("Net income increased to $24.7 billion" after "in the first quarter").
    carried: P.Period | None = None
    carried_key: str | None = None  # ... about the same organization
    # The period the article reports on: the first its prose dates a figure or a paragraph with (the lead's
    # "second quarter", "the year ended March 31"); a paragraph about a part of it ("the fourth quarter
    # alone") does not carry that part into the next one.
    document_period: P.Period | None = None
    last_dated_key: str | None = None  # organization of the last figure given a period
    periods: list[P.Period] = field(default_factory=list)  # the last sentence's periods, in order
    reference_year_end: date | None = None  # latest explicit year in the paragraph
    article_year_end: date | None = None  # the latest year the article has named so far
    resolved: dict[tuple, P.Period] = field(default_factory=dict)  # (sentence, phrase) -> dates
    parents: set[str] = field(default_factory=set)  # first words of non-cloud organizations
    quantity_starts: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    org_ends: set[int] = field(default_factory=set)
    masked: str = ""
    paragraph_subject: OrgMention | None = None  # subject of an earlier sentence in this paragraph
    last_percent_kind: str | None = None  # what the paragraph's last percentage measured
    last_kinds: dict[str, str] = field(default_factory=dict)  # quantity kind -> name, previous sentence
    rupee_article: bool = False  # most money in the article is in rupees
    segment_topic: bool = False  # an earlier sentence of the paragraph introduced a business segment
    # A parent's first word -> the cloud unit of it the article names
    cloud_units: dict[str, OrgMention] = field(default_factory=dict)
    # The dependency parses of the article's sentences (parsed where a figure asks), if the caller has one
    syntax: Syntax | None = None
    # Whose document it is (issuer.py): what a sentence naming no one is about, ahead of salience
    issuer: OrgMention | None = None
    # The organization a story's headline opens with and its lead names first (issuer.py): the topic of a
    # paragraph naming no one, ahead of salience
    story_subject: OrgMention | None = None
