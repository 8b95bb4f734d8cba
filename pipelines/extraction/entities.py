"""Organizations: candidates, resolution to one record per organization, kinds, parents, aliases.

Candidates come from four independent paths so that no single one is load-bearing:
statistical NER spans (passed in as plain tuples, so this module needs no spaCy), name
patterns (capitalized words ending in Bank/Group/University/...), descriptor appositions
("research firm Canalys", "Mynt, a payments unit of ...") and a curated gazetteer. The
NER model is wrong in known ways (possessives and leading "the" inside spans, companies
tagged PERSON or GPE), so its spans are cleaned and re-checked rather than trusted.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipelines.extraction.chrome import TICKER, boilerplate_spans, inside_any  # noqa: F401 - re-exported
from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.model import Evidence, OrganizationFact, OrgMention
from pipelines.extraction.org_cues import (
    ACCOUNTING_STANDARDS,
    BULLET_START,
    COMPANY_AFTER_APP,
    COMPANY_BEFORE_APP,
    GEOGRAPHIC_SEGMENTS,
    LABELLED_PRODUCT,
    OFFICE_BEFORE,
    OWNED_PRODUCT,
    PERIOD_LAST_WORD,
    PRODUCT_NAME,
    RELEASED_PRODUCT,
    SEGMENT_APPOSITION,
    SEGMENT_LINE_LABEL,
    TAGLINE,
    TERM_ACRONYM,
)
from pipelines.extraction.org_evidence import (
    based_in_place,
    country_units,
    cue_list_items,
    cue_name_spans,
    dateline_places,
    titled_people,
    titled_person,
)
from pipelines.extraction.org_merge import acronym_folds, same_name_folds, short_form_folds
from pipelines.extraction.quantities import CURRENCY_CODES
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.span_index import StartIndex
from pipelines.letters import LETTER, LETTER_CHARS, LOWER, UPPER, UPPER_CHARS

NerSpan = tuple[int, int, str]  # (start, end, label) from the statistical model

# ---------------------------------------------------------------------------------------------
# Cross-article keys
# ---------------------------------------------------------------------------------------------

# Legal-form and holding words that do not distinguish one organization from another.
_LEGAL_SUFFIXES = {
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "holdings",
    "holding",
    "group",
    "plc",
    "llc",
    "llp",
    "lp",
    "ag",
    "sa",
    "se",
    "nv",
    "bv",
    "gmbh",
    "kk",
    "pte",
    "pty",
    "spa",
    "oyj",
    "bhd",
    "sdn",
    "berhad",
    "jsc",
    "pjsc",
    "ab",
    "asa",
    "tbk",
}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


def normalize_surface(name: str) -> str:
    """Lower-case, straight quotes, no leading "the", no possessive, single spaces."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).strip()
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def organization_key(name: str) -> str:
    """Cross-article key: "Tencent", "Tencent Holdings Ltd" and "the Tencent's" -> "tencent".

    Only legal/holding suffixes are dropped, never distinguishing words, so "Bank of China"
    and "Agricultural Bank of China" keep different keys.
    """
    key = _key_once(name)
    # Splitting at punctuation can expose a prefix the surface normalizer drops ("THE:0" -> "the 0"):
    # repeat until stable, so a key is always its own key (a bounded loop: each pass drops words).
    for _ in range(8):
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key


def _key_once(name: str) -> str:
    text = normalize_surface(name).replace("&", " and ")
    tokens = [t for t in re.split(r"[^\w.]+", text) if t]
    tokens = [t.strip(".") for t in tokens if t.strip(".")]
    while len(tokens) > 1 and tokens[-1] in _LEGAL_SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


def display_name(surface: str) -> str:
    """A surface form without leading "the", possessive or trailing legal form ("Co Ltd", "Inc")."""
    text = clean_surface(surface)
    previous = None
    while previous != text and not re.search(r"&\s*Co\.?$", text):  # "Rothschild & Co" keeps its "Co"
        previous = text
        text = re.sub(
            r"[\s,]+(?:Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|plc|PLC|LLC|AG|SA|SE|NV|N\.V\.|GmbH|"
            r"Pte|Pty|KK|S\.A\.|Sdn\.?|Bhd|Berhad|Tbk|JSC|PJSC)$",
            "",
            text,
        )
    return text or surface


def clean_surface(surface: str) -> str:
    # trimmed as a name inside a sentence: a menu word opening it is part of the name ("Home Credit")
    padded = " " + surface
    start, end = _trim(padded, 1, len(padded))
    return padded[start:end]


# ---------------------------------------------------------------------------------------------
# Candidate patterns
# ---------------------------------------------------------------------------------------------

