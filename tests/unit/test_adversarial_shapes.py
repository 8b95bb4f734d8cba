"""Every stage on the adversarial shapes of benchmarks/adversarial.py at growing sizes, reading the whole
text (`rule_stages`; what the extractor itself skips: tests/unit/test_extractor_reading.py).

What each stage must do whatever the text: return, keep every offset pointing at its text, and find
no more at the larger size than the text can hold (facts grow at most with the text, never with its
square). Speed itself is shown by `python -m benchmarks.scaling` and `benchmarks.regex_audit`,
never by a timed test.
"""

from __future__ import annotations

import pytest

from benchmarks.adversarial import LEAD, SHAPES, shape_text
from benchmarks.regex_audit import all_patterns
from pipelines.extraction.entities import boilerplate_spans, find_organizations
from pipelines.extraction.extract import rule_stages
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.sentences import split_sentences
from pipelines.ingest.reader import IngestError, read_article_file

SIZES = (2_000, 8_000)


def _evidence(facts: ArticleFacts) -> list[tuple[str, int, int]]:
    spans = [(q.text, q.start, q.end) for q in facts.quantities]
    spans += [(m.text, m.start, m.end) for org in facts.organizations for m in org.mentions]
    spans += [(m.text, m.start, m.end) for person in facts.people for m in person.mentions]
    spans += [(d.evidence.text, d.evidence.start, d.evidence.end) for d in facts.deals]
    spans += [(m.evidence.text, m.evidence.start, m.evidence.end) for m in facts.metrics]
    return spans


def _count(facts: ArticleFacts) -> int:
    return len(facts.organizations) + len(facts.people) + len(facts.deals) + len(facts.metrics)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_rules_on_each_shape_keep_offsets_true_and_facts_linear_in_the_text(shape: str) -> None:
    for size in SIZES:
        text = shape_text(shape, size)
        assert size * 0.95 <= len(text) <= size
        facts = rule_stages(text, None, [])
        for evidence, start, end in _evidence(facts):
            assert text[start:end] == evidence
        # At most one fact per word: a run-on list of n partners must not give n * n deals.
        words = len(text.split()) + 1
        assert _count(facts) <= words and len(facts.quantities) <= words, (shape, size)


def test_a_long_token_is_no_name() -> None:
    """The issue's case: a 100k-letter run after real sentences; only the sentences give names."""
    text = shape_text("long_token", 100_000)
    facts = rule_stages(text, None, [])
    names = {org.name for org in facts.organizations}
    assert "Acme Cloud" in " ".join(names) and not [name for name in names if "aaaa" in name]


def test_deep_nesting_and_run_on_lists_end_with_every_sentence_accounted_for() -> None:
    for shape in ("nested_parentheses", "run_on_partners", "no_sentence_ends", "run_on_prose"):
        text = shape_text(shape, 8_000)
        sentences = split_sentences(text)
        assert sentences and sentences[0].start >= 0 and sentences[-1].end <= len(text)
        assert all(text[s.start : s.end] == s.text for s in sentences)
        found = find_organizations(text, [], boilerplate_spans(text), sentences)
        assert all(text[m.start : m.end] == m.text for m in found.mentions)


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_reader_on_each_shape_gives_an_article_or_one_clear_reason(tmp_path, shape: str, suffix: str) -> None:
    path = tmp_path / f"{shape}{suffix}"
    path.write_text(shape_text(shape, 8_000), encoding="utf-8")
    result = read_article_file(path, tmp_path)
    if isinstance(result, IngestError):
        assert result.reason and path.name in result.source_path
    else:
        assert result.clean_text.strip() and len(result.clean_text) <= 8_000 + 2_000


def test_the_audit_sees_the_patterns_of_every_extraction_and_ingest_module() -> None:
    labels = {label.split(".")[1].split(":")[0] for label in all_patterns()}
    for module in ("entities", "deals", "metrics", "people", "periods", "quantities", "sentences",
                   "chrome", "dates", "text_cleaning", "html", "reader"):
        assert module in labels, module
    assert len(all_patterns()) > 300


def test_the_lead_gets_past_the_readers_word_minimum() -> None:
    assert len(LEAD.split()) > 20


def test_a_date_line_followed_by_a_long_run_of_spaces_is_still_read() -> None:
    """regexploit found _AFTER_DATE quartic in a run of spaces (200 took 30 s); now collapsed first."""
    from pipelines.ingest.dates import is_date_line, parse_date_text

    spaces = " " * 120  # a date line is read on its first 300 characters
    assert is_date_line(f"March 3, 2024 12:00{spaces}ET{spaces}| Updated 5 hours ago")
    assert not is_date_line(f"March 3, 2024 12:00{spaces * 2}b")
    assert parse_date_text("March 3, 2024") is not None


def _work_on(shape: str, size: int, count: object, monkeypatch: pytest.MonkeyPatch) -> int:
    """Calls of the counted function while the rules read ``shape`` at ``size`` characters."""
    calls = [0]

    def counted(*args, **kwargs):
        calls[0] += 1
        return count(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(count.__module__ + "." + count.__qualname__, counted)
        rule_stages(shape_text(shape, size), None, [])
    return calls[0]


def test_a_run_on_partner_list_lists_its_sentences_slots_once_not_once_per_trigger(monkeypatch) -> None:
    """Every 'partnered with' re-listed the whole sentence's organizations: quadratic in the list."""
    from pipelines.extraction import deals

    small = _work_on("run_on_partners", 4_000, deals._slot_positions, monkeypatch)  # noqa: SLF001
    large = _work_on("run_on_partners", 16_000, deals._slot_positions, monkeypatch)  # noqa: SLF001
    assert small > 0 and large <= small + 2, (small, large)  # one per sentence, not per trigger


def test_nested_company_openings_look_at_each_organization_not_at_each_earlier_mention(monkeypatch) -> None:
    """Each 'The Company' re-sorted every earlier mention: quadratic in the nesting depth. Now a
    descriptor looks at the organizations named so far (one entry each), so the work per descriptor
    stays the same however deep the nesting goes."""
    from pipelines.extraction import entities

    examined = [0]
    last = entities._EarlierMentions.last  # noqa: SLF001

    def counting_last(self, fits, excluded=frozenset()):
        def counted(org):
            examined[0] += 1
            return fits(org)
        return last(self, counted, excluded)

    per_descriptor = []
    for size in (4_000, 16_000):
        examined[0] = 0
        with monkeypatch.context() as patch:
            patch.setattr(entities._EarlierMentions, "last", counting_last)  # noqa: SLF001
            facts = rule_stages(shape_text("nested_parentheses", size), None, [])
        descriptors = sum(len(org.mentions) for org in facts.organizations)
        per_descriptor.append(examined[0] / max(descriptors, 1))
    assert per_descriptor[0] > 0 and per_descriptor[1] <= per_descriptor[0] * 1.5 + 1, per_descriptor
