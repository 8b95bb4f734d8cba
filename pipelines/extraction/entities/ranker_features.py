"""General features of one organization the rules found, for the learned keep/drop decision (``ranker``).

Every feature is about form, layout and context, never a name: what the model labelled its mentions,
whether the name carries a legal form or an organization's head word, whether the gazetteer knows it as
an organization, product or place, where it first appears (headline, lead), how often, and what the words
around its mentions say ("X's Y service", "the X platform", "X said", "in X", "X (NYSE: ...)"). The cue
words are the package's own vocabularies (org_cues, vocabulary), so knowledge stays written once.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence

from pipelines.extraction.entities.records import NerSpan
from pipelines.extraction.entities.vocabulary import (
    GENERIC_WORDS,
    GEO_WORDS,
    HEADS,
    LEGAL_SUFFIXES,
    ORG_NOUNS,
    UNIT_TAIL,
)
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.model import OrganizationFact
from pipelines.extraction.org_cues import (
    CREDIT_LINE,
    GEOGRAPHIC_SEGMENTS,
    PERSON_TITLE_AFTER,
    PRESS_CREDIT_LINE,
    PRODUCT_NAME_ENDS,
    PRODUCT_NOUNS,
)

# The model's labels, grouped by what they say about a span.
_ORG_LABELS = {"ORG"}
_PERSON_LABELS = {"PERSON"}
_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
_THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}

# Context read around each mention (characters): enough for two or three words, bounded so long
# texts stay linear.
_WINDOW = 60

_PRODUCT_AFTER = re.compile(
    r"[ ]{1,3}(?:(?:cloud|AI|data|payments?|messaging|chat|[A-Z][\w-]{0,40})[ ]{1,3})?(?:"
    + "|".join(sorted(PRODUCT_NOUNS, key=len, reverse=True))
    + r")\b"
)
_SEGMENT_AFTER = re.compile(r"[ ]{1,3}(?:segment|division|unit|business|arm|region|market|sector|brand)s?\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?[ ]{1,3}$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|our|a|an|his|her)[ ]{1,3}$")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|to|from|throughout)[ ]{1,3}(?:the[ ]{1,3})?$")
_ORG_NOUN_BEFORE = re.compile(rf"\b(?:{ORG_NOUNS})s?[ ]{{1,3}}(?:[A-Z][\w&.-]{{0,40}}[ ]{{1,3}})?$")
_ORG_NOUN_AFTER = re.compile(
    rf",[ ]{{1,3}}(?:a|an|the|its)[ ]{{1,3}}(?:[\w&-]{{1,40}}[ ]{{1,3}}){{0,4}}?(?:{ORG_NOUNS})\b"
)
_VERB_AFTER = re.compile(
    r"(?:['’]s[ ]{1,3}shares|[ ]{1,3}(?:said|says|announced|announces|reported|reports|posted|posts|"
    r"raised|raises|acquired|acquires|agreed|agrees|signed|signs|will|has|had|is|was|plans|expects|launched|launches|"
    r"invested|invests|bought|sold|employs|operates|owns|told|added|declined))\b"
)
_TICKER_AFTER = re.compile(r"[ ]{0,3}\((?:[A-Z]{2,10}[ ]{0,3}:|[A-Z0-9.]{1,8}\))")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]{0,20}(?:[•·*▪◦‣–-][ \t]{0,20})?$")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]{0,20}[ ]?(?:bn|m|k|million|billion|thousand)?[ ]?$")
# What the sentence does with the mention, read from the words before it (a cheap stand-in for the
# parse): a product or service is used, launched or offered ("customers use the X", "it launched X",
# "built on X"); an organization is bought, backed, partnered with, or someone's employer ("a stake in
# X", "partnered with X", "chief executive of X", "an analyst at X").
_USAGE_BEFORE = re.compile(
    r"\b(?:use[sd]?|using|launch(?:es|ed|ing)?|offer(?:s|ed|ing)?|deploy(?:s|ed|ing)?|adopt(?:s|ed|ing)?|"
    r"integrat(?:es|ed|ing)|introduc(?:es|ed|ing)|unveil(?:s|ed|ing)?|roll(?:s|ed)?\s+out|released?|"
    r"built\s+on|powered\s+by|runs\s+on|available\s+on|via|through|subscribers?\s+to|users?\s+of)"
    r"[ ]{1,3}(?:(?:the|its|their|a|an|new)[ ]{1,3}){0,2}$",
    re.IGNORECASE,
)
_BUSINESS_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition[ ]+of|bought|buy|buys|invest(?:s|ed|ing)?[ ]+in|stake[ ]+in|"
    r"backed[ ]+by|led[ ]+by|partner(?:s|ed|ship)?[ ]+with|(?:agreement|deal|merger|talks|contract)[ ]+with|"
    r"subsidiary[ ]+of|owned[ ]+by|shares[ ]+(?:of|in)|rivals?|competitors?|"
    r"(?:executive|officer|CEO|CFO|chair(?:man|woman)?|president|founder|analyst|spokes(?:man|woman|person)|"
    r"director|head|economist|strategist)[ ]+(?:of|at)|according[ ]+to)[ ]{1,3}(?:the[ ]{1,3})?$",
    re.IGNORECASE,
)
# A person's title beside the name ("Ana Ruiz, chief executive of ...", "partner Ana Ruiz", "founded by
# Ana Ruiz"): the name is a person's (the title list after the name is org_cues' own).
_TITLE_BEFORE = re.compile(
    r"\b(?:officer|executive|CEO|CFO|COO|CTO|chair(?:man|woman|person)?|president|(?:co-?)?founder|director|"
    r"partner|analyst|manager|minister|governor|founded[ ]+by|led[ ]+by[ ]+(?:partner[ ]+)?)[ ]{1,3}$",
    re.IGNORECASE,
)
# A capitalised word joined to the mention by a space alone: the rules took part of a longer name
# ("Bank" before "X Indonesia", a headline's next word).
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:;\n])(?<![.!?:;] )[A-Z][\w&.-]*[ ]$")
_CAPITALISED_WORD_AFTER = re.compile(r"[ ][A-Z][\w&-]*")
_QUOTE_BEFORE = re.compile(r"[\"“‘'][ ]?$")
_QUOTE_AFTER = re.compile(r"[ ]?[\"”’']")
_PAREN_BEFORE = re.compile(r"\([ ]?$")
_CONJUNCT_GAP = r"(?:,[ ]{1,3}(?:and[ ]{1,3}|or[ ]{1,3})?|[ ]{1,3}(?:and|or|&)[ ]{1,3})"
_CONJUNCT_BEFORE = re.compile(_CONJUNCT_GAP + "$")
_CONJUNCT_AFTER = re.compile(_CONJUNCT_GAP)
_SENTENCE_END = re.compile(r"[.!?:;][\"”’)]?[ ]*$")
_CAPITALISED = re.compile(r"[A-Z]")
_PERSON_WORD = re.compile(r"[A-Z][a-z]{1,40}(?:[-'’][A-Z]?[a-z]{1,40})?")
_PERIOD_WORD = re.compile(r"(?:19|20)\d\d|FY\d{0,4}|Q[1-4]|H[12]|Fiscal|Year|Quarter|Half", re.IGNORECASE)
_NAME_CONNECTORS = {
    "of", "and", "&", "for", "de", "du", "la", "del", "the", "on", "da", "do", "des", "van", "von",
}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")

FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "log_mentions", "first_position", "in_headline", "in_lead",
    "ner_org", "ner_person", "ner_place", "ner_thing", "ner_none", "ner_org_any",
    "legal_form", "head_word", "unit_tail", "gazetteer_org", "gazetteer_product", "place_name",
    "geographic_segment", "generic_words", "product_name_end",
    "kind_company", "kind_bank", "kind_government", "kind_university", "kind_media", "kind_other",
    "has_parent", "has_aliases", "one_word", "three_plus_words", "acronym", "inner_capital", "has_digit",
    "lowercase_word", "person_shape", "period_word", "starts_with_other", "late_first_mention",
    "product_noun_after", "segment_noun_after", "possessive_after", "possessive_before", "determiner_before",
    "place_word_before", "org_noun_before", "org_noun_after", "verb_after", "ticker_after", "line_start",
    "number_before",
    "usage_verb_before", "business_before", "quoted", "in_parentheses", "conjunct_of_org",
    "no_sentence_line", "short_line", "title_case_line", "credit_line", "lowercase_elsewhere",
    "person_title_near", "capitalised_neighbour",
)


def feature_rows(
    text: str, orgs: Sequence[OrganizationFact], ner_spans: Sequence[NerSpan], gaz: Gazetteer
) -> list[list[float]]:
    """One row of ``FEATURE_NAMES`` per organization of the rules' result, in order."""
    sorted_spans = sorted(ner_spans)
    other_names = _keys_by_surface(orgs)
    edges = _mention_edges(orgs)
    lowered = text.lower()
    rows = []
    for org in orgs:
        row = organization_features(text, org, sorted_spans, gaz)
        row[FEATURE_NAMES.index("starts_with_other")] = float(_starts_with_other(org, other_names))
        row[FEATURE_NAMES.index("conjunct_of_org")] = _conjunct_share(text, org, edges)
        row[FEATURE_NAMES.index("lowercase_elsewhere")] = _lowercase_share(text, lowered, org)
        rows.append(row)
    return rows


