"""Deal parties and roles read from the dependency parse, where the trigger patterns found none.

Any sentence naming two organizations around a deal word is read the same way: the deal word's
syntactic arguments are its parties, and which argument a party fills gives its role. For a verb:
its subject (with the subjects coordinated to it), its direct object, and the objects of its
prepositions ("from" a seller, "to" a buyer, "in"/"into" an investee, "with" a partner); in the
passive the subject takes the object's role and the agent ("by") the subject's. For a deal noun: its
possessor ("A's purchase of B"), the objects of its prepositions ("the merger of A and B", "a stake
in B", "an agreement with B") and an agent in a participle on it ("a round led by A"). A light verb
whose object is a deal noun ("A signed a memorandum with B", "A and B formed a joint venture") lends
the noun its subject. Organizations in an apposition are context, never parties.

The frames are vocabulary: one row per deal word, each with the example it is tested on
(tests/unit/test_deal_syntax.py runs every example).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.extraction.entities.keys import display_name
from pipelines.extraction.model import OrgMention
from pipelines.extraction.syntax import ParsedSentence


@dataclass(frozen=True)
class Frame:
    deal_type: str
    subject: str | None  # role of the subject (of a verb) or of the possessor (of a noun)
    object: str | None  # role of the direct object (verbs); of the "of" phrase (nouns)
    preps: dict[str, str] = field(default_factory=dict)  # preposition -> role of its object
    example: str = ""


_ACQUIRE = Frame("acquisition", "acquirer", "target", {"from": "seller"},
                 "Orion Group bought Kestrel Labs from Fabrikam Holdings.")
_SELL = Frame("acquisition", "seller", "target", {"to": "acquirer"},
              "Fabrikam Holdings sold Kestrel Labs to Orion Group.")
_INVEST = Frame("investment", "investor", None, {"in": "investee", "into": "investee"},
                "Orion Group invested in Kestrel Labs.")
_BACK = Frame("investment", "investor", "investee", {}, "Orion Group backed Kestrel Labs last year.")
_PARTNER = Frame("partnership", "partner", None, {"with": "partner"},
                 "Orion Group has partnered with Kestrel Labs.")
_MERGE = Frame("acquisition", "merging party", None, {"with": "merging party"},
               "Orion Group will merge with Kestrel Labs.")
_RAISE = Frame("funding", "investee", None, {"from": "investor"},
               "Kestrel Labs raised $40 million from Orion Ventures.")
# a licence is a contract over rights (GOLD_SCHEMA's conventions): its object is what is licensed, never a
# party, and unlike goods bought it still makes a deal between subject and "from"/"to"
_LICENSE = Frame("contract", "partner", None, {"from": "partner", "to": "partner"},
                 "Orion Group licensed the molecule from Kestrel Labs.")

# verb form -> frame
VERB_FRAMES: dict[str, Frame] = {
    **dict.fromkeys(("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
                     "purchase", "purchases", "purchased", "purchasing", "absorb", "absorbed"), _ACQUIRE),
    **dict.fromkeys(("sell", "sells", "sold", "selling", "divest", "divests", "divested"), _SELL),
    **dict.fromkeys(("invest", "invests", "invested", "investing", "put", "puts", "putting", "pour",
                     "pours", "poured", "pouring", "plough", "ploughs", "ploughed", "ploughing", "inject",
                     "injects", "injected"), _INVEST),
    **dict.fromkeys(("back", "backs", "backed", "backing", "fund", "funds", "funded", "funding"), _BACK),
    **dict.fromkeys(("partner", "partners", "partnered", "partnering", "collaborate", "collaborates",
                     "collaborated", "collaborating", "ally", "allied", "cooperate", "cooperated",
                     "cooperates"), _PARTNER),
    **dict.fromkeys(("merge", "merges", "merged", "merging"), _MERGE),
    **dict.fromkeys(("raise", "raises", "raised", "raising"), _RAISE),
    **dict.fromkeys(("license", "licenses", "licensed", "licence", "licences", "licenced", "in-licensed",
                     "out-licensed"), _LICENSE),
}
_AS_INVESTMENT = {"acquirer": "investor", "target": "investee"}
# verbs whose subject is never the first side of a deal they name, only when their object is money
_NEEDS_MONEY_OBJECT = {"raise", "raises", "raised", "raising", "put", "puts", "putting", "pour", "pours",
                       "poured", "pouring", "plough", "ploughs", "ploughed", "ploughing"}

# deal noun -> frame (subject = the possessor, or the subject of a light verb taking the noun)
NOUN_FRAMES: dict[str, Frame] = {
    **dict.fromkeys(("acquisition", "purchase", "takeover", "buyout"), Frame(
        "acquisition", "acquirer", "target", {"by": "acquirer", "from": "seller"},
        "Regulators cleared Orion Group's purchase of Kestrel Labs from Fabrikam Holdings.")),
    **dict.fromkeys(("sale", "divestment", "disposal"), Frame(
        "acquisition", "seller", "target", {"to": "acquirer", "by": "seller"},
        "Fabrikam Holdings completed the sale of Kestrel Labs to Orion Group.")),
    **dict.fromkeys(("investment", "stake"), Frame(
        "investment", "investor", None, {"in": "investee", "into": "investee", "from": "investor",
                                         "by": "investor"},
        "Orion Group's investment in Kestrel Labs doubled its value.")),
    **dict.fromkeys(("merger", "combination"), Frame(
        "acquisition", "merging party", "merging party",
        {"with": "merging party", "between": "merging party"},
        "The merger of Orion Group and Kestrel Labs closed in May.")),
    **dict.fromkeys(("partnership", "alliance", "collaboration", "cooperation", "tie-up", "pact", "agreement",
                     "deal"), Frame(
        "partnership", "partner", None, {"with": "partner", "between": "partner"},
        "Orion Group announced a partnership with Kestrel Labs.")),
    **dict.fromkeys(("memorandum", "mou", "memoranda"), Frame(
        "mou", "signatory", None, {"with": "signatory", "between": "signatory"},
        "Orion Group signed a memorandum of understanding with Kestrel Labs.")),
    **dict.fromkeys(("venture", "fund"), Frame(
        "joint_venture", "partner", None, {"with": "partner", "between": "partner"},
        "Orion Group and Kestrel Labs formed a joint venture.")),
    **dict.fromkeys(("contract",), Frame(
        "contract", "partner", None, {"with": "partner", "from": "partner", "between": "partner"},
        "Orion Group won a contract from Kestrel Labs.")),
    **dict.fromkeys(("order", "orders"), Frame(
        "contract", "partner", None, {"with": "partner", "from": "partner"},
        "Orion Group won an order for 50 jets from Kestrel Airways.")),
    **dict.fromkeys(("licence", "license", "licences", "licenses"), Frame(
        "contract", "partner", None, {"with": "partner", "from": "partner", "to": "partner"},
        "Orion Group renewed its licence with Kestrel Labs.")),
    **dict.fromkeys(("round",), Frame(
        "funding", "investee", None, {"in": "investee", "for": "investee"},
        "Orion Ventures led a round in Kestrel Labs.")),
}
# verbs that lend their subject to the deal noun they take ("A signed an agreement with B")
_LIGHT_VERBS = {
    "sign", "signs", "signed", "signing", "strike", "strikes", "struck", "ink", "inks", "inked", "reach",
    "reaches", "reached", "seal", "seals", "sealed", "form", "forms", "formed", "forming", "create",
    "creates", "created", "creating", "set", "announce", "announces", "announced", "complete", "completes",
    "completed", "finalise", "finalised", "finalize", "finalized", "agree", "agreed", "enter", "entered",
    "launch", "launched", "make", "makes", "made", "win", "wins", "won", "award", "awarded", "secure",
    "place", "places", "placed", "book", "books", "booked", "land", "lands", "landed",
    "secured", "take", "takes", "took", "taken", "hold", "holds", "held", "build", "built", "own", "owns",
    # an agreement renewed or extended is one its subject signs again ("A renewed its licence with B")
    "renew", "renews", "renewed", "extend", "extends", "extended",
}
# with these verbs the subject is the investor of the round or stake it takes ("A led a round in B")
_INVESTOR_VERBS = {"lead", "leads", "led", "co-led", "join", "joined", "take", "takes", "took", "taken",
                   "hold", "holds", "held", "acquire", "acquired", "buy", "bought", "build", "built"}
_ROUND_NOUNS = {"round", "stake"}
_POSSESSIVE_PRONOUNS = {"its", "their"}
# what a receiving verb's subject comes to hold, not money it is given ("A will receive a stake in B")
_HELD_NOUNS = {"stake", "stakes"}
# with these verbs the subject receives the money the deal noun names ("B raised $5 million in a round")
_RECEIVING = {"receive", "receives", "received", "receiving", "get", "gets", "got", "obtain", "obtained",
              "raise", "raises", "raised", "raising", "close", "closes", "closed", "attract", "attracted"}


_SUBJECTS = {"nsubj", "nsubjpass"}
_SYMMETRIC_ROLES = {"partner", "signatory", "merging party"}  # roles of deals whose sides are alike
# a word in one of these relations is a noun ("the purchase of B"), in any other a verb ("A will purchase B")
_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound", "amod", "nmod", "poss",
              "npadvmod"}
_MONEY_WORDS = {"million", "billion", "trillion", "crore", "lakh", "stake", "stakes", "shares", "money",
                "capital", "funds", "funding", "investment", "majority", "minority", "control", "cash"}


def deals_from_parse(
    sentence: ParsedSentence, mentions: Sequence[OrgMention]
) -> list[tuple[str, list[tuple[OrgMention, str]]]]:
    """(deal type, [(organization, role), ...]) for each deal word whose arguments name two
    organizations on different sides."""
    return [(deal_type, parties) for deal_type, parties, _ in deals_with_words(sentence, mentions)]


def deals_with_words(
    sentence: ParsedSentence, mentions: Sequence[OrgMention]
) -> list[tuple[str, list[tuple[OrgMention, str]], int]]:
    """As ``deals_from_parse``, each deal with the text offset of the word that states it."""
    found: list[tuple[str, list[tuple[OrgMention, str]], int]] = []
    for index, token in enumerate(sentence.tokens):
        nominal = token.dep in _NOUN_DEPS
        verb_frame = _verb_frame(sentence, index)
        if verb_frame is not None and not nominal:
            parties = _verb_parties(sentence, index, verb_frame, mentions)
            deal_type = verb_frame.deal_type
            if verb_frame is _ACQUIRE and minority_share(sentence, index):
                deal_type = "investment"  # "A acquired about 10% of B"
                parties = [(m, _AS_INVESTMENT.get(role, role)) for m, role in parties]
        elif token.lower in NOUN_FRAMES and (nominal or token.lower not in VERB_FRAMES):
            frame = NOUN_FRAMES[token.lower]
            if token.lower in ("venture", "fund") and not _has_modifier(sentence, index, "joint"):
                continue
            if token.lower in ("order", "orders") and token.dep != "dobj":
                continue  # "in order to", "orders rose": only an order won or placed is a deal
            if token.lower in _HOLDING_NOUNS and _being_sold(sentence, index):
                continue  # "the sale of part of A's stake in B": A's holding leaves, no investment made
            if token.lower == "stake" and token.dep == "nsubj":
                continue  # "A's 42% stake in B contributed NOK 540 million": a holding told in passing
            parties = _noun_parties(sentence, index, frame, mentions)
            deal_type = frame.deal_type
        else:
            continue
        if parties and _negated(sentence, index):
            continue  # "A has not invested in B", "A never completed its purchase of B"
        if parties and not any(set(p) == set(parties) for _, p, _ in found):
            found.append((deal_type, parties, token.start))
    return found


# phrasal verbs whose particle makes a deal of a verb that names none alone: (verb forms, particle, frame,
# example); tests/unit/test_deal_appositions.py reads every example
PHRASAL_FRAMES: tuple[tuple[frozenset[str], str, Frame, str], ...] = (
    (frozenset({"take", "takes", "took", "taken", "taking"}), "over", _ACQUIRE,
     "Kestrel Labs, the Oslo chip designer taken over by Orion Group in 2021, grew."),
    (frozenset({"snap", "snaps", "snapped", "snapping"}), "up", _ACQUIRE,
     "Orion Group snapped up Kestrel Labs last year."),
)


DEAL_VERBS = VERB_FRAMES  # the verbs a parse reads (kept under the name other stages import)
# phrasal verbs are cue words with their particle ("taken over by A"): the verb alone is no deal word
_CUE_WORDS = sorted({*VERB_FRAMES, *NOUN_FRAMES, "joint venture", "memorandum of understanding",
                     *(f"{form} {particle}" for forms, particle, _, _ in PHRASAL_FRAMES for form in forms)},
                    key=len, reverse=True)
# A sentence worth parsing for deals holds one of these words (and two organizations).
DEAL_VERB_CUE = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(re.escape(w) for w in _CUE_WORDS)})(?![\w-])")


def _verb_frame(sentence: ParsedSentence, index: int) -> Frame | None:
    """The frame of a deal verb, or of a phrasal verb with its particle ("taken over by A")."""
    word = sentence.tokens[index].lower
    if word in VERB_FRAMES:
        return VERB_FRAMES[word]
    for forms, particle, frame, _example in PHRASAL_FRAMES:
        if word in forms and any(sentence.tokens[c].dep == "prt" and sentence.tokens[c].lower == particle
                                 for c in sentence.children(index)):
            return frame
    return None


def _verb_parties(
    sentence: ParsedSentence, verb: int, frame: Frame, mentions: Sequence[OrgMention]
) -> list[tuple[OrgMention, str]]:
    tokens = sentence.tokens
    passive = any(tokens[c].dep in ("auxpass", "nsubjpass") for c in sentence.children(verb))
    obj = _relative(sentence, next((c for c in sentence.children(verb) if tokens[c].dep == "dobj"), None))
    if obj is None and tokens[verb].dep == "relcl" and _no_relative_word(sentence, verb):
        obj = tokens[verb].head  # "B, the label A bought in 2019": the clause's object is what it describes
    subject = _relative(sentence, _subject_of(sentence, verb))
    if tokens[verb].dep == "acl" and tokens[verb].lower.endswith(("ed", "ought", "old", "ut")):
        passive, subject = True, tokens[verb].head  # "B, bought by A in 2019, ...": the participle's noun
    if tokens[verb].lower in _NEEDS_MONEY_OBJECT and (obj is None or not _is_money_or_stake(sentence, obj)):
        return []
    goods = obj is not None and not _is_money_or_stake(sentence, obj)
    if goods and frame is not _LICENSE and not _organizations(sentence, obj, mentions):
        return []  # "buy chips from B", "sell phones to B": goods, not a deal
    sides: list[tuple[list[OrgMention], str | None]] = []
    if not passive and obj is not None and frame.object and tokens[obj].lower in _SHARE_WORDS:
        # "A acquired about 10% of B's shares", "A bought a 20% stake in B": the share's company
        owner = _share_owner(sentence, obj, mentions) or _organizations(  # "B, in which A bought shares"
            sentence, _relative(sentence, _prep_object(sentence, verb, ("in",))), mentions)
        sides.append((owner, frame.object))
    if passive:
        sides.append((_organizations(sentence, subject, mentions), frame.object or _first_prep_role(frame)))
        agent = _prep_object(sentence, verb, ("by",), dep="agent")
        sides.append((_organizations(sentence, agent, mentions), frame.subject))
    else:
        sides.append((_organizations(sentence, subject, mentions), frame.subject))
        if obj is not None and frame.object:
            sides.append((_organizations(sentence, obj, mentions), frame.object))
    for preposition, role in frame.preps.items():
        sides.append((_organizations(sentence, _prep_object(sentence, verb, (preposition,)), mentions), role))
    if frame is _INVEST and not any(m for m, role in sides[1:] if role == "investee"):
        sides.append((_reached_through(sentence, verb, mentions), "investee"))  # "into a hub at Z"
    return _two_sides(sides, frame)


_RELATIVE_WORDS = {"which", "that", "who", "whom", "whose", "where", "when"}


def _no_relative_word(sentence: ParsedSentence, verb: int) -> bool:
    """A relative clause with no relative word of its own ("the label A bought"): the word it leaves out
    is its object ("which A bought"); one that has it ("in which A bought shares") says where it stands."""
    return not any(sentence.tokens[c].lower in _RELATIVE_WORDS
                   or any(sentence.tokens[g].lower in _RELATIVE_WORDS for g in sentence.children(c))
                   for c in sentence.children(verb))


def _noun_parties(
    sentence: ParsedSentence, noun: int, frame: Frame, mentions: Sequence[OrgMention]
) -> list[tuple[OrgMention, str]]:
    tokens = sentence.tokens
    sides: list[tuple[list[OrgMention], str | None]] = []
    owner = next((c for c in sentence.children(noun) if tokens[c].dep == "poss"), None)
    first_role = frame.subject
    verb = tokens[noun].head
    if tokens[noun].dep == "pobj" and tokens[verb].dep == "prep":
        verb = tokens[verb].head  # "raised $40 million in a round led by A"
    word = tokens[verb].lower
    lends_subject = word in _LIGHT_VERBS | _INVESTOR_VERBS | _RECEIVING
    if owner is not None and tokens[owner].lower in _POSSESSIVE_PRONOUNS:
        # "A has extended its contract with B": "its" is the light verb's subject; "A said the sale of its
        # stake in B had closed": the subject of the clause that speaks of it
        # (a sale's only: "the transfer of its stake in B" names no investor)
        lent = lends_subject and tokens[noun].dep in ("dobj", "pobj")
        owner = _speaker(sentence, noun) if frame.subject == "seller" and not lent else None
    if owner is None and tokens[noun].dep in ("dobj", "pobj") and lends_subject:
        owner = _subject_of(sentence, verb)
        if tokens[noun].lower in _ROUND_NOUNS and word in _INVESTOR_VERBS:
            first_role = "investor"  # "A led a round in B", "A took a stake in B"
        elif tokens[noun].lower in _HELD_NOUNS and word in _RECEIVING:
            first_role = "investor"  # "A will receive a 16.75% stake in B": A now holds part of B
        elif word in _RECEIVING and frame.deal_type in ("investment", "funding"):
            first_role = "investee"  # "B received a $50 million investment from A"
    if owner is not None and tokens[owner].lower == "whose":
        owner, first_role = _whose(sentence, noun, owner, frame, first_role)
    shares = _shares_of(sentence, noun)  # "the acquisition of the remaining 50% of B by A"
    if owner is None and any(tokens[c].dep == "poss" and tokens[c].lower in _POSSESSIVE_PRONOUNS
                             for h in shares for c in sentence.children(h)):
        owner = _speaker(sentence, noun)  # "A said the sale of its stake in B": A holds the share it sells
    sides.append((_organizations(sentence, owner, mentions), first_role))
    heads = [noun, *_of_chain(sentence, noun), *shares]  # "memorandum of understanding with B"
    if frame.object:  # "the purchase of B by A": the parse may hang "by A" on B itself
        heads += [o for h in (noun, *shares) if (o := _prep_object(sentence, h, ("of",))) is not None]
        # "the sale of its 44% stake in B to A": the company a share is of is the deal's object
        sides += [(_organizations(sentence, _prep_object(sentence, h, ("in",)), mentions), frame.object)
                  for h in shares]
    if tokens[noun].dep in ("dobj", "pobj") and word in _LIGHT_VERBS | _RECEIVING:
        heads.append(verb)  # "A won a contract from B": the phrase may hang on the verb
    for head in heads:
        for preposition, role in {"of": frame.object, **frame.preps}.items():
            if role is None or (preposition == "of" and head != noun and head not in shares):
                continue
            if head == verb and preposition == "by":
                continue
            target = _prep_object(sentence, head, (preposition,))
            if preposition in ("between",) or (preposition == "of" and frame.subject == frame.object):
                sides += [([m], role) for m in _organizations(sentence, target, mentions)]
            else:
                sides.append((_organizations(sentence, target, mentions), role))
    for participle in (c for c in sentence.children(noun) if tokens[c].dep == "acl"):
        agent = _prep_object(sentence, participle, ("by",), dep="agent")  # "a round led by A"
        role = "investor" if frame.deal_type in ("funding", "investment") else frame.subject
        sides.append((_organizations(sentence, agent, mentions), role))
    return _two_sides(sides, frame)


def _whose(
    sentence: ParsedSentence, noun: int, owner: int, frame: Frame, role: str | None
) -> tuple[int | None, str | None]:
    """The noun a "whose" stands for (what its relative clause describes) and its role: "B, the retailer
    whose acquisition by A closed in July": with the deal's agent named by "by", the possessor is what
    the deal is of (the target), not its maker."""
    clause = next((a for a in sentence.ancestors(owner) if sentence.tokens[a].dep == "relcl"), None)
    if clause is None:
        return None, role
    by_agent = frame.object and _prep_object(sentence, noun, ("by",)) is not None
    return sentence.tokens[clause].head, frame.object if by_agent else role


_HOLDING_NOUNS = {"stake", "investment"}
# a holding that is the thing sold: "the sale of A's stake in B", "A sold part of its stake in B"
_SALE_WORDS = {"sale", "disposal", "divestment", "divestiture", "sell", "sells", "sold", "selling", "divest",
               "divests", "divested", "offload", "offloads", "offloaded"}


def _being_sold(sentence: ParsedSentence, index: int) -> bool:
    """The holding noun is what a sale word (above it in its clause) sells."""
    for word in sentence.ancestors(index):
        if sentence.tokens[word].lower in _SALE_WORDS:
            return True
        if sentence.tokens[word].dep in ("ROOT", "ccomp", "advcl", "relcl", "conj"):
            return False
    return False


def _negated(sentence: ParsedSentence, index: int) -> bool:
    """The deal word, or a verb it depends on within its clause, carries a negation ("not", "never")."""
    for word in (index, *sentence.ancestors(index)):
        if any(sentence.tokens[c].dep == "neg" for c in sentence.children(word)):
            return True
        if sentence.tokens[word].dep in ("ROOT", "ccomp", "advcl", "relcl", "conj"):
            return False  # the clause ends here: a negation above it is another statement's
    return False


def _two_sides(
    sides: list[tuple[list[OrgMention], str | None]], frame: Frame
) -> list[tuple[OrgMention, str]]:
    """The parties, each once, when at least two organizations fill different arguments."""
    parties: list[tuple[OrgMention, str]] = []
    roles = {role for organizations, role in sides if organizations and role}
    symmetric = len(roles) == 1 and roles <= _SYMMETRIC_ROLES
    filled = 0
    for organizations, role in sides:
        new = [m for m in organizations if role and all(m.key != p.key for p, _ in parties)]
        if new:
            filled += 1
            parties += [(m, role) for m in new]
    # "A and B formed a joint venture": partners of a symmetric deal may all stand on one side
    return parties if (filled >= 2 or symmetric) and len(parties) >= 2 else []


def _first_prep_role(frame: Frame) -> str | None:
    return next(iter(frame.preps.values()), None)


def _has_modifier(sentence: ParsedSentence, index: int, word: str) -> bool:
    return any(sentence.tokens[c].lower == word for c in sentence.children(index))


_AGREEMENT_OF = {"understanding", "cooperation", "intent", "agreement"}  # "memorandum of understanding"


def _of_chain(sentence: ParsedSentence, noun: int) -> list[int]:
    """ "memorandum of understanding", "an order for 50 jets": the nouns an "of" phrase adds to the deal
    noun, and what a "for" phrase says it is for (the parse may hang the other party on either)."""
    chain = []
    for child in sentence.children(noun):
        word = sentence.tokens[child].lower
        if sentence.tokens[child].dep == "prep" and word in ("of", "for"):
            chain += [c for c in sentence.children(child) if sentence.tokens[c].dep == "pobj" and (
                word == "for" or sentence.tokens[c].lower in _AGREEMENT_OF)]
    return chain


# what a deal may be of, short of a whole company: "of 50% of B", "of a 20% stake in B", "of half of B"
_SHARE_WORDS = {"%", "percent", "cent", "stake", "stakes", "half", "remainder", "rest", "majority", "shares",
                "interest", "control"}


def _share_owner(sentence: ParsedSentence, share: int, mentions: Sequence[OrgMention]) -> list[OrgMention]:
    """The company a share is of: "10% of B", "a stake in B", "10% of B's shares"."""
    owner = _prep_object(sentence, share, ("of", "in"))
    if owner is None:
        return []
    named = _organizations(sentence, owner, mentions)
    if named or sentence.tokens[owner].lower not in _SHARE_WORDS:
        return named
    possessor = next((c for c in sentence.children(owner) if sentence.tokens[c].dep == "poss"), None)
    return _organizations(sentence, possessor, mentions) or _share_owner(sentence, owner, mentions)


def minority_share(sentence: ParsedSentence, verb: int) -> bool:
    """The verb's object is a share under half ("acquired about 10% of B"): an investment, not a
    takeover."""
    obj = next((c for c in sentence.children(verb) if sentence.tokens[c].dep == "dobj"), None)
    if obj is None or sentence.tokens[obj].lower not in _SHARE_WORDS:
        return False
    near = [obj, *sentence.children(obj)]
    near += [g for c in near[1:] for g in sentence.children(c)]
    for index in near:
        if sentence.tokens[index].lower == "minority":
            return True
        try:
            value = float(sentence.tokens[index].text.rstrip("%").replace(",", "."))
        except ValueError:
            continue
        return 0 < value < 50
    return False


def _shares_of(sentence: ParsedSentence, noun: int) -> list[int]:
    """The share a deal noun's "of" phrase names ("the purchase of the remaining 49 per cent of B"): its
    own "of"/"in" phrase names the company, and the parse may hang the deal's "by"/"from" on it."""
    shares: list[int] = []
    target = _prep_object(sentence, noun, ("of",))
    # "of 85% of the shares of B": a share of a share, the company named by the last
    while target is not None and sentence.tokens[target].lower in _SHARE_WORDS and target not in shares:
        shares.append(target)
        target = _prep_object(sentence, target, ("of",))
    return shares


