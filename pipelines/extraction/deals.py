"""Deals: partnerships, MoUs, joint ventures, investments, acquisitions, contracts, funding rounds.

Each sentence is rewritten with its organization mentions replaced by slots (``⟨3⟩``) and
subject pronouns ("it") replaced by the organization the text is about, so trigger patterns
read like "⟨0⟩ will invest $200 million in ⟨1⟩" and stay short. Organizations inside
appositions ("Ant Financial, the payments affiliate of Alibaba Group, ...") are context,
never parties. The same deal told twice (headline and body) is merged into one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pipelines.extraction.deal_anaphora import (
    buyer_for_bought_anaphor,
    buyer_for_self_antecedent,
    descriptors_as_words,
    subject_of_adverbial_deal,
    within_its_clause,
)
from pipelines.extraction.deal_dates import header_date, latest_weekday, lead_of, news_day, reported_as_news
from pipelines.extraction.deal_syntax import (
    DEAL_VERBS,
    PHRASAL_FRAMES,
    apposition_end,
    deals_with_words,
    inside_apposition_with,
)
from pipelines.extraction.deal_threads import PendingDeal, find_opening, follow_up_parties, follow_up_type
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.entities.vocabulary import ORG_NOUNS
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.memo import remembered_for_short_texts
from pipelines.extraction.metrics.issuer import document_issuer
from pipelines.extraction.model import DealFact, DealParticipant, Evidence, OrganizationFact, OrgMention
from pipelines.extraction.quantities import find_quantities
from pipelines.extraction.sentences import Sentence
from pipelines.extraction.span_index import Coverage, StartIndex
from pipelines.extraction.syntax import ParsedSentence, Syntax
from pipelines.letters import LETTER, LOWER, UPPER, UPPER_CHARS

_SLOT = r"⟨(\d+)⟩"
_GAP = r"(?:(?:[^⟨⟩.;]|\.(?=\d)){0,60}?)"  # a few words, never another organization
_LEAD = r"(?:(?:[\w.&’'-]+\s+){0,5}?)"  # descriptor words before a name: "U.S. money-transfer company"
# Words allowed between a trigger and its object: descriptors, never a new clause ("a stake in the bidding
# vehicle, with B holding the rest": B is no investee).
_OBJECT_LEAD = (
    r"(?:(?!(?:and|to|that|which|who|while|but|on|at|after|before|as|said|says|will|would|was|is|are|were|"
    r"from|by|its|their|stake|stakes|with)\b)[\w.&’'$-]+,?\s+){0,6}"
)


@dataclass(frozen=True)
class Trigger:
    deal_type: str
    pattern: re.Pattern[str]
    form: str  # "with": subject + the organization after "with"; "object": subject + the one after;
    #             "group": the coordinated subjects ("A and B agreed ..."); "passive": target by acquirer;
    #             "roles": the pattern names its slots: (?P<a>) first role, (?P<b>) second, (?P<s>) seller;
    #             "agents": every organization after the trigger ("was signed by A, B and C")
    roles: tuple[str, str] | None = None  # overrides the deal type's usual roles


# The nouns a raise names its round by, one per line with its example: "A raised $X in <form> led by B".
ROUND_FORMS: tuple[tuple[str, str], ...] = (
    (r"funding", "Velorix Systems raised $40 million in funding led by Quandra Capital."),
    (r"financing", "Velorix Systems raised $40 million in new financing led by Quandra Capital."),
    (r"investment", "Velorix Systems secured a $40 million investment led by Quandra Capital."),
    (r"round", "Velorix Systems closed a $40 million round led by Quandra Capital."),
    (r"series\s+[a-f]", "Velorix Systems raised $40 million in a Series B led by Quandra Capital."),
    # a raise told by its form rather than a round: new shares sold to named investors
    (r"(?:new\s+)?equity", "Velorix Systems raised $40 million in new equity led by Quandra Capital."),
    (r"capital\s+increase", "Velorix Systems raised $40 million in a capital increase led by Quandra."),
    (r"(?:private\s+)?placement", "Velorix Systems raised $4 million in a placement led by Quandra."),
    (r"rights\s+issue", "Velorix Systems raised $40 million in a rights issue led by Quandra Capital."),
)


def _t(deal_type: str, form: str, pattern: str, roles: tuple[str, str] | None = None) -> Trigger:
    return Trigger(deal_type, re.compile(pattern, re.IGNORECASE), form, roles)


_S = r"⟨\d+⟩"
# an apposition describing a name before its relative clause: "B, the Oslo lender [in which ...]"
# (the description may itself be read as the name: "the Oslo lender" standing for B)
# (the description may itself be read as the name: "the Oslo lender" standing for B; never naming another:
# "B, a unit of C in which A holds 20%" may be C's stake)
_DESCRIBED_BY = r"(?:(?:the|an?)\s+[^⟨⟩,;.]{1,60}?\s+|⟨\d+⟩(?:\s+[^⟨⟩,;.]{1,60}?)?\s+)?"
# A share bought, told by its figure ("acquired 51% of B", "the acquisition of 60% of the share capital of B")
_PERCENT = r"\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)"
_MAJORITY = r"(?:[5-9]\d(?:\.\d+)?|100)\s?(?:%|per\s?cent)"
_BUYS_SHARE = (
    r"\b(?:take|takes|taking|took|taken|acquired|acquires|acquire|acquiring|buy|buys|bought|buying|purchased|"
    r"purchases|purchase|purchasing|(?:acquisition|purchase)\s+of)\s+(?:(?:an?|its|their|the)\s+)?"
)
# ... the noun after the figure: "a 60% interest in", "51% of", "60% of the issued share capital of"
_SHARE_OF = (
    r"\s+(?:(?:equity\s+)?(?:interest|holding|shareholding|stake)\s+in|of(?:\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shares|share\s+capital|equity|stock|capital)\s+(?:of|in))?)\s+"
)
_STAKE_IN = r"(?:stake|interest|holding|shareholding)\s+in\s+"
# more names coordinated after one, each with its acronym: "A (AC) and B", "A, B and C"
_MORE_NAMED = r"(?:\s*\([^()]{0,30}\))?(?:(?:\s*,\s*|,?\s+and\s+)(?:[\w-]+\s+)?⟨\d+⟩(?:\s*\([^()]{0,30}\))?)*"
_ACQUIRED = r"(?:acquired|bought|purchased|absorbed|took\s+over)"
# a sale's date or price between the verb (or its object) and the seller: "bought in April for $38 million
# from C"
_WHEN_OR_PRICE = (
    r"(?:\s+(?:in|on)\s+(?:(?:early|late|mid)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?:\d{4}|[A-Z][a-z]+)\b"
    r"|\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?![\d,])"  # "on October 14", no year
    r"|\s+for\s+(?:about\s+|around\s+|some\s+)?[^\s⟨⟩]{0,6}\s?\d(?:[^⟨⟩,;.]|\.(?=\d)){0,24}?"
    r"\b(?:million|billion|crore|lakh|bn|mn|m)\b)"
)
# "the maker it took full control of in 2021": control taken, the object before the verb
_TOOK_CONTROL_OF = (
    r"(?:took|gained|acquired)\s+(?:full\s+|majority\s+|a\s+controlling\s+)?(?:control|ownership)\s+of"
)
# what one side of a supply or service contract does for the other ("will supply B", "is to deliver ... to B")
_SERVES = r"(?:supply|provide|deliver|ship|sell|distribute|build|install|host|run|operate|maintain)"
# The work one side awards another ("a contract", "a road package", "a 30-year concession")
_AWARDED_WORK = r"(?:contract|order|deal|package|concession|tender|project)s?\b"
# A client choosing its contractor ("selected", "tapped") and what it chose it for: work ("to build"), a
# supplier's role ("as its cloud provider"; "as its technology partner" is a partnership) or the agreement it
# signed ("under a ten-year agreement")
_SELECTS = (
    r"(?:selected|selects|select|chose|chooses|chosen|picked|picks|tapped|taps|hired|hires|engaged|engages|"
    r"commissioned|commissions|contracted|contracts)"
)
_CHOSEN_FOR = (
    r"(?:[^⟨⟩,;.]{0,40}?\s+)?(?:to\s+(?:help\s+)?(?:build|supply|provide|deliver|develop|design|install|operate|run|"
    r"manage|host|construct|upgrade|replace|move|migrate|modernise|modernize|implement|deploy|power|handle|"
    r"serve|equip|maintain)\b|as\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:supplier|provider|"
    r"contractor|vendor|operator|developer|builder|integrator|manufacturer|carrier|processor)s?\b|"
    r"under\s+an?\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)\b)"
)
# Deals whose grammar says who is who: relative, nominal and passive forms. Each has its example
# (tests/unit/test_deals.py::ROLE_EXAMPLES) and is tried before the positional triggers below.
ROLE_TRIGGERS: tuple[Trigger, ...] = (
    # "Lumen Data, which Orion Group acquired for $1.5 billion last year," / "which Orion Group bought from
    # Kestrel Systems in 2009" (its seller named after "from", perhaps described: "from the buyout firm B");
    # a place may follow the name: "Lumen Data in Lyon, which Orion Group bought in 2020,"
    _t("acquisition", "roles",
       rf"(?P<b>{_S})\.?(?:\s+in\s+{UPPER}[\w-]*)?,\s+which\s+(?P<a>{_S})\s+(?:had\s+|has\s+)?{_ACQUIRED}\b"
       rf"(?:(?:{_WHEN_OR_PRICE}){{0,2}}\s+from\s+(?:the\s+)?(?:{LOWER}[\w-]*\s+){{0,3}}?(?P<s>{_S}))?"),
    # "Lumen Data, which was acquired by Orion Group in 2020," / "Lumen Data, acquired by Orion Group," /
    # "Lumen Data, the analytics maker acquired by Orion Group in 2020," (the descriptor may itself be read as
    # an alias, words of its own after it: "⟨0⟩, ⟨1⟩ acquired by ⟨2⟩", "Lumen Data, the company that designs
    # tools acquired by Orion Group in 2023" read as "⟨0⟩, ⟨1⟩ that designs tools acquired by ⟨2⟩")
    _t(
        "acquisition",
        "roles",
        rf"(?P<b>{_S}),\s+(?:(?:the|a|an)\s+[^⟨⟩,;.]{{0,60}}?\s+|{_S}(?:\s+[^⟨⟩,;.]{{1,60}}?)?\s+)?"
        rf"(?:which\s+(?:was|has\s+been|had\s+been)\s+|"
        rf"that\s+was\s+)?(?:acquired|bought|purchased|taken\s+over)\s+by\s+(?P<a>{_S})",
    ),
    # "Lumen Data, the analytics maker it bought in 2011," (the pronoun is masked to its organization;
    # the descriptor may itself be read as an alias: "the analytics maker")
    _t(
        "acquisition",
        "roles",
        rf"(?P<b>{_S}),\s+(?:(?:the|a|an)\s+[^⟨⟩,;.]{{0,60}}?|{_S})\s+(?:that\s+|which\s+)?(?P<a>{_S})\s+"
        rf"(?:had\s+|has\s+)?(?:{_ACQUIRED}|{_TOOK_CONTROL_OF})\s+(?:in|for|last|earlier|at|on|during)\b",
    ),
    # "an agreement under which Orion Group will supply binders to Kestrel Cells": the side that serves and
    # the side served are the contract's parties, whoever announced or approved it (GOLD_SCHEMA: supply is a
    # contract)
    _t(
        "contract",
        "roles",
        rf"\b(?:agreement|contract|deal)s?\s+(?:under\s+which|whereby)\s+(?:the\s+)?(?P<a>{_S})\s+"
        rf"(?:will|would|is\s+to|shall|agreed\s+to)\s+(?:also\s+)?{_SERVES}\s+(?:[^⟨⟩;.]|\.(?=\d)){{0,80}}?"
        rf"\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?P<b>{_S})(?!['’]s)",
        ("partner", "partner"),
    ),
    # "Kestrel LNG, the joint venture Orion Energy operates with Harbor Oil," (the venture is no party)
    _t(
        "joint_venture",
        "roles",
        rf"\bjoint\s+venture\s+(?:that\s+|which\s+)?(?P<a>{_S})\s+(?:operates|runs|owns|co-owns|formed|set\s+up|"
        rf"created|established)\s+(?:jointly\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group has signed a five-year contract to supply wireless services to Kestrel Council": the side
    # that serves signed the contract with the side served
    _t(
        "contract",
        "roles",
        rf"(?P<a>{_S})\s+(?:had\s+|has\s+|have\s+)?(?:signed|won|secured|agreed|entered\s+into|been\s+awarded)\s+"
        rf"an?\s+(?:[\w-]+\s+){{0,3}}?(?:contract|agreement|deal)\s+to\s+{_SERVES}\s+(?:[^⟨⟩;.]|\.(?=\d)){{0,80}}?"
        rf"\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<b>{_S})(?!['’]s)",
        ("partner", "partner"),
    ),
    # "Orion Group, which acquired Germany's Lumen Data in 2020," (the buyer first, its purchase in a
    # relative clause: "Bangkok Bank, which acquired Indonesia's Bank Permata in 2020")
    _t(
        "acquisition",
        "roles",
        rf"(?P<a>{_S}),\s+which\s+(?:had\s+|has\s+|also\s+|later\s+)?{_ACQUIRED}\s+"
        rf"(?:the\s+|{UPPER}[\w-]*['’]s\s+)?(?P<b>{_S})(?!['’]s)",
    ),
    # "a $700 million debt facility that Lumen Pay secured from Orion Bank in February": money the relative
    # clause's subject raised from the lender or investor after "from"
    _t(
        "funding",
        "roles",
        r"\b(?:facilit(?:y|ies)|loans?|financing|funding|investment|round)\s+(?:that|which)\s+"
        rf"(?P<b>{_S})\s+(?:had\s+|has\s+)?(?:secured|raised|obtained|received|closed|took)\s+from\s+"
        rf"(?:the\s+)?(?P<a>{_S})",
    ),
    # "Orion Group, which invested $100 million in Lumen Bank in 2015," / "which first backed Lumen Bank"
    _t(
        "investment",
        "roles",
        rf"(?P<a>{_S}),\s+which\s+(?:(?:first|also|had|has|later|previously)\s+)*(?:invested\s+"
        rf"(?:[^⟨⟩;,.]|[.,](?=\d)){{0,40}}?\bin(?:to)?\s+|backed\s+)(?:the\s+)?(?P<b>{_S})",
    ),
    # "Lumen Bank, in which Orion Group had bought a 9.9% stake," / "Lumen Bank, the Oslo lender in which
    # Orion Group bought a 9.9% stake" (the name described first)
    _t(
        "investment",
        "roles",
        rf"(?P<b>{_S}),\s+{_DESCRIBED_BY}in\s+which\s+(?P<a>{_S})\s+(?:had\s+|has\s+|have\s+)?(?:bought|acquired|"
        r"took|taken|built|holds|held)\s+an?\s+(?:[\w%.,$-]+\s+){0,3}?stake\b",
    ),
    # ... more than half of it: "Lumen Data, the Lyon maker in which Orion Group acquired a 51% stake"
    _t(
        "acquisition",
        "roles",
        rf"(?P<b>{_S}),\s+{_DESCRIBED_BY}in\s+which\s+(?P<a>{_S})\s+(?:had\s+|has\s+|have\s+)?(?:bought|acquired|"
        rf"took|taken)\s+an?\s+{_MAJORITY}\s+stake\b",
    ),
    # "Orion Group purchased a 51% interest in the mine from Kestrel Holdings": a share of an asset bought
    # from its owner (a stake in a named organization is read by the stake triggers below)
    _t(
        "acquisition",
        "roles",
        rf"(?P<a>{_S})\s+(?:has\s+|had\s+)?(?:bought|purchased|acquired)\s+(?:an?|its|the)\s+"
        rf"(?:[\w%.,$-]+\s+){{0,3}}?(?:stake|interest|holding)\s+in\s+(?!⟨)[^⟨⟩;]{{0,40}}?\bfrom\s+"
        rf"(?:the\s+)?(?P<s>{_S})",
    ),
    # "Orion Group paid Kestrel Holdings $690 million for half of its interest in the mine": bought from
    # the payee
    _t(
        "acquisition",
        "roles",
        rf"(?P<a>{_S})\s+(?:has\s+|had\s+|will\s+|agreed\s+to\s+)?(?:paid|pays|pay)\s+(?P<s>{_S})\s+"
        r"(?:[^⟨⟩;.]|\.(?=\d)){0,60}?\bfor\s+(?:(?:half|part|all|some|most)\s+of\s+)?(?:its|their|an?)\s+"
        r"(?:[\w%.,-]+\s+){0,3}?(?:stake|interest|holding|shares|business|unit|assets)\b",
    ),
    # "The acquisition of Lumen Data by Orion Group, completed in March," / "by A, B and C" / "the purchase
    # of the analytics maker Lumen Data and Kestrel Labs (KL) by Orion Group" / "of B, a start-up, by A"
    _t(
        "acquisition",
        "roles",
        rf"\b(?:acquisition|purchase|takeover)\s+of\s+(?:the\s+)?(?:{LOWER}[\w-]*\s+){{0,3}}?(?P<b>{_S})"
        rf"(?P<more>{_MORE_NAMED})(?:,\s+(?:an?|the)\s+[^⟨⟩;]{{0,100}}?,)?\s+by\s+(?P<a>{_S})",
    ),
    # "the acquisition of a 60% (equity) interest in Lumen Data by Orion Group": a stake bought, told as a
    # noun with its buyer after "by"; control (more than half, "a controlling stake") is an acquisition,
    # less an investment
    _t(
        "acquisition",
        "roles",
        rf"\b(?:acquisition|purchase)\s+of\s+(?:an?\s+|the\s+)?(?:{_MAJORITY}|controlling|majority)\s+"
        rf"(?:equity\s+)?{_STAKE_IN}(?:the\s+)?(?P<b>{_S})\s+by\s+(?P<a>{_S})",
    ),
    _t(
        "investment",
        "roles",
        rf"\b(?:acquisition|purchase)\s+of\s+(?:an?\s+|the\s+)?(?:(?!{_MAJORITY}){_PERCENT}|minority)\s+"
        rf"(?:equity\s+)?{_STAKE_IN}(?:the\s+)?(?P<b>{_S})\s+by\s+(?P<a>{_S})",
    ),
    # "Lumen Data was bought by Orion Group from Kestrel Holdings in 2017"
    _t(
        "acquisition",
        "roles",
        rf"(?P<b>{_S})\s+(?:was|were|has\s+been|had\s+been)\s+(?:acquired|bought|purchased|taken\s+over)\s+"
        rf"by\s+(?P<a>{_S})\s+from\s+(?P<s>{_S})",
    ),
    # "Orion Group's purchase of Lumen Data, completed in 2021," ("Its purchase of ..." once masked; "Orion
    # Group's $2 billion acquisition of Lumen Data")
    _t(
        "acquisition",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w$€£¥.,-]+\s+){{0,3}}?(?:purchase|acquisition|takeover)\s+of\s+(?P<b>{_S})"
        r"(?!\s+by\b)",
    ),
    # "Lumen Energy, Orion Group's joint venture with Kestrel Holdings," (the venture is no party)
    _t(
        "joint_venture",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w-]+\s+|{_S}\s+){{0,3}}?joint\s+venture\s+with\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group's partnership with Kestrel Holdings has grown"
    _t(
        "partnership",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:partnership|alliance|collaboration|tie-up|cooperation)\s+"
        rf"with\s+(?:[\w-]+\s+){{0,3}}?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group's ticketing agreement with Kestrel Tickets runs to 2032" ("extended its agreement with B"
    # once masked): the owner of an agreement signed it (a service sold makes it a contract: TYPE_REFINEMENTS)
    _t(
        "partnership",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:agreement|arrangement|pact)\s+with\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Bank's merger with Kestrel Bank took effect in January": the owner of the merger absorbs the
    # other (the schema has no merger type)
    _t(
        "acquisition",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w-]+\s+){{0,2}}?merger\s+with\s+(?P<b>{_S})(?!\s+and\b)",
    ),
    _t(
        "contract",
        "roles",
        rf"(?P<a>{_S})['’]s\s+(?:[\w-]+\s+){{0,3}}?sponsorship\s+(?:deal\s+|agreement\s+|contract\s+)?(?:of|with)\s+"
        rf"(?:the\s+)?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group also runs Lumen Bank in Kenya, a joint venture with Kestrel Holdings"
    _t(
        "joint_venture",
        "roles",
        rf"(?P<a>{_S})\s+(?:also\s+)?(?:operates|runs|owns|co-owns)\s+{_S}[^⟨⟩;]{{0,60}}?,\s+(?:a|an|its|their)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?joint\s+venture\s+with\s+(?:the\s+)?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Lumen Pay, the business banking platform Orion Group runs with Kestrel Bank,"
    _t("partnership", "roles", rf"(?P<a>{_S})\s+(?:runs|operates|co-runs|co-operates)\s+with\s+(?P<b>{_S})"),
    # "a contract signed in December with Kestrel Holdings, under which Orion Group will supply ..."
    _t(
        "contract",
        "roles",
        rf"\bcontract\b[^⟨⟩;]{{0,30}}?\bwith\s+(?P<b>{_S})[^⟨⟩;]{{0,40}}?,\s+under\s+which\s+(?P<a>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group, the cosmetics group, agreed on Wednesday to sell Lumen Technologies to German private
    # equity firm Kestrel Holdings": the seller, the business sold and its buyer
    _t(
        "acquisition",
        "roles",
        rf"(?P<s>{_S})(?:,[^;]{{0,80}}?,)?\s+(?:has\s+|have\s+)?(?:(?:agreed|agrees|plans?|planned|is\s+set)"
        rf"(?:\s+on\s+\w+)?\s+to\s+|will\s+)?(?:sell|sold|sells)\s+(?:the\s+)?(?P<b>{_S})\s+to\s+"
        rf"(?:[\w-]+\s+){{0,4}}?(?P<a>{_S})",
    ),
    # "the merger of Lumen Bank and Kestrel Bank closed in April" (the schema has no merger type)
    _t(
        "acquisition",
        "roles",
        rf"\bmerger\s+(?:of|between)\s+(?P<a>{_S})\s+(?:and|with)\s+(?P<b>{_S})",
        ("merging party", "merging party"),
    ),
    # "A 200 MW contract was awarded to Orion Group by Kestrel Holdings in February"
    _t(
        "contract",
        "roles",
        rf"\b{_AWARDED_WORK}[^⟨⟩;.]{{0,60}}?\b(?:was|were|has\s+been|had\s+been)\s+awarded\s+to\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?P<a>{_S})\s+by\s+(?:[\w-]+\s+){{0,3}}?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "The contract, which Kestrel Holdings awarded to Orion Group after a tender, ...": the awarding side is
    # the relative clause's subject
    _t(
        "contract",
        "roles",
        rf"\bwhich\s+(?:the\s+)?(?P<a>{_S})\s+(?:had\s+|has\s+)?awarded\s+(?:[^⟨⟩;.]{{0,40}}?\s+)?to\s+"
        rf"(?:the\s+)?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Lumen Pensions, the fund manager that Orion Group owns in equal parts with Kestrel Bank," / "Lumen
    # Bank, in which Orion Group holds 51 per cent alongside Kestrel Holdings,": joint owners of a venture
    _t(
        "joint_venture",
        "roles",
        rf"\b(?:that|which|in\s+which)\s+(?P<a>{_S})\s+(?:co-)?(?:owns|owned|holds|held|controls)\s+"
        r"(?:[^⟨⟩;.]|\.(?=\d)){0,40}?\b(?:in\s+equal\s+(?:parts|shares)\s+with|(?:jointly|equally|together)\s+"
        rf"with|alongside|with)\s+(?:the\s+)?(?P<b>{_S})",
        ("partner", "partner"),
    ),
    # "Orion Group took Lumen Data private in 2018"
    _t("acquisition", "roles",
       rf"(?P<a>{_S})\s+(?:took|takes|take|taking|has\s+taken|had\s+taken)\s+(?P<b>{_S})\s+private\b"),
)


# (a release's verbs for an agreement made: "concluded", "executed", "confirmed", "agreed a partnership")
_AGREEMENT_VERB = (
    r"(?:struck|strike|strikes|signed|signs|sign|reached|reach|reaches|inked|inks|sealed|seals|"
    r"entered\s+into|enters\s+into|enter\s+into|forged|forges|put\s+their\s+names\s+to|"
    r"concluded|concludes|conclude|executed|executes|finali[sz]ed|finali[sz]es|confirmed|confirms|"
    r"agreed|agrees)"
)
# Agreements to cooperate that bind no one to a deal yet: a memorandum of understanding, a letter of intent
# ("signed a letter of intent with the municipality"), a framework agreement ("a strategic cooperation
# framework agreement")
_MOU_WORDS = (
    r"(?:memorand(?:um|a)\s+of\s+understanding|MoUs?|MOU|letters?\s+of\s+intent|protocols?\s+of\s+intent(?:ions?)?|"
    r"framework\s+(?:cooperation\s+)?agreements?)"
)
TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "acquisition",
        "passive",
        # "B was bought back by A in 2020": a business its former owner buys again
        r"\b(?:was|were|is|are|be|been|being)\s+(?:acquired|bought(?:\s+back)?|purchased|absorbed|"
        r"taken\s+(?:over|private))\s+by\s+",
    ),
    # "B was merged into A in 2018": a business folded into another is bought by it (no merger type)
    _t("acquisition", "passive",
       r"\b(?:was|were|is|are|be|been|being)\s+(?:merged|absorbed|folded)\s+into\s+"),
    # participial: "B, acquired by A in 2019," / "B, acquired for $34 billion in 2019, is part of A"
    _t("acquisition", "passive", r"(?<=⟩),\s+(?:which\s+was\s+)?(?:acquired|bought|purchased)\s+by\s+"),
    _t(
        "acquisition",
        "passive",
        r"(?<=⟩),\s+(?:which\s+was\s+)?(?:acquired|bought|purchased)\b(?:[^⟨⟩.;,]|[.,](?=\d)){0,60}?,\s+"
        r"(?:is|was|became|has\s+been|is\s+now|now\s+is)\s+(?:now\s+)?(?:part|a\s+(?:unit|subsidiary|division))"
        r"\s+of\s+",
    ),
    # "B's refrigeration business was sold to A": A acquires from B
    _t("acquisition", "passive", r"\b(?:was|were|is|are|been|being)\s+sold\s+to\s+"),
    # "A agreed to sell 294 million new shares to B": B invests in A
    _t(
        "investment",
        "passive",
        r"\b(?:sell|sells|sold|selling|issue|issues|issued|issuing|allot|allots|allotted)\s+"
        r"(?:[\w$%.,-]+\s+){0,4}?(?:new|newly\s+issued|fresh|additional|preference)\s+shares\s+to\s+",
    ),
    _t(
        "acquisition",
        "object",
        # "A agreed to buy B" / "A won approval to buy B"
        r"\b(?:agreed|agrees|agree|plans?|planned|offered|offers|moved|moves|move|approval|permission|clearance|"
        rf"go-ahead|is\s+set|bid|deal|agreement)(?:\s+(?:in|on|last|this|earlier\s+this)\s+{UPPER}?\w+(?:\s+\d{{1,2}})?)?"
        r"\s+to\s+(?:buy|acquire|purchase|take\s+over)\s+",
    ),
    _t(
        "acquisition",
        "object",
        r"\b(?:acquired|acquires|acquiring|bought|buys|buying|completed\s+(?:the|its)\s+acquisition\s+of|"
        r"takeover\s+of|acquisition\s+of|purchase\s+of|(?:will|would|shall)\s+(?:acquire|buy|purchase)|"
        r"snapped\s+up|snaps\s+up|snapping\s+up)\s+",
    ),
    # "A will take over B" / "A took over rival B" (never "took over as chief executive")
    _t(
        "acquisition",
        "object",
        r"\b(?:took|takes|taking|(?:will|would|shall|to)\s+take)\s+over\s+(?=(?:(?:the|its|rival|smaller)\s+){0,2}⟨)",
    ),
    # "A agreed to sell a 30% stake in its unit X to a consortium led by B": B buys from A (as does
    # "A agreed to sell its 49% stake in its joint venture, X, to its partner B")
    _t(
        "acquisition",
        "passive",
        r"\b(?:sell|sells|sold|selling)\s+(?:an?|its|their|the|⟨\d+⟩['’]s?)\s+(?:[\w%.,-]+\s+){0,3}?stake\s+in\s+"
        r"(?:⟨\d+⟩['’]s\s+)?(?:[\w&’'-]+,?\s+){0,5}?⟨\d+⟩,?\s+to\s+(?:an?\s+(?:consortium|group)\s+"
        r"(?:led\s+by|of)\s+)?",
    ),
    _t(
        "funding",
        "funding",
        r"\b(?:raised|raises|raise|raising|secured|secures|closed|closes)\b(?:[^⟨⟩.;]|\.(?=\d)){0,60}?"
        rf"\b(?:{'|'.join(form for form, _ in ROUND_FORMS)})\b",
    ),
    # "B's $42.5 million Series A in 2022 was led by A and C": a round its investee owns, led by its investors
    _t(
        "funding",
        "roles",
        rf"(?P<b>{_S})['’]s?\s+(?:[^⟨⟩.;]|\.(?=\d)){{0,50}}?\b(?:series\s+[a-f]|seed|funding|financing|round)\b"
        rf"(?:[^⟨⟩.;]|\.(?=\d)){{0,30}}?\b(?:was|were|had\s+been|has\s+been)\s+led\s+by\s+(?P<a>{_S})",
        ("investor", "investee"),
    ),
    # "A secured a $100 million debt facility from B": B lends to A
    _t(
        "funding",
        "funding",
        r"\b(?:raised|raises|raise|raising|secured|secures|obtained|obtains|closed|closes|arranged|arranges)\b"
        r"(?:[^⟨⟩.;]|\.(?=\d)){0,60}?\b(?:debt|credit|loan|lending|financing|warehouse)\s+facilit(?:y|ies)\b",
    ),
    # "A raised $850 million between January and May from B, C and D": money raised from investors
    _t(
        "funding",
        "funding",
        r"\b(?:raised|raises|raising)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?"
        r"(?:[A-Z]{1,3}\$|[$€£¥₹]|Rs\.?\s?|RM\s?|(?:US|HK|S)\$)\s?\d(?:[^⟨⟩.;]|\.(?=\d)){0,60}?\bfrom\s+(?=⟨)",
    ),
    _t(
        "funding",
        "object",
        r"\b(?:led|joined|joins|participated\s+in|took\s+part\s+in)\s+an?\s+(?:[^⟨⟩.;]|\.(?=\d)){0,50}?"
        r"\b(?:funding|financing|investment)?\s*round\s+(?:in|for)\s+",
    ),
    _t("investment", "object", r"\binvest(?:s|ed|ing)?\b(?:[^⟨⟩.;]|\.(?=\d)){0,60}?\b(?:in|into)\s+"),
    _t("investment", "object", r"\binvestment\b(?:[^⟨⟩.;]|\.(?=\d)){0,50}?\bin\s+"),
    _t("investment", "object", r"\bcapital\s+injections?\b(?:[^⟨⟩.;]|\.(?=\d)){0,50}?\binto\s+"),
    _t("investment", "object", r"\b(?:put|puts|putting)\b(?:[^⟨⟩.;]|\.(?=\d)){0,50}?\binto\s+"),
    # "A first backed B in 2016": an investor's earlier backing, told with the adverb or auxiliary that makes
    # it a past investment (a bare "backed" also backs plans and bids; "backed by" is the passive)
    _t(
        "investment",
        "object",
        r"\b(?:first|originally|previously|already|also|early|had|has|have)\s+(?:backed|funded)\s+(?!by\b)",
    ),
    _t(
        "investment",
        "object",
        r"\b(?:take|takes|taking|took|taken|acquired|acquires|buys|bought|purchase\s+of)\s+(?:an?|its|their)\s+"
        r"(?:[\w%.$-]+\s+){0,3}?stake\s+in\s+",
    ),
    # "A raised its shareholding in B from 20 per cent to 35 per cent": a stake increased (to control: below)
    _t(
        "investment",
        "object",
        r"\b(?:raised|raises|raising|increased|increases|increasing|lifted|lifts|lifting|boosted|boosts|upped)\s+"
        r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:stake|shareholding|holding|interest|ownership)\s+in\s+",
    ),
    # "A bought a 90.01% stake in B": more than half of B changes hands
    _t(
        "acquisition",
        "object",
        r"\b(?:take|takes|taking|took|taken|acquired|acquires|acquire|buy|buys|bought|purchase\s+of)\s+"
        r"(?:an?|its|their|the)\s+(?:[5-9]\d(?:\.\d+)?|100)\s?(?:%|per\s?cent)\s+stake\s+in\s+",
    ),
    # "A bought a controlling stake in B": control of B changes hands
    _t(
        "acquisition",
        "object",
        r"\b(?:take|takes|taking|took|taken|acquired|acquires|acquire|buy|buys|bought|purchase\s+of)\s+"
        r"(?:an?|its|their|the)\s+(?:[\w%.$-]+\s+){0,2}?(?:majority|controlling)\s+stake\s+in\s+",
    ),
    # A share of a company bought, told by its figure rather than the word "stake": "A will acquire a 60%
    # interest in B", "A bought 51% of the issued shares of B", "the purchase of the remaining 46% of B".
    # More than half, or the rest of it, is control (acquisition); less is an investment.
    _t("acquisition", "object",
       rf"{_BUYS_SHARE}(?:{_MAJORITY}|(?:remaining|outstanding|rest\s+of\s+the)\s+{_PERCENT}){_SHARE_OF}"),
    _t("investment", "object", rf"{_BUYS_SHARE}(?!{_MAJORITY}){_PERCENT}{_SHARE_OF}"),
    _t(
        "investment",
        "passive",
        # "received a $50 million investment from B": an amount may stand before the noun
        r"\b(?:received|receives|receiving|secured|won|got|obtained)\s+(?:an?\s+)?(?:[\w$€£¥.,%-]+\s+){0,3}?"
        r"(?:investment|funding|financing|backing|capital\s+injection)\b(?:[^⟨⟩.;]|\.(?=\d)){0,60}?\bfrom\s+",
    ),
    _t(
        "acquisition",
        "object",
        r"\b(?:made|makes|make|launched|launches)\s+an?\s+(?:[\w$%.-]+\s+){0,3}?(?:offer|bid)\s+"
        r"(?:for|to\s+buy|to\s+acquire)\s+",
    ),
    _t(
        "partnership",
        "object",
        r"\b(?:picked|picks|chose|chosen|selected|selects|named|tapped)\s+(?=⟨\d+⟩\s+as\s+(?:its|their|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:partner|provider|supplier|vendor)\b)",
    ),
    # "A subscribed for new shares and now holds 29.3% of B": A invests in B
    _t(
        "investment",
        "object",
        r"\bsubscri(?:bed|bes|be|bing)\s+(?:for|to)\s+(?:[\w$€£¥.,%-]+\s+){0,4}?shares\b"
        r"(?:[^⟨⟩.;]|\.(?=\d)){0,60}?\b(?:of|in)\s+",
    ),
    # "B, the fuel group controlled jointly by A and C": the owners of a joint venture
    _t(
        "joint_venture",
        "between",
        r"\b(?:(?:controlled|owned|held|run)\s+jointly|jointly\s+(?:controlled|owned|held|run))\s+by\s+",
    ),
    # "Lumen Motors, set up by A and B in 2019, builds cars": a company two organizations founded together
    _t(
        "joint_venture",
        "between",
        r"(?:(?<=⟩)|\b(?:venture|company|firm|bank|business)),?\s+(?:which\s+was\s+|that\s+was\s+)?"
        r"(?:set\s+up|formed|founded|established|created)\s+(?:jointly\s+)?by\s+(?=(?:the\s+)?⟨)",
    ),
    # "A connectivity agreement was signed on Monday by A, which runs the network, and B": every
    # organization after "by" signed (a relative clause between them is context)
    _t(
        "mou",
        "agents",
        r"\b(?:memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:signed|inked)\b[^⟨⟩;]{0,40}?\bby\s+(?=(?:the\s+)?⟨)",
    ),
    _t(
        "partnership",
        "agents",
        r"\b(?:agreements?|deals?|pacts?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked|sealed|struck)"
        r"\b[^⟨⟩;]{0,40}?\bby\s+(?=(?:the\s+)?⟨)",
    ),
    # "A has a joint development agreement on hybrid bonding with B"
    _t(
        "partnership",
        "with",
        r"\b(?:has|have|had|holds|hold)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:agreement|partnership|alliance|"
        r"collaboration)\s+(?:(?:on|for|covering)\s+(?:[\w-]+\s+){1,4}?)?with\s+",
    ),
    # "A signed a three-year sponsorship deal with B"; "A will sponsor B's shirts from 2026"
    _t("contract", "with", r"\bsponsorship\s+(?:deal|agreement|contract|pact)\s+with\s+"),
    _t("contract", "object", r"\b(?:sponsor|sponsors|sponsored|sponsoring)\s+(?=(?:the\s+)?⟨)"),
    # "A and B said they had expanded their alliance"; "A renewed its partnership with B": a standing
    # partnership renewed or widened is told again
    _t(
        "partnership",
        "group",
        r"\b(?:renew|expand|extend|deepen|broaden|widen|strengthen)(?:s|ed|ing)?\s+(?:their|its)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|cooperation|tie-up)\b",
    ),
    # "A has renewed its tower lease agreements with B"
    _t(
        "contract",
        "with",
        r"\b(?:renew|renews|renewed|renewing|extend|extends|extended|extending)\s+(?:its|their|the|an?)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:lease|supply|services?|licen[cs]e|licensing|offtake|purchase|loan|credit)\s+"
        r"(?:agreements?|contracts?|deals?)\s+with\s+",
    ),
    # "A and B are also creating a joint fund"
    _t("joint_venture", "group", r"\bjoint[\s-](?:venture|fund)\b"),
    # "A and B said their boards had approved a merger of equals": a new company both own
    _t("joint_venture", "group", r"\bmerger\s+of\s+equals\b"),
    # "A is also a joint owner, with B, of the online grocery business C"
    _t("joint_venture", "with", r"\b(?:joint\s+|co-)owners?,?\s+with\s+"),
    # "A and B have completed the merger of their UK mobile businesses": a venture both own
    _t("joint_venture", "group", r"\b(?:merger|combination)\s+of\s+their\b"),
    _t(
        "joint_venture",
        "group",
        r"\bset\s+up\s+an?\s+(?:[\w-]+\s+){0,3}?(?:bank|company|venture|firm|entity)\b",
    ),
    _t(
        "mou",
        "with",
        rf"\b{_MOU_WORDS}\b(?:\s*\((?:MoU|MOU|LOI)\))?"
        r"(?:[^⟨⟩.;]|\.(?=\d)){0,20}?\bwith\s+",
    ),
    _t("mou", "group", rf"\b{_MOU_WORDS}\b"),
    # "a memorandum of understanding was signed between A, B and C"
    _t("mou", "between", rf"\b{_MOU_WORDS}\s+(?:(?:was|were|has\s+been|had\s+been)\s+signed\s+)?between\s+"),
    # "The memorandum was signed on Tuesday by three parties: A, B and C": every signer named after "by"
    # (organizations, not "signed by its chief executive, Jane Doe of A")
    _t(
        "mou",
        "agents",
        rf"\b(?:{_MOU_WORDS}|memorand(?:um|a))(?:[^⟨⟩.;]|\.(?=\d)){{0,100}}?\b(?:was|were|has\s+been|had\s+been)\s+"
        r"signed\b(?:[^⟨⟩.;]|\.(?=\d)){0,40}?\bby\s+(?=(?:the\s+)?⟨|(?-i:[^⟨⟩.;:A-Z]{0,60}):)",
    ),
    # "A signed a $2 billion contract with B"; "A signed contracts with B and C for 12 ships"
    _t(
        "contract",
        "with",
        rf"\b{_AGREEMENT_VERB}\s+(?:an?\s+(?:[\w.,$€£¥-]+\s+|\([^()⟨⟩]{{1,30}}\)\s+){{0,4}}?contract|"
        r"(?:[\w-]+\s+){0,3}?contracts)"
        r"(?:\s+(?:worth|valued\s+at)\s+(?:[^⟨⟩.;]|\.(?=\d)){0,40}?)?\s+with\s+",
    ),
    # "A had awarded a $3 billion contract to B for four towers": the awarding side and the contractor
    _t(
        "contract",
        "object",
        r"\b(?:awarded|awards|award|has\s+awarded|had\s+awarded)\s+(?:an?|the|its)\s+"
        r"(?:[\w.,$€£¥-]+\s+){0,5}?(?:contract|order|concession|tender)s?(?:\s+(?:worth|valued\s+at)\s+"
        r"(?:[^⟨⟩.;]|\.(?=\d)){0,40}?)?\s+to\s+",
    ),
    # "A has awarded B a seven-year contract": the contractor named first, the contract after it
    _t(
        "contract",
        "object",
        r"\b(?:awarded|awards|has\s+awarded|had\s+awarded)\s+(?=(?:the\s+)?⟨\d+⟩\s+(?:an?|the)\s+"
        rf"(?:[\w.,$€£¥-]+\s+){{0,5}}?(?:{_AWARDED_WORK}|design|construction|operation|supply)\b)",
    ),
    # "A and B, the state airport company, signed a ten-year contract": both sides sign (a contract "with"
    # its other side is read by the "with" trigger)
    _t(
        "contract",
        "group",
        rf"\b{_AGREEMENT_VERB}\s+an?\s+(?:[\w.,$€£¥-]+\s+){{0,5}}?contracts?\b(?![^⟨⟩.;]{{0,40}}?\bwith\b)",
    ),
    # "signed an agreement under which B will supply ...": the signer and the side that will serve it
    _t(
        "contract",
        "object",
        r"\b(?:agreement|contract|deal)\s+under\s+which\s+(?=(?:the\s+)?⟨\d+⟩\s+(?:will|would|is\s+to|"
        r"shall|agreed\s+to)\s+)",
    ),
    # "A has a contract with B to supply software"
    _t("contract", "with", r"\b(?:has|have|holds|hold)\s+an?\s+(?:[\w-]+\s+){0,3}?contract\s+with\s+"),
    # "A agreed to buy more than €100 million worth of recycled fibre from B": a supply contract
    _t(
        "contract",
        "object",
        r"\b(?:buy|buys|bought|purchase|purchases|purchased)\s+(?:[^⟨⟩;.]|\.(?=\d)){0,40}?\bworth\s+of\s+"
        r"[^⟨⟩;.]{0,60}?\bfrom\s+",
    ),
    # "A ordered 24 container ships from B and C": goods counted and ordered from their makers are a supply
    # contract (an order without a count may be a ruling: "ordered a review from")
    _t(
        "contract",
        "object",
        r"\b(?:ordered|orders|placed\s+(?:an?\s+)?orders?\s+for)\s+(?:up\s+to\s+|another\s+|an\s+additional\s+)?"
        r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|"
        r"(?:dozens|hundreds)\s+of)\s+(?:[^⟨⟩;.]|\.(?=\d)){0,60}?\bfrom\s+",
    ),
    # "A signed a $1 billion sustainability-linked loan agreement with B"
    _t(
        "contract",
        "with",
        rf"\b{_AGREEMENT_VERB}\s+an?\s+(?:[\w$€£¥.,-]+\s+){{0,5}}?(?:loan|financing|credit|supply|"
        r"purchase|services?|licen[cs]ing|roaming|broadcast(?:ing)?|lease|leasing|off-?take|outsourcing)\s+"
        r"(?:agreement|deal|contract)\s+with\s+",
    ),
    # "sold its automotive Ethernet business to B" / "the sale of its corn business in South America to B":
    # B acquires from the seller
    _t(
        "acquisition",
        "passive",
        r"\b(?:sale|sold|sells|sell|selling|divest(?:ed|s|ing|ment)?)\s+(?:of\s+)?(?:its|their|the|a)\s+"
        r"(?:[\w&-]+\s+){0,4}?(?:business|unit|division|arm|operations?|subsidiary|stake)"
        rf"(?:\s+in\s+(?!order\b)(?:the\s+)?{UPPER}[\w-]*(?:\s+{UPPER}[\w-]*){{0,2}})?\s+to\s+",
    ),
    # "B won a $2 million contract from A"; "B was awarded a 1.3 trillion-won package by A" (the figure may
    # hold a dot; the work is told by its noun)
    _t(
        "contract",
        "object",
        rf"\b(?:won|wins|awarded|secured|received|receives|bagged|bags|booked|books|landed|lands)\s+an?\s+"
        rf"(?:[\w.,$€£¥-]+\s+){{0,5}}?{_AWARDED_WORK}"
        r"(?:\s+(?:worth|valued\s+at|of)\s+(?:[^⟨⟩.;]|\.(?=\d)){0,40}?)?\s+(?:from|by)\s+",
    ),
    _t(
        "partnership",
        "with",
        rf"\b(?:{_AGREEMENT_VERB}|announced|announces|unveiled|unveils|formed|forms|launched|launches)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:agreement|deal|pact|alliance|partnership|collaboration|cooperation)\s+with\s+",
    ),
    _t(
        "partnership",
        "with",
        r"(?<!\ba )(?<!\ban )(?<!\bthe )"  # "a partner with Northstar" is a job title
        r"\b(?:partner(?:ed|ing|s)?|partnership|alliance|tie-up|cooperat(?:e|es|ed|ing|ion)|"
        r"collaborat(?:e|es|ed|ing|ion)|team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+"
        r"(?:hands|forces)|work(?:s|ed|ing)?(?:\s+(?:closely|together|jointly))?)\s+with\s+",
    ),
    # ("placed under court protection together with the rest of B": its own group, no partner)
    _t("partnership", "with", r"\btogether\s+with\s+(?!the\s+rest\s+of\b)"),
    _t(
        "partnership",
        "between",
        r"\b(?:partnership|alliance|agreement|deal|pact|collaboration|cooperation|tie-up)\s+between\s+",
    ),
    # "a joint venture between A and B" / "owned by a joint venture of A, B and C"
    _t("joint_venture", "between", r"\bjoint[\s-]venture\s+(?:between|of)\s+"),
    # "a three-year contract between A, its training arm, and B"
    _t("contract", "between", r"\b(?:contracts?|concession|lease)\s+between\s+"),
    # "a consortium led by A and B": partners in one venture
    _t("joint_venture", "between", r"\b(?:consortium|group)\s+(?:led|formed|made\s+up)\s+by\s+"),
    # "A and B have agreed to invest ... in a plant": a venture of the two
    _t(
        "joint_venture",
        "group",
        r"\b(?:agreed|agree|agrees|plans?|planned|set)\s+to\s+(?:jointly\s+)?(?:invest|build|set\s+up|establish)\b"
        r"(?=(?:[^⟨⟩.;]|\.(?=\d)){0,80}?\b(?:plant|factory|facility|gigafactory|venture|company)\b)",
    ),
    _t(
        "partnership",
        "group",
        r"\b(?:announced|announce|unveiled|formed|form|launched|agreed|struck|signed)\s+an?\s+(?:[\w-]+\s+){0,3}?"
        r"(?:partnership|alliance|collaboration|cooperation)\b",
    ),
    _t(
        "contract",
        "object",
        r"\b(?:deal|contract|agreement|order)\s+to\s+(?:supply|provide|deliver|build|install)\s+",
    ),
    _t("contract", "passive", r"\b(?:selected|chosen|picked|tapped|hired|appointed)\s+by\s+"),
    # "A selected B to build its network" / "A tapped B as its cloud provider" / "A chose B under a ten-year
    # agreement": the chosen side is hired for work, not as an adviser
    _t("contract", "object", rf"\b{_SELECTS}\s+(?=(?:the\s+)?⟨\d+⟩(?:['’]s?)?\s+{_CHOSEN_FOR})"),
    # "A has granted B a EUR 25 million venture debt facility" / "A granted B EUR 42 million": a lender or
    # a grant-maker funds the one it grants
    _t(
        "funding",
        "object",
        r"\b(?:granted|grants|extended|extends)\s+(?=(?:the\s+)?⟨\d+⟩\s+(?:an?\s+(?:[\w.,$€£¥-]+\s+){0,5}?"
        r"(?:venture\s+debt|debt|loan|credit)\b|(?:up\s+to\s+)?(?:[A-Z]{3}\s?|US\$|R\$|[$€£¥])\d))",
    ),
    # "B received a grant of NOK 48 million from A": the grant-maker funds B, read as the passive is (the
    # giver after the trigger); a loan's deal kind varies in the gold sets: left out
    _t(
        "funding",
        "passive",
        r"\b(?:received|receives|obtained|obtains|secured|secures|won|wins|was\s+granted|has\s+been\s+granted)\s+"
        r"(?:[^⟨⟩;.]|\.(?=\d)){0,40}?\b(?:grant|subsidy|subsidies)\b(?:\s+(?:of|worth)\s+"
        r"(?:[^⟨⟩;.]|\.(?=\d)){0,30}?)?\s+from\s+",
    ),
    # "A will license its platform technology to B"
    _t(
        "contract",
        "object",
        r"\blicen[cs](?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:technology|technologies|"
        r"platform|patents?|software|designs?|brand|know-how|intellectual\s+property)\s+to\s+",
    ),
    _t("acquisition", "with", r"\bmerg(?:e|ed|es|ing|er)\s+with\s+"),
    _t(
        "partnership",
        "group",
        rf"\b{_AGREEMENT_VERB}\s+an?\s+(?:[\w-]+\s+){{0,4}}?(?:agreement|deal|pact|alliance|"
        r"partnership)\b",
    ),
    _t(
        "partnership",
        "group",
        r"\b(?:team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+(?:hands|forces)|jointly\s+"
        r"(?:build|develop|launch|create|set\s+up|establish|operate|research|explore|"
        r"promote|run|invest|fund)|partner(?:ed)?\s+to|work(?:s|ed|ing)?\s+together)\b",
    ),
    _t(
        "partnership",
        "object",
        r"\b(?:assist|assists|help|helps|support|supports)\s+(?:the\s+)?(?=⟨\d+⟩[^.;]{0,140}?"
        r"\b(?:with|in|to)\s+(?:establish|build|set\s+up|develop|creat|launch|deploy))",
    ),
)
_TYPE_RANK = {
    "acquisition": 7,
    "joint_venture": 6,
    "investment": 5,
    "funding": 5,
    "mou": 4,
    "contract": 3,
    "partnership": 2,
    "other": 1,
}
_ROLES = {
    "investment": ("investor", "investee"),
    "funding": ("investor", "investee"),
    "acquisition": ("acquirer", "target"),
    "mou": ("signatory", "signatory"),
}
_AMOUNT_TYPES = {"investment", "acquisition", "funding", "contract", "joint_venture"}


def find_deals(
    text: str,
    sentences: Sequence[Sentence],
    organizations: OrganizationResult,
    published: date | None = None,
    boilerplate: Sequence[tuple[int, int]] = (),
    syntax: Syntax | None = None,
) -> list[DealFact]:
    deals: list[DealFact] = []
    # "said on Wednesday", "today": read against the page's own date where ingestion found no publish date
    published = published or header_date(text)
    subject: OrgMention | None = None
    pending: PendingDeal | None = None  # a deal opened with one party, its others told later
    from_parse: set[int] = set()  # deals read from a parse, dropped where a pattern told them fuller
    main = _main_organization(organizations, boilerplate, text)
    coverage = Coverage(boilerplate)
    story = [s for s in sentences if not _mostly_chrome(s, coverage)]
    lead_sentences = lead_of(story)
    lead = {s.start for s in lead_sentences}
    day = news_day([s.text for s in story], published)
    news: dict[int, date | None] = {}  # deals told as news: the day the news happened, if known
    joined_at: dict[int, int] = {}  # deals more parties joined: where the last of them were told
    placed = StartIndex(organizations.mentions, lambda m: (m.start, m.end))
    told_as_subject = _descriptors_of_subjects(text, sentences, organizations.mentions)
    for index, sentence in enumerate(sentences):
        if _mostly_chrome(sentence, coverage):
            continue
        mentions = [  # a name the sentence splitter cut ("J.P. | Morgan Payments") belongs where it starts
            m
            for m in placed.starting(sentence.start, sentence.end)
            if organizations.by_key[m.key].kind != "media" and not _suffix_fragment(text, m)
        ]
        slots, masked = _mask(text, sentence, mentions, subject, main, told_as_subject)
        slots = buyer_for_self_antecedent(slots, masked, main)
        slots = buyer_for_bought_anaphor(slots, masked, deals)
        slots, masked = subject_of_adverbial_deal(slots, masked)
        slots, masked = _pair_of_last_deal(slots, masked, deals)
        if slots and not _QUESTION.search(sentence.text):  # a question asks, it states no deal
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            # "The counterparties are A, B and C", "A and B also signed the agreement": the parties of a
            # deal told before, never a deal of their own
            threaded = _threaded_deals(text, sentences, index, masked, slots, pending, published)
            seeded = not threaded and _round_of_opening(
                text, sentences, (index, masked, slots), pending, deals, published
            )
            recent = _joinable_since(sentences, index, deals, joined_at)
            joined = seeded or (not threaded and _join_round(masked, slots, deals, recent))
            if joined and deals:
                joined_at[id(deals[-1])] = sentence.start
            if seeded and pending is not None and sentences[pending.sentence_index].start in lead:
                news[id(deals[-1])] = _news_date(sentences[pending.sentence_index].text, day)
            found, parsed = [], False
            if not threaded and not joined:
                found, parsed = _stated_deals(masked, slots, deals, (main, subject), (syntax, sentence))
            for deal_type, parties, clause in found:
                deal = _make_deal(text, sentence, following, deal_type, parties, published, clause)
                _note_news(news, deal, sentence, sentence.start in lead, day)
                deals.append(deal)
                if parsed:
                    from_parse.add(id(deal))
            deals.extend(threaded)
            opening = sentences[pending.sentence_index] if threaded and pending is not None else None
            if opening is not None and opening.start in lead:  # the lead opened it: news, dated once
                news.update(dict.fromkeys(map(id, threaded), _news_date(opening.text, day)))
            if found or threaded or seeded:
                pending = None
            else:
                pending = find_opening(masked, slots, index, _context_only(masked, slots), main) or pending
            if found:
                _join_round(masked, slots, deals, recent)  # "A raised $5 million led by B; C also took part"
            _join_sellers(masked, slots, deals)
            first = _first_subject(masked, slots)
            if first is not None:
                subject = first
    merged = _merge(_without_parsed_repeats(deals, from_parse), organizations)
    for deal in merged:
        _unit_not_its_parent(deal, organizations)
        _parent_sells(deal, organizations)  # a date any telling states wins over the news day
        _main_sells(deal, main, organizations)
        deal.announced = deal.announced or news.get(id(deal))
    return merged


def _suffix_fragment(text: str, mention: OrgMention) -> bool:
    """A letter or two glued to a slash is a piece of a legal suffix ("Velorix A/S", "Quandra S/A"), never
    a party of its own."""
    return mention.end - mention.start <= 2 and text[mention.start - 1 : mention.start] == "/"


_QUESTION = re.compile(r"\?[\s\"'”’)]*$")


def _joinable_since(
    sentences: Sequence[Sentence], index: int, deals: list[DealFact], joined_at: dict[int, int]
) -> int:
    """Where the deals later parties may still join begin: a deal told before this is no longer news,
    unless a round was just joined ("The round was led by A. New investors B and C joined")."""
    recent = sentences[max(0, index - _JOIN_REACH)].start
    return 0 if deals and joined_at.get(id(deals[-1]), -1) >= recent else recent


def _note_news(
    news: dict[int, date | None], deal: DealFact, sentence: Sentence, in_lead: bool, day: date | None
) -> None:
    """A deal the lead tells, or one the story reports as just done, is news: the day it happened."""
    if in_lead:
        news[id(deal)] = _news_date(sentence.text, day)
    elif reported_as_news(sentence.text):  # "The company also said it had signed ..."
        news[id(deal)] = None if _PAST_TIME.search(_without_year(sentence.text, day)) else day


def _stated_deals(
    masked: str,
    slots: list[OrgMention],
    deals: list[DealFact],
    context: tuple[OrgMention | None, OrgMention | None],
    parse: tuple[Syntax | None, Sentence],
) -> tuple[list[tuple[str, list[tuple[OrgMention, str]], str]], bool]:
    """The deals a sentence states, from its trigger patterns, else its implicit forms, else its parse
    (and whether the parse told them)."""
    main, subject = context
    found = _deals_in_sentence(masked, slots)
    found += _agentless(masked, slots, (main, subject), found)
    if not found:
        found = _implicit_stake(masked, slots, deals)
    if not found:
        found = _nominal_partnerships(masked, slots, subject or main)
    syntax, sentence = parse
    if found or syntax is None:
        return found, False
    return _parsed_deals(syntax, sentence, slots, masked), True


def _parent_sells(deal: DealFact, organizations: OrganizationResult) -> None:
    """A named unit bought ("Vodafone Spain was bought by Zegona", "MTN Afghanistan was sold to Lotus
    Holdings") leaves its parent: the parent the article gives it is the seller, unless it is the buyer
    (or a unit of the buyer) or already a party."""
    if deal.deal_type != "acquisition" or any(p.role == "seller" for p in deal.participants):
        return  # a seller the sentence names stands
    buyers = {organizations.root_key(p.organization_key) for p in deal.participants if p.role == "acquirer"}
    keys = {p.organization_key for p in deal.participants}
    for target in [p for p in deal.participants if p.role == "target"]:
        record = organizations.by_key.get(target.organization_key)
        parent = organizations.by_key.get(record.parent_key) if record and record.parent_key else None
        if parent is None or not buyers or parent.key in keys or organizations.root_key(parent.key) in buyers:
            continue
        if _named_short(parent, target.organization_name):
            continue
        deal.participants.append(DealParticipant(parent.key, parent.name, "seller"))
        keys.add(parent.key)
        deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)

# A business told as sold with its seller unnamed, the business the subject of a passive or participial
# sale ("B, which was sold to A in June,", "B was sold last year to A", "B, sold to A for $1,"): the
# article's organization sold it ("B was bought by A" says nothing of who sold: a peer's history is told
# so as often as the article's own sale). Each cue's example: tests/unit/test_deal_awards_and_signings.py.
SOLD_UNNAMED_SELLER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("B, which was sold to A in June", re.compile(
        r"\b(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:[a-z]+\s+){0,3}?(?:sold|divested)\b")),
    ("B, sold to A for $1", re.compile(r",\s+(?:sold|divested)\s+(?:[a-z]+\s+){0,3}?to\b")),
)


def _main_sells(deal: DealFact, main: OrgMention | None, organizations: OrganizationResult) -> None:
    """"Torpedo7, which was sold to Tahua Partners in June": a business the article's organization
    reports as sold, its seller unnamed, was sold by that organization (not where it is the buyer or a
    party's own group, nor where the sentence names another seller)."""
    if main is None or deal.deal_type != "acquisition" or len(deal.participants) != 2:
        return
    roles = {p.role: p for p in deal.participants}
    if set(roles) != {"acquirer", "target"}:
        return
    roots = {organizations.root_key(p.organization_key) for p in deal.participants}
    keys = {p.organization_key for p in deal.participants}
    if main.key in keys or organizations.root_key(main.key) in roots:
        return
    sentence = deal.evidence.text
    target, buyer = roles["target"].organization_name, roles["acquirer"].organization_name
    at, by = sentence.find(target), sentence.find(buyer)
    if at < 0 or by < at or " from " in sentence[at:]:
        return  # the business must be told first, the buyer after it, and no seller named
    between = sentence[at + len(target) : by]
    if re.match(r"(?:\s+[A-Z][\w.&-]*){0,2}['’]s\b", between):
        return  # "B's refrigeration business was sold to A" ("B Ltd's"): B itself sold its business
    if any(cue.search(between) for _, cue in SOLD_UNNAMED_SELLER):
        deal.participants.append(DealParticipant(main.key, main.name, "seller"))
        deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)


def _named_short(parent: OrganizationFact, target: str) -> bool:
    """ "Rovio" of "Rovio Entertainment", "Sval" of "Sval Energi": a "parent" whose name opens the target's,
    the rest no place, is the target named short, not an owner selling it, unless the article names that
    parent in a longer form of its own ("Suncorp Group" of "Suncorp" beside "Suncorp Bank"). "Vodafone" of
    "Vodafone Spain" is an owner: a country's unit is sold by its group."""
    words, whole = parent.name.split(), target.split()
    if len(whole) <= len(words) or whole[: len(words)] != words:
        return False
    own_longer = any(a.startswith(parent.name + " ") and a != target for a in parent.aliases)
    return not own_longer and not default_gazetteer().is_place(" ".join(whole[len(words) :]))


def _unit_not_its_parent(deal: DealFact, organizations: OrganizationResult) -> None:
    """"a collaboration with Alphabet and Google": a parent listed beside its own unit on the same side
    of a deal whose sides are alike names who owns the party; the unit is the party."""
    if deal.deal_type not in _SIDES_ALIKE or len(deal.participants) <= 2:
        return
    parents = {
        (record.parent_key, p.role)
        for p in deal.participants
        if (record := organizations.by_key.get(p.organization_key)) is not None and record.parent_key
    }
    kept = [p for p in deal.participants if (p.organization_key, p.role) not in parents]
    if len(kept) >= 2 and len(kept) < len(deal.participants):
        deal.participants = kept
        deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)