def _mention_edges(orgs: Sequence[OrganizationFact]) -> tuple[dict[int, str], dict[int, str]]:
    """Where each organization's mentions end and start (offset -> key), for neighbour look-ups."""
    ends: dict[int, str] = {}
    starts: dict[int, str] = {}
    for org in orgs:
        for mention in org.mentions:
            ends[mention.end] = org.key
            starts[mention.start] = org.key
    return ends, starts


def _conjunct_share(text: str, org: OrganizationFact, edges: tuple[dict[int, str], dict[int, str]]) -> float:
    """Share of mentions listed beside another organization ("X and Y", "X, Y"): lists of parties,
    investors or peers are lists of organizations, a product seldom sits in one."""
    ends, starts = edges
    hits = 0
    for mention in org.mentions:
        gap = _CONJUNCT_BEFORE.search(text[max(0, mention.start - 10) : mention.start])
        after = _CONJUNCT_AFTER.match(text, mention.end)
        hits += bool(
            (gap is not None and ends.get(mention.start - len(gap.group()), org.key) != org.key)
            or (after is not None and starts.get(after.end(), org.key) != org.key)
        )
    return hits / max(1, len(org.mentions))


def _lowercase_share(text: str, lowered: str, org: OrganizationFact) -> float:
    """Share of the name's occurrences written in lower case ("Cloud" beside "cloud"): a name that is
    also an ordinary word of the text is more often a label than an organization (a count, no scan by
    pattern)."""
    name = org.name
    if not name or name.lower() == name:
        return 0.0
    anycase = lowered.count(name.lower())
    return (anycase - text.count(name)) / max(1, anycase)