def _speaker(sentence: ParsedSentence, noun: int) -> int | None:
    """The subject of the nearest clause above the noun that has one, other than the noun's own
    phrase: whom "its" in "A said the sale of its stake had closed" stands for."""
    inside = {noun, *sentence.ancestors(noun)}
    for word in list(sentence.ancestors(noun))[:4]:
        subject = next((c for c in sentence.children(word)
                        if sentence.tokens[c].dep in _SUBJECTS and c not in inside), None)
        if subject is not None:
            return subject
    return None


def _relative(sentence: ParsedSentence, index: int | None) -> int | None:
    """ "B, which A bought in 2019": a relative pronoun stands for the noun its clause describes."""
    if index is None or sentence.tokens[index].lower not in ("which", "that", "who", "whom"):
        return index
    clause = next((a for a in sentence.ancestors(index) if sentence.tokens[a].dep == "relcl"), None)
    return sentence.tokens[clause].head if clause is not None else None


def _subject_of(sentence: ParsedSentence, verb: int) -> int | None:
    """The verb's subject, or that of the verb it completes ("agreed to buy", "plans to invest")."""
    for candidate in (verb, *sentence.ancestors(verb)):
        subject = next((c for c in sentence.children(candidate) if sentence.tokens[c].dep in _SUBJECTS), None)
        if subject is not None:
            return subject
        if sentence.tokens[candidate].dep not in ("xcomp", "conj", "aux"):
            return None
    return None


