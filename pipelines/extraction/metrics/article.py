"""One article: its calendar and line figures first, then sentence by sentence, carrying the context."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from pipelines.extraction import periods as P
from pipelines.extraction.entities.vocabulary import LEGAL_SUFFIXES
from pipelines.extraction.literal_scan import has_word
from pipelines.extraction.memo import period_mentions
from pipelines.extraction.metrics import cues as C
from pipelines.extraction.metrics.anaphora import descriptors_in_paragraph
from pipelines.extraction.metrics.article_calendar import DocumentCalendar, main_organization, read_calendar
from pipelines.extraction.metrics.brackets import shared_scale
from pipelines.extraction.metrics.clauses import is_comparison_phrase, preposition_object
from pipelines.extraction.metrics.context import _Context
from pipelines.extraction.metrics.dating import (
    _LEVEL_MEASURE,
    _LIST_LINE,
    heading_states_a_day,
    in_bracketed_earlier_figure,
)
from pipelines.extraction.metrics.investor_roles import investor_mentions
from pipelines.extraction.metrics.issuer import (
    defined_terms_to_issuer,
    document_issuer,
    headline_subject,
    measure_abbreviations,
    story_subject,
)
from pipelines.extraction.metrics.lines import LineFigure, read_lines
from pipelines.extraction.metrics.measure_modifiers import measure_modifier_keys
from pipelines.extraction.metrics.naming import _is_cloud_unit
from pipelines.extraction.metrics.numbered_items import is_numbered_heading, numbered_items
from pipelines.extraction.metrics.owners import _topic
from pipelines.extraction.metrics.reporting import reporting_by_item
from pipelines.extraction.metrics.sentence import COORDINATED_NAME, _fiscal_year_end, _process_sentence
from pipelines.extraction.metrics.story_lead import bare_dateline_spans, captions_figures
from pipelines.extraction.metrics.subordinates import company_words_off_parts
from pipelines.extraction.metrics.units import is_unit_name, unit_mention
from pipelines.extraction.metrics.vocabulary import _BULLET, _CLOUD_ORG, _FORECAST
from pipelines.extraction.model import Evidence, MetricFact, OrgMention, Quantity
from pipelines.extraction.quantities import is_amount, is_currency_mark
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.syntax import Syntax
from pipelines.ingest.dates import DATELINE as _DATELINE


def find_metrics(
    text: str,
    org_mentions: list[OrgMention],
    published: date | None,
    quantities: list[Quantity],
    syntax: Syntax | None = None,
) -> list[MetricFact]:
    """Metric facts stated in ``text``; see the module docstring for the rules. ``syntax``: the
    article's parses (sentences naming several organizations are parsed where a figure asks)."""
    if not org_mentions:
        return []
    mentions, issuer = _owner_mentions(text, org_mentions)
    if not mentions:
        return []
    quantities = shared_scale(text, sorted(quantities, key=lambda q: q.start))  # "SEK 2,057 (1,804) million"
    # Label lines and tables are read by their layout; the sentence reader gets the rest.
    line_figures = read_lines(text, quantities, _organization_names(mentions))
    read_by_lines = {figure.quantity.start for figure in line_figures}
    quantities = [q for q in quantities if q.start not in read_by_lines]
    sentences = split_sentences(text)
    calendar = read_calendar(text, sentences, mentions, published, issuer)
    # An undated page speaks from the day its dateline names.
    published = published or calendar.dateline
    # The calendar the whole article states holds from its first figure on.
    fy_hints: dict[str, int] = dict(calendar.fiscal_year_ends)
    context = _new_context(text, sentences, mentions, quantities, calendar, fy_hints)
    context.syntax = syntax
    # Computed once per article: the sentence reader's topic and the line reader's owner alike.
    context.issuer = issuer
    # The organization a story's headline opens with and its lead names first: what a paragraph naming no
    # one is about, whoever the story named as a subject last ("... on Quill contribution")
    context.story_subject = story_subject(text, mentions, _lead_organization(text, mentions))
    facts: list[MetricFact] = []
    seen: set[tuple] = set()
    subjects = _read_sentences(
        text, sentences, mentions, published, quantities, context, fy_hints, facts, seen
    )
    facts = _captioned_items(text, facts, mentions, {figure.line_start for figure in line_figures})
    facts += _line_facts(text, line_figures, mentions, published, context, fy_hints, seen, facts, subjects)
    return facts


def _organization_names(mentions: list[OrgMention]) -> frozenset[str]:
    """The organizations' names as written and as resolved, lowercased: a label line may open with
    either ("Skill Academy revenue: ...")."""
    return frozenset(" ".join(name.lower().split()) for m in mentions for name in (m.text, m.name))


def _captioned_items(
    text: str, facts: list[MetricFact], mentions: list[OrgMention], figure_lines: set[int]
) -> list[MetricFact]:
    """The prose's facts on a list item naming no organization, under a caption that names one ("Key
    figures of X:" above "- Client funds: $5 billion"): the caption's, as the block's other lines."""
    out = []
    for fact in facts:
        start = text.rfind("\n", 0, fact.evidence.start) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _BULLET.match(text, start) and not any(start <= m.start < end for m in mentions):
            owner = _caption_owner(text, start, figure_lines, mentions)
            if owner is not None and owner.key != fact.organization_key:
                fact = replace(fact, organization_key=owner.key, organization_name=owner.name)
        out.append(fact)
    return out


