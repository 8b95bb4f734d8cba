"""Portuguese and Italian "e" ("and") inside one name: "Velor Geração e Transmissão" is one company, not
"Velor Geração" and "Transmissão" (org_seams.NAME_PARTICLES)."""

from __future__ import annotations

from pipelines.extraction.entities import find_organizations  # noqa: F401  (imports org_seams' users first)
from pipelines.extraction.org_seams import across_particles


def test_a_name_goes_on_over_its_e() -> None:
    text = "Velor Geração e Transmissão posted net income of R$ 1 billion."
    span = (0, len("Velor Geração"))
    assert [text[s:e] for s, e in across_particles(text, [span])] == ["Velor Geração e Transmissão"]


def test_a_lower_case_word_after_e_ends_the_name() -> None:
    text = "Velor Geração e outros rose."
    assert across_particles(text, [(0, len("Velor Geração"))]) == []
