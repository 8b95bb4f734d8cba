"""What the extractor reads of an article (``model_input.read_text``), the rules as the model: its prose,
not a list, table or run over ``MAX_PROSE_SENTENCE_CHARS`` and nothing past ``MAX_MODEL_CHARS``; the unread
characters reported with the facts, no fact from them, every fact of the prose around them at its place
in the article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.adversarial import LEAD as SHAPE_LEAD
from benchmarks.adversarial import SHAPES, shape_text
from pipelines.extraction.extract import facts_from_entities, rule_stages
from pipelines.extraction.model import ArticleFacts
from pipelines.extraction.model_input import MAX_MODEL_CHARS, MAX_PROSE_SENTENCE_CHARS, read_text

LEAD = "Northwind Analytics signed a partnership with Contoso Bank on Monday. "
TAIL = "Contoso Bank said revenue rose 5% to $20 million in 2024, chief executive Ada Park said.\n"
LISTING = "Alpha Corp, " * 1_000  # one "sentence" of 12,000 characters: a list, not prose


def _evidence(facts: ArticleFacts) -> list[tuple[str, int, int]]:
    spans = [(q.text, q.start, q.end) for q in facts.quantities]
    spans += [(m.text, m.start, m.end) for org in facts.organizations for m in org.mentions]
    spans += [(m.text, m.start, m.end) for person in facts.people for m in person.mentions]
    spans += [(f.evidence.text, f.evidence.start, f.evidence.end) for f in (*facts.deals, *facts.metrics)]
    return spans


def test_a_list_is_left_unread_and_the_prose_around_it_keeps_its_facts_at_their_places() -> None:
    text = LEAD + LISTING + "\n\n" + TAIL
    list_start, list_end = len(LEAD), len(LEAD) + len(LISTING.rstrip())
    facts = facts_from_entities(text, None, [])
    assert facts.unread_chars == len(LISTING.rstrip())
    assert not [org for org in facts.organizations if "Alpha" in org.name]
    spans = _evidence(facts)
    assert spans and all(text[start:end] == evidence for evidence, start, end in spans)
    assert not [span for span in spans if span[2] > list_start and span[1] < list_end]
    # The tail's facts are there, at the tail's offsets in the article (past the list).
    contoso = next(org for org in facts.organizations if org.name.startswith("Contoso"))
    assert [m.start for m in contoso.mentions] == [LEAD.index("Contoso"), text.rindex("Contoso")]
    (metric,) = [m for m in facts.metrics if m.value == 20e6]
    assert metric.evidence.start > list_end and metric.evidence.text in TAIL


def test_the_facts_are_those_of_the_prose_read_without_the_list() -> None:
    text = LEAD + LISTING + "\n\n" + TAIL
    alone = rule_stages(LEAD + "\n\n" + "\n\n" + TAIL, None, [])  # the read text: the regions, one break
    facts = facts_from_entities(text, None, [])
    assert [(o.key, o.kind, len(o.mentions)) for o in facts.organizations] == [
        (o.key, o.kind, len(o.mentions)) for o in alone.organizations]
    assert [(m.metric_name, m.value, m.evidence.text) for m in facts.metrics] == [
        (m.metric_name, m.value, m.evidence.text) for m in alone.metrics]


def test_the_models_spans_after_an_unread_stretch_reach_the_rules_at_the_right_place() -> None:
    after = "Shares of Quorvane rose 3% on Tuesday.\n"  # a bare name: an organization if the model says so
    text = LEAD + LISTING + "\n\n" + after
    start = text.rindex("Quorvane")
    assert "Quorvane" not in [org.name for org in facts_from_entities(text, None, []).organizations]
    facts = facts_from_entities(text, None, [(start, start + len("Quorvane"), "ORG")])
    (quorvane,) = [org for org in facts.organizations if org.name == "Quorvane"]
    assert [(m.start, m.text) for m in quorvane.mentions] == [(start, "Quorvane")]


def test_a_text_that_is_one_list_is_left_unread_whole_and_gives_no_facts() -> None:
    text = LISTING.rstrip()  # nothing before or after it: no region at all
    facts = facts_from_entities(text, None, [])
    assert facts.unread_chars == len(text)
    assert not facts.organizations and not facts.quantities and not facts.metrics


def test_nothing_past_the_cap_is_read() -> None:
    sentence = "Contoso Bank said revenue rose 5% to $20 million in 2024. "
    text = sentence * (MAX_MODEL_CHARS // len(sentence) + 200)
    facts = facts_from_entities(text, None, [])
    read_end = len(text) - facts.unread_chars - len(" ")  # the space after the last sentence read
    assert MAX_MODEL_CHARS - len(sentence) < read_end <= MAX_MODEL_CHARS
    assert facts.quantities and max(q.end for q in facts.quantities) <= read_end
    assert all(text[start:end] == evidence for evidence, start, end in _evidence(facts))


def test_an_article_read_whole_is_read_as_it_is() -> None:
    text = LEAD + TAIL
    reading = read_text(text)
    assert reading.whole and reading.text is text and reading.unread_chars == 0
    assert facts_from_entities(text, None, []) == rule_stages(text, None, [])


# The issue's shapes with no sentence end in them: long tokens, deep nesting, repeated names, long
# numbers, long lists, huge tables, a run-on sentence of news words (benchmarks/adversarial.py).
UNREAD_SHAPES = ("long_token", "nested_parentheses", "run_on_partners", "repeated_name", "long_number",
                 "digit_groups", "money_list", "comma_list", "huge_table", "capitalized_words",
                 "run_on_prose")


def test_every_adversarial_shape_gives_the_leads_facts_and_the_issues_shapes_are_left_unread() -> None:
    for shape in sorted(SHAPES):
        text = shape_text(shape, 3 * MAX_PROSE_SENTENCE_CHARS)
        facts = facts_from_entities(text, None, [])
        assert all(text[start:end] == evidence for evidence, start, end in _evidence(facts)), shape
        if text.startswith(SHAPE_LEAD):
            assert "Acme Cloud" in " ".join(org.name for org in facts.organizations), shape
        if shape in UNREAD_SHAPES:
            assert facts.unread_chars > 2 * MAX_PROSE_SENTENCE_CHARS, shape


PARTS = [LEAD, TAIL, LISTING, "\n\n", "| Alpha Corp | $1 billion |\n" * 300, "Beta Holdings " * 600]


@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=8))
@settings(max_examples=25, deadline=None)
def test_every_offset_points_at_the_article_and_at_a_stretch_that_was_read(parts: list[str]) -> None:
    text = "".join(parts)
    reading = read_text(text)
    facts = facts_from_entities(text, None, [])
    assert facts.unread_chars == reading.unread_chars
    for evidence, start, end in _evidence(facts):
        assert text[start:end] == evidence
        assert any(first <= start and end <= last for first, last in reading.regions)
