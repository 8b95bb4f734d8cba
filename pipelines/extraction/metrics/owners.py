"""Which organization owns a figure: named units, possessives, "revenue at X", clause subjects,
relative clauses and the discourse topic."""

from __future__ import annotations

import bisect
import itertools
import re

from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.clauses import _Clause, preposition_object
from pipelines.extraction.metrics.context import _Context
from pipelines.extraction.metrics.deal_objects import deal_or_comparison_object
from pipelines.extraction.metrics.vocabulary import _ASIDE, _DESCRIPTOR, _RELATIVE
from pipelines.extraction.model import OrgMention
from pipelines.extraction.sentences import Sentence

# ---------------------------------------------------------------------------------------------
# Attribution


def _descriptors(text: str, sentence: Sentence, s_mentions: list[OrgMention]) -> list[tuple[int, int]]:
    spans = []
    # Mentions are sorted by start: whether one covers a position is a bisection, not a scan per match.
    starts = [m.start for m in s_mentions]
    max_ends = list(itertools.accumulate((m.end for m in s_mentions), max))
    for match in _DESCRIPTOR.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        covering = bisect.bisect_right(starts, start)
        if covering and max_ends[covering - 1] > start:
            continue
        if match.group().lower() == "it" and re.match(
            r"\s+(?:is|was)\s+(?:a|an|the|not|still|also|likely|hard|"
            r"easy|clear|time|possible)\b",
            text[end : end + 20],
        ):
            continue
        spans.append((start, end))
    return spans


def _resolve_descriptor(
    position: int, s_mentions: list[OrgMention], context: _Context, text: str = "", clause_start: int = -1
) -> OrgMention | None:
    """'it', 'the company': the subject earlier in the sentence, else the discourse topic.

    Organizations inside a relative clause or apposition ("X, which is backed by Y, said its ...")
    are skipped: the pronoun goes back to X.
    """
    before = [m for m in s_mentions if m.end <= position]
    if text:
        # "... and research firm Canalys put its share at 14%": "its" is not the source's own.
        before = [m for m in before if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
        # "In a filing with X, the group said": a preposition's object is not what "the group" stands for.
        before = [m for m in before if not preposition_object(text, m, _line_start(text, m), of=False)]
    if not before:
        return context.paragraph_subject or _topic(context)
    in_clause = [m for m in before if m.start >= clause_start]
    if in_clause:
        return in_clause[-1]
    if text:
        outside = [m for m in before if not _inside_aside(text, m, before)]
        if outside:
            return outside[-1]
    return before[-1]


def _inside_aside(text: str, mention: OrgMention, before: list[OrgMention]) -> bool:
    """True for Y in "X, which is backed by Y," or "X, a unit of Y," (an aside about X)."""
    earlier = [m for m in before if m.end <= mention.start]
    if not earlier:
        return False
    return bool(_ASIDE.fullmatch(text, earlier[-1].end, mention.start))


def _topic(context: _Context) -> OrgMention | None:
    """The document's issuer; else the most salient organization so far (mentions, subjects counted
    double); the last subject on ties."""
    if context.issuer is not None:
        return context.issuer
    if context.story_subject is not None:
        return context.story_subject
    if not context.salience:
        return context.subject
    best = max(context.salience.values())
    if context.subject is not None and context.salience.get(context.subject.key) == best:
        return context.subject
    key = max(context.salience, key=lambda k: context.salience[k])
    return context.by_key.get(key, context.subject)


def _sentence_subject(
    s_mentions: list[OrgMention],
    descriptors: list[tuple[int, int]],
    context: _Context,
    text: str = "",
) -> OrgMention | None:
    """The sentence's first organization or descriptor; a name governed by a preposition ("In a filing
    with X, the group said ...", "after trading on X") only when nothing else is named."""
    first_org = _first_not_governed(text, s_mentions, descriptors)
    first_descriptor = descriptors[0] if descriptors else None
    if first_descriptor and (first_org is None or first_descriptor[0] < first_org.start):
        return context.paragraph_subject or _topic(context) or first_org
    if first_org is not None and context.issuer is not None and _all_governed(text, s_mentions):
        # "Sales rose 15%, including $128 million contributed by Y": in the issuer's own release, a
        # sentence naming others only as prepositions' objects is still about the issuer.
        return context.issuer
    return first_org


def discourse_subject(text: str, subject: OrgMention | None, context: _Context) -> OrgMention | None:
    """The sentence's subject as the one the next sentences are about: none when it is a name written
    only as a preposition's object ("The stake was sold to Y in 2024.") and the paragraph already has a
    subject; the paragraph goes on about its own ("In the third quarter, revenue was ...")."""
    if subject is None or context.paragraph_subject is None or not subject.text[:1].isupper():
        return subject
    if preposition_object(text, subject, _line_start(text, subject), of=False):
        return None
    return subject


DISCOURSE_SUBJECT_EXAMPLE = (
    "Velorix runs three ports. A fourth was sold to Quill Group in 2024. In the third quarter, revenue "
    "was $136 million."
)


def _all_governed(text: str, mentions: list[OrgMention]) -> bool:
    return bool(text) and all(preposition_object(text, m, _line_start(text, m)) for m in mentions)


def _hint_owner(
    text: str, sentence: Sentence, s_mentions: list[OrgMention], subject: OrgMention
) -> OrgMention:
    hint_at = re.search(r"\b(?:fiscal|financial)\s+year", sentence.text, re.I)
    if hint_at:
        position = sentence.start + hint_at.start()
        before = [m for m in s_mentions if m.end <= position]
        if before and re.match(r"[’']s\b", text[before[-1].end : before[-1].end + 2]):
            return before[-1]
    return subject


_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|data\s+from|figures\s+from|estimates?\s+(?:from|by)|research\s+(?:firm|house)|"
    r"consultancy|analysts?\s+at|tracker)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HAD_SHARE = re.compile(
    r"\b(?:had|has|held|holds|took|takes|with|at|was\s+at)\s+(?:a\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_NUMBER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?")
