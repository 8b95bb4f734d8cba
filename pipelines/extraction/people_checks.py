"""Evidence that two capitalised words named like a person name a thing: a company, a place, a brand.

The model tags "Hancock Prospecting", "Khalifa Port" or "Chrysalis Records" PERSON; nothing around
them says they are people, and the article says what they are:
- the last word is a facility's, a trade's or a company's word in another language (``THING_HEADS``);
- a relative clause opens with "which", never said of a person ("Tommy Vance Music, which ...");
- an apposition names a thing ("Chrysalis Records, the British label ...");
- a legal form follows ("Harrow Lacroix LLP"), or "-based", or a common noun it modifies ("the Tsitsi and
  Amakhala Vale wind farms"); a place's kind names it ("the province of Son Lam");
- the name stands in a list of organizations ("Jollibee, Chowking and Mang Inasal").
The checks other than the last word's apply to names no title or employer was read for: a name with
a title is a person whatever else the text says about it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from pipelines.extraction.entities.vocabulary import LEGAL_SUFFIXES
from pipelines.extraction.org_cues import (
    DATE_AFTER_PLACE,
    FACILITY_NAME_ENDS,
    PLACE_KIND,
    TOLD_THE_PUBLICATION,
)
from pipelines.extraction.people_thing_cues import (
    legal_form_closes,
    legal_form_right_after,
    on_an_address_line,
    thing_cue_before,
)
from pipelines.extraction.person_vocabulary import HONORIFIC
from pipelines.extraction.titles import TITLE_CUE
from pipelines.legal_forms import NOT_A_LEGAL_FORM, NOT_CAPITALISED_FORMS, WRITTEN_FORMS
from pipelines.letters import UPPER


@dataclass(frozen=True)
class ThingHead:
    word: str
    kind: str
    example: str  # a made-up name ending in the word, tested in tests/unit/test_people_layout_and_things.py


# Last words of facilities', trades' and companies' names that no person's name ends in (words that are
# also surnames, "Field", "Plant", "Banks", stay out).
THING_HEADS: tuple[ThingHead, ...] = (
    # a facility's last word, shared with the organizations' endings (org_cues.FACILITY_NAME_ENDS)
    *(ThingHead(word, "facility", example) for word, example in FACILITY_NAME_ENDS),
    ThingHead("Terminal", "facility", "its payment device, Kumo Terminal, to merchants"),
    ThingHead("Complex", "facility", "offices in the Vasari Complex"),
    ThingHead("Garden", "facility", "Registered Office: 12, Dhaka Garden, Main Road"),
    ThingHead("Gardens", "facility", "a hotel in Lindo Gardens"),
    ThingHead("Platform", "product", "the launch of Vireo Platform ONE"),
    ThingHead("Works", "facility", "assembled at the company's Maro Works"),
    # a place named by its administrative kind
    ThingHead("Prefecture", "place", "an agreement with Kestrel Prefecture on research"),
    ThingHead("District", "place", "a data centre in the city's Maro District"),
    ThingHead("Corridor", "facility", "the Lindo Corridor rail link"),
    ThingHead("Prospecting", "trade", "backed by Hollis Prospecting, which"),
    ThingHead("Fertilizers", "trade", "Abu Vale Fertilizers reported"),
    ThingHead("Fertilisers", "trade", "Vale Fertilisers reported"),
    ThingHead("Manufacturers", "trade", "an assembly line with Kenya Bus Manufacturers"),
    ThingHead("Beverages", "trade", "Entro Beverages grew revenue"),
    ThingHead("Breweries", "trade", "Maro Breweries raised prices"),
    ThingHead("Footwear", "trade", "brands such as Famous Footwear"),
    ThingHead("Apparel", "trade", "Lindo Apparel"),
    ThingHead("Records", "trade", "Chrysalis Records, the label"),
    ThingHead("Music", "trade", "Tommy Vance Music, which"),
    ThingHead("Publishing", "trade", "Vasari Publishing"),
    ThingHead("Minerals", "trade", "Kestrel Minerals"),
    ThingHead("Resources", "trade", "Tamboro Resources"),
    ThingHead("Petroleum", "trade", "Maro Petroleum"),
    ThingHead("Growth", "fund", "existing backer Tenzin Growth also took part"),
    ThingHead("Board", "governing body", "President of the Management Board, Helios"),
    ThingHead("Energi", "company word (Norwegian, Swedish, Danish)", "a farm-in with Vår Energi"),
    ThingHead("Finans", "company word (Norwegian, Swedish, Danish)", "told Nordisk Finans"),
    ThingHead("Network", "fund", "returning backer Lindo Angels Network followed on"),
    ThingHead("Invest", "fund", "Maro Invest, an existing owner, also took part"),
    ThingHead("Games", "trade", "developed by Kestrel Tecmo Games"),
    ThingHead("Distribution", "trade", "Lindo Argana Distribution reported"),
    ThingHead("Weekly", "publication", "Maro Weekly is an independent newsletter"),
    ThingHead("Building", "facility", "7th Floor, Lindo Building, Velmont"),
    ThingHead("Tower", "facility", "Maro Tower, 12 Lindo Road"),
    ThingHead("League", "sports body", "the Premier Soccer League's title sponsor"),
    ThingHead("Premiership", "sports body", "every match of the Lindo Premiership"),
)
_THING_WORDS = frozenset(head.word for head in THING_HEADS)


def names_a_thing(name: str) -> bool:
    """The name ends in a facility's, a trade's or a foreign company word: "Khalifa Port", "Vår Energi"."""
    words = name.split()
    return len(words) > 1 and (words[-1].split("-")[-1] in _THING_WORDS or _is_legal_form(words[-1]))


# Legal forms as a name's last word ("Maro Digital Zrt", "Lindo Sdn Bhd"), written as companies write them:
# capitalised (a form whose capitalised spelling is a word, "Sa", "Ab", stays out) or as listed.
_WRITTEN_FORM_WORDS = frozenset(form.rstrip(".") for form, _example in WRITTEN_FORMS if " " not in form)


def _is_legal_form(word: str) -> bool:
    bare = word.rstrip(".")
    if bare in _WRITTEN_FORM_WORDS:
        return True
    lowered = bare.lower()
    capitalised = bare[:1].isupper() and lowered not in NOT_CAPITALISED_FORMS
    return capitalised and lowered in LEGAL_SUFFIXES and lowered not in NOT_A_LEGAL_FORM


# Nouns an apposition names a thing by: "X, the British label", "X, a Bogotá-based start-up".
_THING_NOUNS = (
    r"company|firm|group|label|brand|maker|producer|manufacturer|retailer|chain|lender|bank|insurer|"
    r"operator|platform|marketplace|app|start-?up|subsidiary|unit|fund|"
    r"publisher|broadcaster|channel|magazine|newspaper|outlet|carrier|airline|port|terminal|province|"
    r"city|town|region|state|district|site|plant|mine|field|venue|stadium|game|franchise"
)
_THING_APPOSITION = re.compile(
    rf",\s+(?:the|a|an|its|their)\s+(?:[\w.-]+\s+){{0,4}}?(?:{_THING_NOUNS})(?![\w'’-])([^,.;:\n]{{0,80}})(?=,)"
)  # closed by a comma: "X, the firm grew" opens a clause, "X, the label it bought, grew" is apposed
_WHICH = re.compile(r",?\s+which(?![\w-])")
# "the Porto Vale-based producer": a place (or a company) a thing is based in
_BASED = re.compile(r"-(?:based|headquartered|listed|owned)(?![\w-])")
# A name before a common noun modifies it, as no person's name does: "the Tsitsi and Amakhala Vale wind
# farms", "the Five Roses and Ellis Brown brands", "Bia Saigo beers", "the Ord Vale infrastructure team" (a
# firm's team).
_MODIFIED_NOUNS = (
    # a commodity or a power source before the noun: "the Maro Vale copper project", "the Lindo power plant"
    r"(?:(?:wind|solar|hydro|gas|coal|oil|power|copper|gold|nickel|zinc|lithium)[ \t]+)?"
    r"(?:farms?|plants?|mines?|fields?|projects?|terminals?|"
    r"stations?|teams?|desks?|brands?|beers?|stores?|outlets?|products?|games?|franchises?|shoes|labels?|routes?|corridors?|"
    # "the Lindo Vale resort", "its Maro Vale and Lindo Gardens branches", "the Maro Vale hotel chain"
    r"resorts?|hotels?|(?:hotel[ \t]+)?chains?|branches|assets|"
    # "our Maro Vale lines at 91% of capacity", "its Lindo Vale title", "the Maro Vale fund", "the Lindo
    # Vale ecosystem" (not the verbs a person is the subject of: "Ana Ruiz funds", "Ana Ruiz lines up")
    r"lines(?![ \t]+up)|titles?|fund|ecosystem)"
)
# A second name coordinated before the noun: "its Maro Vale and Lindo Bay projects" (the first's noun too).
_COORDINATED = rf"(?:[ \t]+(?:and|&)[ \t]+{UPPER}[\w'’-]*(?:[ \t]+{UPPER}[\w'’-]*){{0,2}})?"
# A thing's kind right before the name, as no untitled person's name is written: "the Dutch marketplace
# Lindo Vale", "the Italian forwarder Maro Vale, both bought", "the mobile puzzle game Tamsin Vale" (read
# only where no lower-case word follows the name: "the firm Tamsin Vale founded" names its founder).
_KIND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:marketplace|platform|app|game|brand|label|chain|retailer|forwarder|shipowner|shipper|"
    r"carrier|airline|insurer|lender|broker|brokerage|operator|distributor|drug|drop|"
    # "public broadcaster Maro Vale to develop", "the angel network Lindo Vale."
    r"broadcaster|reinsurer|network|newsletter)[ ]+$"
)
# The name closes its phrase, or a preposition opens the next one ("broadcaster Maro Vale to develop").
_NO_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|[ ]+(?:in|to|for|from|on|at|with)(?![\w-])")
# A street and its number in an address: "Lindo Vale 81, 1040 Velmont", "Maro Steenweg 29, 5211 JN".
_STREET_NUMBER_AFTER = re.compile(r"[ ]+\d{1,5}[A-Za-z]?(?:-\d{1,5})?,[ ]+\d")
_DATE_AFTER = re.compile(DATE_AFTER_PLACE)
_MODIFIES = re.compile(rf"{_COORDINATED}[ \t]+{_MODIFIED_NOUNS}(?![\w'’-])")
# "the province of Son Lam", "the metropolitan region of Porto Vale": a place named by its kind
# A name told something at the end of a quoting clause is the publication: "she told Cumbre Vale."
_CLAUSE_END = re.compile(r"\s*[.,;]")
_PLACE_OF = re.compile(rf"(?<![\w-]){PLACE_KIND}\s+of\s+$")
# A legal form right after the name: one of the organizations' legal suffixes (vocabulary.LEGAL_SUFFIXES),
# written capitalised or in capitals ("Harrow Lacroix LLP", "Velor S.A."); the words that also end a
# person's or a family's name in lower case or as a kind ("Group", "Holdings", "Company", "Co":
# legal_forms.NOT_A_LEGAL_FORM) stay out.
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z.]*)(?![\w-])")


def _legal_form_after(text: str, end: int) -> bool:
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    form = word.rstrip(".").lower()
    written_as_a_form = word[0].isupper() or word == "plc"
    return written_as_a_form and form in LEGAL_SUFFIXES and form not in NOT_A_LEGAL_FORM


def said_of_a_thing(text: str, start: int, end: int) -> bool:
    """What stands around a mention says it is a thing: "X, which", "X, the British label", "X LLP",
    "the X-based producer", "the X wind farms", "the province of X"."""
    if any(cue.match(text, end) for cue in (_WHICH, _BASED, _MODIFIES, _STREET_NUMBER_AFTER, _DATE_AFTER)):
        return True  # a street's number, a dateline's date: "Lindo Vale 81, 1040", "Lindo Vale, 26 March"
    if _legal_form_after(text, end) or legal_form_closes(text, end) or thing_cue_before(text, start):
        return True  # "X LLP", "X Handling Kft.", "The venture, X", "PT X" (people_thing_cues.py)
    if _KIND_BEFORE.search(text, max(0, start - 20), start) and _NO_CLAUSE_AFTER.match(text, end):
        return True
    if _PLACE_OF.search(text, max(0, start - 40), start):
        return True
    if TOLD_THE_PUBLICATION.search(text, max(0, start - 14), start) and _CLAUSE_END.match(text, end):
        return True  # "..., the chief executive told Cumbre Vale." : the publication quoting them
    apposition = _THING_APPOSITION.match(text, end)
    # "X, the bank's chief executive" or "X, a former bank executive" is a person with a title
    return apposition is not None and not TITLE_CUE.search(text, apposition.start(), apposition.end())


_LIST_ITEM = rf"{UPPER}[\w&'’.-]*(?:[ ]+{UPPER}[\w&'’.-]*){{0,3}}"
_BEFORE_IN_LIST = re.compile(rf"({_LIST_ITEM})(,[ ]*|,?[ ]+(?:and|or)[ ]+)$")
_AFTER_IN_LIST = re.compile(rf"(?:,[ ]*|,?[ ]+(?:and|or)[ ]+)({_LIST_ITEM})(?![\w&'’.-])")


def listed_with_organizations(text: str, start: int, end: int, org_surfaces: Collection[str]) -> bool:
    """The name ends a list of organizations or stands inside one: "Jollibee, Chowking and Mang Inasal",
    "Birds Eye, Duncan Vale and Vlasic". An organization and a comma alone before a name are no list
    ("The chief executive of Bci, Ana Ruiz, said"), nor is one after it ("its chief, Ana Ruiz, and Bci")."""
    before = _BEFORE_IN_LIST.search(text, max(0, start - 60), start)
    if before is None or before.group(1) not in org_surfaces:
        return False
    after = _AFTER_IN_LIST.match(text, end)
    if after is not None:
        return after.group(1) in org_surfaces
    return re.search(r"\b(?:and|or)\b", before.group(2)) is not None  # "..., Chowking and Mang Inasal"


@dataclass(frozen=True)
class LongerName:
    """A capitalised run the model tagged only the end of: the words before the "name" belong to it."""

    name: str
    example: str  # made up; the tail in brackets is what the model tagged (tests/unit/test_person_checks.py)


LONGER_NAMES: tuple[LongerName, ...] = (
    LongerName("a product's last words", "sales of Monster [Hunter Wilds] rose"),
    LongerName("a name with its article", "profit rose as The [Good Guys] grew"),
)
# The capitalised word right before the tagged words, on the same line. (Not across a particle: "the
# Direzione degli [Armamenti Navali]" is the organizations' stage's to join, org_seams.py; a tail
# dropped here is proposed as a deal party of its own.)
_WORD_BEFORE = re.compile(rf"(?<![\w'’.&-])({UPPER}[a-z]+)[ ]$")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"“(\[\n•*-])[ \t]*$")
# "Dr Ana Ruiz", "Tan Sri Ana Ruiz": a rank is no part of a longer name (person_vocabulary.HONORIFIC, and
# these; titles are TITLE_CUE's)
_RANKS = {"Lord", "Lady", "Host"}
_RANK_BEFORE = re.compile(rf"(?<![\w'’-])(?:{HONORIFIC})[ ]$")


def tail_of_a_longer_name(text: str, start: int) -> bool:
    """The words before the name, mid-sentence and capitalised, are part of it: "Monster [Hunter Wilds]",
    "as The [Good Guys]" (a word that only opens the sentence, a rank or a title is not)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _RANKS or TITLE_CUE.fullmatch(word) or _RANK_BEFORE.search(text, max(0, start - 30), start):
        return False
    return not _OPENS_SENTENCE.search(text, max(0, before.start() - 10), before.start())