# The headline and the first sentences of a story tell its news (deal_dates.lead_of): a deal they state
# without a date of its own was announced on the news day ("Kestrel Labs has agreed to buy Orion Group")
# ... unless the sentence places it in the past ("bought in 2019", "last year", "years ago")
_PAST_TIME = re.compile(
    r"(?i)\b(?:19|20)\d\d\b|\blast\s+(?:year|month|week|quarter)\b|\bago\b|\bpreviously\b|\bformer(?:ly)?\b|"
    r"\bearlier\s+this\s+(?:year|month)\b"
)
# ... and only where the lead tells the deal itself being struck, not an approval or a ruling on it
# ("A and B won the regulator's approval to set up a bank" is no announcement)
_NEWS_VERB = re.compile(
    r"(?i)\b(?:agree[sd]?|sign(?:s|ed)?|announc(?:e|es|ed)|str(?:ike|ikes|uck)|ink(?:s|ed)?|seal(?:s|ed)?|"
    r"enter(?:s|ed)\s+into|reach(?:es|ed)|rais(?:es|ed)|buys?|acquires?|invests?|sells?|"
    r"(?:is|are)\s+(?:buying|acquiring|investing|selling|merging)|"
    r"to\s+(?:buy|acquire|invest|sell|merge|take\s+over)|launch(?:es|ed)|forms?|formed|team(?:s|ed)?\s+up|"
    r"partners?|unveil(?:s|ed)?)\b"
)


