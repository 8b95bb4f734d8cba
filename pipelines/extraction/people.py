"""People with their titles and organizations.

Names come from NER PERSON spans and from title patterns ("Chief Executive Officer Yulin
Wang"), titles and organizations from the phrasing around a name:
"Liu Qing, chairman of the Bank of Gansu", "Tencent CEO Pony Ma", "Robin Li, Baidu's
chairman and chief executive officer", "Richard Yu, chief executive of Huawei's consumer
business". A later surname-only mention ("Ma said") is the same person. Authors, reporters
and photo credits are page chrome, not people in the story.

Where a rule goes: a way of stating a title is a line in ``TITLE_CUES`` (a reader with its example,
tested on it in tests/unit/test_title_cues.py); a way of crediting a writer is a line in
``CREDIT_CUES``; a form that finds a name the model missed is a row of ``_TITLED_NAME_PATTERNS`` (its
pattern, whether its names are trusted, the words every match holds, and an example tested in
tests/unit/test_titled_name_prefilter.py).
The dependency parse (titles.py) reads what no cue reads, and decides where a cue read only a past
role or stopped before a capitalised scope.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipelines.extraction.entities import (
    _HEADS,
    _LEADING_NOISE,
    GENERIC_WORDS,
    NerSpan,
    OrganizationResult,
)
from pipelines.extraction.entities.filtering import only_a_location
from pipelines.extraction.entities.vocabulary import FOREIGN_COMPANY_WORDS
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.leading_words import (
    LeadingWords,
    WordStarts,
    leading_words,
    matches_at,
    matches_at_leading_words,
    opens_with,
    word_starts,
)
from pipelines.extraction.literal_scan import literal_then
from pipelines.extraction.model import Evidence, OrgMention, PersonFact
from pipelines.extraction.name_starts import name_first_matches
from pipelines.extraction.people_checks import names_a_thing, not_a_person
from pipelines.extraction.people_layout import credited_in_layout, signature_blocks, signature_title
from pipelines.extraction.people_names import (
    chair_title,
    chairs,
    founders,
    fourth_word_start,
    ranked_start,
    tail_of_another,
    whole_tagged_end,
)
from pipelines.extraction.people_roles import (
    department_after,
    firms_in_lines,
    founded_org_end,
    founder_before,
    joined_pieces,
    line_role,
    named_in_lines,
)
from pipelines.extraction.people_titles import (
    TitleForms,
    closed_title_after,
    founded_organization,
    role_in_who_clause,
    tidy_title,
    title_with_org_before,
    unwrapped_before,
)
from pipelines.extraction.person_head import is_bare_head, whole_head
from pipelines.extraction.person_vocabulary import HONORIFIC, NAME_PARTICLE
from pipelines.extraction.span_index import StartIndex, span_set
from pipelines.extraction.syntax import Syntax
from pipelines.extraction.titles import TITLE_CUE, title_from_parse
from pipelines.letters import LETTER, LOWER, UPPER, UPPER_CHARS

_TITLE_CORE = (
    rf"chief\s+(?:{LOWER}+\s+){{0,2}}officer|chief\s+executive|chief\s+economist|CEO|CFO|CTO|COO|CIO|CMO|"
    # an honorary office keeps its "emeritus", a chair its board: "founder and chairman emeritus", "executive
    # chairman of the board" (not "of the Board of Directors", where the organization's name follows)
    r"(?:chairman|chair|president|professor)\s+emerit(?:us|a)|"
    r"(?:chairman|chairwoman|chairperson|chair)\s+of\s+the\s+board(?!\s+of\b)|"
    # an office whose modifier follows it: "director general", "secretary-general"
    r"(?:director|secretary)[\s-]general|"
    r"chairman|chairwoman|chairperson|chair|president\s+director|president|vice[\s-]president|managing\s+director|"
    r"general\s+manager|managing\s+partner|general\s+partner|director|head|founder|co-founder|partner|"
    r"analyst|economist|scientist|strategist|spokesman|"
    r"spokeswoman|spokesperson|secretary|prime\s+minister|minister|governor|mayor|dean|manager|executive|officer|"
    r"principal|treasurer|commissioner|chancellor|provost|professor|premier|"
    r"associate(?!\s+(?:of|at|professor)\b)|"  # a law or advisory firm's rank: "senior associate Ana Ruiz"
    r"(?:(?:management|supervisory|executive)\s+)?board\s+member|"  # "Management board member Ana Ruiz"
    r"member(?=\s+of\s+the\s+(?:\w+\s+)?(?:Board|Committee))"  # "Member of the Executive Board"
)
_TITLE_MODIFIER = (
    r"(?:senior|executive|deputy|vice|assistant|associate|general|group|global|regional|acting|corporate|"
    r"interim|former|co|founding|chief|lead|principal|non-executive|research|sales|marketing|product|"
    r"engineering|operations|investment|strategy|country|program|project|communications|legal|risk|credit|"
    r"portfolio|fund|technical|technology|business|development|finance|financial|"
    # the field an analyst covers: "a banking analyst at Meristem Securities"
    r"banking|equity|equities|industry|sector|"
    # "Board chairman", "incoming chief executive", "honorary chairman"
    r"board|incoming|honorary|whole-time|full-time|independent|"
    # Japanese boards' "Representative Director"; "Investor Relations Officer"
    r"representative|investor|relations|"
    # a minister's rank in Kenya and elsewhere: "Cabinet Secretary for Agriculture"
    r"cabinet)"
)
# "Finance chief", "technology chief": a bare "chief" only after the function it leads
_FUNCTION_CHIEF = rf"(?:{_TITLE_MODIFIER}[\s-]+){{1,2}}chief(?![\w-])"
TITLE = (
    rf"(?i:(?:(?:{_TITLE_MODIFIER}[\s-]+){{0,3}}(?:{_TITLE_CORE})|{_FUNCTION_CHIEF})"
    # "founder, chairman and chief executive": a comma list closed by "and"
    rf"(?:,\s+(?:{_TITLE_MODIFIER}[\s-]+){{0,3}}(?:{_TITLE_CORE})(?=\s+and\s))?"
    # "and", or an ampersand as filings write it: "Managing Director & CEO"
    rf"(?:\s+(?:and|&)\s+(?:{_TITLE_MODIFIER}[\s-]+){{0,3}}(?:{_TITLE_CORE}))?)"
)
_HONORIFIC = HONORIFIC  # "Dame", "Tan Sri", "H.E." before a name are no part of it (person_vocabulary.py)
_SCOPE_WORD = rf"(?!(?:of|at|for|with|and|in|on|to|said|says)\b){LOWER}[\w&-]*"
# A word of a function in plain lower case ("finance", "equity research"), not a brand written in lower
# case ("iFood", "e&")
_FUNCTION_WORD = rf"(?!(?:of|at|for|with|and|in|on|to|said|says)\b){LOWER}+(?:-{LOWER}+)?(?![\w&'’-])"
# A title's scope in lower case: "vice president of cloud services", "general manager of the payments unit",
# kept only where an organization or a name follows, so "chairman of the bank, said" stays "chairman".
# A governing body named in capitals is part of the title, with the portfolio a member holds:
# "Spokesman of the Executive Board", "Member of the Management Board responsible for Finance".
_PORTFOLIO = rf"(?!(?:the|a|an|its|their|our)\b){LETTER}{LOWER}+"
# In lower case too, as prose writes it: "chair of the board", "vice-president of the management board
# responsible for finance".
_BOARD_SCOPE = (
    rf"\s+of\s+the\s+(?i:(?:(?:executive|management|supervisory|advisory)\s+)?(?:board|committee)"
    rf"(?:\s+of\s+directors)?)"
    rf"(?:\s+responsible\s+for\s+{_PORTFOLIO}(?:,\s+{UPPER}{LOWER}+|\s+and\s+{_PORTFOLIO}){{0,3}})?"
)
# A public office's portfolio in capitals, as short as the text allows (a name may follow): "Secretary of
# State for Business", "Minister of Trade and Industry", "Deputy Minister for Digital Economy".
_PORTFOLIO_WORD = rf"{UPPER}{LOWER}+"
_OFFICE_WITH_PORTFOLIO = (
    rf"(?i:(?:{_TITLE_MODIFIER}[\s-]+){{0,2}}(?:prime\s+)?(?:minister|secretary|commissioner))"
    rf"\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO_WORD}(?:(?:\s+(?:and|for|of)\s+|,\s+|\s+){_PORTFOLIO_WORD}){{0,5}}?"
)
TITLE_SCOPED = (
    rf"(?:{_OFFICE_WITH_PORTFOLIO}|{TITLE}(?:{_BOARD_SCOPE}|\s+of\s+(?:the\s+)?(?:{_SCOPE_WORD}\s+){{0,3}}?{_SCOPE_WORD}"
    rf"(?=\s+(?:of|at|for|with)\s+(?:the\s+)?{UPPER}|\s+(?:{_HONORIFIC}\s+)?{UPPER}{LOWER}|\s*$)"
    # a function named without "the" is the title's own ("executive director of finance.", "head of equity
    # research at the firm"); "chairman of the bank, said" names the employer and stays "chairman"
    rf"|\s+of\s+(?!(?:the|a|an|its|their|our|this)\s)(?:{_FUNCTION_WORD}\s+){{0,2}}?{_FUNCTION_WORD}"
    rf"(?=\s*[,.;]|\s+at\s+the\s+{LOWER}))?)"
)
_FORMS = TitleForms(TITLE, TITLE_SCOPED, _HONORIFIC)  # the patterns people_titles.py reads titles with
# Name words: "Jung", "Jin-wan", "AlDeghaither"; a name may start with initials ("RJ", "J.P.") and carry
# lower-case or Arabic particles before a later word ("Marieke de Vries", "Abdul Rahman Al Thehaiban").
# "O'Brien" and "M'Saad" carry an apostrophe after their first capital.
_NAME_TOKEN = rf"(?:{UPPER}['’])?{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)?(?:-{LETTER}{LOWER}+)?"
_INITIALS = (
    rf"(?!(?:AI|US|UK|EU|UN|HK|IT|TV|PC|VC|PE|AG|SE|IR|HR|PR|AR|VR|EV)\b)(?:{UPPER}{{2}}|{UPPER}\.{UPPER}\.|"
    rf"[B-HJ-Z]\.?(?=\s+{UPPER}{LOWER}{{5,}}\b))"  # one initial before a long surname: "N Chandrasekaran"
)
_PARTICLE = NAME_PARTICLE  # "de los", "ul", "Al" join a name's words (person_vocabulary.py)
# Malay and Arabic names often run to four words ("Nor Shamsiah Mohd Yunus"): allowed when one of the
# first three is such a given-name word.
_LONG_NAME_WORD = r"(?:Nor|Nur|Siti|Mohd|Mohamad|Mohamed|Mohammad|Muhammad|Abdul|Ahmad|Wan|Tengku|Tunku)"
# An Arabic name's chain of descent, any length, and the family after it: "Jassim bin Hamad bin Jassim bin
# Jaber Al Thani".
_DESCENT_CHAIN = (
    rf"{_NAME_TOKEN}(?:\s+(?:bin|binti|bint|ibn)\s+{_NAME_TOKEN}){{2,6}}(?:\s+(?:Al|al|El)[\s-]{_NAME_TOKEN})?"
)
# Initials written apart before the given names, as in South Asia: "M P Vijay Kumar", "S M Nurul Alam Rezvi"
# ("A" and "I" left out: an article and a pronoun open sentences before a name).
_SPACED_INITIALS = rf"[B-HJ-Z](?:[ ][B-HJ-Z]){{1,2}}(?:[ ]{_NAME_TOKEN}){{1,3}}(?![\w-])"
_NAME = (
    rf"(?:{_DESCENT_CHAIN}(?![\w-])|{_SPACED_INITIALS}"
    rf"|(?=(?:{UPPER}[\w-]*\s+){{0,2}}{_LONG_NAME_WORD}\s){_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{3}}(?![\w-])"
    # "Pieter van der Does" (two particles), "Jens H. Lund" (a middle initial)
    rf"|(?:{_NAME_TOKEN}|{_INITIALS})(?:\s+{UPPER}\.(?=\s+{UPPER}{LOWER}))?"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN}){{1,2}})"
)
_NOT_NAME_WORDS = {
    "The",
    "A",
    "An",
    "Chief",
    "Officer",
    "Executive",
    "President",
    "Chairman",
    "Director",
    "Group",
    "Bank",
    "Cloud",
    "University",
    "Company",
    "Inc",
    "Ltd",
    "Technology",
    "Financial",
    "Internet",
    "China",
    "Said",
    "Professor",
    "Prof",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Miss",
    "Madam",
    "Media",
    "Photo",
    "Twitter",
    "Facebook",
    "Email",
    "Share",
    "Store",
    "App",
    "Street",
    "Road",
    "Avenue",
    "Market",
    "Index",
    "Exchange",
    "Square",
    "Center",
    "Centre",
    "Award",
    "Prize",
    "Cup",
    "Day",
    "Week",
    "Act",
    "Law",
    "Report",
    "News",
    "Times",
    "Premium",
    # title words ("Global Head" read as a name from "Ken Takeshita, Global Head of R&D")
    "Head",
    "Manager",
    "Minister",
    "Secretary",
    "Founder",
    "Analyst",
    # a card issuer, a sports channel ("Krungthai Card", "Sky Sport"; company words of other languages
    # are entities.FOREIGN_COMPANY_WORDS, read below)
    "Card", "Sport",
    # "Membership No. 123": a form's number, "Hurricanes Helene and Milton": storms
    "No", "Hurricane", "Hurricanes", "Typhoon", "Cyclone", "Storm",
}
# A word ending like a company name ("Unigroup", "Infotech") is no part of a person's name.
_ORG_LIKE_TOKEN = re.compile(rf"{UPPER}{LOWER}{{2,}}(?:group|soft|tech|corp|bank|telecom)$")
# Also regional arms ("Kestrel Europe") and legal forms in other languages ("Alpina Genossenschaft").
_ORG_HEAD_WORD = (
    rf"(?:{_HEADS}|Insight|Insights|Research|Consulting|Advisory|Partners|Group|Europe|Asia|Africa|Americas|"
    r"Holding|Genossenschaft|Stiftung|Verein|Agriculture)"
)
_SURNAME_HEADS = {"Park", "Power", "Banks", "Trust"}
_UNIT_WORDS = r"(?:division|business|unit|arm|department|group|segment|team|operations|lab|laboratory)"


@dataclass
class _Person:
    name: str
    title: str | None = None
    org: OrgMention | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def find_people(
    text: str,
    ner_spans: Sequence[NerSpan],
    organizations: OrganizationResult,
    boilerplate: Sequence[tuple[int, int]] = (),
    syntax: Syntax | None = None,
) -> list[PersonFact]:
    org_surfaces = {m.text for m in organizations.mentions}
    org_names = {o.name for o in organizations.organizations} | org_surfaces
    ner_spans = joined_pieces(text, ner_spans)  # a name tagged in pieces (people_roles.py)
    spans, strong = _name_spans(text, ner_spans, org_names)
    in_chrome = span_set(boilerplate)  # looked up, not scanned, per name
    lookup = _OrgLookup(text, organizations)
    authors = {text[s:e] for s, e in spans if in_chrome.overlaps(s, e)} | credited_names(text)
    authors |= credited_in_layout(text)  # "Author: Name", "Investor contact: Name" (people_layout.py)
    # "Contact: Name, CFO" names a person, also in a contacts block the page's chrome holds
    listed = {text[s:e] for s, e in named_in_lines(text)}
    authors -= listed
    firms = firms_in_lines(text)  # "Name - Firm, Analyst": the firm is no person (people_roles.py)
    people: dict[str, _Person] = {}
    for start, end in spans:
        name = text[start:end]
        if (in_chrome.overlaps(start, end) and name not in listed) or name in authors or name in firms:
            continue  # a writer's credit, or a participant's firm
        if name in organizations.products:
            continue  # a product's name ("the Sky Box service")
        if name not in strong and lookup.mentions.overlaps(start, end):
            continue
        person = people.setdefault(name, _Person(name))
        person.mentions.append((start, end))
        title, org = _title_and_org(lookup, start, end)
        if syntax is not None and (title is None or _PAST_TITLE.match(title)):
            title, org = _parsed_title(lookup, syntax, start, end) or (title, org)
        elif syntax is not None and _unread_scope(lookup, end, title):
            parsed = _parsed_title(lookup, syntax, start, end)
            if parsed and parsed[0].startswith(title) and len(parsed[0]) > len(title):
                title, org = parsed[0], parsed[1] or org  # the scope the word patterns could not read
        if title is not None:
            title = department_after(text, end, title) or title  # "Senior Director, Investor Relations"
            title = _portfolio_after(text, end, title)
        _take_title(person, title, org)
    _attach_short_mentions(text, people, ner_spans, in_chrome, authors)
    _titles_from_speaker_labels(text, people)
    _titles_at_short_mentions(lookup, people, syntax)
    facts = []
    for person in people.values():
        if person.title is None and person.org is None and not_a_person(text, person.mentions, org_surfaces):
            continue  # "Hancock Prospecting, which ...": said of a thing (people_checks.py)
        if person.title is None and tail_of_another(person.name, people):
            continue  # "Al Ramahi said" after "Mohamed Jameel Al Ramahi" (people_names.py)
        if is_bare_head(person.title):  # "head" says whose head only with its "of" (person_head.py)
            person.title = whole_head(text, person.mentions)
        org = person.org
        facts.append(
            PersonFact(
                name=person.name,
                title=person.title,
                organization_key=org.key if org else None,
                organization_name=org.name if org else None,
                mentions=[Evidence(text[s:e], s, e) for s, e in sorted(set(person.mentions))],
            )
        )
    return facts


@dataclass(frozen=True)
class CreditCue:
    """A line crediting the article's writers: reporters are page chrome, not people in the story."""

    name: str
    example: str  # tested in tests/unit/test_people.py
    pattern: re.Pattern[str]
    # Words any match holds (one of them), looked for in the text lower-cased: a text with none of them is
    # not scanned (most articles credit no one, and a name-first pattern tries every word).
    needs: tuple[str, ...] = ()

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        if self.needs and not any(word in lowered for word in self.needs):
            return iter(())
        if self.pattern.pattern.startswith(_NAME_FIRST_CREDIT):  # tried only where a name can start
            return iter(name_first_matches(self.pattern, text))
        return self.pattern.finditer(text)


