"""Names a deal makes organizations though the entity model called them places.

"Alkem bought a 55% stake in Ortheva Medtech, a Pune maker of implants": the model may label an unknown
company LOC or GPE, and the candidate stage drops a name the model calls a place both after a deal verb
("in Bahia" is where farms are) and before an organization's description ("in Beijing, a lender that ...").
A name standing in both places at once -- the object of a deal verb AND described as an organization --
is a company that was acquired, invested in or signed with, whatever the model says, unless the
gazetteer knows it as a place.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipelines.extraction.gazetteer import Gazetteer


def deal_parties_read_as_places(
    deal_objects: Iterable[str], described: Iterable[str], gaz: Gazetteer
) -> set[str]:
    """The names that are both a deal verb's object and described as an organization, never a known
    place: the model's place label is no reason to drop them."""
    return {name for name in set(deal_objects) & set(described) if not gaz.is_place(name)}