def _news_date(sentence: str, published: date | None) -> date | None:
    """The publish date for a deal the lead states as news, None where the lead dates it in the past."""
    if published is None:
        return None
    if _PAST_TIME.search(_without_year(sentence, published)) or not _NEWS_VERB.search(sentence):
        return None  # a year other than the article's own, a time in the past, or no deal being struck
    return published


def _without_year(sentence: str, day: date | None) -> str:
    return sentence.replace(str(day.year), "") if day else sentence


def _main_organization(
    organizations: OrganizationResult, boilerplate: Sequence[tuple[int, int]], text: str = ""
) -> OrgMention | None:
    """The organization the article is about: the document's issuer where its defined term or letterhead
    names one (a report's segments are named more often than the company: "we" is the company), else the
    one named most often (never a media name or page chrome)."""
    named = [m for m in organizations.mentions if organizations.by_key[m.key].kind != "media"]
    issuer = document_issuer(text, named)
    if issuer is not None:
        return OrgMention(issuer.key, organizations.by_key[issuer.key].name, "", 0, 0)
    chrome = Coverage(boilerplate)  # a mention's first character inside a span: looked up, not scanned
    counts = Counter(
        m.key
        for m in organizations.mentions
        if organizations.by_key[m.key].kind != "media" and not chrome.covered(m.start, m.start + 1)
    )
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return OrgMention(key, organizations.by_key[key].name, "", 0, 0)


