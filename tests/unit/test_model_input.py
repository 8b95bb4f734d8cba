"""What the entity model reads: prose within the caps exactly as before; lists, tables and runs with no
sentence end, and text past the cap, left to the rules."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.adversarial import LEAD, SHAPES, shape_text
from pipelines.extraction.model_input import MAX_MODEL_CHARS, MAX_PROSE_SENTENCE_CHARS, model_input
from pipelines.extraction.nlp import model_chunks, text_chunks

SENTENCE = "Northwind Analytics signed a partnership with Contoso Bank, chief executive Ada Park said. "
LIST = "Alpha Corp, " * 100  # one "sentence" of 1,200 characters: no full stop, no blank line


def test_prose_within_the_limits_is_read_whole_in_the_same_pieces() -> None:
    text = SENTENCE * 3_000  # 270,000 characters in sentences of 91: past one chunk, within a larger cap
    assert model_input(text, cap=len(text)).regions == [(0, len(text))]
    assert model_input(text, cap=len(text)).unread_chars == 0
    short = SENTENCE * 50
    assert model_chunks(short) == text_chunks(short)


def test_a_list_sentence_is_cut_out_and_the_prose_around_it_read() -> None:
    text = SENTENCE * 3 + LIST + "\n\n" + SENTENCE * 2
    read = model_input(text, sentence_limit=1_000, cap=10_000)
    list_start = text.index(LIST)
    assert read.regions == [(0, list_start), (list_start + len(LIST.rstrip()), len(text))]
    assert read.unread_chars == len(LIST.rstrip())


def test_reading_stops_after_the_last_whole_sentence_within_the_cap() -> None:
    text = SENTENCE * 100
    read = model_input(text, sentence_limit=1_000, cap=1_000)
    (start, end), = read.regions
    assert start == 0 and end == 11 * len(SENTENCE) - 1  # eleven sentences of 91 and their spaces: 1,000
    assert read.unread_chars == len(text) - end


def test_a_text_with_nothing_to_read_still_gives_the_model_one_piece() -> None:
    assert model_chunks("a" * (MAX_PROSE_SENTENCE_CHARS + 1)) == [(0, "")]


@given(st.lists(st.sampled_from([SENTENCE, LIST, "\n\n", "| A | 1 |\n", "x" * 700]), max_size=40),
       st.integers(min_value=100, max_value=3_000), st.integers(min_value=100, max_value=20_000))
@settings(max_examples=200, deadline=None)
def test_regions_are_in_order_inside_the_text_and_count_what_is_unread(
    parts: list[str], sentence_limit: int, cap: int
) -> None:
    text = "".join(parts)
    read = model_input(text, sentence_limit, cap)
    previous_end = 0
    for start, end in read.regions:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    assert read.unread_chars == len(text) - sum(end - start for start, end in read.regions)
    assert sum(end - start for start, end in read.regions) <= cap


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_adversarial_shape_gives_the_model_at_most_its_cap_and_keeps_the_lead(shape: str) -> None:
    text = shape_text(shape, 300_000)
    read = model_input(text)
    assert sum(end - start for start, end in read.regions) <= MAX_MODEL_CHARS
    if text.startswith(LEAD):
        assert read.regions[0][0] == 0 and read.regions[0][1] >= len(LEAD.rstrip())


def test_the_cap_holds_when_a_list_follows_prose_that_fills_it() -> None:
    text = SENTENCE * 11 + "\n\n\n\n" + LIST + "\n\n" + SENTENCE
    read = model_input(text, sentence_limit=1_000, cap=1_000)
    assert read.regions == [(0, 1_000)]


def test_the_model_finds_names_in_the_prose_and_none_in_the_list_it_does_not_read() -> None:
    from pipelines.extraction.nlp import entities_many, load_model

    text = SENTENCE + "Alpha Corp, " * 500 + "\n\n" + SENTENCE
    [(_, _, spans)] = list(entities_many(load_model(), [(text, None)]))
    list_start, list_end = len(SENTENCE), text.rindex("\n\n")
    assert spans and not [span for span in spans if list_start <= span[0] < list_end]
    assert {text[start:end] for start, end, _ in spans} >= {"Northwind Analytics", "Contoso Bank"}
    assert max(start for start, _, _ in spans) > list_end  # the prose after the list is read too