_CREDITED = rf"({_NAME})(?:(?:\s*,\s*|\s+(?:and|&)\s+)({_NAME}))?"
# Every _NAME opens on a capital: a cue opening so ("Clara Weiss, markets correspondent") matches only where
# a capitalised word starts (name_starts.py; a third less time than scanning every position).
_NAME_FIRST_CREDIT = rf"(?<![\w'’-])({_NAME})"
CREDIT_CUES: tuple[CreditCue, ...] = (
    CreditCue("byline", "Lyon, 2 May 2025 - By Clara Weiss, markets correspondent",
              re.compile(rf"(?:^|\n|[-–—|]\s*)By\s+{_CREDITED}", re.MULTILINE), ("by",)),
    CreditCue("written by", "This newsletter is written by Ada Lund and Omar Reyes.",
              re.compile(rf"(?i:written|reported|edited|compiled|interview|interviewed|reporting|writing|"
                         rf"photos?|photographs?)\s+by\s+{_CREDITED}"), ("by",)),
    # the byline closing a standfirst's line: "... can compete with AI upstarts. By Clara Weiss"
    CreditCue("byline after a standfirst", "Can the old guard compete with AI upstarts? By Clara Weiss\n",
              re.compile(rf"(?<=[.!?])[ \t]+By[ \t]+{_CREDITED}[ \t]*$", re.MULTILINE), ("by",)),
    CreditCue("reporter's role", "Clara Weiss, markets correspondent",
              re.compile(rf"(?<![\w'’-]){_CREDITED},\s+(?:{LOWER}+\s+){{0,2}}(?:correspondent|reporter|columnist|"
                         rf"staff\s+writer)(?![\w-])"), ("correspondent", "reporter", "columnist", "staff")),
    # a wire's closing credit: "-- With a report from Ana Ruiz", "With reporting from Ana Ruiz and Dana Osei"
    CreditCue("with a report from", "-- With a report from Ramil Q. Bustamante",
              re.compile(rf"(?i:with\s+(?:a\s+)?(?:reports?|reporting)\s+(?:from|by))\s+{_CREDITED}"),
              ("report",)),
)