def _owner_mentions(text: str, org_mentions: list[OrgMention]) -> tuple[list[OrgMention], OrgMention | None]:
    """The mentions that may own a figure, their descriptors re-read, and the document's issuer."""
    mentions = sorted(org_mentions, key=lambda m: m.start)
    investors = investor_mentions(text, mentions)
    mentions = _descriptors_repointed(text, mentions, investors)
    mentions = _company_words_to_parents(mentions)
    lead = story_subject(text, mentions, _lead_organization(text, mentions))  # headline and lead agree
    mentions = descriptors_in_paragraph(text, mentions, investors, lead)
    # A round's investor, where the text casts it so, owns none of the figures around it.
    mentions = [m for m in mentions if _may_own(m) and m.start not in investors]
    issuer = document_issuer(text, mentions)
    capitalised_nouns = measure_modifier_keys(text, mentions, issuer)  # "License revenue fell 11%"
    mentions = [m for m in mentions if m.key not in capitalised_nouns]
    mentions = defined_terms_to_issuer(mentions, issuer, text)
    mentions = company_words_off_parts(text, mentions, issuer, _lead_organization(text, mentions))
    products = _product_keys(text, mentions) | measure_abbreviations(text, mentions)
    # A wire's name in a dateline ("LONDON, May 22 (Business Briefs) -") is a credit, not an owner; nor is
    # a bare dateline's place ("TOKYO -- Velorix reported"), which would lead the story (story_lead.py).
    credits = _dateline_spans(text) + bare_dateline_spans(text)
    mentions = [
        m for m in mentions if m.key not in products and not any(a <= m.start < b for a, b in credits)
    ]
    return mentions, issuer


