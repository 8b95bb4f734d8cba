"""A company the recognizer does not tag, found from grammar: the nominal subject of a reporting or
result verb whose clause holds a company figure ("Quarvo said on Tuesday that revenue fell 9%",
"Quarvo posted a net loss of $4 million").

A plain "X said" cue would make every untagged person an organization, so the subject must be a
capitalised name the recognizer gave no other label (no person, place or nationality), no known
person's word, no pronoun, month or title, written capitalised wherever the article writes it, and the
verb's own clause (its dependency subtree) must hold a money or percent figure with a metric noun, or a
raised amount. Only sentences that may hold such a subject are parsed (``candidate_sentences``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from pipelines.extraction.chrome import inside_any
from pipelines.extraction.model import Quantity
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.syntax import MAX_PARSED_CHARS, ParsedSentence, Syntax
from pipelines.letters import UPPER

Span = tuple[int, int]
NerSpan = tuple[int, int, str]

# Verbs whose subject is the body that states or earns a figure; each with an example of the form.
REPORTING_VERBS: tuple[tuple[str, str], ...] = (
    ("said", "Quarvo said on Tuesday that revenue fell 9% to $40 million."),
    ("says", "Quarvo says its revenue rose 12% in the quarter."),
    ("reported", "Quarvo on Thursday reported a 12% rise in quarterly revenue."),
    ("reports", "Quarvo reports net profit of EUR 3 million for the half."),
    ("posted", "Quarvo posted a net loss of $4 million for the year."),
    ("recorded", "Quarvo recorded revenue of $88 million, up 14%."),
    ("booked", "Quarvo booked sales of EUR 31 million in 2024."),
    ("generated", "Quarvo generated revenue of EUR 31 million in 2024."),
    ("announced", "Quarvo announced on Monday that profit rose 8%."),
    ("grew", "Quarvo grew revenue 14% to $88 million."),
    ("lifted", "Quarvo lifted net profit 5% to $2 million."),
    ("raised", "Quarvo raised $20 million in a round led by Nordvik."),
    ("earned", "Quarvo earned $3 million in net income in the quarter."),
)
_VERBS = frozenset(verb for verb, _example in REPORTING_VERBS)
_VERB_WORD = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_VERBS))})(?![\w-])")
# Nouns that make a money or percent figure a company's own ("revenue fell 9%").
METRIC_NOUNS = frozenset((
    "revenue", "revenues", "sales", "turnover", "profit", "profits", "income", "earnings", "loss", "losses",
    "ebitda", "margin", "margins", "orders", "bookings", "deliveries", "shipments",
))
# Words of a measure's own name, capitalised in a table or a bullet: "Operating Income grew 9%", "Gross
# Merchandise Value rose 20%". A subject holding one is the measure, not its company.
MEASURE_WORDS = METRIC_NOUNS | frozenset((
    "value", "volume", "volumes", "ebit", "eps", "arr", "gmv", "aum", "arpu", "capex", "opex", "cash", "flow",
    "debt", "growth", "price", "prices", "dividend", "dividends", "guidance", "outlook", "backlog",
))
# Verbs whose money object is the company's own raise, no metric noun needed ("raised $20 million").
_RAISING = frozenset(("raised",))
# Capitalised words that open sentences or stand for a speaker, never a company's name.
NOT_NAMES = frozenset((
    "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "The",
    "A", "An", "Analysts", "Investors", "Officials", "Executives", "Economists", "Management", "Shares",
    "Revenue", "Sales", "Group", "Company", "Bank", "Chief", "CEO", "CFO", "Chairman", "President",
))
_CAPITALISED = re.compile(rf"{UPPER}")
# A capitalised word before the verb in the same sentence: the only sentences worth a parse.
_CAPITAL_WORD = re.compile(rf"(?<![\w&.'’-]){UPPER}[\w&.+-]*")


def reporting_subjects(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[NerSpan],
    quantities: Sequence[Quantity],
    chrome: Sequence[Span],
    known_words: frozenset[str] = frozenset(),
    syntax: Syntax | None = None,
) -> list[Span]:
    """Spans of untagged names that are the subject of a reporting verb over a company figure. The
    sentences are parsed into ``syntax``, the article's parses, where the later stages find them again."""
    figures = [q for q in quantities if q.kind in ("money", "percent")]
    todo = candidate_sentences(text, sentences, entities, figures, chrome)
    if not todo:
        return []
    tagged = [(s, e) for s, e, _label in entities]
    person_words = {w for s, e, label in entities if label == "PERSON" for w in text[s:e].split()}
    refused = known_words | person_words | NOT_NAMES
    spans = []
    for parsed in (syntax or Syntax()).parse(todo):
        for span in _subjects(parsed, figures):
            name = text[span[0] : span[1]]
            if inside_any(span[0], span[1], tagged) or any(w in refused for w in name.split()):
                continue
            if _written_lower(text, name) or _not_a_subject_name(text, span, name):
                continue
            spans.append(span)
    return spans