def credited_names(text: str) -> set[str]:
    """The names the article credits as its writers ("By Name", "Interview by Name")."""
    names = set()
    lowered = text.lower()
    for cue in CREDIT_CUES:
        for match in cue.finditer(text, lowered):
            # a name never runs across a line break: "By Clara Weiss\n\nQuarvo said" credits Clara Weiss
            names.update(name.split("\n")[0].rstrip() for name in match.groups() if name)
    return names


_PAST_TITLE = re.compile(r"(?i)(?:former|ex-|outgoing)\b")
# A founder is what someone was; an office named later ("who is chair of the board") is what they are.
_FOUNDER_ONLY = re.compile(r"(?i)(?:co-?)?founders?")


def _unread_scope(lookup: _OrgLookup, end: int, title: str) -> bool:
    """A title the word patterns read without its capitalised scope ("Secretary of State for ...",
    "Global Head of Real Assets at B"): the parse reads the rest. "of B" naming an organization is
    the employer, read already."""
    text = lookup.text
    # str.find and one fixed pattern, not a pattern compiled per title (the same match: literal_scan.py)
    after = literal_then(text[end : end + 200], title, _SCOPE_AFTER_TITLE)
    return after is not None and end + after not in lookup.by_start


_SCOPE_AFTER_TITLE = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?={UPPER})")


# One office written two ways: a later "President and CEO" holds an earlier "chief executive".
_SAME_OFFICE = {
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "finance chief": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "chairwoman": "chairman",
    "chair": "chairman",
    "chairperson": "chairman",
}


def _offices(title: str) -> frozenset[str]:
    """The offices a title lists: "President and CEO" -> {"president", "chief executive"}."""
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", title.lower().strip())
    return frozenset(_SAME_OFFICE.get(p, p) for p in parts if p)


def _spells_out_more(title: str, earlier: str) -> bool:
    if title.startswith(earlier) and len(title) > len(earlier):
        return True
    return _offices(earlier) < _offices(title)


def _take_title(person: _Person, title: str | None, org: OrgMention | None) -> None:
    """The first title found wins unless a later mention spells out more of it ("chief executive",
    later "President and CEO"), gives the current role where the first was a past one ("former
    finance chief", later "chief executive"), or names an office where the first said only "founder"."""
    title = tidy_title(title, _FORMS) if title else title  # "CFO and a former analyst" -> "CFO"
    if title and (
        person.title is None
        or _spells_out_more(title, person.title)
        or (_PAST_TITLE.match(person.title) and not _PAST_TITLE.match(title))
        # "founder", later "co-founder and CEO": the office (a founder's title names no office)
        or (_FOUNDER_ONLY.fullmatch(person.title) and not _FOUNDER_ONLY.fullmatch(title))
    ):
        person.title, person.org = title, org or person.org


# A transcript's speaker label: "AIKO TANABE (President and CEO): Thank you." (a label's name is in
# capitals, so it is never a mention of its own; "OPERATOR:" names nobody).
_SPEAKER_LABEL = re.compile(
    rf"^({UPPER}[{UPPER_CHARS}'’. -]{{2,40}}?)\s*\(({TITLE}[^()\n]{{0,40}})\):", re.MULTILINE
)


def _titles_from_speaker_labels(text: str, people: dict[str, _Person]) -> None:
    """The title a transcript's speaker label gives someone named in the text, where none was read."""
    by_upper = {person.name.upper(): person for person in people.values()}
    for label in _SPEAKER_LABEL.finditer(text):
        person = by_upper.get(" ".join(label.group(1).split()))
        if person is not None and person.title is None:
            person.title = label.group(2)


def _titles_at_short_mentions(lookup: _OrgLookup, people: dict[str, _Person], syntax: Syntax | None) -> None:
    """ "Klaba, who remains chairman" / "Reil and Scherf are co-chief executives": a title stated at a
    surname-only mention of someone whose full mention gave none (word cues first, then the parse)."""
    for person in people.values():
        if person.title is not None and not _FOUNDER_ONLY.fullmatch(person.title):
            continue  # a founder may hold an office stated later: "Brandt, who remains chairman"
        full = len(person.name)
        for start, end in sorted(person.mentions):
            if end - start >= full:
                continue
            title, org = _title_and_org(lookup, start, end)
            if title is None and syntax is not None:
                title, org = _parsed_title(lookup, syntax, start, end) or (None, None)
            if title is not None:
                _take_title(person, title, org)
                break


def _parsed_title(
    lookup: _OrgLookup, syntax: Syntax, start: int, end: int
) -> tuple[str, OrgMention | None] | None:
    """The title the sentence's parse gives (copula, apposition, appointment, "heads"), if parsed."""
    sentence = syntax.sentence_at(start)
    if sentence is None:
        return None
    parsed = title_from_parse(lookup.text, sentence, start, end, lookup.organizations.mentions)
    if parsed is None:
        return None
    return parsed.title, parsed.org or _nearest_org(lookup, start)


def organizations_named_like_people(
    people: Sequence[PersonFact], organizations: OrganizationResult
) -> set[str]:
    """Keys of "organizations" that are really people found by their titles ("Olivia Park" matched
    the name pattern for parks; "Choi" was tagged ORG by the model)."""
    names = {p.name for p in people if p.title}
    tokens = {t for name in names for t in name.split()}
    keys = set()
    for org in organizations.organizations:
        surfaces = {org.name, *(m.text for m in org.mentions)}
        if surfaces & names or surfaces <= tokens:
            keys.add(org.key)
    return keys


# Names recognized by the title around them. Compiled once; the title alternation is long, so the
# first pattern only starts at a word start ((?<![\w-]): same matches, about 4x less scanning).
_OWNER = rf"(?:{UPPER}[\w&.-]*\s+){{0,3}}{UPPER}[\w&.-]*['’]s"
# A name ends where the capitalised words end: "its partner Wei Long Fan High-Tech Materials" names
# a company, not a person called "Wei Long Fan".
_NAME_ENDS = rf"(?![\w'’-]|[ \t]+{UPPER})"
# "Name, who is its chief executive" / "Name, who co-founded Org and is its chief executive" / "Name
# will become chief executive" / "Name, who previously worked as X, is president": a present or coming
# role stated by a copula ("who was ..." is a past role and never read here).
_COPULA_AFTER = re.compile(
    rf"(?:,\s+who\s+(?:[^,.;]{{0,60}}?\s+and\s+)?|(?:,\s+who\s[^.;]{{0,80}}?,)?\s+)"
    rf"(?:is|remains|will\s+become|will\s+remain|becomes|became|has\s+been)\s+(?:still\s+|now\s+|also\s+)?"
    rf"(?:the\s+|its\s+|their\s+|({_OWNER})\s+)?(?:new\s+)?({TITLE_SCOPED})(?![\w-])"
    rf"(?:\s+(?:of|at)\s+(?:the\s+)?)?"
)