def _read_sentences(
    text: str,
    sentences: list[Sentence],
    mentions: list[OrgMention],
    published: date | None,
    quantities: list[Quantity],
    context: _Context,
    fy_hints: dict[str, int],
    facts: list[MetricFact],
    seen: set[tuple],
) -> list[tuple[int, OrgMention | None]]:
    """The prose's facts, sentence by sentence, into ``facts``; returns who the prose was about at the
    end of each sentence (the lines below it are that organization's)."""
    previous_line_start = -1
    previous_bullet = False
    previous_heading = False
    datelines = 0
    suspended: P.Period | None = None  # the period carried, held back over a year-to-date list
    # Who the prose was about at the end of each sentence: the lines below it are that organization's.
    subjects: list[tuple[int, OrgMention | None]] = []
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        is_bullet = bool(_BULLET.match(text, line_start))
        if line_start != previous_line_start:
            # A new paragraph: the period carries over only into list items under a heading or list.
            if not (is_bullet and (previous_bullet or previous_heading)):
                _new_paragraph(context)
            if not is_bullet and suspended is not None:
                # past the list under a year-to-date heading: the prose reports on the period again
                context.carried, suspended = context.carried or suspended, None
            if _DATELINE.match(text[line_start : line_start + 120]):
                # A second dateline opens another item of a briefs page: nothing carries over.
                if datelines:
                    _new_item(context)
                datelines += 1
            previous_line_start = line_start
        line_end = text.find("\n", sentence.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        heading = not is_bullet and _is_heading(text, line, line_end)
        if sentence.start == line_start and is_numbered_heading(line):
            _new_item(context)  # "2. Campbell: Rao's does the heavy lifting": the next item of a briefs page
        # "Key numbers for the quarter (Q3 FY26):" introduces the list below it as a heading does: the
        # period it names carries into the list's items
        lead_in = not is_bullet and line.endswith(":") and not text[sentence.end : max(line_end, 0)].strip()
        previous_heading = heading or lead_in
        previous_bullet = is_bullet
        # Headlines restate the body in shorthand: they set the period context but emit nothing.
        # Nor do they mark a figure as seen: the body states it again, with its evidence.
        headline = heading and sentence.text == line
        if headline and _names_another_organization(sentence, mentions, context):
            _new_item(context)  # "Realtek profit edges up" after a story about the exchange: the next item
        sink: list[MetricFact] = [] if headline else facts
        sink_seen = set(seen) if headline else seen
        _process_sentence(text, sentence, mentions, published, quantities, context, fy_hints, sink, sink_seen)
        if context.document_period is None and not heading and context.period is not None:
            context.document_period = context.period
        if (heading or lead_in) and context.period is None:
            context.period = _heading_period(sentence, context, fy_hints, published, mentions)
            if context.period is None and _names_a_span_only(sentence):
                # "INTERIM PERIOD JANUARY - SEPTEMBER 2025", "Nine months": the lines under it are the
                # year to date's, no reporting period; the quarter reported above does not carry into them
                suspended, context.carried = context.carried, None
        if _PROSE_END.search(sentence.text):  # a heading's capitals ("KEY FIGURES (A$)") are no subject
            subjects.append((sentence.end, context.subject))
    return subjects


_PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def _is_heading(text: str, line: str, line_end: int) -> bool:
    """Whether a line (no list item) is a heading: short, and no sentence's end."""
    if not line or len(line) >= 120:
        return False
    if line[-1] not in '.!?:"”)':
        return True
    # "FOURTH QUARTER (APRIL - JUNE 2025)": a line in capitals is a heading whatever it ends with
    if line.isupper() and line[-1] != ":":
        return True
    # "Third quarter (July-September 2026)" over a list: a bracket naming the span ends a heading, not a
    # sentence
    return _list_follows(text, line_end) and P.closes_with_bracketed_span(line)


def _list_follows(text: str, line_end: int) -> bool:
    """Whether the next non-blank line after ``line_end`` is a list item (a bullet)."""
    if line_end < 0:
        return False
    following = text[line_end : line_end + 400].lstrip("\n \t")
    return bool(_BULLET.match(following))


def _names_another_organization(sentence: Sentence, mentions: list[OrgMention], context: _Context) -> bool:
    """Whether a heading names, first, an organization other than the one the text was about so far
    (a briefs page's next item; a heading about the same organization goes on with it)."""
    topic = _topic(context)
    named = [m for m in mentions if sentence.start <= m.start < sentence.end and m.text[:1].isupper()]
    return topic is not None and bool(named) and named[0].key != topic.key


def _may_own(mention: OrgMention) -> bool:
    """Bullet words, currency codes and accounting standards are no organization's figures; an alias
    resolved to one of them ("the group" -> EUR) goes with it, so the sentence reader finds the real one."""
    name = mention.name.strip()
    return (
        mention.text.lower() not in C.NOT_AN_OWNER
        and name.lower() not in C.NOT_AN_OWNER  # "the Kaohsiung-based company" -> "Consolidated"
        and not is_currency_mark(name)
        and not is_amount(name)  # "Tk 7,718" taken for an organization
        and not C.ACCOUNTING_STANDARDS.fullmatch(name)
        and not _legal_form_only(name)  # "GmbH" cut from "Velorix GmbH" by a recognizer
        and not any(pattern.fullmatch(name) for pattern, _name, _example in C.NOT_AN_OWNER_FORMS)
    )


def _legal_form_only(name: str) -> bool:
    """A name of nothing but legal-form words ("GmbH", "Co. Ltd"): a fragment of a company's name."""
    words = [w.strip(".,") for w in name.lower().split()]
    return bool(words) and all(w in LEGAL_SUFFIXES for w in words)


def _names_a_span_only(sentence: Sentence) -> bool:
    """Whether a heading names a span of months that is no quarter, half or year (the year to date,
    "Nine months", "January - September 2025") and no reporting period beside it."""
    found = [m for m in period_mentions(sentence.text) if m.role == "period"]
    return bool(found) and all(m.grain == "range" for m in found)


def _heading_period(
    sentence: Sentence,
    context: _Context,
    fy_hints: dict[str, int],
    published: date | None,
    mentions: list[OrgMention],
) -> P.Period | None:
    """The period a heading names without its year ("FOURTH QUARTER (APRIL - JUNE 2025)", "FULL YEAR",
    "X second-quarter profit climbs"): what the lines under it report on, in the calendar of the
    article's main organization, on the day the article speaks from (a full year: the one holding the
    period carried from above)."""
    found = [m for m in period_mentions(sentence.text) if m.role == "period" and m.relative != "rolling"]
    if not found or _FORECAST.search(sentence.text):
        return None
    main = main_organization(mentions)
    fy_end = _fiscal_year_end(main, fy_hints) if main is not None else 12
    year_end = context.article_year_end
    reference = published or (year_end + timedelta(days=1) if year_end else None)
    return P.resolve(found[0], fy_end, reference=reference, current=context.carried)


def _descriptors_repointed(
    text: str, mentions: list[OrgMention], investors: set[int] = frozenset()
) -> list[OrgMention]:
    """Descriptors ("the company", "the group") the recognizer resolved by recency alone, read again:
    - resolved to a bullet word ("the Kaohsiung-based company" -> "Consolidated"): the organization named
      last before it that may own figures;
    - resolved to an organization the text names only after it: the last one named before it;
    - resolved to a name written last as a preposition's object ("... which the company licensed to Y in
      2018. ..., the Seoul-based company said"): the organization named last as no such object, the one
      the text is about;
    - resolved to a round's investor (``investors``: the starts of mentions in that role): the subject
      named last before it ("Quill Capital led the round. The company said ...": not Quill)."""
    out: list[OrgMention] = []
    last_owner: OrgMention | None = None
    last_subject: OrgMention | None = None
    named_before: set[str] = set()
    investor_keys: set[str] = set()  # named last in an investor's role, not since as anything else
    for mention in mentions:
        if mention.start in investors:
            investor_keys.add(mention.key)
            out.append(mention)
            continue
        # "the group", "the Seoul-based company"; not a name that opens with "The" ("The Walt Disney Company")
        descriptor = bool(_DESCRIPTOR.match(mention.text)) and mention.text.split()[-1].islower()
        target: OrgMention | None = None
        if not _may_own(mention):
            target = last_owner if _DESCRIPTOR.match(mention.text) else None
        elif descriptor and mention.key in investor_keys:
            target = last_subject
        elif descriptor and mention.key not in named_before:
            # "Bancolombia ... the group reported" resolved to a bank named only paragraphs later
            target = last_subject or last_owner
        elif (
            descriptor
            and last_owner is not None
            and last_subject is not None
            and mention.key == last_owner.key != last_subject.key
            and _object_not_subject(text, last_owner)
        ):
            target = last_subject
        if target is not None and target.key != mention.key:
            mention = replace(mention, key=target.key, name=target.name)
        if not descriptor:
            named_before.add(mention.key)
            investor_keys.discard(mention.key)  # "Quill Bank, the largest lender, said": a subject again
        if _may_own(mention) and mention.text[:1].isupper():
            last_owner = mention
            line_start = text.rfind("\n", 0, mention.start) + 1
            if not descriptor and not _object_not_subject(text, mention, line_start):
                last_subject = mention
        out.append(mention)
    return out


_DESCRIPTOR = re.compile(r"(?i)(?:the|its|their)\s")


def _object_not_subject(text: str, mention: OrgMention, line_start: int | None = None) -> bool:
    """A preposition's object ("in a filing with X"), or the owner in an aside about another name
    ("Y, the Pune-based company majority-owned by private equity firm X"): what "the company" after
    it stands for is the one the aside is about, not X."""
    floor = text.rfind("\n", 0, mention.start) + 1 if line_start is None else line_start
    return (
        preposition_object(text, mention, floor, of=False)
        or bool(C.OWNED_BY_BEFORE.search(text, max(floor, mention.start - 60), mention.start))
        or bool(POSSESSED_BEFORE.search(text, max(floor, mention.start - 12), mention.start))
    )


# "X used its Velorix Summit to ...": a name after a possessive determiner is something the subject has
# (an event, a brand, a unit), so "the company" written after it still stands for the subject.
POSSESSED_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)
POSSESSED_EXAMPLE = "Velorix Corp used its Quill Summit on Monday to say that the company will grow."
# Words for a whole company, never for one of its named units ("the company", not "the unit").
_COMPANY_WORD = re.compile(r"(?i)(?:the|its|their)\s+(?:[\w-]+\s+)?(?:company|group|firm)$")


def _company_words_to_parents(mentions: list[OrgMention]) -> list[OrgMention]:
    """ "the company" resolved to a cloud unit named after its parent ("X Cloud" when the article names X):
    the parent, per the Conventions (a unit's own figures are written with its name). A subsidiary named
    after its parent ("X Uplus") is a company of its own: "the company" may be it."""
    names = {m.name.lower(): m for m in mentions if m.text[:1].isupper()}
    out = []
    for mention in mentions:
        words = mention.name.lower().split()
        parent = next((names[" ".join(words[:n])] for n in range(len(words) - 1, 0, -1)
                       if " ".join(words[:n]) in names), None)  # fmt: skip
        if (
            parent is not None
            and _COMPANY_WORD.match(mention.text)
            and parent.key != mention.key
            and _is_cloud_unit(mention, {parent.name.lower().split()[0]})
        ):
            mention = replace(mention, key=parent.key, name=parent.name)
        out.append(mention)
    return out


