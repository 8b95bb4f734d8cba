"""Names the model missed, found by the title around them (``_TITLED_NAME_PATTERNS``).

Decides which forms find a name beside a title, and runs them only on windows around a title word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.extraction.leading_words import (
    LeadingWords,
    WordStarts,
    leading_words,
    matches_at,
    matches_at_leading_words,
    opens_with,
    word_starts,
)
from pipelines.extraction.people.name_words import _NAME, _NAME_TOKEN, _PARTICLE
from pipelines.extraction.people.title_words import _HONORIFIC, TITLE, TITLE_SCOPED
from pipelines.extraction.people_names import fourth_word_start
from pipelines.extraction.titles import TITLE_CUE
from pipelines.letters import LOWER, UPPER

# Names recognized by the title around them. Compiled once; the title alternation is long, so the
# first pattern only starts at a word start ((?<![\w-]): same matches, about 4x less scanning).
_OWNER = rf"(?:{UPPER}[\w&.-]*\s+){{0,3}}{UPPER}[\w&.-]*(?:['’]s|s['’])"  # "Quarvo's", "Quarvo Partners'"
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


_NO_BLANK_LINE = r"(?![ \t]*\n[ \t]*\n)"
_TITLED_NAME_PATTERNS = (
    # "Tencent CEO Pony Ma", "co-CEOs Kim Taek-jin and Park Byung-moo"
    # (never the words before an apposed name: "Minister for Energy and Clean Economy Jobs, Name"; never
    # across a blank line: "Head of Investor Relations\n\nConference Call Participants" is a heading)
    _TitledNameForm(
        rf"(?<![\w-]){TITLE_SCOPED}s?{_NO_BLANK_LINE}\s+(?:{_HONORIFIC}\s+)?({_NAME}){_NAME_ENDS}(?!,\s+{_NAME})",
        True,
        (),
        "Quarvo CEO Ana Ruiz said the deal closed.",
    ),
    _TitledNameForm(
        rf"(?<![\w-])(?i:co-?)?{TITLE}s\s+{_NAME}\s+and\s+({_NAME}){_NAME_ENDS}",
        True,
        (),
        "The co-CEOs Ana Ruiz and Tom Lee agreed.",
    ),
    # "Name, chairman of ...", "Name, who was chief financial officer of ..."
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:who\s+(?:is|was|has\s+been|had\s+been|became)\s+)?(?:a\s+|an\s+|the\s+)?"
        rf"{TITLE}\s+(?:of|at|for|with)\b",
        True,
        (),
        "Ana Ruiz, chairman of Quarvo, said the deal closed.",
    ),
    _TitledNameForm(
        rf"\bnew\s+{TITLE}\s*[:,]?\s+({_NAME})\b",
        True,
        (),
        "Quarvo welcomed new chief executive Ana Ruiz on Monday.",
    ),
    # "Name, Rivian's founder and chief executive", "Name, a Volkswagen executive"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:{_OWNER}|an?\s+{UPPER}[\w&.-]*(?:\s+{UPPER}[\w&.-]*){{0,2}})\s+{TITLE}\b",
        True,
        (),
        "Ana Ruiz, Quarvo's chief executive, said the deal closed.",
    ),
    # "Name is its chief executive", "Name will become chief executive": copular, so never trusted over
    # an organization ("Northwind Capital is the lead manager")
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})\s+(?:is|was|has\s+been|will\s+become|becomes|became|remains)\s+"
        rf"(?:the\s+|its\s+|{_OWNER}\s+)?(?:new\s+)?{TITLE}(?![\w-])",
        False,
        (),
        "Ana Ruiz is its chief executive.",
    ),
    # "Name, who founded Org and is its chairman"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}){_COPULA_AFTER.pattern}",
        False,
        (),
        "Ana Ruiz, who founded Quarvo and is its chairman, spoke.",
    ),
    # "Name, who remains chief executive": "who" is said of people, so trusted over an organization guess
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+who\s+(?:is|remains)\s+(?:still\s+)?(?:the\s+|its\s+)?{TITLE}(?![\w-])",
        True,
        ("who",),
        "Ana Ruiz, who remains chief executive, spoke.",
    ),
    # "said Name, its chief financial officer." / "(Name, CEO)" / "Name, CFO since 2016" / "Name, CFO
    # since March" / "Name, CFO (formerly ...)" / "by Name, CFO: ...": a title closing the sentence, a bracket
    # or a clause, or a time or a bracket after it
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),[ \t]+(?:the\s+|its\s+|our\s+)?{TITLE}"
        rf"(?:[ \t]*[.):](?!\w)|[ \t]+since\s+(?:\d|{UPPER})|[ \t]+\()",
        True,
        (),
        "The plan works, said Ana Ruiz, its chief financial officer.",
    ),
    # "Name, chief financial officer, said" / "with Name, the chief technology officer, after"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:the\s+|its\s+)?{TITLE},\s",
        False,
        (),
        "Ana Ruiz, chief financial officer, said the plan works.",
    ),
    # "Name heads the company", "Name, known as X, runs the bank" (trusted: companies "lead" rounds and
    # "chair" talks, they seldom "head" or "run" a company)
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})(?:,[^,.;]{{1,30}},)?\s+(?:heads|runs)\s+(?:the|its|their)\s",
        True,
        ("heads", "runs"),
        "Ana Ruiz heads the company.",
    ),
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME})(?:,[^,.;]{{1,30}},)?\s+(?:leads|chairs)\s+(?:the|its|their)\s",
        False,
        ("leads", "chairs"),
        "Ana Ruiz chairs the board.",
    ),
    # "Name, the bank's chief financial officer", "Its chief executive is Name", "Org named Name chairman"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+(?:the|its)\s+{LOWER}+['’]s\s+{TITLE}(?![\w-])",
        True,
        (),
        "Ana Ruiz, the bank's chief financial officer, said.",
    ),
    _TitledNameForm(
        rf"(?:[Ii]ts|[Tt]he|[Tt]heir)\s+(?:new\s+)?{TITLE}\s+(?:is|remains|will\s+be)\s+({_NAME}){_NAME_ENDS}",
        True,
        (),
        "Its chief executive is Ana Ruiz.",
    ),
    _TitledNameForm(
        rf"(?<![\w-])(?:named|appointed|elected|promoted)\s+({_NAME})\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
        rf"{TITLE}(?![\w-])",
        False,
        (),
        "Quarvo named Ana Ruiz chairman on Monday.",
    ),
    # the title, then the name between commas: "The chief financial officer, Ana de la Ruiz, told
    # analysts", "Quarvo's founder and chief executive, Ana Ruiz Garuda Putra, said" (up to four words)
    _TitledNameForm(
        rf"(?:[Tt]he(?:\s+{LOWER}+['’]s)?|[Ii]ts|[Oo]ur|{_OWNER})\s+(?:new\s+)?{TITLE}(?:\s+and\s+{TITLE})?,\s+"
        rf"(?:{_HONORIFIC}\s+)?({_COMMA_NAME}),\s",
        True,
        (),
        "The chief financial officer, Ana de la Ruiz, told analysts.",
    ),
    # the same with the office's scope before the comma: "said the chief executive of the company, Ana
    # Ruiz, on a call", "The general director of the Romanian unit, Ana Ruiz, remains" (not trusted: "the
    # chief executive of its parent, Kestrel Foods, said" names a company, which the organizations hold)
    _TitledNameForm(
        rf"(?<![\w-])(?:[Tt]he|[Ii]ts)\s+{TITLE}\s+(?:of|for|at)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?"
        rf"{LOWER}[\w'’-]*,\s+(?:{_HONORIFIC}\s+)?({_COMMA_NAME}),\s",
        False,
        (),
        "said the chief executive of the company, Ana Ruiz, on a call.",
    ),
    # a list of participants: "Name, President and CEO; Name, Chief Financial Officer"
    _TitledNameForm(
        rf"(?:^|(?<=\n)|[:;][ \t]*)({_NAME}),\s+{TITLE}[^;\n().,]{{0,40}}(?=;|\n|$)",
        True,
        (),
        "Participants: Ana Ruiz, President and CEO; Tom Lee, Chief Financial Officer",
    ),
    # a board's list, one director a line: "Ana Ruiz (Independent Non-executive Chairman)"
    _TitledNameForm(
        rf"(?:^|(?<=\n))({_NAME})[ \t]+\({TITLE}[^()\n]{{0,40}}\)[ \t]*(?=\n|$)",
        True,
        (),
        "Directors\nAna Ruiz (Independent Non-executive Chairman)\nTom Lee (Chief Executive Officer)\n",
    ),
    # an analyst named by the field covered: "Name, a retail analyst at Quarvo Securities"
    _TitledNameForm(
        rf"(?<![\w-]){_NO_RANK}({_NAME}),\s+an?\s+(?:{LOWER}+\s+){{1,2}}(?:analyst|economist|strategist)"
        rf"\s+(?:at|with|for|in)\s",
        True,
        ("analyst", "economist", "strategist"),
        "Ana Ruiz, a retail analyst at Quarvo Securities, said sales were weak.",
    ),
    # a call's participant lines: "Name - Chief Executive Officer, Quarvo Technologies"
    _TitledNameForm(
        rf"(?:^|(?<=\n))({_NAME})[ \t]+[-–—][ \t]+{TITLE}[^;\n()]{{0,60}}(?=\n|$)",
        True,
        (),
        "Ana Ruiz - Chief Executive Officer, Quarvo Technologies\n",
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


def _after_a_heading(text: str, start: int, end: int) -> int:
    """Where the name found at [start, end) starts once a heading over it is left out: a name never runs
    across a line break, so "Management\nAna Ruiz, Chief Executive Officer" names "Ana Ruiz" (the words
    on the lines above are a section's heading)."""
    line_break = text.rfind("\n", start, end)
    return start if line_break < 0 else line_break + 1


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
            s = _after_a_heading(text, s, e)
            if s == match.start():  # a name opening its pattern ("Name, its CEO") may have a fourth word
                s = fourth_word_start(text, s, e)  # "according to Nguyễn" + "Hữu Phước Nguyên, its CEO"
            spans.append((s, e, form.trusted))
    return tuple(spans)
