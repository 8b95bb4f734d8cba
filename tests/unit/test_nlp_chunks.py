"""Long texts go through the model in pieces: offsets stay exact, short texts are untouched."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.extraction import nlp
from pipelines.extraction.nlp import entities_many, load_model, text_chunks

PARAGRAPH = (
    "Northwind Analytics signed a partnership with Contoso Bank in Singapore on Monday, "
    "chief executive Ada Park said.\n\n"
)


@given(st.text(max_size=3000), st.integers(min_value=20, max_value=400))
def test_chunks_cover_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    chunks = text_chunks(text, limit)
    assert "".join(piece for _, piece in chunks) == text
    for offset, piece in chunks:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= limit or len(chunks) == 1 and len(text) <= limit


def test_chunks_end_at_paragraph_breaks_when_they_can() -> None:
    text = PARAGRAPH * 10
    for _, piece in text_chunks(text, 500)[:-1]:
        assert piece.endswith("\n\n")


def test_a_short_text_is_one_piece() -> None:
    assert text_chunks(PARAGRAPH) == [(0, PARAGRAPH)]


def test_entities_of_a_chunked_text_point_at_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_model()
    text = PARAGRAPH * 12
    [(whole_text, _, whole)] = list(entities_many(model, [(text, None)]))
    monkeypatch.setattr(nlp, "MAX_CHUNK_CHARS", 500)
    [(chunked_text, published, chunked)] = list(entities_many(model, [(text, None)]))
    assert chunked_text == whole_text == text and published is None
    assert len(text_chunks(text)) > 1
    assert [text[s:e] for s, e, _ in chunked] == [text[s:e] for s, e, _ in whole]
    assert chunked == whole


def test_items_keep_their_order_and_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    monkeypatch.setattr(nlp, "MAX_CHUNK_CHARS", 300)
    items = [(PARAGRAPH * 3, datetime.date(2024, 1, 2)), ("", None), (PARAGRAPH, datetime.date(2023, 5, 6))]
    out = list(entities_many(load_model(), items, batch_size=2))
    assert [(text, published) for text, published, _ in out] == items
    assert out[1][2] == []