_LISTED_AT = re.compile(r"\s+(?:at|with|on)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?")


def _is_descriptor(mention: OrgMention) -> bool:
    return not mention.text[:1].isupper() or mention.text.lower().startswith(("the ", "it"))


def _named_apposition(text: str, mention: OrgMention, s_mentions: list[OrgMention]) -> OrgMention:
    """'the unit, Alibaba Cloud,': the name in apposition beats any resolution of the descriptor."""
    if not _is_descriptor(mention):
        return mention
    for other in s_mentions:
        if other.start >= mention.end and re.fullmatch(r",\s*", text[mention.end : other.start]):
            return other
    return mention


# "Alibaba's cloud sales", "Azure revenue": a name right before a metric noun owns the figure.
_DIGIT = re.compile(r"\d")
_METRIC_NOUN_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:revenues?|sales|share|profits?|"
    r"income|loss|business|arm|unit|division|segment|customers|users|margin)\b",
    re.I,
)


def _metric_possessor(text: str, in_clause: list[OrgMention]) -> OrgMention | None:
    """The last name of the clause written right before a metric noun (possessive or as a modifier)."""
    for mention in reversed(in_clause):
        if _METRIC_NOUN_AFTER.match(text, mention.end) and (
            text[mention.end : mention.end + 2] in ("'s", "’s") or text[mention.end : mention.end + 1] == " "
        ):
            return mention
    return None


