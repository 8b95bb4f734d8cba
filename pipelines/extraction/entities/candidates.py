"""Candidate spans: the model's spans repaired, name patterns, the gazetteer, descriptions ("research firm
X", "X, a payments unit of ...") and the cue tables of org_cues.py, each trimmed to the name it holds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipelines.extraction.entities.function_word_openings import keeps_opening_word, with_opening_words
from pipelines.extraction.entities.keys import clean_surface, display_name, trim_span
from pipelines.extraction.entities.name_heads import read_as_capitalised, with_name_head
from pipelines.extraction.entities.plausible import generic_phrase, plausible
from pipelines.extraction.entities.products import PRODUCT_AFTER, company_despite_app
from pipelines.extraction.entities.records import Candidate, NerSpan
from pipelines.extraction.entities.vocabulary import (
    ACTIVITY_WORDS,
    BACKER_HEADS,
    CAP,
    COMPANY_ENDINGS,
    CONNECT,
    FIELD_PHRASE,
    FIELD_TAIL,
    FOREIGN_COMPANY_WORDS,
    GENERIC_WORDS,
    GOVERNMENT_HEADS,
    HEADS,
    LEGAL_TAIL,
    OFFICE_HOLDERS,
    OFFICE_TITLE,
    ORG_NOUNS,
    POSSESSIVE_NAME_WORDS,
    PUBLIC_BODY,
    REGISTERED,
    REMIT_ADJECTIVES,
    ROMANCE_KIND_WORDS,
    SEAM_WORDS,
    TITLE_WORDS,
    WORDS,
)
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.literal_scan import literal_then
from pipelines.extraction.name_starts import name_first_matches
from pipelines.extraction.org_cues import (
    AMOUNT_AFTER_NAME,
    AMOUNT_BEFORE_NAME,
    ANY_NOT_ORGANIZATION_FORM,
    DIGIT_LED_WORD,
    LOCATIVE_BEFORE,
    NOT_ORGANIZATION_FORMS,
    OFFICE_BEFORE,
    OFFICE_BEFORE_NAME,
)
from pipelines.extraction.org_deal_parties import deal_parties_read_as_places
from pipelines.extraction.org_evidence import (
    country_units,
    cue_list_items,
    cue_name_spans,
)
from pipelines.extraction.org_layout import stands_as_a_place
from pipelines.extraction.org_merge import COMPANY_CLOSERS
from pipelines.extraction.org_seams import across_particles, remit_after_of
from pipelines.extraction.people_thing_cues import company_cue_before, legal_form_end, legal_form_start
from pipelines.extraction.sentences import is_abbreviation
from pipelines.legal_forms import LEGAL_FORM_WORDS
from pipelines.letters import LOWER, UPPER

# A place in brackets inside a registered name: "Quarvo Finance (HK) Limited", "Quarvo (Shanghai) Co., Ltd."
_PLACE_IN_BRACKETS = rf"(?:[ ]+\({CAP}(?:[ ]+{CAP}){{0,2}}\))"
# One item of a ministry's remit: a word, or an adjective and a word ("Economic Development").
_REMIT_ITEM = rf"(?:(?:{REMIT_ADJECTIVES})[ ]+)?{UPPER}{LOWER}+"
NAME_PATTERN = re.compile(
    rf"(?<![\w&-]){CAP}(?:[ ]+(?:{CAP}|and|&)){WORDS}[ ]+business[ ]+(?:group|unit)\b"
    rf"|(?<![\w&-])(?:(?:{CAP}[ ]+(?:(?:{CAP}|{CONNECT})[ ]+){WORDS}?)?(?:{GOVERNMENT_HEADS})"
    rf"[ ]+of[ ]+(?:the[ ]+)?"
    # "of Economy, Trade and Industry"
    rf"(?:{UPPER}{LOWER}+(?:,[ ]+{_REMIT_ITEM}){{1,12}},?[ ]+and[ ]+{_REMIT_ITEM}(?![ ]+{UPPER})"
    rf"|{CAP}(?:[ ]+(?:and[ ]+)?{CAP}){WORDS}(?:[ ]+of[ ]+(?:the[ ]+)?{CAP}(?:[ ]+{CAP}){WORDS})?)"
    rf"|{CAP}[ ]+(?:(?:{CAP}|{CONNECT})[ ]+){WORDS}(?:{HEADS})\b{FIELD_TAIL}"
    rf"(?:[ ]+of[ ]+{CAP}(?:[ ]+{CAP}){WORDS}{FIELD_TAIL})?"
    rf"|(?:Bank|University|Academy|Institute|College|School)[ ]+of[ ]+(?:the[ ]+)?{CAP}(?:[ ]+{CAP}){WORDS}"
    rf"{FIELD_TAIL})"
    rf"(?:{_PLACE_IN_BRACKETS}?{LEGAL_TAIL})?"
    rf"|(?<![\w&-]){CAP}(?:[ ]+(?:{CAP}|{CONNECT})){WORDS}?{_PLACE_IN_BRACKETS}?{REGISTERED}"
)


# "research firm Canalys", "money-transfer company MoneyGram", "cloud giant Alibaba"
# After a left part that stands alone: no "and" or "&" joining it to a next name (one fixed pattern).
_NOT_JOINED_AFTER = re.compile(r"(?!\s+(?:and|&)\s)")
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:{ORG_NOUNS}|arm|unit|subsidiary|affiliate|division|(?:analysts?|economists?|researchers?)[ ]+at)"
    rf"[ ]+((?:{CAP})(?:[ ]+(?:['’]n[ ]+)?{CAP}){{0,3}})|\bconsultancy[ ]+({LOWER}\w*{UPPER}\w*)"
)


# "Mynt, a payments unit of ..."; "Kakao Pay, the mobile payments business of ..."
_DESCRIBED_AFTER = re.compile(
    rf"(?<![\w-])((?:{CAP})(?:[ ]+{CAP}){{0,3}}),[ ]+(?:a|an|the)[ ]+(?:[\w&-]+(?:['’]s)?[ ]+){{0,5}}?"
    r"(?:unit|arm|affiliate|subsidiary|company|firm|startup|start-up|lender|bank|operator|provider|maker|"
    r"retailer|developer|business|division|venture|group|consultancy|insurer|platform\s+operator|carmaker|"
    r"automaker|chipmaker|conglomerate|e-wallet|(?:app|wallet)(?=\s+(?:founded|started|launched|based)\b)|"
    # "X, the Swiss-based mining and trading house",
    # "X, the investment vehicle of ...", "X, its investment promotion agency"
    r"(?:trading|fashion|publishing|auction|investment|brokerage)\s+house|vehicle|agency)\b"
    r"(?!['’])"  # "Atlas, the company's cloud database service": the company owns it, it is no company
)


# Two names described together as organizations: "A and B, both Oslo-based property investors".
_BOTH_DESCRIBED = re.compile(
    rf"(?<![\w-])((?:{CAP})(?:[ ]+{CAP}){{0,3}})[ ]+and[ ]+((?:{CAP})(?:[ ]+{CAP}){{0,3}}),[ ]+both[ ]+"
    r"(?:[\w-]+[ ]+){0,3}(?:companies|firms|groups|investors|banks|lenders|insurers|funds|operators|"
    r"subsidiaries|units|start-?ups)\b"
)


# A new body's name as introduced: "the venture, called A and B Technology, ..."
_CALLED = re.compile(
    rf"\b(?:venture|company|entity|bank|firm|unit|subsidiary|business),?\s+(?:to\s+be\s+)?(?:called|named|dubbed)\s+"
    rf"({CAP}(?:[ ]+(?:{CAP}|and|&|of))*[ ]+{CAP})(?=[,.;)]|\s+(?:and|which|that|will|with)\b)"
)


# "the Indonesian government", "the Shenzhen municipal government", "the Government of India"
_GOVERNMENT = re.compile(
    rf"\b(?:[Tt]he\s+)?((?:{UPPER}{LOWER}+\s+){{1,3}}(?:(?:municipal|provincial|state|federal|central|city)\s+)?"
    rf"[Gg]overnment|Government\s+of\s+(?:the\s+)?{UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\b"
)


# A local government named by its town, capitalised: "Velmont Metropolitan Municipality" wherever it
# stands, "the Municipality of Quarvos" or "the City of Quarvos" as a party (below; "the City of X" alone
# may be the town). The model tags these GPE and the town alone is a place, so only this reads them.
_TOWN_MUNICIPALITY = rf"{UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+){{0,2}}\s+Municipality"
_MUNICIPALITY_BY_TOWN = re.compile(rf"(?<![\w-])({_TOWN_MUNICIPALITY})(?![\w-])")
_LOCAL_GOVERNMENT = (
    rf"(?:Municipality|City|Province|Prefecture|County|Region)\s+of\s+{UPPER}{LOWER}+|{_TOWN_MUNICIPALITY}"
)
# A public body as the other side of an agreement or a holding: "an agreement with Shimane Prefecture
# and the city of Matsue", "alongside the government of South Sudan", "with the Municipality of Quarvos".
_PUBLIC_BODY_AS_PARTY = re.compile(
    rf"\b(?:with|and|alongside|between|by)\s+the\s+((?:{PUBLIC_BODY.pattern}){LOWER}+(?:\s+{UPPER}{LOWER}+)?|"
    rf"{_LOCAL_GOVERNMENT})(?![\w-])"
)


# The organization right after a deal verb: "partnered with Telkom Indonesia", "agreed to acquire Altair".
_AFTER_DEAL_VERB = re.compile(
    rf"\b(?:partner(?:ed|ing|s|ships?)?\s+with|(?:agreement|deal|pact|MoU|memorandum\s+of\s+understanding|alliance|"
    rf"contract)\s+with|teamed\s+up\s+with|cooperat\w+\s+with|collaborat\w+\s+with|stake\s+in|invest(?:s|ed)?"
    rf"\s+(?:[^\s.;]+\s+){{0,4}}?in(?:to)?|(?:acquire|acquired|acquires|buy|bought|buys)|funding\s+round\s+"
    rf"(?:led\s+by|in)|led\s+by|merged\s+with|merger\s+with|to\s+supply|(?:selected|chosen|picked)\s+by|"
    rf"investment\s+from)[ ]+(?:{LOWER}[\w-]*[ ]+){{0,3}}((?:{CAP})(?:[ ]+{CAP}){{0,3}})"
)


# A name opened by a kind word in a Romance language, its lower-case connectors inside:
# "Sociedad Química y Minera de Chile", "Banco Central do Brasil", "Industria de Diseño Textil".
# The function words between a Romance name's capitalised words: a preposition or a conjunction, maybe
# with its article ("Universidad Pedagógica de los Andes", "Agence pour le Développement Agricole",
# "Agência para o Investimento"), the article elided and glued to the next word ("Chambre des Pêches
# Maritimes de l'Atlantique"). A bare "d'" is left out: "Compagnie d'Assurances" alone is a kind of firm.
_ROMANCE_LINK = (
    r"(?:(?:de|del|do|da|dos|das|di|des|du|della|y|e|et|para|pour|por)[ ]+"
    r"(?:(?:la|le|les|los|las|o|os|as)[ ]+|l['’])?|la[ ]+)"
)
_ROMANCE_NAME = re.compile(
    rf"(?<![\w&-])(?:{ROMANCE_KIND_WORDS})(?:[ ]+{_ROMANCE_LINK}?{CAP}){{1,6}}(?![\w&-])"
)
# A person's office between a deal verb and a name: the name is the office holder.
_OFFICER_WORD = re.compile(
    r"(?i)\b(?:co-?)?(?:CEOs?|chiefs?|chair(?:man|woman|person)?s?|presidents?|founders?|executives?|"
    r"directors?|officers?)\b"
)
# Sources named as such: "writes Entrepreneur:", "reported by Caixin", "As TechNode notes".
_MEDIA_CONTEXT = re.compile(
    rf"\bwrites\s+((?:{CAP})(?:\s+{CAP}){{0,3}})\s*:|\breported\s+by\s+((?:{CAP})(?:\s+{CAP}){{0,3}})"
    rf"|\bAs\s+((?:{CAP})(?:\s+{CAP}){{0,2}})\s+(?:notes|noted|reports|reported|writes|wrote)\b"
    rf"|\btold\s+((?:{CAP})(?:\s+{CAP}){{0,2}})\s+(?:that|in)\b"
)


_MODIFIER_SUFFIX = re.compile(
    r"-(based|headquartered|listed|born|focused|led|backed|owned|funded|controlled|run|supported)$",
    re.IGNORECASE,
)


_PLACE_MODIFIERS = {"based", "headquartered", "listed", "born", "focused"}


_Add = Callable[[int, int, str], None]  # offers a span, with the path that found it, as a candidate


def collect_candidates(
    text: str,
    ner_spans: Sequence[NerSpan],
    gaz: Gazetteer,
    products: set[str],
    syntax_names: Sequence[tuple[int, int]] = (),
    unit_names: Sequence[tuple[int, int]] = (),
) -> list[Candidate]:
    """Every span that may name an organization, from the model, the name patterns, the gazetteer and
    the cues, each cleaned (``_cleaned_span``) and kept only where it reads as a name."""
    found: list[Candidate] = []

    def add(start: int, end: int, source: str) -> None:
        # "Wire Holdings" after "Over the ": the name the article shows whole, before any cleaning
        span = _cleaned_span(text, *with_opening_words(text, start, end), source, gaz)
        if span is None:
            return
        # "Halden+" before "Moor", "quarvix" before "Security Networks AG": the name's own first word
        start, end = with_name_head(text, *span)
        surface = text[start:end]
        if start < span[0] and surface[0].islower():  # judged as if its first word had a capital
            if plausible(read_as_capitalised(surface), gaz, products) and surface not in products:
                found.append(Candidate(start, end, source))
            return
        if plausible(surface, gaz, products) or (source == "gazetteer" and surface not in products):
            found.append(Candidate(start, end, source))
        elif keeps_opening_word(text, start, end) and plausible(surface, gaz, products, opening_kept=True):
            found.append(Candidate(start, end, source))  # "Even Healthcare": its opening word is its own
        elif source == "described" and _DIGIT_LED_NAME.fullmatch(surface) and surface not in products:
            found.append(Candidate(start, end, source))  # "chief executive of 1E": a cue names it
        elif source == "spelled" and surface not in products:
            found.append(Candidate(start, end, "defined"))  # lower-case words an acronym spells out

    _add_model_spans(text, ner_spans, gaz, add)
    _add_pattern_spans(text, ner_spans, gaz, add)
    for start, end in syntax_names:  # the subject of "said ... revenue fell 9%" (org_syntax.py)
        add(start, end, "described")
    for start, end in unit_names:  # "Mobile | 1,020" under "Revenue by operating segment": a unit's name,
        if text[start:end] not in products:  # however generic its words (org_segment_tables.py)
            found.append(Candidate(start, end, "unit"))
    _add_list_siblings(text, found, add)
    for start, end in across_particles(text, [(c.start, c.end) for c in found]):
        add(start, end, "pattern")  # "Rede Quarva" + " de Saúde": the name goes on over its particle
    names = {text[c.start : c.end] for c in found} - gaz.places
    for _ in range(2):  # "MTN Afghanistan" beside "MTN Group Limited": the name without its closing words
        names |= {n.rsplit(" ", 1)[0] for n in names if " " in n and n.rsplit(" ", 1)[1] in COMPANY_CLOSERS}
    for start, end in country_units(text, names, gaz.places):
        add(start, end, "pattern")  # "Quarvo Spain": the unit outranks its parent's name inside it
    return found


# A name opening with digits, only where a cue says it is an organization ("5G", "4Q" are not).
_DIGIT_LED_NAME = re.compile(rf"{DIGIT_LED_WORD}(?:[ ]+{CAP}){{0,3}}")


# Compiled once: written inline, the pattern string (with its class of every capital letter) was built and
# looked up in re's cache on every call, several times the cost of the match itself.
_DEAL_HEADING = re.compile(rf"(?:Acquisition|Purchase|Sale|Takeover|Merger)\s+(?:of|with)\s+(?={UPPER})")
_PHRASE_BEFORE_ON = re.compile(rf"(.+?)\s+(?:on|for)\s+(?:the\s+)?{UPPER}")
_CAPITALS_ONLY = re.compile(rf"{UPPER}{{2,6}}s?")
# A full stop inside a span with a new sentence's opening after it: a capitalised word, then a lower-case
# one ("awarded to Velorix Technologies. Management says", "chief executive of Quandra. Ferrox's chief").
# Group 1 is the word the full stop closes, group 2 the next sentence's first word.
_SENTENCE_BREAK = re.compile(rf"(?<![\w.])(\w[\w.]*)\.[ ]+(?=({UPPER}{LOWER}*)(?:['’]s)?[ ]+{LOWER})")
_SENTENCE_OPENING_CHARS = 40  # how far past a span the next sentence's first two words are read
# Abbreviations inside company names, not in the sentence splitter's list: "Velorix Bros. Media said".
_NAME_ABBREVIATIONS = frozenset(("bros", "intl", "mfg", "cie"))


def _cleaned_span(text: str, start: int, end: int, source: str, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span trimmed to the name it holds, or None where what it holds is no name at all."""
    start, end = trim_span(text, start, end)
    end = _before_a_sentence_break(text, start, end)
    verb = _HEADLINE_VERB.search(text, start, end)
    if verb and verb.start() > start:  # "NVIDIA Announces Financial Results": the name ends at the verb
        end = verb.start()
    surface = text[start:end]
    modifier = _MODIFIER_SUFFIX.search(surface)
    if modifier:
        if modifier.group(1).lower() in _PLACE_MODIFIERS:
            return None  # "Jiangsu-based": where a company sits, never a name
        end -= len(modifier.group())  # "Stonepeak-led group": the name is Stonepeak
        surface = text[start:end]
    amount = AMOUNT_AFTER_NAME.search(text, start, end)  # "Digital Services Rs 1,200": ends before it
    if amount and amount.start() > start:
        end = amount.start()
    amount = AMOUNT_BEFORE_NAME.match(text, start, end)  # "RM61.5m. Velor Data Centre": it starts after it
    if amount:
        start = amount.end()
    surface = text[start:end]
    deal_heading = _DEAL_HEADING.match(surface)
    if deal_heading:  # a heading "Acquisition of DreamBig Semiconductor": the name after "of"
        start += deal_heading.end()
        surface = text[start:end]
    phrase = _PHRASE_BEFORE_ON.match(surface)
    if phrase and source in ("pattern", "ner") and re.search(
        rf"(?<![\w-]){re.escape(phrase.group(1))}(?!\s+(?:on|for)\s)(?![\w-])", text
    ):
        end = start + len(phrase.group(1))  # "Finda on AI", "Google Cloud for the Middle East"
    whole = ANY_NOT_ORGANIZATION_FORM.fullmatch(text, start, end) is not None
    # a body goes on with " of " at or before the span's end: a span without one holds none (most spans)
    of_follows = " of " in text[start : end + len(" of ")]
    # "Supervisory Board of Velorix": Velorix
    for form, _example, _surface in NOT_ORGANIZATION_FORMS if of_follows else ():
        body = None if whole else form.match(text, start, end)  # "Board of Directors" is the body itself
        if body and text.startswith(" of ", body.end()):
            start = body.end() + len(" of ")
    return None if _no_name_here(text, start, end, source, gaz) else (start, end)


