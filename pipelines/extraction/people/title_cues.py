"""The table of title cues (``TITLE_CUES``), tried in order around each mention of a name.

Decides the order in which the cues are tried: the first that reads a title wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.extraction.model import OrgMention
from pipelines.extraction.people.around import _Around, _OrgLookup, _Reading
from pipelines.extraction.people.cues_after_name import (
    _analyst_of_a_field_after,
    _board_title_after,
    _copula_after,
    _joined_as,
    _now_title_after,
    _org_possessive_title_after,
    _title_between_commas,
    _title_of_org_after,
    _verb_as_role,
)
from pipelines.extraction.people.cues_before_name import (
    _determined_title_comma_before,
    _new_title_before,
    _possessive_title_comma_before,
    _shared_plural_title,
    _title_before,
    _title_before_wrapped,
    _title_with_org_before,
)
from pipelines.extraction.people.cues_in_clauses import (
    _appointed,
    _chaired_by,
    _closed_title_after,
    _descriptor_title_after,
    _founded_organization,
    _founding_clause,
    _line_role,
    _role_in_who_clause,
    _signed_office,
    _title_is_name,
    _title_list_item,
    _title_with_department,
    _title_with_functions,
)

_PAST_TITLE = re.compile(r"(?i)(?:former|ex-|outgoing)\b")
# A founder named as such ("The founder, Ana Ruiz, remains executive chairman", "Chief executive Ana Ruiz,
# Velorix's founder, said"): an office stated next to it is what the person holds now.
_FOUNDER_ONLY = re.compile(r"(?i)(?:the\s+|its\s+)?(?:co-?)?founder")


@dataclass(frozen=True)
class TitleCue:
    name: str
    example: str  # tested in tests/unit/test_people.py, one test per cue
    read: Callable[[_Around], _Reading]
    # the cue reads a founding verb ("founded by Name"): its "founder" is what the clause says of the name,
    # kept over an office a later cue reads ("founded by former Org chief executive Name")
    founding_verb: bool = False


# The word-pattern cues, tried in this order around each mention of a name; the first that reads a
# title decides. The dependency parse (titles.py) reads the forms these miss.
TITLE_CUES: tuple[TitleCue, ...] = (
    TitleCue("signature block", "Kindly take the same on record.\n\nAna Ruiz\nCompany Secretary\n",
             _signed_office),
    TitleCue("chaired by", "the board chaired by Mr Teto Nyali approved it", _chaired_by),
    TitleCue("participant or contact line", "Contact: Ana Ruiz, CFO, +46 8 555 01 00\n", _line_role),
    TitleCue("title with department", "Ana Ruiz, Senior Director, Investor Relations, said",
             _title_with_department),
    TitleCue("title with functions", "Ana Ruiz, Managing Director, Real Assets Europe at Quandra Bank, said",
             _title_with_functions),
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
    TitleCue("analyst of a field after", "Ana Ruiz, a retail analyst at Quarvo Securities, said",
             _analyst_of_a_field_after),
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
             _founding_clause, founding_verb=True),
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
             _founded_organization, founding_verb=True),
    TitleCue("new title before", "Lumen Robotics gets a new president: Zhang Pingan", _new_title_before),
)


def _title_and_org(lookup: _OrgLookup, start: int, end: int) -> tuple[str | None, OrgMention | None]:
    """The title and organization the first matching cue of ``TITLE_CUES`` reads around a name; a past
    role ("CEO Name, a former head of logistics at Org") or a bare "founder" only where no later cue reads
    a current office."""
    around = _Around(
        lookup.text, start, end, lookup.organizations, lookup.by_start, lookup.by_end, lookup=lookup
    )
    past: _Reading = None
    founder: _Reading = None
    for cue in TITLE_CUES:
        reading = cue.read(around)
        if reading is None:
            continue
        if reading[0] is not None and _PAST_TITLE.match(reading[0]):
            past = past or reading
        elif reading[0] is not None and not cue.founding_verb and _FOUNDER_ONLY.fullmatch(reading[0]):
            founder = founder or reading
        else:
            kept = founder or past
            return reading if kept is None or reading[0] is not None else kept
    return founder or past or (None, None)