def _attribute(
    text: str,
    clause: _Clause,
    position: int,
    s_mentions: list[OrgMention],
    descriptors: list[tuple[int, int]],
    subject: OrgMention | None,
    context: _Context,
) -> OrgMention | None:
    sources = [m for m in s_mentions if _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    # "data from the Payments Council (PC)": the acronym of a source is the source too
    sources += [
        m
        for m in s_mentions
        if any(x.end < m.start and re.fullmatch(r"\s*\(", text[x.end : m.start]) for x in sources)
    ]
    in_clause = [m for m in s_mentions if clause.start <= m.start and m.end <= position and m not in sources]
    # "Walmart-owned X": the owner qualifies the name, it is not the clause's subject
    in_clause = [m for m in in_clause if not _OWNER_MODIFIER.match(text, m.end)]
    named_unit = _named_unit(text, in_clause)
    if named_unit is not None:
        return named_unit
    window = text[clause.start : position]
    if in_clause and _LISTED_AT.fullmatch(text, in_clause[-1].end, position):
        return in_clause[-1]  # "followed by Microsoft at 16%"
    if in_clause and _bare_listed(text, position, in_clause[-1:]):
        return in_clause[-1]  # "..., B 36.4% and C 12.8%"
    if in_clause and _POSSESSIVE_NUMBER.fullmatch(text, in_clause[-1].end, position):
        return in_clause[-1]  # "behind Alibaba Cloud's 40%"
    # 1. "Alibaba's cloud sales", "Azure revenue", "its share", "revenue at the unit, Alibaba Cloud".
    possessor = _metric_possessor(text, in_clause)
    if possessor is not None:
        return _unit_named_elsewhere(text, possessor, context)
    at_match = re.search(
        r"\b(?:revenues?|sales|profits?|costs?|income)\s+(?:at|of|for|from)\s+", window, re.I
    )
    if at_match:
        after = clause.start + at_match.end()
        # "revenue at the unit, X", not "revenue of $5 billion grew 16%, and X ...": no figure between
        near = [m for m in s_mentions if after <= m.start <= after + 25]
        following = [m for m in near if not _DIGIT.search(text, after, m.start)]
        if following:
            return _named_apposition(text, following[0], s_mentions)
    clause_descriptors = [d for d in descriptors if clause.start <= d[0] < position]
    # 2. "X, a veteran of the industry that earned ...": the relative clause is about X.
    for mention in reversed(in_clause):
        if _RELATIVE.match(text[mention.end : position]):
            return mention
    # 3. The clause's subject: its first organization or descriptor (a preposition's object only when
    # nothing else is named: "In a filing with X on Thursday, the group said revenue rose").
    first_org = _first_not_governed(text, in_clause, clause_descriptors)
    first_desc = clause_descriptors[0] if clause_descriptors else None
    if first_desc and (first_org is None or first_desc[0] < first_org.start):
        resolved = _resolve_descriptor(first_desc[0], s_mentions, context, text, clause.start)
        if resolved is not None:
            return resolved
    if first_org is not None:
        return _named_apposition(text, first_org, s_mentions)
    # 3. Comparison and trailing clauses inherit from earlier in the sentence, then the discourse.
    before = [m for m in s_mentions if m.end <= position]
    if before:
        # "In a filing with X, the group said revenue rose": no preposition's object inherits the figure
        free = [m for m in before if not preposition_object(text, m, _line_start(text, m), of=False)]
        if subject is not None and (subject in before or not free):
            return subject
        return (free or before)[0]
    if subject is None and _PLURAL_SUBJECT.match(text, clause.start):
        return None  # "Vendors sold servers worth $11 billion": the whole market, no one company
    # No organization in the sentence: the paragraph (or list) is still about its own subject.
    return (
        _subject_owning_earlier(text, clause, position, subject)
        or context.paragraph_subject
        or _topic(context)
    )


def _subject_owning_earlier(
    text: str, clause: _Clause, position: int, subject: OrgMention | None
) -> OrgMention | None:
    """The sentence's subject as owner of a figure written before it, unless the subject's own place says
    it belongs to something else (then None: the discourse owns the figure)."""
    if subject is None:
        return None
    later = subject.start > position
    if later and _PREPOSITION_OBJECT.search(text, max(0, subject.start - 50), subject.start):
        # "revenue climbed 28.6% to $5.77 billion, boosted by sales from software maker Y": an
        # organization named after the figure as a preposition's object is a cause, not the subject.
        return None
    if later and deal_or_comparison_object(text, subject):
        # "Net income fell to $113 million, weighed down by costs of the acquisition of Y": the same
        # for a deal's or a comparison's object (deal_objects.py)
        return None
    if later and _LATER_CLAUSE.search(text, position, subject.start):
        # "Revenue grew 8% to $5 billion, while Quill's orders slowed": a name first written in a later
        # clause is that clause's subject; the figure before it is the discourse's.
        return None
    if subject.start >= clause.end and _metric_possessor(text, [subject]) is subject:
        # "Total revenue of $388m grew 16%, and X Cloud revenue of $184m grew 23%": a name written later
        # as another figure's possessor owns that figure, not the ones before it.
        return None
    return subject


def _first_not_governed(
    text: str, mentions: list[OrgMention], descriptors: list[tuple[int, int]]
) -> OrgMention | None:
    """The first of ``mentions`` that no preposition governs; the first of all when every one is governed
    and no descriptor after it stands for the subject ("In a filing with X, the group said": the group;
    "Online ads, its largest business, brought in $3 billion for X": X)."""
    if not mentions:
        return None
    if text:
        free = [m for m in mentions if not preposition_object(text, m, _line_start(text, m), of=False)]
        if free:
            return free[0]
        if any(start >= mentions[0].end for start, _end in descriptors):
            return None
    return mentions[0]


def _line_start(text: str, mention: OrgMention) -> int:
    return text.rfind("\n", 0, mention.start) + 1


_PREPOSITION_OBJECT = re.compile(
    r"\b(?:by|from|with|than|against|versus|thanks\s+to|due\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


_CLOUD_UNIT_PHRASE = re.compile(
    r"[’']s\s+cloud(?:\s+computing)?\s+(?:unit|business|arm|division|segment)\b", re.IGNORECASE
)


def _unit_named_elsewhere(text: str, mention: OrgMention, context: _Context) -> OrgMention:
    """'X's cloud unit' in an article that names X's cloud unit ("X Cloud"): that unit, which reports
    its own figures; without such a name the generic unit is X itself."""
    if not _CLOUD_UNIT_PHRASE.match(text, mention.end):
        return mention
    return context.cloud_units.get(mention.key.split()[0] if mention.key else "", mention)


def _named_unit(text: str, in_clause: list[OrgMention]) -> OrgMention | None:
    """'its cloud unit, Velorix Cloud, grew ...': the unit's own name, not its parent, owns the figure."""
    for mention in in_clause:
        if C.NAMED_UNIT_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            return mention
    return None


_LATER_CLAUSE = re.compile(r"(?:,\s*(?:while|whereas|but|although|though)\b|;(?!\s*\d))", re.IGNORECASE)
_OWNER_MODIFIER = re.compile(r"-(?:owned|backed|led|controlled|funded|supported)\b")
_LIST_JOINT = re.compile(r"(?:,|\band)\s+$")


def _bare_listed(text: str, position: int, s_mentions: list[OrgMention]) -> bool:
    """ "..., B 36.4% and C 12.8%": an organization in a list written right before its figure."""
    return any(
        m.end < position
        and text[m.end : position] == " "
        and _LIST_JOINT.search(text, max(0, m.start - 6), m.start)
        for m in s_mentions
    )


_PLURAL_SUBJECT = re.compile(
    r"\s*(?:(?:The|All|Many|Most|Some|Other)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:vendors|companies|firms|buyers|sellers|"
    r"makers|manufacturers|operators|carriers|lenders|consumers|shoppers|investors|analysts|providers|"
    r"players|suppliers|brands|retailers|startups|start-ups)\b",
    re.IGNORECASE,
)