# A name standing between commas after its title may run to four words with particles.
_COMMA_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN}){{1,3}}"
# A name never starts at its honorific: "said Dame Ada Udensi, the group chief executive" names "Ada Udensi".
_NO_RANK = rf"(?!{_HONORIFIC}\s)"
# Every _NAME opens on a capital: checking that first at each word start spares the honorific look-ahead
# and the name's alternatives everywhere else (same matches, about a third less time on the name-first forms).
_NAME_FIRST = rf"(?<![\w-]){_NO_RANK}("


# The opening every name-first form shares once compiled (``_capital_first``): a capital at a word start,
# no rank, a name. A position where it does not match opens no match of those forms.
_CAPITAL_START = re.compile(rf"(?<![\w-])(?={UPPER})")
_NAME_OPENING = re.compile(rf"(?<![\w-])(?={UPPER}){_NO_RANK}({_NAME})")


def _capital_first(pattern: str) -> str:
    if pattern.startswith(_NAME_FIRST):
        return rf"(?<![\w-])(?={UPPER})" + pattern.removeprefix(r"(?<![\w-])")
    return pattern


@dataclass(frozen=True)
class _TitledNameForm:
    """A form that finds a name the model missed by the title around it (a row of the table below)."""

    written: str  # the pattern as written (compiled with ``_capital_first``'s check where it applies)
    trusted: bool  # a name it finds is trusted over an organization guess ("strong")
    # Words one of which every match holds (case-sensitive, as the pattern writes them): a window holding
    # none cannot match, so it is skipped (the same matches, a cheap prefilter); () where none is declared.
    needed_words: tuple[str, ...]
    example: str  # an invented text it finds a name in (tests/unit/test_titled_name_prefilter.py)
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The words a match opens on, where the form opens on a word start and its parse tells them (the
    # title-first forms): tried only at those words (leading_words.py), the same matches as ``finditer``.
    leading: LeadingWords | None = field(init=False, repr=False, compare=False)

    # Whether the form opens on ``_NAME_OPENING`` (a name first): tried only where a name opens.
    name_first: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(_capital_first(self.written)))
        opens_on_a_word = opens_with(self.pattern, r"(?<![\w-])")  # every match at a word start
        object.__setattr__(self, "leading", leading_words(self.pattern) if opens_on_a_word else None)
        object.__setattr__(self, "name_first", opens_with(self.pattern, _NAME_OPENING.pattern))

    def finditer(self, text: str, window: tuple[int, int], openings: _Openings) -> Iterable[re.Match[str]]:
        """``pattern.finditer(text, *window)``, tried only where a match can open where that is known
        (``openings``: the title windows' word starts and name openings, ``window`` one of the windows)."""
        if self.name_first:
            return matches_at(self.pattern, text, openings.names, window)
        if self.leading is not None:
            return matches_at_leading_words(self.pattern, self.leading, text, window, openings.words)
        return self.pattern.finditer(text, *window)


_TITLED_NAME_PATTERNS = (
    # "Tencent CEO Pony Ma", "co-CEOs Kim Taek-jin and Park Byung-moo"
    # (never the words before an apposed name: "Minister for Energy and Clean Economy Jobs, Name")
    _TitledNameForm(
        rf"(?<![\w-]){TITLE_SCOPED}s?\s+(?:{_HONORIFIC}\s+)?({_NAME}){_NAME_ENDS}(?!,\s+{_NAME})",
        True, (), "Quarvo CEO Ana Ruiz said the deal closed.",
    ),
    _TitledNameForm(
        rf"(?<![\w-])(?i:co-?)?{TITLE}s\s+{_NAME}\s+and\s+({_NAME}){_NAME_ENDS}",
        True, (), "The co-CEOs Ana Ruiz and Tom Lee agreed.",
    ),
    # "Name, chairman of ...", "Name, who was chief financial officer of ..."
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:who\s+(?:is|was|has\s+been|had\s+been|became)\s+)?(?:a\s+|an\s+|the\s+)?"
        rf"{TITLE}\s+(?:of|at|for|with)\b",
        True, (), "Ana Ruiz, chairman of Quarvo, said the deal closed.",
    ),
    _TitledNameForm(
        rf"\bnew\s+{TITLE}\s*[:,]?\s+({_NAME})\b",
        True, (), "Quarvo welcomed new chief executive Ana Ruiz on Monday.",
    ),
    # "Name, Rivian's founder and chief executive", "Name, a Volkswagen executive"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:{_OWNER}|an?\s+{UPPER}[\w&.-]*(?:\s+{UPPER}[\w&.-]*){{0,2}})\s+{TITLE}\b",
        True, (), "Ana Ruiz, Quarvo's chief executive, said the deal closed.",
    ),
    # "Name is its chief executive", "Name will become chief executive": copular, so never trusted over
    # an organization ("Northwind Capital is the lead manager")
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})\s+(?:is|was|has\s+been|will\s+become|becomes|became|remains)\s+"
        rf"(?:the\s+|its\s+|{_OWNER}\s+)?(?:new\s+)?{TITLE}(?![\w-])",
        False, (), "Ana Ruiz is its chief executive.",
    ),
    # "Name, who founded Org and is its chairman"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}){_COPULA_AFTER.pattern}",
        False, (), "Ana Ruiz, who founded Quarvo and is its chairman, spoke.",
    ),
    # "Name, who remains chief executive": "who" is said of people, so trusted over an organization guess
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+who\s+(?:is|remains)\s+(?:still\s+)?(?:the\s+|its\s+)?{TITLE}(?![\w-])",
        True, ("who",), "Ana Ruiz, who remains chief executive, spoke.",
    ),
    # "said Name, its chief financial officer." / "(Name, CEO)" / "Name, CFO since 2016": a title closing
    # the sentence, a bracket or a time after a name
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),[ \t]+(?:the\s+|its\s+)?{TITLE}"
        rf"(?:[ \t]*[.)](?!\w)|[ \t]+since\s+\d)",
        True, (), "The plan works, said Ana Ruiz, its chief financial officer.",
    ),
    # "Name, chief financial officer, said" / "with Name, the chief technology officer, after"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:the\s+|its\s+)?{TITLE},\s",
        False, (), "Ana Ruiz, chief financial officer, said the plan works.",
    ),
    # "Name heads the company", "Name, known as X, runs the bank" (trusted: companies "lead" rounds and
    # "chair" talks, they seldom "head" or "run" a company)
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})(?:,[^,.;]{{1,30}},)?\s+(?:heads|runs)\s+(?:the|its|their)\s",
        True, ("heads", "runs"), "Ana Ruiz heads the company.",
    ),
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})(?:,[^,.;]{{1,30}},)?\s+(?:leads|chairs)\s+(?:the|its|their)\s",
        False, ("leads", "chairs"), "Ana Ruiz chairs the board.",
    ),
    # "Name, the bank's chief financial officer", "Its chief executive is Name", "Org named Name chairman"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:the|its)\s+{LOWER}+['’]s\s+{TITLE}(?![\w-])",
        True, (), "Ana Ruiz, the bank's chief financial officer, said.",
    ),
    _TitledNameForm(
        rf"(?:[Ii]ts|[Tt]he|[Tt]heir)\s+(?:new\s+)?{TITLE}\s+(?:is|remains|will\s+be)\s+({_NAME}){_NAME_ENDS}",
        True, (), "Its chief executive is Ana Ruiz.",
    ),
    _TitledNameForm(
        rf"(?<![\w-])(?:named|appointed|elected|promoted)\s+({_NAME})\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
        rf"{TITLE}(?![\w-])",
        False, (), "Quarvo named Ana Ruiz chairman on Monday.",
    ),
    # the title, then the name between commas: "The chief financial officer, Ana de la Ruiz, told
    # analysts", "Quarvo's founder and chief executive, Ana Ruiz Garuda Putra, said" (up to four words)
    _TitledNameForm(
        rf"(?:[Tt]he(?:\s+{LOWER}+['’]s)?|[Ii]ts|{_OWNER})\s+(?:new\s+)?{TITLE}(?:\s+and\s+{TITLE})?,\s+"
        rf"(?:{_HONORIFIC}\s+)?({_COMMA_NAME}),\s",
        True, (), "The chief financial officer, Ana de la Ruiz, told analysts.",
    ),
    # a list of participants: "Name, President and CEO; Name, Chief Financial Officer"
    _TitledNameForm(
        rf"(?:^|(?<=\n)|[:;][ \t]*)({_NAME}),\s+{TITLE}[^;\n().,]{{0,40}}(?=;|\n|$)",
        True, (), "Participants: Ana Ruiz, President and CEO; Tom Lee, Chief Financial Officer",
    ),
    # a call's participant lines: "Name - Chief Executive Officer, Quarvo Technologies"
    _TitledNameForm(
        rf"(?:^|(?<=\n))({_NAME})[ \t]+[-–—][ \t]+{TITLE}[^;\n()]{{0,60}}(?=\n|$)",
        True, (), "Ana Ruiz - Chief Executive Officer, Quarvo Technologies\n",
    ),
)


# Every titled-name pattern holds a title word (or a heading verb) within this many characters of the
# name it finds, so the patterns run only on windows around such words: the same matches, several
# times less scanning (``finditer(text, lo, hi)`` keeps lookbehinds and "^" true to the whole text).
_WINDOW = 250


_WINDOW_CUE = re.compile(rf"{TITLE_CUE.pattern}|(?<![\w-])[Mm]ember(?![\w-])")