def _product_keys(text: str, mentions: list[OrgMention]) -> set[str]:
    """Organizations the article writes as a product's name ("the ageing Zenbox console"), never its
    main organization nor a cloud unit (named like a service, reporting its own figures)."""
    # The main organization by its names only: descriptors a recognizer resolved to a product ("the
    # company" -> Cortex) must not make the product the article's subject.
    main = main_organization([m for m in mentions if not re.match(r"(?i)(?:the|its|their)\s", m.text)])

    def product_noun_after(m: OrgMention) -> bool:
        before = C.PRODUCT_BEFORE.search(text, max(0, m.start - 40), m.start)
        return bool(before and C.PRODUCT_NOUN.match(text, m.end))

    return {
        m.key
        for m in mentions
        if m.text[:1].isupper()
        and (main is None or m.key != main.key)
        and not _CLOUD_ORG.search(m.name)
        and (product_noun_after(m) or _products_in_apposition(text, m.end))
    }


def _products_in_apposition(text: str, end: int) -> bool:
    """ "Zenbox and Quill, the products the company sells": a pair of names set apart as products (a name
    alone in apposition is judged sentence by sentence: "X, its database product," may be a unit's)."""
    paired = COORDINATED_NAME.match(text, end)
    return bool(
        C.PRODUCT_RELATIVE.match(text, end)  # "Zenbox, which Velorix publishes,"
        or C.PLURAL_PRODUCT_APPOSITION.match(text, end)
        or (paired and C.PLURAL_PRODUCT_APPOSITION.match(text, paired.end()))
    )


def _new_context(
    text: str,
    sentences: list[Sentence],
    mentions: list[OrgMention],
    quantities: list[Quantity],
    calendar: DocumentCalendar,
    fy_hints: dict[str, int],
) -> _Context:
    """The discourse state before the first sentence (fills fy_hints for rupee stories)."""
    context = _Context()
    if calendar.reference_year is not None:
        context.article_year_end = date(calendar.reference_year, 12, 31)
    context.parents = {
        m.name.lower().split()[0] for m in mentions if m.name and not _CLOUD_ORG.search(m.name)
    }
    context.quantity_starts = [q.start for q in quantities]
    money_units = [q.unit for q in quantities if q.kind == "money"]
    fy_codes = bool(re.search(r"\bFY\s?'?\d\d\b", text))
    context.rupee_article = bool(money_units) and (
        money_units.count("INR") * 2 > len(money_units) or ("INR" in money_units and fy_codes)
    )
    if context.rupee_article:
        # India's statutory fiscal year ends in March: an organization reporting rupee figures
        # in a rupee story keeps that calendar from its first figure on (unless the text says otherwise).
        rupee_starts = [q.start for q in quantities if q.unit == "INR"]
        for sentence in sentences:
            if not any(sentence.start <= start < sentence.end for start in rupee_starts):
                continue
            for mention in mentions:
                if (
                    sentence.start <= mention.start < sentence.end
                    and P.fiscal_year_end(mention.key, mention.name) == 12
                ):
                    fy_hints.setdefault(mention.key, 3)
    context.mention_starts = [m.start for m in mentions]
    context.org_ends = {m.end for m in mentions}
    context.cloud_units = _cloud_units(mentions, context.parents)
    # Classification reads the text with organization names blanked out, so "Growth Fund" or
    # "Bund Capital" cannot pass for deal words and "Sales Force Ltd" not for revenue.
    masked = list(text)
    for mention in mentions:
        masked[mention.start : mention.end] = "Q" * (mention.end - mention.start)
    context.masked = "".join(masked)
    return context


def _cloud_units(mentions: list[OrgMention], parents: set[str]) -> dict[str, OrgMention]:
    """Each parent's cloud unit named in the article ("Velorix Cloud" for Velorix), when it names one."""
    units: dict[str, dict[str, OrgMention]] = {}
    for mention in mentions:
        first = mention.key.split()[0] if mention.key else ""
        if first in parents and len(mention.key.split()) > 1 and _is_cloud_unit(mention, parents):
            units.setdefault(first, {})[mention.key] = mention
    return {first: next(iter(named.values())) for first, named in units.items() if len(named) == 1}


def _new_paragraph(context: _Context) -> None:
    """A new paragraph: its period is carried for figures that name none; the rest starts afresh."""
    if context.period is not None:
        # The lead may name the period before any figure ("X reported results for the quarter
        # ended June 30."): its subject is who the period is about.
        subject = context.paragraph_subject or _topic(context)  # a headline's period is the topic's
        context.carried = _carried_period(context.period, context.document_period)
        context.carried_key = context.last_dated_key or (subject.key if subject else None)
    context.period = None
    context.periods = []
    context.reference_year_end = None
    context.paragraph_subject = None
    context.segment_topic = False
    context.last_percent_kind = None
    context.last_kinds = {}


def _carried_period(period: P.Period, document: P.Period | None) -> P.Period:
    """The period a paragraph hands on: its own, unless it is a part of the article's reporting period
    ("In the fourth quarter alone, ..." in a story about the year): the next paragraph that names no
    period goes back to the article's."""
    if document is None or period == document:
        return period
    if period.grain == "range":
        # "For the first nine months of 2026 revenue totalled ...": a span to date reports on no period of
        # its own; the next paragraph goes back to the article's
        return document
    inside = document.start <= period.start and period.end <= document.end
    return document if inside else period