def _keys_by_surface(orgs: Sequence[OrganizationFact]) -> dict[str, set[str]]:
    """Each organization's key under each of its names (looked up, not scanned)."""
    keys: dict[str, set[str]] = {}
    for org in orgs:
        for surface in (org.name, *org.aliases):
            keys.setdefault(surface, set()).add(org.key)
    return keys


def _starts_with_other(org: OrganizationFact, keys_by_surface: dict[str, set[str]]) -> bool:
    """ "Microsoft Azure" beside "Microsoft": the name's leading words are another organization's name."""
    tokens = org.name.split()
    return any(
        keys_by_surface.get(" ".join(tokens[:cut]), set()) - {org.key} for cut in range(1, len(tokens))
    )


def organization_features(
    text: str, org: OrganizationFact, sorted_spans: Sequence[NerSpan], gaz: Gazetteer
) -> list[float]:
    """One row of ``FEATURE_NAMES`` for one organization (``sorted_spans``: the model's spans, sorted)."""
    values = {"bias": 1.0}
    values.update(_position_features(text, org))
    values.update(_ner_features(org, sorted_spans))
    values.update(_name_features(org, gaz))
    values.update(_context_features(text, org))
    values.update(_line_features(text, org))
    values["conjunct_of_org"] = 0.0  # set by feature_rows, which sees every organization
    values["lowercase_elsewhere"] = 0.0  # likewise: it reads the lowered text once per article
    return [values[name] for name in FEATURE_NAMES]