def _windows_holding(
    text: str, windows: list[tuple[int, int]], words: tuple[str, ...]
) -> list[tuple[int, int]]:
    if not words:
        return windows
    return [(lo, hi) for lo, hi in windows if any(text.find(word, lo, hi) >= 0 for word in words)]


@dataclass(frozen=True)
class _Openings:
    """Where the titled-name forms can open inside a text's title windows, found once for all of them."""

    words: WordStarts  # every word start, with its word: a title-first form opens on one of its leading words
    names: list[int]  # ascending: where ``_NAME_OPENING`` matches, so where a name-first form can open


def _name_openings(text: str, windows: list[tuple[int, int]]) -> list[int]:
    """Where a name opens inside the windows: a name-first form's match holds ``_NAME_OPENING``'s match at
    its start, so it can open nowhere else (each capital tried once, not once per form: ten forms)."""
    return [
        capital.start()
        for lo, hi in windows
        for capital in _CAPITAL_START.finditer(text, lo, hi)
        if _NAME_OPENING.match(text, capital.start(), hi)
    ]


def _title_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for cue in _WINDOW_CUE.finditer(text):
        lo, hi = max(0, cue.start() - _WINDOW), min(len(text), cue.end() + _WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _name_spans(
    text: str, ner_spans: Sequence[NerSpan], org_names: set[str]
) -> tuple[list[tuple[int, int]], set[str]]:
    """Name spans, and the names recognized by a title next to them (trusted over an org guess)."""
    found: list[tuple[int, int]] = []
    strong: set[str] = set()
    checked: dict[str, bool] = {}  # a name repeated is checked against every organization name once

    def plausible(name: str) -> bool:
        if name not in checked:
            checked[name] = _plausible_name(name, org_names)
        return checked[name]

    for start, end, label in ner_spans:
        if label != "PERSON":
            continue
        honorific = re.match(rf"(?:{_HONORIFIC}\s+)+(?={UPPER})", text[start:end])
        start += honorific.end() if honorific else 0  # "Dame Ada Udensi": the name starts after the rank
        for match in re.finditer(_NAME, text[start:end]):
            s, e = start + match.start(), whole_tagged_end(text, start + match.end(), end)  # 4 words kept
            s = ranked_start(text, s, e, _HONORIFIC)  # "Shri Manoj" + "Kumar Dubey" tagged apart
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue  # "VA México" in "BBVA México", "FO Tyler" in "CFO Tyler": no name starts (or ends,
                # "Transmission Mo" in "Transmission MoU") mid-word
            if (
                plausible(text[s:e])
                and not _listed_with_places(text, s, e)
                and not only_a_location(text, text[s:e])  # "a farm in Mato Grosso"
                and not _inside_org_name(text, s, e, org_names)
            ):
                found.append((s, e))
    # Names the model missed, recognized by the title around them.
    for s, e, trusted in _titled_name_spans(text):
        name = text[s:e]
        if plausible(name):
            found.append((s, e))
            if trusted:
                strong.add(name)  # "co-CEOs Kim Taek-jin and Park Byung-moo" over an org "... and Park"
        elif trusted and _plausible_name(name, set(), strict=False):
            found.append((s, e))
            strong.add(name)
    stated = [(s, e) for s, e, _ in (*signature_blocks(text), *chairs(text))] + founders(text)
    stated += named_in_lines(text)  # participant and contact lines (people_roles.py)
    for s, e in stated:  # a signer over an office line, a founder, a board's chair (people_layout/names.py)
        if plausible(text[s:e]) or _plausible_name(text[s:e], set(), strict=False):
            found.append((s, e))
            strong.add(text[s:e])
    found = sorted(set(found), key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int]] = []
    for span in found:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept, strong


@lru_cache(maxsize=1)
def _titled_name_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, trusted) of every name a titled-name pattern finds: a function of the text alone, kept for
    the article's second people pass (run again when a name next to a title was taken for an organization),
    which would otherwise scan the same windows with the same 18 patterns."""
    spans: list[tuple[int, int, bool]] = []
    windows = _title_windows(text)
    openings = _Openings(word_starts(text, windows), _name_openings(text, windows))  # once for all forms
    for form in _TITLED_NAME_PATTERNS:
        scanned = _windows_holding(text, windows, form.needed_words)
        for match in (m for window in scanned for m in form.finditer(text, window, openings)):
            s, e = match.start(1), match.end(1)
            if s == match.start():  # a name opening its pattern ("Name, its CEO") may have a fourth word
                s = fourth_word_start(text, s, e)  # "according to Nguyễn" + "Hữu Phước Nguyên, its CEO"
            spans.append((s, e, form.trusted))
    return tuple(spans)


_ORG_WORDS_AFTER = re.compile(rf"[ \t]+(?:{UPPER}[\w&-]*[ \t]+){{0,2}}{_ORG_HEAD_WORD}(?![\w-])")
_WORD_BEFORE = re.compile(rf"({UPPER}[\w&.-]*)[ \t]+$")
# "Raymond James analyst Ann Lee", "Piper Sandler's analysts": a research firm named like a person
_ANALYSTS_FIRM = re.compile(r"(?:[ \t]+|['’]s\s+)(?:analysts?|economists?|strategists?)(?![\w-])")


def _inside_org_name(text: str, start: int, end: int, org_names: set[str]) -> bool:
    """A name read inside a company's: "Wei Long Fan High-Tech Materials" (an organization word ends
    the capitalised run), "Kestrel Wei Long Fan" (a known organization's name starts it), or a firm
    whose analysts are quoted ("Raymond James analyst Ann Lee")."""
    if _ORG_WORDS_AFTER.match(text, end) or _ANALYSTS_FIRM.match(text, end):
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and before.group(1) in org_names


_LIST_BEFORE = re.compile(rf"({UPPER}[\w'’-]*(?:\s+{UPPER}[\w'’-]*){{0,2}})(?:,\s*|,?\s+(?:and|or)\s+)$")
_LIST_AFTER = re.compile(rf"(?:,\s*|,?\s+(?:and|or)\s+)({UPPER}[\w'’-]*(?:\s+{UPPER}[\w'’-]*){{0,2}})")


def _listed_with_places(text: str, start: int, end: int) -> bool:
    """ "beyond Bangkok, Phuket and Chiang Mai": a name listed next to known places is a place."""
    gazetteer = default_gazetteer()
    neighbours: list[str] = []
    position = start
    while len(neighbours) < 4:  # walk the list back item by item
        before = _LIST_BEFORE.search(text[max(0, position - 40) : position])
        if not before:
            break
        neighbours.append(before.group(1))
        position -= len(before.group())
    after = _LIST_AFTER.match(text, end)
    if after:
        neighbours.append(after.group(1))
    return any(gazetteer.is_place(name) or gazetteer.is_place(name.split()[0]) for name in neighbours)


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _holds_a_place(tokens: list[str], is_place: Callable[[str], bool]) -> bool:
    """The name is a place's adjective ("Sri Lankan", "Taiwanese") or holds a place of two words or more
    ("Guidance Tamil Nadu"); a person's name holds no such place (one-word places are given names too:
    "Georgia", "Jordan")."""
    name = " ".join(tokens)
    stems = [name[: -len(ending)] for ending in ("n", "an", "ese", "i") if name.endswith(ending)]
    if any(is_place(stem) for stem in stems if " " in stem):
        return True
    pairs = (" ".join(tokens[i : i + 2]) for i in range(len(tokens) - 1))
    return len(tokens) > 2 and any(is_place(pair) for pair in pairs)


def _plausible_name(name: str, org_names: set[str], strict: bool = True) -> bool:
    """``strict`` also refuses names that look like organizations; a name next to a title is
    checked only against words that are never part of a person's name."""
    tokens = name.split()
    if "\n" in name:  # "Investor\nLakshmi Narayanan": a name never runs across a line break
        return False
    if len(tokens) < 2 or name in org_names or any(t in _NOT_NAME_WORDS for t in tokens):
        return False
    if names_a_thing(name):  # "Khalifa Port", "Vår Energi" (people_checks.THING_HEADS)
        return False
    if any(t in FOREIGN_COMPANY_WORDS for t in tokens):  # "Vibra Energia", "Polska Grupa Energetyczna"
        return False
    if any(_ORG_LIKE_TOKEN.fullmatch(t) for t in tokens):
        return False
    gazetteer = default_gazetteer()
    if tokens[0] in _LEADING_NOISE or gazetteer.lookup(name) is not None:
        return False
    if gazetteer.is_place(name) or gazetteer.is_place(_without_accents(name)):
        return False  # "São Paulo" tagged PERSON; the gazetteer spells it "Sao Paulo"
    if _holds_a_place(tokens, gazetteer.is_place):
        return False  # "Sri Lankan" (a place's adjective), "Guidance Tamil Nadu" (a place inside)
    if gazetteer.lookup(tokens[0]) is not None:
        return False  # "Tencent Pony", "Microsoft Satya": a known company's name never starts a person's name
    if all(t in GENERIC_WORDS for t in tokens):  # "Smart Retail" tagged PERSON
        return False
    if re.fullmatch(_ORG_HEAD_WORD, tokens[-1]) and (strict or tokens[-1] not in _SURNAME_HEADS):
        return False  # "Harborview Pharma", "Quadrant Insight"; but "Olivia Park" next to a title
    if re.search(r"\b(?:Corp|Inc|Ltd|Pte|Co|Plc|LLC)$", name):
        return False
    if not strict:
        return True
    return not any(name in org or org in name for org in org_names if len(org) > 3)