def _prep_object(
    sentence: ParsedSentence, head: int, prepositions: tuple[str, ...], dep: str | None = None
) -> int | None:
    """The object of the head's preposition ("from B"), or of its agent phrase ("by B")."""
    for child in sentence.children(head):
        token = sentence.tokens[child]
        if token.lower in prepositions and token.dep in ({dep} if dep else {"prep", "dative", "agent"}):
            return next((c for c in sentence.children(child) if sentence.tokens[c].dep == "pobj"), None)
    return None


def _reached_through(sentence: ParsedSentence, verb: int, mentions: Sequence[OrgMention]) -> list[OrgMention]:
    """The first organization a chain of "into/in/at" phrases under the verb reaches: "putting S$500
    million into a hub at Z"."""
    queue = [verb]
    for _depth in range(4):
        next_queue = []
        for head in queue:
            for child in sentence.children(head):
                token = sentence.tokens[child]
                if token.dep == "pobj":
                    named = _organizations(sentence, child, mentions)
                    if named:
                        return named
                    next_queue.append(child)
                elif (token.dep == "dobj" and _is_money_or_stake(sentence, child)) or (
                    token.dep == "prep" and token.lower in ("in", "into", "at")
                ):
                    next_queue.append(child)
        queue = next_queue
    return []


