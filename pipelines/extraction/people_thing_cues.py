"""What stands around an untitled "name" and says the model's PERSON is a company, a venture or a place.

people_checks.py reads what follows a mention ("X, which", "X LLP", "the X wind farms"); these cues read
what precedes it and the line it stands on, one row each with an invented example (tested in
tests/unit/test_people_thing_cues.py):
- an apposition whose head is a thing's noun opens before the name: "The venture, Lindo Vale Sejahtera";
- a legal form is written before the name ("PT Lindo Vale") or closes it, a few capitalised words on
  ("Maro Vale Handling Hungary Kft.");
- one joins a company from its previous employer: "who joined from Maro Vale in 2022";
- the name is an item of a postal address line ("7th Floor, Maro Tower, Lindo Vale City, Velmont 1630").
They apply, as people_checks' do, only to names no title or employer was read for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.legal_forms import CLOSING_FORMS, LEADING_FORMS, WRITTEN_FORMS
from pipelines.letters import LOWER, UPPER


@dataclass(frozen=True)
class ThingCue:
    name: str
    pattern: re.Pattern[str]  # searched in the text before the name (``before``) or matched after it
    before: bool
    example: str  # invented; "Lindo Vale" (or "Maro Vale") is the untitled name the cue says is a thing


# Nouns an apposition before the name heads as a company's or a venture's: "The venture, X", "the group's
# juice subsidiary, X", "The phone and electronics chains, X and Y". No person is introduced so (an
# office is: "the bank's chief executive, Ana Ruiz").
# The company's nouns among them make the name an organization too (entities/candidates.py); a chain, a
# brand, a fund, a network, a platform or a newsletter may be a company's thing.
_COMPANY_NOUNS_BEFORE = (
    r"venture|subsidiary|unit|business|arm|company|firm|operator|broadcaster|start-?up|retailer|lender|"
    r"insurer|reinsurer|developer|studio|publisher"
)
# a service, an app or a product a company runs: "Its cloud service, X"; a public body's office: "the
# regulator's regional office, X"
_THING_NOUNS_BEFORE = (
    rf"{_COMPANY_NOUNS_BEFORE}|chain|brand|label|fund|network|platform|newsletter|service|app|product|office"
)
# A determiner opens the apposition; after "of", "for" or "at" the noun phrase is a complement ("the
# chief executive of the company, Ana Ruiz").
_OPENER = r"(?<!of )(?<!for )(?<!at )(?<!by )(?<!with )(?<!from )(?<!to )(?<![\w'’-])"
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?|[\w'’-]+['’]s)"
_LIST_ITEM = rf"{UPPER}[\w&'’.-]*(?:[ ]+{UPPER}[\w&'’.-]*){{0,3}}"
# The words between the determiner and the noun modify the noun: no preposition or article ("a spokesman
# for the venture, Ana Ruiz" names the spokesman).
_MODIFIER = r"(?!(?:of|for|at|by|with|from|to|in|on|the|a|an)[ ])[\w'’-]+[ ]+"
# (the nouns heading the apposition fill "{nouns}")
_APPOSITION_AFTER = (
    rf"{_OPENER}{_DETERMINER}[ ]+(?:{_MODIFIER}){{0,3}}?(?:{{nouns}})s?,[ ]+"
    rf"(?:{_LIST_ITEM}(?:,[ ]*|,?[ ]+and[ ]+))?$"
)
_APPOSED_AFTER_THING = re.compile(_APPOSITION_AFTER.replace("{nouns}", _THING_NOUNS_BEFORE))
_APPOSED_AFTER_COMPANY = re.compile(_APPOSITION_AFTER.replace("{nouns}", _COMPANY_NOUNS_BEFORE))
_LEADING_FORM = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(form) for form, _example in LEADING_FORMS) + r")[ ]+$"
)
# One joins from a previous employer, named after "from" and any lower-case words ("from the managed-services
# arm of", "from reinsurer").
_JOINED_FROM = re.compile(rf"(?<![\w-])joined(?:[ ]+[\w-]+){{0,3}}?[ ]+from[ ]+(?:{LOWER}[\w-]*[ ]+){{0,4}}$")

THING_CUES_BEFORE: tuple[ThingCue, ...] = (
    ThingCue(
        "apposition headed by a thing's noun",
        _APPOSED_AFTER_THING,
        True,
        "The group's juice subsidiary, Lindo Vale SARL, grew.",
    ),
    ThingCue(
        "second item of such an apposition",
        _APPOSED_AFTER_THING,
        True,
        "The phone chains, Maro Vale and Lindo Vale, grew.",
    ),
    ThingCue("legal form before the name", _LEADING_FORM, True, "the takeover of PT Lindo Vale by Velorix"),
    ThingCue("previous employer", _JOINED_FROM, True, "Ana Ruiz, who joined from Lindo Vale in 2022, said"),
    ThingCue(
        "previous employer's unit",
        _JOINED_FROM,
        True,
        "Ana Ruiz joined in 2022 from the hosting arm of Lindo Vale.",
    ),
)

# A legal form closing a name, a few capitalised words after the mention: "Maro Vale Handling Hungary Kft.",
# "Lindo Vale Distribution SARL" (the forms as written, legal_forms.WRITTEN_FORMS and CLOSING_FORMS, but
# "Co", which closes "Ana Ruiz & Co").
_FORMS = sorted(
    {re.escape(form) for form, _example in WRITTEN_FORMS}
    | {pattern for pattern, _example, _after_head in CLOSING_FORMS if pattern != "Co"},
    key=len,
    reverse=True,
)
_FORM_CLOSES = re.compile(rf"(?:[ ]+{UPPER}[\w&'’-]*){{0,3}},?[ ]+(?:{'|'.join(_FORMS)})(?![\w-])")
_FORM_RIGHT_AFTER = re.compile(rf"[ ]+(?:{'|'.join(_FORMS)})(?![\w-])")
FORM_CLOSING_EXAMPLES = (
    "Maro Vale Handling Hungary Kft., which",
    "Lindo Vale SARL reported",
    "Lindo Vale A.Ş.",
)


def thing_cue_before(text: str, start: int) -> bool:
    """A cue before the mention at ``start`` says it names a thing (``THING_CUES_BEFORE``)."""
    window = max(0, start - 120)
    return any(cue.pattern.search(text, window, start) for cue in THING_CUES_BEFORE)


def company_cue_before(text: str, start: int) -> bool:
    """A cue before the mention at ``start`` says it names a company: an apposition headed by a company's
    noun ("the group's juice subsidiary, Lindo Vale") or a previous employer ("joined from Maro Vale")."""
    window = max(0, start - 120)
    return any(pattern.search(text, window, start) for pattern in (_APPOSED_AFTER_COMPANY, _JOINED_FROM))


def legal_form_closes(text: str, end: int) -> bool:
    """A legal form closes the name the mention ending at ``end`` opens: "Maro Vale Handling Kft."."""
    return legal_form_end(text, end) is not None


def legal_form_right_after(text: str, end: int) -> bool:
    """A legal form is the next word after the mention ending at ``end``: "Maro Vale AS"."""
    return _FORM_RIGHT_AFTER.match(text, end) is not None


def legal_form_end(text: str, end: int) -> int | None:
    """Where the legal form closing the name the mention ending at ``end`` opens ends ("Maro Vale Handling
    Kft." from "Maro Vale"), or None."""
    match = _FORM_CLOSES.match(text, end)
    return match.end() if match else None


def legal_form_start(text: str, start: int) -> int | None:
    """Where a legal form written before the mention at ``start`` opens ("PT Lindo Vale"), or None."""
    match = _LEADING_FORM.search(text, max(0, start - 10), start)
    return match.start() if match else None


# A postal address line: short, three items or more between commas, few lower-case words, and a postal
# code or an address word; no e-mail or telephone number (a contact line names a person).
_ADDRESS_WORD = re.compile(
    r"(?<![\w-])(?:Floor|Tower|Building|Avenue|Street|Road|P\.?O\.?[ ]+Box|Jl\.|Av\.|Kav\.|Sector|Suite)"
    r"(?![\w-])"
)
_POSTAL_CODE = re.compile(r"(?<![\w+.,-])\d{4,6}(?![\w.,-])")
_CONTACT = re.compile(r"@|\+[ ]?\d|(?i:\b(?:tel|phone|fax|e-?mail|mobile)\b)")
_LOWER_WORD = re.compile(rf"(?<![\w'’.-]){LOWER}+(?![\w'’-])")
ADDRESS_LINE_EXAMPLES = (
    "7th Floor, Maro Tower, Lindo Vale City, Velmont",
    "Kestrel Media, PO Box 1180, Lindo Vale NSW 2010",
)


def on_an_address_line(text: str, start: int) -> bool:
    """The mention at ``start`` is an item of a postal address line (``ADDRESS_LINE_EXAMPLES``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line) > 200 or line.count(",") < 2 or _CONTACT.search(line):
        return False
    if len(_LOWER_WORD.findall(line)) > 2:  # a sentence, not an address ("corner" may stand in one)
        return False
    return _ADDRESS_WORD.search(line) is not None or _POSTAL_CODE.search(line) is not None
