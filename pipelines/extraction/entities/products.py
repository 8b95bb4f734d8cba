"""Names that are products, services, projects or segments, never organizations ("Microsoft's Azure AI
service", "X, the messaging app"), and capitalised bullet words."""

from __future__ import annotations

import re

from pipelines.extraction.entities.keys import trim_span
from pipelines.extraction.entities.vocabulary import CAP, COMPANY_ENDINGS, HEADS, ORG_NOUNS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.extraction.literal_scan import literal_matches, not_after, not_before
from pipelines.extraction.org_cues import (
    BRAND_LIST_CUES,
    BULLET_START,
    COMPANY_AFTER_APP,
    COMPANY_BEFORE_APP,
    GOVERNED_PRODUCT_CUES,
    LABELLED_PRODUCT,
    MADE_PRODUCT,
    MAKER_OF,
    OWNED_PRODUCT,
    OWNED_PRODUCT_CUES,
    PRODUCT_LIST_CUES,
    PRODUCT_NAME,
    RELEASED_PRODUCT,
    SEGMENT_APPOSITION,
    SEGMENT_LINE_LABEL,
    TAGLINE,
)
from pipelines.extraction.org_evidence import cue_name_spans, list_items, organization_evidence
from pipelines.letters import UPPER

# "Kakao Talk, the messaging app": brand names that are products, not organizations.
PRODUCT_AFTER = re.compile(
    rf"(?<![\w-])((?:{CAP})(?:\s+{CAP}){{0,3}}),\s+(?:a|an|the|its)\s+(?:[\w&-]+\s+){{0,4}}?"
    r"(?:app|application|wallet|chip|processor|smartphone|phone|handset|device|game|software|browser|"
    r"search\s+engine|product|brand|model|service|messaging\s+app|operating\s+system)\b"
    # "Anorbank, a mostly app-based lender": a product noun inside a compound modifier describes the company
    r"(?!-)"
    # "X, the Paris-based model builder": the product noun describes what the company makes
    # "PureSoftware, the Singapore-headquartered product engineering firm": one word may come between
    r"(?![\s-]+(?:(?!(?:by|for|of|to|from|with|in|on)\b)[a-z][\w-]*\s+)?"
    r"(?:builder|maker|developer|provider|company|firm|start-?up|vendor|designer)s?\b)"
)


_COMPANY_APP = re.compile(
    r"\s+(?:(?:that\s+was\s+|which\s+was\s+)?(?:founded|started|launched|set\s+up|headquartered|based)\b|"
    r"(?:[^.;]{0,60}?),\s+(?:has|had)\s+(?:raised|secured|closed)\b)"
)


_NOT_ORG_HEAD = re.compile(
    rf"((?:{UPPER}[\w.-]{{0,40}})(?:[ ]+(?:{UPPER}[\w.-]{{0,40}}|and|&)){{0,4}})[ ]+"
    r"(?:project|programme|program|initiative|conference|summit|forum|app|platform|service|brand|model|chip|chips|smartphone|index|festival|campaign|award|"
    # (not "segment": "the Lattice segment" names a unit with its own figures, org_segment_tables.py)
    r"sector|market|industry|"
    r"expo)s?\b"
)


def product_names(text: str, gaz: Gazetteer) -> set[str]:
    """Brand and project names: gazetteer products, "X, the messaging app", "the Stargate project"."""
    names = set(gaz.products)
    for match in PRODUCT_AFTER.finditer(text):
        if _COMPANY_APP.match(text, match.end()) or company_despite_app(text, match):
            continue  # "X, a delivery app founded in 2019": the company behind the app
        start, end = trim_span(text, match.start(1), match.end(1))
        names.add(text[start:end])
    described = _described_as_organizations(text)
    # "its digital platform Velor Mobile", "Velor Assist, its AI assistant": a product a possessive owns
    names.update(
        text[slice(*trim_span(text, m.start(1), m.end(1)))]
        for cue, _example, _product in OWNED_PRODUCT_CUES for m in cue.finditer(text)
        if gaz.lookup(m.group(1)) is None
    )
    names.update(_labelled_products(text, gaz, described))
    names.update(_listed_products(text, gaz))
    names.update(governed_products(text, gaz, described))
    for match in _NOT_ORG_HEAD.finditer(text):
        start, end = trim_span(text, match.start(1), match.end(1))
        surface = text[start:end]
        follower = text[match.end(1) : match.end()].strip().lower()
        segment = follower.startswith(("sector", "market", "industry"))
        if (
            gaz.lookup(surface) is None
            and (segment or not re.search(rf"\b(?:{HEADS})$", surface))
            and surface not in described  # "NEOM, the Saudi development company" runs the NEOM project
        ):
            names.add(surface)  # "the Stargate project"; "Fintech and Business Services segment"
    return names