def _lead_organization(text: str, mentions: list[OrgMention]) -> OrgMention | None:
    """The first organization named in the article's first paragraph of prose (after the headline)."""
    for paragraph in re.finditer(r"[^\n]+", text):
        line = paragraph.group()
        if len(line.split()) < 8 or line.rstrip()[-1:] not in '.!?"”)':
            continue  # a headline, a kicker or a dateline alone on its line
        start, end = paragraph.span()
        inside = [m for m in mentions if start <= m.start < end and m.text[:1].isupper()]
        return inside[0] if inside else None
    return None


def _names_by_label(mentions: list[OrgMention]) -> dict[str, OrgMention]:
    """Each organization by the ways the article writes it, lower-cased: a table row's label names it
    as the text does elsewhere ("Bunnings")."""
    found: dict[str, OrgMention] = {}
    for mention in mentions:
        for written in (mention.text, mention.name):
            found.setdefault(" ".join(written.lower().split()), mention)
    return found


def _values_stated(facts: list[MetricFact]) -> dict[tuple[str, str, str], list[float]]:
    """The values the prose states, by (organization, measure, unit)."""
    values: dict[tuple[str, str, str], list[float]] = {}
    for fact in facts:
        values.setdefault((fact.organization_key, fact.metric_name, fact.unit), []).append(fact.value)
    return values


def _values_dated(facts: list[MetricFact]) -> dict[tuple, list[float]]:
    """The values the prose states, by (organization, measure, unit, period label): a table's row under
    a column of that period repeats them, rounded otherwise."""
    values: dict[tuple, list[float]] = {}
    for fact in facts:
        values.setdefault((fact.organization_key, fact.metric_name, fact.unit, fact.period_label), []).append(
            fact.value
        )
    return values


def _restated(values: list[float], value: float) -> bool:
    """(Nearly, as rounded) the same value as one the prose states for the same organization and measure."""
    return any(abs(v - value) <= 0.005 * max(abs(v), abs(value)) for v in values)


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for line in re.finditer(r"(?m)^[^\n]+", text):
        dateline = _DATELINE.match(line.group())
        if dateline:
            spans.append((line.start(), line.start() + dateline.end()))
    return spans


def _new_item(context: _Context) -> None:
    """Another item of a multi-item page: its own subject and periods, none carried from the last."""
    context.subject = None
    context.story_subject = None  # the page's first headline was that item's, not this one's
    context.salience = {}
    context.carried = None
    context.document_period = None
    context.carried_key = None
    context.last_dated_key = None


def _in_corner(text: str, figure: LineFigure, mentions: list[OrgMention]) -> list[OrgMention]:
    """The organization a table's corner cell names ("Campbell ($m) | FY2024 | FY2023"): a mention
    there, else a name the article gives an organization elsewhere (the model reads no table cells)."""
    if figure.corner is None:
        return []
    start, end = figure.corner
    inside = [m for m in mentions if start <= m.start < end]
    if inside:
        return inside
    corner = text[start:end]
    named = [m for m in mentions if m.text[:1].isupper() and has_word(corner, m.text)]
    return sorted(named, key=lambda m: -len(m.text))[:1]


def _period_above(
    text: str, period_phrases: list[P.PeriodMention], line_start: int
) -> P.PeriodMention | None:
    """The last period stated above a line that reports on a period: not a forecast's ("guiding revenue
    for fiscal 2026"), nor an earlier event's ("acquired in 2019"), nor a comparison's ("down 15.9% from
    R223.5 billion in 2023", "(2023: 564 cents)")."""
    for mention in reversed(period_phrases):
        # The words before the phrase on its own line ("... will pay cash.\nX key figures for 2024:")
        before = max(0, mention.start - 60, text.rfind("\n", 0, mention.start) + 1)
        if mention.end > line_start or _FORECAST.search(text, before, mention.start):
            continue
        if C.HISTORY_EVENT_BEFORE.search(text, before, mention.start):
            continue  # "acquired by X in 2019": a date in the company's history
        if not is_comparison_phrase(text, mention.start, mention.end) and not in_bracketed_earlier_figure(
            text, mention.start
        ):
            return mention
    return None


_PART_BEFORE_ITS_YEAR = 300  # characters: the part and its year in one sentence or heading block


def _part_named_before(
    period_phrases: list[P.PeriodMention], year: P.PeriodMention
) -> P.PeriodMention | None:
    """The quarter or half of ``year`` named just before it: a year named after its part ("interim
    results for the six months ended 30 September 2025 ("H1 FY26"). The Group's financial year ends on 31
    March 2026.") says which year the part is of, not that the lines below report on the whole year."""
    if year.grain != "year" or (year.year is None and year.end_day is None):
        return None
    closing = _closing_day(year)
    for mention in reversed(period_phrases):
        if mention.end > year.start or mention.end < year.start - _PART_BEFORE_ITS_YEAR:
            continue
        if mention.grain not in ("quarter", "half"):
            continue
        if _closes_its_year(mention):
            continue  # "the January-March quarter (Q4 FY25). For the full financial year ended ..."
        if mention.year is not None and mention.year == year.year and mention.fiscal == year.fiscal:
            return mention  # "H1 FY26 ... FY26"
        if (
            closing
            and mention.end_day
            and timedelta(days=28) <= closing - mention.end_day < timedelta(days=365)
        ):
            return mention  # "the six months ended 30 September 2025 ... year ends on 31 March 2026"
    return None


def _closes_its_year(part: P.PeriodMention) -> bool:
    """Whether a numbered part is its year's last (a fourth quarter, a second half): the year named after
    it may then be the period reported next, not the year the part is of."""
    return part.index == (4 if part.grain == "quarter" else 2)


def _closing_day(year: P.PeriodMention) -> date | None:
    """The last day of a year phrase that names it ("financial year ends on 31 March 2026"), if it does."""
    if year.end_day is not None:
        return year.end_day
    month = year.fiscal_year_end_hint
    if year.year is None or month is None or not 1 <= month <= 12:
        return None
    return date(year.year, month, calendar.monthrange(year.year, month)[1])