@dataclass(frozen=True)
class Agentless:
    pattern: re.Pattern[str]  # (?P<b>) the business sold, (?P<s>) a seller, (?P<a>) a named buyer; b or s
    main_role: str  # the role of the organization the article is about: "acquirer" or "seller"
    # who that organization is: the article's ("main"), or the one the text speaks of ("subject": "The
    # businesses bought from B added to sales" follows a sentence about the buyer)
    other_side: str = "main"


# A business bought or sold with the other side unnamed: that side is the organization the article
# is about ("Its newest unit, Lumen Data, acquired for $800 million in 2020, ..."). Each example is
# tested in tests/unit/test_deals.py::AGENTLESS_EXAMPLES.
AGENTLESS: tuple[Agentless, ...] = (
    # "Lumen Data, acquired for $800 million in 2020," / "Lumen Data, a design studio, was acquired in 2022"
    Agentless(
        re.compile(
            rf"(?P<b>{_S}),\s+(?:[^,;⟨⟩]{{0,60}},\s+|(?:the|an?)\s+[^,;⟨⟩]{{1,60}}?\s+)?(?:which\s+was\s+|was\s+)?"
            r"(?:acquired|bought|purchased)\s+(?:for|in)\s+(?!⟨)",
            re.IGNORECASE,
        ),
        "acquirer",
    ),
    # "Lumen Data, bought from Kestrel Holdings in 2023," / "Lumen Bank was bought from Kestrel Holdings in
    # 2013 for about $2.1 billion"
    Agentless(
        re.compile(rf"(?P<b>{_S})(?:,(?:\s+(?:the|an?)\s+[^,;⟨⟩]{{1,60}}?)?|\s+(?:was|were|has\s+been|had\s+been))\s+"
                   rf"(?:acquired|bought|purchased)\s+from\s+(?:the\s+)?(?P<s>{_S})", re.IGNORECASE),
        "acquirer",
    ),
    # "the Lumen Data chain bought in 2023"
    Agentless(
        re.compile(
            rf"(?P<b>{_S})\s+(?:chain|business|brand|unit|division|label)\s+(?:bought|acquired|purchased)\s+"
            r"in\s+(?:19|20)\d\d\b",
            re.IGNORECASE,
        ),
        "acquirer",
    ),
    # "the filing notes the completion of the acquisition of Lumen Data from Kestrel Holdings" (no buyer
    # named)
    Agentless(
        re.compile(
            rf"(?<![⟩'’]s\s)\bthe\s+(?:acquisition|purchase|takeover)\s+of\s+(?:the\s+)?(?P<b>{_S})\s+from\s+"
            rf"(?:the\s+)?(?P<s>{_S})",
            re.IGNORECASE,
        ),
        "acquirer",
    ),
    # "Lumen Data, sold to Kestrel Holdings for €8 billion,"
    Agentless(re.compile(rf"(?P<b>{_S}),\s+sold\s+to\s+(?P<a>{_S})", re.IGNORECASE), "seller"),
    # "Game developer Lumen Data was acquired in 2021 for $500 million" (no buyer named in the clause)
    Agentless(
        re.compile(
            rf"(?P<b>{_S})\s+(?:was|were|has\s+been|had\s+been)\s+(?:acquired|bought|purchased|taken\s+over)\s+"
            r"(?:in|for|last|earlier)\b(?![^⟨⟩;]{0,60}?\bby\s+⟨)",
            re.IGNORECASE,
        ),
        "acquirer",
    ),
    # "The controlling stake in Lumen Data was purchased from Kestrel Holdings in 2012": control bought, the
    # buyer unnamed
    Agentless(
        re.compile(
            rf"\b(?:controlling|majority)\s+(?:stake|interest|holding)\s+in\s+(?P<b>{_S})\s+(?:was|were|has\s+been|"
            rf"had\s+been)\s+(?:purchased|bought|acquired)\s+from\s+(?:the\s+)?(?P<s>{_S})",
            re.IGNORECASE,
        ),
        "acquirer",
    ),
    # "The motors businesses bought from Kestrel Holdings last year added to sales" (the business unnamed:
    # the seller is the deal's other side)
    Agentless(
        re.compile(
            rf"\b(?:business(?:es)?|units?|divisions?|operations|assets)\s+(?:it\s+)?(?:bought|acquired|purchased)\s+"
            rf"from\s+(?:the\s+)?(?P<s>{_S})",
            re.IGNORECASE,
        ),
        "acquirer",
        "subject",
    ),
)


def _agentless(
    masked: str,
    slots: list[OrgMention],
    context: tuple[OrgMention | None, OrgMention | None],
    found: list[tuple[str, list[tuple[OrgMention, str]], str]],
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """Acquisitions whose buyer (or seller) goes unnamed: the buyer of the acquisition the same
    sentence tells ("B, acquired by A in 2022, and the C chain bought in 2023"), else the article's
    own organization, or the one in context (``context``: the article's and the text's subject)."""
    told = {m.key for _, parties, _ in found for m, _ in parties}
    buyers = [m for t, parties, _ in found if t == "acquisition" for m, role in parties if role == "acquirer"]
    if _negated(masked):
        return []
    masked = descriptors_as_words(slots, masked)  # "B, the maker bought in 2011": the apposition as words
    deals = []
    for rule in AGENTLESS:
        for match in rule.pattern.finditer(masked):
            named = {g: slots[int(v[1:-1])] for g, v in match.groupdict().items() if v is not None}
            main, subject = context
            other = main if rule.other_side == "main" else subject or main
            other = buyers[0] if buyers and rule.main_role == "acquirer" else other
            sold = named.get("b") or named["s"]  # the business bought, or (unnamed) its seller
            if other is None or sold.key in told or other.key in {m.key for m in named.values()}:
                continue
            parties = [(other, rule.main_role)] + ([(named["b"], "target")] if "b" in named else [])
            parties += [(named[g], role) for g, role in (("a", "acquirer"), ("s", "seller")) if g in named]
            deals.append(("acquisition", parties, within_its_clause(masked[match.start() :])))
            told.add(sold.key)
    return deals


# "The two companies are also creating a joint venture": the pair on one side of the last deal
_THE_PAIR = re.compile(
    r"^(?:the|both)\s+(?:two\s+)?(?:companies|groups|firms|banks|partners|operators)\b", re.IGNORECASE
)


def _pair_of_last_deal(
    slots: list[OrgMention], masked: str, deals: list[DealFact]
) -> tuple[list[OrgMention], str]:
    """A sentence opening with "The two companies" speaks of the two organizations that shared a
    side of the deal just told (two buyers, two partners): they are written in as its subject."""
    match = _THE_PAIR.match(masked)
    if match is None or not deals:
        return slots, masked
    last = deals[-1]
    first_role = last.participants[0].role
    pair = [p for p in last.participants if p.role == first_role]
    if len(pair) != 2:
        return slots, masked
    mentions = [OrgMention(p.organization_key, p.organization_name, "", 0, 0) for p in pair]
    n = len(slots)
    return [*slots, *mentions], f"⟨{n}⟩ and ⟨{n + 1}⟩" + masked[match.end() :]


def _without_parsed_repeats(deals: list[DealFact], from_parse: set[int]) -> list[DealFact]:
    """A deal read from a parse whose parties another deal already names is that deal, told again."""
    keys = [({p.organization_key for p in d.participants}, id(d)) for d in deals]
    return [
        deal
        for deal in deals
        if id(deal) not in from_parse
        or not any(
            other != id(deal) and {p.organization_key for p in deal.participants} <= parties
            for parties, other in keys
        )
    ]


def _parsed_deals(
    syntax: Syntax, sentence: Sentence, slots: list[OrgMention], masked: str
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """Where no trigger pattern read the sentence: the deal verb's subject and object from the parse."""
    if len({m.key for m in slots}) < 2:
        return []
    parsed = syntax.sentence_at(sentence.start)
    if parsed is None or _negated(masked):
        return []
    context = {slots[n].start for n in _appositive_slots(masked)}
    mentions = [m for m in slots if m.start not in context and m.end > m.start]
    found = [(deal_type, parties, _amount_clause(sentence, parties, word, masked))
             for deal_type, parties, word in deals_with_words(parsed, mentions)]
    if context:  # "B, the firm acquired by A in 2021, ...": the apposition tells a deal of its own
        told = {frozenset(p for p, _ in parties) for _, parties, _ in found}
        every = [m for m in slots if m.end > m.start]
        found += [(deal_type, parties, _apposition_clause(sentence, parsed, word))
                  for deal_type, parties, word in deals_with_words(parsed, every)
                  if _told_in_apposition(parsed, parties, word, context)
                  and frozenset(p for p, _ in parties) not in told]
    return found


def _told_in_apposition(
    parsed: ParsedSentence, parties: list[tuple[OrgMention, str]], word: int, context: set[int]
) -> bool:
    """A deal naming an organization the sentence's appositions hold (context elsewhere) stands when its
    deal word is inside the same apposition: "B, the firm acquired by A, grew": A bought B."""
    held = [m for m, _ in parties if m.start in context]
    return bool(held) and all(inside_apposition_with(parsed, word, m.start) for m in held)


def _apposition_clause(sentence: Sentence, parsed: ParsedSentence, word: int) -> str:
    """The apposition's words from its deal word on: its amount, never a figure the sentence tells of
    the company ("B, bought by A in 2021, contributed EUR 19 million")."""
    end = apposition_end(parsed, word) or sentence.end
    return sentence.text[max(0, word - sentence.start) : end - sentence.start]


def _amount_clause(
    sentence: Sentence, parties: list[tuple[OrgMention, str]], word: int, masked: str
) -> str:
    """The words from the deal's own amount on: of the money figures in the sentence, the one nearest
    the deal's second side, in its own clause if that has one ("$350 million into a hub at A, and
    another $100 million into a centre at B": A's deal is the $350 million, B's the $100 million),
    never a valuation or a revenue figure."""
    others = [m.start for m, role in parties[1:] if sentence.start <= m.start < sentence.end]
    anchor = (others[0] if others else word) - sentence.start
    figures = [
        q for q in find_quantities(sentence.text)
        if q.kind == "money"
        and not _a_valuation(sentence.text[max(0, q.start - _DEAL_VALUED_CHARS) : q.start])
    ]
    if not figures:
        return masked
    # a figure in the anchor's own clause first: "$350 million into a plant at A, and another $100 million
    # into a centre at B": the later figure is nearer A's name, but in B's clause
    cuts = [m.start() for m in _CLAUSE_BOUNDARY.finditer(sentence.text)]
    own = [q for q in figures if bisect.bisect(cuts, q.start) == bisect.bisect(cuts, anchor)]
    nearest = min(own or figures, key=lambda q: abs(q.start - anchor))
    return sentence.text[nearest.start :]


_VALUATION_LEAD = re.compile(r"(?i)valued\s+at|valuing|valuation|revenue|sales|market\s+value")
# ... unless the deal itself is what is valued: "in a deal valued at $563 million", "a scheme of arrangement
# valued at about $370 million"
_DEAL_VALUED = re.compile(
    r"(?i)\b(?:deal|transaction|acquisition|purchase|takeover|buyout|merger|contract|agreement|arrangement|"
    r"sale|order|offer|bid)\s+valued\s+at\s*(?:(?:about|around|roughly|approximately|nearly|some|almost|"
    r"up\s+to|more\s+than|over)\s+)?$"
)
_LEAD_CHARS = 25  # how far before a figure its valuation or revenue cue is looked for
_DEAL_VALUED_CHARS = 60  # ... and the deal noun it may value ("a transaction valued at about")


def _a_valuation(lead: str) -> bool:
    """The words before a money figure say it values a company (or is its revenue), not the deal."""
    return _VALUATION_LEAD.search(lead[-_LEAD_CHARS:]) is not None and _DEAL_VALUED.search(lead) is None


def _mostly_chrome(sentence: Sentence, boilerplate: Coverage) -> bool:
    """A sentence that is page chrome; a wire credit inside a dateline ("SEOUL (Reuters) -") leaves
    the rest of the sentence a story sentence."""
    return boilerplate.covered(sentence.start, sentence.end) * 2 >= sentence.end - sentence.start


def _threaded_deals(
    text: str,
    sentences: Sequence[Sentence],
    index: int,
    masked: str,
    slots: list[OrgMention],
    pending: PendingDeal | None,
    published: date | None,
) -> list[DealFact]:
    """The deals opened in an earlier sentence, once this one names their other parties."""
    if pending is None:
        return []
    opened = sentences[pending.sentence_index]
    deal_type = follow_up_type(pending, masked)
    return [
        _make_deal(text, opened, sentences[index], deal_type, parties, published, pending.clause)
        for parties in follow_up_parties(pending, masked, slots, index, _appositive_slots(masked))
    ]


_PAID_FOR_STAKE = re.compile(
    r"⟨(\d+)⟩\s+(?:paid|pays|spent|spends|has\s+paid|had\s+paid)\s+(?:[^⟨⟩.;]|\.(?=\d)){1,40}?\bfor\s+"
    r"(?:an?|its|their)\s+(?:[\w%.,-]+\s+){0,3}?stake\b(?!\s+in\s+⟨)",
    re.IGNORECASE,
)


def _implicit_stake(
    masked: str, slots: list[OrgMention], deals: list[DealFact]
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """ "B paid $5.7 billion for a 9.99% stake": the company whose shares the story is about is the
    investee of the investment or acquisition told just before."""
    if not deals or deals[-1].deal_type not in ("investment", "funding", "acquisition"):
        return []
    investee = next((p for p in deals[-1].participants if p.role in ("investee", "target")), None)
    if investee is None:
        return []
    target = OrgMention(investee.organization_key, investee.organization_name, "", 0, 0)
    found = []
    for match in _PAID_FOR_STAKE.finditer(masked):
        investor = slots[int(match.group(1))]
        if investor.key != target.key:
            parties = [(investor, "investor"), (target, "investee")]
            found.append(("investment", parties, masked[match.start() :]))
    skip = _appositive_slots(masked)
    for match in _BOUGHT_IN.finditer(masked):
        before = _slot_positions(masked[: match.start()], skip)
        group = _coordinated(masked, before, match.start())
        investors = [slots[p[2]] for p in group or before[-1:]] if before else []
        investors = [m for m in investors if m.key != target.key]
        if investors:
            parties = [(m, "investor") for m in investors] + [(target, "investee")]
            found.append(("investment", parties, masked[match.start() :]))
    return found


# A partnership named by a noun with one side only: "Under a partnership with B, A will ...", "The
# partnership with B will bring loans to farmers" (the other side: the organization in context). A contract
# or an arrangement told the same way is read the same way ("The largest win was a $330 million contract
# with B", "To approve a three-year offtake contract with B", "a co-lending arrangement with B").
_NOMINAL_PARTNERSHIP = re.compile(
    r"\b(?P<noun>partnership|alliance|collaboration|tie-up|cooperation\s+agreement|arrangement|contract)\s+"
    r"with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+)⟩",
    re.IGNORECASE,
)
_NOUN_PHRASE_OPENING = re.compile(r"\b(?:an?|the|its|their)\s+[^⟨⟩;]*$", re.IGNORECASE)
_NOMINAL_TYPES = {"contract": "contract"}  # the noun's deal type where it is not a partnership


def _nominal_partnerships(
    masked: str, slots: list[OrgMention], in_context: OrgMention | None
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """The partner after "a partnership with"; the other side is the one organization named after the
    phrase ("Under a partnership with B, A will ..."), or, with none, the organization in context."""
    if _negated(masked):
        return []
    skip = _appositive_slots(masked)
    found = []
    for match in _NOMINAL_PARTNERSHIP.finditer(masked):
        partner = slots[int(match.group(2))]
        others = [slots[p[2]] for p in _slot_positions(masked, skip) if slots[p[2]].key != partner.key]
        before = [p for p in _slot_positions(masked[: match.start()], skip)]
        if before or len({m.key for m in others}) > 1:
            continue  # a named side before the phrase is the trigger tables' reading; two others: unclear
        other = others[0] if others else in_context
        if other is not None and other.key != partner.key:
            deal_type = _NOMINAL_TYPES.get(match.group("noun").lower(), "partnership")
            # the noun phrase from its article on: "a 10-year, $330 million contract with B" holds its amount
            phrase = _NOUN_PHRASE_OPENING.search(masked, max(0, match.start() - 60), match.start())
            start = phrase.start() if phrase else match.start()
            found.append((deal_type, [(other, "partner"), (partner, "partner")], masked[start:]))
    return found


# "A, B and C have also bought in": more investors in the company just named as an investee
_BOUGHT_IN = re.compile(
    r"(?<=⟩)\s+(?:have|has|had)\s+(?:also\s+)?(?:bought\s+in|invested|piled\s+in)\b(?!\s+(?:in|into)\b)"
    r"(?=\s*[.;,]|\s*$)",
    re.IGNORECASE,
)


# "A and B also joined the round"; "C also took part."; "D, an earlier investor, also put in more money.";
# "The rest came from existing shareholders, with A and B among the investors taking part."; "E led the
# round"; "F put in the largest single cheque"
_JOINED_ROUND = re.compile(
    r"\b(?:also\s+)?(?:joined|participated\s+in|took\s+part\s+in|invested\s+in|led|co-led)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\b"
    r"|(?<=⟩)\s+(?:also\s+)?(?:put\s+in|wrote|provided|contributed)\s+the\s+(?:largest|biggest)\s+(?:single\s+)?"
    r"(?:cheque|check|ticket|share|sum)\b"
    r"|(?<=⟩)\s+among\s+the\s+(?:other\s+|existing\s+|new\s+)?(?:investors|backers|participants)\b"
    # "C and D also took part, alongside existing investors."
    # "A and two angel investors also came in."
    r"|\balso\s+(?:took\s+part|participated|invested|joined|came\s+in|chipped\s+in|put\s+in\s+"
    r"(?:more\s+|fresh\s+|new\s+)?(?:money|capital|cash|funds))(?=\s*(?:[.;,]|$))"
    # "The round was led by A; B and the trading house C participated.": a bare participation closing
    # the clause right after its investors
    # "The state agency B took part through its innovation fund.": the vehicle it took part by
    r"|(?<=⟩)\s+(?:participated|took\s+part|co-invested)(?=\s*(?:[.;,]|$)|\s+(?:through|via)\s)"
    # "Existing backers A and B returned, and C joined as a new investor."
    r"|(?<=⟩)\s+(?:also\s+)?(?:returned|joined\s+as\s+(?:an?\s+)?(?:new\s+)?(?:investors?|backers?|shareholders?))"
    r"(?=\s*(?:[.;,]|$))"
    # "B and C came in alongside, and existing backer D followed on.": other verbs of taking part, closing
    # the clause right after their investors (or after an apposition on them: "B and C, both existing
    # shareholders, followed on")
    r"|(?<=⟩)(?:,[^,;⟨⟩]{1,40},)?\s+(?:also\s+)?(?:came\s+in|come\s+in|followed\s+on|chipped\s+in|joined)"
    r"(?:\s+(?:alongside|too|as\s+well))?(?=\s*(?:[.;,]|$))"
    # "A led the round, with B and C also taking part": the same as a participle
    r"|(?<=⟩)\s+(?:also\s+)?(?:taking\s+part|participating|co-investing|following\s+on|joining)"
    r"(?=\s*(?:[.;,]|$))"
    # "A led, joined by B": a lead investor named without its round; "A led it": the round as a pronoun,
    # which masking may have read as the current subject ("⟨0⟩ led ⟨0⟩")
    r"|(?<=⟩)\s+(?:led|co-led)(?:\s+(?:it|⟨\d+⟩))?(?=\s*(?:[.;,]|$))"
    # "A led it; B and C put in the rest": the round's remainder from the others
    r"|(?<=⟩)\s+(?:also\s+)?(?:put\s+in|provided|contributed|made\s+up)\s+the\s+(?:rest|remainder|balance)\b"
    # "Existing backers A and B put in money as well."
    # "B, which backed the seed round, put in more money as well."
    r"|(?<=⟩)(?:,\s+(?:which|who)\s+[^;]{1,120}?,)?\s+(?:also\s+)?(?:put\s+in|invested|added|contributed)\s+"
    r"(?:more\s+|fresh\s+|new\s+)?(?:money|capital|cash|funds)\s+(?:as\s+well|too)(?=\s*(?:[.;]|$))"
    # "Existing backer D, which led the company's Series A in 2024, invested again."; "E took up its pro-rata
    # share"; "F increased its holding": a returning backer's own verbs, closing the clause, a relative
    # clause on the backer allowed between
    r"|(?<=⟩)(?:,\s+(?:which|who)\s+[^;]{1,120}?,)?\s+(?:also\s+)?(?:invested\s+again|re-?invested|"
    r"followed\s+on|put\s+in\s+more\s+(?:money|capital|cash)|took\s+up\s+its\s+pro[\s-]rata\s+"
    r"(?:share|allocation|entitlement)|increased\s+its\s+(?:holding|stake|shareholding))(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)


# "The first banks are A, B and C, which signed the agreement alongside the two operators"; "D also signed
# the memorandum": more signatories of the agreement told just before. An apposition or relative clause
# may stand between the signatory and its verb ("E, the trading house, is also a signatory").
_SIGNED_THING = r"(?:agreements?|memorand(?:um|a)|mous?|deal|pact|document|accord)"
_ORDINAL = r"(?:second|third|fourth|fifth|further)"
_ON_THE_SIGNER = r"(?:,[^,;⟨⟩]{1,80},)?"  # "F, which runs the courses, is also a party to the agreement"
_SIGNED_IT_TOO = re.compile(
    rf"(?:(?<=⟩)|(?<=⟩\)))(?:\s*\([^()⟨⟩]{{1,30}}\))?{_ON_THE_SIGNER},?\s+(?:which\s+|who\s+)?"
    rf"(?:also\s+|(?:have|has)\s+(?:also\s+)?)?(?:signed|joined|co-signed)\s+(?:the(?:\s+same)?|that|this)\s+"
    rf"{_SIGNED_THING}\b"
    # "C and D are also signatories."; "E is also a party to the agreement."; "E is also part of the pact."
    rf"|(?<=⟩){_ON_THE_SIGNER}\s+(?:is|are|was|were)\s+also\s+(?:(?:signatories|a\s+signatory)\b|(?:a\s+)?"
    rf"(?:part(?:y|ies)\s+to|part\s+of)\s+(?:the|that|this)\s+{_SIGNED_THING}\b)"
    # "L joined as an observer and fourth signatory."
    r"|(?<=⟩)\s+(?:also\s+)?joined\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:signatory|party)\b"
    # "G, which runs two of the parks, signed as well."; "H, the agency that supervises it, signed as the
    # third party."
    rf"|(?<=⟩){_ON_THE_SIGNER}\s+(?:signed|co-signed)\s+(?:as\s+well|too|as\s+(?:the|an?)\s+{_ORDINAL}\s+"
    r"(?:party|signatory))(?=\s*(?:[.;,]|$))"
    # "G also signed."; "H, which is paying for it, also signed as funding partner."
    rf"|(?<=⟩){_ON_THE_SIGNER}\s+also\s+(?:signed|co-signed)(?:\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:partner|signatory|party|witness))?(?=\s*(?:[.;,]|$))"
    # "J, which is a fourth signatory, will fund part of it."; "K is the third signatory."
    rf"|(?<=⟩),\s+(?:which|who)\s+(?:is|was)\s+(?:also\s+)?an?\s+(?:{_ORDINAL}|another)\s+"
    r"signatory\b"
    # "K is the third signatory."; "M, which groups small growers, is the third party to the agreement."
    # "N is the third public party." (one describing word; "party" closing the clause)
    rf"|(?<=⟩){_ON_THE_SIGNER}\s+(?:is|was)\s+(?:also\s+)?(?:the|an?)\s+{_ORDINAL}\s+(?:[\w-]+\s+)?"
    rf"(?:signatory\b|party\s+to\s+(?:the|that|this)\s+{_SIGNED_THING}\b|party(?=\s*(?:[.;,]|$)))"
    # "P will host the finals and is also party to the memorandum": a second predicate of the signer
    rf"|(?<=⟩)\s+[^⟨⟩.;,]{{1,60}}?\s+and\s+(?:is|are)\s+also\s+(?:a\s+)?(?:signatories|a\s+signatory|"
    rf"part(?:y|ies)\s+to\s+(?:the|that|this)\s+{_SIGNED_THING})\b"
    # the role told first, the signer after it: "The third signatory is Q."; "A fourth signatory, the water
    # users' board R, will manage the canals."
    rf"|^\W*(?:the|an?)\s+{_ORDINAL}\s+(?:signatory|party\s+to\s+(?:the|that|this)\s+{_SIGNED_THING})\s*"
    r"(?:(?:is|was)\s+|,\s+(?:(?:the|an?)\s+)?(?:[\w’'-]+\s+){0,4}?)(?P<after>⟨\d+⟩)",
    re.IGNORECASE,
)
# Later sentences naming more parties of the deal told just before: (its types, the cue, their role; None
# for the deal's own first role)
JOINERS: tuple[tuple[tuple[str, ...], re.Pattern[str], str | None], ...] = (
    (("funding",), _JOINED_ROUND, "investor"),
    (("mou", "partnership", "contract"), _SIGNED_IT_TOO, None),
)


_SPEAKS = re.compile(r"\s+(?:said|says|told|added|announced|confirmed)\b")
# "C also took part, as did existing backers D and E": the investors named after "as did" join too
# "A led, joined by B and by C": so do those a joiner's "joined by" names; "C also took part, alongside
# existing backer D": and those it names alongside
# "joined the round alongside existing shareholder D"; "also took part, along with existing shareholder E":
# the same with no comma or "along with"; "as did the provincial development agency F": up to six words
# describing it, but never "of" ("as did the venture arm of G, H": G owns the backer)
_AS_DID = re.compile(
    r"(?:,\s+(?:as\s+did|joined\s+by|alongside|along\s+with)|\s+(?:alongside|along\s+with))\s+"
    r"(?:(?!of\s)[\w.’'-]+\s+){0,6}?⟨\d+⟩"
    r"(?:(?:\s*,\s*⟨\d+⟩)*,?\s+(?:and|&)\s+(?:by\s+)?⟨\d+⟩)?"
)


# sentences back a deal may be to take more parties: "HV Capital also joined" a paragraph after another
# company's round joins a round the text never named, not that one
_JOIN_REACH = 3


def _join_round(masked: str, slots: list[OrgMention], deals: list[DealFact], since: int = 0) -> bool:
    """ "A and B also joined the round", "C also signed the agreement": more parties of the deal told
    just before, from ``since`` on (whether any joined)."""
    if not deals or deals[-1].evidence.start < since:
        return False
    deal = deals[-1]
    joined = _others_included(masked, slots, deal)
    for deal_types, cue, role in JOINERS:
        if deal.deal_type not in deal_types:
            continue
        # "A and B returned, and C joined as a new investor": each joiner clause brings its own names
        for start, match in _joiner_clauses(cue, masked):
            joined = _join_clause(masked, slots, deal, (start, match), role) or joined
        deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)
    return joined


# A sentence opening with a cue whose list names the investors of the round just told: (example, cue). The
# list is every name coordinated after the cue ("A, B and C, alongside existing backers D and E"). Each
# example is tested in tests/unit/test_deal_round_investor_lists.py.
ROUND_INVESTORS_LISTED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Other investors included A and B.", re.compile(
        r"^\s*(?:the\s+)?(?:other|further|additional|existing|new|returning)\s+(?:investors|backers|participants)\s+"
        r"(?:in\s+the\s+round\s+)?(?:included|include|were|are|comprised|comprise)\s+(?:the\s+)?(?=⟨)",
        re.IGNORECASE)),
    # the round's investors or lenders named by their role, no "other" before it: "Lead investor is A",
    # "The lenders are A and B" (a debt facility's lenders fund it)
    ("The lenders are A and B.", re.compile(
        r"^\s*(?:the\s+)?(?:round['’]s\s+)?(?:lead\s+investors?|lenders|co-investors)\s+"
        r"(?:is|are|was|were|included|include)\s+(?:the\s+)?(?=⟨)",
        re.IGNORECASE)),
    # the round named again as the subject of a passive "led by": its lead investor(s)
    ("The round was led by A.", re.compile(
        r"^\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:round|raise|financing|investment)\s+(?:was|is|has\s+been)\s+"
        r"(?:(?:co-)?led|joined|backed)\s+by\s+(?:the\s+)?(?:(?!of\s)[\w-]+\s+){0,3}?(?=⟨)",
        re.IGNORECASE)),
    # the participation told first with "also", the round left unnamed: "Also investing were A and B"
    ("Also taking part were A and B.", re.compile(
        r"^\s*also\s+(?:taking\s+part|participating|investing|co-investing|joining)\s+(?:in\s+the\s+"
        r"(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\s+)?(?:were|was)\s+(?:the\s+)?(?=⟨)",
        re.IGNORECASE)),
    # the round named again as the subject of an active verb drawing its investors
    ("The round also drew the family office A and B.", re.compile(
        r"^\s*(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\s+(?:also\s+)?(?:drew|attracted|"
        r"brought\s+in|includes|included)\s+(?:the\s+)?(?:(?!of\s)[\w-]+\s+){0,3}?(?=⟨)",
        re.IGNORECASE)),
    # the investors told beside the teller or the lead: "Alongside us were the Finnish fund A and B"
    ("Alongside us were the fund A and the investor B.", re.compile(
        r"^\s*(?:alongside|together\s+with)\s+(?:us|them|it|⟨\d+⟩)\s+(?:in\s+the\s+round\s+)?(?:were|was)\s+"
        r"(?:the\s+)?(?:(?!of\s)[\w-]+\s+){0,3}?(?=⟨)",
        re.IGNORECASE)),
    # one more investor by its ordinal: "The third new investor is A"
    ("The third new investor is A.", re.compile(
        rf"^\s*(?:the|an?)\s+{_ORDINAL}\s+(?:new\s+|lead\s+)?(?:investor|backer|participant)\s+(?:is|was)\s+"
        r"(?:the\s+)?(?:(?!of\s)[\w-]+\s+){0,3}?(?=⟨)",
        re.IGNORECASE)),
    # the participation told first, its investors after the verb
    ("Joining the round were A, B and C.", re.compile(
        r"^\s*(?:also\s+)?(?:joining|participating\s+in|leading|co-leading)\s+(?:the\s+(?:[\w-]+\s+){0,2}?"
        r"(?:round|raise|financing)|it|⟨\d+⟩)\s+(?:were|was)\s+(?:the\s+)?(?=⟨)",
        re.IGNORECASE)),
)


def _round_investors_cue(masked: str) -> re.Match[str] | None:
    """The cue of ``ROUND_INVESTORS_LISTED`` the sentence opens with, if any."""
    return next((m for _example, cue in ROUND_INVESTORS_LISTED if (m := cue.match(masked))), None)


def _listed_after(masked: str, at: int) -> list[tuple[int, int, int]]:
    """The slots of the list opening at ``at``: "A, B and C" (", alongside existing backers D and E" joins
    the list as a descriptor would)."""
    after = [(m.start() + at, m.end() + at, int(m.group(1))) for m in re.finditer(_SLOT, masked[at:])]
    return _and_the_rest(masked, after) if after else []


def _others_included(masked: str, slots: list[OrgMention], deal: DealFact) -> bool:
    """ "Other investors included A and B", "The round was led by A": every listed name joins the round
    (whether the sentence listed any)."""
    if deal.deal_type != "funding":
        return False
    cue = _round_investors_cue(masked)
    if cue is None:
        return False
    listed = _listed_after(masked, cue.end())
    for _start, _end, number in listed:
        mention = slots[number]
        if all(p.organization_key != mention.key for p in deal.participants):
            deal.participants.append(DealParticipant(mention.key, mention.name, "investor"))
    deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)
    return bool(listed)  # the sentence tells the round again, even naming no one new: it states no deal


