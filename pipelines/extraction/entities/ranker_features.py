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
from pipelines.extraction.org_cues import GEOGRAPHIC_SEGMENTS, PRODUCT_NAME_ENDS, PRODUCT_NOUNS

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
)


def feature_rows(
    text: str, orgs: Sequence[OrganizationFact], ner_spans: Sequence[NerSpan], gaz: Gazetteer
) -> list[list[float]]:
    """One row of ``FEATURE_NAMES`` per organization of the rules' result, in order."""
    sorted_spans = sorted(ner_spans)
    other_names = _keys_by_surface(orgs)
    rows = []
    for org in orgs:
        row = organization_features(text, org, sorted_spans, gaz)
        row[FEATURE_NAMES.index("starts_with_other")] = float(_starts_with_other(org, other_names))
        rows.append(row)
    return rows


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
    return [values[name] for name in FEATURE_NAMES]


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
)


def _context_features(text: str, org: OrganizationFact) -> dict[str, float]:
    counts = dict.fromkeys((name for name, _, _ in _CONTEXT_CUES), 0)
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
    total = max(1, len(org.mentions))
    return {name: count / total for name, count in counts.items()}