# "NEOM, the Saudi development company", "Penfolds, the division that sells": a name described as an
# organization or a unit somewhere in the article.
_DESCRIBED_AS_ORGANIZATION = re.compile(
    rf"(?<![\w-])({CAP}(?:[ ]+{CAP}){{0,3}}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{ORG_NOUNS}|division|unit|subsidiary)\b"
    # (an owner's possessive is not the name's kind: "X, the group's streaming service")
    r"(?!['’]s\b)"
)


def _described_as_organizations(text: str) -> set[str]:
    """Names (and their last words) the article describes as an organization: one pass over the text."""
    names: set[str] = set()
    for match in _DESCRIBED_AS_ORGANIZATION.finditer(text):
        words = match.group(1).split()
        names.update(" ".join(words[i:]) for i in range(len(words)))
    return names


def governed_products(text: str, gaz: Gazetteer, described: set[str]) -> set[str]:
    """Names a product word governs ("its cholesterol drug Lumora", "sold as Lumora", "users of Lumora
    Pay"; org_cues.GOVERNED_PRODUCT_CUES), except a known organization, a name the article describes as
    one ("Lumora, the Paris-based company") and a name it gives an organization's evidence anywhere
    ("Lumora said", "Lumora's chief executive"): the same name is one thing across the article."""
    found = {
        text[slice(*trim_span(text, m.start("name"), m.end("name")))]
        for cue, _example, _product in GOVERNED_PRODUCT_CUES for m in cue.finditer(text)
        # "a stake in payments service X", "an agreement with X": a party of a deal is the company
        if not COMPANY_BEFORE_APP.search(text[max(0, m.start() - 40) : m.start()])
    }
    found |= _brand_list_items(text)
    found = {
        name for name in found
        if name and gaz.lookup(name) is None and name not in described
        and not re.search(rf"\b(?:{COMPANY_ENDINGS})$", name)  # "the video service Orvana Group": the company
    }
    if not found:
        return found
    cue_names = {text[start:end] for start, end in cue_name_spans(text)}
    return {name for name in found if not organization_evidence(text, name, cue_names)}


def _brand_list_items(text: str) -> set[str]:
    """Items of a list of brands a company sells or trades under ("sells brands such as A, B and C";
    org_cues.BRAND_LIST_CUES), except a name that opens a longer one ("Quarvo" of "Quarvo Foods")."""
    return _list_items_opening_nothing(text, BRAND_LIST_CUES)


def _listed_products(text: str, gaz: Gazetteer) -> set[str]:
    """Items of a list of brands ("Among its brands, A, B and C", "its A and B brands"), except a
    known organization and a name that opens a longer one in the article ("Quarvo" of "Quarvo Foods")."""
    items = _list_items_opening_nothing(text, PRODUCT_LIST_CUES)
    return {surface for surface in items if surface and gaz.lookup(surface) is None}


def _list_items_opening_nothing(text: str, cues: tuple[tuple[re.Pattern[str], str, str], ...]) -> set[str]:
    """The items of every list the cues (group `items`) find, except a name that opens a longer one the
    article writes ("Quarvo" of "Quarvo Foods")."""
    names = set()
    for cue, _example, _product in cues:
        for match in cue.finditer(text):
            for start, end in list_items(text, match.start("items"), match.end("items")):
                surface = text[slice(*trim_span(text, start, end))]
                if not re.search(rf"(?<![\w-]){re.escape(surface)}[ ]+{UPPER}", text):
                    names.add(surface)
    return names


_NOT_AFTER_WORD = not_after("-")
_NOT_BEFORE_WORD = not_before("-")