# Bounded, as every repetition below: a pattern may try each capital of a 100k-letter token or each
# word of a run-on list as a start, so an unbounded word or name would make it quadratic.
_CAP = rf"(?:{UPPER}[\w&.-]{{0,40}}\w|{UPPER})"
_WORDS = "{0,12}"  # at most this many further words in a name
_CONNECT = r"(?:of|and|&|for|de|du|la|del|on)"
# Words that end an organization's name.
_HEADS = (
    r"Bank|Group|University|College|Polytechnic|Institute|Academy|Commission|Ministry|Agency|Authority|"
    r"Administration|Bureau|Council|Committee|Center|Centre|Park|Corp|Corporation|Inc|Ltd|Limited|LLC|plc|PLC|"
    r"Holdings|Technologies|Capital|Ventures|Partners|Securities|Insurance|Foundation|Association|Federation|"
    r"Exchange|Fund|Laboratory|Laboratories|Lab|Labs|Cloud|Pay|Telecom|Telecoms|Airlines|Motors|Systems|"
    r"Networks|Electronics|Pharmaceuticals|Financial|Finance|Investments|Bancorp|Department|Reserve|Services|"
    # industry words that end company names ("Harborview Pharma", "Tidewater Aviation")
    r"Pharma|Biotech|Solar|Energy|Devices|Textiles|Materials|Robotics|Aviation|Shipping|Semiconductor|"
    r"Semiconductors|Chips|Analytics|Fintech|Agritech|Foods|Airways|Properties|Realty|Solutions|Software|"
    r"Therapeutics|Biosciences|Healthcare|Payments|Mining|Steel|Chemicals|Logistics|Industries|Trust|Equity|"
    r"Automotive|Entertainment|Studios|Intelligence|Manufacturing|AI|Internet"
)
_LEGAL_TAIL = (
    r"(?:,?[ ]+(?:Co\.?,?[ ]+)?(?:Ltd|Limited|Inc|Corp|Corporation|plc|LLC|Sdn\.?[ ]+Bhd|Bhd|Berhad)\b\.?)"
)
# A registered legal form after any capitalized name: "State Grid Jiangsu Electric Power Co., Ltd."
_REGISTERED = (
    r"(?:,?[ ]+(?:Co\.?,?[ ]+(?:Ltd|Limited)|Co|Ltd|Limited|Inc|Corp|Corporation|plc|PLC|LLC|AG|SE|GmbH|"
    r"S\.A|N\.V|Pte[ ]+Ltd|Pty[ ]+Ltd|Sdn\.?[ ]+Bhd|Bhd|Berhad|Tbk|JSC|PJSC)\b\.?)"
)
# "University of Science and Technology": "and" inside a name only before a field of study.
_FIELD_TAIL = (
    r"(?:[ ]+and[ ]+(?:Technology|Engineering|Science|Sciences|Arts|Design|Economics|Business|Management|"
    r"Medicine|Law|Finance|Commerce|Trade|Industry|Political[ ]+Science|Information[ ]+Technology))?"
)
_GOVERNMENT_HEADS = r"Ministry|Department|Bureau|Commission|Administration|Committee|Council|Office"
_NAME_PATTERN = re.compile(
    rf"(?<![\w&-]){_CAP}(?:[ ]+(?:{_CAP}|and|&)){_WORDS}[ ]+business[ ]+(?:group|unit)\b"
    rf"|(?<![\w&-])(?:(?:{_CAP}[ ]+(?:(?:{_CAP}|{_CONNECT})[ ]+){_WORDS}?)?(?:{_GOVERNMENT_HEADS})"
    rf"[ ]+of[ ]+(?:the[ ]+)?"
    # "of Economy, Trade and Industry"
    rf"(?:{UPPER}{LOWER}+(?:,[ ]+{UPPER}{LOWER}+){{1,12}},?[ ]+and[ ]+{UPPER}{LOWER}+(?![ ]+{UPPER})"
    rf"|{_CAP}(?:[ ]+(?:and[ ]+)?{_CAP}){_WORDS}(?:[ ]+of[ ]+(?:the[ ]+)?{_CAP}(?:[ ]+{_CAP}){_WORDS})?)"
    rf"|{_CAP}[ ]+(?:(?:{_CAP}|{_CONNECT})[ ]+){_WORDS}(?:{_HEADS})\b{_FIELD_TAIL}"
    rf"(?:[ ]+of[ ]+{_CAP}(?:[ ]+{_CAP}){_WORDS}{_FIELD_TAIL})?"
    rf"|(?:Bank|University|Academy|Institute|College|School)[ ]+of[ ]+{_CAP}(?:[ ]+{_CAP}){_WORDS}"
    rf"{_FIELD_TAIL})"
    rf"{_LEGAL_TAIL}?"
    rf"|(?<![\w&-]){_CAP}(?:[ ]+(?:{_CAP}|{_CONNECT})){_WORDS}?{_REGISTERED}"
)
_UNIT_TAIL = re.compile(
    r"\b(?:Group|Business Group|business group|business unit|Unit|Division|Academy|Institute|Lab|Labs|"
    r"Laboratory|Center|Centre|Cloud|Pay|International|Software|Music|Games|Entertainment|Ventures|Capital|"
    r"Securities|Asset Management|Bank|Insurance|Research|Studios|Pictures|Health|Logistics|Payments|"
    r"Web Services|Financial Services)$"
)
# Sentence-initial or function words a capitalized run may start with; never part of a name.
_LEADING_NOISE = {
    "PT",  # Indonesian legal form before the name: "PT NEC Indonesia"
    "The",
    "A",
    "An",
    "About",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Then",
    "But",
    "And",
    "Its",
    "Their",
    "Our",
    "His",
    "Her",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "Since",
    "Under",
    "Through",
    "Despite",
    "Between",
    "Both",
    "Only",
    "Also",
    "Meanwhile",
    "However",
    "Last",
    "Earlier",
    "Unlike",
    "Like",
    "Including",
    "Via",
    "Over",
    "Into",
    "To",
    "Of",
    "If",
    "That",
    "This",
    "These",
    "Those",
    "Even",
    "Although",
    "Though",
    "Because",
    "So",
    "Yet",
    "Or",
    "Why",
    "What",
    "How",
    "Who",
    "Where",
    "Which",
    "More",
    "Instead",
    "Outside",
    "Inside",
    "Across",
    "Within",
    "Beyond",
    "Among",
    "Still",
    "Nobody",
    "Every",
    "Each",
    "Several",
    "Many",
    "Some",
    "Shares",
    "Analysts",
    "Rival",
    "Rivals",
    "Peer",
    "Peers",
    "Fellow",
    "Sister",
}
# Navigation words that open a page's menu line ("Home Business Markets"): noise only at a line's start;
# inside a sentence they may begin a name ("lender Home Credit Indonesia").
_NAVIGATION_WORDS = {"Home", "Topics"}
_MONTHS_DAYS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}
_TITLE_WORDS = re.compile(
    r"\s+(?:Chief|CEO|CFO|CTO|COO|President|Chairman|Chairwoman|Vice|Executive|Director|Founder|Head|"
    r"Professor|Senior|Managing)\b.*$"
)
_OFFICE_TITLE = re.compile(r"(?:(?:Prime|Deputy|Chief|State)\s+)?(?:Minister|Secretary|Governor|Mayor)\b")
_ORG_NOUNS = (
    r"company|firm|bank|lender|startup|start-up|consultancy|operator|maker|retailer|giant|provider|insurer|"
    r"conglomerate|developer|manufacturer|carrier|investor|regulator|agency|publisher|newspaper|broker|"
    r"brokerage|automaker|carmaker|chipmaker|titan|player|rival|peer|house|fund|outlet|university|school|"
    r"unicorn|specialist|supplier|vendor|business|group"
)
# "research firm Canalys", "money-transfer company MoneyGram", "cloud giant Alibaba"
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:{_ORG_NOUNS}|arm|unit|subsidiary|affiliate|division|(?:analysts?|economists?|researchers?)[ ]+at)"
    rf"[ ]+((?:{_CAP})(?:[ ]+(?:['’]n[ ]+)?{_CAP}){{0,3}})|\bconsultancy[ ]+({LOWER}\w*{UPPER}\w*)"
)
# "Mynt, a payments unit of ..."; "Kakao Pay, the mobile payments business of ..."
_DESCRIBED_AFTER = re.compile(
    rf"(?<![\w-])((?:{_CAP})(?:[ ]+{_CAP}){{0,3}}),[ ]+(?:a|an|the)[ ]+(?:[\w&-]+[ ]+){{0,5}}?"
    r"(?:unit|arm|affiliate|subsidiary|company|firm|startup|start-up|lender|bank|operator|provider|maker|"
    r"retailer|developer|business|division|venture|group|consultancy|insurer|platform\s+operator|carmaker|"
    r"automaker|chipmaker|conglomerate|e-wallet|(?:app|wallet)(?=\s+(?:founded|started|launched|based)\b))\b"
)
# "Kakao Talk, the messaging app": brand names that are products, not organizations.
_PRODUCT_AFTER = re.compile(
    rf"(?<![\w-])((?:{_CAP})(?:\s+{_CAP}){{0,3}}),\s+(?:a|an|the|its)\s+(?:[\w&-]+\s+){{0,4}}?"
    r"(?:app|application|wallet|chip|processor|smartphone|phone|handset|device|game|software|browser|"
    r"search\s+engine|product|brand|model|service|messaging\s+app|operating\s+system)\b"
    # "X, the Paris-based model builder": the product noun describes what the company makes
    r"(?![\s-]+(?:builder|maker|developer|provider|company|firm|start-?up|vendor|designer)s?\b)"
)
_COMPANY_APP = re.compile(
    r"\s+(?:(?:that\s+was\s+|which\s+was\s+)?(?:founded|started|launched|set\s+up|headquartered|based)\b|"
    r"(?:[^.;]{0,60}?),\s+(?:has|had)\s+(?:raised|secured|closed)\b)"
)
# A new body's name as introduced: "the venture, called A and B Technology, ..."
_CALLED = re.compile(
    rf"\b(?:venture|company|entity|bank|firm|unit|subsidiary|business),?\s+(?:to\s+be\s+)?(?:called|named|dubbed)\s+"
    rf"({_CAP}(?:[ ]+(?:{_CAP}|and|&|of))*[ ]+{_CAP})(?=[,.;)]|\s+(?:and|which|that|will|with)\b)"
)
# "the Indonesian government", "the Shenzhen municipal government", "the Government of India"
_GOVERNMENT = re.compile(
    rf"\b(?:[Tt]he\s+)?((?:{UPPER}{LOWER}+\s+){{1,3}}(?:(?:municipal|provincial|state|federal|central|city)\s+)?"
    rf"[Gg]overnment|Government\s+of\s+(?:the\s+)?{UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\b"
)
# The organization right after a deal verb: "partnered with Telkom Indonesia", "agreed to acquire Altair".
_AFTER_DEAL_VERB = re.compile(
    rf"\b(?:partner(?:ed|ing|s)?\s+with|(?:agreement|deal|pact|MoU|memorandum\s+of\s+understanding|alliance|"
    rf"contract)\s+with|teamed\s+up\s+with|cooperat\w+\s+with|collaborat\w+\s+with|stake\s+in|invest(?:s|ed)?"
    rf"\s+(?:[^\s.;]+\s+){{0,4}}?in(?:to)?|(?:acquire|acquired|acquires|buy|bought|buys)|funding\s+round\s+"
    rf"(?:led\s+by|in)|led\s+by|merged\s+with|merger\s+with|to\s+supply|(?:selected|chosen|picked)\s+by|"
    rf"investment\s+from)[ ]+(?:{LOWER}[\w-]*[ ]+){{0,3}}((?:{_CAP})(?:[ ]+{_CAP}){{0,3}})"
)
# Sources named as such: "writes Entrepreneur:", "reported by Caixin", "As TechNode notes".
_MEDIA_CONTEXT = re.compile(
    rf"\bwrites\s+((?:{_CAP})(?:\s+{_CAP}){{0,3}})\s*:|\breported\s+by\s+((?:{_CAP})(?:\s+{_CAP}){{0,3}})"
    rf"|\bAs\s+((?:{_CAP})(?:\s+{_CAP}){{0,2}})\s+(?:notes|noted|reports|reported|writes|wrote)\b"
    rf"|\btold\s+((?:{_CAP})(?:\s+{_CAP}){{0,2}})\s+(?:that|in)\b"
)
_ACRONYM = re.compile(
    rf"\.?(,\s+{UPPER}{LOWER}+)?\s*\(\s*({UPPER}[{LETTER_CHARS}&.-]{{1,11}}(?:\s+{UPPER}{LETTER}+)?)\s*\)"
)
# ("Kingsoft Cloud" or "the Company"), also after a ticker: (NASDAQ: NVGE) ("NovaGrid" or the "Company")
_DEFINED_TERM = re.compile(
    r"\.?\s*(?:\([^()\"“]{1,40}\)\s*)?\(\s*((?:the\s+)?[\"“][^\"”]{2,60}[\"”])"
    r"(?:\s*(?:,|or|and)\s*((?:the\s+)?[\"“][^\"”]{2,60}[\"”]))?\s*\)"
)
_GENERIC_TERMS = {"company", "issuer", "bank", "group", "fund", "partnership", "trust", "firm"}
_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he)\s+((?:{LOWER}[\w-]*\s+|{UPPER}[\w.-]*\s+(?=[\w\s-]{{0,30}}?\b(?:company|firm|group|bank|lender|"
    r"maker|giant|operator|provider|retailer)\b)){0,3}(company|firm|group|lender|bank|regulator|unit|division|arm|"
    r"retailer|maker|giant|operator|provider|insurer|carrier|startup|conglomerate|university|park|"
    rf"institute|parent|parent\s+company|search\s+company))\b(?!\s+{UPPER})(?![\w-])|\b[Tt]he\s+(?:Company|Bank|Group|Issuer)\b(?!\s+(?:of\b|[{UPPER_CHARS}&]))(?![\w-])"
)
_GEO_WORDS = {
    "china",
    "chinese",
    "hong",
    "kong",
    "us",
    "u.s.",
    "america",
    "american",
    "japan",
    "japanese",
    "korea",
    "korean",
    "south",
    "north",
    "singapore",
    "india",
    "indian",
    "uk",
    "british",
    "germany",
    "german",
    "france",
    "french",
    "taiwan",
    "beijing",
    "shanghai",
    "shenzhen",
    "europe",
    "european",
    "asia",
    "asian",
}
_NOT_AI_COMPANY = {
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Top",
    "Best",
    "Why",
    "How",
    "Generative",
    "Chinese",
    "American",
    "Artificial",
    "Conversational",
    "Responsible",
    "Enterprise",
    "Applied",
    "Physical",
    "Agentic",
    "Edge",
    "Sovereign",
    "Open",
    "General",
    "Narrow",
    "Explainable",
    "Trustworthy",
    "Embodied",
    "Ethical",
    "Safe",
    "Gen",
    "The",
    "Global",
    "Industrial",
    "Medical",
    "Consumer",
}
_NOT_ORG_LAST = {
    "Platform",
    "App",
    "Project",
    "Programme",
    "Program",
    "Initiative",
    "Index",
    "Conference",
    "Summit",
    "Award",
    "Awards",
    "Prize",
    "Festival",
    "Expo",
    "Campaign",
    "Model",
    "Chip",
    "Series",
    "Edition",
}
_SAME_COMPANY_WORDS = {
    "Technologies",
    "Technology",
    "Motor",
    "Motors",
    "Electronics",
    "Industries",
    "Corporation",
    "Company",
    "Holdings",
    "Holding",
    "Group",
    "Systems",
    "Communications",
    "Enterprises",
    "Automobile",
    "Automotive",
    "Auto",
    "Internet",
    "Semiconductor",
}
# Two-word tails that still name the same company ("Synergy" for "Synergy Research Group").
_SAME_COMPANY_PAIRS = {("Research", "Group"), ("Motor", "Company"), ("Motor", "Corporation")}
# Words of a two-word tail after a distinctive first word ("Greenoaks Capital Partners", "Orvane
# Medical Systems"): the first word alone names the same company.
_PAIR_TAIL_WORDS = _SAME_COMPANY_WORDS | {
    "Capital",
    "Partners",
    "Management",
    "Medical",
    "Pharmaceutical",
    "Pharmaceuticals",
    "Networks",
    "Solutions",
    "Software",
}
_CONNECTORS = {"of", "and", "&", "for", "de", "du", "la", "del", "on", "the"}


@dataclass
class _Candidate:
    start: int
    end: int
    source: str  # ner, pattern, gazetteer, described, media, government, context


@dataclass
class _Org:
    key: str
    names: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    kind: str | None = None
    parent: str | None = None  # name as written; resolved to a record at the end
    known_name: str | None = None
    media: bool = False
    legal: bool = False  # written at least once with a legal form ("Altair Engineering Inc")
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        if self.known_name:
            return self.known_name
        return max(self.names.items(), key=lambda item: (item[1], len(item[0])))[0]


@dataclass
class OrganizationResult:
    """Every organization in an article and every resolved mention of one."""

    organizations: list[OrganizationFact]
    mentions: list[OrgMention]

    def __post_init__(self) -> None:
        self.by_key = {org.key: org for org in self.organizations}

    def root_key(self, key: str) -> str:
        seen = set()
        while key in self.by_key and self.by_key[key].parent_key and key not in seen:
            seen.add(key)
            parent = self.by_key[key].parent_key
            if parent not in self.by_key:
                return key
            key = parent
        return key

    def mentions_between(self, start: int, end: int) -> list[OrgMention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def without(self, keys: set[str]) -> OrganizationResult:
        """The same result with some organizations (and their mentions) withdrawn."""
        if not keys:
            return self
        kept = [o for o in self.organizations if o.key not in keys]
        for org in kept:
            if org.parent_key in keys:
                org.parent_key, org.parent_name = None, None
        return OrganizationResult(kept, [m for m in self.mentions if m.key not in keys])


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------


# Sources whose name stays an organization even where the model called the same words a person.
_SOURCES_OVER_PERSON_WORDS = ("described", "listed", "gazetteer", "context")


def find_organizations(
    text: str,
    ner_spans: Sequence[NerSpan] = (),
    boilerplate: Sequence[tuple[int, int]] | None = None,
    sentences: Sequence[Sentence] | None = None,
    gazetteer: Gazetteer | None = None,
) -> OrganizationResult:
    gaz = gazetteer or default_gazetteer()
    chrome = list(boilerplate) if boilerplate is not None else boilerplate_spans(text)
    sentences = list(sentences) if sentences is not None else split_sentences(text)
    products = _product_names(text, gaz)
    candidates = _collect_candidates(text, ner_spans, gaz, products)
    person_words = _person_words(text, ner_spans, gaz)
    tickers = [(m.start(), m.end()) for m in TICKER.finditer(text)]
    product_spans = _product_spans(text, products)
    datelines = dateline_places(text)
    people = titled_people(text)
    term_acronyms = {m.group(1) for m in TERM_ACRONYM.finditer(text)}
    places = {
        part.strip() for s, e in datelines for part in [text[s:e], *re.split(r",|\s+and\s+", text[s:e])]
    }
    # looked up, not scanned, per candidate
    in_chrome, in_ticker, in_product = _span_set(chrome), _span_set(tickers), _span_set(product_spans)
    candidates = [
        c
        for c in candidates
        if not in_chrome.overlaps(c.start, c.end)
        and not _read_as_person_or_place(text, c, people | places, gaz, term_acronyms)
        and not in_ticker.overlaps(c.start, c.end)
        # "Azure" inside "Azure AI", "Microsoft" inside "Microsoft Teams": part of a product's name
        and not any(e - s > c.end - c.start for s, e in in_product.around(c.start, c.end))
        and not (c.source in ("ner", "pattern") and _bullet_word(text, c.start, c.end, gaz))
        # "ride-hailing giant Didi Chuxing" is a company even when the model says PERSON
        and (text[c.start : c.end] not in person_words or c.source in _SOURCES_OVER_PERSON_WORDS)
    ]
    candidates = _resolve_overlaps(_split_at_listed_items(candidates))
    orgs, surface_to_key = _group(text, candidates, gaz)
    _add_acronyms_and_defined_terms(text, candidates, orgs, surface_to_key, gaz)
    _name_possessive_units(text, candidates, orgs, surface_to_key)
    _merge_in_article_aliases(orgs, surface_to_key)
    _merge_renamed_and_brands(text, candidates, orgs, surface_to_key)
    _add_short_forms(text, orgs, surface_to_key, gaz)
    _fold_document_names(orgs, surface_to_key)
    mentions = _scan_mentions(text, surface_to_key, chrome)
    _assign_kinds(text, orgs, surface_to_key)
    _assign_parents(text, mentions, orgs, surface_to_key, gaz)
    _assign_unit_parents(text, mentions, orgs)
    for org in orgs.values():  # a named "... Group" that belongs to a parent is a business unit
        if org.parent and org.kind == "company" and org.name.endswith("Group") and not org.known_name:
            org.kind = "other"
    mentions += _descriptor_mentions(text, sentences, mentions, orgs, chrome)
    mentions.sort(key=lambda m: (m[0], m[1]))
    return _build_result(text, orgs, mentions)


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


def _split_at_listed_items(candidates: list[_Candidate]) -> list[_Candidate]:
    """A span holding two items of a list of organizations ("firms Nordvik and Tellbridge Partners") is
    the list, not one longer name: the items win over the longest span there."""
    # counted by bisection: a run-on list of n items stays linear
    starts = sorted(c.start for c in candidates if c.source == "listed")
    return [
        c for c in candidates
        if c.source in ("listed", "gazetteer")
        or bisect.bisect_left(starts, c.end) - bisect.bisect_left(starts, c.start) < 2
    ]


def _in_titled_name(text: str, cand: _Candidate, people_and_places: set[str]) -> bool:
    """The article writes this single word as the last word of a titled person's full name."""
    word = text[cand.start : cand.end]
    return any(name.endswith(" " + word) for name in people_and_places if " " in name)


def _read_as_person_or_place(
    text: str, cand: _Candidate, people_and_places: set[str], gaz: Gazetteer, term_acronyms: set[str]
) -> bool:
    """A candidate its surroundings make a person ("Ana Ruiz, chief executive of ...", then "Ruiz") or
    a place (a dateline's city, wherever the article names it; the place after "based in"); a known
    organization or a name ending like a company's stays one."""
    surface = text[cand.start : cand.end]
    # "Tim Ford, chief executive of ..." then "Ford added": the person, whatever the gazetteer knows
    if " " not in surface and surface in people_and_places and _in_titled_name(text, cand, people_and_places):
        return True
    if surface in term_acronyms:
        return True  # "earnings before interest and tax (EBIT)": a term's acronym everywhere in the article
    if cand.source in ("gazetteer", "defined", "acronym") or gaz.lookup(surface):
        return False
    if re.search(rf"\b(?:{_HEADS})$", surface):
        return False
    if cand.source in ("ner", "pattern", "context") and titled_person(text, cand.start, cand.end):
        return True
    if gaz.is_place(surface) or gaz.is_place(surface + "s"):
        return True  # "its Philippine unit": the adjective of a place ("Philippines")
    return surface in people_and_places or based_in_place(text, cand.start)



# "Hamburg-based Nordhafen", "SoftBank-backed Paytm", "state-owned X": the qualifier describes the name.
_LOCATED_PREFIX = re.compile(
    rf"(?:{UPPER}[\w.&]*(?:[ -]{UPPER}[\w.&]*){{0,2}}|{LOWER}+)-"
    r"(?:based|headquartered|listed|backed|owned|run|"
    rf"controlled|born|focused)\s+(?={UPPER})"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip leading "the"/function words, possessives and stray punctuation from a span."""
    changed = True
    while changed and start < end:
        changed = False
        segment = text[start:end]
        stripped = segment.lstrip(" \t\n\"“”'‘’(-–—•*")
        if stripped != segment:
            start += len(segment) - len(stripped)
            changed = True
        article = re.match(rf"(?:(?:the|an?|of|and|for|in|at|on)\s+)+(?={UPPER})", text[start:end])
        if article:
            start += article.end()
            changed = True
        qualifier = _LOCATED_PREFIX.match(text, start, end)
        if qualifier:
            start = qualifier.end()
            changed = True
        first = re.match(r"[\w'’]+", text[start:end])
        if (
            first
            and (
                first.group() in _LEADING_NOISE
                or (first.group() in _NAVIGATION_WORDS and text.rfind("\n", 0, start) + 1 == start)
            )
            and end - start > len(first.group()) + 1
            and re.match(
                rf"\s+(?:(?:of|and|for|the|in|at|on)\s+)*{UPPER}", text[start + len(first.group()) : end]
            )
        ):
            start += len(first.group())
            changed = True
        segment = text[start:end]
        new_end = start + len(segment.rstrip(" \t\n\"“”'‘’),.;:!?-–—"))
        tail = re.search(r"['’]s?$|\s+(?:and|&|of|for)$", text[start:new_end])  # "Marsh & McLennan and"
        if tail:
            new_end -= len(tail.group())
        if new_end != end:
            end = new_end
            changed = True
    return start, end


_NOT_ORG_HEAD = re.compile(
    rf"((?:{UPPER}[\w.-]{{0,40}})(?:[ ]+(?:{UPPER}[\w.-]{{0,40}}|and|&)){{0,4}})[ ]+"
    r"(?:project|programme|program|initiative|conference|summit|forum|app|platform|service|brand|model|chip|chips|smartphone|index|festival|campaign|award|"
    r"segment|sector|market|industry|"
    r"expo)s?\b"
)


def _product_names(text: str, gaz: Gazetteer) -> set[str]:
    """Brand and project names: gazetteer products, "X, the messaging app", "the Stargate project"."""
    names = set(gaz.products)
    for match in _PRODUCT_AFTER.finditer(text):
        if _COMPANY_APP.match(text, match.end()) or _company_despite_app(text, match):
            continue  # "X, a delivery app founded in 2019": the company behind the app
        start, end = _trim(text, match.start(1), match.end(1))
        names.add(text[start:end])
    names.update(_labelled_products(text, gaz))
    for match in _NOT_ORG_HEAD.finditer(text):
        start, end = _trim(text, match.start(1), match.end(1))
        surface = text[start:end]
        follower = text[match.end(1) : match.end()].strip().lower()
        segment = follower.startswith(("segment", "sector", "market", "industry"))
        if gaz.lookup(surface) is None and (segment or not re.search(rf"\b(?:{_HEADS})$", surface)):
            names.add(surface)  # "the Stargate project"; "Fintech and Business Services segment"
    return names


def _bullet_word(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """ "• Gross margin widened", "• Consolidated revenue rose": a capitalised word that stands only at
    the start of bullet lines is the line's first word, not a name."""
    surface = text[start:end]
    if " " in surface or gaz.lookup(surface) is not None:
        return False
    bullets = {m.end() for m in BULLET_START.finditer(text)}
    occurrences = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text)]
    return bool(occurrences) and all(position in bullets for position in occurrences)


def _product_spans(text: str, products: set[str]) -> list[tuple[int, int]]:
    """Where each product name stands in the text (whole words only)."""
    spans = []
    for name in products:
        if len(name) > 2 and name in text:
            pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
            spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def _company_despite_app(text: str, match: re.Match[str]) -> bool:
    """ "Slack, the workplace chat app, was bought by ...", "an agreement with X, the video app": an
    app's name treated as a party in its sentence is the company behind it."""
    before = text[max(0, match.start(1) - 40) : match.start(1)]
    return bool(COMPANY_AFTER_APP.match(text, match.end()) or COMPANY_BEFORE_APP.search(before))


_COMPANY_ENDINGS = r"Inc|Ltd|Corp|Corporation|Group|Holdings|Bank|plc|PLC|LLC|Limited|AG|SA|SE"


_PRODUCT_CUES = (
    OWNED_PRODUCT, LABELLED_PRODUCT, PRODUCT_NAME, RELEASED_PRODUCT, SEGMENT_LINE_LABEL, SEGMENT_APPOSITION,
    TAGLINE,
)


def _labelled_products(text: str, gaz: Gazetteer) -> set[str]:
    """ "Microsoft's Azure AI service", "the Vertex AI platform": a name labelling a product noun,
    unless it is a known organization or a named unit ("the Alibaba Cloud platform")."""
    names = set()
    for pattern in _PRODUCT_CUES:
        for match in pattern.finditer(text):
            if match.lastindex and match.lastindex > 1 and match.group(2):  # "A and B, the products"
                names.update(p for p in match.group(2).split(" and ") if gaz.lookup(p) is None)
                continue
            start, end = _trim(text, match.start(1), match.end(1))
            surface = text[start:end]
            if not surface or gaz.lookup(surface) is not None:
                continue
            # an owner's name settles it ("Microsoft's Azure AI service"); after a mere article a
            # company word still ends a company's name ("the Zhipu AI model", "the Tianyi Cloud service")
            if pattern is LABELLED_PRODUCT and re.search(rf"\b(?:{_HEADS})$", surface):
                continue
            if pattern is SEGMENT_LINE_LABEL and re.search(rf"\b(?:{_COMPANY_ENDINGS})$", surface):
                continue  # "- Acme Holdings: $5 million": a customer or holder listed with its figure
            names.add(surface)
    return names


_MODIFIER_SUFFIX = re.compile(
    r"-(based|headquartered|listed|born|focused|led|backed|owned|funded|controlled|run|supported)$",
    re.IGNORECASE,
)
_PLACE_MODIFIERS = {"based", "headquartered", "listed", "born", "focused"}


def _collect_candidates(
    text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer, products: set[str]
) -> list[_Candidate]:
    found: list[_Candidate] = []

    def add(start: int, end: int, source: str) -> None:
        start, end = _trim(text, start, end)
        verb = _HEADLINE_VERB.search(text, start, end)
        if verb and verb.start() > start:  # "NVIDIA Announces Financial Results": the name ends at the verb
            end = verb.start()
        surface = text[start:end]
        modifier = _MODIFIER_SUFFIX.search(surface)
        if modifier:
            if modifier.group(1).lower() in _PLACE_MODIFIERS:
                return  # "Jiangsu-based": where a company sits, never a name
            end -= len(modifier.group())  # "Stonepeak-led group": the name is Stonepeak
            surface = text[start:end]
        phrase = re.match(rf"(.+?)\s+(?:on|for)\s+(?:the\s+)?{UPPER}", surface)
        if phrase and source in ("pattern", "ner") and re.search(
            rf"(?<![\w-]){re.escape(phrase.group(1))}(?!\s+(?:on|for)\s)(?![\w-])", text
        ):
            end = start + len(phrase.group(1))  # "Finda on AI", "Google Cloud for the Middle East"
            surface = text[start:end]
        if re.fullmatch(r"(?:FY|Q[1-4]|H[12])\s?'?\d{2,4}|\d?Q\d{2,4}", surface):
            return  # fiscal period codes ("FY26") are not names
        line_start = text.rfind("\n", 0, start) + 1
        if surface.isupper() and len(surface) > 6 and gaz.lookup(surface) is None and start - line_start < 25:
            return  # datelines and shouted section labels ("MUNICH, Oct. 30 --"), not acronyms
        if (
            start == line_start
            and surface.isupper()
            and re.match(rf"(?:\s+{UPPER}{{2,}}\.?){{0,2}},\s+\w+\.?\s+\d", text[end : end + 40])
        ):
            return
        if OFFICE_BEFORE.search(text, max(0, start - 30), start):
            return  # "Secretary of State for Science, Innovation and Technology": an office's remit
        if source in ("pattern", "ner", "described", "listed") and _generic_phrase(text, start, end):
            return
        if (
            source in ("pattern", "ner")
            and re.fullmatch(rf"{UPPER}{{2,6}}s?", surface)
            and re.search(rf"(?:^|\s){LOWER}[\w-]*\s+\($", text[max(0, start - 30) : start])
            and text[end : end + 1] == ")"
        ):
            return  # "lithium iron phosphate (LFP)": an acronym for a lower-case term, not a name
        if _plausible(surface, gaz, products) or (source == "gazetteer" and surface not in products):
            found.append(_Candidate(start, end, source))

    for start, end, label in ner_spans:
        surface = text[start:end]
        if label == "ORG" and _OFFICE_TITLE.match(surface):
            continue  # "Minister of Trade and Industry" names an office holder, no part is an organization
        if label == "ORG":
            for s, e in _split_ner_org(text, start, end, gaz):
                add(s, e, "ner")
        elif label in ("PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
            s, e = _trim(text, start, end)
            if gaz.lookup(text[s:e]) is not None:
                add(s, e, "gazetteer")
            elif label != "NORP" and not gaz.is_place(text[s:e]) and _org_context(text, s, e):
                add(s, e, "context")  # "Shares of Nvidia" even when the model says GPE
            elif label == "PERSON" and _COMPANY_MADE_WORD.search(text[s:e]):
                add(s, e, "context")  # "Tsinghua Unigroup": a word made like a company name
            elif label == "PERSON" and _COMPANY_WORD_LAST.fullmatch(text[s:e]):
                add(s, e, "context")  # "Carrier Global": a name ending in a company word is no person
    for match in _NAME_PATTERN.finditer(text):
        for s, e in _split_coordination(text, match.start(), match.end(), gaz):
            add(s, e, "pattern")
    if gaz.pattern is not None:
        for match in gaz.pattern.finditer(text):
            add(match.start(), match.end(), "gazetteer")
    for match in _DESCRIBED_BEFORE.finditer(text):
        group = 1 if match.group(1) else 2
        add(match.start(group), match.end(group), "described")
    places = {text[s:e] for s, e, label in ner_spans if label in ("GPE", "LOC", "NORP")}
    for match in _DESCRIBED_AFTER.finditer(text):
        if match.group(1) not in places:  # "in Beijing, a lender that ..." describes the bank, not Beijing
            add(match.start(1), match.end(1), "described")
    for match in _CALLED.finditer(text):
        add(match.start(1), match.end(1), "defined")
    for match in _PRODUCT_AFTER.finditer(text):
        if _company_despite_app(text, match):  # "Slack, the workplace chat app, was bought by ..."
            add(match.start(1), match.end(1), "described")
    for match in _GOVERNMENT.finditer(text):
        if not re.match(r"(?:The|This|That|Its|Their|Our|A|An)\s", match.group(1)):
            add(match.start(1), match.end(1), "government")
    for match in _AFTER_DEAL_VERB.finditer(text):
        surface = match.group(1)
        if surface not in places and not any(surface in p for p in places):
            add(match.start(1), match.end(1), "described")
    for match in _MEDIA_CONTEXT.finditer(text):
        group = next(i for i in range(1, 5) if match.group(i))
        add(match.start(group), match.end(group), "media")
    for start, end in cue_name_spans(text):
        add(start, end, "described")
    for start, end in cue_list_items(text):
        add(start, end, "listed")
    _add_list_siblings(text, found, add)
    names = {text[c.start : c.end] for c in found} - gaz.places
    for start, end in country_units(text, names, gaz.places):
        add(start, end, "pattern")  # "Quarvo Spain": the unit outranks its parent's name inside it
    return found


_COMPANY_MADE_WORD = re.compile(rf"{UPPER}{LOWER}{{2,}}(?:group|soft|tech|corp)\b")
_CAPITALISED_WORD = re.compile(rf"{UPPER}{LOWER}+(?:-{LETTER}{LOWER}+)?")
_DESCRIBING_COMPOUND = re.compile(rf"{UPPER}{LOWER}+-(?:language|speaking|listed|born|style)")
_COMPANY_WORD_LAST = re.compile(rf"{UPPER}[\w&.-]+(?:[ ]+{UPPER}[\w&.-]+)*[ ]+(?:Global|{_HEADS})")
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


def _add_list_siblings(text: str, found: list[_Candidate], add) -> None:
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


def _person_words(text: str, ner_spans: Sequence[NerSpan], gaz: Gazetteer) -> set[str]:
    """Names and name parts of people ("Wang" in "Yulin Wang"): never organizations."""
    words: set[str] = set()
    for start, end, label in ner_spans:
        if label != "PERSON":
            continue
        s, e = _trim(text, start, end)
        surface = text[s:e]
        if gaz.lookup(surface) is not None or _NAME_PATTERN.fullmatch(surface):
            continue
        tokens = surface.split()
        if 2 <= len(tokens) <= 3 and all(_CAPITALISED_WORD.fullmatch(t) for t in tokens):
            words.add(surface)
            words.update(t for t in tokens if gaz.lookup(t) is None)
    return words


_ORG_BEFORE = re.compile(
    r"(?:[Ss]hares\s+(?:of|in)|stake\s+in|invest(?:ed|s|ing)?\s+in|acquire[sd]?|acquisition\s+of|"
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
    r"supplier|retailer|lender|platform\s+operator|carmaker|automaker|conglomerate|e-wallet)\b"
    r"|\s+(?:has\s+|had\s+)?(?:raised|raises|secured)\s+(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[$€£¥₹]|Rp\.?\s?\d|Rs\.?\s?\d|US\$|S\$|RMB|\d[\d.,]*\s+(?:million|billion|trillion|crore))"
)


def _org_context(text: str, start: int, end: int) -> bool:
    """Words around a span that only an organization takes ("Shares of X", "X's chief executive")."""
    return bool(
        _ORG_BEFORE.search(text[max(0, start - 30) : start]) or _ORG_AFTER.match(text[end : end + 80])
    )


# Capitalized words that name business lines as often as companies ("Cloud Services revenue rose").
GENERIC_WORDS = {
    "Cloud",
    "Smart",
    "Digital",
    "Financial",
    "Finance",
    "Fintech",
    "Business",
    "Data",
    "Services",
    "Service",
    "Retail",
    "Online",
    "Mobile",
    "Technology",
    "Technologies",
    "Global",
    "International",
    "Enterprise",
    "Consumer",
    "Commercial",
    "Capital",
    "Investment",
    "Investments",
    "Payment",
    "Payments",
    "Platform",
    "Solutions",
    "Software",
    "Network",
    "Networks",
    "Security",
    "Energy",
    "Health",
    "Media",
    "Group",
    "AI",
    "Internet",
    "Marketing",
    "Industrial",
    "Intelligent",
    "Innovation",
    "Development",
    "Research",
    "Products",
    "Sales",
    "Operations",
    "Strategy",
    "Asset",
    "Management",
    "Wealth",
    "Insurance",
    "Trade",
    "Commerce",
    "Logistics",
    "Computing",
    "Industries",
    "Economy",
    "Markets",
    "Banking",
    "Gaming",
    "Games",
    "Advertising",
    "Entertainment",
    "Hardware",
    "Devices",
    "Infrastructure",
    "Big",
    "New",
    "Total",
    "Core",
    "Other",
    "Social",
    "Growth",
    "Segment",
    "Unit",
    "Division",
    "Team",
    "Lab",
    "Labs",
    "Center",
    "Centre",
}


def _generic_phrase(text: str, start: int, end: int) -> bool:
    """A name made only of generic business words is a business line unless the text treats it as a
    named body: "the/its Cloud & AI Business Group", "X's Financial Technology Group", "(CSIG)"."""
    tokens = [t for t in re.split(r"[\s&]+", text[start:end]) if t and t.lower() not in _CONNECTORS]
    if not tokens or not all(t in GENERIC_WORDS for t in tokens):
        return False
    before = text[max(0, start - 30) : start]
    if re.search(r"(?:\b(?:the|its|their|a\s+new|new)|['’]s?)\s+$", before, re.IGNORECASE):
        return False
    return not re.match(rf"\s*\({UPPER}{{2,}}\)", text[end : end + 12])


# Plural nouns for kinds of market participants: capitalized only at a sentence start, never a name.
_COMMON_PLURALS = {
    "vendors", "companies", "firms", "buyers", "sellers", "makers", "manufacturers", "operators",
    "carriers", "lenders", "consumers", "shoppers", "investors", "analysts", "providers", "players",
    "suppliers", "retailers", "startups", "regulators", "customers", "users", "banks", "insurers",
    "automakers",
}


def _plausible(surface: str, gaz: Gazetteer, products: set[str]) -> bool:
    if len(surface) < 2 or "\n" in surface or not re.search(rf"{UPPER}", surface):
        return False
    if surface in products or gaz.is_not_organization(surface) or surface in _MONTHS_DAYS:
        return False
    if gaz.is_place(surface) and gaz.lookup(surface) is None:
        return False
    tokens = surface.split()
    if len(tokens) > 9 or surface[0].isdigit() or "@" in surface or "  " in surface:
        return False
    if len(tokens) == 1 and surface.lower() in _COMMON_PLURALS:
        return False  # "Vendors sold ..." at the start of a sentence
    if tokens[0] in _LEADING_NOISE or tokens[-1].lower() in _CONNECTORS:
        return False
    if len(tokens) > 1 and _DESCRIBING_COMPOUND.fullmatch(tokens[0]):
        return False  # "Korean-language AI models": a described thing, not a name
    if _TITLE_WORDS.search(" " + surface):  # "Chief Executive Officer Dana Park" is a person
        return False
    if _OFFICE_TITLE.match(surface):  # "Minister of Investment, Trade and Industry" is a person's office
        return False
    if surface in GEOGRAPHIC_SEGMENTS:  # "revenue in EMEA": a segment of the business
        return False
    if surface in CURRENCY_CODES or ACCOUNTING_STANDARDS.fullmatch(surface):  # "EUR", "IFRS"
        return False
    if len(tokens) > 1 and PERIOD_LAST_WORD.fullmatch(tokens[-1]):  # "Velorix Q4": the name is "Velorix"
        return False
    if len(tokens) == 1 and re.fullmatch(rf"(?:{_HEADS})", surface):  # a lone "Holdings" or "Technology"
        return False
    if (
        tokens[-1] == "AI" and tokens[0] in _NOT_AI_COMPANY
    ):  # "Generative AI" is a field, "Moonshot AI" a firm
        return False
    if tokens[-1] == "Internet" and all(t.lower() in _GEO_WORDS or t in GENERIC_WORDS for t in tokens[:-1]):
        return False  # "Chinese Internet", "Mobile Internet": a field, not a firm
    if len(tokens) > 1 and tokens[-1] in _NOT_ORG_LAST:  # "Big Data Platform", "Apsara Conference"
        return False
    if re.match(r"(?:[A-Z]{1,3}\$|RMB|US|\$|€|£|¥)\s?\d", surface):  # "RMB538mn" tagged as an organization
        return False
    if tokens[0][0].islower() and not re.match(rf"{LOWER}+{UPPER}", tokens[0]):  # iResearch, eBay
        return False
    # Lower-case words other than connectors mean a phrase, not a name ("Canalys suggest Tencent").
    lower = [t for t in tokens[1:] if t[0].islower() and t not in _CONNECTORS]
    return not lower or bool(re.search(r"business (?:group|unit)$|\b[Gg]overnment$", surface))


_HEADLINE_VERB = re.compile(
    r"\s+(?:Announces|Reports|Launches|Unveils|Appoints|Signs|Acquires|Completes|Posts|Raises|Introduces|"
    r"Agrees|Declares|Receives|Selects|Enters|Expands|Secures|Joins|Delivers|Achieves|Extends|Invests|"
    r"Buys|Sells|Says)\b"
)


# A comma between two capitalised names, not before a legal form ("Acme, Inc.") or a place ("Acme
# Bank, Singapore" is left to the place checks).
_LIST_COMMA = re.compile(
    rf",[ ]+(?!(?:Inc|Ltd|LLC|Co|Corp|Corporation|Limited|plc|PLC|S\.A|N\.V|AG|SE|GmbH|Pte|Pty)\b)(?={UPPER})"
)


def _split_ner_org(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Repair NER spans: "Alibaba and Tencent" -> two, "X’s Y Group" -> two, titles cut off."""
    surface = text[start:end]
    if "(" in surface:  # "Malayan Banking Bhd (Maybank": the parenthesis is an alias, handled later
        end = start + surface.index("(")
        surface = text[start:end]
    comma = _LIST_COMMA.search(surface)
    # "Grundig, Arctic and Defy": a list the model read as one name; a name ending in an institution's
    # word keeps its commas ("Communications, Space and Technology Commission")
    if comma and not re.search(rf"\b(?:{_HEADS})$", surface):
        return [
            *_split_ner_org(text, start, start + comma.start(), gaz),
            *_split_ner_org(text, start + comma.end(), end, gaz),
        ]
    possessive = re.search(r"['’]s\s+", surface)
    if possessive and not re.fullmatch(rf"(?:{_COMPANY_ENDINGS}|Company)\.?", surface[possessive.end() :]):
        # "Foster's Group", "Macy's Inc" are one name; "Alibaba's Ant Group" is two
        return [(start, start + possessive.start()), (start + possessive.end(), end)]
    title = _TITLE_WORDS.search(surface)
    if title and title.start() > 0:
        end = start + title.start()
        surface = text[start:end]
    of_place = re.search(rf"\s+of\s+{UPPER}{LOWER}+$", surface)
    if of_place and not re.search(rf"\b(?:{_HEADS})\s+of\s", surface):
        end = start + of_place.start()
        surface = text[start:end]
    conj = re.search(rf"\s+and\s+(?={UPPER})", surface)
    if conj and not re.search(rf"\b(?:{_HEADS})$", surface):
        return [(start, start + conj.start()), (start + conj.end(), end)]
    return _split_coordination(text, start, end, gaz)  # "Orion Capital and Sable Bank"


def _split_coordination(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """ "Tencent Holdings Ltd and Huaxia Bank Co Ltd" and "Azure and Google Cloud" are two names each;
    "Industrial and Commercial Bank of China" is one."""
    surface = text[start:end]
    for conj in re.finditer(r"\s+(?:and|&)\s+", surface):
        left, right = surface[: conj.start()], surface[conj.end() :]
        if re.fullmatch(_FIELD_TAIL.replace("[ ]+and[ ]+", ""), right):
            continue  # "Institute of Finance and Economics"
        named = len(left.split()) >= 2 and re.search(rf"\b(?:{_HEADS})\.?$", left)
        # A left part that also stands alone elsewhere in the article is a name of its own.
        # (The first such occurrence is enough: listing them all rescanned the text per coordination.)
        alone = len(left.split()) >= 2 and bool(re.search(rf"{re.escape(left)}(?!\s+(?:and|&)\s)", text))
        # "Warburg Pincus and Mizuho Bank": two multi-word names, no field of study at the seam
        paired = (
            len(left.split()) >= 2
            and len(right.split()) >= 2
            and not re.search(r"\b(?:of|for|de|the)\b", left)
            and left.split()[-1] not in _SEAM_WORDS
            and right.split()[0] not in _SEAM_WORDS
        )
        # "Atome and Siam Commercial Bank": a one-word name seen alone elsewhere, then a full name
        single = (
            len(left.split()) == 1
            and conj.group().strip() == "and"
            and left not in GENERIC_WORDS
            and re.search(rf"\b(?:{_HEADS})$", right) is not None
            and re.search(rf"(?<![\w-]){re.escape(left)}(?!\s+(?:and|&)\s)(?![\w-])", text) is not None
        )
        known = gaz.lookup(left) is not None or gaz.lookup(right) is not None
        if named or alone or paired or single or known:
            return [(start, start + conj.start()), *_split_coordination(text, start + conj.end(), end, gaz)]
    return [(start, end)]


_SEAM_WORDS = {
    "Science", "Sciences", "Technology", "Technologies", "Engineering", "Arts", "Design", "Economics",
    "Business", "Management", "Commerce", "Trade", "Industry", "Industrial", "Commercial", "Finance",
    "Financial", "Medicine", "Law", "Development", "Research", "Innovation", "Investment", "Planning",
    "Reform", "Information", "Communications", "Transport", "Energy", "Health", "Education",
}

_SOURCE_RANK = {
    "context": 2,
    "defined": 6,
    "acronym": 6,
    "gazetteer": 5,
    "pattern": 4,
    "government": 4,
    "described": 3,
    "listed": 3,
    "media": 3,
    "ner": 2,
}


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest candidate where spans overlap (gazetteer/pattern break ties over NER)."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -_SOURCE_RANK.get(c.source, 0)))
    kept: list[_Candidate] = []
    # Kept spans never overlap, so sorted by start they are sorted by end too: one bisect finds the only
    # span a candidate could overlap (a scan of every kept span made a text of repeated names quadratic).
    starts: list[int] = []
    ends: list[int] = []
    empty: list[_Candidate] = []  # zero-width spans break that order; there are few, scanned
    for cand in ordered:
        if any(k.start < cand.end and cand.start < k.end for k in empty):
            continue
        if cand.start == cand.end:
            if not any(k.start < cand.end and cand.start < k.end for k in kept):
                kept.append(cand)
                empty.append(cand)
            continue
        before = bisect.bisect_left(starts, cand.end) - 1
        if before >= 0 and ends[before] > cand.start:
            continue
        kept.append(cand)
        starts.insert(before + 1, cand.start)
        ends.insert(before + 1, cand.end)
    return sorted(kept, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------
# Grouping surfaces into organizations
# ---------------------------------------------------------------------------------------------


def _group(text: str, candidates: list[_Candidate], gaz: Gazetteer) -> tuple[dict[str, _Org], dict[str, str]]:
    orgs: dict[str, _Org] = {}
    surface_to_key: dict[str, str] = {}
    for cand in candidates:
        surface = text[cand.start : cand.end]
        known = gaz.lookup(surface) or gaz.lookup(display_name(surface))
        key = organization_key(known.name if known else surface)
        org = orgs.setdefault(key, _Org(key=key))
        if known:
            org.known_name = known.name
            org.kind = org.kind or known.kind
            org.parent = org.parent or known.parent
            org.media = org.media or known.kind == "media"
        org.names[display_name(surface)] += 1
        org.legal = org.legal or display_name(surface) != surface
        if cand.source == "media":
            org.media = True
        surface_to_key[surface] = key
    surfaces_of: dict[str, list[str]] = {}  # each organization's own surfaces, not all per organization
    for surface, key in surface_to_key.items():
        surfaces_of.setdefault(key, []).append(surface)
    for org in orgs.values():
        for surface in surfaces_of.get(org.key, ()):
            if display_name(surface) != org.name:
                org.aliases.add(surface)
    return orgs, surface_to_key


_UNIT_NAME = re.compile(
    r"(?:Group|Business Group|business group|business unit|Unit|Division|Academy|Institute|Lab|Labs|"
    r"Laboratory|Department)$"
)


def _name_possessive_units(
    text: str, candidates: list[_Candidate], orgs: dict[str, _Org], surface_to_key: dict[str, str]
) -> None:
    """ "Tencent's Financial Technology Group" names the unit "Tencent Financial Technology Group"."""
    for cand in candidates:
        surface = text[cand.start : cand.end]
        key = surface_to_key.get(surface)
        if key is None or key not in orgs or not _UNIT_NAME.search(surface):
            continue
        before = re.search(
            r"([^\s,;.(]+(?:\s[^\s,;.(]+){0,3})['’]s\s+$", text[max(0, cand.start - 60) : cand.start]
        )
        if not before:
            continue
        owner_surface = next(
            (o for o in (before.group(1).split(" ", i)[-1] for i in range(4)) if o in surface_to_key), None
        )
        if owner_surface is None or surface_to_key[owner_surface] == key:
            continue
        owner = orgs[surface_to_key[owner_surface]]
        if surface.startswith(owner.name):
            continue
        org = orgs.pop(key)
        full = f"{owner.name} {display_name(surface)}"
        new_key = organization_key(full)
        org.key, org.known_name, org.parent = new_key, full, owner.name
        org.aliases.add(surface)
        orgs[new_key] = org
        for alias, alias_key in list(surface_to_key.items()):
            if alias_key == key:
                surface_to_key[alias] = new_key


def _abbreviates(acronym: str, name: str) -> bool:
    """ "Malaysia Airlines (MAS)": an all-capital acronym right after a name whose letters it takes in
    order, starting with the name's first letter; the parentheses make it a definition."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym) or not name[:1].isupper():
        return False
    letters = name.lower()
    position = 0
    for letter in acronym.lower():
        position = letters.find(letter, position)
        if position == -1:
            return False
        position += 1
    return acronym[0].lower() == letters[0]


def _initials_match(acronym: str, name: str) -> bool:
    """ "HKSTP" for "Hong Kong Science and Technology Park"; "SEC" also for "U.S. Securities and ..."."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _GEO_WORDS and _initials_in_order(acronym, rest):
        return True
    return _initials_in_order(acronym, name)


def _initials_in_order(acronym: str, name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in {"of", "the", "for", "and", "&"}]
    named = [w for w in words if w.lower().strip(".") not in _LEGAL_SUFFIXES - {"group"} or w == words[:1][0]]
    # "Powerchip Semiconductor Manufacturing Corp (PSMC)": the legal form may give the last letter
    return _letters_in_initials(acronym, named) or (named != words and _letters_in_initials(acronym, words))


def _letters_in_initials(acronym: str, words: list[str]) -> bool:
    letters = [c.lower() for c in acronym if c.isalpha() and (c.isupper() or acronym.isupper())]
    if len(letters) < 2:
        return False
    initials = [w[0].lower() for w in words]
    if not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return len(letters) * 2 >= len(initials)


def _add_acronyms_and_defined_terms(
    text: str,
    candidates: list[_Candidate],
    orgs: dict[str, _Org],
    surface_to_key: dict[str, str],
    gaz: Gazetteer,
) -> None:
    for cand in candidates:
        surface = text[cand.start : cand.end]
        key = surface_to_key.get(surface)
        if key is None:
            continue
        org = orgs[key]
        after = text[cand.end : cand.end + 120]
        defined = _DEFINED_TERM.match(after)
        if defined:
            for written in filter(None, defined.groups()):
                term = re.sub(r"[\"“”]", "", written)
                bare = re.sub(r"^the\s+", "", term, flags=re.IGNORECASE)
                if bare.lower() in _GENERIC_TERMS:
                    term = "the " + bare  # the "Company" -> later "the Company" mentions
                surface_to_key.setdefault(term, key)
                org.aliases.add(term)
                if not term.lower().startswith("the "):
                    org.known_name = org.known_name or display_name(term)
            continue
        acronym = _ACRONYM.match(after)
        short = acronym.group(2) if acronym and not acronym.group(1) else ""
        other = surface_to_key.get(short, key)
        if (
            re.fullmatch(rf"{UPPER}{LOWER}+{LETTER}*", short)
            and not gaz.is_place(short)
            # the short name was also read as an organization of its own: it is this one
            and (other == key or (other in orgs and set(orgs[other].names) == {short}))
            and short.lower()[:2] == surface.lower()[:2]
        ):
            # "Malayan Banking Bhd (Maybank)": a short name given in parentheses
            if other != key:
                _fold(orgs, surface_to_key, other, key)
            surface_to_key[short] = key
            org.aliases.add(short)
            continue
        if acronym and (
            _initials_match(acronym.group(2).split()[0], surface)
            or _abbreviates(acronym.group(2), surface)
            # "Financial Services Authority (OJK)": the article's own short name, in another language,
            # when the article uses it again or read it as a name, and the gazetteer knows no other
            # organization by it ("(NYSE)" after a name is a listing note)
            or (
                re.fullmatch(r"[A-Z]{2,6}", acronym.group(2))
                and len(surface.split()) >= 2
                and gaz.lookup(acronym.group(2)) is None
                and (text.count(acronym.group(2)) >= 2 or acronym.group(2) in surface_to_key)
            )
        ):
            acr = acronym.group(2)
            if acronym.group(1):  # "Nanyang Technological University, Singapore (NTU Singapore)"
                org.aliases.add(surface + acronym.group(1))
            for alias in {acr, acr.split()[0]}:
                if alias not in surface_to_key or surface_to_key[alias] == key:
                    surface_to_key[alias] = key
                    org.aliases.add(alias)
                elif alias in surface_to_key:  # the acronym was seen as its own org: fold it in
                    # "Australian Broadcasting Corporation (ABC)": the article's own definition wins
                    # over a gazetteer organization with the same acronym
                    other_org = orgs.get(surface_to_key[alias])
                    foreign = bool(other_org and other_org.known_name and not org.known_name)
                    _fold(orgs, surface_to_key, surface_to_key[alias], key, inherit_identity=not foreign)


def _fold(
    orgs: dict[str, _Org],
    surface_to_key: dict[str, str],
    source_key: str,
    target_key: str,
    inherit_identity: bool = True,
) -> None:
    """Merge ``source`` into ``target``; without ``inherit_identity`` the source's gazetteer identity
    (known name, kind, parent) is dropped: only its surfaces move."""
    if source_key == target_key or source_key not in orgs:
        return
    source, target = orgs.pop(source_key), orgs[target_key]
    if not inherit_identity:
        target.aliases |= {s for s in source.names if s != source.known_name}
        for surface, key in surface_to_key.items():
            if key == source_key:
                surface_to_key[surface] = target_key
        return
    target.aliases |= set(source.names) | source.aliases
    target.media = target.media or source.media
    target.kind = target.kind or source.kind
    target.parent = target.parent or source.parent
    target.known_name = target.known_name or source.known_name
    for surface, key in surface_to_key.items():
        if key == source_key:
            surface_to_key[surface] = target_key


def _fold_document_names(orgs: dict[str, _Org], surface_to_key: dict[str, str]) -> None:
    """One organization per name however the article writes it (org_merge.py decides which)."""
    for decide in (same_name_folds, short_form_folds, acronym_folds):
        names = {key: org.name for key, org in orgs.items()}
        known = {key for key, org in orgs.items() if org.known_name}
        folds = decide(names, known) if decide is short_form_folds else decide(names)
        for source, target in folds:
            # "Quarvo's Lattice Group" was named "Quarvo Lattice Group" as Quarvo's unit: two organizations
            if source in orgs and target in orgs and orgs[target].parent != orgs[source].name:
                _fold(orgs, surface_to_key, source, target)


def _add_short_forms(
    text: str, orgs: dict[str, _Org], surface_to_key: dict[str, str], gaz: Gazetteer
) -> None:
    """ "Rivian" for "Rivian Automotive" even where no model or pattern picked the short form up:
    a distinctive first word before a tail that does not make another company, written alone."""
    for key, org in orgs.items():
        # "Poshmark" for "Poshmark Inc": a registered name is also written without its legal form.
        if (
            org.legal
            and org.name not in surface_to_key
            and len(org.name) >= 3
            and org.name not in GENERIC_WORDS
            and not gaz.is_place(org.name)
            and (gaz.lookup(org.name) is None or organization_key(gaz.lookup(org.name).name) == key)
        ):
            surface_to_key[org.name] = key
    for key, org in list(orgs.items()):
        tokens = org.name.split()
        if len(tokens) < 2:
            continue
        short, tail = tokens[0], tuple(tokens[1:])
        if not (
            (len(tail) == 1 and tail[0] in _SAME_COMPANY_WORDS)
            or tail in _SAME_COMPANY_PAIRS
            or (len(tail) == 2 and tail[0] != tail[1] and all(t in _PAIR_TAIL_WORDS for t in tail))
        ):
            continue
        if (
            short in surface_to_key
            or len(short) < 3
            or short in GENERIC_WORDS
            or short.lower() in _GEO_WORDS
            or gaz.is_place(short)
            or (gaz.lookup(short) is not None and organization_key(gaz.lookup(short).name) != key)
        ):
            continue
        if re.search(rf"(?<![\w&-]){re.escape(short)}(?![\w&]|-{LETTER}|\s+{re.escape(tail[0])})", text):
            surface_to_key[short] = key
            org.aliases.add(short)


# "X, formerly Y," / "X (formerly known as Y)" / "X, the company behind Y,": Y is another name of X.
_OTHER_NAME_LINK = re.compile(
    r"(?:,[ ]+|(?<![ ])[ ]+\()(?:(?:formerly|previously|once)(?:[ ]+(?:known[ ]+as|called|named))?|"
    r"the[ ]+(?:company|firm|group)[ ]+(?:behind|that[ ]+(?:owns|operates|runs)))[ ]+"
)


def _merge_renamed_and_brands(
    text: str, candidates: list[_Candidate], orgs: dict[str, _Org], surface_to_key: dict[str, str]
) -> None:
    by_end = {c.end: text[c.start : c.end] for c in candidates}
    by_start = {c.start: text[c.start : c.end] for c in candidates}
    for match in _OTHER_NAME_LINK.finditer(text):
        first = by_end.get(match.start())
        second = by_start.get(match.end()) or _known_name_at(text, match.end(), surface_to_key)
        target = surface_to_key.get(first or "")
        source = surface_to_key.get(second or "")
        if target and source and target != source and target in orgs and source in orgs:
            _fold(orgs, surface_to_key, source, target)
    # "UnionBank" for "Union Bank of the Philippines": the name's leading words written as one word
    for key, org in list(orgs.items()):
        word = org.name
        if " " in word or not re.fullmatch(rf"{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)+", word):
            continue
        for other_key, other in list(orgs.items()):
            words = other.name.split()
            if other_key == key or len(words) < 3:
                continue
            cut = words.index("of") if "of" in words else len(words)
            if cut >= 2 and "".join(words[:cut]) == word and key in orgs:
                _fold(orgs, surface_to_key, key, other_key)
                break


def _known_name_at(text: str, start: int, surface_to_key: dict[str, str]) -> str | None:
    """The longest known organization surface written at ``start``."""
    run = re.match(rf"{UPPER}[\w&'’.-]*(?:[ ]+{UPPER}[\w&'’.-]*){{0,3}}", text[start : start + 80])
    if run is None:
        return None
    words = run.group().split()
    for cut in range(len(words), 0, -1):
        surface = " ".join(words[:cut]).rstrip(".")
        if surface in surface_to_key:
            return surface
    return None


def _merge_in_article_aliases(orgs: dict[str, _Org], surface_to_key: dict[str, str]) -> None:
    """Shorter in-article forms of a longer name: "CITIC Bank"/"CITIC" for "China CITIC Bank",
    "DAMO Academy" for "Alibaba DAMO Academy". Guarded: "Bank of China" never joins
    "Agricultural Bank of China" because the extra word is not a place or an owner."""
    names = {key: org.name for key, org in orgs.items()}
    # Every fold below needs the short name's first word among the long name's words: only those
    # names are looked at (all of them against all was organizations squared), in the same order.
    order = {key: index for index, key in enumerate(names)}
    having: dict[str, set[str]] = {}
    for key, name in names.items():
        for token in name.split():
            having.setdefault(token, set()).add(key)
    for short_key, short_name in sorted(names.items(), key=lambda kv: len(kv[1])):
        short_tokens = short_name.split()
        candidates = sorted(having.get(short_tokens[0], ()), key=order.__getitem__) if short_tokens else names
        for long_key in candidates:
            long_name = names[long_key]
            if long_key == short_key or long_key not in orgs or short_key not in orgs:
                continue
            long_tokens = long_name.split()
            if len(long_tokens) <= len(short_tokens):
                continue
            extra: list[str] | None = None
            if long_tokens[-len(short_tokens) :] == short_tokens:
                extra = long_tokens[: -len(short_tokens)]
                owner = " ".join(extra)
                if all(t.lower() in _GEO_WORDS for t in extra) or organization_key(owner) in orgs:
                    if organization_key(owner) in orgs and not all(t.lower() in _GEO_WORDS for t in extra):
                        orgs[long_key].parent = orgs[long_key].parent or orgs[organization_key(owner)].name
                    _fold(orgs, surface_to_key, short_key, long_key)
                    continue
            # "Anatole Investment" for "Anatole Investment Management": a shortened multi-word name.
            if (
                len(short_tokens) >= 2
                and long_tokens[: len(short_tokens)] == short_tokens
                and not _UNIT_TAIL.search(long_name)
                and not orgs[short_key].known_name
                and not _UNIT_TAIL.search(" ".join(long_tokens[len(short_tokens) :]))
            ):
                _fold(orgs, surface_to_key, short_key, long_key)
                continue
            # "Toyota" for "Toyota Motor": a name plus a word that does not make another company.
            tail_words = tuple(long_tokens[len(short_tokens) :])
            if (
                long_tokens[: len(short_tokens)] == short_tokens
                and (
                    (len(tail_words) == 1 and tail_words[0] in _SAME_COMPANY_WORDS)
                    or tail_words in _SAME_COMPANY_PAIRS
                )
                and not orgs[short_key].known_name
            ):
                _fold(orgs, surface_to_key, short_key, long_key)
                continue
            # "Altair" for "Altair Engineering Inc": the first word of a registered name.
            if (
                len(short_tokens) == 1
                and long_tokens[0] == short_tokens[0]
                and orgs[long_key].legal
                and not _UNIT_TAIL.search(long_name)
                and not orgs[short_key].known_name
            ):
                _fold(orgs, surface_to_key, short_key, long_key)
                continue
            # "CITIC" inside "China CITIC Bank": place words + the short name + a bank/group head.
            if len(short_tokens) == 1 and short_tokens[0] in long_tokens[:-1]:
                rest = [t for t in long_tokens if t != short_tokens[0]]
                if (
                    rest
                    and rest[-1] in {"Bank", "Group", "Holdings", "Technologies"}
                    and all(t.lower() in _GEO_WORDS for t in rest[:-1])
                ):
                    _fold(orgs, surface_to_key, short_key, long_key)


def _scan_mentions(
    text: str, surface_to_key: dict[str, str], chrome: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Every occurrence of every known surface (NER misses repeats), longest first."""
    surfaces = sorted((s for s in surface_to_key if len(s) >= 2), key=len, reverse=True)
    if not surfaces:
        return []
    pattern = re.compile(
        r"(?<![\w&-])(?:" + "|".join(re.escape(s) for s in surfaces) + rf")(?![\w&]|-{LETTER})"
    )
    mentions = []
    in_chrome = _span_set(chrome)
    for match in pattern.finditer(text):
        if in_chrome.overlaps(match.start(), match.end()):
            continue
        surface = match.group()
        if surface == "the Company" or (surface.islower() and (" " in surface or surface.isalpha())):
            continue  # defined descriptor terms are resolved with the other descriptors ("e&" is a name)
        mentions.append((match.start(), match.end(), surface_to_key[match.group()]))
    return mentions


# ---------------------------------------------------------------------------------------------
# Parents and kinds
# ---------------------------------------------------------------------------------------------

_UNIT_NOUN = (
    r"(?:unit|arm|affiliate|subsidiary|business|division|bank|lender|platform|venture|operation|operations|"
    r"branch|group|company|firm|department|segment)"
)


def _assign_parents(
    text: str,
    mentions: list[tuple[int, int, str]],
    orgs: dict[str, _Org],
    surface_to_key: dict[str, str],
    gaz: Gazetteer,
) -> None:
    by_start = {m[0]: m for m in mentions}
    for index, (start, end, key) in enumerate(mentions):
        if key not in orgs:
            continue
        org = orgs[key]
        after = text[end : end + 160]
        # "A, the payments affiliate of B" / "A, an affiliate of B" / "A, a payments unit of operator B"
        apposition = re.match(
            rf",\s+(?:a|an|the)\s+(?:[\w&-]+\s+){{0,4}}?{_UNIT_NOUN}\s+of\s+([^,;.]*)", after
        )
        if apposition:
            owners = [m for m in mentions if end + apposition.start(1) <= m[0] < end + apposition.end(1)]
            if owners and owners[-1][2] != key:
                org.parent = orgs[owners[-1][2]].name if owners[-1][2] in orgs else org.parent
                continue
        # "A, B's online bank"
        possessive = re.match(r",\s+", after)
        if possessive and end + possessive.end() in by_start:
            owner = by_start[end + possessive.end()]
            tail = text[owner[1] : owner[1] + 60]
            if owner[2] != key and re.match(rf"['’]s\s+(?:[\w&-]+\s+){{0,3}}?{_UNIT_NOUN}\b", tail):
                org.parent = orgs[owner[2]].name
                continue
        # "Huawei Cloud, the telecoms equipment maker's cloud services unit": the owner is described.
        described = re.match(
            rf",\s+the\s+(?:[\w-]+\s+){{0,3}}[\w-]+['’]s\s+(?:[\w&-]+\s+){{0,3}}?{_UNIT_NOUN}\b", after
        )
        if described:
            earlier = [
                m
                for m in mentions[:index]
                if m[2] != key and m[2] in orgs and orgs[m[2]].kind in ("company", "bank")
            ]
            if earlier:
                org.parent = orgs[earlier[-1][2]].name
                continue
        # "Kakao Corp's mobile bank KakaoBank": owner's descriptor right before the name
        owned = re.search(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_UNIT_NOUN}\s+$", text[max(0, start - 60) : start])
        if owned:
            owner_end = start - len(text[max(0, start - 60) : start]) + owned.start()
            owners = [m for m in mentions[:index] if m[1] == owner_end and m[2] != key]
            if owners:
                org.parent = orgs[owners[-1][2]].name
                continue
        # "B, whose other holdings include the A"
        before = text[max(0, start - 80) : start]
        holding = re.search(
            r"^(.*),\s+whose\s+(?:[\w-]+\s+){0,2}(?:holdings|subsidiaries|units|businesses)\s+"
            r"include\s+(?:the\s+)?$",
            before,
        )
        if holding:
            owners = [m for m in mentions[:index] if m[1] <= start - 80 + holding.end(1) + 1 and m[2] != key]
            if owners:
                org.parent = orgs[owners[-1][2]].name
    # Owner prefix: "Kakao Pay" is a unit of "Kakao" when both are in the article.
    forms = _OrgForms(orgs)
    for key, org in orgs.items():
        if org.parent or forms.names_two_owners(org):
            continue
        org.parent = forms.prefix_owner(key)  # "Oracle Cloud Infrastructure" belongs to "Oracle"


def _span_set(spans: Sequence[tuple[int, int]]) -> StartIndex[tuple[int, int]]:
    """Spans asked "does any overlap [start, end)?" once per candidate: ``inside_any`` by index."""
    return StartIndex(spans, lambda span: span)


_WORD_OR_DASH = re.compile(r"[\w-]")


class _OrgForms:
    """Every organization's forms (name, names, aliases) indexed by form, so that "which other
    organization's form is inside this name" looks up the name's pieces instead of trying every
    other organization's forms (that was organizations squared, seconds on a 200k-character text)."""

    def __init__(self, orgs: dict[str, _Org]) -> None:
        self.names = {key: org.name for key, org in orgs.items()}
        self.order = {key: index for index, key in enumerate(orgs)}
        self.keys_of_form: dict[str, set[str]] = {}
        for key, org in orgs.items():
            for form in {self.names[key], *org.names, *org.aliases}:
                self.keys_of_form.setdefault(form, set()).add(key)

    def names_two_owners(self, org: _Org) -> bool:
        r"""A name built from two other organizations' names is their joint venture, not a unit of one:
        a form inside the name as whole words ((?<![\w-])form(?![\w-])), not the name itself."""
        name = self.names[org.key]
        starts = [i for i in range(len(name)) if i == 0 or not _WORD_OR_DASH.match(name[i - 1])]
        ends = [j for j in range(1, len(name) + 1) if j == len(name) or not _WORD_OR_DASH.match(name[j])]
        owners: set[str] = set()
        for i in starts:
            for j in ends:
                if j - i > 1 and (piece := name[i:j]) != name:
                    owners |= self.keys_of_form.get(piece, set())
        owners.discard(org.key)
        return len(owners) >= 2

    def prefix_owner(self, key: str) -> str | None:
        """The first other organization (in article order) one of whose forms, followed by a space,
        starts this one's name; never a geographic word."""
        name = self.names[key]
        owners = {owner for i, char in enumerate(name) if char == " "
                  if len(prefix := name[:i]) > 2 and prefix.lower() not in _GEO_WORDS
                  for owner in self.keys_of_form.get(prefix, ()) if owner != key}
        return self.names[min(owners, key=self.order.__getitem__)] if owners else None


def _assign_unit_parents(text: str, mentions: list[tuple[int, int, str]], orgs: dict[str, _Org]) -> None:
    """Business units ("its Cloud & AI Business Group") belong to the organization the text is about:
    the owner named by "X's", else the nearest earlier organization in the sentence, else the
    article's most-mentioned company."""
    counts = Counter(m[2] for m in mentions if m[2] in orgs and orgs[m[2]].kind == "company")
    dominant = next((k for k, _ in counts.most_common() if not orgs[k].parent), None)
    for index, (start, _end, key) in enumerate(mentions):
        org = orgs.get(key)
        if org is None or org.parent or not re.search(r"(?i)business (?:group|unit)$", org.name):
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        earlier = [
            m
            for m in mentions[:index]
            if m[0] >= sentence_start
            and m[2] != key
            and m[2] in orgs
            and orgs[m[2]].kind in ("company", "bank")
        ]
        owner = earlier[-1][2] if earlier else dominant
        if owner and owner != key:
            org.parent = orgs[_root(orgs, owner)].name


def _assign_kinds(text: str, orgs: dict[str, _Org], surface_to_key: dict[str, str]) -> None:
    for org in orgs.values():
        if org.kind:
            continue
        name = org.name
        if org.media or re.search(r"\b(?:Post|Times|News|Journal|Daily|Herald|Tribune|Gazette)$", name):
            org.kind = "media"
        elif re.search(r"\b(?:Bank|Bancorp)\b", name) and not re.search(r"\bBank of \w+ Group", name):
            org.kind = "bank"
        elif re.search(r"\b(?:University|College|Polytechnic)\b|Institute of Technology", name):
            org.kind = "university"
        elif re.search(
            r"\b(?:Commission|Ministry|Administration|Bureau|[Gg]overnment|Authority|Regulatory|"
            r"Council|Department|Agency|Reserve|Parliament|Congress|Senate)\b|\bUnion$",
            name,
        ):
            org.kind = "government"
        elif re.search(r"\bParks?\b", name):
            org.kind = "park"
        elif re.search(
            r"(?i)\b(?:business group|business unit|academy|institute|center|centre|lab|laboratory|"
            r"foundation|association)$",
            name,
        ) or (org.parent and name.endswith("Group")):
            org.kind = "other"
        else:
            org.kind = "company"


# ---------------------------------------------------------------------------------------------
# Descriptors: "the lender", "the company", "the regulator", "the cloud unit"
# ---------------------------------------------------------------------------------------------

_DESCRIPTOR_KINDS = {
    "bank": ("bank",),
    "lender": ("bank",),
    "regulator": ("government",),
    "university": ("university",),
    "park": ("park",),
    "institute": ("other", "university"),
}


class _EarlierMentions:
    """The organizations named before a position, each with its latest mention: what a descriptor can
    name. One entry per organization, kept in the order of its latest mention, instead of every earlier
    mention re-listed and re-sorted for each descriptor (quadratic in nested "The Company (" openings)."""

    def __init__(self, known: list[tuple[int, int, str]], orgs: dict[str, _Org]) -> None:
        self._known = sorted(known, key=lambda m: m[1])  # added once their end is passed
        self._next = 0
        self._orgs = orgs
        self._latest: dict[str, int] = {}  # key -> start of its latest mention, oldest first

    def advance(self, position: int) -> None:
        while self._next < len(self._known) and self._known[self._next][1] <= position:
            self.add(self._known[self._next])
            self._next += 1

    def add(self, mention: tuple[int, int, str]) -> None:
        # Mentions arrive in text order (scanned ones do not overlap, descriptors never overlap them).
        self._latest.pop(mention[2], None)
        self._latest[mention[2]] = mention[0]

    def named_since(self, position: int) -> set[str]:
        return {key for key, start in self._latest.items() if start >= position}

    def last(self, fits: Callable[[_Org], bool], excluded: set[str] = frozenset()) -> str | None:
        """The organization of the latest earlier mention that fits (and is not excluded)."""
        return next((key for key in reversed(self._latest)
                     if key not in excluded and fits(self._orgs[key])), None)

    def keys(self) -> set[str]:
        return set(self._latest)


def _overlaps_sorted(starts: list[int], max_ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of a list sorted by start (``max_ends``: running maximum)."""
    count = bisect.bisect_left(starts, end)
    return count > 0 and max_ends[count - 1] > start


def _descriptor_mentions(
    text: str,
    sentences: Sequence[Sentence],
    mentions: list[tuple[int, int, str]],
    orgs: dict[str, _Org],
    chrome: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """Resolve descriptors sentence by sentence, carrying each sentence's subject organization
    forward so that "The company ..." after "In January, it agreed ..." still finds the right one.
    Linear in text and mentions: positions are looked up by bisection, never rescanned per descriptor."""
    defined = {
        alias.lower(): org.key
        for org in orgs.values()
        for alias in org.aliases
        if alias.lower().startswith("the ")
    }
    named_spans = sorted((m[0], m[1]) for m in mentions)
    named_starts = [s for s, _ in named_spans]
    named_max_ends = list(itertools.accumulate((e for _, e in named_spans), max))
    in_chrome = _span_set(chrome)
    matches = [
        m
        for m in _DESCRIPTOR.finditer(text)
        if not in_chrome.overlaps(m.start(), m.end())
        and not _overlaps_sorted(named_starts, named_max_ends, m.start(), m.end())
    ]
    match_starts = [m.start() for m in matches]
    resolved: list[tuple[int, int, str]] = []
    known = sorted(m for m in mentions if m[2] in orgs and not orgs[m[2]].media)
    known_starts = [m[0] for m in known]
    known_by_end: dict[int, list[tuple[int, int, str]]] = {}
    for m in known:
        known_by_end.setdefault(m[1], []).append(m)
    earlier = _EarlierMentions(known, orgs)
    subject: str | None = None
    for sentence in sentences:
        in_sentence: list[tuple[int, int, str]] = []
        first_known = bisect.bisect_left(known_starts, sentence.start)
        speaker = next((m for m in known[first_known:bisect.bisect_left(known_starts, sentence.end)]
                        if orgs[m[2]].kind in ("company", "bank")), None)
        lo = bisect.bisect_left(match_starts, sentence.start)
        for match in matches[lo : bisect.bisect_left(match_starts, sentence.end)]:
            earlier.advance(match.start())
            surface = match.group()
            if surface.lower() in defined and surface[4:5].isupper():  # "the Company" as defined
                key: str | None = defined[surface.lower()]
            else:
                # At a position, not on a copy of the rest of the text: one copy per descriptor was quadratic.
                said = re.compile(r"\s+(?:said|says|added|announced|noted|told|confirmed)\b")
                # ", the company said": the organization the sentence is about
                if said.match(text, match.end()) and speaker is not None and speaker[0] < match.start():
                    item = (match.start(), match.end(), speaker[2])
                    resolved.append(item)
                    earlier.add(item)
                    in_sentence.append(item)
                    continue
                lead_chars = match.start() - sentence.start
                at_start = (
                    lead_chars <= 30
                    and bool(re.fullmatch(r"[\w\s,'’-]{0,30}", text[sentence.start : match.start()]))
                    and first_known == bisect.bisect_left(known_starts, match.start())
                )
                object_position = re.compile(  # in the lead's last 60 characters: a long lead was rescanned
                    r"\b(?:in|into|with|from|by|for|to|on|at|acquire[sd]?|buy|bought|join(?:ed|s)?)\s+$"
                ).search(text, max(sentence.start, match.start() - 60), match.start())
                excluded: set[str] = set()
                if not at_start and object_position:
                    # "The search company will invest in the online retailer": a second descriptor in a
                    # sentence names another organization than the ones already named in it.
                    named = earlier.named_since(sentence.start)
                    excluded = named if earlier.keys() - named else set()
                key = _resolve_descriptor(
                    match.group(2) or "company",
                    lambda fits, excluded=excluded: earlier.last(fits, excluded),
                    orgs,
                    subject if at_start else None,
                )
                owner = _apposed_owner(text, match, known_by_end, orgs, resolved)
                if owner:  # "X, the group's listed arm, ...": the group is X's parent
                    key = owner
            if key:
                item = (match.start(), match.end(), key)
                resolved.append(item)
                earlier.add(item)
                in_sentence.append(item)
                orgs[key].aliases.add(re.sub(r"['’]s$", "", surface))
        in_sentence += known[first_known:bisect.bisect_left(known_starts, sentence.end)]
        in_sentence.sort()
        pronoun_first = re.match(r"(?:[\w\s,'’-]{0,30}?\b)?(?:it|It|they|They)\b", sentence.text)
        first_org = in_sentence[0] if in_sentence else None
        if pronoun_first and (first_org is None or first_org[0] > sentence.start + pronoun_first.end()):
            continue  # "It ..." keeps the previous subject
        if first_org:
            subject = first_org[2]
    return resolved


def _apposed_owner(
    text: str,
    match: re.Match[str],
    known_by_end: dict[int, list[tuple[int, int, str]]],
    orgs: dict[str, _Org],
    resolved: list[tuple[int, int, str]],
) -> str | None:
    """ "Geely Automobile, the group's Hong Kong-listed arm, ...": a possessive descriptor inside the
    apposition of a named unit is that unit's parent, else what the same descriptor named last."""
    possessive = re.search(r"['’]s$", match.group()) or re.compile(r"['’]s\b").match(text, match.end())
    after = re.sub(r"^['’]s", "", text[match.end() : match.end() + 60])
    if not possessive or not re.match(rf"\s+(?:[\w-]+\s+){{0,3}}?{_UNIT_NOUN}\b", after):
        return None
    if not re.search(r",\s+$", text[max(0, match.start() - 3) : match.start()]):
        return None
    # The name right before ", ": the comma's position, found by stepping back over the spaces.
    comma = match.start()
    while comma > 0 and text[comma - 1].isspace():
        comma -= 1
    named = known_by_end.get(comma - 1, []) if text[comma - 1 : comma] == "," else []
    if not named:
        return None
    unit = orgs[named[-1][2]]
    surface = re.sub(r"['’]s$", "", match.group()).lower()
    same = next((m for m in reversed(resolved)
                 if re.sub(r"['’]s$", "", text[m[0] : m[1]]).lower() == surface), None)
    if same and same[2] != unit.key:
        unit.parent = orgs[same[2]].name  # the parent read from the nearest name was a guess
        return same[2]
    parent = organization_key(unit.parent or "")
    return parent if parent in orgs else None


def _resolve_descriptor(
    head: str, last: Callable[[Callable[[_Org], bool]], str | None], orgs: dict[str, _Org],
    subject: str | None,
) -> str | None:
    """``last(fits)``: the organization of the latest earlier mention that fits."""
    head = head.split()[-1]
    if head in _DESCRIPTOR_KINDS:
        kinds = _DESCRIPTOR_KINDS[head]
        found = None
        if head == "institute":
            found = last(lambda org: org.kind in kinds and "Institute" in org.name)
        found = found or last(lambda org: org.kind in kinds)
        if not found and head == "regulator":
            fitting = [k for k, o in orgs.items() if o.kind in kinds]
            return fitting[0] if len(fitting) == 1 else None
        return found
    if head in {"unit", "division", "arm"}:
        return last(lambda org: bool(org.parent))
    # "the company" prefers companies; a bank qualifies only when no company is in sight.
    if subject and orgs[subject].kind == "company":
        choice = subject
    elif company := last(lambda org: org.kind == "company"):
        choice = company
    elif subject and orgs[subject].kind == "bank":
        choice = subject
    elif bank := last(lambda org: org.kind == "bank"):
        choice = bank
    else:
        return None
    return _root(orgs, choice) if head in ("group", "parent", "maker", "giant", "conglomerate") else choice


def _root(orgs: dict[str, _Org], key: str) -> str:
    seen = set()
    while orgs[key].parent and key not in seen:
        seen.add(key)
        parent_key = organization_key(orgs[key].parent)
        if parent_key not in orgs:
            break
        key = parent_key
    return key


# ---------------------------------------------------------------------------------------------
# Output records
# ---------------------------------------------------------------------------------------------


def _build_result(
    text: str, orgs: dict[str, _Org], mentions: list[tuple[int, int, str]]
) -> OrganizationResult:
    facts: list[OrganizationFact] = []
    by_key: dict[str, list[tuple[int, int]]] = {}
    for start, end, key in mentions:
        by_key.setdefault(key, []).append((start, end))
    for key, org in orgs.items():
        if key not in by_key:
            continue  # every surface was in chrome or folded away
        name = org.name
        aliases = sorted(
            {
                a
                for a in org.aliases | set(org.names)
                if a != name and normalize_surface(a) != normalize_surface(name)
            }
        )
        parent_key = organization_key(org.parent) if org.parent else None
        if parent_key == key:
            parent_key = None
        parent_name = (orgs[parent_key].name if parent_key in orgs else org.parent) if parent_key else None
        facts.append(
            OrganizationFact(
                key=key,
                name=name,
                kind=org.kind or "company",
                aliases=aliases,
                parent_key=parent_key,
                parent_name=parent_name,
                mentions=[Evidence(text[s:e], s, e) for s, e in by_key[key]],
            )
        )
    names = {f.key: f.name for f in facts}
    org_mentions = [
        OrgMention(key=k, name=names[k], text=text[s:e], start=s, end=e) for s, e, k in mentions if k in names
    ]
    return OrganizationResult(organizations=facts, mentions=org_mentions)
