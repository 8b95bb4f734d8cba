"""Plain data records produced by the extraction library.

Every record that points into an article carries offsets into the article's
*clean text* (the text produced by ingestion), so evidence can always be
checked with ``clean_text[start:end] == text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Bump when extraction output may change: the pipeline re-extracts every article
# whose facts were produced by another version.
EXTRACTOR_VERSION = "38"

ORGANIZATION_KINDS = ("company", "bank", "government", "university", "media", "park", "other")
DEAL_TYPES = (
    "partnership", "mou", "joint_venture", "investment", "acquisition", "contract", "funding", "other",
)
METRIC_NAMES = (
    "cloud_revenue", "revenue", "cloud_revenue_growth", "revenue_growth", "profit",
    "cost_per_account", "market_share", "users", "customers", "other",
)
NON_CURRENCY_UNITS = ("percent", "count")


@dataclass(frozen=True)
class Evidence:
    """A span of the article's clean text: ``clean_text[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class OrgMention:
    """One surface mention of an organization, already resolved to its key."""

    key: str          # cross-article key, see entities.organization_key()
    name: str         # canonical display name within this article
    text: str         # surface text as written
    start: int
    end: int


@dataclass
class OrganizationFact:
    key: str                      # cross-article key ("tencent" for "Tencent Holdings Ltd")
    name: str                     # canonical display name in this article
    kind: str                     # one of ORGANIZATION_KINDS
    aliases: list[str] = field(default_factory=list)
    parent_key: str | None = None
    parent_name: str | None = None
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class PersonFact:
    name: str
    title: str | None
    organization_key: str | None
    organization_name: str | None
    mentions: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class DealParticipant:
    organization_key: str
    organization_name: str
    role: str  # investor, investee, acquirer, target, partner, signatory


@dataclass
class DealFact:
    deal_type: str                # one of DEAL_TYPES
    participants: list[DealParticipant]
    announced: date | None
    amount: float | None          # base units
    currency: str | None          # ISO 4217
    summary: str
    evidence: Evidence


@dataclass
class MetricFact:
    organization_key: str
    organization_name: str
    metric_name: str              # one of METRIC_NAMES
    value: float                  # base units (RMB 9.1 billion -> 9.1e9); percent as 90.0
    unit: str                     # ISO 4217 code, 'percent' or 'count'
    period_label: str | None      # '2018', 'FY2018', 'Q3 2018', 'FY2019 Q2', 'H1 2019' or None
    fiscal_year: int | None
    fiscal_quarter: int | None
    period_start: date | None
    period_end: date | None
    evidence: Evidence


@dataclass(frozen=True)
class Quantity:
    """Every number found in the text, before it is tied to anything."""

    kind: str                     # money, percent, count
    value: float                  # base units
    unit: str                     # ISO 4217 code, 'percent' or 'count'
    scale: str | None             # billion, million, crore ... as written
    text: str
    start: int
    end: int


@dataclass
class ArticleFacts:
    organizations: list[OrganizationFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    deals: list[DealFact] = field(default_factory=list)
    metrics: list[MetricFact] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    # Time the rule stages took on this article (the run reports its slowest article); not a fact.
    rules_seconds: float = field(default=0.0, compare=False)
    # Characters of the article the extractor did not read (lists, tables, runs, text past its cap:
    # model_input.py); facts come from the rest. Not a fact either.
    unread_chars: int = field(default=0, compare=False)