class _OrgLookup:
    """One article's organization mentions, indexed once: what a name asks of them (overlapping it,
    starting at a position, the nearest one before it) is a lookup, not a scan of every mention; on a
    long text names x mentions grew with its square."""

    def __init__(self, text: str, organizations: OrganizationResult) -> None:
        self.text = text
        self.organizations = organizations
        self.by_start = {m.start: m for m in organizations.mentions}
        self.by_end = {m.end: m for m in organizations.mentions}
        self.mentions = StartIndex(organizations.mentions, lambda m: (m.start, m.end))
        self._breaks: tuple[list[int], list[int]] | None = None

    def last_break_before(self, end: int) -> int:
        """``max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))``, by bisection over positions found
        once (an rfind with no break before it read the whole text back to its start, per name)."""
        if self._breaks is None:
            self._breaks = ([m.start() for m in re.finditer(r"\. ", self.text)],
                            [m.start() for m in re.finditer(r"\n", self.text)])
        length = len(self.text)
        end = max(0, end + length) if end < 0 else min(end, length)  # rfind's reading of its end
        dots, newlines = self._breaks
        dot, newline = bisect_right(dots, end - 2) - 1, bisect_right(newlines, end - 1) - 1
        return max(dots[dot] if dot >= 0 else -1, newlines[newline] if newline >= 0 else -1)


@dataclass(frozen=True)
class _Around:
    """A name's position and the organization mentions around it, as every title cue reads them."""

    text: str
    start: int
    end: int
    organizations: OrganizationResult
    by_start: dict[int, OrgMention]
    by_end: dict[int, OrgMention]
    lookup: _OrgLookup | None = None  # find_people's, built once per article

    @property
    def orgs(self) -> _OrgLookup:
        return self.lookup or _OrgLookup(self.text, self.organizations)

    @property
    def after(self) -> str:
        return self.text[self.end : self.end + 200]

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 120) : self.start]


# A cue's reading: (title, organization); (None, None) settles that the name has no title here;
# None means the cue does not apply and the next one is tried.
_Reading = tuple[str | None, OrgMention | None] | None


def _now_title_after(at: _Around) -> _Reading:
    """ "Former CFO Name, now chief executive, said": the role the person holds now."""
    now = rf",\s+now\s+(?:the\s+|its\s+)?({TITLE_SCOPED})(?:\s+(?:of|at)\s+(?:the\s+)?)?"
    match = re.match(now, at.after)
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    return match.group(1), org or _nearest_org(at.orgs, at.start)


# "Name heads the company as its co-founder and chief executive", "Name, known as X, runs Org as
# managing director": the role after "as" (a bare "heads the group" is left to the parse: "head").
_VERB_AS_ROLE = re.compile(
    rf"(?:,[^,.;]{{1,30}},)?\s+(?:heads|leads|runs|chairs|will\s+lead|will\s+run)\s+([^,.;]{{1,40}}?)\s+as\s+"
    rf"(?:its\s+|their\s+|the\s+|a\s+|an\s+)?({TITLE_SCOPED})(?![\w-])"
)


def _verb_as_role(at: _Around) -> _Reading:
    match = _VERB_AS_ROLE.match(at.text, at.end)
    if not match:
        return None
    led = next(iter(at.orgs.mentions.starting(match.start(1), match.end(1))), None)
    return match.group(2), led or _nearest_org(at.orgs, at.start)


def _joined_as(at: _Around) -> _Reading:
    joined = re.match(r",\s+who\s+(?:joined|leads|runs|heads|founded|co-founded)\s+", at.after)
    if not joined or at.end + joined.end() not in at.by_start:
        return None
    org = at.by_start[at.end + joined.end()]
    role = re.match(
        rf"\s+as\s+(?:a\s+|an\s+|the\s+|its\s+)?({TITLE_SCOPED})", at.text[org.end : org.end + 100]
    )
    return (role.group(1), org) if role else None


def _title_of_org_after(at: _Around) -> _Reading:
    match = re.match(
        rf",\s+(?:who\s[^,.;]{{0,60}}?\bas\s+)?(?:a\s+|an\s+|the\s+)?({TITLE_SCOPED})\s+(?:of|at|for|with)\s+"
        rf"(?:the\s+)?(?:{LOWER}[\w-]*\s+){{0,2}}",
        at.after,
    )
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    title = match.group(1)
    if org is None:
        office = _CLOSED_OFFICE.match(at.text, at.end + match.start(1))
        if office and len(office.group()) > len(title):  # "Cabinet Secretary for Agriculture and Trade, said"
            return office.group(), _nearest_org(at.orgs, at.start)
        return _regional_title(at, title, at.end + match.end())
    text = at.text
    unit = re.match(rf"['’]s\s+((?:{LOWER}[\w&-]*\s+){{0,3}}{_UNIT_WORDS})\b", text[org.end : org.end + 80])
    if unit:
        title = f"{title} of the {unit.group(1)}"
    second = re.match(
        rf"\s+and\s+({TITLE})\s+of\s+(?:its|the)\s+([^,.;]{{1,60}}?)(?=\s*[,.;]|\s+(?:said|told|says))",
        text[org.end : org.end + 120],
    )
    if second:
        title = f"{title} and {second.group(1)} of the {second.group(2)}"
    return title, org


# A public office with its whole portfolio in capitals, up to the comma or stop closing the apposition (a
# comma before a capital lists more of the portfolio: "Secretary of State for Science, Innovation and ...").
_CLOSED_OFFICE = re.compile(rf"{_OFFICE_WITH_PORTFOLIO}(?=\s*[.;]|,\s+(?!{UPPER}))")
# The portfolio of a compound title's last office, up to the clause's close: "Name, Deputy Prime Minister
# and Minister" + " of Interior."
_PORTFOLIO_AFTER = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO_WORD}(?:(?:\s+(?:and|for|of)\s+|,\s+|\s+){_PORTFOLIO_WORD}){{0,5}}?"
    rf"(?=\s*[.;]|,\s+(?!{UPPER}))"
)
_ENDS_IN_OFFICE = re.compile(r"(?i)(?:minister|secretary|commissioner)$")


def _portfolio_after(text: str, end: int, title: str) -> str:
    """The title with the portfolio written right after it, where the title read right after the name
    ends in an office and stopped before its portfolio."""
    at = re.match(r",\s+(?:the\s+)?", text[end : end + 8])
    if at is None or not _ENDS_IN_OFFICE.search(title) or not text.startswith(title, end + at.end()):
        return title
    portfolio = _PORTFOLIO_AFTER.match(text, end + at.end() + len(title))
    return title + portfolio.group() if portfolio else title
_REGION_THEN_EMPLOYER = re.compile(rf"({UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\s+(?:at|of)\s+(?:the\s+)?")


def _regional_title(at: _Around, title: str, position: int) -> _Reading:
    """ "Name, head of Asia at Org": a place after the title's "of" is its scope, the employer follows."""
    region = _REGION_THEN_EMPLOYER.match(at.text, position)
    if region and default_gazetteer().is_place(region.group(1)) and region.end() in at.by_start:
        return f"{title} of {region.group(1)}", at.by_start[region.end()]
    return title, _nearest_org(at.orgs, at.start)


def _org_possessive_title_after(at: _Around) -> _Reading:
    match = re.match(r",\s+(?:a\s+|an\s+|the\s+)?", at.after)
    if not match or at.end + match.end() not in at.by_start:
        return None
    org = at.by_start[at.end + match.end()]
    text = at.text
    indefinite = re.match(r",\s+an?\s", at.after) is not None
    owner_mark = r"['’]s?\s+" if not indefinite else r"(?:['’]s?)?\s+"
    possessive = re.match(owner_mark, text[org.end : org.end + 120])
    if not possessive:
        return None
    position = org.end + possessive.end()
    if position in at.by_start:  # a named unit of the owner
        org = at.by_start[position]
        position = org.end + len(text[org.end :]) - len(text[org.end :].lstrip())
    title = re.match(TITLE, text[position : position + 80])
    return (title.group(), org) if title else None


# Whose holder is named after the place it governs: "Tasmania Premier", "Lagos State Governor".
_PUBLIC_OFFICE = re.compile(r"(?i)(?:prime\s+)?minister|premier|governor|mayor|chief\s+minister")
_PLACE_BEFORE = re.compile(rf"({UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)?)\s+$")
# An office named after its portfolio, written before it: "Energy Minister Ana Ruiz", "Trade Secretary X".
_PORTFOLIO_OFFICE = re.compile(r"(?i)minister|secretary")
_PORTFOLIO_BEFORE = re.compile(rf"(?<![\w'’.-])({UPPER}{LOWER}+)[ ]+$")
# Capitalised words before an office that are no portfolio (a sentence's first word, a time or a rank).
_NOT_PORTFOLIO = {
    "The", "A", "An", "Its", "His", "Her", "Their", "Our", "Former", "Then", "And", "But", "When", "While",
    "As", "Deputy", "Acting", "Junior", "State", "Cabinet", "Prime", "Chief", "Senior",
}