def _is_money_or_stake(sentence: ParsedSentence, index: int) -> bool:
    """The object of "putting S$500 million into ...", "buy a 20% stake in ...": money or a share."""
    if sentence.tokens[index].lower in _MONEY_WORDS:
        return True
    return any(sentence.tokens[c].dep in ("nummod", "quantmod") for c in sentence.children(index))


def _organizations(
    sentence: ParsedSentence, head: int | None, mentions: Sequence[OrgMention]
) -> list[OrgMention]:
    """The organization named at ``head`` ("consumer lender B": or in its compound and apposed name)
    and at each token coordinated with it ("A and B", "A, B and C")."""
    if head is None:
        return []
    heads = [head]
    for index in heads:  # grows: conjuncts of conjuncts
        heads += [c for c in sentence.children(index)
                  if (sentence.tokens[c].dep == "conj" or _listed_apposition(sentence, c)) and c not in heads]
    found: list[OrgMention] = []
    for index in heads:
        mention = _mention_at(sentence, index, mentions)
        if mention is not None and all(mention.key != m.key for m in found):
            found.append(mention)
    return found


def _listed_apposition(sentence: ParsedSentence, index: int) -> bool:
    """ "A, B and C announced ...": the parse may read B as A's apposition with C its conjunct; an
    apposition coordinated with "and" is the list's next item, not a description of A."""
    if sentence.tokens[index].dep != "appos":
        return False
    children = [sentence.tokens[c] for c in sentence.children(index)]
    return any(c.dep == "cc" for c in children) and any(c.dep == "conj" for c in children)


