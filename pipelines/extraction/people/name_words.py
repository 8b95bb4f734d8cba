"""The word patterns of a person's name (``_NAME``): name words, initials, particles and Arabic descent.

Decides which run of words is written like a person's name, before any check of what it names.
"""

from __future__ import annotations

from pipelines.extraction.person_vocabulary import ELIDED_PREFIX, NAME_PARTICLE
from pipelines.letters import LETTER, LOWER, UPPER

# Name words: "Jung", "Jin-wan", "AlDeghaither"; a name may start with initials ("RJ", "J.P.") and carry
# lower-case or Arabic particles before a later word ("Marieke de Vries", "Abdul Rahman Al Thehaiban").
# "O'Brien", "M'Saad", "Dell'Orto" and "Vercruysse-D'Haeseleer" carry an apostrophe after an elided prefix.
_NAME_TOKEN = (
    rf"{ELIDED_PREFIX}?{UPPER}{LOWER}+(?:{UPPER}{LOWER}+)?(?:-{ELIDED_PREFIX}?{LETTER}{LOWER}+)?"
)
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
