"""Words of people's names shared by the modules that read names (people.py, people_roles.py): written
once here, since people.py imports people_roles.py and the list cannot live in either for both."""

from __future__ import annotations

# Lower-case or Arabic particles joining a name's words: "Marieke de Vries", "Abdul Rahman Al Thehaiban",
# Spanish and Portuguese "de los", "del", "dos", Urdu "ul" ("Waqas ul Hasan").
NAME_PARTICLE = r"(?:Al|al|El|el|bin|binti|ibn|Abu|de|da|van|von|der|den|du|le|la|del|dos|das|los|las|ul)"