def _line_facts(
    text: str,
    figures: list[LineFigure],
    mentions: list[OrgMention],
    published: date | None,
    context: _Context,
    fy_hints: dict[str, int],
    seen: set[tuple],
    stated_facts: list[MetricFact],
    subjects: list[tuple[int, OrgMention | None]] = (),
) -> list[MetricFact]:
    """Facts of label lines and tables: owned by an organization named on the line (or by the row's
    label), else the article's main one; dated by the row's or column's period, else the last period
    stated above. A figure the prose already states is not stated twice."""
    if not figures:
        return []
    owners = _line_owners(text, figures, mentions, context, stated_facts)
    by_label = _names_by_label(mentions)
    stated = _values_stated(stated_facts)
    dated = _values_dated(stated_facts)
    # Periods that date the lines below them: explicit ones, and a year-less quarter or half in a
    # caption ("For the fourth quarter, the company reported:"), read in the year named last before it.
    every_period = P.find_period_mentions(text)  # the whole text's, read once for both lists below
    period_phrases = [
        m
        for m in P.without_restated_months(text, every_period)
        if m.role == "period" and (m.explicit or _yearless_caption(text, m))
    ]
    # The prose's year-less parts ("its net profit rose 58% in the third quarter"): the period of a list
    # whose caption names none ("the following headline figures:"), when nothing above names one.
    prose_parts = [m for m in every_period if m.role == "period" and _numbered_part(m)]
    count_lines = {f.line_start for f in figures if f.unit == "count" and not f.flow}
    year_end = context.article_year_end
    reference = published or (year_end + timedelta(days=1) if year_end else None)
    facts: list[MetricFact] = []
    for figure in figures:
        on_line = [m for m in mentions if figure.line_start <= m.start < figure.quantity.start]
        labelled_org = by_label.get(" ".join(figure.label.lower().split())) if figure.label else None
        on_line = on_line or ([labelled_org] if labelled_org else []) or _in_corner(text, figure, mentions)
        if figure.needs_owner and not on_line:
            continue  # a part's row under "Revenue by division" naming no organization
        owner = on_line[0] if on_line else _owner_of_unnamed(text, figure, owners, subjects)
        if owner is None:
            continue
        fy_end = _fiscal_year_end(owner, fy_hints)  # a unit reports in its parent's fiscal calendar
        # A division's row that names no organization ("Health | 5,589"): a segment of the company.
        name = "other" if figure.unit_row and not on_line else figure.name
        unit = None if on_line else _reporting_unit(figure)
        if unit is not None:
            owner, name = unit, figure.name  # "Retail division revenue: $4 million": the unit's revenue
        if figure.period is None and _restated(stated.get((owner.key, name, figure.unit), []), figure.value):
            continue  # a table repeating the prose's figure: the prose states it, with its period
        # a line counting a level ("Mobile subscribers: 13.1 million (+2.3%)"): its change is the level's too
        parts = [] if figure.line_start in count_lines else prose_parts
        labelled = _line_period(text, figure, (period_phrases, parts), fy_end, reference)
        key = (owner.key, name, round(figure.value, 6), figure.unit, labelled.label)
        if key in seen or _restated(dated.get(key[:2] + key[3:], []), figure.value):
            continue  # "2,850.3" in a table under "H1 2025" after the prose's "2.85 billion" that half
        seen.add(key)
        facts.append(_line_fact(text, figure, owner, name, labelled))
    return facts


def _reporting_unit(figure: LineFigure) -> OrgMention | None:
    """The named business unit a line's label gives its figure to (units.py), if any: one written before
    the label's measure, or a table of parts' row naming a unit (not a place, not a total)."""
    if figure.unit_name:
        return unit_mention(figure.unit_name, figure.line_start, figure.line_start + len(figure.unit_name))
    if figure.unit_row and figure.label and is_unit_name(figure.label.strip()) and _title_case(figure.label):
        return unit_mention(figure.label, figure.line_start, figure.line_start + len(figure.label))
    return None


def _title_case(label: str) -> bool:
    """Every word of a row's label capitalised ("Wound & Skin Care"): a unit's name, not a kind of goods
    ("Kids wear")."""
    return all(w[:1].isupper() or w in ("&", "and", "of") for w in label.split())


def _line_owners(
    text: str,
    figures: list[LineFigure],
    mentions: list[OrgMention],
    context: _Context,
    prose_facts: list[MetricFact] = (),
) -> _LineOwners:
    """Who may own the lines that name no organization: the issuer the article was read with (else the
    one its headline and lead name), its lead, its most mentioned and its much-mentioned ones; none of
    them a counterparty the text names only as a preposition's object."""
    counterparties = _counterparties(text, mentions)
    main, lead = main_organization(mentions), _lead_organization(text, mentions)
    main, lead = (None if m is None or m.key in counterparties else m for m in (main, lead))
    counts = Counter(m.key for m in mentions)
    major = {key for key, count in counts.items() if 2 * count >= max(counts.values())} - counterparties
    major |= {m.key for m in (lead, main) if m is not None}
    issuer = context.issuer or headline_subject(text, mentions, lead)
    figure_lines = {figure.line_start for figure in figures}
    items = numbered_items(text)  # every numbered item is a document of its own (numbered_items.py)
    # Once per document, or per item of a page of several: the company it reports on (reporting.py)
    reporting = reporting_by_item(items, context.story_subject, mentions, list(prose_facts), lead, text)
    return _LineOwners(mentions, figure_lines, major, lead, main, issuer, items, reporting)


def _counterparties(text: str, mentions: list[OrgMention]) -> set[str]:
    """Organizations the text names only as a preposition's object ("signed an agreement with X", "over
    X's network"): counterparties the story mentions, whose names say nothing of whose lines these are."""
    free = {m.key for m in mentions if not (_object_not_subject(text, m) or _after_preposition(text, m))}
    return {m.key for m in mentions} - free


def _after_preposition(text: str, mention: OrgMention) -> bool:
    return bool(_OBJECT_OF.search(text[max(0, mention.start - 20) : mention.start]))


# A preposition right before a name: the name is its object ("sells capacity over X's network")
_OBJECT_OF = re.compile(
    r"\b(?:with|over|via|through|under|to|from|by|against|than|versus)\s+(?:the\s+)?$", re.IGNORECASE
)


