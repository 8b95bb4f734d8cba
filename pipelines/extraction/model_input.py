"""What of an article the entity model reads: its prose, up to a cap, not lists, tables or endless runs.

The model is the costly pass (about 1.5-3.5 s per 100,000 characters of prose on the benchmark machine,
up to 7.6 s on lists and tables: 80,000-95,000 entity spans per MB of "Alpha Corp, ..." or of table
rows). The rule stages ask it about names in sentences; a "sentence" thousands of characters long (no
full stop and no blank line in it: a table of rows, a list of names or figures, a pasted hash, a
run-on) is not prose a reporter wrote, so the model does not read it; the rules still do. And the model
reads at most ``MAX_MODEL_CHARS`` characters of an article (real news is 2-30k characters): past that,
names come from the rules' patterns alone, and the run's metadata names the article and what the model
left unread. Text within both limits reaches the model exactly as before (the same pieces), so ordinary
articles get the same entities.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.extraction.sentences import split_sentences

# The longest sentence of the 153 gold articles (devset, seeds, heldout, blind..blind13) has 383
# characters, of 500 benchmark-corpus articles 1,136: a "sentence" over 5,000 is a list, a table or a run.
MAX_PROSE_SENTENCE_CHARS = 5_000
# Real news is 2-30k characters (the longest gold article 3,896); 200k characters of prose cost the
# model 3-7 s on the benchmark machine, so no article holds it for minutes.
MAX_MODEL_CHARS = 200_000


@dataclass(frozen=True)
class ModelInput:
    """The stretches of the text the model reads, as (start, end), and how many characters it does not."""

    regions: list[tuple[int, int]]
    unread_chars: int


def model_input(
    text: str, sentence_limit: int = MAX_PROSE_SENTENCE_CHARS, cap: int = MAX_MODEL_CHARS
) -> ModelInput:
    """Stretches of prose: the text cut around each sentence longer than ``sentence_limit`` and after
    the last whole sentence within ``cap`` characters read; the whole text when neither applies."""
    if len(text) <= min(sentence_limit, cap):
        return ModelInput([(0, len(text))] if text else [], 0)  # no sentence too long, no cap reached
    regions: list[tuple[int, int]] = []
    start = 0  # start of the stretch being read
    last_end = 0  # end of the last sentence seen
    read = 0
    for sentence in split_sentences(text):
        if sentence.end - sentence.start > sentence_limit:
            read += _close(regions, start, min(sentence.start, start + cap - read))  # cut only spaces
            start = sentence.end
        elif read + sentence.end - start > cap:
            read += _close(regions, start, max(start, last_end))
            return ModelInput(regions, len(text) - read)
        last_end = sentence.end
    # After the last sentence only whitespace is left (or the text has no sentence): read up to the cap.
    read += _close(regions, start, min(len(text), start + cap - read))
    return ModelInput(regions, len(text) - read)


def _close(regions: list[tuple[int, int]], start: int, end: int) -> int:
    if end <= start:
        return 0
    regions.append((start, end))
    return end - start