def _mention_at(sentence: ParsedSentence, index: int, mentions: Sequence[OrgMention]) -> OrgMention | None:
    token = sentence.tokens[index]
    mention = next((m for m in mentions if m.start <= token.start < m.end), None)
    if mention is not None:
        return mention
    described = _described_name(sentence, index, mentions)
    if described is not None:
        return described
    # "the consumer lender B": a descriptor noun heading the name (the parse may hang the name on it);
    # "B Co., Ltd.": the legal form the name was cut from, heading it
    legal_form = display_name(f"Name {token.text}") == "Name"
    for child in sentence.children(index):
        if sentence.tokens[child].dep in ("compound", "appos") and (child > index or legal_form):
            named = next((m for m in mentions if m.start <= sentence.tokens[child].start < m.end), None)
            if named is not None:
                return named
    return None


_DESCRIPTOR_OPENERS = {"the", "a", "an"}


def _described_name(
    sentence: ParsedSentence, index: int, mentions: Sequence[OrgMention]
) -> OrgMention | None:
    """The name a descriptor noun stands for: "B, the SAP consulting firm acquired by A", as the name's
    apposition, or as its sibling when the parse hangs both on one word ("follows B, the specialist ...")."""
    tokens = sentence.tokens
    token = tokens[index]
    if token.dep == "appos" and not _listed_apposition(sentence, index):
        return next((m for m in mentions if m.start <= tokens[token.head].start < m.end), None)
    if not _after_comma(sentence, index):
        return None
    first = min((index, *(c for c in sentence.children(index) if c < index)))
    described = next((m for m in mentions if m.start <= tokens[first - 2].start < m.end), None)
    if described is None:
        return None
    # the name's head word (the one hanging outside the name) is the descriptor's sibling
    heads = [t for t in tokens if described.start <= t.start < described.end
             and not described.start <= tokens[t.head].start < described.end]
    return described if heads and heads[0].head == token.head and heads[0].dep == token.dep else None


