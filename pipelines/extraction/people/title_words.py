"""The word patterns of titles (``TITLE``, ``TITLE_SCOPED``) and the forms people_titles.py reads them with.

Decides what a title is as written: its core offices, the functions that lead them and a scope in lower
case or a board or portfolio in capitals.
"""

from __future__ import annotations

from pipelines.extraction.people.title_scope import NOT_SCOPE
from pipelines.extraction.people_roles import DEPARTMENT_HEADS
from pipelines.extraction.people_titles import TitleForms
from pipelines.extraction.person_vocabulary import HONORIFIC
from pipelines.letters import LETTER, LOWER, UPPER

# A department's or function's name (people_roles.DEPARTMENT_HEADS: its last words): "Investor Relations",
# "Finance" in "Executive Director, Finance and Chief Financial Officer"
_DEPARTMENT_NAME = rf"(?:{UPPER}{LOWER}+\s+){{0,2}}(?:{'|'.join(sorted({h.word for h in DEPARTMENT_HEADS}))})"
_TITLE_CORE = (
    # two functions of one officer: "Chief Financial and Operating Officer"
    # "Chief Financial and Investor Relations Officer"
    rf"chief\s+(?:{LOWER}+\s+){{0,2}}(?:and\s+(?:{LOWER}+\s+){{1,2}})?officer|chief\s+executive|chief\s+economist|CEO|CFO|CTO|COO|CIO|CMO|"
    # an honorary office keeps its "emeritus", a chair its board: "founder and chairman emeritus", "executive
    # chairman of the board" (not "of the Board of Directors", where the organization's name follows)
    r"(?:chairman|chair|president|professor)\s+emerit(?:us|a)|"
    r"(?:chairman|chairwoman|chairperson|chair)\s+of\s+the\s+board(?!\s+of\b)|"
    # an office whose modifier follows it: "director general", "secretary-general"
    r"(?:director|secretary)[\s-]general|"
    r"chairman|chairwoman|chairperson|chair|president\s+director|president|vice[\s-]president|managing\s+director|"
    # a head with the function headed: "Chief Financial Officer and Head of Investor Relations"
    rf"head\s+of\s+(?!the\b){_DEPARTMENT_NAME}(?![\w-])|"
    r"general\s+manager|managing\s+partner|general\s+partner|director|head|founder|co-founder|partner|"
    r"analyst|economist|scientist|strategist|spokesman|"
    r"spokeswoman|spokesperson|secretary|prime\s+minister|minister|governor|mayor|dean|manager|executive|officer|"
    r"principal|treasurer|commissioner|chancellor|provost|professor|premier|"
    r"associate(?!\s+(?:of|at|professor)\b)|"  # a law or advisory firm's rank: "senior associate Ana Ruiz"
    r"(?:(?:management|supervisory|executive)\s+)?board\s+member|"  # "Management board member Ana Ruiz"
    r"member(?=\s+of\s+the\s+(?:\w+\s+)?(?:Board|Committee))"  # "Member of the Executive Board"
)
_TITLE_MODIFIER = (
    r"(?:senior|executive|deputy|first(?=[\s-]+(?:deputy|vice))|vice|assistant|joint|associate|general|group|global|regional|acting|corporate|"
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
    r"cabinet|"
    # a Japanese board's rank: "Managing Executive Officer", "Senior Managing Executive Officer"
    r"managing(?=[\s-]+executive\s+officer))"
)
# "Finance chief", "technology chief": a bare "chief" only after the function it leads
_FUNCTION_CHIEF = rf"(?:{_TITLE_MODIFIER}[\s-]+){{1,2}}chief(?![\w-])"
_OFFICE = rf"(?:{_TITLE_MODIFIER}[\s-]+){{0,3}}(?:{_TITLE_CORE})"
TITLE = (
    rf"(?i:(?:{_OFFICE}|{_FUNCTION_CHIEF})"
    # "founder, chairman and chief executive", "founder, chairwoman, president and chief executive": a
    # comma list closed by "and"; an item may be the function the office before it covers
    rf"(?:(?:,\s+(?:{_OFFICE}|{_DEPARTMENT_NAME}(?=\s+and\s+{_OFFICE}))){{1,3}}(?=\s+and\s))?"
    # "and", or an ampersand or a slash as filings write it: "Managing Director & CEO", "Managing
    # Director/Chief Executive Officer"; twice in "Co-founder and Whole-time Director and CFO"
    rf"(?:(?:\s+(?:and|&)\s+|[ \t]?/[ \t]?){_OFFICE}){{0,2}}"
    # an office after the pair, as Japanese boards list them: "Chairman and Representative Director,
    # Group CEO"
    rf"(?:(?<=director),\s+{_OFFICE}(?![\w-]))?)"
)
_HONORIFIC = HONORIFIC  # "Dame", "Tan Sri", "H.E." before a name are no part of it (person_vocabulary.py)
# "the" opens a scope and is none of its words: "head of the Velorix board" is no "head of the"
_SCOPE_WORD = rf"(?!(?:of|at|for|with|and|in|on|to|said|says|the|a|an)\b){LOWER}[\w&-]*"
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
    rf"\s+of\s+the\s+(?:(?i:(?:(?:executive|management|supervisory|advisory)\s+)?(?:board|committee)"
    # "of the Board of Management" (a German board's name), "of the Board of Directors"
    rf"(?:\s+of\s+(?:directors|management))?)"
    # a committee named in capitals: "Chair of the Audit and Risk Committee"
    rf"|(?:{UPPER}{LOWER}+\s+(?:and\s+|&\s+)?){{1,3}}Committee)"
    # the member's portfolio: "responsible for Finance", "for Economics and Finance" (not "for five years")
    rf"(?:\s+(?:responsible\s+)?for\s+(?!{NOT_SCOPE}\b){_PORTFOLIO}(?:,\s+{UPPER}{LOWER}+|\s+and\s+{_PORTFOLIO}){{0,3}})?"
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


_UNIT_WORDS = r"(?:division|business|unit|arm|department|group|segment|team|operations|lab|laboratory)"
