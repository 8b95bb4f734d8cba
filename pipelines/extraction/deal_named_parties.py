"""Organizations a deal's grammar names where the organization stage found none.

"In March Lupin signed a licensing agreement with Zydus Lifesciences": the organization stage may
drop a short or unusual name ("Lupin", "Databricks") that nothing else marks as a company. A deal
word's syntactic argument (its subject, object, the object of its "with"/"from"/"by" phrase, see
``deal_syntax``) is a party's slot: a capitalised proper name standing there, next to a known
organization on the deal's other side, is proposed as an organization. Dates and money the entity
model labels, the gazetteer's places and products, title words ("Governor") and the people found are
never proposed, and the proposal must make a deal the parse reads, so a name in a sentence with no
deal is never added.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from pipelines.extraction.deal_follow_up_names import (
    after_an_opening,
    follow_up_sentence,
    opens_as_lead_investor,
    party_positions,
    with_connected_start,
)
from pipelines.extraction.deal_syntax import DEAL_VERB_CUE, NOUN_FRAMES, VERB_FRAMES, deals_with_words
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.entities.keys import display_name, organization_key
from pipelines.extraction.entities.later_short_forms import full_name_written_first
from pipelines.extraction.entities.merging import same_company_tail
from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention, PersonFact
from pipelines.extraction.org_cues import COMPANY_TAILS
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.syntax import ParsedSentence, ParsedToken, Syntax
from pipelines.extraction.titles import TITLE_CUE

# entity labels that say a name is no organization ("in March", "the Euro 2024"); the model's PERSON and
# GPE are not trusted in a party's slot (it calls companies both: "with Databricks", "Lupin signed"):
# places are the gazetteer's, people those the people stage found; NORP is let into a party's slot
# (``_SLOT_LABELS``: "the purchase of Axonics by B", the model's NORP), where the gazetteer refuses peoples
_NOT_ORGANIZATION = {"LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                     "LANGUAGE", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PRODUCT"}
_SLOT_LABELS = frozenset({"NORP"})
# the parts of a proper name the parse hangs on its last word ("Channel 4", "Kestrel Data Labs")
_NAME_PARTS = {"compound", "nummod", "flat", "amod"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
# capitalised words that open a sentence or stand for a party without naming one
_NOT_A_NAME = {"the", "it", "its", "they", "their", "we", "our", "this", "that", "these", "those", "he",
               "she", "company", "group", "firm", "bank", "board", "government", "ministry", "agency", "i"}
# a capitalised word, "&" or "'n" right after the span continues the name ("Touch 'n Go", "Marks & Spencer")
_CUT_NAME = re.compile(r"[ \t]*(?:[A-Z]|&|['’]n\b)")
# a name's word: capitalised, digits, or a brand's lower-case opening with an inner capital or digit
# ("responsAbility Investments", "i2i Ventures"); a descriptor ("firm Bridgepoint") has neither
_CAPITALISED = re.compile(r"[A-Z][\w&.'’+-]*|\d[\w-]*|[a-z]+[A-Z\d][\w&.'’+-]*")
# a name's last word may open with digits if capitals follow ("led by 8VC", "3M"), never a bare number
_DIGITS_AND_CAPITALS = re.compile(r"\d+[A-Z]")
# digits then two or more capitals name a company, whatever the entity model calls them ("8VC" read as a
# DATE); a quarter or half ("2Q", "1H") has one capital
_CODE_NAME = re.compile(r"\d+[A-Z]{2,}[A-Za-z]*")


# Sentences that name more parties of a deal told before, with no deal word of their own: a name listed
# there with a known organization is one more party ("A and existing backer B also took part"). Each
# example is tested in tests/unit/test_deal_awards_and_signings.py.
JOINER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("A and existing backer B also took part.", re.compile(
        r"(?i)\balso\s+(?:took\s+part|participated|co-invested|invested|joined|signed)\b")),
    ("A and B took part in the round.", re.compile(r"(?i)\b(?:took\s+part|participated)\s+in\s+the\b")),
    ("The agreements are with A and B.", re.compile(
        r"(?i)^\W*the\s+(?:[\w-]+\s+){0,2}?(?:agreements?|contracts?|signatories|counterpart(?:y|ies)|"
        r"co-investors|investors|backers)\b[^.;]{0,40}?\b(?:are|were|include|included)\b")),
    ("C joined, as did existing investors A and B.", re.compile(r"(?i),\s+as\s+did\b")),
)


# the roles a deal's frames give its sides ("partner", "investor", "seller"): a person the people stage
# titles by one of them alone ("its joint venture partner Velorix Systems") is named by a deal's role, no
# job, and may be the deal's organization as much as a person found with no title at all
_DEAL_ROLES = frozenset(
    role
    for frame in (*VERB_FRAMES.values(), *NOUN_FRAMES.values())
    for role in (frame.subject, frame.object, *frame.preps.values())
    if role
)


def named_by_no_title(people: Sequence[PersonFact]) -> frozenset[str]:
    """The people found with no title, or titled by a deal's role alone ("its partner Velorix Systems"):
    the names a deal's party slot may make organizations (``with_deal_parties``' ``untitled``)."""
    return frozenset(p.name for p in people if not p.title or p.title.lower() in _DEAL_ROLES)


def with_deal_parties(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[tuple[int, int, str]],
    organizations: OrganizationResult,
    syntax: Syntax,
    gazetteer: Gazetteer,
    people: Sequence[str] = (),
    untitled: frozenset[str] = frozenset(),
) -> OrganizationResult:
    """``organizations`` with the names deal arguments propose, each with every mention of its name.
    ``untitled``: the people found by their name alone (the entity model's PERSON, no title), which a
    deal's party slot ("Lupin signed ... with B", "Its partner is B", "B led it") says are organizations."""
    starts = sorted(m.start for m in organizations.mentions)
    candidates = [s for s in sentences if (_mentions_in(starts, s) or _ISSUER_VOICE.search(s.text)) and (
        DEAL_VERB_CUE.search(s.text) or any(cue.search(s.text) for _, cue in JOINER_CUES))]
    follow_ups = _follow_ups(sentences, starts)
    listed = candidates + [s for s in follow_ups if s not in candidates]
    # A sentence with no word that may head a proposed name gets no parse here: it stays parsable (its own
    # group, parsed only if a later stage asks for it), but is left out of the batch this stage parses.
    may_name = {s.start for s in listed if may_name_a_party(text, s, organizations, entities)}
    syntax.add([s for s in listed if s.start not in may_name])
    syntax.add([s for s in listed if s.start in may_name])
    candidates = [s for s in candidates if s.start in may_name]
    follow_ups = [s for s in follow_ups if s.start in may_name]
    proposed: dict[str, str] = {}
    parties: set[str] = set()  # the keys a deal's own party slot proposed (its sentence's or a follow-up's)
    names = _names_mid_sentence(text)
    for sentence in candidates:
        parsed = syntax.sentence_at(sentence.start)
        if parsed is None:
            continue
        mentions = organizations.mentions_between(sentence.start, sentence.end) + _voices(parsed)
        _propose(text, _proposals(parsed, mentions, entities, organizations.organizations, names), proposed,
                 parties)
    for sentence in follow_ups:  # "The signatories are A, B and C": parties of the deal told just before
        parsed = syntax.sentence_at(sentence.start)
        if parsed is not None:
            mentions = organizations.mentions_between(sentence.start, sentence.end)
            _propose(text, _follow_up_proposals(parsed, mentions, entities, names), proposed, parties)
    proposed = {k: n for k, n in proposed.items() if k and k not in organizations.by_key
                and not _refused_party(n, gazetteer, k in parties, people, untitled)}
    if not proposed:
        return organizations
    # "Kestrel" of a known "Kestrel Data Labs" is that organization named short, never a new one
    known = {
        key: _longer_known(name, organizations.organizations, text, gazetteer)
        for key, name in proposed.items()
    }
    added = [OrganizationFact(key=key, name=name, kind="company")
             for key, name in proposed.items() if known[key] is None]
    mentions = list(organizations.mentions)
    for key, name in proposed.items():
        owner = known[key]
        owner_key, owner_name = (owner.key, owner.name) if owner else (key, name)
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(m.start < match.end() and match.start() < m.end for m in organizations.mentions):
                mentions.append(OrgMention(owner_key, owner_name, name, match.start(), match.end()))
    mentions.sort(key=lambda m: m.start)
    return OrganizationResult(organizations.organizations + added, mentions)


def _propose(
    text: str, spans: Sequence[tuple[int, int]], proposed: dict[str, str], keys: set[str] | None = None
) -> None:
    """Each span's name proposed once (its first form kept), unless the name goes on past the span;
    ``keys`` collects the keys proposed."""
    for start, end in spans:
        if _CUT_NAME.match(text, end):
            continue  # "teams up with J.P. | Morgan": a name the splitter or the parse cut, not all of it
        name = text[start:end]
        proposed.setdefault(organization_key(name), name)
        if keys is not None:
            keys.add(organization_key(name))


# a round named by its series opens a deal as a deal word does ("B closed a $12 million Series A")
_SERIES = re.compile(r"\bSeries\s+[A-H]\b")


def _follow_ups(sentences: Sequence[Sentence], starts: list[int]) -> list[Sentence]:
    """Sentences naming the parties of a deal a sentence just before told with a known organization."""
    opened = [_mentions_in(starts, s) and bool(DEAL_VERB_CUE.search(s.text) or _SERIES.search(s.text))
              for s in sentences]
    return [s for i, s in enumerate(sentences)
            if after_an_opening(i, opened) and (
                follow_up_sentence(s.text) or any(cue.search(s.text) for _, cue in JOINER_CUES))]


def _follow_up_proposals(
    parsed: ParsedSentence,
    mentions: Sequence[OrgMention],
    entities: Sequence[tuple[int, int, str]],
    openers: frozenset[str],
) -> list[tuple[int, int]]:
    """Proper names standing where the follow-up sentence names parties (``deal_follow_up_names``)."""
    found: list[tuple[int, int]] = []
    for index in party_positions(parsed):
        if _in_a_place(parsed, index):
            continue
        # "Creadev led it": the first word is the name
        first = {parsed.tokens[0].text} if opens_as_lead_investor(parsed, index) else set()
        span = _proper_name(parsed, index, mentions, entities, openers | first, listed=True)
        span = with_connected_start(parsed, span) if span is not None else None
        words = parsed_text(parsed, span) if span is not None else ""
        # "including a $60 million Series A led by B": the round is named, not a party
        if span is None or span in found or _DATELINE_CAPITALS.fullmatch(words) or _SERIES.match(words):
            continue
        found.append(span)
    return found


# The issuer's own voice in a release or a filing ("which we bought in March", "the business we acquired
# from B", "the Company acquired 51% of B"): it stands for a known organization on a deal's other side, so
# the name it deals with is proposed; the voice itself is never proposed.
_ISSUER_VOICE = re.compile(r"\b(?:[Ww]e|us|[Oo]ur)\b|\b[Tt]he\s+(?:Company|Group)\b")
_VOICE_WORDS = {"we", "us", "our"}
_ISSUER_NOUNS = {"Company", "Group"}


def _voices(parsed: ParsedSentence) -> list[OrgMention]:
    """Stand-ins for the issuer at each word that is its voice in the sentence."""
    tokens = parsed.tokens
    return [OrgMention("issuer-voice", "", t.text, t.start, t.end) for i, t in enumerate(tokens)
            if t.lower in _VOICE_WORDS or (t.text in _ISSUER_NOUNS and i and tokens[i - 1].lower == "the")]


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w&.’'+-]*")
_WORD = re.compile(r"[\w&.’'+-]+")


def _names_mid_sentence(text: str) -> frozenset[str]:
    """Words the text writes capitalised inside sentences and never in lower case: names, so one that
    opens a sentence ("Banistmo was bought from B") is a name there too, not a capitalised common word."""
    capitalised = {m.group() for m in _MID_SENTENCE_NAME.finditer(text)}
    lower = {w.lower() for w in _WORD.findall(text) if w[:1].islower()}
    return frozenset(w for w in capitalised if w.lower() not in lower)


def _refused_party(
    name: str, gazetteer: Gazetteer, in_party_slot: bool, people: Sequence[str], untitled: frozenset[str]
) -> bool:
    """A name a deal's slot proposed that is no organization: a place or a people the gazetteer knows
    ("Swiss", "Israelis": the model's NORP is let into a party slot, "the purchase of Axonics by B"),
    a product, a title word, a legal form alone, or a person the people stage found."""
    return (
        gazetteer.is_place(name)
        or _a_people(name, gazetteer)
        or gazetteer.is_product(name)
        or gazetteer.is_not_organization(name)
        or _a_title(name)
        or _a_legal_form(name)
        or _a_person_found(name, in_party_slot, people, untitled)
    )


def _a_people(name: str, gazetteer: Gazetteer) -> bool:
    """ "Israelis", "Kenyans": the plural of a nationality the gazetteer knows as a place's adjective."""
    return name.endswith("s") and " " not in name and gazetteer.is_place(name[:-1])


def _a_person_found(name: str, in_party_slot: bool, people: Sequence[str], untitled: frozenset[str]) -> bool:
    """The people stage found ``name`` (or it is a word of a person's name), and no deal vouches for it:
    a name the people stage took from the entity model's PERSON label alone, with no title, that a deal's
    party slot holds ("Lupin signed a licensing agreement with Teradyne", the model's PERSON) is the
    deal's organization; a titled person ("chief executive Ana Ruiz") stays a person."""
    if in_party_slot and name in untitled:
        return False
    return any(name in person.split() or name == person for person in people)


def _a_title(name: str) -> bool:
    """ "Governor Kestrel": a title names a person; a plural closing a name ("Kestrel Partners") is the
    firm's head noun."""
    match = TITLE_CUE.search(name)
    return match is not None and not (match.end() == len(name) and name.endswith("s"))


def _a_legal_form(name: str) -> bool:
    """ "Tbk" of "PT Bank Mandiri (Persero) Tbk", "Ltd": a legal form alone names no organization."""
    return display_name(f"Name {name}") == "Name"  # the legal form is what display_name strips


def _longer_known(
    name: str, known: Sequence[OrganizationFact], text: str = "", gaz: Gazetteer | None = None
) -> OrganizationFact | None:
    """The known organization ``name`` is the short form of: the one whose name is ``name`` and words that
    make no other company ("Velora" of "Velora Energy", "Kestrel" of "Kestrel Holdings Group"); else the
    longer name opening with it that the article's prose writes first, before ``name`` alone ("Tsurugi
    Estate ... owned 49% by Tsurugi", ``full_name_written_first``). "Turkvale" written before "Turkvale
    Superonline" names the parent, not its unit; so does any name before a unit's "Cloud" or a country."""
    words = name.split()
    holders = [o for o in known if o.name != name and o.name.split()[: len(words)] == words
               and _closes_a_company(tuple(o.name.split()[len(words):]))]
    if len(holders) == 1:
        return holders[0]
    first = full_name_written_first(name, [o.name for o in known], text, gaz or default_gazetteer())
    return next((o for o in known if o.name == first), None)


# the words that close a company's name ("Networks" of "Extreme Networks"), as the organization stage's
# short-form folds read them (org_cues.COMPANY_TAILS)
_COMPANY_TAILS = frozenset(tail for tail, _example, _short, _full in COMPANY_TAILS)


def _closes_a_company(tail: tuple[str, ...]) -> bool:
    return same_company_tail(tail) or tail in _COMPANY_TAILS


def _mentions_in(sorted_starts: list[int], sentence: Sentence) -> bool:
    index = bisect_left(sorted_starts, sentence.start)
    return index < len(sorted_starts) and sorted_starts[index] < sentence.end


def _proposals(
    parsed: ParsedSentence,
    mentions: Sequence[OrgMention],
    entities: Sequence[tuple[int, int, str]],
    known: Sequence[OrganizationFact] = (),
    names: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of proper names in argument positions that, taken as organizations, make a deal the
    parse reads with a known organization on another side (``names``: words the text writes as names,
    which may open a sentence as one)."""
    first_words = Counter(o.name.split()[0] for o in known if " " in o.name)
    openers = {word for word, count in first_words.items() if count == 1}  # "Vibra" of "Vibra Energia"
    openers |= names
    arguments = [index for index, token in enumerate(parsed.tokens)
                 if token.dep in _ARGUMENT_DEPS and not _in_a_place(parsed, index)]
    names = [span for index in arguments
             if (span := _proper_name(parsed, index, mentions, entities, openers, allowed=_SLOT_LABELS))]
    # (where the name stands in the deal, the name): itself, or the pronoun of its report ("B said it ...")
    slots = [((start, end), (start, end)) for start, end in names]
    slots += [((t.start, t.end), span) for t, span in _speakers(parsed, mentions, entities, openers)]
    # a name listed with a known organization in a deal's sentence is one of the list's kind: "with A and
    # existing backer B also taking part", "A, payments network B and C announced a partnership"
    found = _listed_with_known(parsed, mentions, entities, openers)
    found += [name for (start, end), name in slots if _makes_a_deal(parsed, mentions, (start, end))]
    # what a company is said to have bought is a company (or a brand run as one), whatever the entity
    # model calls the name: "software B, which A bought in 2024"
    bought = [span for index in arguments if (span := _proper_name(
        parsed, index, mentions, entities, openers, allowed=_BOUGHT_AS_LABELLED | _SLOT_LABELS))
        and span not in names]
    found += [span for span in bought if _makes_a_deal(parsed, mentions, span, roles=_BOUGHT_ROLES)]
    return found


# entity labels the model gives bought companies ("B, which A bought": PRODUCT) and the roles such a name
# must fill in the deal the parse reads for it to be proposed anyway
_BOUGHT_AS_LABELLED = frozenset({"PRODUCT"})
_BOUGHT_ROLES = frozenset({"target"})


def _makes_a_deal(
    parsed: ParsedSentence,
    mentions: Sequence[OrgMention],
    span: tuple[int, int],
    roles: frozenset[str] | None = None,
) -> bool:
    """Taken as an organization, the span makes a deal the parse reads with a known organization on
    another side (in one of ``roles`` when given)."""
    trial = OrgMention(f"proposed:{span[0]}", "", "", span[0], span[1])
    for _deal_type, parties, _offset in deals_with_words(parsed, [*mentions, trial]):
        if any(m is trial and (roles is None or role in roles) for m, role in parties) and any(
            m is not trial for m, _ in parties
        ):
            return True
    return False


def _listed_with_known(
    parsed: ParsedSentence,
    mentions: Sequence[OrgMention],
    entities: Sequence[tuple[int, int, str]],
    openers: set[str],
) -> list[tuple[int, int]]:
    """Proper names coordinated with a known organization ("A and B", "A, B and C"): each item of the
    list is linked to the one before it, by a conjunct or by an apposition the list goes on from."""
    tokens = parsed.tokens

    def named(index: int) -> bool:
        return any(m.start <= tokens[index].start < m.end for m in mentions)

    def known(index: int) -> bool:
        # "A and the existing shareholder B": the descriptor noun heading the known name stands for it
        return named(index) or any(tokens[c].dep in ("appos", "compound") and c > index and named(c)
                                   for c in parsed.children(index))

    found = []
    for index, token in enumerate(tokens):
        listed = token.dep == "conj" or _listed_apposition(parsed, index)
        neighbours = [c for c in parsed.children(index) if tokens[c].dep == "conj"]
        if listed:
            neighbours.append(token.head)
        if named(index) or not any(known(n) for n in neighbours) or _list_modifies(parsed, index):
            continue
        span = _proper_name(parsed, index, mentions, entities, openers)
        if span is not None and not _DATELINE_CAPITALS.fullmatch(parsed_text(parsed, span)):
            found.append(span)
    return found


# a place in a dateline's capitals ("KUALA LUMPUR, March 5 - A and B signed ..."), not a listed name
_DATELINE_CAPITALS = re.compile(r"[A-Z]{4,}(?:\s+[A-Z]{2,})*")


def parsed_text(parsed: ParsedSentence, span: tuple[int, int]) -> str:
    return " ".join(t.text for t in parsed.tokens if span[0] <= t.start and t.end <= span[1])


def _list_modifies(parsed: ParsedSentence, index: int) -> bool:
    """The list names what a noun after it is of ("the A, B and C franchises", "all A, B and C matches"),
    or where something is ("in A and B"): brands, teams and places, not parties."""
    first = index
    while parsed.tokens[first].dep in ("conj", "appos") and parsed.tokens[first].head != first:
        first = parsed.tokens[first].head
    token = parsed.tokens[first]
    return token.dep in ("compound", "amod", "nmod") or _in_a_place(parsed, first)


def _listed_apposition(parsed: ParsedSentence, index: int) -> bool:
    """ "A, B and C": the parse may read B as A's apposition, C its conjunct."""
    if parsed.tokens[index].dep != "appos":
        return False
    deps = {parsed.tokens[c].dep for c in parsed.children(index)}
    return "cc" in deps and "conj" in deps


# verbs that report what their subject did: "B said it had signed a contract with A"
_REPORTING = {"said", "says", "announced", "announces", "confirmed", "confirms", "added", "stated",
              "reported"}
_PRONOUNS = {"it", "they"}


def _speakers(
    parsed: ParsedSentence,
    mentions: Sequence[OrgMention],
    entities: Sequence[tuple[int, int, str]],
    openers: set[str],
) -> list[tuple[ParsedToken, tuple[int, int]]]:
    """(the pronoun, the speaker's name) where a proper name reports a deal of its own: "Separately,
    Turkvale said it had signed a contract with A" (the pronoun is the name; no known organization
    stands for it)."""
    found = []
    for token in parsed.tokens:
        if token.lower not in _PRONOUNS or token.dep not in ("nsubj", "nsubjpass"):
            continue
        clause = parsed.tokens[token.head]
        if clause.dep != "ccomp" or parsed.tokens[clause.head].lower not in _REPORTING:
            continue
        speaker = next((c for c in parsed.children(clause.head) if parsed.tokens[c].dep == "nsubj"), None)
        span = _proper_name(parsed, speaker, mentions, entities, openers) if speaker is not None else None
        if span is not None:
            found.append((token, span))
    return found


_TITLE_JOINTS = {":", "-", "–", "—"}
# prepositions whose object is where a deal happens as often as who is in it ("a plant in Zaragoza")
_PLACE_PREPOSITIONS = {"in", "into", "at", "near", "across", "within", "outside", "throughout"}


def _in_a_place(parsed: ParsedSentence, index: int) -> bool:
    """The name is the object of a locative preposition: "invest in a plant in B" (B may be a town)."""
    token = parsed.tokens[index]
    return token.dep == "pobj" and parsed.tokens[token.head].lower in _PLACE_PREPOSITIONS


# entity labels that refuse a name in every slot (``_proper_name`` lets NORP and PRODUCT through where a
# slot asks for them)
_REFUSED_IN_EVERY_SLOT = _NOT_ORGANIZATION - _SLOT_LABELS - _BOUGHT_AS_LABELLED
# what may stand around a word that only stands for a party ("(The", "It,")
_PUNCTUATION = "\"'“”‘’()[]{},.;:!?"


def may_name_a_party(
    text: str, sentence: Sentence, organizations: OrganizationResult, entities: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether the sentence holds a word that may head a name ``_proper_name`` proposes: a capitalised word
    (or digits and capitals, "8VC") outside the known organizations and outside the entity spans every slot
    refuses, other than a word that only stands for a party ("The", "It"). Every proposal of this module is
    such a name, so where the sentence holds none its parse can propose nothing."""
    if _DIGITS_AND_CAPITALS.search(sentence.text):
        return True  # a code name may stand inside a span the entity model labelled ("8VC" as a DATE)
    masked = list(sentence.text)
    refused = [(s, e) for s, e, label in entities if label in _REFUSED_IN_EVERY_SLOT]
    spans = [(m.start, m.end) for m in organizations.mentions_between(sentence.start, sentence.end)]
    for start, end in spans + refused:
        for position in range(max(start, sentence.start), min(end, sentence.end)):
            masked[position - sentence.start] = " "
    for word in "".join(masked).split():
        if any(c.isupper() for c in word):
            bare = word.strip(_PUNCTUATION)
            if not (bare.isalpha() and bare.lower() in _NOT_A_NAME):
                return True
    return False


def _proper_name(
    parsed: ParsedSentence,
    index: int,
    mentions: Sequence[OrgMention],
    entities: Sequence[tuple[int, int, str]],
    openers: set[str] = frozenset(),
    allowed: frozenset[str] = frozenset(),
    listed: bool = False,
) -> tuple[int, int] | None:
    """The capitalised name headed by this token, unless it is an organization already, a word that
    only stands for one, or something the entity model calls a place, person, date or product (other
    than the ``allowed`` labels). The sentence's first word is capitalised anyway: it counts only as the
    first word of a known name, or of one the sentence describes (``_described_first``)."""
    tokens = parsed.tokens
    head = tokens[index]
    capitalised = head.text[:1].isupper() or _DIGITS_AND_CAPITALS.match(head.text)
    opens = index == 0 and head.text not in openers and not _described_first(parsed, index)
    if not capitalised or head.lower in _NOT_A_NAME or opens:
        return None
    parts = [index]
    # "Kestrel Data Labs", never "March" of "In March Lupin signed"; the word before may hang on any word
    # of the name ("Tallis" on "Ports" of "Tallis Ports Authority")
    while parts[0] > 0 and tokens[parts[0] - 1].head in parts and tokens[parts[0] - 1].dep in _NAME_PARTS \
            and _CAPITALISED.fullmatch(tokens[parts[0] - 1].text) \
            and not _labelled_other(tokens[parts[0] - 1].start, tokens[parts[0] - 1].end, entities):
        parts.insert(0, parts[0] - 1)
    after = index + 1
    if after < len(tokens) and tokens[after].head == index and tokens[after].dep == "nummod":
        parts.append(after)  # "Channel 4"
    start, end = tokens[parts[0]].start, tokens[parts[-1]].end
    # "the shooter PUBG: Battlegrounds": a title's second half, the parse's clause cut (unless the colon
    # opens a list of ``listed`` names: "The other signatories: A and B")
    if tokens[parts[0]].lower in _NOT_A_NAME or (tokens[parts[0] - 1].text in _TITLE_JOINTS and not listed):
        return None
    if any(m.start < end and start < m.end for m in mentions):
        return None
    labelled = _labelled_other(start, end, entities, allowed)
    if labelled and not (len(parts) == 1 and _CODE_NAME.fullmatch(head.text)):
        return None
    return start, end


def _described_first(parsed: ParsedSentence, index: int) -> bool:
    """The sentence's first word is a name where the sentence goes on to say what it is: an apposition
    opening with an article ("B, the Portland lighting brand A bought in 2011, ..."), which a capitalised
    common word ("Revenue, the main line, ...") rarely has in a deal's sentence."""
    tokens = parsed.tokens
    for child in parsed.children(index):
        if tokens[child].dep != "appos" or child <= index + 1 or tokens[index + 1].text != ",":
            continue
        first = min((child, *(c for c in parsed.children(child) if c < child)))
        if tokens[first].lower in ("the", "a", "an"):
            return True
    return False


def _labelled_other(
    start: int, end: int, entities: Sequence[tuple[int, int, str]], allowed: frozenset[str] = frozenset()
) -> bool:
    return any(s < end and start < e and label in _NOT_ORGANIZATION - allowed for s, e, label in entities)