def _line_features(text: str, org: OrganizationFact) -> dict[str, float]:
    """The layout of the lines the mentions stand on (shares): headings, captions, tables and credits are
    lines without a sentence, short, or in title case; a source or copyright credit names a publisher."""
    counts = {"no_sentence_line": 0, "short_line": 0, "title_case_line": 0, "credit_line": 0}
    for mention in org.mentions:
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        line = text[start : end if end >= 0 else len(text)].strip()
        words = line.split()
        counts["no_sentence_line"] += not _SENTENCE_END.search(line) and ". " not in line
        counts["short_line"] += len(words) <= 8
        capitalised = sum(bool(_CAPITALISED.match(w)) for w in words)
        counts["title_case_line"] += len(words) >= 3 and capitalised >= 0.7 * len(words)
        counts["credit_line"] += bool(CREDIT_LINE.search(line) or PRESS_CREDIT_LINE.search(line))
    total = max(1, len(org.mentions))
    return {name: count / total for name, count in counts.items()}


def _position_features(text: str, org: OrganizationFact) -> dict[str, float]:
    starts = [m.start for m in org.mentions] or [0]
    first_line_end = text.find("\n")
    headline_end = first_line_end if 0 <= first_line_end < 300 else 0
    lead_end = min(len(text), 600)
    return {
        "log_mentions": math.log1p(len(org.mentions)),
        "first_position": min(starts) / max(1, len(text)),
        "in_headline": float(min(starts) < headline_end),
        "in_lead": float(min(starts) < lead_end),
        "late_first_mention": float(min(starts) > 0.8 * len(text)),
    }


def _ner_features(org: OrganizationFact, sorted_spans: Sequence[NerSpan]) -> dict[str, float]:
    """Share of mentions the model labelled each way (overlap with one of its spans)."""
    counts = {"org": 0, "person": 0, "place": 0, "thing": 0, "none": 0}
    for mention in org.mentions:
        labels = _labels_over(mention.start, mention.end, sorted_spans)
        if not labels:
            counts["none"] += 1
        for group, members in (("org", _ORG_LABELS), ("person", _PERSON_LABELS), ("place", _PLACE_LABELS),
                               ("thing", _THING_LABELS)):
            counts[group] += bool(labels & members)
    total = max(1, len(org.mentions))
    features = {f"ner_{group}": count / total for group, count in counts.items()}
    features["ner_org_any"] = float(counts["org"] > 0)
    return features


def _labels_over(start: int, end: int, ner_spans: Sequence[NerSpan]) -> set[str]:
    """Labels of the model's spans overlapping [start, end); its spans never overlap one another, so
    sorted by start they are sorted by end and one bisection finds the first (no scan per mention)."""
    first = bisect.bisect_right(ner_spans, start, key=lambda span: span[1])
    labels = set()
    for s, _e, label in ner_spans[first:]:
        if s >= end:
            break
        labels.add(label)
    return labels