def _line_period(
    text: str,
    figure: LineFigure,
    phrases: tuple[list[P.PeriodMention], list[P.PeriodMention]],
    fy_end: int,
    reference: date | None,
) -> P.PeriodLabel:
    """A line's period: its row's or column's, else one its line names, else the last stated above (a
    caption's or an explicit one), else the year-less part of a year the prose above reports on."""
    period_phrases, prose_parts = phrases
    # A count is a level on a day, not a flow over the period above: dated only by its own row.
    level = figure.unit == "count" and not figure.flow
    above = None if level else _period_above(text, period_phrases, figure.line_start)
    if not level and above is None:
        above = _prose_part_above(text, figure, prose_parts)
    above = _current_of_row(text, period_phrases, above, fy_end, reference) if above else None
    above = _part_named_before(period_phrases, above) or above if above else None
    mention = figure.period or _period_on_line(text, figure) or above
    period = _resolve_line_period(text, mention, period_phrases, fy_end, reference) if mention else None
    if figure.year_earlier and period is not None:
        period = P.shift(period, "year")  # "Rs 6,982 crore (Rs 5,444 crore)": the year before
    if figure.on_a_day or C.on_a_day(text[figure.line_start : figure.line_end]):
        period = None  # "Net cash: R8.7 billion at 31 December 2024": a level on a day, no period
    elif _period_off_line(figure) and heading_states_a_day(text, figure.line_start):
        period = None  # listed under "Key figures (as of 30 June 2026):", its line naming no period
    elif figure.period is None and _LEVEL_MEASURE.search(figure.label or _line_label(text, figure)):
        period = _line_own_period(text, figure, fy_end, reference)  # "Cloud ARR: $3.6bn": a run rate
    return P.label(period, fy_end)


def _prose_part_above(
    text: str, figure: LineFigure, prose_parts: list[P.PeriodMention]
) -> P.PeriodMention | None:
    """The year-less part of a year the prose above a list line reports on, for a line under a caption
    naming none ("The company published the following headline figures:" after "its net profit rose 58%
    in the third quarter"): the first the prose names, its headline's or lead's (a later one is more
    often a comparison's base: "Revenue also rose 11% from the second quarter, when ..."). None for a
    line naming a span of its own ("Nine-month revenue: ...") nor for a table's row (no item, no label)."""
    if not _LIST_LINE.match(text, figure.line_start):
        return None  # a table's row ("Net financing 713.5 626.4 +13.9%"): its columns date it or nothing
    if P.find_period_mentions(text[figure.line_start : figure.quantity.start]):
        return None
    return _period_above(text, prose_parts[::-1], figure.line_start)


def _period_off_line(figure: LineFigure) -> bool:
    """Whether the figure's line names no period of its own (none, or only its heading's)."""
    return figure.period is None or not figure.line_start <= figure.period.start < figure.line_end


def _line_fact(
    text: str, figure: LineFigure, owner: OrgMention, name: str, labelled: P.PeriodLabel
) -> MetricFact:
    evidence = text[figure.line_start : figure.line_end].strip()
    return MetricFact(
        organization_key=owner.key,
        organization_name=owner.name,
        metric_name=name,
        value=figure.value,
        unit=figure.unit,
        period_label=labelled.label,
        fiscal_year=labelled.fiscal_year,
        fiscal_quarter=labelled.fiscal_quarter,
        period_start=labelled.period_start,
        period_end=labelled.period_end,
        evidence=Evidence(evidence, text.index(evidence, figure.line_start), figure.line_end),
    )


def _current_of_row(
    text: str,
    period_phrases: list[P.PeriodMention],
    found: P.PeriodMention,
    fy_end: int,
    reference: date | None,
) -> P.PeriodMention:
    """A header row of periods above a line ("Q2 2025  Q2 2024  H1 2025  H1 2024") reports on the first
    of its periods ending last, whichever column the row names last (descending "FY25 FY24" and
    ascending "Q1 FY25 ... Q4 FY25" alike)."""
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    row = [
        m
        for m in period_phrases
        if m.explicit and line_start <= m.start and (line_end < 0 or m.end <= line_end)
    ]
    resolved = [(P.resolve(m, fy_end, reference=reference), i, m) for i, m in enumerate(row)]
    dated = [(period.end, -i, m) for period, i, m in resolved if period is not None]
    return max(dated, key=lambda item: item[:2])[2] if len(dated) > 1 else found


def _line_label(text: str, figure: LineFigure) -> str:
    """What a "Label: value" line writes before its first figure (the measure it states)."""
    before = text[figure.line_start : figure.quantity.start]
    colon = before.find(":")
    return before[:colon] if colon >= 0 else ""


def _line_own_period(text: str, figure: LineFigure, fy_end: int, reference: date | None) -> P.Period | None:
    """A level's period: only one its own line names ("Q2 ARR: $1.2bn"), never one stated above."""
    own = _period_on_line(text, figure)
    return P.resolve(own, fy_end, reference=reference) if own is not None and own.explicit else None


def _period_on_line(text: str, figure: LineFigure) -> P.PeriodMention | None:
    """A period the line names before its figure ("Q2 revenue, Americas: $1.08bn (+4pc)"): the line's
    own, before any period stated above it (a comparison's or a forecast's never)."""
    before = text[figure.line_start : figure.quantity.start]
    if _FORECAST.search(before):
        return None
    own = [m for m in P.find_period_mentions(before) if m.role == "period" and m.relative is None]
    if not own or is_comparison_phrase(before, own[0].start, own[0].end):
        return None
    return replace(own[0], start=own[0].start + figure.line_start, end=own[0].end + figure.line_start)


def _numbered_part(mention: P.PeriodMention) -> bool:
    """A quarter or half of a year named by its number or months ("the third quarter", "July-September"),
    no year, not relative to another period."""
    numbered = mention.index is not None or mention.end_month is not None
    return (
        mention.grain in ("quarter", "half")
        and numbered
        and mention.relative is None
        and not mention.explicit
    )