def _before_a_sentence_break(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` ends when the span runs past its sentence's full stop into the
    next sentence's first word: the model's span "Velorix Technologies. Management" holds "Velorix
    Technologies". A full stop after an abbreviation or an initial ends no sentence ("Dr. Ana Ruiz"), after
    a legal form it does ("Quandra Pty Ltd. Work is due"): the lower-case word after the capitalised one
    shows a sentence going on, never a name's next word ("Quandra Co. Ltd"). The search stops at the span's
    end: only a break the span itself crosses counts."""
    for match in _SENTENCE_BREAK.finditer(text, start, min(len(text), end + _SENTENCE_OPENING_CHARS)):
        dot = match.end(1)
        if dot >= end:
            break
        if match.group(2).lower() in LEGAL_FORM_WORDS:
            continue  # "Quandra Co. Ltd said": one legal form written in two words
        if match.group(1).lower() in _NAME_ABBREVIATIONS:
            continue
        if match.group(1).lower() in LEGAL_FORM_WORDS or not is_abbreviation(text, dot):
            return dot
    return end


def _no_name_here(text: str, start: int, end: int, source: str, gaz: Gazetteer) -> bool:
    """Period codes, datelines, shouted labels, an office's remit, generic phrases, a term's acronym."""
    surface = text[start:end]
    if re.fullmatch(r"(?:FY|Q[1-4]|H[12])\s?'?\d{2,4}|\d?Q\d{2,4}", surface):
        return True  # fiscal period codes ("FY26") are not names
    line_start = text.rfind("\n", 0, start) + 1
    if surface.isupper() and len(surface) > 6 and gaz.lookup(surface) is None and start - line_start < 25:
        return True  # datelines and shouted section labels ("MUNICH, Oct. 30 --"), not acronyms
    if (
        start == line_start
        and surface.isupper()
        and re.match(rf"(?:\s+{UPPER}{{2,}}\.?){{0,2}},\s+\w+\.?\s+\d", text[end : end + 40])
    ):
        return True
    if OFFICE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Secretary of State for Science, Innovation and Technology": an office's remit
    if source in ("pattern", "ner") and OFFICE_BEFORE_NAME.search(surface):
        return True  # "Energy Minister Ana Ruiz and Mining": an officeholder's title and name, no body
    if source in ("pattern", "ner", "described", "listed") and generic_phrase(text, start, end):
        return True
    # "lithium iron phosphate (LFP)": an acronym for a lower-case term, not a name
    return (
        source in ("pattern", "ner")
        and _CAPITALS_ONLY.fullmatch(surface) is not None
        and re.search(rf"(?:^|\s){LOWER}[\w-]*\s+\($", text[max(0, start - 30) : start]) is not None
        and text[end : end + 1] == ")"
    )


def _add_model_spans(text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer, add: _Add) -> None:
    """The model's ORG spans, repaired; its PERSON/GPE/... spans where the gazetteer or the context
    makes them an organization."""
    for start, end in _joined_one_word_halves(text, ner_spans, gaz):
        add(start, end, "ner")
    for start, end, label in ner_spans:
        surface = text[start:end]
        if label == "ORG" and OFFICE_TITLE.match(surface):
            continue  # "Minister of Trade and Industry" names an office holder, no part is an organization
        if label == "ORG":
            for s, e in _split_ner_org(text, start, end, gaz):
                add(s, e, "ner")
        elif label in ("PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
            s, e = trim_span(text, start, end)
            company = _written_as_a_company(text, s, e, label)
            if gaz.lookup(text[s:e]) is not None:
                add(s, e, "gazetteer")
            elif company:
                add(*company, "context")  # "PT Lindo Vale", "Maro Vale Kft.", "its juice arm, Lindo Vale"
            elif label != "NORP" and not gaz.is_place(text[s:e]) and _org_context(text, s, e):
                add(s, e, "context")  # "Shares of Nvidia" even when the model says GPE
            elif label == "PERSON" and _COMPANY_MADE_WORD.search(text[s:e]):
                add(s, e, "context")  # "Tsinghua Unigroup": a word made like a company name
            elif label == "PERSON" and _COMPANY_WORD_LAST.fullmatch(text[s:e]):
                add(s, e, "context")  # "Carrier Global": a name ending in a company word is no person
            elif label == "PERSON" and _foreign_company_name(text[s:e]):
                add(s, e, "context")  # "Vibra Energia": a company word of another language


# Up to three capitalised words right before a span, on its line: "Maro" before the model's "Vale Kft.".
_CAPITALISED_WORDS_BEFORE = re.compile(rf"(?<![\w&'’.-]){CAP}(?:[ ]{CAP}){{0,2}}[ ]$")


def _written_as_a_company(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The company's name where the article writes the model's non-organization span as one: with a legal
    form before or after it ("PT Lindo Vale", "Maro Vale Handling Hungary Kft.", "Lindo Vale ASA"), or,
    for a PERSON span, where what stands before it makes it a company (people_thing_cues: "the group's
    juice subsidiary, Lindo Vale", "who joined from Maro Vale"), cues that already deny it a person. A
    chain, a brand or a fund in that apposition ("the phone chains, Maro Vale and Lindo Vale") is left to
    the other cues: it may be a company's thing."""
    form_start, form_end = legal_form_start(text, start), legal_form_end(text, end)
    if form_start is not None:
        return form_start, end if form_end is None else form_end
    if form_end is not None or display_name(text[start:end]) != clean_surface(text[start:end]):
        # the form closes the name (in the span or after it: "Lindo Vale ASA"), whose first words the model
        # may have cut off as another span ("Maro" + "Vale Kft."): the name opens with them
        opening = _CAPITALISED_WORDS_BEFORE.search(text, max(0, start - 80), start)
        return (opening.start() if opening else start), end if form_end is None else form_end
    if label == "PERSON" and company_cue_before(text, start) and text[start:end] not in FOREIGN_COMPANY_WORDS:
        return start, end  # (a company word alone, "The unit, Nieruchomości", names no company)
    return None


def _foreign_company_name(surface: str) -> bool:
    """A name holding a company word of another language ("Vibra Energia"); the word alone is no name."""
    words = surface.split()
    return len(words) > 1 and bool(FOREIGN_COMPANY_WORDS.intersection(words))


def _add_pattern_spans(text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer, add: _Add) -> None:
    """Names found without the model: name patterns, the gazetteer, descriptions and the cue tables."""
    model_orgs = {(s, e) for s, e, label in ner_spans if label == "ORG"}
    for match in name_first_matches(NAME_PATTERN, text):  # every match opens on a capital (name_starts.py)
        for s, e in _split_coordination(text, match.start(), match.end(), gaz, model_orgs):
            add(s, e, "pattern")
    for match in _ROMANCE_NAME.finditer(text):
        add(match.start(), match.end(), "pattern")
    if gaz.pattern is not None:
        for match in gaz.pattern.finditer(text):
            add(match.start(), match.end(), "gazetteer")
    for match in _DESCRIBED_BEFORE.finditer(text):
        group = 1 if match.group(1) else 2
        add(match.start(group), match.end(group), "described")
    places = {text[s:e] for s, e, label in ner_spans if label in ("GPE", "LOC", "NORP")}
    # A nationality is never described as a firm: a name the model also calls NORP may be ("Raízen").
    regions = {text[s:e] for s, e, label in ner_spans if label in ("GPE", "LOC")}
    described_after = list(_DESCRIBED_AFTER.finditer(text))
    deal_objects = list(_AFTER_DEAL_VERB.finditer(text))
    parties = deal_parties_read_as_places(  # "bought a stake in B, a Pune maker of implants": B is no place
        (m.group(1) for m in deal_objects), (m.group(1) for m in described_after), gaz
    )
    places, regions = places - parties, regions - parties
    for match in described_after:
        if match.group(1) in regions:  # "in Beijing, a lender that ..." describes the bank, not Beijing
            continue
        if stands_as_a_place(text, match.start(1), match.end(1)):
            continue  # "Kestrel, a cloud start-up from Velmont, a firm with 80 staff": Kestrel's town
        add(match.start(1), match.end(1), "described")
    for match in _BOTH_DESCRIBED.finditer(text):
        add(match.start(1), match.end(1), "described")
        add(match.start(2), match.end(2), "described")
    for match in _CALLED.finditer(text):
        add(match.start(1), match.end(1), "defined")
    for match in PRODUCT_AFTER.finditer(text):
        if company_despite_app(text, match):  # "Slack, the workplace chat app, was bought by ..."
            add(match.start(1), match.end(1), "described")
    for match in _GOVERNMENT.finditer(text):
        if not re.match(r"(?:The|This|That|Its|Their|Our|A|An)\s", match.group(1)):
            add(match.start(1), match.end(1), "government")
    for match in _PUBLIC_BODY_AS_PARTY.finditer(text):
        add(match.start(1), match.end(1), "government")
    for match in _MUNICIPALITY_BY_TOWN.finditer(text):
        add(match.start(1), match.end(1), "government")
    for match in deal_objects:
        surface = match.group(1)
        if _OFFICER_WORD.search(text, match.start(), match.start(1)):
            continue  # "led by co-CEOs Kim Taek-jin and ...": people, not a lead investor
        located = LOCATIVE_BEFORE.search(text, match.start(), match.start(1))
        if located and not match.group().startswith("invest"):
            continue  # "bought farms in Bahia": where the farms are, not who sold them
        if stands_as_a_place(text, match.start(1), match.end(1)):
            continue  # "buys Velmont cloud firm Kestrel": the town of the firm bought (org_layout.py)
        if surface not in places and not any(surface in p for p in places):
            add(match.start(1), match.end(1), "described")
    for match in _MEDIA_CONTEXT.finditer(text):
        group = next(i for i in range(1, 5) if match.group(i))
        add(match.start(group), match.end(group), "media")
    for start, end in cue_name_spans(text):
        add(start, end, "described")
    for start, end in spelled_by_acronym(text):
        add(start, end, "spelled")
    for start, end in cue_list_items(text):
        add(start, end, "listed")


# An acronym in parentheses, and up to ten words before it on its line (each word bounded, so a long
# token costs each start a bounded number of steps).
_ACRONYM_AFTER_WORDS = re.compile(
    rf"(?<![\w'’-])((?:{UPPER}|{LOWER})[\w'’-]{{0,40}}(?:[ ][\w'’-]{{1,40}}){{1,9}})"
    rf"[ ]\(({UPPER}[A-Za-z]{{1,9}})\)"
)
# Words an acronym skips, in the languages whose public bodies write adjectives in lower case.
_SKIPPED_BY_ACRONYMS = {
    "of", "the", "and", "for", "de", "des", "du", "la", "le", "les", "del", "della", "di", "do", "da", "dos",
    "das", "für", "und", "et", "y", "e", "l'", "d'",
}


def spelled_by_acronym(text: str) -> list[tuple[int, int]]:
    """ "the Direction générale des Finances publiques (DGFiP)": a name holding lower-case words, which
    no name pattern reads, where the acronym after it takes the first letter of each of its words (the
    acronym's capitals, function words skipped) and two of its words at least are capitalised (a term
    capitalised only at a sentence's start is no name: "Annual recurring revenue (ARR)")."""
    spans = []
    for match in _ACRONYM_AFTER_WORDS.finditer(text):
        words = match.group(1).split(" ")
        capitals = [c.lower() for c in match.group(2) if c.isupper()]
        for first in range(len(words) - 1):
            kept = [w for w in words[first:] if w.lower() not in _SKIPPED_BY_ACRONYMS]
            lower_words = any(w[:1].islower() for w in kept)
            capitalised = sum(w[:1].isupper() for w in kept) >= 2
            spelled = [w[0].lower() for w in kept] == capitals
            if words[first][:1].isupper() and lower_words and capitalised and spelled:
                start = match.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
                spans.append((start, match.end(1)))
                break
    return spans


def _joined_one_word_halves(text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer) -> list[tuple[int, int]]:
    """ "the Cardiac and Vascular Company": the model's two ORG spans around "and", the first a lone word
    written nowhere else and the second ending in a company or institution word, are one name (a
    lone word is no company's whole name unless the article uses it alone)."""
    orgs = sorted((s, e) for s, e, label in ner_spans if label == "ORG")
    joined = []
    for (s1, e1), (s2, e2) in zip(orgs, orgs[1:], strict=False):
        left, right = text[s1:e1], text[s2:e2]
        if (
            re.fullmatch(r"\s+(?:and|&)\s+", text[e1:s2])
            and re.fullmatch(rf"{UPPER}{LOWER}+", left)
            and re.search(rf"\b(?:{HEADS}|Company)$", right)
            and not _backer_named_in_full(right)  # "Wollef and Amplifica Capital also invested": two backers
            and gaz.lookup(left) is None
            and len(re.findall(rf"(?<![\w-]){re.escape(left)}(?![\w-])", text)) == 1
        ):
            joined.append((s1, e2))
    return joined


def _backer_named_in_full(name: str) -> bool:
    """ "Quandra Long Capital": a name of two words at least ending in a backer's word, its first word no
    field's ("Digital Ventures" may close a longer name), is an investor of its own after a lone word."""
    words = name.split()
    return len(words) >= 2 and words[-1] in BACKER_HEADS and words[0] not in GENERIC_WORDS


_COMPANY_MADE_WORD = re.compile(rf"{UPPER}{LOWER}{{2,}}(?:group|soft|tech|corp)\b")


_COMPANY_WORD_LAST = re.compile(rf"{UPPER}[\w&.-]+(?:[ ]+{UPPER}[\w&.-]+)*[ ]+(?:Global|{HEADS})")


_LIST_ITEM = rf"{UPPER}(?:[\w.&’'-]*\w)?(?:[ ]+{UPPER}(?:[\w.&’'-]*\w)?){{0,2}}"


_NAME_LIST = re.compile(
    rf"\b(?:including|comprising|such\s+as|among\s+them)\s+"
    rf"({_LIST_ITEM}(?:(?:,[ ]+(?:and[ ]+)?|,?[ ]+and[ ]+){_LIST_ITEM}){{1,6}})"
)


_ORG_PLURAL_BEFORE = re.compile(
    r"\b(?:companies|firms|platforms|start-?ups|rivals|competitors|brands|lenders|banks|investors|backers|"
    r"operators|carriers|marketplaces|retailers|insurers|funds|subsidiaries|units|businesses)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _add_list_siblings(text: str, found: list[Candidate], add: _Add) -> None:
    """ "brands including Ctrip, Skyscanner and Qunar", "firms including Silver Lake, KKR and ...":
    the names of a list after organizations' plural (or beside a recognized organization) are all
    organizations."""
    for match in _NAME_LIST.finditer(text):
        items = [
            (match.start(1) + m.start(), match.start(1) + m.end())
            for m in re.finditer(_LIST_ITEM, match.group(1))
        ]
        known = [
            span for span in items if any(c.start <= span[0] and span[1] <= c.end for c in found)
        ]
        if not (known or _ORG_PLURAL_BEFORE.search(text, max(0, match.start() - 60), match.start())):
            continue
        for start, end in items:
            if not any(c.start <= start < c.end or start <= c.start < end for c in found):
                add(start, end, "described")


_ORG_BEFORE = re.compile(
    r"(?:[Ss]hares\s+(?:of|in)|stake\s+in|invest(?:ed|s|ing)?\s+in|acquire[sd]?|acquisition\s+of|"
    r"(?:purchase|takeover|sale|merger)\s+of|"
    r"partner(?:ed|s|ing)?\s+with|agreement\s+with|deal\s+with|rivals?|company|firm|start-?up|"
    r"subsidiary|unit|arm|(?:funding|investment|financing)\s+round\s+(?:for|in)|lender|carmaker|automaker|"
    r"conglomerate|e-wallet)\s+$"
)


_ORG_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:chief|CEO|CFO|CTO|COO|chairman|chairwoman|president|founder|co-founder|"
    r"shares|stock|revenue|sales|profit|board|executives?|spokes\w+|subsidiary|division|customers|"
    r"headquarters|market\s+value|valuation)\b"
    r"|\s+(?:Inc|Corp|Ltd|Co|Group|Holdings)\b"
    r"|,\s+(?:which|a|an|the)\s+[^,.;]{0,50}?\b(?:company|firm|maker|start-?up|provider|developer|operator|"
    r"supplier|retailer|lender|platform\s+operator|carmaker|automaker|conglomerate|e-wallet)\b(?!['’])"
    # "near Magdeburg, the company has been headquartered": the noun opens a new clause, no apposition
    r"(?!\s+(?:has|had|is|was|are|were|will|would|said|says|also)\b)"
    # "X also renewed its agreement": the name's own verb takes "its" (a person's takes "his" or "her";
    # reporting verbs are left out: "Ana Ruiz said its revenue rose" speaks of the company)
    r"|\s+(?:(?:also|has|had|then|now|recently|later)\s+)?(?!(?:said|says|added|noted|told|explained|"
    r"expects|believes|thinks|warned|stressed|argued)\b)[a-z]{3,}(?:ed|es)\s+its\s"
    # a headline's "X profit jumps 39pc": only a business has a profit that moves
    r"|\s+(?:[\w-]+\s+)?(?:profit|revenue|sales|earnings)\s+(?:jump|rise|fall|climb|slide|drop|surge|soar|"
    r"sink|slump|grow|swing|beat|miss|top|hit)s?\b"
    r"|\s+(?:has\s+|had\s+)?(?:raised|raises|secured)\s+(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[$€£¥₹]|Rp\.?\s?\d|Rs\.?\s?\d|US\$|S\$|RMB|\d[\d.,]*\s+(?:million|billion|trillion|crore))"
)


def _org_context(text: str, start: int, end: int) -> bool:
    """Words around a span that only an organization takes ("Shares of X", "X's chief executive")."""
    return bool(
        _ORG_BEFORE.search(text[max(0, start - 30) : start]) or _ORG_AFTER.match(text[end : end + 80])
    )


_HEADLINE_VERB = re.compile(
    # never after a connector: "Ministry of Posts and Telecommunications" holds no verb
    r"(?<! of)(?<! and)(?<! for)(?<! &)"
    r"\s+(?:Announces|Reports|Launches|Unveils|Appoints|Signs|Acquires|Completes|Posts|Raises|Introduces|"
    r"Agrees|Declares|Receives|Selects|Enters|Expands|Secures|Joins|Delivers|Achieves|Extends|Invests|"
    r"Buys|Sells|Says)\b"
)


# A comma between two capitalised names, not before a legal form ("Acme, Inc.") or a place ("Acme
# Bank, Singapore" is left to the place checks).
_LIST_COMMA = re.compile(
    rf",[ ]+(?!(?:Inc|Ltd|LLC|Co|Corp|Corporation|Limited|plc|PLC|S\.A|N\.V|AG|SE|GmbH|Pte|Pty)\b)(?={UPPER})"
)

# Compiled once: _split_ner_org and _split_coordination ask these of every name the model or a pattern
# found (about 70 times per article); written inline, each pattern string (a class of every capital, the
# 900-character list of head words) was built and looked up in re's cache on every call.
_ENDS_IN_HEAD = re.compile(rf"\b(?:{HEADS})$")
_ENDS_IN_HEAD_DOT = re.compile(rf"\b(?:{HEADS})\.?$")
_ENDS_IN_HEAD_FIELD = re.compile(rf"\b(?:{HEADS}){FIELD_TAIL}$")
_HEAD_OF = re.compile(rf"\b(?:{HEADS})\s+of\s")
_COMPANY_ENDING_ONLY = re.compile(rf"(?:{COMPANY_ENDINGS}|Company)\.?")
_OF_PLACE_AT_END = re.compile(rf"\s+of\s+({UPPER}{LOWER}+)$")
_AND_BEFORE_CAPITAL = re.compile(rf"\s+and\s+(?={UPPER})")


def _split_ner_org(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Repair NER spans: "Alibaba and Tencent" -> two, "X’s Y Group" -> two, titles cut off."""
    surface = text[start:end]
    if "(" in surface:  # "Malayan Banking Bhd (Maybank": the parenthesis is an alias, handled later
        end = start + surface.index("(")
        surface = text[start:end]
    comma = _LIST_COMMA.search(surface)
    # "Grundig, Arctic and Defy": a list the model read as one name; a name ending in an institution's
    # word keeps its commas ("Communications, Space and Technology Commission")
    if comma and not _ENDS_IN_HEAD.search(surface):
        return [
            *_split_ner_org(text, start, start + comma.start(), gaz),
            *_split_ner_org(text, start + comma.end(), end, gaz),
        ]
    possessive = re.search(r"['’]s\s+", surface)
    if possessive and surface[: possessive.start()].split()[-1:] in ([w] for w in POSSESSIVE_NAME_WORDS):
        possessive = None  # "Women's World Banking Capital Partners": one name
    if possessive and _office_of_a_holder(surface[: possessive.start()], surface[possessive.end() :]):
        possessive = None  # "the Quarva Marshal's Office": one public body
    if possessive and not _COMPANY_ENDING_ONLY.fullmatch(surface[possessive.end() :]):
        # "Foster's Group", "Macy's Inc" are one name; "Alibaba's Ant Group" is two
        return [(start, start + possessive.start()), (start + possessive.end(), end)]
    title = TITLE_WORDS.search(surface)
    if title and title.start() > 0:
        end = start + title.start()
        surface = text[start:end]
    of_place = _OF_PLACE_AT_END.search(surface)
    # "Quarvo of Spain" is Quarvo; "Chamber of Construction" keeps what it is the chamber of
    if of_place and not _HEAD_OF.search(surface) and gaz.is_place(of_place.group(1)):
        end = start + of_place.start()
        surface = text[start:end]
    conj = _AND_BEFORE_CAPITAL.search(surface)
    # "Chamber of Commerce and Industry": remit words coordinated inside an "of" name are the name's own
    remit = conj is not None and " of " in surface[: conj.start()] and (
        re.fullmatch(FIELD_PHRASE, surface[conj.end() :]) is not None
        or remit_after_of(text, surface[: conj.start()], surface[conj.end() :], gaz)
    )
    if (
        conj
        and not remit
        and not _ENDS_IN_HEAD.search(surface)
        and surface[conj.end() :] not in ACTIVITY_WORDS
    ):
        return [(start, start + conj.start()), (start + conj.end(), end)]
    return _split_coordination(text, start, end, gaz)  # "Orion Capital and Sable Bank"


def _office_of_a_holder(owner: str, owned: str) -> bool:
    """ "Quarva Marshal" + "Office": an office-holder's office, named by the place the holder serves."""
    words = owner.split()
    return len(words) >= 2 and words[-1] in OFFICE_HOLDERS and owned == "Office"


_HEADED = re.compile(rf"\b(?:{HEADS})\b")


def _split_coordination(
    text: str, start: int, end: int, gaz: Gazetteer, model_orgs: set[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """ "Tencent Holdings Ltd and Huaxia Bank Co Ltd" and "Azure and Google Cloud" are two names each;
    "Industrial and Commercial Bank of China" is one. ``model_orgs``: the model's ORG spans, where it
    read each side as a name of its own ("National Bank of Abu Dhabi and First Gulf Bank")."""
    surface = text[start:end]
    model_starts = {s for s, _ in model_orgs or ()}
    # "the Ministry of X" as a candidate: trimmed only where a headed seam asks (13,700 surfaces per 300
    # articles came here, each trimming every model span again; few hold a conjunction)
    trimmed_orgs: set[tuple[int, int]] | None = None
    for conj in re.finditer(r"\s+(?:and|&)\s+", surface):
        left, right = surface[: conj.start()], surface[conj.end() :]
        if re.fullmatch(FIELD_PHRASE, right) or right in ACTIVITY_WORDS:
            continue  # "Institute of Finance and Economics"
        if conj.group().strip() == "&" and not _both_named_alone(text, left, right, gaz):
            continue  # "Jack Henry & Associates", "JX Nippon Mining & Metals", "KWS SAAT SE & Co. KGaA"
        named = len(left.split()) >= 2 and _ENDS_IN_HEAD_DOT.search(left)
        # A left part that also stands alone elsewhere in the article is a name of its own.
        # (The first such occurrence is enough: listing them all rescanned the text per coordination.)
        alone = len(left.split()) >= 2 and literal_then(text, left, _NOT_JOINED_AFTER) is not None
        # "Warburg Pincus and Mizuho Bank": two multi-word names, no field of study at the seam
        paired = (
            len(left.split()) >= 2
            and len(right.split()) >= 2
            and not re.search(r"\b(?:of|for|de|the)\b", left)
            and left.split()[-1] not in SEAM_WORDS
            and right.split()[0] not in SEAM_WORDS
        )
        # "Atome and Siam Commercial Bank": a one-word name seen alone elsewhere, then a full name
        single = (
            len(left.split()) == 1
            and conj.group().strip() == "and"
            and left not in GENERIC_WORDS
            and _ENDS_IN_HEAD_FIELD.search(right) is not None
            and re.search(rf"(?<![\w-]){re.escape(left)}(?!\s+(?:and|&)\s)(?![\w-])", text) is not None
        )
        # "Fidelity and Long Journey Ventures": a lone word, then a backer's or a bank's full name
        backer = (
            len(left.split()) == 1
            and conj.group().strip() == "and"
            and left not in GENERIC_WORDS
            and _backer_named_in_full(right)
            and gaz.lookup(surface) is None
        )
        known = gaz.lookup(left) is not None or gaz.lookup(right) is not None
        modeled = (start, start + conj.start()) in (model_orgs or ()) and start + conj.end() in model_starts
        # the model's "the Ministry of X" and "Y Social Bank": two headed names it read apart ("Ministry of
        # Science and ICT", "Geo-Informatics and Space ... Agency" have one head and stay one name)
        if not modeled and _HEADED.search(left) is not None and _HEADED.search(right) is not None:
            if trimmed_orgs is None:
                trimmed_orgs = {trim_span(text, s, e) for s, e in model_orgs or ()}
            modeled = (start, start + conj.start()) in trimmed_orgs and start + conj.end() in {
                s for s, _ in trimmed_orgs
            }
        if named or alone or paired or single or backer or known or modeled:
            rest = _split_coordination(text, start + conj.end(), end, gaz, model_orgs)
            return [(start, start + conj.start()), *rest]
    return [(start, end)]


def _both_named_alone(text: str, left: str, right: str, gaz: Gazetteer) -> bool:
    """An ampersand joins the words of one name ("Procter & Gamble", "Jack Henry & Associates",
    "Wageningen University & Research") unless each side is itself a name: both known to the gazetteer,
    or both written alone elsewhere in the article ("Alpha Bank & Beta Capital", each named again)."""
    if gaz.lookup(left) is not None and gaz.lookup(right) is not None:
        return True
    if right in SEAM_WORDS or re.match(r"Co\b", right) or min(len(left.split()), len(right.split())) < 2:
        return False  # a one-word side ("Associates", "Gamble") is no name of its own here
    return all(
        re.search(rf"(?<![\w&+-])(?<![&+] ){re.escape(side)}(?!\s*[&+])(?![\w-])", text) is not None
        for side in (left, right)
    )