def _board_title_after(at: _Around) -> _Reading:
    """ "Name, Member of the Executive Board responsible for Finance, said": a title whose capitalised
    scope names a governing body, then its organization if "of Org" follows."""
    match = re.match(rf",\s+(?:the\s+)?({TITLE}{_BOARD_SCOPE})(?:\s+of\s+(?:the\s+)?)?", at.after)
    if not match:
        return None
    org = at.by_start.get(at.end + match.end())
    return match.group(1), org or _nearest_org(at.orgs, at.start)



def _copula_after(at: _Around) -> _Reading:
    match = _COPULA_AFTER.match(at.text, at.end)
    if not match:
        return None
    org = at.by_start.get(match.end())  # "is chief executive of Org"
    if org is None and match.group(1):
        org = at.by_start.get(match.start(1))  # "is dLocal's chief executive"
    return match.group(2), org or _nearest_org(at.orgs, at.start)


_SENTENCE_GOES_ON = (
    r"(?:said|says|told|added|noted|explained|wrote|who|which|after|before|and|but|has|had|is|was|will|would)"
    r"(?![\w-])"
)


def _title_between_commas(at: _Around) -> _Reading:
    """ "Name, chief financial officer, said" / "with Name, the chief technology officer, after": a title
    set off by commas, the sentence going on with a verb or a joining word after it (anything else after
    the second comma may be the title's own scope: "co-president, Asia Pacific", "president, strategic
    growth")."""
    match = re.match(rf",\s+(?:the\s+|its\s+)?({TITLE_SCOPED}),\s+{_SENTENCE_GOES_ON}", at.after)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


def _title_list_item(at: _Around) -> _Reading:
    """ "Participants: Name, President and CEO; Name, Chief Financial Officer": the whole item after
    the comma is the title (its scope may be capitalised: "Global Head of R&D"); a call's participant
    line "Name - Chief Executive Officer, Quarvo" too (its employer after a comma)."""
    item = re.match(rf",\s+({TITLE}[^;\n().,]{{0,40}}?)\s*(?=;|\n|$)", at.after) or re.match(
        rf"[ \t]+[-–—][ \t]+({TITLE}[^;\n().,]{{0,40}}?)[ \t]*(?:,[ \t]*([^;\n]{{0,60}}?))?[ \t]*(?=\n|$)",
        at.after,
    )
    if not item:
        return None
    item_start, item_end = at.end + item.start(1), at.end + item.end(1)
    if at.orgs.mentions.starting(item_start, item_end):
        return None  # "Name, chief executive of Org": the employer cue reads it
    title = item.group(1)
    if item.lastindex == 2 and item.group(2) and not at.orgs.mentions.starting(
        at.end + item.start(2), at.end + item.end(2)
    ):
        # "Name - Senior Director, Investor Relations": what follows the comma names no organization, so
        # it is the title's own function, not the employer
        title = f"{title}, {item.group(2)}"
    return title, _nearest_org(at.orgs, at.start)


def _title_before(at: _Around) -> _Reading:
    # on the name's own line: a title ending the line above belongs to the name above it
    # honorifics may stack between title and name: "Chairman Prof. Dr. Ana Ruiz"
    match = re.search(rf"({TITLE_SCOPED})(s?)[ \t]+(?:{_HONORIFIC}\s+){{0,2}}$", at.before)
    if not match:
        return None
    text, start = at.text, at.start
    title_start = _after_org_holding(at, start - len(at.before) + match.start(1))
    title_match = re.match(rf"{TITLE_SCOPED}(?=s?\s+(?:{_HONORIFIC}\s+){{0,2}}$)", text[title_start:start])
    if title_match is None:
        return None, None
    title = title_match.group()  # "co-CEOs Kim and Park": each one a co-CEO
    place = _PLACE_BEFORE.search(text[max(0, title_start - 40) : title_start])
    if place and _PUBLIC_OFFICE.fullmatch(title) and default_gazetteer().is_place(place.group(1)):
        return f"{place.group(1)} {title}", None
    portfolio = _PORTFOLIO_BEFORE.search(text[max(0, title_start - 30) : title_start])
    office = portfolio and _PORTFOLIO_OFFICE.fullmatch(title) and portfolio.group(1) not in _NOT_PORTFOLIO
    if office and at.by_end.get(title_start - 1) is None:  # "Quarvo Energy Minister" would be an org's word
        return f"{portfolio.group(1)} {title}", None
    prefix = text[max(0, title_start - 4) : title_start]
    owner = prefix.rstrip().removesuffix("'s").removesuffix("’s").rstrip()
    owner_end = title_start - len(prefix) + len(owner)
    org = at.by_end.get(owner_end)
    return title, org or _nearest_org(at.orgs, title_start)


def _after_org_holding(at: _Around, title_start: int) -> int:
    """ "Alibaba Group Chief ...": "Group" belongs to the org, the title starts after it. Only mentions
    overlapping the title's stretch can hold its start while it stays before the name; if a mention
    reaching past the name moves it beyond, every mention is read in turn (as all of them always were)."""
    moved = title_start
    for mention in at.orgs.mentions.overlapping(title_start, at.start):
        if mention.start < moved < mention.end:
            moved = _start_after(at, mention)
            if moved > at.start:
                break
    else:
        return moved
    moved = title_start
    for mention in at.organizations.mentions:
        if mention.start < moved < mention.end:
            moved = _start_after(at, mention)
    return moved


def _start_after(at: _Around, mention: OrgMention) -> int:
    gap = at.text[mention.end : at.start]
    return mention.end + len(gap) - len(gap.lstrip())


def _shared_plural_title(at: _Around) -> _Reading:
    """ "co-CEOs Kim Min-jun and Lee Seo-yeon": the second name shares the plural title."""
    match = re.search(rf"(?<![\w-])({TITLE})s\s+{_NAME},?\s+and\s+$", at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


def _title_is_name(at: _Around) -> _Reading:
    """ "Its chief executive is Name", "The new chairman will be Name"."""
    stated = (
        rf"(?:[Ii]ts|[Tt]he|[Tt]heir|{_OWNER})\s+(?:new\s+)?({TITLE_SCOPED})\s+(?:is|remains|will\s+be)\s+$"
    )
    match = re.search(stated, at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


# "Org named Name chairman", "the board appointed Name as chief operating officer of Org"
_APPOINTED_BEFORE = re.compile(r"(?<![\w-])(?:named|appointed|elected|promoted|made|hired|tapped)\s+$")
_APPOINTED_ROLE = re.compile(
    rf"\s+(?:as\s+)?(?:its\s+|the\s+|their\s+)?(?:new\s+)?({TITLE_SCOPED})(?![\w-])(?:\s+(?:of|at)\s+(?:the\s+)?)?"
)


def _appointed(at: _Around) -> _Reading:
    if not _APPOINTED_BEFORE.search(at.before):
        return None
    role = _APPOINTED_ROLE.match(at.text, at.end)
    if not role:
        return None
    org = at.by_start.get(role.end())
    return role.group(1), org or _nearest_org(at.orgs, at.start)


def _descriptor_title_after(at: _Around) -> _Reading:
    """ "Name, the bank's chief financial officer": the organization in context, named by a common noun."""
    match = re.match(rf",\s+(?:the|its)\s+{LOWER}+['’]s\s+({TITLE_SCOPED})(?![\w-])", at.after)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start)


def _possessive_title_comma_before(at: _Around) -> _Reading:
    match = re.search(rf"['’]s\s+({TITLE_SCOPED}),\s+$", at.before)
    if not match:
        return None
    org = at.by_end.get(at.start - len(at.before) + match.start())
    return (match.group(1), org) if org else None


def _determined_title_comma_before(at: _Around) -> _Reading:
    """ "The chief financial officer, Ana Ruiz, told analysts", "The bank's chief executive, Ana Ruiz, said":
    the title at the company in the story."""
    match = re.search(
        rf"(?<![\w-])(?:[Tt]he(?:\s+{LOWER}+['’]s)?|[Ii]ts)\s+(?:new\s+)?({TITLE_SCOPED}),\s+$", at.before
    )
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start - len(at.before) + match.start())


def _new_title_before(at: _Around) -> _Reading:
    match = re.search(rf"\bnew\s+({TITLE})\s*[:,]?\s+$", at.before)
    if not match:
        return None
    return match.group(1), _nearest_org(at.orgs, at.start, roll_up=False)


def _closed_title_after(at: _Around) -> _Reading:
    reading = closed_title_after(_FORMS, at.text, at.end, at.by_start)
    return None if reading is None else (reading[0], reading[1] or _nearest_org(at.orgs, at.start))


def _title_with_org_before(at: _Around) -> _Reading:
    reading = title_with_org_before(_FORMS, at.text, at.start, at.by_end)
    return None if reading is None else (reading[0], reading[1] or _nearest_org(at.orgs, at.start))


def _role_in_who_clause(at: _Around) -> _Reading:
    role = role_in_who_clause(_FORMS, at.text, at.end)
    return None if role is None else (role, _nearest_org(at.orgs, at.start))


def _founded_organization(at: _Around) -> _Reading:
    return founded_organization(at.text, at.end, at.by_start)


def _title_before_wrapped(at: _Around) -> _Reading:
    """ "... according to chief\nfinancial officer Name": the title before the name across a line
    that the text's width broke (people_titles.unwrapped_before)."""
    unwrapped = unwrapped_before(at.text, at.start)
    return None if unwrapped is None else _title_before(replace(at, text=unwrapped))