def _in_title_case_headline(text: str, position: int) -> bool:
    """The position is in the first line, written in title case ("Kestrel Backers Include Ana Ruiz"):
    there every word is capitalised, so the word before a name tells nothing."""
    line_end = text.find("\n")
    if 0 <= line_end < position:
        return False
    line = text[: line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_HEADLINE_CHARS = 200


def only_in_the_headline(text: str, mentions: Collection[tuple[int, int]]) -> bool:
    """Every mention is in the first line, the headline, whose capitalised words make a place or a
    product look like a name ("Profit Rises as Jorf Vale Runs Flat Out"); a person of the story is named
    again in its body."""
    first_line_end = text.find("\n")
    if not 0 < first_line_end <= _HEADLINE_CHARS or text[:first_line_end].rstrip().endswith("."):
        return False  # no body under it, or a sentence: no headline
    return bool(mentions) and all(end <= first_line_end for _start, end in mentions)


def written_with_a_legal_form(text: str, name: str) -> bool:
    """The name is written elsewhere in the article with a legal form right after it, as a company's full
    name is: "Maro Vale AS" in one sentence, "Maro Vale won a contract" in the next."""
    return any(
        _legal_form_after(text, found.end()) or legal_form_right_after(text, found.end())
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
    )


def not_a_person(text: str, mentions: Collection[tuple[int, int]], org_surfaces: Collection[str]) -> bool:
    """A name with no title or employer read, that the article says is a thing at one of its mentions or
    writes with a legal form anywhere, or names only in its headline."""
    surfaces = {text[start:end] for start, end in mentions}
    return (
        only_in_the_headline(text, mentions)
        or any(" " in surface and written_with_a_legal_form(text, surface) for surface in surfaces)
        or any(
            said_of_a_thing(text, start, end)
            or on_an_address_line(text, start)
            or listed_with_organizations(text, start, end, org_surfaces)
            or (tail_of_a_longer_name(text, start) and not _in_title_case_headline(text, start))
            for start, end in mentions
        )
    )