def _yearless_caption(text: str, mention: P.PeriodMention) -> bool:
    """ "In the fourth quarter, the figures were:", "headline numbers for July-September:": a numbered or
    month-named part of a year the text does not name, on a line that introduces the lines below it (a
    prose sentence's quarter dates only its own figures)."""
    if not _numbered_part(mention):
        return False
    line_end = text.find("\n", mention.end)
    return text[mention.end : len(text) if line_end < 0 else line_end].rstrip().endswith(":")


def _resolve_line_period(
    text: str,
    mention: P.PeriodMention,
    period_phrases: list[P.PeriodMention],
    fy_end: int,
    reference: date | None,
) -> P.Period | None:
    """The dates of a line's period; a year-less quarter or half is one of the year named last above it
    (not a comparison's nor a forecast's year)."""
    if mention.explicit or mention.fiscal_year_end_hint:
        return P.resolve(mention, fy_end, reference=reference)
    named = _period_above(text, [m for m in period_phrases if m.explicit], mention.start)
    year = P.resolve(named, fy_end, reference=reference) if named else None
    if year is None:
        return P.resolve(mention, fy_end, reference=reference)
    named_year = P.fiscal_year_of(year.end, fy_end)
    return P.resolve(mention, fy_end, anchor_year=named_year, anchor_fiscal=True, reference=reference)


_DIGIT = re.compile(r"\d")
# A caption's measure noun and the organization it is of: that organization owns the lines below.
_FIGURES_OF = re.compile(
    r"\b(?:figures|results|highlights|indicators|metrics|numbers|data)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|from|by|at|in|on|for|of|against|than|versus|and)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


def _caption_owner(
    text: str, line_start: int, figure_lines: set[int], mentions: list[OrgMention]
) -> OrgMention | None:
    """The organization a block of figure lines' caption names first ("X key figures for 2024:"): the
    nearest line above the block (past its figure lines, table rows and blank lines), when it ends with
    a colon, i.e. introduces the lines below."""
    end = line_start
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        # A list item of the block stating a figure the line reader left to the prose ("- Client
        # funds: $5 billion") is still a line of the block: the caption stands above all of them.
        block_item = bool(_BULLET.match(text, start)) and _DIGIT.search(line) is not None
        if line and start not in figure_lines and "|" not in line and not block_item:
            # "X key figures:", or a heading naming the block's company without a colon ("X second
            # quarter 2025 at a glance", story_lead.py)
            if not (line.endswith(":") or captions_figures(line)):
                return None
            # "filed with the Exchange, the company reported:": an object of a preposition is no subject
            named = [
                m
                for m in mentions
                if start <= m.start < end
                and m.text[:1].isupper()  # a descriptor's resolution is a guess; a name is read
                and (
                    not _AFTER_PREPOSITION.search(text, start, m.start)
                    or _FIGURES_OF.search(text, start, m.start)  # "Key figures of X (as of 30 June):"
                )
            ]
            return named[0] if named else None
        end = start
    return None


@dataclass(frozen=True)
class _LineOwners:
    """Who may own figure lines that name no organization."""

    mentions: list[OrgMention]
    figure_lines: set[int]  # starts of the figure lines
    major: set[str]  # the article's main organizations: its lead's, and the much-mentioned ones
    lead: OrgMention | None
    main: OrgMention | None  # the most mentioned
    issuer: OrgMention | None = None  # whose document it is (issuer.py): its lines are the issuer's
    # Where the items of a page of several numbered items open ("2. OADC CLOSES ITS ROUND"); empty on a
    # page that is one story
    items: list[int] = field(default_factory=list)
    # Where each item opens (0: the whole page) and the company it reports on (reporting.py)
    reporting: list[tuple[int, OrgMention | None]] = field(default_factory=list)


def _owner_of_unnamed(
    text: str, figure: LineFigure, owners: _LineOwners, subjects: list[tuple[int, OrgMention | None]]
) -> OrgMention | None:
    """The owner of a line that names no organization: the one its caption names ("X key figures for
    2024:"); else, unless the row names a division, the article's reporting company (reporting.py), else
    the one the prose right above was about when it is one of the article's main ones; else the company
    the article leads with (a division's row) or the most mentioned one."""
    captioned = _caption_owner(text, figure.line_start, owners.figure_lines, owners.mentions)
    if captioned is not None:
        return captioned
    if owners.issuer is not None:
        return owners.issuer  # a filing's or a release's lines are its issuer's, whoever the prose named
    if figure.unit_row:
        return owners.lead or owners.main
    item_lead = _item_lead(owners, figure.line_start)
    if item_lead is not None:
        return item_lead  # a briefs page's item is about its own lead, whoever the page names most
    reporting = _reporting_at(owners, figure.line_start)
    if reporting is not None:
        # the company that owns most named figures, decided once per document or item (reporting.py):
        # not the name the paragraph right above happened to be about
        return reporting
    above = _subject_above(text, subjects, figure)
    return above if above is not None and above.key in owners.major else owners.main


def _reporting_at(owners: _LineOwners, line_start: int) -> OrgMention | None:
    """The reporting company of the document, or of the numbered item, that holds ``line_start``."""
    opened = [company for start, company in owners.reporting if start <= line_start]
    return opened[-1] if opened else None


def _item_lead(owners: _LineOwners, line_start: int) -> OrgMention | None:
    """On a page of numbered items, the organization the item holding ``line_start`` names first (its
    lead, as the article's lead is the story's), above the line."""
    opened = [item for item in owners.items if item <= line_start]
    if not opened:
        return None
    named = [m for m in owners.mentions if opened[-1] <= m.start < line_start and m.text[:1].isupper()]
    return named[0] if named else None


def _subject_above(
    text: str, subjects: list[tuple[int, OrgMention | None]], figure: LineFigure
) -> OrgMention | None:
    """The subject of the discourse where the prose above a figure line ended: the last sentence
    subject that is no preposition's object ("the integration of Y" is about someone else)."""
    above = [
        subject
        for end, subject in subjects
        if end <= figure.line_start
        and subject is not None
        and not _AFTER_PREPOSITION.search(text, max(0, subject.start - 20), subject.start)
    ]
    return above[-1] if above else None