def _founding_clause(at: _Around) -> _Reading:
    founded = founder_before(at.text, at.start, at.end)  # people_roles.py
    if founded is None:
        return None
    org = at.by_end.get(founded_org_end(at.text, founded[1]))
    return founded[0], org or _nearest_org(at.orgs, at.start)


def _title_with_department(at: _Around) -> _Reading:
    """ "Name, Senior Director, Investor Relations": an office and its department (people_roles.py)."""
    office = re.match(rf",\s+({TITLE})(?=,)", at.after)
    titled = office and department_after(at.text, at.end, office.group(1))
    return (titled, _nearest_org(at.orgs, at.start)) if titled else None


def _line_role(at: _Around) -> _Reading:
    role = line_role(at.text, at.start, at.end)  # people_roles.py
    if role is None:
        return None
    firm = role[1] and at.by_start.get(role[1][0])
    if role[1] and firm is None and at.text.find(role[0], at.end, role[1][0]) >= 0:
        # "Name - Executive Vice President, Products and Solutions": after the role, what is no
        # organization is the role's function
        return f"{role[0]}, {at.text[role[1][0] : role[1][1]]}", _nearest_org(at.orgs, at.start)
    return role[0], firm or _nearest_org(at.orgs, at.start)


def _chaired_by(at: _Around) -> _Reading:
    title = chair_title(at.text, at.start, at.end)
    return None if title is None else (title, _nearest_org(at.orgs, at.start))


def _signed_office(at: _Around) -> _Reading:
    office = signature_title(at.text, at.start, at.end)
    return None if office is None else (office, _nearest_org(at.orgs, at.start))


@dataclass(frozen=True)
class TitleCue:
    name: str
    example: str  # tested in tests/unit/test_people.py, one test per cue
    read: Callable[[_Around], _Reading]


# The word-pattern cues, tried in this order around each mention of a name; the first that reads a
# title decides. The dependency parse (titles.py) reads the forms these miss.
TITLE_CUES: tuple[TitleCue, ...] = (
    TitleCue("signature block", "Kindly take the same on record.\n\nAna Ruiz\nCompany Secretary\n",
             _signed_office),
    TitleCue("chaired by", "the board chaired by Mr Teto Nyali approved it", _chaired_by),
    TitleCue("participant or contact line", "Contact: Ana Ruiz, CFO, +46 8 555 01 00\n", _line_role),
    TitleCue("title with department", "Ana Ruiz, Senior Director, Investor Relations, said",
             _title_with_department),
    TitleCue("now title after", "Former CFO Ada Berg, now chief executive, said", _now_title_after),
    TitleCue("verb as role", "Ada Okafor heads the company as its co-founder and chief executive",
             _verb_as_role),
    TitleCue("joined as", "Dana Osei, who joined Five Rivers Capital as managing director, said", _joined_as),
    TitleCue("board title after", "Eva Lind, Member of the Executive Board responsible for Finance, said",
             _board_title_after),
    TitleCue("copula after", "Lena Moro, who co-founded Kestrel Foods and is its chief executive",
             _copula_after),
    TitleCue("list item", "Participants: Aiko Tanabe, President and CEO; Ren Mori, CFO",
             _title_list_item),
    TitleCue("title of org after", "Mei Chen, chairman of the Bank of Ningxia, said", _title_of_org_after),
    TitleCue("org's title after", "Robin Li, Baidu's chairman and chief executive officer, spoke",
             _org_possessive_title_after),
    TitleCue("descriptor's title after", "Björn Åkesson, the bank's chief financial officer, said",
             _descriptor_title_after),
    TitleCue("appointed", "Kestrel Bank's board named François Martin chairman", _appointed),
    TitleCue("title between commas", "Ravi Menon, chief financial officer, said", _title_between_commas),
    TitleCue("closed title after", "Speakers: Ada Lund, CEO, and Ravi Menon, Chief Financial Officer.",
             _closed_title_after),
    TitleCue("role in a who clause", "Co-founder Ravi Menon, who returned as chief executive in March, said",
             _role_in_who_clause),
    # before "title before": a founding clause's "former Org executive Name" is a past office; after the
    # cues that read a current office said after the name ("founded by Name, who is its CEO")
    TitleCue("founding clause", "Kestrel, founded by former Ardent Bank executive Ana Ruiz, grew",
             _founding_clause),
    TitleCue("title before", "Tencent CEO Pony Ma spoke", _title_before),
    TitleCue("title before, wrapped",
             "Hydropower is the backbone of the group, said chief\nexecutive Ravi Menon.",
             _title_before_wrapped),
    TitleCue("title is name", "Its chief executive is Tomás Ferreira, who joined in 2020", _title_is_name),
    TitleCue("shared plural title", "led by co-CEOs Kim Min-jun and Lee Seo-yeon", _shared_plural_title),
    TitleCue("org's title, before", "Selva Group's group managing director, Aziz Rahman, said",
             _possessive_title_comma_before),
    TitleCue("the title, before", "The chief financial officer, Ana de Lumbria, told analysts",
             _determined_title_comma_before),
    TitleCue("title of org before", "The chief executive of Kestrel Foods, Ravi Menon, said so.",
             _title_with_org_before),
    TitleCue("founded the organization", "Ravi Menon co-founded Kestrel Foods, the online grocer, in 2012.",
             _founded_organization),
    TitleCue("new title before", "Lumen Robotics gets a new president: Zhang Pingan", _new_title_before),
)


def _title_and_org(lookup: _OrgLookup, start: int, end: int) -> tuple[str | None, OrgMention | None]:
    """The title and organization the first matching cue of ``TITLE_CUES`` reads around a name; a past
    role ("CEO Name, a former head of logistics at Org") only where no later cue reads a current one."""
    around = _Around(
        lookup.text, start, end, lookup.organizations, lookup.by_start, lookup.by_end, lookup=lookup
    )
    past: _Reading = None
    for cue in TITLE_CUES:
        reading = cue.read(around)
        if reading is not None and reading[0] is not None and _PAST_TITLE.match(reading[0]):
            past = past or reading
        elif reading is not None:
            return reading if past is None or reading[0] is not None else past
    return past or (None, None)


def _nearest_org(lookup: _OrgLookup, position: int, roll_up: bool = True) -> OrgMention | None:
    """The closest earlier organization mention within the last few sentences, at the top of its family."""
    organizations = lookup.organizations
    window_start = position
    for _ in range(3):
        window_start = max(lookup.last_break_before(window_start - 1), 0)
        if window_start == 0:
            break
    chosen = lookup.mentions.last_within(
        window_start, position, lambda m: organizations.by_key[m.key].kind not in ("media", "government"))
    if chosen is None:
        return None
    if not roll_up:
        return chosen
    root = organizations.root_key(chosen.key)
    if root != chosen.key:
        fact = organizations.by_key[root]
        return OrgMention(key=root, name=fact.name, text=chosen.text, start=chosen.start, end=chosen.end)
    return chosen


def _attach_short_mentions(
    text: str,
    people: dict[str, _Person],
    ner_spans: Sequence[NerSpan],
    in_chrome: StartIndex[tuple[int, int]],
    authors: set[str],
) -> None:
    """ "Ma", "Mr Zhang", "Professor Suresh" after a full name are that person."""
    if not people:
        return
    by_token: dict[str, list[_Person]] = {}
    for person in people.values():
        for token in person.name.split():
            by_token.setdefault(token, []).append(person)
    # Kept as mentions are added, instead of listing every mention of everyone per candidate.
    taken = {position for p in people.values() for s, e in p.mentions for position in range(s, e)}
    starts = {id(p): sorted(s for s, _ in p.mentions) for p in people.values()}
    candidates = [(s, e) for s, e, label in ner_spans if label == "PERSON"]
    candidates += [(m.start(1), m.end(1)) for m in re.finditer(rf"{_HONORIFIC}\s+({_NAME_TOKEN})\b", text)]
    candidates += [
        (m.start(1), m.end(1))
        for m in re.finditer(
            rf"(?:^|[.\n]|\s)({_NAME_TOKEN})\s+(?:said|says|"  # [.\n]\s* rescanned blank-line runs
            r"told|added|noted|replaces|replaced)\b",
            text,
        )
    ]
    # "Klaba, who remains chairman": a relative clause hangs on a name only
    candidates += [(m.start(1), m.end(1)) for m in re.finditer(rf"(?<![\w-])({_NAME_TOKEN}),\s+who\b", text)]
    for start, end in candidates:
        token = re.sub(rf"^{_HONORIFIC}\s+", "", text[start:end]).strip()
        token_start = end - len(token)
        if " " in token or token not in by_token or in_chrome.overlaps(start, end) or token in authors:
            continue
        if token_start in taken:
            continue  # part of a full-name mention already counted
        earlier = [p for p in by_token[token] if p.mentions and p.mentions[0][0] < start]
        if earlier:
            # the one mentioned last before this: its latest start before it, found by bisection
            person = max(earlier, key=lambda p: starts[id(p)][bisect_left(starts[id(p)], start) - 1])
            person.mentions.append((token_start, end))
            taken.update(range(token_start, end))
            insort(starts[id(person)], token_start)