def _joiner_clauses(cue: re.Pattern[str], masked: str) -> list[tuple[int, re.Match[str]]]:
    """Every match of a joiner cue, with where its clause's names begin (the previous match's end)."""
    found, start = [], 0
    for match in cue.finditer(masked):
        found.append((start, match))
        start = match.end()
    return found


def _join_clause(
    masked: str, slots: list[OrgMention], deal: DealFact, at: tuple[int, re.Match[str]], role: str | None
) -> bool:
    """The names of one joiner clause join ``deal`` (whether any did)."""
    start, match = at
    start = max(start, masked.rfind(";", start, match.start()) + 1)  # "A led it; B also took part"
    joined = False
    skip = _appositive_slots(masked)
    before = [
        (m.start() + start, m.end() + start, int(m.group(1)))
        for m in re.finditer(_SLOT, masked[start : match.start()])
    ]
    # "A said B also joined the round": the speaker is no backer
    before = [b for b in before if b[2] not in skip and not _SPEAKS.match(masked, b[1])]
    group = _described_joiners(masked, before) or _coordinated(masked, before, match.start(), adjacent=False)
    group = group or before[:1]
    as_did = _AS_DID.match(masked, match.end())
    numbers = [n for _start, _end, n in group]
    if "after" in match.re.groupindex and match.group("after"):  # "The third signatory is B": named after
        numbers.append(int(match.group("after")[1:-1]))
    numbers += [int(n) for n in re.findall(_SLOT, as_did.group())] if as_did else []
    joined_role = role or deal.participants[0].role
    for number in numbers:
        mention = slots[number]
        if all(p.organization_key != mention.key for p in deal.participants):
            deal.participants.append(DealParticipant(mention.key, mention.name, joined_role))
            joined = True
    return joined


# Between two joiners of a list that closes on the joiner cue: an acronym, an apposition, and a description
# before the next name ("A (AC), the state railway company that runs the trains, and the private haulier B";
# "B, the state-backed fund of funds, C and the trading house's investment arm D also took part")
_JOINER_GAP = re.compile(
    r"\s*(?:\((?:[^()⟨⟩]{1,30}|⟨\d+⟩)\))?"
    r"(?:,\s+(?:the|an?)\s+(?:[^,;⟨⟩]|⟨\d+⟩){1,80}(?=,)|\s+(?:that|which|who)\s+[^,;⟨⟩]{1,80}(?=,))?"
    r"(?:\s*,\s*|,?\s+and\s+|\s*&\s*)"
    r"(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,6}?"
)