def _after_comma(sentence: ParsedSentence, index: int) -> bool:
    """The noun's phrase opens with an article right after a comma: ", the specialist ..."."""
    first = min((index, *(c for c in sentence.children(index) if c < index)))
    return (first >= 2 and sentence.tokens[first].lower in _DESCRIPTOR_OPENERS
            and sentence.tokens[first - 1].text == ",")


def inside_apposition_with(sentence: ParsedSentence, word_offset: int, position: int) -> bool:
    """The deal word at ``word_offset`` and the organization at ``position`` are in one apposition's
    phrase ("B, the firm acquired by A, grew": "acquired" and A both hang on "firm")."""
    word = next((i for i, t in enumerate(sentence.tokens) if t.start == word_offset), None)
    named = next((i for i, t in enumerate(sentence.tokens) if t.start <= position < t.end), None)
    if word is None or named is None:
        return False
    apposition = _apposition_over(sentence, word)
    return apposition is not None and apposition in (named, *sentence.ancestors(named))


def apposition_end(sentence: ParsedSentence, word_offset: int) -> int | None:
    """Where the apposition holding the deal word ends: its amount is told inside it ("B, bought by A
    for $5 million, earned $2 million": the $2 million is B's)."""
    word = next((i for i, t in enumerate(sentence.tokens) if t.start == word_offset), None)
    apposition = _apposition_over(sentence, word) if word is not None else None
    if apposition is None:
        return None
    return max(t.end for i, t in enumerate(sentence.tokens)
               if i == apposition or apposition in sentence.ancestors(i))


def _apposition_over(sentence: ParsedSentence, word: int) -> int | None:
    """The descriptor above the deal word: an apposition, a noun after ", the" (the parse may read "follows
    B, the specialist bought by A" as two objects), or a relative clause describing a name, which tells a
    deal of its own as an apposition does ("B, which bought C in 2017, earned", "B, whose purchase by A
    closed in June, grew": the clause's verb, the deal word itself or above it)."""
    return next((a for a in (word, *sentence.ancestors(word))
                 if (a != word and (sentence.tokens[a].dep == "appos" or _after_comma(sentence, a)))
                 or sentence.tokens[a].dep == "relcl"), None)