def candidate_sentences(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[NerSpan],
    figures: Sequence[Quantity],
    chrome: Sequence[Span],
) -> list[Sentence]:
    """Prose sentences holding a reporting verb, a figure after it, and an untagged capitalised word
    before it that does not open the sentence alone as a function word."""
    tagged = [(s, e) for s, e, _label in entities]
    starts = sorted(q.start for q in figures)
    chosen = []
    for sentence in sentences:
        if len(sentence.text) > MAX_PARSED_CHARS or inside_any(sentence.start, sentence.end, chrome):
            continue
        verb = _VERB_WORD.search(sentence.text)
        # a figure after the verb, found by bisection: a long text's many sentences and figures stay linear
        if verb is None:
            continue
        if bisect_left(starts, sentence.end) <= bisect_left(starts, sentence.start + verb.end()):
            continue
        before = sentence.text[: verb.start()]
        for word in _CAPITAL_WORD.finditer(before):
            start = sentence.start + word.start()
            if word.group() not in NOT_NAMES and not inside_any(start, start + len(word.group()), tagged):
                chosen.append(sentence)
                break
    return chosen


def _subjects(parsed: ParsedSentence, figures: Sequence[Quantity]) -> list[Span]:
    """The name spans that are the nominal subject of a reporting verb whose subtree holds a figure."""
    tokens = parsed.tokens
    found = []
    for index, token in enumerate(tokens):
        if token.lower not in _VERBS or token.dep == "amod":
            continue
        clause = _subtree(parsed, index)
        if not _holds_company_figure(parsed, clause, figures, token.lower in _RAISING):
            continue
        for child in parsed.children(index):
            if tokens[child].dep == "nsubj" and _CAPITALISED.match(tokens[child].text):
                first = _name_start(parsed, child)
                found.append((tokens[first].start, tokens[child].end))
    return found


def _name_start(parsed: ParsedSentence, head: int) -> int:
    """The first word of the name ending at ``head``: the capitalised words before it that hang under it,
    whatever label the parser gave them ("Keppel DC REIT" may come out as "DC" the subject of "REIT")."""
    tokens, first = parsed.tokens, head
    while (
        first > 0
        and _CAPITALISED.match(tokens[first - 1].text)
        and head in parsed.ancestors(first - 1)
    ):
        first -= 1
    return first


def _subtree(parsed: ParsedSentence, index: int) -> set[int]:
    """Every token under ``index`` in the parse, itself included."""
    return {i for i in range(len(parsed.tokens)) if i == index or index in parsed.ancestors(i)}


def _holds_company_figure(
    parsed: ParsedSentence, clause: set[int], figures: Sequence[Quantity], raising: bool
) -> bool:
    """A money or percent figure inside the clause, with a metric noun there too (a raise needs none)."""
    spans = [(parsed.tokens[i].start, parsed.tokens[i].end) for i in clause]
    held = [q for q in figures if any(s <= q.start < e for s, e in spans)]
    if not held:
        return False
    if raising and any(q.kind == "money" for q in held):
        return True
    return any(parsed.tokens[i].lower in METRIC_NOUNS for i in clause)


# A label or a dateline before its text ("KARACHI: Jazz said ...", "SAN DIEGO - Quarvo said ...").
_LABEL_AFTER = re.compile(r"\s*[:–—-]")
# A possessive is no subject's whole name: "Moody's said" would leave "Moody".
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
# People named by what they do, capitalised at a sentence's start: "Bankers said", "Traders say".
_AGENT_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants)")


def _not_a_subject_name(text: str, span: Span, name: str) -> bool:
    """A measure's own words ("Operating Income grew 9%"), a name cut before its possessive, a label or
    dateline, or people named by their trade."""
    return (
        any(word in MEASURE_WORDS for word in name.lower().split())
        or bool(_POSSESSIVE_AFTER.match(text, span[1]))
        or bool(_LABEL_AFTER.match(text, span[1]))
        or bool(_AGENT_PLURAL.fullmatch(name))
    )


def _written_lower(text: str, name: str) -> bool:
    """A word the article also writes in lower case is a common word capitalised by its position."""
    lowered = name.lower()
    return lowered != name and re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) is not None