def _name_features(org: OrganizationFact, gaz: Gazetteer) -> dict[str, float]:
    name = org.name
    tokens = name.split()
    surfaces = [name, *org.aliases]
    last_words = {s.split()[-1].strip(".,").lower() for s in surfaces if s.split()}
    known = gaz.lookup(name)
    features = {
        "legal_form": float(bool(last_words & LEGAL_SUFFIXES)),
        "head_word": float(any(re.search(rf"\b(?:{HEADS})$", s) for s in surfaces)),
        "unit_tail": float(bool(UNIT_TAIL.search(name))),
        "gazetteer_org": float(known is not None),
        "gazetteer_product": float(any(gaz.is_product(s) for s in surfaces)),
        "place_name": float(gaz.is_place(name) or all(t.lower() in GEO_WORDS for t in tokens)),
        "geographic_segment": float(name in GEOGRAPHIC_SEGMENTS),
        "generic_words": sum(t in GENERIC_WORDS for t in tokens) / max(1, len(tokens)),
        "product_name_end": float(bool(tokens) and tokens[-1] in PRODUCT_NAME_ENDS),
        "has_parent": float(org.parent_key is not None),
        "has_aliases": float(bool(org.aliases)),
        "one_word": float(len(tokens) == 1),
        "three_plus_words": float(len(tokens) >= 3),
        "acronym": float(bool(_ACRONYM.fullmatch(name))),
        "inner_capital": float(bool(_INNER_CAPITAL.search(name))),
        "has_digit": float(any(c.isdigit() for c in name)),
        "lowercase_word": float(any(t[:1].islower() and t not in _NAME_CONNECTORS for t in tokens)),
        # "Brett Tighe": two or three capitalised words and nothing that makes an organization
        "person_shape": float(2 <= len(tokens) <= 3 and all(_PERSON_WORD.fullmatch(t) for t in tokens)
                              and not re.search(rf"\b(?:{HEADS})$", name) and known is None),
        "period_word": float(any(_PERIOD_WORD.fullmatch(t) for t in tokens)),
        "starts_with_other": 0.0,  # set by feature_rows, which sees every organization
    }
    for kind in ("company", "bank", "government", "university", "media", "other"):
        features[f"kind_{kind}"] = float(org.kind == kind or (kind == "other" and org.kind == "park"))
    return features


# (feature, pattern, read after the mention?) : share of mentions where the pattern holds.
_CONTEXT_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("product_noun_after", _PRODUCT_AFTER, True),
    ("segment_noun_after", _SEGMENT_AFTER, True),
    ("possessive_after", _POSSESSIVE_AFTER, True),
    ("org_noun_after", _ORG_NOUN_AFTER, True),
    ("verb_after", _VERB_AFTER, True),
    ("ticker_after", _TICKER_AFTER, True),
    ("possessive_before", _POSSESSIVE_BEFORE, False),
    ("determiner_before", _DETERMINER_BEFORE, False),
    ("place_word_before", _PLACE_BEFORE, False),
    ("org_noun_before", _ORG_NOUN_BEFORE, False),
    ("line_start", _LINE_START_BEFORE, False),
    ("number_before", _NUMBER_BEFORE, False),
    ("usage_verb_before", _USAGE_BEFORE, False),
    ("business_before", _BUSINESS_BEFORE, False),
    ("in_parentheses", _PAREN_BEFORE, False),
)


def _context_features(text: str, org: OrganizationFact) -> dict[str, float]:
    counts = dict.fromkeys((name for name, _, _ in _CONTEXT_CUES), 0)
    quoted = titled = joined = 0
    for mention in org.mentions:
        after = text[mention.end : mention.end + _WINDOW]
        before_start = max(0, mention.start - _WINDOW)
        before = text[before_start : mention.start]
        for name, pattern, read_after in _CONTEXT_CUES:
            if read_after:
                hit = pattern.match(after) is not None
            else:
                # "(?:^|\n)" must see the text's own start, not the window's
                hit = pattern.search(before if before_start else "\n" + before) is not None
            counts[name] += hit
        quoted += bool(_QUOTE_BEFORE.search(before) and _QUOTE_AFTER.match(after))
        titled += bool(PERSON_TITLE_AFTER.match(after) or _TITLE_BEFORE.search(before))
        joined += bool(_CAPITALISED_WORD_BEFORE.search(before[-30:]) or _CAPITALISED_WORD_AFTER.match(after))
    total = max(1, len(org.mentions))
    return {**{name: count / total for name, count in counts.items()}, "quoted": quoted / total,
            "person_title_near": titled / total, "capitalised_neighbour": joined / total}
