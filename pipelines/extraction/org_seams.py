"""Where a long official name holds words that look like the seam between two names: a coordinated remit
after "of" ("Ministry of Posts and Telecommunications"), a lower-case particle of another language
("Rede Bahiana de Saúde", "Hospital Itapuã da Bahia"). The recognizer and the name patterns cut such names
at the seam; these checks say when the seam is inside one name. Pure functions over the text; the
entities package applies them (candidates.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.extraction.entities.vocabulary import CAP, HEADS
from pipelines.extraction.gazetteer import Gazetteer
from pipelines.letters import UPPER

# Lower-case particles written inside names of other languages, each with a made-up example. The name
# goes on on both sides of the particle ("Casa Lumbra do Sul"), so a name cut there is extended over it.
NAME_PARTICLES: tuple[tuple[str, str, str], ...] = (
    ("da", "Patients of Clínica Lumbra da Serra rose.", "Clínica Lumbra da Serra"),
    ("de", "The Rede Quarva de Saúde network grew.", "Rede Quarva de Saúde"),
    ("do", "Shares of Banco Velor do Sul rose.", "Banco Velor do Sul"),
    ("dos", "The Casa Velor dos Reis group grew.", "Casa Velor dos Reis"),
    ("das", "The Caixa Velor das Ilhas bank grew.", "Caixa Velor das Ilhas"),
    ("del", "Shares of Banco Velor del Norte rose.", "Banco Velor del Norte"),
    ("di", "Shares of Cassa Velor di Lumbra rose.", "Cassa Velor di Lumbra"),
    ("du", "Shares of Crédit Velor du Nord rose.", "Crédit Velor du Nord"),
    ("es", "It listed on the Dar es Quarva Stock Exchange.", "Dar es Quarva Stock Exchange"),
    # Spanish "and" inside one name: "Acciones y Valores", "Comisión Nacional Bancaria y de Valores"
    ("y de", "The Comisión Velor y de Lumbra fined it.", "Comisión Velor y de Lumbra"),
    ("y", "Shares of Casa Velor y Lumbra rose.", "Casa Velor y Lumbra"),
    # Portuguese and Italian "and" inside one name: "Velor Geração e Transmissão"
    ("e", "Shares of Velor Geração e Transmissão rose.", "Velor Geração e Transmissão"),
    ("am", "The Stadtwerke Velor am Lumb utility grew.", "Stadtwerke Velor am Lumb"),
    # the public bodies, colleges and banks of Northern and Central Europe and South-East Asia a deal names
    # ("Institut für ...", "Høgskulen på ...", "Dinas ... dan UKM ...", "Bank Spółdzielczy w ...")
    ("des", "It signed with the Collège Velor des Lumbra.", "Collège Velor des Lumbra"),
    ("de la", "Shares of Banco Velor de la Plata rose.", "Banco Velor de la Plata"),
    ("für", "It signed with the Institut für Velor Lumbra.", "Institut für Velor Lumbra"),
    ("und", "The Gesellschaft Velor und Lumbra signed it.", "Gesellschaft Velor und Lumbra"),
    ("för", "The Stiftelsen för Velor Forskning funds it.", "Stiftelsen för Velor Forskning"),
    ("på", "It signed with Høgskulen på Velorlandet.", "Høgskulen på Velorlandet"),
    ("og", "It won a contract from Velor og Lumbra Straumnett.", "Velor og Lumbra Straumnett"),
    ("voor", "It won a grant from the Rijksdienst voor Velor Lumbra.", "Rijksdienst voor Velor Lumbra"),
    ("dan", "It signed with Dinas Velor dan Lumbra Selatan.", "Dinas Velor dan Lumbra Selatan"),
    ("w", "It signed with Bank Spółdzielczy w Velorze.", "Bank Spółdzielczy w Velorze"),
    ("i", "It signed with Zarząd Velor i Lumbra.", "Zarząd Velor i Lumbra"),
)
_PARTICLE = "|".join(particle for particle, _example, _name in NAME_PARTICLES)
_NAME_WORDS = rf"{CAP}(?:[ ]+{CAP}){{0,3}}"
# The particle and the name's words after it, or the name's words and the particle before a span.
_PARTICLE_AFTER = re.compile(rf"[ ]+(?:{_PARTICLE})[ ]+{_NAME_WORDS}(?![\w&-])")
_PARTICLE_BEFORE = re.compile(rf"(?<![\w&-])(?:(?:The|A|An)[ ]+)?({_NAME_WORDS})[ ]+(?:{_PARTICLE})[ ]+$")
_HEAD_WORD = re.compile(rf"\b(?:{HEADS})\b")


def across_particles(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span extended over a name particle on either side and the capitalised words beyond it, where
    there is one ("Rede Quarva" + " de Saúde"); spans with none are left out."""
    extended = []
    for start, end in spans:
        new_start, new_end = start, end
        after = _PARTICLE_AFTER.match(text, end)
        if after:
            new_end = after.end()
        before = _PARTICLE_BEFORE.search(text, max(0, start - 60), start)
        if before:
            new_start = before.start(1)
        if (new_start, new_end) != (start, end):
            extended.append((new_start, new_end))
    return extended


def remit_after_of(text: str, left: str, right: str, gaz: Gazetteer) -> bool:
    """ "Ministry of Posts and Telecommunications", "Chamber of Commerce and Mines": the words after "and"
    are the rest of the body's remit, not a second name, when they hold no organization's head word, the
    gazetteer does not know them and the article never writes them alone."""
    if " of " not in left or not re.fullmatch(rf"{UPPER}\S*(?:[ ]+{UPPER}\S*){{0,2}}", right):
        return False
    if _HEAD_WORD.search(right) or gaz.lookup(right) is not None:
        return False
    alone = re.search(rf"(?<![\w&-])(?<!and )(?<!& ){re.escape(right)}(?![\w&-])", text)
    return alone is None