def _described_joiners(masked: str, before: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The list of joiners ending with the last name before the cue, its members told with descriptors;
    a list with "and" (two names with only a comma between are an apposition, no list)."""
    if len(before) < 2:
        return []
    group = [before[-1]]
    for previous in reversed(before[:-1]):
        if not _JOINER_GAP.fullmatch(masked, previous[1], group[0][0]):
            break
        group.insert(0, previous)
    gaps = [masked[a[1] : b[0]] for a, b in zip(group, group[1:], strict=False)]
    return group if len(group) > 1 and any(re.search(r"(?:^|\s)(?:and|&)\s", g) for g in gaps) else []


def _round_of_opening(
    text: str,
    sentences: Sequence[Sentence],
    at: tuple[int, str, list[OrgMention]],
    pending: PendingDeal | None,
    deals: list[DealFact],
    published: date | None,
) -> bool:
    """ "B has raised $120 million, extending its Series C round. ... A and C also joined the round": a
    round opened with its investee alone, its investors named by the joiner cues; the round is told
    from here on (whether it was)."""
    index, masked, slots = at
    if pending is None or pending.opening.deal_type != "funding":
        return False
    listed = _round_investors_cue(masked) is not None  # "The round was led by A."
    if not listed and not _JOINED_ROUND.search(masked):
        return False
    opened = sentences[pending.sentence_index]
    following = sentences[index]
    round_ = _make_deal(text, opened, following, "funding", [(pending.subject, "investee")], published,
                        pending.clause)
    deals.append(round_)
    if _join_round(masked, slots, deals):
        return True
    deals.pop()
    return False


# "The seller is A." / "The sellers are A and B." / "A was the seller.": the acquisition just told, its seller
# "The seller is the US investment firm A"; "The sellers are a consortium (of investors) led by A"
_SELLER_NAMED = re.compile(
    r"^\s*(?:the|its|their)\s+(?:sellers?|vendors?)\s+(?:is|are|was|were)\s+"
    r"(?:(?:an?|the)\s+(?:group|consortium|syndicate)\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:led|headed)\s+by\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?=⟨)"
    r"|(?<=⟩)\s+(?:is|was|were|are)\s+the\s+(?:sellers?|vendors?)\b"
    # "The shares were purchased from A", "The shares are being sold by A": what the deal told just before
    # bought, and whom from; the target may be told by its description ("The French sneaker chain was
    # bought from South Africa's A")
    r"|^\s*(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+"
    r"(?:were|was|are|is|have\s+been|had\s+been|will\s+be)\s+(?:being\s+)?"
    r"(?:(?:acquired|purchased|bought)\s+from|sold\s+by)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?=⟨)",
    re.IGNORECASE,
)


def _join_sellers(masked: str, slots: list[OrgMention], deals: list[DealFact]) -> None:
    """ "The seller is A", "The shares were purchased from A": A joins the acquisition told just before
    as its seller."""
    if not deals or deals[-1].deal_type != "acquisition":
        return
    match = _SELLER_NAMED.search(masked)
    if match is None:
        return
    positions = [(m.start(), m.end(), int(m.group(1))) for m in re.finditer(_SLOT, masked)]
    if masked[match.end() : match.end() + 1] == "⟨":  # "The seller is A ..."
        after = [p for p in positions if p[0] >= match.end()]
        group = _coordinated(masked, after, after[-1][1] + 1 if after else 0, adjacent=False) or after[:1]
    else:  # "A was the seller"
        before = [p for p in positions if p[1] <= match.start()]
        group = _coordinated(masked, before, match.start()) or before[-1:]
    deal = deals[-1]
    for _start, _end, number in group:
        mention = slots[number]
        if all(p.organization_key != mention.key for p in deal.participants):
            deal.participants.append(DealParticipant(mention.key, mention.name, "seller"))
    deal.summary = _summary(deal.deal_type, deal.participants, deal.amount, deal.currency)


# ---------------------------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------------------------


def _mask(
    text: str,
    sentence: Sentence,
    mentions: list[OrgMention],
    subject: OrgMention | None,
    main: OrgMention | None = None,
    told_as_subject: frozenset[int] = frozenset(),
) -> tuple[list[OrgMention], str]:
    """Replace organization mentions with slots and subject pronouns with the current subject; "we",
    "us" and "our" (a company's own voice in a release, a quote or an interview) with the organization
    the article is about."""
    items: list[tuple[int, int, OrgMention | None]] = [
        (m.start, m.end, _article_subject(text, sentence, m, mentions, main, told_as_subject))
        for m in mentions
    ]
    voice = _first_person_voice(sentence, mentions, main)
    for match in _FIRST_PERSON.finditer(sentence.text) if voice is not None else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(s <= start < e for s, e, _ in items):
            items.append((start, end, OrgMention(voice.key, voice.name, match.group(), start, end)))
    for match in _PRONOUN.finditer(sentence.text):
        described = next((g for g in ("described", "invested_in") if match.group(g)), None)
        begin = match.start(described) if described else match.start()
        start = sentence.start + begin
        if not any(s <= start < e for s, e, _ in items):
            items.append((start, sentence.start + match.end(), None))
    items.sort(key=lambda item: item[0])
    slots: list[OrgMention] = []
    pieces: list[str] = []
    cursor = sentence.start
    pronoun_target: OrgMention | None = None
    speaker: OrgMention | None = None  # the organization just before "said it ..."
    last_pronoun: OrgMention | None = None
    for start, end, mention in items:
        if start < cursor:
            continue
        if mention is None:  # a pronoun: "B said it ...", else this sentence's subject, else the last subject
            possessive = text[end : end + 1] == "s"
            mention = speaker or (last_pronoun if possessive else None) or pronoun_target or subject
            if main is not None and _BOARD.search(text, start, end):
                if _OTHERS_AGREE.search(sentence.text):
                    continue  # "The board approved an agreement under which B will supply C": B and C agree
                mention = main  # "The board approved ...": the issuer's own board, not the last company named
            if possessive and slots and _ON_ITS.fullmatch(text[cursor:start]):
                mention = slots[-1]  # "C advised A on its purchase of B": A buys, not its adviser
            if possessive and slots and slots[-1] is mention and re.fullmatch(
                r",\s+", text[cursor:start]
            ):
                mention = subject  # "ELYSIS, its joint venture with B": "its" is not the thing it describes
            elif (  # a pronoun with nothing to stand for (mention None) is skipped below
                mention
                and slots
                and slots[-1].key == mention.key
                and _DESCRIBING.fullmatch(text, cursor, start)
            ):
                mention = subject  # "B, the insurer it bought in 2016": "it" is not the insurer
            elif mention and slots and slots[-1].key == mention.key and _RIGHT_AFTER.fullmatch(
                text, cursor, start
            ):
                mention = subject  # "B, the insurer it bought" with "the insurer" read as B: "it" is not B
            if mention is None:
                continue
            if main is not None and main.key != mention.key and _named_after(items, start, mention.key):
                mention = main  # "The lender said it raised its stake in B to 100%": "it" is not B
            pronoun_target = pronoun_target or mention
            last_pronoun = mention  # "B said it had completed its purchase": "its" is that "it"
            # the organization standing where the pronoun is written, so a parse of the sentence reads it
            mention = OrgMention(mention.key, mention.name, text[start:end], start, end)
        elif not slots and re.fullmatch(r"[^⟨⟩]{0,50}", text[sentence.start : start]):
            pronoun_target = mention  # an organization opening the sentence is its subject
        pieces.append(text[cursor:start])
        pieces.append(f"⟨{len(slots)}⟩" + ("'" if text[end : end + 1] == "s" else ""))  # "its" -> "⟨n⟩'s"
        slots.append(mention)
        cursor = end
        speaker = mention if _SPEAKER_VERB.match(text, end) else None
    pieces.append(text[cursor : sentence.end])
    return slots, "".join(pieces)


# "The company", "the Salt Lake City-based group": a described organization (the organizations stage
# resolved it from context), as written; a defined term ("the Company") names its own organization
_DESCRIBED_MENTION = re.compile(r"[Tt]he\s+(?:[\w.-]+\s+){0,4}?[a-z][\w-]*")
_BEFORE_SUBJECT = re.compile(r"[\w\s,'’-]{0,30}")  # "On Tuesday, the company ..." (no name before it)


def _descriptors_of_subjects(
    text: str, sentences: Sequence[Sentence], mentions: list[OrgMention]
) -> frozenset[int]:
    """Where a described mention ("the company") stands for an organization whose latest named mention
    opened its sentence as the subject."""
    starts = [s.start for s in sentences]
    opened: dict[str, bool] = {}  # key -> whether its latest named mention opened its sentence
    found: set[int] = set()
    first_in_sentence: dict[int, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        at = bisect.bisect_right(starts, m.start) - 1
        if at < 0:
            continue
        first = first_in_sentence.setdefault(at, m.start)
        if _DESCRIBED_MENTION.fullmatch(m.text):
            if opened.get(m.key):
                found.add(m.start)
            continue
        opened[m.key] = first == m.start and _opens_as_subject(text, sentences[at].start, m)
    return frozenset(found)


# A unit word before, in or right after a name: the group's own unit, never what "the company" names
_OWN_UNIT_WORD = r"(?:subsidiary|unit|arm|division|segment)"
_UNIT_LEAD = re.compile(rf"(?i).*\b{_OWN_UNIT_WORD}\s+$")  # "The wholesale unit B"
_UNIT_NAME = re.compile(rf"(?i).*\b{_OWN_UNIT_WORD}$")  # "Education Division"
# ", the agency's Tokyo-based subsidiary"
_UNIT_APPOSITION = re.compile(rf",\s+(?:the|an?|its)\s+[^,;.⟨⟩]{{0,60}}?\b{_OWN_UNIT_WORD}\b")
_POSSESSIVE_LEAD = re.compile(r".*['’]s\s+$", re.DOTALL)  # "Magalu's B digital account"
# an opening phrase closed by a comma ("On Tuesday, B ..."), else two words at most ("Almere-based B"):
# "Also investing were B" names B after its verb
_SUBJECT_LEAD = re.compile(r"[\w\s'’-]{0,30},\s*|(?:[\w.'’-]+\s+){0,2}")


def _opens_as_subject(text: str, sentence_start: int, mention: OrgMention) -> bool:
    """The mention opens its sentence as the subject: only a few words before it ("On Tuesday,
    B ..."), not owned by a possessive before it, and no unit of a group."""
    lead = text[sentence_start : mention.start]
    if not _SUBJECT_LEAD.fullmatch(lead) or _POSSESSIVE_LEAD.match(lead) or _UNIT_LEAD.match(lead):
        return False
    if _UNIT_NAME.match(mention.text):
        return False
    return not _UNIT_APPOSITION.match(text, mention.end)


def _article_subject(
    text: str,
    sentence: Sentence,
    mention: OrgMention,
    mentions: list[OrgMention],
    main: OrgMention | None,
    told_as_subject: frozenset[int],
) -> OrgMention:
    """A described organization opening a sentence ("The company also signed ...") is the one the
    article is about unless the organization it was read as last opened a sentence as its subject
    ("B has the scale. The company raised $850 million"): one named in passing (a person's former
    employer, a backer after "Also investing were", the buyer after "acquired by") is no subject to
    carry."""
    if main is None or mention.key == main.key or not _DESCRIBED_MENTION.fullmatch(mention.text):
        return mention
    if mention.start in told_as_subject:
        return mention
    if not _BEFORE_SUBJECT.fullmatch(text, sentence.start, mention.start):
        return mention
    if any(other.start < mention.start for other in mentions):
        return mention
    return OrgMention(main.key, main.name, mention.text, mention.start, mention.end)


def _named_after(items: list[tuple[int, int, OrgMention | None]], position: int, key: str) -> bool:
    """The organization is named by name later in the sentence: a pronoun before it is someone else."""
    return any(mention is not None and start > position and mention.key == key for start, _, mention in items)


# A sentence opening with a described organization ("The group, controlled by C, agreed to sell its unit
# to B"; "The lender, acquired in 2019, is part of B"; "The private equity firm took B private") speaks of
# the organization in context, as "it" does.
# The same after an opening phrase of time or place: "On Tuesday the company signed ...", "In New Zealand,
# the group signed ..." (only the described organization is masked: the group named "described").
_OPENING_PHRASE = (
    r"(?:(?:On|In|At|During|Earlier|Later|Last|This|Separately|Meanwhile|Since)\s+[^,⟨⟩.;:]{1,30}?,?\s+)"
)
# the company nouns (``ORG_NOUNS``) that name another party than the one in context ("the rival", "the
# regulator", "the university", "the fund"): never read as "it"
_NOT_THE_SUBJECT = (
    r"(?:rival|peer|regulator|agency|university|school|investor|fund|newspaper|outlet|broker|player|house|"
    r"business|titan|giant)\b"
)
_THE_DESCRIBED = (
    rf"^{_OPENING_PHRASE}?(?P<described>(?<=\s)[Tt]he|^The)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?!{_NOT_THE_SUBJECT})(?:{ORG_NOUNS}|chain|"
    # its board acts for it: "The board also approved a joint venture with B" (never "the board of B")
    r"[Bb]oard(?:\s+of\s+[Dd]irectors(?!\s+of\b))?)\b"
    r"(?!['’]s|\s+(?:of|in|for|at)\b)"
)
# "Its purchase of B", "ELYSIS, its joint venture with B", "its merger with B": the owner of a deal noun is a
# party ("its contract with B" is read by the contract triggers; masked, "its" stands for the last subject)
_ITS_DEAL = (
    r"\b[Ii]t(?=s\s+(?:[\w-]+\s+){0,3}?(?:purchase|acquisition|takeover|joint\s+venture|merger|"
    r"partnership|alliance|collaboration)\s+(?:of|with)\b)"
)
# ... and after "invested in" or "a stake in": "B, which invested $100 million in the Brazilian carrier in
# 2015" (the carrier is the organization the sentence opened with, or the one in context)
_INVESTED_IN_THE_DESCRIBED = (
    r"\b(?:invest(?:s|ed|ing)?|stake)\b[^⟨⟩.;]{0,40}?\b(?:in|into)\s+(?P<invested_in>the)\s+"
    r"(?:[A-Z]?[a-z][\w-]*\s+){0,2}?(?:carrier|airline|lender|bank|insurer|company|firm|start-?up|operator|"
    r"retailer|chain)\b(?!['’]s|\s+(?:of|for)\b)"
)
_PRONOUN = re.compile(
    rf"\b(?:it|It|they|They)\b(?!['’]s)|{_ITS_DEAL}|{_THE_DESCRIBED}|{_INVESTED_IN_THE_DESCRIBED}"
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]ur)\b")
_BOARD = re.compile(r"\b[Bb]oard\b")
_OTHERS_AGREE = re.compile(r"\b(?:agreements?|contracts?|deals?)\s+(?:under\s+which|between)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_SAID = re.compile(r"\b(?:said|says|told|added|according\s+to)\b")


def _first_person_voice(
    sentence: Sentence, mentions: list[OrgMention], main: OrgMention | None
) -> OrgMention | None:
    """Whose "we" it is: in a quote with its speaker ("Ana Ruiz, chief executive of B, said it would
    help our customers") the organization named outside the quote, else the article's organization."""
    if not _SAID.search(_QUOTED.sub("", sentence.text)):
        return main
    quoted = [(sentence.start + m.start(), sentence.start + m.end()) for m in _QUOTED.finditer(sentence.text)]
    outside = [m for m in mentions if not any(s <= m.start < e for s, e in quoted)]
    return outside[0] if outside else main
_ON_ITS = re.compile(r"\s+(?:on|over|for|in)\s+")
# nothing between a name and a pronoun but a relative word: "B, the maker [that] it bought"
_RIGHT_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?")
# the words between an organization and a pronoun inside its apposition: "B, the Oregon insurer [it]"
_DESCRIBING = re.compile(r",\s+(?:the|an?)\s+[^,;⟨⟩]{0,60}?\s+(?:that\s+|which\s+)?")
_SPEAKER_VERB = re.compile(
    r"\s+(?:said|says|announced|added|confirmed|reported|told\s+\w+|noted|disclosed|revealed)\s+"
    r"(?:(?:on|late\s+on|early\s+on|last|this)\s+\w+\s+)?(?:that\s+)?"  # "said on Friday it ..."
    r"(?=(?:it|they)\b)"
)


# (the dot after the slot ends a legal suffix the name left out: "⟨1⟩., a ⟨2⟩ billing start-up,"; a dot
# before a line break ends the sentence, where a list item the splitter left whole runs on)
_APPOSITION = re.compile(
    r"⟩\.?\s*,\s+((?:the|a|an|one\s+of|⟨\d+⟩['’]s|⟨\d+⟩\s+of)\b[^,;]{0,140}?)(?:,|$|;|\.(?=[ \t]*\n))"
)


# "A, advised by C, agreed to buy B": an adviser, lawyer or banker of a party is no party
_ADVISED = re.compile(
    r"⟩\.?\s*,\s+(?:(?:which|who)\s+(?:was|were|is|are)\s+)?(?:advised|represented|counsell?ed)\s+"
    r"(?:on\s+the\s+(?:deal|transaction)\s+)?by\s+([^,;]{0,100}?)(?:,|;|$)"
)


def _context_only(masked: str, slots: list[OrgMention]) -> frozenset[int]:
    """The appositions' slots whose organization the sentence names nowhere else: "B, the app licensed
    by ⟨C⟩" (C), never "The ⟨B⟩ (⟨B's acronym⟩) signed", where the bracketed acronym is B again."""
    context = _appositive_slots(masked)
    named = {slots[n].key for n in range(len(slots)) if n not in context}
    return frozenset(n for n in context if n < len(slots) and slots[n].key not in named)


def _appositive_slots(masked: str) -> set[int]:
    """Slots inside ", the payments affiliate of ⟨1⟩," or ", ⟨1⟩'s payments affiliate," after a slot,
    and acronyms in parentheses (a set of the caller's own)."""
    return set(_appositive_slots_of(masked))


# A function of the masked sentence alone, asked for by up to seven readers of one sentence (26,712 calls
# for 5,606 sentences per 300 corpus articles): each sentence is scanned once. Bounded in count and in the
# length of what is kept (memo.py), so memory stays flat over a night.
@remembered_for_short_texts
def _appositive_slots_of(masked: str) -> frozenset[int]:
    inside: set[int] = set()
    # (", ⟨2⟩ of South Korea's ⟨3⟩,": the descriptor "the cloud unit" read as an alias of the name before it)
    for match in _APPOSITION.finditer(masked):
        if _LIST_ITEM.match(match.group(1)) or _DESCRIBED_LIST_ITEM.match(match.group(1)):
            continue  # "A, the B and the C", "A, the Dutch fund B and C": a list of names, no description
        inside.update(int(n) for n in re.findall(_SLOT, match.group(1)))
    for match in _ADVISED.finditer(masked):
        inside.update(int(n) for n in re.findall(_SLOT, match.group(1)))  # ", advised by ⟨1⟩,": an adviser
    for match in _WHICH_CLAUSE.finditer(masked):
        inside.update(int(n) for n in re.findall(_SLOT, match.group(1)))  # ", which runs the ⟨1⟩ app,"
    for match in _BRACKET_AFTER.finditer(masked):
        inside.update(int(n) for n in re.findall(_SLOT, match.group(1)))
    for match in (*_OWNER_OF_NAME.finditer(masked), *_OWNER_BEFORE_UNIT.finditer(masked)):
        inside.add(int(match.group(1)))  # "Kakao's payments arm ⟨x⟩", "Kakao unit ⟨x⟩": the owner is context
    for match in _NAME_OF_NAME.finditer(masked):
        inside.add(int(match.group(1) or match.group(2)))
    for match in _VENTURE_NAME.finditer(masked):
        # "its ⟨1⟩ joint venture with ...": the venture, not a partner
        inside.add(int(next(n for n in match.groups() if n is not None)))
    for match in _NAME_AS_MODIFIER.finditer(masked):
        inside.add(int(match.group(1)))  # "a ⟨1⟩ region", "its ⟨1⟩ platform": a place or product
    for match in _DESCRIPTOR_BEFORE_NAME.finditer(masked):
        if not _VERB_FORMS.intersection(match.group(2).lower().split()):
            inside.add(int(match.group(1)))  # "with ⟨1⟩ company ⟨2⟩": a country or sector describing the name
    return frozenset(inside)


# Compiled once (read for every sentence with a deal cue), not looked up in re's module cache per call.
_WHICH_CLAUSE = re.compile(r"⟩\.?\s*,\s+(?:which|who|whose)\b([^,;]{0,140}?),")
_BRACKET_AFTER = re.compile(r"⟩\s*\(([^)]{0,40})\)")
_OWNER_OF_NAME = re.compile(r"⟨(\d+)⟩['’]s\s+(?:[\w-]+\s+){0,3}?⟨\d+⟩")
# "with Quandra subsidiary Velorix Pay taking up the balance": the group names its unit, which acts
_OWNER_BEFORE_UNIT = re.compile(r"⟨(\d+)⟩\s+(?:subsidiary|unit|affiliate|arm|division)\s+(?:[Tt]he\s+)?⟨\d+⟩")
# "⟨x⟩ of ⟨y⟩", "⟨x⟩ in ⟨y⟩", "⟨x⟩ from ⟨y⟩": the second names where the first belongs; not after the agent
# of a passive deal ("is being acquired by ⟨x⟩ from ⟨y⟩": ⟨y⟩ is the seller)
_NAME_OF_NAME = re.compile(r"⟨\d+⟩\s+(?:of|in)\s+⟨(\d+)⟩|(?<!\bby\s)⟨\d+⟩\s+from\s+⟨(\d+)⟩")
_LIST_ITEM = re.compile(r"the\s+⟨\d+⟩(?:\s*\([^()]{1,30}\))?\s*(?:,|and\b|or\b|&|\.|$)")
# ... the next item told with its own descriptor before its name ("A, the Dutch fund B and C also took
# part"); a word tying the name to the one before it ("the venture arm of B", "the lender owned by B", "a
# joint venture between B and C", "the company that owns B") makes it a description of A
_DESCRIBED_LIST_ITEM = re.compile(
    r"(?:the|an?)\s+(?:(?!(?:of|by|for|from|in|at|with|to|as|between|that|which|who|whose|and|or|owned|backed|"
    r"led|controlled|run|formed|founded|created|set|known|called|named)\b)[\w’'-]+\s+){1,4}"
    r"⟨\d+⟩(?:\s*\([^()]{1,30}\))?\s*(?:,|and\b|or\b|&|\.|$)"
)
# The venture itself, never one of its partners: "its ⟨1⟩ joint venture", "the formation of ⟨1⟩ Joint Venture
# with ⟨2⟩", "held by ⟨1⟩, a joint venture in which each company owns 50%"
_VENTURE_NAME = re.compile(
    r"(?:\b(?:its|their)|⟨\d+⟩['’]s)\s+⟨(\d+)⟩\s+joint\s+venture\b"
    r"|⟨(\d+)⟩\.?\s+joint\s+venture\s+with\b"
    r"|⟨(\d+)⟩\.?,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\b",
    re.IGNORECASE,
)
# An organization's name used as a modifier of a place or product noun: "a Google Cloud region",
# "the WeChat Pay app". Such a name is the thing's brand, not a party to the deal.
_NAME_AS_MODIFIER = re.compile(
    r"\b(?:a|an|the|its|their|new)\s+⟨(\d+)⟩\s+(?:cloud\s+)?(?:region|zone|data\s+cent(?:re|er)s?|platform|"
    r"services?|app|application|store|marketplace|account|wallet|ecosystem|campus|hub|facility)\b",
    re.IGNORECASE,
)


# A name used as the descriptor of the name after it: "Saudi Arabian AI company Quandra", "Japanese trading
# house Velmori", "buys Aarhus cloud consultancy Brannvik" (where the descriptor was read as an organization);
# the words between are the descriptor's, never a deal verb ("Velorix buys software company B": Velorix acts)
_DESCRIPTOR_BEFORE_NAME = re.compile(
    rf"⟨(\d+)⟩\s+((?:(?!(?:and|or|with|to|of|by|from|for|in|on|at|the|an?|its|their)\s){LOWER}[\w-]*\s+){{0,2}}?)"
    rf"(?:{ORG_NOUNS}|trading\s+house|conglomerate|start-?up)\s+(?=⟨\d+⟩)"
)
_VERB_FORMS = frozenset(DEAL_VERBS) | {form for forms, *_rest in PHRASAL_FRAMES for form in forms}


def _first_subject(masked: str, slots: list[OrgMention]) -> OrgMention | None:
    skip = _appositive_slots(masked)
    for match in re.finditer(_SLOT, masked):
        number = int(match.group(1))
        if number not in skip:
            return slots[number]
    return None


# ---------------------------------------------------------------------------------------------
# Triggers and parties
# ---------------------------------------------------------------------------------------------


class _RelativeClauseIndexes:
    """The names of ", which raised $60 million in a round led by ⟨1⟩," are context for the main clause
    (its triggers skip them), but parties of a trigger inside that relative clause: such a trigger reads the
    sentence with the clause's own names kept (its antecedent is the subject before it)."""

    def __init__(self, masked: str, skip: set[int]) -> None:
        self.masked = masked
        self.skip = skip
        self.clauses = [m.span(1) for m in _WHICH_CLAUSE.finditer(masked)]
        self.indexes: dict[tuple[int, int], _SentenceIndex] = {}

    def index_at(self, match: re.Match[str], index: _SentenceIndex) -> _SentenceIndex:
        for start, end in self.clauses:
            if start <= match.start() and match.end() <= end:
                if (start, end) not in self.indexes:
                    own = {int(n) for n in re.findall(_SLOT, self.masked[start:end])}
                    self.indexes[start, end] = _SentenceIndex(self.masked, self.skip - own)
                return self.indexes[start, end]
        return index


def _deals_in_sentence(
    masked: str, slots: list[OrgMention]
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """Every deal a sentence states ("it agreed to buy A ..., and last year it put money into B");
    one per set of parties, with the most specific type any trigger gives it."""
    if len({m.key for m in slots}) < 2:
        return []  # a deal needs two organizations: no trigger needs to be tried
    index = _SentenceIndex(masked, _appositive_slots(masked))  # positions found once, not per trigger
    inside_relative = _RelativeClauseIndexes(masked, index.skip)
    found: dict[frozenset[str], tuple[str, list[tuple[OrgMention, str]], re.Match[str]]] = {}
    from_roles: dict[frozenset[str], list[tuple[int, int]]] = {}  # where the grammar told each deal
    for trigger in (*ROLE_TRIGGERS, *TRIGGERS):
        for match in trigger.pattern.finditer(masked):
            if _negated_match(masked, match):
                continue  # "ended its partnership with", "has no plans to acquire"
            parties = _parties(trigger, match, masked, slots, inside_relative.index_at(match, index))
            if parties is None:
                continue
            keys = frozenset(m.key for m, _ in parties)
            if len(keys) < 2:
                continue
            if trigger.form != "roles" and any(
                keys <= told_keys or (told[0] == trigger.deal_type and told_keys & keys and any(
                    start < match.end() and match.start() < end for start, end in from_roles[told_keys]))
                for told_keys, told in found.items()
                if told_keys in from_roles
            ):
                continue  # the grammar already said who is who in this deal (a later clause may tell another)
            if trigger.form == "roles":
                from_roles.setdefault(keys, []).append(match.span())
            if keys not in found or _TYPE_RANK[trigger.deal_type] > _TYPE_RANK[found[keys][0]]:
                found[keys] = (trigger.deal_type, parties, match)
    # The clause of each deal kept, cut once: a copy of a run-on sentence's rest per trigger was quadratic.
    deals = {keys: (deal_type, parties, _deal_clause(masked, match, index))
             for keys, (deal_type, parties, match) in found.items()}
    for match in (*_ACQUIRED_BUSINESS.finditer(masked), *_BOUGHT_DESCRIBED.finditer(masked)):
        buyer, seller = slots[int(match.group(2))], slots[int(match.group(1))]
        keys = frozenset((buyer.key, seller.key))
        if len(keys) == 2 and keys not in deals and not _negated(masked[: match.end()]):
            deals[keys] = ("acquisition", [(buyer, "acquirer"), (seller, "target")], masked[match.start() :])
    told = [_with_co_owner(masked, slots, item) for item in _fullest(deals)]
    return _earlier_owner_sells(masked, slots, told) + _elided_acquisitions(masked, slots, told)


def _earlier_owner_sells(
    masked: str, slots: list[OrgMention], told: list[tuple[str, list[tuple[OrgMention, str]], str]]
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """"B, the developer that A bought in 2018, was acquired by C": A, B's owner since, sells B to C."""
    owners = {slots[int(m.group(1))].key: slots[int(m.group(2))] for m in _BOUGHT_DESCRIBED.finditer(masked)}
    sold = []
    for deal_type, parties, clause in told:
        keys = {m.key for m, _ in parties}
        targets = [m.key for m, role in parties if role == "target" and m.key in owners]
        owner = owners[targets[0]] if deal_type == "acquisition" and targets else None
        if owner is not None and owner.key not in keys:
            parties = [*parties, (owner, "seller")]
        sold.append((deal_type, parties, clause))
    return sold


# "B was bought by A in 2019, and the C business of D followed two years later": the second purchase
# is elided, its buyer the first one's
_FOLLOWED = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨(\d+)⟩(?:\s+(?:business|unit|division|arm|operations?|brand)\s+"
    r"of\s+(?:[\w-]+['’]s\s+)?⟨(\d+)⟩)?\s+(?:followed|came\s+next)\b",
    re.IGNORECASE,
)


def _elided_acquisitions(
    masked: str, slots: list[OrgMention], told: list[tuple[str, list[tuple[OrgMention, str]], str]]
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    buyers = [m for t, parties, _ in told if t == "acquisition" for m, role in parties if role == "acquirer"]
    if not buyers:
        return []
    found = []
    for match in _FOLLOWED.finditer(masked):
        parties = [(buyers[0], "acquirer"), (slots[int(match.group(1))], "target")]
        if match.group(2) is not None:
            parties.append((slots[int(match.group(2))], "seller"))
        if len({m.key for m, _ in parties}) == len(parties):
            found.append(("acquisition", parties, masked[match.start() :]))
    return found


def _fullest(
    found: dict[frozenset[str], tuple[str, list[tuple[OrgMention, str]], str]],
) -> list[tuple[str, list[tuple[OrgMention, str]], str]]:
    """One sentence read two ways ("B was bought by A" and "... by A from S"; "A bought a 76% stake in B
    from S" as an investment and as an acquisition): the reading naming more parties of the same deal
    wins, unless it gives a less specific type."""
    return [
        item
        for keys, item in found.items()
        if not any(
            keys < other and _TYPE_RANK[found[other][0]] >= _TYPE_RANK[item[0]] for other in found
        )
    ]


# "B's consumer business in Taiwan, which A acquired last year": A bought it from B
_ACQUIRED_BUSINESS = re.compile(
    r"⟨(\d+)⟩['’]s\s+(?:[\w-]+\s+){0,4}?(?:business|businesses|unit|division|arm|operations?|assets)"
    rf"(?:\s+in\s+{UPPER}[\w-]*(?:\s+{UPPER}[\w-]*)?)?,?\s+which\s+⟨(\d+)⟩\s+(?:had\s+|has\s+)?"
    r"(?:acquired|bought|purchased|took\s+over)\b",
    re.IGNORECASE,
)
# "B Inc., the test developer that A bought in 2018, was acquired by C": the apposition tells A's purchase of
# B, a deal of its own beside the main clause's (whose triggers skip the apposition's slots)
_BOUGHT_DESCRIBED = re.compile(
    r"⟨(\d+)⟩\.?,\s+the\s+[^⟨⟩,;]{1,80}?\s+(?:that|which)\s+⟨(\d+)⟩\s+(?:had\s+|has\s+)?"
    r"(?:acquired|bought|purchased|took\s+over)\b"
)
# "... through a vehicle in which A will own 80% and B the rest": B buys alongside A
# "A acquired its stake in C in 2020 alongside B"; "A co-led a round in C with B"
_CO_OWNER = re.compile(
    r"\bin\s+which\s+⟨(\d+)⟩\s+(?:will|would|is\s+to)\s+(?:own|hold|take)\s+[\d.]+\s?(?:%|per\s?cent)\s+"
    r"and\s+(?:[\w-]+\s+){0,3}?⟨(\d+)⟩\s+the\s+(?:rest|remainder|remaining|balance)\b"
    r"|⟨(\d+)⟩(?:,[^,;⟨⟩]{0,80},)?\s+(?:acquired|bought|took|purchased)\b[^⟨⟩;]{0,60}?⟨\d+⟩[^⟨⟩;]{0,40}?"
    r"\balongside\s+⟨(\d+)⟩"
    r"|⟨(\d+)⟩(?:,[^,;⟨⟩]{0,80},)?\s+co-led\b[^⟨⟩;]{0,80}?⟨\d+⟩[^⟨⟩;]{0,40}?\bwith\s+⟨(\d+)⟩",
    re.IGNORECASE,
)


def _with_co_owner(
    masked: str, slots: list[OrgMention], item: tuple[str, list[tuple[OrgMention, str]], str]
) -> tuple[str, list[tuple[OrgMention, str]], str]:
    deal_type, parties, clause = item
    if deal_type not in ("acquisition", "investment", "funding"):
        return item
    first_role = _ROLES[deal_type][0]
    for match in _CO_OWNER.finditer(masked):
        owner_slot, partner_slot = [int(n) for n in match.groups() if n is not None]
        owner, partner = slots[owner_slot], slots[partner_slot]
        buyers = [m.key for m, role in parties if role == first_role]
        if owner.key in buyers and partner.key not in {m.key for m, _ in parties}:
            parties = [*parties, (partner, first_role)]
    return deal_type, parties, clause


# (never the "end" of "year-end", "quarter-end": a date, not a deal ended)
_NEGATED = re.compile(
    r"(?<![\w-])(?:end(?:ed|s|ing)?|terminat\w+|scrap\w*|cancel\w*|call(?:ed|s)?\s+off|pull(?:ed|s)?\s+out\s+of|"
    r"walk(?:ed|s)?\s+away\s+from|den(?:ied|ies|y)|no\s+plans?|not|never|rul(?:ed|es)\s+out|abandon\w*|"
    r"exit(?:ed|s)?|quit|rumou?r\w*|speculat\w+)\b[^⟨⟩]*$",
    re.IGNORECASE,
)


# "A denied that it had backed B": the deal the clause after the denial states did not happen
_DENIED = re.compile(
    r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)?|reject(?:ed|s)?)\s+(?:(?:the\s+)?(?:reports?|claims?|suggestions?|"
    r"rumou?rs?)\s+)?that\b",
    re.IGNORECASE,
)


_POSSESSIVE_SLOT = re.compile(r"⟨\d+⟩(?=['’]s\s)")


def _negated_match(masked: str, match: re.Match[str]) -> bool:
    """The deal a trigger matched is ended or denied ("ended its partnership with", "has no plans to
    acquire"). An owner masked to its slot ("⟨0⟩ ended ⟨1⟩'s partnership with ⟨2⟩") reads as the "its" it was:
    the negation reaches across it, and a match opening with the owner is negated by the verb before it."""
    reach = max(0, match.start() - 45)  # the negation's words stand just before the trigger
    if _negated(_POSSESSIVE_SLOT.sub("it", masked[reach : match.end()])):
        return True
    opens_with_owner = _POSSESSIVE_SLOT.match(masked, match.start()) is not None
    return opens_with_owner and _negated(masked[reach : match.start()])


def _negated(masked: str) -> bool:
    return _NEGATED.search(masked) is not None or _DENIED.search(masked) is not None


def _deal_clause(masked: str, match: re.Match[str], index: _SentenceIndex) -> str:
    """The words from the trigger to the end of its clause: where the deal's amount is stated
    ("agreed to buy X in a deal worth $880 million, and last year ..." stops before "and")."""
    second_slot = _first_at_or_after(index.all_slot_starts, match.end())
    search_from = match.end()
    if second_slot is not None:  # the clause runs at least to the end of the organization after the trigger
        search_from = index.all_slot_starts[second_slot] + index.all_slot_lengths[second_slot]
    end = _first_at_or_after(index.clause_boundaries, search_from)
    cut = index.clause_boundaries[end] if end is not None else len(masked)
    relative = _RELATIVE_CLAUSE.match(masked, cut)
    if relative is None:
        return within_its_clause(masked[match.start() : cut])
    # ", which has annual sales of $300 million, for $2 billion": the relative clause describes the
    # organization; the deal's clause goes on after it (the relative clause itself left out)
    rest = _first_at_or_after(index.clause_boundaries, relative.end())
    rest_end = index.clause_boundaries[rest] if rest is not None else len(masked)
    return masked[match.start() : cut] + masked[relative.end() : rest_end]


_RELATIVE_CLAUSE = re.compile(r",\s+which\b(?:[^,;]|,(?=\d)){0,140}?(?=,\s)")


def _first_at_or_after(sorted_positions: list[int], position: int) -> int | None:
    found = bisect.bisect_left(sorted_positions, position)
    return found if found < len(sorted_positions) else None


_CLAUSE_BOUNDARY = re.compile(r";|,\s+(?:and|while|but|which|whereas)\b")  # a dot inside a sentence is "U.S."
_COLON = re.compile(r":")
_PARENTHESIS_AFTER = re.compile(r"[^()]{0,30}\)")  # the colon is inside "(NYSE: BX)"
_COLON_LOOKAHEAD = 32  # _PARENTHESIS_AFTER reads at most this far past a colon
_JOINT = re.compile(r",\s+(?:and|but|while|whereas)(\s+)")


_Slot = tuple[int, int, int]  # an organization slot of a masked sentence: start, end, mention index


class _Window(Sequence):
    """items[lo:hi] without the copy: a trigger's slots before it, read from the end."""

    def __init__(self, items: list, lo: int, hi: int) -> None:
        self._items, self._lo, self._hi = items, lo, max(lo, hi)

    def __len__(self) -> int:
        return self._hi - self._lo

    def __getitem__(self, key):  # noqa: ANN001 - an int or a slice, as a list takes
        if isinstance(key, slice):
            lo, hi, step = key.indices(len(self))
            if step != 1:
                return list(self)[key]
            return _Window(self._items, self._lo + lo, self._lo + hi)
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        return self._items[self._lo + key]


class _SentenceIndex:
    """A masked sentence's slots, clause marks and boundaries, found once: each trigger asks for its
    clause and its slots by bisection instead of rescanning the sentence (a run-on sentence of partners
    has thousands of triggers)."""

    def __init__(self, masked: str, skip: set[int]) -> None:
        self.masked = masked
        self.skip = skip
        every_slot = list(re.finditer(_SLOT, masked))
        self.all_slot_starts = [m.start() for m in every_slot]
        self.all_slot_lengths = [m.end() - m.start() for m in every_slot]
        self.slots = _slot_positions(masked, skip)
        self.slot_starts = [p[0] for p in self.slots]
        self.slot_ends = [p[1] for p in self.slots]  # slots never overlap: ends are sorted too
        self.semicolons = [i for i, char in enumerate(masked) if char == ";"]
        self.colons = [m.start() for m in _COLON.finditer(masked)]
        self.free_colons = [c for c in self.colons if not _PARENTHESIS_AFTER.match(masked, c + 1)]
        self.joints = list(_JOINT.finditer(masked))
        self.joint_starts = [m.start() for m in self.joints]
        self.which = [m.start() for m in re.finditer(", which", masked)]
        self.clause_boundaries = [m.start() for m in _CLAUSE_BOUNDARY.finditer(masked)]

    def clause_bounds(self, position: int) -> tuple[int, int]:
        """As if read on ``masked[:position]`` (what comes after the trigger does not count)."""
        semicolon = bisect.bisect_left(self.semicolons, position)
        start = max(self.semicolons[semicolon - 1] if semicolon else -1, self._last_colon(position)) + 1
        # ", and ride-hailing giant Didi struck a deal": a new clause with its own subject
        start = max(start, self._last_joint_end(position))
        ends = [self.semicolons[semicolon] if semicolon < len(self.semicolons) else -1]
        which = _first_at_or_after(self.which, position)
        ends.append(self.which[which] if which is not None else -1)
        return start, min((i for i in ends if i != -1), default=len(self.masked))

    def _last_colon(self, position: int) -> int:
        """The last colon before ``position`` not inside "(NYSE: BX)", read in the text cut at position."""
        near = bisect.bisect_left(self.colons, position - _COLON_LOOKAHEAD)
        for colon in reversed(self.colons[near : bisect.bisect_left(self.colons, position)]):
            if not _PARENTHESIS_AFTER.match(self.masked, colon + 1, position):
                return colon
        far = bisect.bisect_left(self.free_colons, position - _COLON_LOOKAHEAD)
        return self.free_colons[far - 1] if far else -1

    def _last_joint_end(self, position: int) -> int:
        last = bisect.bisect_left(self.joint_starts, position) - 1
        if last < 0:
            return -1
        joint = self.joints[last]
        if joint.end() <= position:
            return joint.end()
        if position > joint.start(1):  # cut inside its trailing spaces: the cut text still has one
            return position
        return self.joints[last - 1].end() if last > 0 else -1

    def slots_in(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.slot_starts, start), bisect.bisect_left(self.slot_starts, end)


def _slot_positions(masked: str, skip: set[int]) -> list[tuple[int, int, int]]:
    return [
        (m.start(), m.end(), int(m.group(1)))
        for m in re.finditer(_SLOT, masked)
        if int(m.group(1)) not in skip
    ]


# "signed by A, which is a subsidiary of B, and C": the owner named inside a signer's description signs
# nothing
_OWNER_OF_A_SIGNER = re.compile(
    r"\b(?:subsidiary|unit|division|arm|affiliate|part)\s+of\s+(?:the\s+)?$|\b(?:owned|controlled)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _parties(
    trigger: Trigger, match: re.Match[str], masked: str, slots: list[OrgMention], index: _SentenceIndex
) -> list[tuple[OrgMention, str]] | None:
    if trigger.form == "roles":
        return _named_roles(trigger, match, masked, slots)
    clause_start, clause_end = index.clause_bounds(match.start())
    lo, hi = index.slots_in(clause_start, clause_end)
    # Windows on the sentence's slots, by bisection: a copy per trigger was quadratic in a run-on list.
    before = _Window(index.slots, lo, min(hi, bisect.bisect_right(index.slot_ends, match.start())))
    after_lo = max(lo, bisect.bisect_left(index.slot_starts, match.end()))
    after_hi = min(hi, bisect.bisect_right(index.slot_starts, match.end() + 110))
    after = index.slots[after_lo : max(after_lo, after_hi)]
    first_role, second_role = _ROLES.get(trigger.deal_type, ("partner", "partner"))
    if trigger.form == "agents":  # every organization named after the trigger in the sentence's clause
        tail = index.slots[bisect.bisect_left(index.slot_starts, match.end()) :]
        return [
            (slots[p[2]], first_role)
            for p in tail
            if ";" not in masked[match.end() : p[0]] and not _OWNER_OF_A_SIGNER.search(masked[: p[0]])
        ] or None
    if trigger.form == "passive":
        if not before or not after:
            return None
        held = [  # "a stake in its towers unit X": a part of the seller's own unit sold, the unit no party
            int(m.group(1)) for m in re.finditer(_SLOT, masked[match.start() : match.end()])
            if not _OWN_UNIT_BEFORE.search(masked[match.start() : match.start() + m.start()])
        ]
        if trigger.deal_type == "acquisition" and held:  # "A sold its 50% stake in B to C": B changes hands
            return [(slots[after[0][2]], first_role), *[(slots[n], second_role) for n in held],
                    (slots[before[-1][2]], "seller")]
        parties = [(slots[after[0][2]], first_role), (slots[before[-1][2]], second_role)]
        return parties + _sellers(trigger, masked, after[0][1], clause_end, slots)  # "... by A from C"
    if trigger.form == "between":  # "the partnership between A and B"
        listed = _and_the_rest(masked, after)  # "between A, B and C": every one coordinated
        if len(listed) < 2:  # "between conglomerate A and Singapore-based internet company B"
            listed = _coordinated(masked, after[:2], after[1][1] if len(after) > 1 else 0)
        return [(slots[p[2]], first_role) for p in listed] or None
    if trigger.form == "funding":
        if not before:
            return None
        investors = [
            p
            for p in after
            if re.search(r"\b(?:led\s+by|from|including|backed\s+by|with)\b", masked[match.start() : p[0]])
        ]
        if not investors:
            return None
        return [(slots[before[-1][2]], "investee")] + [(slots[p[2]], "investor") for p in investors]
    group = _coordinated(masked, before, match.start())
    roles = (first_role, second_role)
    if trigger.form == "group":
        return _group_parties(match, masked, slots, before, after, group, roles)
    if not before or not after:
        return None
    return _object_parties(trigger, match, masked, slots, index, before, after, group, roles)


def _group_parties(
    match: re.Match[str], masked: str, slots: list[OrgMention],
    before: Sequence[_Slot], after: Sequence[_Slot], group: list[_Slot], roles: tuple[str, str],
) -> list[tuple[OrgMention, str]] | None:
    """"A and B agreed to form a joint venture", failing that "A ... a joint venture with B (and C)"."""
    first_role, second_role = roles
    plain = [p for p in before if not re.match(r"['’]s\b", masked[p[1] : p[1] + 2])]
    with_object = [
        p for p in after if re.fullmatch(r"[^⟨⟩]{0,40}?\bwith\s+" + _LEAD, masked[match.end() : p[0]])
    ]
    subjects = group or _coordinated(masked, before, match.start(), adjacent=False)
    if not subjects:  # "A and B agreed ..." failing that "A ... a joint venture with B"
        subjects = before[-1:] if with_object else (plain if len(plain) >= 2 else [])
    parties = [(slots[p[2]], first_role) for p in subjects]
    # "with Japan's A and local developer B": the names coordinated after the first "with" object
    listed = _and_the_rest(masked, after[after.index(with_object[0]) :]) if with_object else []
    parties += [(slots[p[2]], second_role) for p in listed]
    return parties or None


def _object_parties(
    trigger: Trigger, match: re.Match[str], masked: str, slots: list[OrgMention], index: _SentenceIndex,
    before: Sequence[_Slot], after: Sequence[_Slot], group: list[_Slot], roles: tuple[str, str],
) -> list[tuple[OrgMention, str]] | None:
    """"A agreed to buy B": the subject before the trigger, its object right after it (and sellers)."""
    first_role, second_role = roles
    clause_end = index.clause_bounds(match.start())[1]
    if _OTHER_ANTECEDENT.search(re.sub(r"\s*\([^()]*\)", "", masked[before[-1][1] : match.start()])):
        return None  # "A relies on X, its cloud unit, which signed a contract with B": X signed, not A
    if trigger.deal_type == "acquisition" and _BY_SLOT.match(masked, after[0][1]):
        return None  # "the acquisition of B by A": a nominal with its own buyer (ROLE_TRIGGERS)
    lead = _without_context(masked[match.end() : after[0][0]], index.skip)
    part_of = _PART_OF.match(lead)  # "buy the climate division of A": A is the seller
    if part_of:
        lead = lead[part_of.end() :]
    lead = _OWN_UNIT.sub("", lead)  # "into its wholly owned subsidiary B"
    lead = _PAIRED_DESCRIPTOR.sub(r"\1 ", lead)  # "savings and retirement business B" reads as one descriptor
    if trigger.deal_type == "acquisition" and _ASSETS_FROM.fullmatch(lead):
        # "A and B agreed to acquire the M-Pesa brand and platform from C": C sells
        return [(slots[p[2]], first_role) for p in group or [before[-1]]] + [(slots[after[0][2]], "seller")]
    if not re.fullmatch(_OBJECT_LEAD, lead):
        return None  # the organization must follow the trigger, not sit in a later clause
    subjects = group or [before[-1]]
    objects = [after[0]]
    if trigger.deal_type in _SIDES_ALIKE:  # "a contract with A and B": every one coordinated signs
        objects = _and_the_rest(masked, after)
    elif trigger.deal_type == "acquisition" and not part_of:  # "agreed to buy A and B for $2 billion"
        listed = _and_the_rest(masked, after)
        if len(listed) > 1 and _LIST_ENDS.match(masked, listed[-1][1]):
            objects = listed
    if part_of and len(after) > 1 and re.fullmatch(r"\s+and\s+", masked[after[0][1] : after[1][0]]):
        objects.append(after[1])  # "the business of A and B": both sell
    found = [(slots[p[2]], first_role) for p in subjects] + [(slots[p[2]], second_role) for p in objects]
    return found + _sellers(trigger, masked, objects[-1][1], clause_end, slots)


def _without_context(words: str, context: set[int]) -> str:
    """The words between a trigger and its object without the names that are context: "with ⟨1⟩ company
    ⟨2⟩" reads as a descriptor before ⟨2⟩, not a new phrase."""
    return re.sub(_SLOT + r"\s+", lambda m: "" if int(m.group(1)) in context else m.group(), words)


# a relative clause whose antecedent is a noun of a later phrase ("A relies on X, its unit, which"), not the
# organization nor its apposition ("A, its cloud unit, which ...")
_OTHER_ANTECEDENT = re.compile(r"^(?:\s+|['’]s\b)[^⟨⟩]*?,\s+(?:which|who)\b")
_BY_SLOT = re.compile(rf"{_MORE_NAMED}\s+by\s+⟨")
_OWN_UNIT_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|arm|division|business)\s*,?\s*$", re.IGNORECASE
)


# "... to acquire B, a data centre operator, from A and C": the sellers of an acquisition's target
# (its apposition may name other things: "a developer that ported games to ⟨3⟩, from Sweden's ⟨4⟩")
# ("from the Franco-Belgian lender A": a few descriptor words before the seller, never a new phrase)
# (the date or price of the sale may come first: "B, bought by A in 2021 from C", "for $40 million from C")
# (the target's legal form before its apposition, its closing stop maybe outside the name: "B, S.L., owner
# of four plants, from C", "B Corp. from C"; an owner of more than one word: "from the Ramos family's C";
# sellers no name tells listed first: "from its founders and the investment company C")
_FROM_SELLERS = re.compile(
    rf"\.?(?:(?:,[^,;]{{0,160}}?){{1,2}},)?(?:{_WHEN_OR_PRICE}){{0,2}}\s+from\s+"
    r"(?:(?:its|their|the)\s+(?:[\w-]+\s+)?(?:founders?|owners?|shareholders?|management|family)\s+(?:and|&)\s+)?"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?"
    r"(?:(?!(?:of|in|at|for|to|and|with|by|its|their)\b)[\w-]+\s+){0,3}?"
    r"⟨\d+⟩(?:(?:\s*,\s*⟨\d+⟩)*,?\s+(?:and|&)\s+⟨\d+⟩)?"
)


def _sellers(
    trigger: Trigger, masked: str, object_end: int, clause_end: int, slots: list[OrgMention]
) -> list[tuple[OrgMention, str]]:
    if trigger.deal_type != "acquisition":
        return []
    match = _FROM_SELLERS.match(masked, object_end)
    if match is None or match.end() > clause_end:
        return []
    sellers = match.group()[match.group().rindex(" from ") :]  # slots of the apposition are context
    return [(slots[int(n)], "seller") for n in re.findall(_SLOT, sellers)]


# "by A, B and C": more organizations coordinated with a named slot
_MORE_SLOTS = re.compile(r"(?:\s*,\s*⟨\d+⟩)*,?\s+(?:and|&)\s+⟨\d+⟩")


def _named_roles(
    trigger: Trigger, match: re.Match[str], masked: str, slots: list[OrgMention]
) -> list[tuple[OrgMention, str]]:
    """The slots the pattern names, each with its role; a slot coordinated after one ("by A, B and
    C") shares its role. Such slots are parties even inside a relative clause."""
    first_role, second_role = trigger.roles or _ROLES.get(trigger.deal_type, ("partner", "partner"))
    parties: list[tuple[OrgMention, str]] = []
    target_end = None
    for group, role in (("a", first_role), ("b", second_role), ("s", "seller")):
        if match.groupdict().get(group) is None:
            continue
        numbers = [int(match.group(group)[1:-1])]
        more = _MORE_SLOTS.match(masked, match.end(group))
        if more:
            numbers += [int(n) for n in re.findall(_SLOT, more.group())]
        elif group == "b" and match.groupdict().get("more"):  # "of A (AC) and B by C": an acronym is no party
            numbers += [int(n) for n in re.findall(_SLOT, re.sub(r"\([^()]*\)", "", match.group("more")))]
        parties += [(slots[n], role) for n in numbers]
        if group == "b":
            target_end = more.end() if more else match.end(group)
    if target_end is not None and match.groupdict().get("s") is None and second_role == "target":
        sellers = _sellers(trigger, masked, target_end, len(masked), slots)  # "its purchase of B from C"
        buyer_end = match.end("a") if match.groupdict().get("a") else -1
        if not sellers and buyer_end > target_end:  # "B, acquired by A from C in 2019"
            sellers = _sellers(trigger, masked, buyer_end, len(masked), slots)
        parties += sellers
    return parties


# a business's assets, not goods, bought from their owner
_ASSETS_FROM = re.compile(
    r"(?:the|its|their|a|an)\s+[^⟨⟩;.]{0,80}?\b(?:brand|business(?:es)?|assets|rights|operations|unit|division|"
    r"portfolio|licen[cs]es?|spectrum|frequencies|subsidiar(?:y|ies)|factor(?:y|ies)|plants?|mills?|mines?|"
    r"refiner(?:y|ies)|buildings?|sites?|facilit(?:y|ies))\b[^⟨⟩;.]{0,60}?\bfrom\s+"
    rf"(?:{LOWER}[\w-]*\s+){{0,3}}",  # "from display panel maker C"
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|division|arm|operations?|"
    r"assets?|plant|factory|brand|portfolio)(?:\s+and\s+(?:assets|operations|businesses))?\s+of\s+",
    re.IGNORECASE,
)
_OWN_UNIT = re.compile(
    r"^(?:its|their)\s+(?=(?:[\w-]+\s+){0,3}(?:subsidiary|unit|affiliate|arm|division)\s+$)", re.IGNORECASE
)
_PAIRED_DESCRIPTOR = re.compile(
    rf"\b({LOWER}[\w-]*)\s+and\s+{LOWER}[\w-]*\s+(?=(?:{LOWER}[\w-]*\s+){{0,2}}(?:business|company|group|firm|"
    r"provider|maker|operator|specialist|developer|bank|insurer|lender|retailer|carrier|platform)\s*$)"
)


_SIDES_ALIKE = {"partnership", "mou", "contract", "joint_venture"}
# what may follow the last of several organizations bought: the clause's end or its terms, never a verb
# ("agreed to buy A and B for $2 billion", not "agreed to buy A and B said ...")
_LIST_ENDS = re.compile(
    r"\s*(?:[.;,]|$|\((?!⟨)|\s(?:for|from|in|last|this|earlier|on|at|during|as|to|through)\b)"
)
# ", the ", " and the regulator ", " & ", " and its investment promotion agency, ", " and the state's
# investment promotion agency, ": what may join two organizations of one list (a descriptor, with its
# possessor, set off before the name it describes)
# a capitalised word describes the next member only as a place's adjective: "-based", or before the
# lowercase noun it qualifies ("and the Berlin-based B", "and the Finnish fund B")
_PLACE_ADJECTIVE = rf"(?:{UPPER}[\w’'-]*-based\s+|{UPPER}[\w’'-]*\s+(?={LOWER}))?"
_LIST_JOIN = re.compile(
    rf"\s*(?:,\s*|,?\s+and\s+|\s*&\s*)(?:the\s+)?{_PLACE_ADJECTIVE}(?:{LOWER}[\w-]*\s+){{0,4}}"
    rf"|,?\s+and\s+(?:its|their|the\s+{LOWER}[\w-]*['’]s)\s+(?:{LOWER}[\w-]*\s+){{0,3}}{LOWER}[\w-]*,\s+"
    # an apposition on the member before ", and": "with A (AC), the company building the new airport, and
    # the B"
    rf"|,\s+(?:the|an?)\s+[^,;⟨⟩]{{1,80}},\s+and\s+(?:the\s+)?(?:{LOWER}[\w-]*\s+){{0,4}}"
)


_POSSESSOR = re.compile(r"['’]s?\s+")


def _and_the_rest(masked: str, after: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The first organization after a trigger and those coordinated with it: "with A and the B"; the
    list stops at the first word that is no joint (a new phrase)."""
    listed = list(after[:1])
    for following in after[1:]:
        if _POSSESSOR.fullmatch(masked[listed[-1][1] : following[0]]):
            listed[-1] = following  # "with A's B, C and D": the possessor owns B, which signs; A is context
            continue
        # "A (FRA), B"; "A (⟨acronym⟩), B": the short name in brackets is A's own, no item of the list
        between = re.sub(r"^\s*\((?:[^()⟨⟩]{1,30}|⟨\d+⟩)\)", "", masked[listed[-1][1] : following[0]])
        if not _LIST_JOIN.fullmatch(between):
            break
        listed.append(following)
    if len(listed) > 1 and not re.search(r"\s(?:and|&)\s", masked[listed[0][0] : listed[-1][1]]):
        return listed[:1]  # "A, B" with no "and" is an apposition or a new phrase, not a list
    return listed


def _coordinated(
    masked: str, before: list[tuple[int, int, int]], trigger_start: int, adjacent: bool = True
) -> list[tuple[int, int, int]]:
    """ "⟨0⟩ and internet search company ⟨1⟩ have won ..." -> both subjects. With ``adjacent`` the
    group must be the last organizations before the trigger; otherwise the last such group."""
    for last in range(len(before) - 1, 0, -1):
        group = [before[last]]
        for previous in reversed(before[:last]):
            between = masked[previous[1] : group[0][0]]
            # "A (NYSE: BX) and B", "A (⟨its acronym⟩) and B"
            between = re.sub(r"^\s*\((?:[^()⟨⟩]{1,30}|⟨\d+⟩)\)", "", between)
            if re.fullmatch(rf"\s*(?:,\s*|,?\s+and\s+|\s*&\s*)(?:{LETTER}[\w.&’'-]*\s+){{0,4}}?", between):
                group.insert(0, previous)
            else:
                break
        joined = masked[group[0][0] : group[-1][1]]
        if len(group) >= 2 and re.search(r"\s(?:and|&)\s", joined):
            return group
        if adjacent:
            return []
    return []


# ---------------------------------------------------------------------------------------------
# Deal records
# ---------------------------------------------------------------------------------------------


def _make_deal(
    text: str,
    sentence: Sentence,
    following: Sentence | None,
    deal_type: str,
    parties: list[tuple[OrgMention, str]],
    published: date | None,
    clause: str,
) -> DealFact:
    participants: list[DealParticipant] = []
    for mention, role in parties:
        if all(p.organization_key != mention.key for p in participants):
            participants.append(DealParticipant(mention.key, mention.name, role))
    amount, currency = (None, None)
    refined, clause = _refined_type(deal_type, clause)
    if refined != deal_type and refined == "joint_venture":
        participants = [DealParticipant(p.organization_key, p.organization_name, "partner")
                        for p in participants]
    if refined != deal_type and refined == "acquisition" and deal_type == "investment":  # a stake past half
        renamed = dict(zip(_ROLES["investment"], _ROLES["acquisition"], strict=True))
        participants = [DealParticipant(p.organization_key, p.organization_name, renamed.get(p.role, p.role))
                        for p in participants]
    deal_type = refined
    if deal_type in _AMOUNT_TYPES:
        amount, currency = _amount(clause)
        after_semicolon = sentence.text.rpartition(";")[2] if ";" in sentence.text else ""
        if amount is None and _DEAL_ANAPHOR.search(after_semicolon):
            # "A bought B; people familiar with the deal put the price at $220 million"
            amount, currency = _amount(after_semicolon)
        if amount is None and following is not None and (
            _DEAL_ANAPHOR.search(following.text) or _paid_by_a_party(following.text, parties)
        ):
            # "X agreed to acquire Y. The deal values Y at EUR 1.4 billion.": the next sentence
            # states the amount of the same deal.
            amount, currency = _amount(following.text)
    announced = announced_date(sentence.text, published)
    if (
        announced is None
        and following is not None
        and re.match(
            r"(?i)the\s+(?:deal|agreement|pact|partnership|mou|memorandum|contract|investment|acquisition)\s+"
            r"(?:was|were|has\s+been)\s+(?:signed|announced|agreed|reached|inked|sealed|struck)",
            following.text,
        )
    ):
        announced = announced_date(following.text, published)
    return DealFact(
        deal_type=deal_type,
        participants=participants,
        announced=announced,
        amount=amount,
        currency=currency,
        summary=_summary(deal_type, participants, amount, currency),
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
    )


# A deal word read first, refined by what its clause says of it: (from type, to type, cue). The amount is
# then read from the cue on ("invested $150 million in B as part of a $250 million Series D round": the
# round is $250 million).
TYPE_REFINEMENTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # "Orion Group agreed a merger of equals with Kestrel Bank": two companies combined into one that both
    # own (the schema's joint venture; a plain merger, even one "creating" a new name, stays an acquisition)
    ("acquisition", "joint_venture", re.compile(r"\bmerger\s+of\s+equals\b", re.IGNORECASE)),
    # "A signed a ten-year SaaS agreement with B"; "A signed an agreement with B to supply explosives to its
    # mines"; "a new roaming agreement", "a five-year broadcast agreement": an agreement to sell a service,
    # goods or rights is a contract, not a partnership (a distribution agreement stays a partnership); so is
    # "its brand licence agreement with B"
    ("partnership", "contract", re.compile(
        r"\b(?:saas|software-as-a-service|outsourcing|supply|hosting|maintenance|roaming|broadcast(?:ing)?|"
        r"licen[cs]e|licen[cs]ing|"
        r"media[\s-]rights|lease|leasing|off-?take|wholesale|interconnection)\s+(?:agreements?|deals?|pacts?)\b"
        # ... "an agreement to lease its fibre", "an agreement to deploy its software" (the other side named
        # before or after)
        r"|\b(?:agreement|deal|pact)\s+(?:with\s+⟨\d+⟩\s+)?to\s+(?:supply|provide|deliver|host|run|operate|"
        r"maintain|lease|deploy|install)\b"
        # "a supply and development agreement", "a concession agreement", "an agreement with B, under which
        # B will resell its inventory": goods, a concession or a service bought
        r"|\bsupply\s+and\s+[\w-]+\s+agreements?\b|\bconcession\s+(?:agreements?|deals?)\b"
        r"|\b(?:agreement|deal|pact)\s+with\s+(?:[\w-]+\s+){0,4}?⟨\d+⟩,?\s+under\s+which\b",
        re.IGNORECASE)),
    # "A raised its shareholding in B from 90 per cent to 100 per cent": a stake taken past half is control
    ("investment", "acquisition", re.compile(
        r"\b(?:stake|shareholding|holding|interest|ownership)\b(?:[^;.]|\.(?=\d)){0,60}?\bto\s+"
        r"(?:[5-9]\d(?:\.\d+)?|100)\s?(?:%|per\s?cent)", re.IGNORECASE)),
    # "Orion Group has invested $15 million in Kestrel Labs as part of a $40 million Series B round"
    ("investment", "funding", re.compile(
        r"\bas\s+part\s+of\s+(?:an?|the|its)\s+(?:[^⟨⟩.;]|\.(?=\d)){0,40}?\b(?:round|series\s+[a-h]|"
        r"fundraising|funding|financing)\b", re.IGNORECASE)),
)


def _refined_type(deal_type: str, clause: str) -> tuple[str, str]:
    for original, refined, cue in TYPE_REFINEMENTS:
        match = cue.search(clause) if deal_type == original else None
        if match:
            return refined, clause[match.start() :]
    return deal_type, clause


# The next sentence speaks of the same deal: "The deal values ...", "... will invest $5.8 billion
# in the venture".
# "The deal values B at ...", "The five-year contract is worth ...", "The price is ...": the next sentence
# tells the amount of the deal just told
_DEAL_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:deal|transaction|acquisition|purchase|takeover|merger|"
    r"agreement|pact|venture|investment|round|contract|tie-up|price|consideration)\b",
    re.IGNORECASE,
)
# "B was bought by A. A paid about $80 million in cash": the next sentence's payment by a party
_PAID = re.compile(r"\s+(?:also\s+)?(?:paid|pays|will\s+pay|is\s+paying|agreed\s+to\s+pay)\s", re.IGNORECASE)


def _paid_by_a_party(sentence: str, parties: list[tuple[OrgMention, str]]) -> bool:
    """The sentence opens with a party (its name, or the first word of it) that pays."""
    for mention, _role in parties:
        first_word = re.match(r"[\w&-]*", mention.name).group()  # "Wix" of "Wix.com Ltd."
        for name in {mention.name, mention.text, first_word} - {""}:
            if sentence.startswith(name) and _PAID.match(sentence, len(name)):
                return True
    return False


def _amount(clause: str) -> tuple[float | None, str | None]:
    """The first money amount of the deal's clause that is not a valuation or a revenue figure."""
    for quantity in find_quantities(clause):
        if quantity.kind != "money":
            continue
        if _a_valuation(clause[max(0, quantity.start - _DEAL_VALUED_CHARS) : quantity.start]):
            continue
        if len(quantity.unit) == 3 and quantity.unit.isupper():
            return quantity.value, quantity.unit
    return None, None


def _summary(
    deal_type: str, participants: list[DealParticipant], amount: float | None, currency: str | None
) -> str:
    names = [p.organization_name for p in participants]
    money = f" ({currency} {amount:,.0f})" if amount is not None and currency else ""
    first = [p.organization_name for p in participants if p.role in ("investor", "acquirer")]
    second = [p.organization_name for p in participants if p.role in ("investee", "target")]
    if deal_type in ("investment", "funding") and first and second:
        return f"{' and '.join(first)} invest{'s' if len(first) == 1 else ''} in {', '.join(second)}{money}"
    if deal_type == "acquisition" and first and second:
        return f"{first[0]} acquires {second[0]}{money}"
    label = {"mou": "memorandum of understanding", "joint_venture": "joint venture"}.get(deal_type, deal_type)
    return f"{label.capitalize()} between {', '.join(names[:-1])} and {names[-1]}{money}"


def _merge(deals: list[DealFact], organizations: OrganizationResult) -> list[DealFact]:
    """One deal told several times (headline, lead, detail) becomes one record with the most
    specific type and whatever amount and date any telling gives."""
    merged: list[DealFact] = []
    for deal in deals:
        same = next(
            (
                m
                for m in merged
                if _same_parties(m, deal, organizations)
                and not _different_amounts(m, deal)
                and not _venture_and_purchase(m, deal)
            ),
            None,
        )
        if same is None:
            merged.append(deal)
            continue
        if _rank(deal) > _rank(same):
            same.deal_type = deal.deal_type
            same.participants = deal.participants
        elif len(deal.participants) > len(same.participants) and deal.deal_type == same.deal_type:
            same.participants = deal.participants  # the fuller telling names every investor
        same.amount, same.currency = (
            (same.amount, same.currency) if same.amount else (deal.amount, deal.currency)
        )
        same.announced = same.announced or deal.announced
        same.summary = _summary(same.deal_type, same.participants, same.amount, same.currency)
    return merged


def _venture_and_purchase(a: DealFact, b: DealFact) -> bool:
    """A joint venture of A and B and a purchase between them with a buyer ("A and B formed a venture;
    A paid B $690 million for half of its interest"): two deals, not one told twice. A merger (only
    merging parties) may be the venture told again."""
    kinds = {a.deal_type: a, b.deal_type: b}
    purchase = kinds.get("acquisition")
    if "joint_venture" not in kinds or purchase is None:
        return False
    return any(p.role == "acquirer" for p in purchase.participants)


def _rank(deal: DealFact) -> float:
    """How specific a telling's type is. A merger whose sides are only "merging party" says nothing of
    who ends up owning what: a telling that calls it a merger of equals (a joint venture) decides."""
    if deal.deal_type == "acquisition" and all(p.role == "merging party" for p in deal.participants):
        return _TYPE_RANK["joint_venture"] - 0.5
    return _TYPE_RANK[deal.deal_type]


def _different_amounts(a: DealFact, b: DealFact) -> bool:
    """Two amounts in the same currency far apart: two deals between the same parties (two rounds,
    two stake purchases), not one deal told twice."""
    if not a.amount or not b.amount or a.currency != b.currency:
        return False
    return max(a.amount, b.amount) / min(a.amount, b.amount) > 1.5


def _same_parties(a: DealFact, b: DealFact, organizations: OrganizationResult) -> bool:
    keys_a = [p.organization_key for p in a.participants]
    keys_b = [p.organization_key for p in b.participants]
    if len(keys_a) != len(keys_b):
        # A headline naming the lead investor only is the same round as the story naming all of them.
        if a.deal_type != b.deal_type or a.deal_type not in ("funding", "investment"):
            return False
        keys_a, keys_b = sorted((keys_a, keys_b), key=len)
        return set(keys_a) <= set(keys_b)

    def related(x: str, y: str) -> bool:
        parent = {k: organizations.by_key[k].parent_key for k in (x, y) if k in organizations.by_key}
        return x == y or parent.get(x) == y or parent.get(y) == x

    remaining = list(keys_b)
    for key in keys_a:
        partner = next((k for k in remaining if related(key, k)), None)
        if partner is None:
            return False
        remaining.remove(partner)
    return True


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    name: i
    for i, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"^{UPPER}[{UPPER_CHARS} .,'-]{{2,40}}(?:,|\s*\()\s*[^-–—\n]{{0,60}}?\s*(?:--|–|—|-)\s+"
)


# "The purchase of B by A was completed on 1 April 2025", "a deal that closed on May 1": the day a deal told
# in passing took effect, not the day it was announced
_COMPLETED_ON = re.compile(
    r"(?i)\b(?:was|were|been|that|which)\s+(?:completed|closed|concluded|finali[sz]ed)\s+on\s+[^,;]{0,25}"
)


def announced_date(sentence: str, published: date | None) -> date | None:
    """A date only when it is exactly knowable from the sentence: an explicit date, "today" in a
    dated dateline or with a publish date, or a weekday resolved against the publish date (the
    latest such weekday on or before it). A dateline's own date is not the deal's date."""
    dateline = _DATELINE.match(sentence)
    body = sentence[dateline.end() :] if dateline else sentence
    body = _COMPLETED_ON.sub("", body)
    explicit = _explicit_date(body, published)
    if explicit:
        return explicit
    if re.search(r"\btoday\b", body, re.IGNORECASE):
        return (_explicit_date(dateline.group(), published) if dateline else None) or published
    if published is None:
        return None
    weekday = re.search(
        r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", body, re.IGNORECASE
    )
    if weekday:
        return latest_weekday(weekday.group(1), published)
    return None


def _explicit_date(text: str, published: date | None) -> date | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    month_first = re.search(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", text)
    day_first = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b", text)
    for match, month_group, day_group in ((month_first, 1, 2), (day_first, 2, 1)):
        if not match:
            continue
        month = _MONTHS[match.group(month_group).lower().rstrip(".")]
        day = int(match.group(day_group))
        year = int(match.group(3)) if match.group(3) else (published.year if published else None)
        if year is None:
            continue
        found = _safe_date(year, month, day)
        if found and not match.group(3) and published and found > published:
            found = _safe_date(year - 1, month, day)  # "Dec. 30" in a January article
        if found:
            return found
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
