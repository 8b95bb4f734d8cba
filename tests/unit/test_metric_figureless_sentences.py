"""A sentence without a figure only sets the context the next sentences read
(pipelines/extraction/metrics/sentence.py: ``_figure_candidates`` names no quantity where the sentence
holds none, and the clauses are cut only where a figure or a period phrase asks for them)."""

from __future__ import annotations

from pipelines.extraction.metrics import sentence as sentence_module
from tests.unit.metric_rows import velorix_facts


def test_a_sentence_without_a_figure_still_dates_the_figures_after_it():
    text = (
        "Velorix published its results for the third quarter of 2025 on Tuesday. "
        "Its revenue rose 12% to $40 million."
    )
    periods = {f.period_label for f in velorix_facts(text) if f.unit == "USD"}
    assert periods == {"Q3 2025"}


def test_a_sentence_without_a_figure_still_names_the_subject_of_the_next():
    text = "Velorix makes industrial sensors for carmakers. The company lifted its revenue to $40 million."
    assert {(f.organization_key, f.value) for f in velorix_facts(text)} == {("velorix", 40_000_000.0)}


def test_clauses_are_cut_only_for_sentences_with_a_figure_or_a_period(monkeypatch):
    cut: list[str] = []
    real_clauses = sentence_module._clauses

    def counting_clauses(sentence):
        cut.append(sentence.text)
        return real_clauses(sentence)

    monkeypatch.setattr(sentence_module, "_clauses", counting_clauses)
    text = (
        "Velorix makes industrial sensors for carmakers. "
        "The company reported its results for the third quarter of 2025 on Tuesday. "
        "Its revenue rose 12% to $40 million."
    )
    facts = velorix_facts(text)
    assert {f.value for f in facts} == {12.0, 40_000_000.0}
    assert not any(t.startswith("Velorix makes") for t in cut)
    assert any(t.startswith("Its revenue") for t in cut)
