"""Words of and around people's names shared by the modules that read names (people/, people_roles.py,
people_checks.py): written once here, since people/ imports the others and a list cannot live in it
for them all."""

from __future__ import annotations

from pipelines.letters import LOWER, UPPER

# Lower-case or Arabic particles joining a name's words: "Marieke de Vries", "Abdul Rahman Al Thehaiban",
# Spanish and Portuguese "de los", "del", "dos", Urdu "ul" ("Waqas ul Hasan"), Irish "Ó" and "Ua" ("Ana Ó
# Briain": one capital, no name word of its own), Welsh "ap" ("Rhys ap Gruffydd").
NAME_PARTICLE = (
    r"(?:Al|al|El|el|bin|binti|ibn|Abu|de|da|van|von|der|den|du|le|la|del|dos|das|los|las|ul|Ó|Ua|ap)"
)

# An elided particle glued to a name word by an apostrophe, one capital and at most three letters before a
# capital: "O'Brien", "D'Souza", Italian "Dell'Orto", "Dall'Ara" (never a possessive: a capital follows).
ELIDED_PREFIX = rf"(?:{UPPER}{LOWER}{{0,3}}['’](?={UPPER}))"

# Honorifics before a name are not part of it: "Dame Ada Udensi", "Sheikh Jassim bin Hamad", "Tan Sri Azman
# Hashim" (Malaysian), "Datuk Seri Lim" (a second rank word may follow the first), an official's style
# ("H.E. Ana Ruiz", "His Excellency Ana Ruiz", "Hon. Ana Ruiz").
HONORIFIC = (
    r"(?:H\.[ ]?E\.|(?:(?:His|Her)\s+)?Excellency|Hon\.|"
    r"Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Madam|Sheikh|Sheikha|Shaikh|Tan\s+Sri|"
    r"Shri|Shrimati|Smt\.?|"  # Indian filings: "Shri Ravi Menon, Chairman"
    r"Captain|Capt\.|"  # a ship's or a port's master: "Captain Ana Ruiz, managing director"
    r"Puan\s+Sri|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Seri)?|Datin|Tun|"
    r"Encik|Puan|Ir\.?|"  # Malay and Indonesian filings: "Encik Ahmad Razali", "Datuk Ir. Lim Wei"
    r"Baron|Baroness|Mag\.|Dipl\.-Ing\.|"  # a peerage, Austrian degrees: "Dipl.-Ing. Ana Berger"
    r"Alhaji|Alhaja|Atty\.)"  # Nigerian and Filipino styles: "Alhaji Ana Bello", "Atty. Ana Cruz"
)

# An office the model tags as the first word of a name: "Chairman Emeritus Ana Ruiz", "Executive
# Chairperson Ana Ruiz". Not words that are also given names ("Dean", "Major"); a name keeps two words at
# least after them.
OFFICE_BEFORE_NAME = r"(?:Chairperson|Chairman|Chairwoman|Emeritus|Treasurer)"
