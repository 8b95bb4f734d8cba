"""A Romance body's name holds prepositions with their articles ("Agence pour le ...", "de los ...",
"de l'Atlantique") and stays one name; a bare "d'" after a kind word makes no name of its own
("Compagnie d'Assurances" is a kind of firm). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.unit.org_rows import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quarvo signed with the Agence pour le Développement Lumbrien on Monday.",
         "Agence pour le Développement Lumbrien"),
        ("The Agência para o Investimento Velmontino will also sign the memorandum.",
         "Agência para o Investimento Velmontino"),
        ("Quarvo partnered with the Chambre des Pêches de l'Atlantique Velmont on 3 May.",
         "Chambre des Pêches de l'Atlantique Velmont"),
        ("The Universidad Técnica de los Andes Velmontinos joined the agreement.",
         "Universidad Técnica de los Andes Velmontinos"),
    ],
)
def test_a_romance_name_with_a_preposition_and_its_article_is_one_organization(text, name):
    assert name in found(text)


def test_a_kind_word_before_a_bare_elided_article_is_no_name():
    text = "Quarvo Vie, Compagnie d'Assurances SA, reported premiums of CHF 40 million."
    assert "Compagnie d'Assurances" not in found(text)