def bullet_word(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """ "• Gross margin widened", "• Consolidated revenue rose": a capitalised word that stands only at
    the start of bullet lines is the line's first word, not a name."""
    surface = text[start:end]
    if " " in surface or gaz.lookup(surface) is not None:
        return False
    # (?<![\w-])surface(?![\w-]) by str.find (literal_scan.py), not a pattern compiled per word; the
    # bullet lines are read only for a word that occurs at all
    occurrences = (
        [start for start, _ in literal_matches(text, surface, _NOT_AFTER_WORD, _NOT_BEFORE_WORD)]
        if surface
        else [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    )
    if not occurrences:
        return False
    bullets = {m.end() for m in BULLET_START.finditer(text)}
    return all(position in bullets for position in occurrences)


def product_spans(text: str, products: set[str]) -> list[tuple[int, int]]:
    """Where each product name stands in the text (whole words only)."""
    spans = []
    for name in products:
        if len(name) > 2 and name in text:  # (?<![\w-])name(?![\w-]), found by str.find
            spans += literal_matches(text, name, _NOT_AFTER_WORD, _NOT_BEFORE_WORD)
    return spans


def company_despite_app(text: str, match: re.Match[str]) -> bool:
    """ "Slack, the workplace chat app, was bought by ...", "an agreement with X, the video app": an
    app's name treated as a party in its sentence is the company behind it."""
    before = text[max(0, match.start(1) - 40) : match.start(1)]
    return bool(COMPANY_AFTER_APP.match(text, match.end()) or COMPANY_BEFORE_APP.search(before))


_PRODUCT_CUES = (
    OWNED_PRODUCT, LABELLED_PRODUCT, PRODUCT_NAME, RELEASED_PRODUCT, MADE_PRODUCT, SEGMENT_LINE_LABEL,
    SEGMENT_APPOSITION, MAKER_OF,
    TAGLINE,
)


# A list's separators, and the kind words in lower case after an item ("Velo snowmobiles, Quarvo watercraft").
_LIST_SEPARATOR = re.compile(r",[ ]+(?:and[ ]+)?|[ ]+and[ ]+")
_KIND_WORDS_AFTER = re.compile(r"(?:[ ]+[a-z][\w-]*)+$")


def _listed_names(listed: str) -> list[str]:
    """The names of a list of products, each without the kind words after it."""
    items = (_KIND_WORDS_AFTER.sub("", item) for item in _LIST_SEPARATOR.split(listed))
    return [item for item in items if item]


def _labelled_products(text: str, gaz: Gazetteer, described: set[str]) -> set[str]:
    """ "Microsoft's Azure AI service", "the Vertex AI platform": a name labelling a product noun,
    unless it is a known organization or a named unit ("the Alibaba Cloud platform")."""
    names = set()
    for pattern in _PRODUCT_CUES:
        for match in pattern.finditer(text):
            if match.lastindex and match.lastindex > 1 and match.group(2):  # "A and B, the products"
                names.update(
                    p for p in _listed_names(match.group(2))
                    if gaz.lookup(p) is None and not (pattern is MAKER_OF and p in described)
                )
                continue
            start, end = trim_span(text, match.start(1), match.end(1))
            surface = text[start:end]
            if not surface or gaz.lookup(surface) is not None:
                continue
            if pattern in (MAKER_OF, LABELLED_PRODUCT) and surface in described:
                # "the maker of Penfolds" ... "Penfolds, the division that sells": a unit; "the Paycor
                # platform" ... "Paycor, the HR software provider": the company's own platform
                continue
            # an owner's name settles it ("Microsoft's Azure AI service"); after a mere article a
            # company word still ends a company's name ("the Zhipu AI model", "the Tianyi Cloud service")
            owned = re.match(r"(?:its|their|our|his|her)\b", match.group(), re.IGNORECASE) is not None
            if pattern is LABELLED_PRODUCT and not owned and re.search(rf"\b(?:{HEADS})$", surface):
                continue  # "its Cosmic AI platform" is owned: the product of the company before it
            if pattern in (SEGMENT_LINE_LABEL, TAGLINE) and re.search(rf"\b(?:{COMPANY_ENDINGS})$", surface):
                continue  # "- Acme Holdings: $5 million", "X, the RPG Group company": an organization
            names.add(surface)
    return names
